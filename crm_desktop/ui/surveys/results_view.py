"""Results of a campaign or a period: the §4.1 metrics with their definitions, where detractors live,
answer distributions as bar charts, and the comments."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models.database import Database
from crm_desktop.services import satisfaction
from crm_desktop.services.satisfaction import (
    AreaSatisfaction,
    Comment,
    QuestionDistribution,
    SatisfactionMetrics,
)
from crm_desktop.services.structure import StructureService
from crm_desktop.services.surveys import DIMENSIONS, SurveyService
from crm_desktop.ui.list_model import RowListModel
from crm_desktop.ui.surveys import labels
from crm_desktop.ui.surveys.labels import DASH, metric_text
from crm_desktop.ui.widgets import DateEdit

Index = QModelIndex | QPersistentModelIndex
ALL_TIME = (datetime(1900, 1, 1), datetime(2200, 1, 1))
RED, GREY, GREEN, BLUE, AMBER = "#c62828", "#9e9e9e", "#2e7d32", "#1565c0", "#ef6c00"
SHORTFALL = QColor(RED)


class FigureTableModel(QAbstractTableModel):
    """A read-only table of figures with a definition as each header's tooltip, and "—" explained."""

    def __init__(
        self,
        headers: Callable[[], list[str]],
        header_tips: Callable[[], list[str]],
        cells: Callable[[Any], Sequence[object]],
        colour: Callable[[Any, int], QColor | None] | None = None,
        parent: object = None,
    ) -> None:
        super().__init__(parent)
        self._headers, self._tips, self._cells, self._colour = headers, header_tips, cells, colour
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self._tips()
            return (tips[section] or None) if 0 <= section < len(tips) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._cells(row)
            value = cells[index.column()] if index.column() < len(cells) else ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            cells = self._cells(row)
            value = cells[index.column()] if index.column() < len(cells) else ""
            if value == DASH:
                return labels.definitions()["empty"]
            tips = self._tips()
            return (tips[index.column()] or None) if index.column() < len(tips) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._colour is not None:
            colour = self._colour(row, index.column())
            return QBrush(colour) if colour is not None else None
        return None


