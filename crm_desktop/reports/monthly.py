"""The monthly satisfaction report (满意度月报) and retention report (客户保持月报), SPEC §5.

`write_monthly_report` gathers the month's figures (services.monthly_report) and lays them out on A4:
cover block with the office's name and logo, KPI tables with the change from last month, charts, the
CRM scorecard, the per-staff table, the at-risk list with masked personal data, "page X of Y" and the
generated time on every page. The file is written to a temporary name and renamed, so a failed or
cancelled report never leaves half a PDF behind.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Collection
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from crm_desktop.models.database import Database
from crm_desktop.reports.charts import bar_chart, horizontal_bar_chart, line_chart, quadrant_chart
from crm_desktop.reports.documents import (
    CONTENT_WIDTH,
    GRID,
    LABEL_BACKGROUND,
    MARGIN,
    Styles,
    markup,
    numbered_canvas,
)
from crm_desktop.reports.report_words import Words
from crm_desktop.services.codes import SERVQUAL_DIMENSIONS, TICKET_CATEGORIES
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.metrics import QUADRANTS
from crm_desktop.services.monthly_report import MonthlyReportData, monthly_report_data
from crm_desktop.services.progress import Progress
from crm_desktop.services.satisfaction import percentage
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text

REPORT_KINDS = ("satisfaction", "retention")
# The printed list stops at the highest-scoring customers: a 100-page annex helps no committee; the
# program's at-risk list has them all.
AT_RISK_PRINTED = 100
SHORT_TABLE_ROWS = 15
CHANGE_GOOD = colors.HexColor("#2e7d32")
CHANGE_BAD = colors.HexColor("#b71c1c")


def write_monthly_report(
    db: Database,
    kind: str,
    month: date,
    out_path: Path | str,
    lang: str = "zh_CN",
    progress: Progress | None = None,
) -> Path:
    """Compute the month's figures and write the report `kind` ("satisfaction" | "retention") as a PDF."""
    if kind not in REPORT_KINDS:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "Unknown report {kind}; choose satisfaction or retention"), kind=kind),
            field="kind",
        )
    words = Words(lang)
    progress = progress or Progress()
    data = monthly_report_data(db, month, progress)
    progress(4, 5, QT_TRANSLATE_NOOP("Services", "Laying out the PDF pages"))
    path = render_monthly_report(data, kind, out_path, words)
    progress(5, 5, QT_TRANSLATE_NOOP("Services", "Laying out the PDF pages"))
    return path


def report_title(kind: str, words: Words) -> str:
    return words(f"{kind}_title")


def render_monthly_report(data: MonthlyReportData, kind: str, out_path: Path | str, words: Words) -> Path:
    target = Path(out_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    styles = ReportStyles()
    title = report_title(kind, words)
    month_text = words.month(data.month)
    story = cover(data, title, month_text, words, styles)
    if not data.has_data:
        story.append(Paragraph(escape(words("no_data", month=month_text)), styles.notice))
    elif kind == "satisfaction":
        story += satisfaction_sections(data, words, styles)
    else:
        story += retention_sections(data, words, styles)
    story = keep_headings_with_next(story, styles.section)
    generated = words.timestamp(data.generated_at)
    handle, temporary = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=target.parent)
    os.close(handle)
    try:
        document = SimpleDocTemplate(
            temporary,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=16 * mm,
            bottomMargin=20 * mm,
            title=f"{data.office.name} {month_text} {title}",
            author=data.office.name,
            creator="Property CRM Desktop",
            lang="zh-CN" if words.chinese else "en",
        )
        footer: Callable[[int, int], str] = lambda page, total: words(  # noqa: E731
            "footer", at=generated, page=page, total=total
        )
        document.build(
            story,
            canvasmaker=numbered_canvas(data.office, styles.footer_font, footer, f"{data.office.name}  {month_text} "
                                        f"{title}"),
        )
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


