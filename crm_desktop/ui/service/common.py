"""Small pieces the service tab's views share: time and figure text, colours, period ranges."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateTimeEdit, QHeaderView, QTableView, QWidget

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#b3261e")
FLAGGED_TEXT = QColor("#8a4b00")
MUTED_TEXT = QColor("#777777")
DASH = "—"
ROW_HEIGHT = 24


def time_text(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def figure_text(value: Decimal | None, suffix: str = "") -> str:
    """A figure of SPEC §4, or "—" when there is no data (never 0)."""
    return DASH if value is None else f"{value}{suffix}"


def period_range(code: str, today: date | None = None) -> tuple[date | None, date | None]:
    """(first day, last day) of a period preset; (None, None) for all time."""
    today = today or date.today()
    if code == "today":
        return today, today
    if code == "7d":
        return today - timedelta(days=6), today
    if code == "this_month":
        return today.replace(day=1), today
    if code == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if code == "90d":
        return today - timedelta(days=89), today
    if code == "this_year":
        return today.replace(month=1, day=1), today
    if code == "12m":
        return today - timedelta(days=364), today
    return None, None


def to_datetime(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class MomentEdit(QDateTimeEdit):
    """When something happened: defaults to now, never later than a few minutes from now."""

    def __init__(self, value: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.set_value(value or datetime.now())
        self._untouched = self.dateTime()

    def set_value(self, value: datetime) -> None:
        self.setDateTime(QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0))

    def value(self) -> datetime:
        return to_datetime(self)

    def moment(self) -> datetime | None:
        """What to tell the service: None ("now", to the second) while the clerk left the default alone."""
        return None if self.dateTime() == self._untouched else self.value()


def setup_table(view: QTableView, widths: tuple[int, ...] = (), stretch_last: bool = True) -> None:
    """Row selection, fixed row height (no per-row measuring), sensible column widths.

    A width of 0 means "a date and time": wide enough for ⚠ 2026-12-31 23:59 in the view's font.
    """
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    time_width = view.fontMetrics().horizontalAdvance("⚠ 2026-12-31 23:59") + 24  # room for bold and the mark
    for column, width in enumerate(widths):
        header.resizeSection(column, width or time_width)
    header.setStretchLastSection(stretch_last)
