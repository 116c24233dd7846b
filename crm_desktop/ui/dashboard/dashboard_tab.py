"""The dashboard (首页, SPEC §3.6): this month's KPIs with the change from last month, 12-month trends,
complaints by category, renovations needing attention and the customers at risk.

Everything is computed off the GUI thread (services.dashboard); the tab shows "Updating…" meanwhile and
reloads when it is shown again after an edit elsewhere. Clicking a tile opens the list behind it.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models.database import Database
from crm_desktop.services.dashboard import DashboardData, DashboardService, Kpi
from crm_desktop.services.metrics import shift_month
from crm_desktop.services.principal import Principal
from crm_desktop.services.progress import Progress
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.list_model import RowListModel
from crm_desktop.ui.service import labels as service_labels
from crm_desktop.ui.surveys.results_view import MetricCard
from crm_desktop.ui.tasks import BackgroundTask, run_in_background
from crm_desktop.ui.widgets import MonthComboBox

log = logging.getLogger(__name__)

DASH = "—"
GOOD, BAD = "#2e7d32", "#b71c1c"
BLUE, ORANGE, GREEN, RED = "#2f6db5", "#e07b39", "#4a9d5b", "#b94a48"
MONTHS_OFFERED = 24
CHART_IMPORT_DELAY_MS = 1500


def kpi_titles() -> dict[str, str]:
    return {
        "nps": QCoreApplication.translate("DashboardTab", "NPS"),
        "csat": QCoreApplication.translate("DashboardTab", "CSAT"),
        "open_complaints": QCoreApplication.translate("DashboardTab", "Open complaints"),
        "overdue_complaints": QCoreApplication.translate("DashboardTab", "Overdue complaints"),
        "sla_compliance": QCoreApplication.translate("DashboardTab", "Resolved within SLA"),
        "retention_rate": QCoreApplication.translate("DashboardTab", "Retention rate"),
        "at_risk": QCoreApplication.translate("DashboardTab", "Customers at risk"),
    }


def kpi_tips() -> dict[str, str]:
    return {
        "nps": QCoreApplication.translate(
            "DashboardTab",
            "Net Promoter Score of this month's survey answers: % promoters (9–10) − % "
            "detractors (0–6). Click to see the survey results.",
        ),
        "csat": QCoreApplication.translate(
            "DashboardTab",
            "Share of this month's overall-satisfaction answers scoring 4 or 5. Click to see the survey results.",
        ),
        "open_complaints": QCoreApplication.translate(
            "DashboardTab",
            "Complaints not resolved at the end of the month (now, for the current month). Click to list them.",
        ),
        "overdue_complaints": QCoreApplication.translate(
            "DashboardTab", "Open complaints past their due time. Click to list them."
        ),
        "sla_compliance": QCoreApplication.translate(
            "DashboardTab", "Complaints resolved this month by their due time. Click to list this month's complaints."
        ),
        "retention_rate": QCoreApplication.translate(
            "DashboardTab",
            "Customers living here at the start of the month who still do at its end. Click for the retention report.",
        ),
        "at_risk": QCoreApplication.translate(
            "DashboardTab",
            "Customers whose recent answers, complaints or call-backs add up to 3 or more "
            "risk points. Click to see the list below.",
        ),
    }


def figure_text(value: object, kind: str) -> str:
    if value is None:
        return DASH
    if kind == "percent":
        return f"{float(value):.1f}%"
    if kind == "score":
        return f"{float(value):.1f}"
    return f"{int(value):,}"  # type: ignore[call-overload]


def change_text(kpi: Kpi) -> tuple[str, str | None]:
    """("vs last month +2.3", colour) for a tile's second line."""
    change = kpi.change
    if change is None:
        return QCoreApplication.translate("DashboardTab", "last month: %1").replace(
            "%1", figure_text(kpi.previous, kpi.kind)
        ), None
    if change == 0:
        return QCoreApplication.translate("DashboardTab", "same as last month"), None
    sign = "+" if change > 0 else "−"
    amount = f"{abs(change):.1f}" if kpi.kind != "count" else f"{abs(int(change)):,}"
    unit = QCoreApplication.translate("DashboardTab", " pp") if kpi.kind == "percent" else ""
    good = (change > 0) == kpi.rise_is_good
    return QCoreApplication.translate("DashboardTab", "vs last month %1").replace(
        "%1", f"{sign}{amount}{unit}"
    ), GOOD if good else BAD