class ReportStyles(Styles):
    def __init__(self) -> None:
        super().__init__()
        font = self.footer_font
        self.cover_office = ParagraphStyle("cover_office", fontName=font, fontSize=15, leading=20, alignment=TA_LEFT)
        self.cover_title = ParagraphStyle("cover_title", fontName=font, fontSize=22, leading=30, alignment=TA_LEFT)
        self.cover_meta = ParagraphStyle(
            "cover_meta", fontName=font, fontSize=9.5, leading=14, textColor=colors.HexColor("#555555")
        )
        self.section = ParagraphStyle(
            "section", fontName=font, fontSize=13, leading=19, spaceBefore=12, spaceAfter=6,
            textColor=colors.HexColor("#1f4e79"),
        )
        self.notice = ParagraphStyle(
            "notice", fontName=font, fontSize=11, leading=18, spaceBefore=16, textColor=colors.HexColor("#444444"),
            wordWrap="CJK",
        )
        self.number_cell = ParagraphStyle("number_cell", parent=self.cell, alignment=2)  # right-aligned
        self.compact = ParagraphStyle("compact", parent=self.cell, fontSize=8.5, leading=11.5)
        self.compact_number = ParagraphStyle("compact_number", parent=self.compact, alignment=2)


# --- building blocks ----------------------------------------------------------------------------------------


def cover(data: MonthlyReportData, title: str, month_text: str, words: Words, styles: ReportStyles) -> list:
    text_block = [
        Paragraph(markup(data.office.name), styles.cover_office),
        Paragraph(escape(f"{month_text} {title}" if words.chinese else f"{title} — {month_text}"), styles.cover_title),
        Paragraph(escape(words("generated", at=words.timestamp(data.generated_at))), styles.cover_meta),
    ]
    if data.office.signatory:
        text_block.append(Paragraph(markup(words("signatory", name=data.office.signatory)), styles.cover_meta))
    logo = _logo(data.office.logo)
    if logo is None:
        block: Flowable = Table([[text_block]], colWidths=[CONTENT_WIDTH])
    else:
        block = Table([[logo, text_block]], colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm])
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.HexColor("#1f4e79")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [block, Spacer(1, 4 * mm)]