class MetricCard(QFrame):
    """One headline figure: title, value, and the counts behind it; the definition as tooltip."""

    def __init__(self, title: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("MetricCard { background: #fafafa; border: 1px solid #ddd; border-radius: 4px; }")
        self.setToolTip(tooltip)
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #555;")
        self.value = QLabel(DASH)
        self.value.setStyleSheet("font-size: 26px; font-weight: bold;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch()
        self.setMinimumWidth(200)

    def show_figure(self, value: str, detail: str = "", colour: str | None = None) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"font-size: 26px; font-weight: bold; color: {colour or '#222'};")
        self.detail.setText(detail)


class _ChartBox(QWidget):
    """A question's title and its bar chart; reused from one refresh to the next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        import pyqtgraph as pg

        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMinimumHeight(200)
        self.plot.setMaximumHeight(240)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        for axis in ("left", "bottom"):
            item.getAxis(axis).setPen(pg.mkPen("#888"))
            item.getAxis(axis).setTextPen(pg.mkPen("#333"))
        item.showGrid(y=True, alpha=0.2)
        item.getAxis("left").setLabel(self.tr("Answers"))
        self.legend = item.addLegend(offset=(8, 4), labelTextColor="#333")  # before any bars are added
        layout.addWidget(self.plot)

    def show_distribution(self, d: QuestionDistribution) -> None:
        import pyqtgraph as pg

        kind = labels.short_kinds().get(d.kind, d.kind)
        if d.dimension:
            kind += " · " + labels.dimensions().get(d.dimension, d.dimension)
        self.title.setText(
            f"<b>{kind}</b> — {_escape(d.text)}  <span style='color:#666'>(n = {d.answered})</span>"
        )
        item = self.plot.getPlotItem()
        for old in [i for i in item.items if isinstance(i, pg.BarGraphItem)]:
            item.removeItem(old)
        self.legend.clear()
        self.legend.setVisible(d.kind == "servqual")
        no_pen = pg.mkPen(None)
        if d.kind == "choice":
            names = list(d.options)
            xs = list(range(len(names)))
            heights = [d.options[n] for n in names]
            item.addItem(pg.BarGraphItem(x=xs, height=heights, width=0.6, brush=BLUE, pen=no_pen))
            item.getAxis("bottom").setTicks([[(x, _short(n)) for x, n in zip(xs, names, strict=True)]])
            top = max(heights or [0])
        elif d.kind == "servqual":
            xs = list(d.scores)
            expected = pg.BarGraphItem(
                x=[x - 0.2 for x in xs], height=[d.expectations.get(x, 0) for x in xs], width=0.38, brush=GREY,
                pen=no_pen,
            )
            perceived = pg.BarGraphItem(
                x=[x + 0.2 for x in xs], height=[d.scores[x] for x in xs], width=0.38, brush=BLUE, pen=no_pen
            )
            item.addItem(expected)
            item.addItem(perceived)
            self.legend.addItem(expected, self.tr("Expectation"))
            self.legend.addItem(perceived, self.tr("Perception"))
            item.getAxis("bottom").setTicks([[(x, str(x)) for x in xs]])
            top = max([*d.scores.values(), *d.expectations.values(), 0])
        else:
            xs = list(d.scores)
            heights = [d.scores[x] for x in xs]
            if d.kind == "nps":  # detractors red, passives grey, promoters green
                brushes = [GREEN if x >= 9 else GREY if x >= 7 else RED for x in xs]
            else:
                brushes = [BLUE for _ in xs]
            item.addItem(pg.BarGraphItem(x=xs, height=heights, width=0.65, brushes=brushes, pen=no_pen))
            item.getAxis("bottom").setTicks([[(x, str(x)) for x in xs]])
            top = max(heights or [0])
        item.setXRange(min(xs or [0]) - 0.6, max(xs or [0]) + 0.6, padding=0)
        item.setYRange(0, max(1, top) * (1.3 if d.kind == "servqual" else 1.1), padding=0)


class DistributionCharts(QWidget):
    """A bar chart per question. pyqtgraph is imported when the first chart is drawn; charts are kept
    for the next refresh, and missing ones are built one per turn of the event loop (each takes ~0.1 s),
    so that the window keeps responding while a long questionnaire is charted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = QWidget()
        self.grid = QGridLayout(self.host)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(12)
        self.grid.setRowStretch(1000, 1)  # charts stay at the top however few there are
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.host)
        self.empty = QLabel(self.tr("No answers to chart in this campaign or period."))
        self.empty.setStyleSheet("color: #666; padding: 16px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.boxes: list[_ChartBox] = []
        self.distributions: list[QuestionDistribution] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_next)
        self._next = 0

    @property
    def plots(self) -> list[object]:
        """The plot widgets showing the current distributions (fewer while charts are still being drawn)."""
        return [box.plot for box in self.boxes[: min(self._next, len(self.distributions))]]

    @property
    def building(self) -> bool:
        return self._next < len(self.distributions)

    def show_distributions(self, distributions: list[QuestionDistribution]) -> None:
        charted = [d for d in distributions if d.kind != "text" and (d.scores or d.options)]
        self.distributions = charted
        self.empty.setVisible(not any(d.answered for d in charted))
        for box in self.boxes[len(charted) :]:
            box.hide()
        self._next = 0
        self._draw_next()

    def _draw_next(self) -> None:
        """Draw (or first build) one chart, then let the event loop run before the next one."""
        if not self.building:
            return
        index = self._next
        if index < len(self.boxes):
            box = self.boxes[index]
        else:
            box = _ChartBox()
            self.boxes.append(box)
            self.grid.addWidget(box, index // 2, index % 2)
        box.show_distribution(self.distributions[index])
        box.show()
        self._next += 1
        if self.building:
            self._timer.start()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _short(text: str, limit: int = 8) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ResultsView(QWidget):
    """§4.1 metrics of a campaign or of a period, optionally of one community or building."""

    def __init__(
        self, db: Database, surveys: SurveyService, structure: StructureService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.surveys, self.structure = db, surveys, structure
        self.metrics: SatisfactionMetrics | None = None
        self._loading = False
        self._stale = True  # figures are computed when the view is shown, not while it is hidden
        self._charts_stale = True
        self._build()
        self.reload_choices()

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.by_campaign = QRadioButton(self.tr("Campaign"))
        self.by_period = QRadioButton(self.tr("Period"))
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.by_campaign)
        self.scope_group.addButton(self.by_period)
        self.by_campaign.setChecked(True)
        self.campaign = QComboBox()
        self.campaign.setMinimumWidth(260)
        self.start = DateEdit()
        self.end = DateEdit()
        self.start.setToolTip(self.tr("First day of the period"))
        self.end.setToolTip(self.tr("Last day of the period (included)"))
        self.preset = QComboBox()
        for code, text in (
            ("", self.tr("Choose…")),
            ("this_month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("this_quarter", self.tr("This quarter")),
            ("this_year", self.tr("This year")),
            ("last_12", self.tr("Last 12 months")),
        ):
            self.preset.addItem(text, code)
        self.community = QComboBox()
        self.building = QComboBox()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        first = QHBoxLayout()
        first.addWidget(self.by_campaign)
        first.addWidget(self.campaign, 2)
        first.addSpacing(16)
        first.addWidget(self.by_period)
        first.addWidget(self.start)
        first.addWidget(QLabel(self.tr("to")))
        first.addWidget(self.end)
        first.addWidget(self.preset)
        first.addSpacing(16)
        first.addWidget(QLabel(self.tr("Community")))
        first.addWidget(self.community, 1)
        first.addWidget(QLabel(self.tr("Building")))
        first.addWidget(self.building, 1)
        first.addWidget(self.refresh_button)

        self.scope_label = QLabel()
        self.scope_label.setStyleSheet("color: #555;")
        definitions = labels.definitions()
        self.responses_card = MetricCard(self.tr("Responses"), definitions["responses"])
        self.nps_card = MetricCard(self.tr("NPS (net promoter score)"), definitions["nps"])
        self.csat_card = MetricCard(self.tr("CSAT (satisfied, 4–5 of 5)"), definitions["csat"])
        self.index_card = MetricCard(self.tr("Satisfaction index C = b/a"), definitions["satisfaction_index"])
        cards = QHBoxLayout()
        for card in (self.responses_card, self.nps_card, self.csat_card, self.index_card):
            cards.addWidget(card, 1)

        dims = labels.dimensions()
        self.servqual = FigureTableModel(
            lambda: [self.tr("SERVQUAL dimension"), self.tr("Expectation"), self.tr("Perception"), self.tr("Gap"),
                     self.tr("C = b/a"), self.tr("Answers")],
            lambda: ["", definitions["expectation_mean"], definitions["perception_mean"], definitions["gap"],
                     definitions["ratio"], ""],
            lambda d: self._servqual_cells(d, dims),
            lambda d, column: SHORTFALL if column == 3 and self._gap(d) is not None and self._gap(d) < 0 else None,
            self,
        )
        self.servqual_view = self._table(self.servqual)
        self.servqual_view.setFixedHeight(5 * 24 + self.servqual_view.horizontalHeader().sizeHint().height() + 4)
        self.servqual_chart_host = QVBoxLayout()
        self.servqual_plot = None
        servqual_box = QGroupBox(self.tr("SERVQUAL: expectation (a), perception (b), gap and C = b/a"))
        servqual_layout = QVBoxLayout(servqual_box)
        servqual_layout.addWidget(self.servqual_view)
        servqual_layout.addLayout(self.servqual_chart_host, 1)

        self.breakdown = FigureTableModel(
            lambda: [self.tr("Community"), self.tr("Building"), self.tr("Responses"), self.tr("NPS"),
                     self.tr("Promoters"), self.tr("Passives"), self.tr("Detractors"), self.tr("Detractors %"),
                     self.tr("CSAT %"), self.tr("CSAT mean")],
            lambda: ["", "", definitions["responses"], definitions["nps"], definitions["promoters_pct"],
                     definitions["passives_pct"], definitions["detractors_pct"], definitions["detractors_pct"],
                     definitions["csat"], definitions["csat_mean"]],
            self._area_cells,
            self._area_colour,
            self,
        )
        self.breakdown_view = self._table(self.breakdown)
        self.per_building = QRadioButton(self.tr("By building"))
        self.per_community = QRadioButton(self.tr("By community"))
        self.per_building.setChecked(True)
        area_group = QButtonGroup(self)
        area_group.addButton(self.per_building)
        area_group.addButton(self.per_community)
        self.per_building.toggled.connect(lambda _c: self._refresh_breakdown())
        breakdown_box = QGroupBox(self.tr("NPS and CSAT by community and building: where the detractors live"))
        breakdown_layout = QVBoxLayout(breakdown_box)
        toggles = QHBoxLayout()
        toggles.addWidget(self.per_building)
        toggles.addWidget(self.per_community)
        toggles.addStretch()
        breakdown_layout.addLayout(toggles)
        breakdown_layout.addWidget(self.breakdown_view)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(servqual_box)
        lower.addWidget(breakdown_box)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        lower.setSizes([560, 700])
        metrics_page = QWidget()
        metrics_layout = QVBoxLayout(metrics_page)
        metrics_layout.addLayout(cards)
        metrics_layout.addWidget(lower, 1)

        self.charts = DistributionCharts()

        self.comments = RowListModel(
            lambda: [self.tr("When"), self.tr("Campaign"), self.tr("Unit"), self.tr("Respondent"), self.tr("Comment")],
            self._comment_cells,
            self,
        )
        self.comments_view = self._table(self.comments)
        self.comments_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.comments_count = QLabel()
        comments_page = QWidget()
        comments_layout = QVBoxLayout(comments_page)
        comments_layout.addWidget(self.comments_count)
        comments_layout.addWidget(self.comments_view, 1)

        self.pages = QTabWidget()
        self.pages.addTab(metrics_page, self.tr("Metrics"))
        self.pages.addTab(self.charts, self.tr("Answer distributions"))
        self.pages.addTab(comments_page, self.tr("Comments"))
        self.pages.currentChanged.connect(lambda _i: self._page_changed())

        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.pages, 1)

        self.by_campaign.toggled.connect(lambda _c: self._scope_changed())
        self.campaign.currentIndexChanged.connect(lambda _i: self._changed())
        self.start.dateChanged.connect(lambda _d: self._period_edited())
        self.end.dateChanged.connect(lambda _d: self._period_edited())
        self.preset.currentIndexChanged.connect(lambda _i: self._apply_preset())
        self.community.currentIndexChanged.connect(lambda _i: self._community_changed())
        self.building.currentIndexChanged.connect(lambda _i: self._changed())
        self._apply_preset("this_month")

    @staticmethod
    def _table(model: QAbstractTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setDefaultSectionSize(24)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    # --- choices ------------------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Campaigns and communities may have changed elsewhere."""
        self._loading = True
        current = self.campaign.currentData()
        self.campaign.clear()
        for row in self.surveys.list_surveys():
            status = labels.survey_statuses().get(row.status, row.status)
            self.campaign.addItem(f"{row.name}  ({status})", row.id)
        index = self.campaign.findData(current)
        self.campaign.setCurrentIndex(max(index, 0) if self.campaign.count() else -1)
        if not self.campaign.count() and self.by_campaign.isChecked():
            self.by_period.setChecked(True)
        community = self.community.currentData()
        self.community.clear()
        self.community.addItem(self.tr("All"), None)
        for c in self.structure.list_communities():
            self.community.addItem(c.name, c.id)
        self.community.setCurrentIndex(max(self.community.findData(community), 0))
        self._fill_buildings()
        self._loading = False
        self._scope_changed()

    def _fill_buildings(self) -> None:
        building = self.building.currentData()
        self.building.blockSignals(True)
        self.building.clear()
        self.building.addItem(self.tr("All"), None)
        community_id = self.community.currentData()
        if community_id is not None:
            for b in self.structure.list_buildings(community_id):
                self.building.addItem(b.name, b.id)
        self.building.setCurrentIndex(max(self.building.findData(building), 0))
        self.building.setEnabled(community_id is not None)
        self.building.blockSignals(False)

    def _community_changed(self) -> None:
        self._fill_buildings()
        self._changed()

    def _scope_changed(self) -> None:
        by_campaign = self.by_campaign.isChecked()
        self.campaign.setEnabled(by_campaign)
        for widget in (self.start, self.end, self.preset):
            widget.setEnabled(not by_campaign)
        self._changed()

    def _apply_preset(self, code: str | None = None) -> None:
        code = code or self.preset.currentData()
        if not code:
            return
        today = date.today()
        if code == "this_month":
            start, end = today.replace(day=1), today
        elif code == "last_month":
            end = today.replace(day=1) - timedelta(days=1)
            start = end.replace(day=1)
        elif code == "this_quarter":
            start, end = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
        elif code == "this_year":
            start, end = date(today.year, 1, 1), today
        else:
            start = date(today.year - 1, today.month, 1)
            end = today
        was_loading = self._loading
        self._loading = True  # one refresh for both dates, not one per date
        self.start.set_value(start)
        self.end.set_value(end)
        self._loading = was_loading
        if self.by_period.isChecked():
            self._changed()

    def _period_edited(self) -> None:
        if self._loading:
            return
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(0)
        self.preset.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        if not self._loading:
            self.refresh(force=False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def scope(self) -> tuple[datetime, datetime, int | None]:
        if self.by_campaign.isChecked():
            return (*ALL_TIME, self.campaign.currentData())
        start = datetime.combine(self.start.value(), datetime.min.time())
        end = datetime.combine(self.end.value() + timedelta(days=1), datetime.min.time())
        return start, end, None

    def show_campaign(self, survey_id: int) -> None:
        self.reload_choices()
        self._loading = True
        index = self.campaign.findData(survey_id)
        if index >= 0:
            self.by_campaign.setChecked(True)
            self.campaign.setCurrentIndex(index)
        self._loading = False
        self._scope_changed()

    # --- figures ------------------------------------------------------------------------------
    def refresh(self, force: bool = True) -> None:
        """Compute the figures of the chosen scope; while hidden (and not forced) only mark them stale."""
        if not force and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        start, end, survey_id = self.scope()
        if self.by_campaign.isChecked() and survey_id is None:
            self.scope_label.setText(self.tr("There are no campaigns yet."))
            start, end = ALL_TIME[1], ALL_TIME[1]  # an empty scope: every figure shows "—"
        else:
            self.scope_label.setText(self._scope_text())
        community_id, building_id = self.community.currentData(), self.building.currentData()
        self.metrics = satisfaction.satisfaction_metrics(self.db, start, end, survey_id, community_id, building_id)
        self._show_metrics(self.metrics)
        self._refresh_breakdown()
        self._charts_stale = True
        if self.pages.currentWidget() is self.charts:
            self.refresh_charts()
        comments = satisfaction.survey_comments(self.db, start, end, survey_id, community_id, building_id)
        self.comments.set_rows(comments.items)
        if comments.total > len(comments.items):
            text = self.tr("The newest %1 of %2 comments").replace("%1", str(len(comments.items)))
            self.comments_count.setText(text.replace("%2", str(comments.total)))
        else:
            self.comments_count.setText(self.tr("%1 comments").replace("%1", str(comments.total)))

    def refresh_charts(self) -> None:
        """The bar charts take a moment to build: only when their page is shown."""
        start, end, survey_id = self.scope()
        if self.by_campaign.isChecked() and survey_id is None:
            start, end = ALL_TIME[1], ALL_TIME[1]
        self._charts_stale = False
        self.charts.show_distributions(
            satisfaction.answer_distributions(
                self.db, start, end, survey_id, self.community.currentData(), self.building.currentData()
            )
        )

    def _page_changed(self) -> None:
        if self.pages.currentWidget() is self.charts and self._charts_stale:
            self.refresh_charts()

    def _scope_text(self) -> str:
        parts = []
        if self.by_campaign.isChecked():
            parts.append(self.tr("All responses of the campaign"))
        else:
            parts.append(
                self.tr("Responses from %1 to %2 (all campaigns)")
                .replace("%1", self.start.value().isoformat())
                .replace("%2", self.end.value().isoformat())
            )
        if self.building.currentData() is not None:
            parts.append(f"{self.community.currentText()} {self.building.currentText()}")
        elif self.community.currentData() is not None:
            parts.append(self.community.currentText())
        return " · ".join(parts)

    def _show_metrics(self, m: SatisfactionMetrics) -> None:
        self.responses_card.show_figure(str(m.responses))
        nps_colour = None if m.nps is None else RED if m.nps < 0 else GREEN if m.nps >= 30 else AMBER
        self.nps_card.show_figure(
            metric_text(m.nps),
            self.tr("Promoters %1 · Passives %2 · Detractors %3 (of %4 answers)")
            .replace("%1", metric_text(m.promoters_pct, "%"))
            .replace("%2", metric_text(m.passives_pct, "%"))
            .replace("%3", metric_text(m.detractors_pct, "%"))
            .replace("%4", str(m.nps_answers)),
            nps_colour,
        )
        self.csat_card.show_figure(
            metric_text(m.csat, "%"),
            self.tr("Mean %1 of 5 (%2 answers)").replace("%1", metric_text(m.csat_mean)).replace(
                "%2", str(m.csat_answers)
            ),
        )
        index_colour = None if m.satisfaction_index is None else (RED if m.satisfaction_index < 1 else GREEN)
        self.index_card.show_figure(
            metric_text(m.satisfaction_index),
            self.tr("Perception / expectation over all SERVQUAL answers; below 1.00 expectations are not met."),
            index_colour,
        )
        self.servqual.set_rows(list(DIMENSIONS))
        self._draw_servqual_chart(m)

    def _draw_servqual_chart(self, m: SatisfactionMetrics) -> None:
        """Expectation and perception side by side per dimension: the gaps at a glance."""
        import pyqtgraph as pg

        if self.servqual_plot is None:
            self.servqual_plot = pg.PlotWidget(background="w")
            self.servqual_plot.setMenuEnabled(False)
            self.servqual_plot.setMouseEnabled(x=False, y=False)
            self.servqual_plot.hideButtons()
            self.servqual_plot.setMinimumHeight(180)
            item = self.servqual_plot.getPlotItem()
            for axis in ("left", "bottom"):
                item.getAxis(axis).setPen(pg.mkPen("#888"))
                item.getAxis(axis).setTextPen(pg.mkPen("#333"))
            item.showGrid(y=True, alpha=0.2)
            self._servqual_legend = item.addLegend(offset=(-8, 4), labelTextColor="#333")
            dims = labels.dimensions()
            item.getAxis("bottom").setTicks([[(i, dims[d]) for i, d in enumerate(DIMENSIONS)]])
            item.setYRange(0, 7.9, padding=0)
            item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 8)]])
            self.servqual_chart_host.addWidget(self.servqual_plot)
        item = self.servqual_plot.getPlotItem()
        for old in list(item.items):
            if isinstance(old, pg.BarGraphItem):
                item.removeItem(old)
        self._servqual_legend.clear()
        xs = list(range(len(DIMENSIONS)))
        expected = [float(m.expectation_mean[d] or 0) for d in DIMENSIONS]
        perceived = [float(m.perception_mean[d] or 0) for d in DIMENSIONS]
        bars_a = pg.BarGraphItem(x=[x - 0.18 for x in xs], height=expected, width=0.34, brush=GREY, pen=pg.mkPen(None))
        bars_b = pg.BarGraphItem(x=[x + 0.18 for x in xs], height=perceived, width=0.34, brush=BLUE, pen=pg.mkPen(None))
        item.addItem(bars_a)
        item.addItem(bars_b)
        self._servqual_legend.addItem(bars_a, self.tr("Expectation (a)"))
        self._servqual_legend.addItem(bars_b, self.tr("Perception (b)"))

    def _gap(self, dimension: str) -> Decimal | None:
        return self.metrics.gap.get(dimension) if self.metrics else None

    def _servqual_cells(self, dimension: str, dims: dict[str, str]) -> list[object]:
        m = self.metrics
        if m is None:
            return [dims.get(dimension, dimension)] + [DASH] * 4 + [0]
        return [
            dims.get(dimension, dimension),
            metric_text(m.expectation_mean.get(dimension)),
            metric_text(m.perception_mean.get(dimension)),
            metric_text(m.gap.get(dimension)),
            metric_text(m.ratio.get(dimension)),
            m.perception_answers.get(dimension, 0),
        ]

    def _refresh_breakdown(self) -> None:
        start, end, survey_id = self.scope()
        if self.by_campaign.isChecked() and survey_id is None:
            self.breakdown.set_rows([])
            return
        by = "building" if self.per_building.isChecked() else "community"
        rows = satisfaction.satisfaction_breakdown(
            self.db, start, end, survey_id, by=by, community_id=self.community.currentData()
        )
        building_id = self.building.currentData()
        if building_id is not None and by == "building":
            rows = [r for r in rows if r.building_id == building_id]
        self.breakdown.set_rows(rows)
        self.breakdown_view.setColumnHidden(1, by == "community")

    def _area_cells(self, a: AreaSatisfaction) -> list[object]:
        no_unit = a.community_id is None
        return [
            self.tr("(no unit given)") if no_unit else a.community_name,
            a.building_name,
            a.responses,
            metric_text(a.nps),
            a.promoters,
            a.passives,
            a.detractors,
            metric_text(a.detractors_pct, "%"),
            metric_text(a.csat, "%"),
            metric_text(a.csat_mean),
        ]

    @staticmethod
    def _area_colour(a: AreaSatisfaction, column: int) -> QColor | None:
        if column in (3, 6, 7) and a.nps is not None and a.nps < 0:
            return SHORTFALL
        return None

    def _comment_cells(self, c: Comment) -> list[object]:
        when = c.responded_at.strftime("%Y-%m-%d %H:%M") if c.responded_at.hour or c.responded_at.minute else \
            c.responded_at.strftime("%Y-%m-%d")
        unit = f"{c.community_name} {c.unit_code}".strip()
        return [when, c.survey_name, unit, c.respondent or self.tr("(anonymous)"), c.text]

