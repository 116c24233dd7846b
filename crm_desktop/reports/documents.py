"""Shared layout for the one-page documents an office hands out (施工许可证, 装修巡查记录).

A4, the embedded Chinese font, the office name on top, "第 X 页 / 共 Y 页" at the foot. Everything typed
by a user is escaped before it reaches reportlab's paragraph markup, so hostile text prints as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from crm_desktop.reports.fonts import register_fonts
from crm_desktop.services.housing import OfficeInfo

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
GRID = colors.HexColor("#888888")
LABEL_BACKGROUND = colors.HexColor("#f0f0f0")
# C0 controls (other than tab and newline) are not allowed in XML and mean nothing on paper.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
PARAGRAPH_CHUNK = 400

# The printed documents are Chinese, as handed to owners and contractors.
STATUS_NAMES = {
    "applied": "已申请",
    "approved": "已批准",
    "in_progress": "施工中",
    "awaiting_acceptance": "待验收",
    "accepted": "已验收",
    "rejected": "已驳回",
    "cancelled": "已取消",
}
VIOLATION_NAMES = {
    "load_bearing": "拆改承重结构",
    "facade": "改变外立面",
    "waterproofing": "破坏防水层",
    "hours_noise": "违反施工时间/噪音规定",
    "debris": "建筑垃圾乱堆乱放",
    "other": "其他违规",
}
RESULT_NAMES = {"ok": "正常", "violation": "发现违规"}


def markup(text: str | None, empty: str = "—", limit: int | None = None) -> str:
    """User text as paragraph markup: escaped, control characters dropped, line breaks kept.

    `limit` clips text meant for a table cell, which cannot grow taller than a page."""
    value = _CONTROL.sub("", text or "").strip()
    if limit is not None and len(value) > limit:
        value = value[: limit - 1] + "…"
    if not value:
        return empty
    return escape(value).replace("\n", "<br/>")


def paragraphs(text: str | None, style: ParagraphStyle, empty: str = "—") -> list[Paragraph]:
    """Long free text (a scope, a description) as one paragraph per line, long lines cut into pieces:
    reportlab lays out one huge paragraph in quadratic time."""
    value = _CONTROL.sub("", text or "").strip()
    if not value:
        return [Paragraph(escape(empty), style)]
    pieces = []
    for line in value.split("\n"):
        for start in range(0, max(len(line), 1), PARAGRAPH_CHUNK):
            pieces.append(Paragraph(escape(line[start : start + PARAGRAPH_CHUNK]) or "&nbsp;", style))
    return pieces


def day_text(value: date | None) -> str:
    return value.strftime("%Y年%m月%d日") if value else "—"


def time_text(value: datetime | None) -> str:
    return value.strftime("%Y年%m月%d日 %H:%M") if value else "—"


def money_text(value: Decimal | None) -> str:
    return "—" if value is None else f"¥{value:,.2f}"


class Styles:
    def __init__(self) -> None:
        font = register_fonts()
        self.office = ParagraphStyle("office", fontName=font, fontSize=13, leading=18, alignment=TA_CENTER)
        self.title = ParagraphStyle(
            "title", fontName=font, fontSize=22, leading=30, alignment=TA_CENTER, spaceBefore=2, spaceAfter=4
        )
        self.number = ParagraphStyle("number", fontName=font, fontSize=11, leading=15, alignment=TA_RIGHT)
        self.heading = ParagraphStyle("heading", fontName=font, fontSize=12.5, leading=18, spaceBefore=10, spaceAfter=4)
        self.body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
        self.label = ParagraphStyle("label", parent=self.cell, textColor=colors.HexColor("#333333"))
        self.small = ParagraphStyle(
            "small", fontName=font, fontSize=8.5, leading=12, wordWrap="CJK", textColor=colors.HexColor("#555555")
        )
        self.footer_font = font


def header(styles: Styles, office: OfficeInfo, title: str, number_line: str) -> list:
    return [
        Paragraph(markup(office.name), styles.office),
        Paragraph(escape(title), styles.title),
        Paragraph(number_line, styles.number),
        Spacer(1, 3 * mm),
    ]


def facts_table(
    styles: Styles, pairs: list[tuple[str, str]], wide: list[tuple[str, str]] | None = None, columns: int = 2
) -> Table:
    """Label/value pairs in a ruled grid, `columns` pairs per row, then `wide` pairs one per row;
    values are markup already."""
    rows, row = [], []
    for label, value in pairs:
        row += [Paragraph(escape(label), styles.label), Paragraph(value, styles.cell)]
        if len(row) == 2 * columns:
            rows.append(row)
            row = []
    if row:
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    spans = []
    for label, value in wide or []:
        spans.append(("SPAN", (1, len(rows)), (-1, len(rows))))
        rows.append([Paragraph(escape(label), styles.label), Paragraph(value, styles.cell)] + [""] * (2 * columns - 2))
    label_width = 27 * mm
    value_width = CONTENT_WIDTH / columns - label_width
    table = Table(rows, colWidths=[label_width, value_width] * columns)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *spans,
    ]
    paired_rows = len(rows) - len(wide or [])
    style.append(("BACKGROUND", (0, 0), (0, -1), LABEL_BACKGROUND))
    if paired_rows:
        style += [("BACKGROUND", (2 * c, 0), (2 * c, paired_rows - 1), LABEL_BACKGROUND) for c in range(1, columns)]
    table.setStyle(TableStyle(style))
    return table


def list_table(styles: Styles, headers: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    """A ruled table with a shaded header row that repeats on every page; cells are markup already."""
    data = [[Paragraph(escape(h), styles.label) for h in headers]]
    data += [[Paragraph(cell, styles.cell) for cell in row] for row in rows]
    scale = CONTENT_WIDTH / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), LABEL_BACKGROUND),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def signature_table(styles: Styles, parties: list[str]) -> Table:
    """Signature and date blanks, one column per party."""
    cells = [
        Paragraph(
            f"{escape(party)}：<br/><br/><br/>日期：&nbsp;&nbsp;&nbsp;&nbsp;年&nbsp;&nbsp;&nbsp;&nbsp;月"
            f"&nbsp;&nbsp;&nbsp;&nbsp;日",
            styles.body,
        )
        for party in parties
    ]
    table = Table([cells], colWidths=[CONTENT_WIDTH / len(parties)] * len(parties))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    return table


def chinese_footer(printed: str) -> Callable[[int, int], str]:
    return lambda page, total: f"打印时间 {printed}    第 {page} 页 / 共 {total} 页"


def numbered_canvas(
    office: OfficeInfo, font: str, footer_right: Callable[[int, int], str], running_header: str = ""
) -> type[Canvas]:
    """A canvas that knows the page count when it saves, for "第 X 页 / 共 Y 页" (or "Page X of Y").

    `running_header` is printed small at the top of every page after the first (the report and month)."""
    contact = "  ".join(p for p in (office.address, office.phone) if p)
    contact = _CONTROL.sub("", contact)
    running_header = _CONTROL.sub("", running_header)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(font, 8.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.setStrokeColor(colors.HexColor("#bbbbbb"))
            self.line(MARGIN, 13 * mm, PAGE_WIDTH - MARGIN, 13 * mm)
            right = footer_right(self._pageNumber, total)
            self.drawRightString(PAGE_WIDTH - MARGIN, 9 * mm, right)
            room = CONTENT_WIDTH - stringWidth(right, font, 8.5) - 6 * mm
            text = contact[:200]
            while text and stringWidth(text, font, 8.5) > room:
                text = text[:-1]
            if text:
                self.drawString(MARGIN, 9 * mm, text if text == contact else text[:-1] + "…")
            if running_header and self._pageNumber > 1:
                self.drawString(MARGIN, PAGE_HEIGHT - 10 * mm, running_header[:120])
                self.line(MARGIN, PAGE_HEIGHT - 11.5 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 11.5 * mm)
            self.restoreState()

    return NumberedCanvas


def build(path: Path | str, office: OfficeInfo, title: str, story: list, styles: Styles) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    document = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=office.name,
        creator="Property CRM Desktop",
    )
    printed = datetime.now().strftime("%Y-%m-%d %H:%M")
    document.build(story, canvasmaker=numbered_canvas(office, styles.footer_font, chinese_footer(printed)))
    return target