def _logo(data: bytes | None) -> Image | None:
    """The office's logo scaled into 28 × 22 mm; a picture reportlab cannot read is left out, not fatal."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:
        return None
    scale = min(28 * mm / width, 22 * mm / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def keep_headings_with_next(story: list, heading_style: ParagraphStyle) -> list:
    """Bind each section heading to the flowable after it, so no heading ends a page alone."""
    result: list = []
    index = 0
    while index < len(story):
        item = story[index]
        if isinstance(item, Paragraph) and item.style is heading_style and index + 1 < len(story):
            following = story[index + 1]
            # One level of KeepTogether: nesting them makes reportlab break the page before every section.
            content = following._content if isinstance(following, KeepTogether) else [following]
            result.append(KeepTogether([item, *content]))
            index += 2
        else:
            result.append(item)
            index += 1
    return result


def section(title: str, styles: ReportStyles) -> list:
    """A heading that never sits alone at the bottom of a page."""
    return [CondPageBreak(45 * mm), Paragraph(escape(title), styles.section)]


def table(
    styles: ReportStyles,
    headers: list[str],
    rows: list[list[Any]],
    widths: list[float],
    numeric: Collection[int] | None = None,
    colored: dict[tuple[int, int], colors.Color] | None = None,
    compact: bool = False,
    extra_style: list[tuple] | None = None,
) -> Flowable:
    """A ruled table whose header repeats on every page. Cells are plain text (escaped here); the columns in
    `numeric` (default: all but the first) are right-aligned figures; `colored` maps (column, row) to a colour."""
    numeric = range(1, len(headers)) if numeric is None else numeric
    colored = colored or {}
    header_style = styles.compact if compact else styles.label
    data = [[Paragraph(escape(h), header_style) for h in headers]]
    for row_index, row in enumerate(rows):
        cells = []
        for column, cell in enumerate(row):
            text = markup(str(cell), empty="", limit=600)
            if (column, row_index) in colored:
                text = f'<font color="#{colored[(column, row_index)].hexval()[2:]}">{text}</font>'
            if compact:
                style = styles.compact_number if column in numeric else styles.compact
            else:
                style = styles.number_cell if column in numeric else styles.cell
            cells.append(Paragraph(text, style))
        data.append(cells)
    scale = CONTENT_WIDTH / sum(widths)
    result = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), LABEL_BACKGROUND),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *(extra_style or []),
            ]
        )
    )
    # A short table is never split across pages (a lone "overall" row on the next page reads badly).
    return KeepTogether([result]) if len(rows) <= SHORT_TABLE_ROWS else result


# (label key, group, metric key, format, True when a rise is good)
Figure = tuple[str, str, str, str, bool | None]


def kpi_table(data: MonthlyReportData, figures: list[Figure], words: Words, styles: ReportStyles) -> Table:
    """This month, last month and the change, for each figure; changes coloured good/bad."""
    rows, colored = [], {}
    for index, (label, group, key, kind, rise_is_good) in enumerate(figures):
        now, before = getattr(data.current, group).get(key), getattr(data.previous, group).get(key)
        rows.append(
            [words(label), words.figure(now, kind), words.figure(before, kind), words.change(now, before, kind)]
        )
        if rise_is_good is not None and now is not None and before is not None and float(now) != float(before):
            colored[(3, index)] = CHANGE_GOOD if (float(now) > float(before)) == rise_is_good else CHANGE_BAD
    return table(styles, [words("metric"), words("this_month"), words("last_month"), words("change")], rows,
                 [5, 2.4, 2.4, 2.6], colored=colored)


# --- satisfaction report -------------------------------------------------------------------------------------

SATISFACTION_KPIS: list[Figure] = [
    ("responses", "satisfaction", "responses", "number", None),
    ("nps", "satisfaction", "nps", "score", True),
    ("csat", "satisfaction", "csat", "percent", True),
    ("csat_mean", "satisfaction", "csat_mean", "mean", True),
    ("satisfaction_index", "satisfaction", "satisfaction_index", "mean", True),
    ("complaints_received", "service", "complaints_received", "number", False),
    ("sla_compliance", "service", "sla_compliance", "percent", True),
    ("median_first_response_minutes", "service", "median_first_response_minutes", "minutes", False),
    ("callback_satisfaction", "service", "callback_satisfaction", "percent", True),
]

COMPLAINT_FIGURES: list[Figure] = [
    ("complaints_received", "service", "complaints_received", "number", False),
    ("tickets_received", "service", "tickets_received", "number", None),
    ("median_first_response_minutes", "service", "median_first_response_minutes", "minutes", False),
    ("median_resolution_hours", "service", "median_resolution_hours", "hours", False),
    ("sla_compliance", "service", "sla_compliance", "percent", True),
    ("open_at_month_end", "service", "open_at_month_end", "number", False),
    ("overdue_at_month_end", "service", "overdue_at_month_end", "number", False),
    ("callback_rate", "service", "callback_rate", "percent", True),
    ("callback_satisfaction", "service", "callback_satisfaction", "percent", True),
    ("repeat_complainants", "service", "repeat_complainants", "number", False),
]


def satisfaction_sections(data: MonthlyReportData, words: Words, styles: ReportStyles) -> list:
    s = data.current.satisfaction
    story = section(words("h_summary"), styles) + [kpi_table(data, SATISFACTION_KPIS, words, styles)]

    story += section(words("h_nps"), styles)
    if not s.get("responses") or s.get("nps") is None:
        story.append(Paragraph(escape(words("no_responses")), styles.body))
    else:
        counts = _nps_counts(data)
        total = sum(counts.values())
        rows = [
            [words(code), f"{count:,}", words.figure(percentage(count, total), "percent")]
            for code, count in counts.items()
        ]
        rows.append([words("nps"), "", words.figure(s["nps"], "score")])
        story.append(table(styles, [words("metric"), words("count"), words("share")], rows, [5, 2.5, 2.5]))

    story += section(words("h_csat"), styles)
    if s.get("csat") is None:
        story.append(Paragraph(escape(words("no_responses")), styles.body))
    else:
        rows = [
            [words("csat"), words.figure(s["csat"], "percent")],
            [words("csat_mean"), words.figure(s.get("csat_mean"), "mean")],
        ]
        story.append(table(styles, [words("metric"), words("this_month")], rows, [5, 5]))

    story += section(words("h_servqual"), styles)
    if all(s["perception_mean"].get(d) is None for d in SERVQUAL_DIMENSIONS):
        story.append(Paragraph(escape(words("no_responses")), styles.body))
    else:
        rows = [
            [
                words.dimension(d),
                words.figure(s["expectation_mean"].get(d), "mean"),
                words.figure(s["perception_mean"].get(d), "mean"),
                _signed(s["gap"].get(d)),
                words.figure(s["ratio"].get(d), "mean"),
            ]
            for d in SERVQUAL_DIMENSIONS
        ]
        rows.append([words("overall"), "", "", "", words.figure(s.get("satisfaction_index"), "mean")])
        story.append(
            table(
                styles,
                [words("dimension"), words("expectation"), words("perception"), words("gap"), words("ratio")],
                rows,
                [3, 2, 2, 2, 2.4],
            )
        )
        gaps = [s["gap"].get(d) for d in SERVQUAL_DIMENSIONS]
        story.append(Spacer(1, 3 * mm))
        story.append(
            bar_chart(words("chart_gap"), [words.dimension(d) for d in SERVQUAL_DIMENSIONS], gaps, CONTENT_WIDTH,
                      color=colors.HexColor("#7d5ba6"), value_format="%.2f")
        )

    story += section(words("h_trend"), styles)
    months = [words.short_month(p.month) for p in data.trend]
    story.append(
        KeepTogether(
            line_chart(
                words("chart_nps_csat"),
                months,
                [("NPS", [p.nps for p in data.trend]), ("CSAT", [p.csat for p in data.trend])],
                CONTENT_WIDTH,
                height=190,
                floor=-100,
                ceiling=100,
                empty_text=words("no_trend"),
            )
        )
    )

    story += section(words("h_complaints"), styles)
    story.append(kpi_table(data, COMPLAINT_FIGURES, words, styles))
    by_category = data.current.service.get("complaints_by_category", {})
    if data.current.service.get("complaints_received"):
        codes = [code for code in TICKET_CATEGORIES if code in by_category] + [
            code for code in by_category if code not in TICKET_CATEGORIES
        ]
        story.append(Spacer(1, 3 * mm))
        story.append(
            bar_chart(words("chart_categories"), [words.category(c) for c in codes],
                      [by_category[c] for c in codes], CONTENT_WIDTH)
        )
    else:
        story.append(Paragraph(escape(words("no_complaints")), styles.body))

    story += section(words("h_staff"), styles)
    if not data.staff:
        story.append(Paragraph(escape(words("no_staff")), styles.body))
    else:
        rows = [
            [
                row.name + (words("team_mark") if row.is_team else ""),
                f"{row.handled:,}",
                words.figure(row.median_resolution_hours, "hours"),
                words.figure(row.sla_compliance, "percent"),
                words.figure(row.callback_satisfaction, "percent"),
                words.figure(row.assessment_total, "mean"),
            ]
            for row in data.staff
        ]
        story.append(
            table(
                styles,
                [words("staff_name"), words("handled"), words("median_hours"), words("sla"), words("callback_ok"),
                 words("assessment")],
                rows,
                [3.2, 1.6, 2.2, 1.8, 2, 1.6],
            )
        )

    story += section(words("h_scorecard"), styles)
    card = data.scorecard
    rows = [
        [words("sc_knowledge"), words("archive_completeness"), words.figure(card.archive_completeness, "percent")],
        [words("sc_interaction"), words("interactions_per_100"), words.figure(card.interactions_per_100_households,
                                                                             "mean")],
        [words("sc_interaction"), words("tickets_per_100"), words.figure(card.tickets_per_100_households, "mean")],
        [words("sc_interaction"), words("median_first_response_minutes"),
         words.figure(card.median_first_response_minutes, "minutes")],
        [words("sc_value_dim"), words("retention_rate"), words.figure(card.retention_rate, "percent")],
        [words("sc_value_dim"), words("avg_tenure_years"), words.figure(card.avg_tenure_years, "years")],
        [words("sc_satisfaction"), words("nps"), words.figure(card.nps, "score")],
        [words("sc_satisfaction"), words("csat"), words.figure(card.csat, "percent")],
    ]
    spans = [("SPAN", (0, 2), (0, 4)), ("SPAN", (0, 5), (0, 6)), ("SPAN", (0, 7), (0, 8))]
    scorecard_table = table(styles, [words("sc_dimension"), words("sc_indicator"), words("sc_value")], rows,
                            [2.2, 5, 2.6], numeric=(2,), extra_style=spans)
    story += [scorecard_table, Paragraph(escape(words("scorecard_note")), styles.small)]

    story += section(words("h_comments"), styles)
    if not data.comments:
        story.append(Paragraph(escape(words("no_comments")), styles.body))
    else:
        rows = [[c.responded_at.strftime("%Y-%m-%d"), c.community_name or "—", c.text] for c in data.comments]
        story.append(
            table(styles, [words("comment_date"), words("comment_where"), words("comment_text")], rows, [2, 2.4, 8],
                  numeric=())
        )
        if data.comments_total > len(data.comments):
            story.append(
                Paragraph(escape(words("more_comments", total=data.comments_total, shown=len(data.comments))),
                          styles.small)
            )
    return story


def _nps_counts(data: MonthlyReportData) -> dict[str, int]:
    """Promoter/passive/detractor counts of the month."""
    promoters, passives, detractors = data.nps_counts
    return {"promoters": promoters, "passives": passives, "detractors": detractors}


def _signed(value: Any) -> str:
    if value is None:
        return "—"
    number = float(value)
    return f"+{number:.2f}" if number > 0 else (f"−{abs(number):.2f}" if number < 0 else "0.00")


# --- retention report ----------------------------------------------------------------------------------------

RETENTION_KPIS: list[Figure] = [
    ("active_start", "retention", "active_start", "number", None),
    ("active_end", "retention", "active_end", "number", None),
    ("new_customers", "retention", "new_customers", "number", None),
    ("lost_customers", "retention", "lost_customers", "number", False),
    ("retention_rate", "retention", "retention_rate", "percent", True),
    ("churn_rate", "retention", "churn_rate", "percent", False),
    ("avg_tenure_years", "retention", "avg_tenure_years", "years", True),
    ("archive_completeness", "archive", "archive_completeness", "percent", True),
    ("at_risk_count", "loyalty", "at_risk_count", "number", False),
]


def retention_sections(data: MonthlyReportData, words: Words, styles: ReportStyles) -> list:
    r = data.current.retention
    story = section(words("h_retention"), styles) + [kpi_table(data, RETENTION_KPIS, words, styles)]

    story += section(words("h_retention_trend"), styles)
    months = [words.short_month(p.month) for p in data.trend]
    half = CONTENT_WIDTH / 2
    charts = Table(
        [[
            line_chart(words("chart_retention"), months, [("", [p.retention_rate for p in data.trend])], half,
                       floor=0, ceiling=100, empty_text=words("no_trend")),
            line_chart(words("chart_churn"), months, [("", [p.churn_rate for p in data.trend])], half, floor=0,
                       empty_text=words("no_trend")),
        ]],
        colWidths=[half, half],
    )
    charts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(charts)

    story += section(words("h_churn"), styles)
    reasons = r.get("churn_by_reason", {})
    lost = r.get("lost_customers") or 0
    rows = [[words.churn_reason(code), f"{count:,}", words.figure(percentage(count, lost), "percent")]
            for code, count in reasons.items()]
    rows.append([words("lost_customers"), f"{lost:,}", ""])
    story.append(table(styles, [words("reason"), words("lost"), words("share")], rows, [5, 2.5, 2.5]))
    if lost:
        story.append(Spacer(1, 3 * mm))
        story.append(
            bar_chart(words("chart_reasons"), [words.churn_reason(c) for c in reasons], list(reasons.values()),
                      CONTENT_WIDTH, height=150, color=colors.HexColor("#b94a48"))
        )
        communities = data.churn_by_community
        story.append(Spacer(1, 3 * mm))
        story.append(table(styles, [words("community"), words("lost")],
                           [[name, f"{count:,}"] for name, count in communities.items()], [7.5, 2.5]))
        if len(communities) > 1:
            story.append(horizontal_bar_chart(words("chart_communities"), list(communities), list(communities.values()),
                                              CONTENT_WIDTH))
    else:
        story.append(Paragraph(escape(words("no_churn")), styles.body))

    story += section(words("h_tenure"), styles)
    bands = data.tenure_distribution
    active = sum(bands.values())
    rows = [[words.tenure_band(b), f"{n:,}", words.figure(percentage(n, active), "percent")] for b, n in bands.items()]
    rows.append([words("avg_tenure_years"), "", words.figure(r.get("avg_tenure_years"), "years")])
    story.append(table(styles, [words("tenure_band"), words("customers"), words("share")], rows, [5, 2.5, 2.5]))
    if active:
        story.append(Spacer(1, 3 * mm))
        story.append(bar_chart(words("chart_tenure"), [words.tenure_band(b) for b in bands], list(bands.values()),
                               CONTENT_WIDTH, height=150, color=colors.HexColor("#4a9d5b")))

    story += section(words("h_quadrant"), styles)
    quadrants = data.current.loyalty.get("quadrant_counts", {})
    classified = sum(quadrants.get(q, 0) for q in QUADRANTS if q != "unknown")
    rows = [[words.quadrant(q), f"{quadrants.get(q, 0):,}",
             words.figure(percentage(quadrants.get(q, 0), classified), "percent") if q != "unknown" else ""]
            for q in QUADRANTS]
    cells = {
        q: (words.quadrant(q), quadrants.get(q, 0), words.figure(percentage(quadrants.get(q, 0), classified),
                                                                  "percent"))
        for q in QUADRANTS if q != "unknown"
    }
    story.append(KeepTogether([quadrant_chart(cells, words("satisfied_axis"), words("loyal_axis"), CONTENT_WIDTH)]))
    story.append(table(styles, [words("quadrant"), words("customers"), words("share")], rows, [5, 2.5, 2.5]))
    if quadrants.get("unknown"):
        story.append(Paragraph(escape(words("unknown_note", v=f"{quadrants['unknown']:,}")), styles.small))

    story += section(words("h_at_risk"), styles)
    story.append(Paragraph(escape(words("at_risk_note")), styles.small))
    story.append(Spacer(1, 2 * mm))
    if not data.at_risk:
        story.append(Paragraph(escape(words("no_at_risk")), styles.body))
    else:
        shown = data.at_risk[:AT_RISK_PRINTED]
        rows = [
            [
                line.name,
                line.unit_codes or "—",
                line.phone or "—",
                str(line.score),
                "\n".join(words.risk(code) for code in line.reasons),
                "\n".join(words.action(code) for code in line.reasons),
            ]
            for line in shown
        ]
        story.append(
            table(
                styles,
                [words("name"), words("unit"), words("phone"), words("score"), words("reasons"), words("actions")],
                rows,
                [1.6, 2.7, 2.0, 1.1, 2.9, 4.9],
                numeric=(3,),
                compact=True,
            )
        )
        if len(data.at_risk) > len(shown):
            story.append(
                Paragraph(escape(words("more_at_risk", total=len(data.at_risk), shown=len(shown))), styles.small)
            )
    return story