class KpiTile(MetricCard):
    """A MetricCard that opens the list behind it when clicked."""

    clicked = Signal(str)

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(kpi_titles()[code], kpi_tips()[code], parent)
        self.code = code
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(150)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.code)
        super().mouseReleaseEvent(event)

    def show_kpi(self, kpi: Kpi) -> None:
        detail, colour = change_text(kpi)
        self.show_figure(figure_text(kpi.value, kpi.kind))
        self.detail.setText(detail)
        self.detail.setStyleSheet(f"color: {colour or '#555'};")


class TrendChart(QWidget):
    """A small pyqtgraph line or bar chart with a title; pyqtgraph is imported on first use."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        import pyqtgraph as pg

        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(f"<b>{title}</b>")
        layout.addWidget(self.title)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMinimumHeight(190)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        for axis in ("left", "bottom"):
            item.getAxis(axis).setPen(pg.mkPen("#888"))
            item.getAxis(axis).setTextPen(pg.mkPen("#333"))
        item.showGrid(y=True, alpha=0.2)
        item.getAxis("left").setWidth(42)  # room for "99.5": pyqtgraph otherwise drops labels it cannot fit
        self.legend = item.addLegend(offset=(-8, 4), labelTextColor="#333")  # before anything is plotted
        layout.addWidget(self.plot)

    def clear(self) -> None:
        self.plot.getPlotItem().clear()
        self.legend.clear()

    def lines(self, labels: list[str], series: list[tuple[str, list[float | None], str]]) -> None:
        """One line per series; gaps (None) break the line instead of dropping to zero."""
        import numpy as np
        import pyqtgraph as pg

        self.clear()
        xs = np.arange(len(labels), dtype=float)
        for name, values, colour in series:
            ys = np.array([np.nan if v is None else float(v) for v in values], dtype=float)
            self.plot.plot(
                xs,
                ys,
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=colour,
                symbolPen=None,
                name=name or None,
                connect="finite",
            )
        self.legend.setVisible(len(series) > 1)
        self._ticks(labels)

    def bars(self, labels: list[str], values: list[int], colour: str) -> None:
        import pyqtgraph as pg

        self.clear()
        xs = list(range(len(labels)))
        self.plot.addItem(pg.BarGraphItem(x=xs, height=values, width=0.6, brush=colour, pen=pg.mkPen(None)))
        self.plot.getPlotItem().setYRange(0, max(values + [1]) * 1.15)
        self.legend.setVisible(False)
        self._ticks(labels)

    def _ticks(self, labels: list[str]) -> None:
        step = 1 if len(labels) <= 12 or self.width() > 700 else 2
        self.plot.getPlotItem().getAxis("bottom").setTicks([[(i, labels[i]) for i in range(0, len(labels), step)]])


class DashboardTab(QWidget):
    """首页. Signals ask the main window to open another tab's filtered list."""

    open_complaints = Signal(str, bool, object, str)  # status, overdue only, category, period
    open_survey_results = Signal()
    open_renovations = Signal(str)  # a RenovationService view
    open_customer = Signal(int)
    open_reports = Signal(str, object)  # report kind, month (date)
    loaded = Signal()

    def __init__(
        self, db: Database, principal: Principal, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.principal = db, principal
        self.service = DashboardService(db, principal)
        self._today = today
        self.data: DashboardData | None = None
        self._task: BackgroundTask | None = None
        self._stale = True
        self._chart_library_ready = chart_library_ready()
        self._build()
        self._chart_import_started = self._chart_library_ready
        # pyqtgraph (with NumPy) takes a quarter of a second to import: done on a worker thread, so opening this
        # tab never freezes the window; started a moment after the window has painted, or when first shown.
        QTimer.singleShot(CHART_IMPORT_DELAY_MS, self._start_chart_import)

    def _start_chart_import(self) -> None:
        if self._chart_import_started:
            return
        self._chart_import_started = True
        start_chart_library_import()
        self._chart_poll = QTimer(self)
        self._chart_poll.setInterval(50)
        self._chart_poll.timeout.connect(self._poll_chart_library)
        self._chart_poll.start()

    def _poll_chart_library(self) -> None:
        if chart_library_ready():
            self._chart_poll.stop()
            self._chart_library_loaded()

    # --- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.month = MonthComboBox(self._today or date.today(), MONTHS_OFFERED)
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.reports_button = QPushButton(self.tr("Monthly reports…"))
        self.reports_button.clicked.connect(lambda: self.open_reports.emit("satisfaction", self.report_month()))
        self.status = QLabel()
        self.status.setStyleSheet("color: #666;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.refresh_button)
        top.addWidget(self.status, 1)
        top.addWidget(self.reports_button)

        self.tiles = {code: KpiTile(code) for code in kpi_titles()}
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tile.clicked.connect(self._tile_clicked)
            tiles.addWidget(tile)

        # The charts (and pyqtgraph with them) are made when the tab is first shown: the program starts on
        # the archives tab, and importing pyqtgraph would add a third of a second to every start.
        self.charts = QGridLayout()
        self.nps_chart: TrendChart | None = None

        self.renovation_buttons: dict[str, QPushButton] = {}
        renovations = QGroupBox(self.tr("Renovations needing attention"))
        renovation_layout = QVBoxLayout(renovations)
        for view in ("past_planned_end", "open_violations", "not_refunded", "in_progress"):
            button = QPushButton()
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 4px;")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, v=view: self.open_renovations.emit(v))
            renovation_layout.addWidget(button)
            self.renovation_buttons[view] = button
        renovation_layout.addStretch()

        self.at_risk_box = QGroupBox(self.tr("Customers at risk"))
        self.at_risk_model = RowListModel(self._at_risk_headers, self._at_risk_cells, self)
        self.at_risk_table = QTableView()
        self.at_risk_table.setModel(self.at_risk_model)
        self.at_risk_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.at_risk_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.at_risk_table.verticalHeader().setVisible(False)
        self.at_risk_table.verticalHeader().setDefaultSectionSize(24)
        self.at_risk_table.horizontalHeader().setStretchLastSection(True)
        self.at_risk_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.at_risk_table.setMinimumHeight(180)
        self.at_risk_table.doubleClicked.connect(self._at_risk_opened)
        self.at_risk_note = QLabel()
        self.at_risk_note.setStyleSheet("color: #666;")
        risk_layout = QVBoxLayout(self.at_risk_box)
        risk_layout.addWidget(self.at_risk_table)
        risk_layout.addWidget(self.at_risk_note)
        lists = QHBoxLayout()
        lists.addWidget(renovations, 1)
        lists.addWidget(self.at_risk_box, 3)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(tiles)
        body_layout.addLayout(self.charts)
        body_layout.addLayout(lists)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def selected_month(self) -> date:
        return self.month.month()

    def report_month(self) -> date:
        """The month a report button means: the one shown, or last month while the shown one is still running."""
        return shift_month(self.selected_month(), -1) if self.month.currentIndex() == 0 else self.selected_month()

    def select_month(self, month: date) -> None:
        self.month.select(month)

    def _at_risk_headers(self) -> list[str]:
        return [
            self.tr("Customer"),
            self.tr("Units"),
            self.tr("Mobile"),
            self.tr("Score"),
            self.tr("Reasons"),
            self.tr("Suggested win-back action"),
        ]

    def _at_risk_cells(self, row) -> list[object]:
        from crm_desktop.services.metrics import RISK_RULES

        reasons = risk_reason_names()
        return [
            row.name,
            row.unit_codes,
            row.phone,
            row.score,
            self.tr("; ").join(reasons.get(code, code) for code in row.reasons),
            QCoreApplication.translate("Services", RISK_RULES[row.reasons[0]][1]) if row.reasons else "",
        ]

    # --- loading ------------------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """Data changed elsewhere: reload now if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def _chart_library_loaded(self) -> None:
        self._chart_library_ready = True
        if self.isVisible():
            self._build_charts()
            if self.data is not None:
                self._draw_charts(self.data)

    def _build_charts(self) -> None:
        if self.nps_chart is not None or not self._chart_library_ready:
            return
        self.nps_chart = TrendChart(self.tr("NPS and CSAT, last 12 months"))
        self.retention_chart = TrendChart(self.tr("Retention rate (%), last 12 months"))
        self.category_chart = TrendChart(self.tr("Complaints by category in the month shown"))
        self.sla_chart = TrendChart(self.tr("Complaints resolved within SLA (%), last 12 months"))
        self.charts.addWidget(self.nps_chart, 0, 0)
        self.charts.addWidget(self.retention_chart, 0, 1)
        self.charts.addWidget(self.category_chart, 1, 0)
        self.charts.addWidget(self.sla_chart, 1, 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._start_chart_import()
        self._build_charts()
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        if self._task is not None:
            self._task.cancel()
        month = self.selected_month()
        self.status.setText(self.tr("Updating…"))
        self.refresh_button.setEnabled(False)
        today = self._today

        def job(progress: Progress) -> DashboardData:
            return self.service.load(month, today=today, progress=progress)

        task = run_in_background(
            self, self.tr("Updating the dashboard"), job, self._loaded, self._failed, show_progress=False
        )
        self._task = task
        task.finished.connect(lambda: self._forget(task))

    def _forget(self, task: BackgroundTask) -> None:
        if self._task is task:
            self._task = None
            self.refresh_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        from crm_desktop.services.errors import OperationCancelled

        if isinstance(exc, OperationCancelled):
            return  # a newer reload replaced this one
        self.status.setText(self.tr("The dashboard could not be updated."))
        show_error(self, exc)

    def _loaded(self, data: DashboardData) -> None:
        if data.month != self.selected_month():
            return  # the clerk chose another month meanwhile; that load is on its way
        self.data = data
        self.status.setText(self.tr("Updated %1").replace("%1", datetime.now().strftime("%Y-%m-%d %H:%M")))
        for kpi in data.kpis:
            self.tiles[kpi.code].show_kpi(kpi)
        self._build_charts()
        self._draw_charts(data)
        overview = data.renovations
        texts = {
            "past_planned_end": (self.tr("Past the planned end: %1"), overview.past_planned_end),
            "open_violations": (self.tr("Open violations: %1"), overview.open_violations),
            "not_refunded": (self.tr("Deposit not refunded: %1"), overview.not_refunded),
            "in_progress": (self.tr("Under way: %1"), overview.in_progress),
        }
        for view, (text, count) in texts.items():
            button = self.renovation_buttons[view]
            button.setText(text.replace("%1", f"{count:,}"))
            urgent = count and view in ("past_planned_end", "open_violations")
            button.setStyleSheet(f"text-align: left; padding: 4px; color: {BAD if urgent else '#222'};")
        self.at_risk_model.set_rows(list(data.at_risk))
        self.at_risk_table.resizeColumnsToContents()
        if data.at_risk_total > len(data.at_risk):
            note = self.tr(
                "%1 customers at risk; the %2 with the highest scores are shown. Double-click one to "
                "open their archive."
            )
            self.at_risk_note.setText(
                note.replace("%1", f"{data.at_risk_total:,}").replace("%2", str(len(data.at_risk)))
            )
        elif data.at_risk_total:
            self.at_risk_note.setText(
                self.tr("%1 customers at risk. Double-click one to open their archive.").replace(
                    "%1", f"{data.at_risk_total:,}"
                )
            )
        else:
            self.at_risk_note.setText(self.tr("No customer is at risk this month."))
        self.loaded.emit()

    def _draw_charts(self, data: DashboardData) -> None:
        if self.nps_chart is None:
            return  # drawn when the chart library has arrived
        months = [p.month[2:4] + "/" + p.month[5:7] for p in data.trend]
        self.nps_chart.lines(
            months, [("NPS", [p.nps for p in data.trend], BLUE), ("CSAT", [p.csat for p in data.trend], ORANGE)]
        )
        self.retention_chart.lines(months, [("", [p.retention_rate for p in data.trend], GREEN)])
        self.sla_chart.lines(months, [("", [p.sla_compliance for p in data.trend], BLUE)])
        names = service_labels.categories()
        codes = list(data.complaints_by_category)
        self.category_chart.bars([names.get(c, c) for c in codes], [data.complaints_by_category[c] for c in codes], RED)

    # --- clicks -------------------------------------------------------------------------------------
    def _tile_clicked(self, code: str) -> None:
        # The ticket list's period presets reach this month and last month; older months list all complaints.
        period = {0: "this_month", 1: "last_month"}.get(self.month.currentIndex(), "all")
        if code in ("nps", "csat"):
            self.open_survey_results.emit()
        elif code == "open_complaints":
            self.open_complaints.emit("open", False, None, "all")
        elif code == "overdue_complaints":
            self.open_complaints.emit("open", True, None, "all")
        elif code == "sla_compliance":
            self.open_complaints.emit(None, False, None, period)
        elif code == "retention_rate":
            self.open_reports.emit("retention", self.report_month())
        elif code == "at_risk":
            self.at_risk_table.setFocus()
            self.at_risk_table.selectRow(0)

    def _at_risk_opened(self, index) -> None:
        row = self.at_risk_model.row_at(index.row())
        if row is not None:
            self.open_customer.emit(row.customer_id)


_chart_import: threading.Thread | None = None


def start_chart_library_import() -> None:
    """Import pyqtgraph on a plain thread, once per process (no Qt object whose lifetime could end first)."""
    global _chart_import
    if _chart_import is None and "pyqtgraph" not in sys.modules:
        _chart_import = threading.Thread(target=_import_chart_library, name="import-pyqtgraph", daemon=True)
        _chart_import.start()


def chart_library_ready() -> bool:
    # "pyqtgraph" appears in sys.modules as soon as its import starts: only the thread's end says it is done.
    return (_chart_import is not None and not _chart_import.is_alive()) or (
        _chart_import is None and "pyqtgraph" in sys.modules
    )


def _import_chart_library() -> None:
    try:
        importlib.import_module("pyqtgraph")
    except Exception:  # the GUI thread imports it again when it draws, and reports what is wrong then
        log.warning("pyqtgraph could not be imported ahead of time", exc_info=True)


def risk_reason_names() -> dict[str, str]:
    return {
        "detractor": QCoreApplication.translate("DashboardTab", "Recent NPS detractor"),
        "overdue_complaint": QCoreApplication.translate("DashboardTab", "Overdue complaint"),
        "repeat_complaints": QCoreApplication.translate("DashboardTab", "Repeat complaints in 90 days"),
        "low_callback": QCoreApplication.translate("DashboardTab", "Low call-back score"),
        "low_csat": QCoreApplication.translate("DashboardTab", "Low recent CSAT"),
    }
