"""入伙 handovers: what is coming up or overdue, defects still open, and the handover itself."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models.database import Database
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.errors import DomainError
from crm_desktop.services.housing import HousingService
from crm_desktop.services.move_ins import DefectRow, MoveInDetail, MoveInFilter, MoveInService
from crm_desktop.services.principal import Principal
from crm_desktop.services.structure import StructureService
from crm_desktop.ui import labels
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.housing import labels as housing_labels
from crm_desktop.ui.housing.common import WARNING, UnitHistoryView, day_text, make_table
from crm_desktop.ui.housing.models import MoveInTableModel
from crm_desktop.ui.housing.move_in_dialogs import (
    AddDefectDialog,
    CancelMoveInDialog,
    DateDialog,
    HandoverDialog,
    ScheduleMoveInDialog,
)
from crm_desktop.ui.list_model import RowListModel

SEARCH_DELAY_MS = 150


class MoveInDetailView(QWidget):
    """One handover: booking, what was handed over, defects with their rectification, the unit's history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: MoveInDetail | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.title.setWordWrap(True)
        self.empty = QLabel(self.tr("Select a handover to see it here."))
        self.empty.setStyleSheet("color: #777;")
        self.facts = QFormLayout()
        self.facts.setHorizontalSpacing(16)
        self._values: dict[str, QLabel] = {}
        for key, text in (
            ("customer", self.tr("Customer")),
            ("scheduled", self.tr("Booked for")),
            ("handover", self.tr("Handed over")),
            ("documents", self.tr("Documents")),
            ("keys", self.tr("Keys")),
            ("meters", self.tr("Meter readings")),
            ("staff", self.tr("Staff")),
            ("notes", self.tr("Notes")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            self.facts.addRow(text, value)
        self.facts_box = QWidget()
        self.facts_box.setLayout(self.facts)

        self.defects = RowListModel(
            lambda: [self.tr("Defect"), self.tr("Status"), self.tr("Rectified on")],
            lambda d: [
                d.description,
                labels.label(housing_labels.defect_statuses(), d.status),
                day_text(d.rectified_date) if d.rectified_date else "",
            ],
            self,
            foreground=lambda d: WARNING if d.status == "open" else None,
        )
        self.defect_view = make_table(self.defects, (260, 80))
        self.defect_view.setMinimumHeight(90)
        self.add_defect_button = QPushButton(self.tr("Add defect…"))
        self.rectify_button = QPushButton(self.tr("Mark rectified…"))
        defect_buttons = QHBoxLayout()
        defect_buttons.addWidget(self.add_defect_button)
        defect_buttons.addWidget(self.rectify_button)
        defect_buttons.addStretch()
        defects_box = QGroupBox(self.tr("Defects found at handover"))
        defects_layout = QVBoxLayout(defects_box)
        defects_layout.addWidget(self.defect_view)
        defects_layout.addLayout(defect_buttons)

        self.history = UnitHistoryView()
        history_box = QGroupBox(self.tr("Unit history"))
        QVBoxLayout(history_box).addWidget(self.history)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addWidget(self.facts_box)
        layout.addWidget(defects_box, 2)
        layout.addWidget(history_box, 3)
        self.defect_view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.show_move_in(None, [])

    def show_move_in(self, detail: MoveInDetail | None, history: list) -> None:
        self.detail = detail
        self.empty.setVisible(detail is None)
        self.title.setVisible(detail is not None)
        self.facts_box.setVisible(detail is not None)
        self.history.set_entries(history)
        if detail is None:
            self.defects.set_rows([])
            self._update_buttons()
            return
        status = labels.label(labels.move_in_statuses(), detail.status)
        self.title.setText(f"{detail.community_name} {detail.unit_code}  ·  {status}")
        meters = []
        for text, value, unit in (
            (self.tr("water"), detail.water_reading, "m³"),
            (self.tr("electricity"), detail.electricity_reading, "kWh"),
            (self.tr("gas"), detail.gas_reading, "m³"),
        ):
            if value is not None:
                meters.append(f"{text} {value} {unit}")
        done = detail.status == "completed"
        values = {
            "customer": f"{detail.customer_name} ({labels.label(labels.occupancy_roles(), detail.role)})",
            "scheduled": day_text(detail.scheduled_date),
            "handover": day_text(detail.handover_date),
            "documents": (self.tr("checked") if detail.documents_checked else self.tr("not checked yet")),
            "keys": str(detail.keys_handed) if done else "—",
            "meters": ", ".join(meters) or "—",
            "staff": detail.staff_name or "—",
            "notes": detail.notes or "—",
        }
        for key, value in values.items():
            self._values[key].setText(value)
        self.defects.set_rows(list(detail.defects))
        self._update_buttons()

    def selected_defect(self) -> DefectRow | None:
        index = self.defect_view.currentIndex()
        return self.defects.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        completed = self.detail is not None and self.detail.status == "completed"
        self.add_defect_button.setEnabled(completed)
        defect = self.selected_defect()
        self.rectify_button.setEnabled(completed and defect is not None and defect.status == "open")


class MoveInsView(QWidget):
    """The list of handovers with its overview counts, actions and the selected handover's detail.

    Signals:
        changed: a handover was booked, completed, cancelled or its defects changed.
    """

    changed = Signal()

    def __init__(
        self, db: Database, principal: Principal, housing: HousingService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = MoveInService(db, principal)
        self.structure = StructureService(db, principal)
        self.customers = CustomerService(db, principal)
        self.housing = housing
        self.may_edit = principal.may_edit
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.upcoming_button = QPushButton()
        self.overdue_button = QPushButton()
        self.defects_button = QPushButton()
        self.upcoming_button.clicked.connect(lambda: self.set_view("upcoming"))
        self.overdue_button.clicked.connect(lambda: self.set_view("overdue"))
        self.defects_button.clicked.connect(lambda: self.set_view("open_defects"))
        for button in (self.upcoming_button, self.overdue_button, self.defects_button):
            button.setFlat(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view = QComboBox()
        for code, text in housing_labels.move_in_views().items():
            self.view.addItem(text, code)
        self.view.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search unit, customer name or pinyin"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.count = QLabel()

        overview = QHBoxLayout()
        for button in (self.upcoming_button, self.overdue_button, self.defects_button):
            overview.addWidget(button)
        overview.addSpacing(16)
        overview.addWidget(QLabel(self.tr("Show")))
        overview.addWidget(self.view)
        overview.addWidget(self.search, 1)
        overview.addWidget(self.count)

        self.schedule_button = QPushButton(self.tr("Schedule handover…"))
        self.edit_button = QPushButton(self.tr("Change booking…"))
        self.complete_button = QPushButton(self.tr("Complete handover…"))
        self.cancel_button = QPushButton(self.tr("Cancel handover…"))
        self.schedule_button.clicked.connect(self.schedule)
        self.edit_button.clicked.connect(self.edit_booking)
        self.complete_button.clicked.connect(self.complete)
        self.cancel_button.clicked.connect(self.cancel)
        actions = QHBoxLayout()
        for button in (self.schedule_button, self.edit_button, self.complete_button, self.cancel_button):
            actions.addWidget(button)
        actions.addStretch()

        self.model = MoveInTableModel(self.service, self)
        self.table = make_table(self.model, (125, 185, 75, 60, 80, 90, 70), sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self._double_clicked())
        self.detail = MoveInDetailView()
        self.detail.add_defect_button.clicked.connect(self.add_defect)
        self.detail.rectify_button.clicked.connect(self.rectify_defect)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 560])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(overview)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        self.schedule_button.setEnabled(self.may_edit)

    # --- list ---------------------------------------------------------------------------------
    def set_view(self, view: str) -> None:
        index = self.view.findData(view)
        if index >= 0:
            self.view.setCurrentIndex(index)

    def current_filter(self) -> MoveInFilter:
        return MoveInFilter(view=self.view.currentData() or "scheduled", query=self.search.text())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        selected = self.selected_id()
        self.model.set_filter(self.current_filter())
        self._show_count()
        if selected is not None and self.model.row_of(selected) is not None:
            self.select(selected)
        else:
            self._show_detail(None)

    def refresh(self, select_id: int | None = None) -> None:
        """Re-read counts, list and detail (after an edit here or elsewhere)."""
        counts = self.service.counts()
        self.upcoming_button.setText(self.tr("Upcoming: %1").replace("%1", str(counts.upcoming)))
        self.overdue_button.setText(self.tr("Overdue: %1").replace("%1", str(counts.overdue)))
        self.defects_button.setText(self.tr("Unrectified defects: %1").replace("%1", str(counts.open_defects)))
        self.overdue_button.setStyleSheet("color: #b00020; font-weight: bold;" if counts.overdue else "")
        self.defects_button.setStyleSheet("color: #b00020;" if counts.open_defects else "")
        selected = select_id if select_id is not None else self.selected_id()
        self.model.set_filter(self.current_filter())
        self._show_count()
        if selected is not None and self.model.row_of(selected) is not None:
            self.select(selected)
        else:
            self._show_detail(None)

    def _show_count(self) -> None:
        self.count.setText(self.tr("%1 handovers").replace("%1", str(self.model.rowCount())))

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def select(self, move_in_id: int) -> None:
        row = self.model.row_of(move_in_id)
        if row is None:
            self._show_detail(None)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._show_detail(move_in_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.model.row_id(current.row()) if current.isValid() else None)

    def _show_detail(self, move_in_id: int | None) -> None:
        try:
            if move_in_id is None:
                self.detail.show_move_in(None, [])
            else:
                detail = self.service.get(move_in_id)
                self.detail.show_move_in(detail, self.housing.unit_history(detail.unit_id))
        except DomainError as exc:
            show_error(self, exc)
            self.detail.show_move_in(None, [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        detail = self.detail.detail
        scheduled = self.may_edit and detail is not None and detail.status == "scheduled"
        for button in (self.edit_button, self.complete_button, self.cancel_button):
            button.setEnabled(scheduled)
        if not self.may_edit:
            self.detail.add_defect_button.setEnabled(False)
            self.detail.rectify_button.setEnabled(False)

    def _double_clicked(self) -> None:
        detail = self.detail.detail
        if detail is not None and detail.status == "scheduled":
            self.complete()

    def _after_edit(self, move_in_id: int | None) -> None:
        """Show the handover just changed, even when the change moved it out of the list shown."""
        self.refresh(move_in_id)
        if move_in_id is not None and self.model.row_of(move_in_id) is None:
            self.view.blockSignals(True)
            self.view.setCurrentIndex(self.view.findData("all"))
            self.view.blockSignals(False)
            self.refresh(move_in_id)
        self.changed.emit()

    # --- actions ------------------------------------------------------------------------------
    def schedule_dialog(self) -> ScheduleMoveInDialog:
        return ScheduleMoveInDialog(self.service, self.structure, self.customers, self.housing.list_staff(), None, self)

    def schedule(self) -> None:
        if not self.may_edit:
            return
        dialog = self.schedule_dialog()
        if dialog.exec():
            self._after_edit(dialog.move_in_id)

    def edit_booking(self) -> None:
        detail = self.detail.detail
        if detail is None or not self.may_edit:
            return
        dialog = ScheduleMoveInDialog(
            self.service, self.structure, self.customers, self.housing.list_staff(), detail, self
        )
        if dialog.exec():
            self._after_edit(detail.id)

    def handover_dialog(self) -> HandoverDialog | None:
        detail = self.detail.detail
        if detail is None or detail.status != "scheduled" or not self.may_edit:
            return None
        return HandoverDialog(self.service, detail, self.housing.list_staff(), self)

    def complete(self) -> None:
        dialog = self.handover_dialog()
        if dialog is not None and dialog.exec():
            self._after_edit(dialog._detail.id)

    def cancel(self) -> None:
        detail = self.detail.detail
        if detail is None or detail.status != "scheduled" or not self.may_edit:
            return
        if CancelMoveInDialog(self.service, detail, self).exec():
            self._after_edit(detail.id)

    def add_defect(self) -> None:
        detail = self.detail.detail
        if detail is not None and AddDefectDialog(self.service, detail, self).exec():
            self._after_edit(detail.id)

    def rectify_defect(self) -> None:
        detail, defect = self.detail.detail, self.detail.selected_defect()
        if detail is None or defect is None:
            return
        dialog = DateDialog(
            self.tr("Defect rectified"),
            self.tr("Rectified on"),
            lambda day: self.service.rectify_defect(defect.id, day),
            self,
        )
        if dialog.exec():
            self._after_edit(detail.id)
