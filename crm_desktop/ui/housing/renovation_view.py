"""装修 renovations: overviews that need attention, the list, and one renovation with its inspections."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models.database import Database
from crm_desktop.services.errors import DomainError
from crm_desktop.services.housing import HousingService
from crm_desktop.services.occupancy import OccupancyService
from crm_desktop.services.principal import Principal
from crm_desktop.services.renovations import (
    InspectionRow,
    RenovationDetail,
    RenovationFilter,
    RenovationService,
)
from crm_desktop.services.structure import StructureService
from crm_desktop.ui import labels
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.housing import labels as housing_labels
from crm_desktop.ui.housing.common import WARNING, UnitHistoryView, day_text, make_table, money_text, time_text
from crm_desktop.ui.housing.models import RenovationTableModel
from crm_desktop.ui.housing.move_in_dialogs import DateDialog
from crm_desktop.ui.housing.printing import save_pdf
from crm_desktop.ui.housing.renovation_dialogs import (
    AcceptanceDialog,
    DeductionDialog,
    InspectionDialog,
    RefundDialog,
    RenovationDialog,
    StatusDialog,
)
from crm_desktop.ui.list_model import RowListModel

SEARCH_DELAY_MS = 150
TRANSITION_ORDER = ("approved", "in_progress", "awaiting_acceptance", "accepted", "rejected", "cancelled")


class RenovationDetailView(QWidget):
    """One renovation: the permit, the next steps its status allows, deposit, inspections, deductions, unit history.

    Signals:
        transition_requested(str): the clerk pressed the button for moving to that status.
    """

    transition_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: RenovationDetail | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.title.setWordWrap(True)
        self.empty = QLabel(self.tr("Select a renovation to see it here."))
        self.empty.setStyleSheet("color: #777;")

        self.transition_buttons: dict[str, QPushButton] = {}
        self.steps = QHBoxLayout()
        self.steps_label = QLabel(self.tr("Next step:"))
        self.steps.addWidget(self.steps_label)
        for target in TRANSITION_ORDER:
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, t=target: self.transition_requested.emit(t))
            self.transition_buttons[target] = button
            self.steps.addWidget(button)
        self.steps.addStretch()

        self.facts_box = QWidget()
        facts = QHBoxLayout(self.facts_box)
        facts.setContentsMargins(0, 0, 0, 0)
        self._values: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form, items in (
            (
                left,
                (
                    ("applicant", self.tr("Applicant")),
                    ("contractor", self.tr("Contractor")),
                    ("phone", self.tr("Contractor phone")),
                    ("applied", self.tr("Applied on")),
                    ("planned", self.tr("Planned")),
                    ("actual_end", self.tr("Work finished")),
                ),
            ),
            (
                right,
                (
                    ("deposit", self.tr("Deposit received")),
                    ("deductions", self.tr("Deductions")),
                    ("proposed", self.tr("Proposed refund")),
                    ("refunded", self.tr("Refunded")),
                    ("violations", self.tr("Open violations")),
                ),
            ),
        ):
            form.setHorizontalSpacing(12)
            for key, text in items:
                value = QLabel()
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._values[key] = value
                form.addRow(text, value)
        facts.addLayout(left, 1)
        facts.addSpacing(24)
        facts.addLayout(right, 0)
        self.scope = QLabel()
        self.scope.setWordWrap(True)
        self.scope.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scope.setMaximumHeight(60)

        # Inspections
        self.inspections = RowListModel(
            lambda: [
                self.tr("Time"),
                self.tr("Inspector"),
                self.tr("Result"),
                self.tr("Violation"),
                self.tr("Rectify by"),
                self.tr("Rectified"),
                self.tr("Deducted"),
                self.tr("Description"),
            ],
            self._inspection_cells,
            self,
            foreground=lambda i: WARNING if i.is_open_violation else None,
        )
        self.inspection_view = make_table(self.inspections, (120, 70, 95, 135, 85, 85, 70))
        self.inspect_button = QPushButton(self.tr("Record inspection…"))
        self.rectified_button = QPushButton(self.tr("Violation rectified…"))
        self.print_record_button = QPushButton(self.tr("Print inspection record…"))
        inspections_page = QWidget()
        inspections_layout = QVBoxLayout(inspections_page)
        inspections_layout.addWidget(self.inspection_view)
        row = QHBoxLayout()
        for button in (self.inspect_button, self.rectified_button, self.print_record_button):
            row.addWidget(button)
        row.addStretch()
        inspections_layout.addLayout(row)

        # Deductions
        self.deductions = RowListModel(
            lambda: [self.tr("Recorded"), self.tr("Amount"), self.tr("Reason")],
            lambda d: [day_text(d.recorded_on), money_text(d.amount), d.reason],
            self,
        )
        self.deduction_view = make_table(self.deductions, (95, 90))
        self.deduct_button = QPushButton(self.tr("Add deduction…"))
        self.remove_deduction_button = QPushButton(self.tr("Remove deduction"))
        self.refund_button = QPushButton(self.tr("Refund deposit…"))
        deductions_page = QWidget()
        deductions_layout = QVBoxLayout(deductions_page)
        deductions_layout.addWidget(self.deduction_view)
        row = QHBoxLayout()
        for button in (self.deduct_button, self.remove_deduction_button, self.refund_button):
            row.addWidget(button)
        row.addStretch()
        deductions_layout.addLayout(row)

        self.history = UnitHistoryView()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pages = QTabWidget()
        self.pages.addTab(inspections_page, self.tr("Inspections"))
        self.pages.addTab(deductions_page, self.tr("Deposit and deductions"))
        self.pages.addTab(self.history, self.tr("Unit history"))
        self.pages.addTab(self.notes, self.tr("Notes"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addLayout(self.steps)
        layout.addWidget(self.facts_box)
        layout.addWidget(self.scope)
        layout.addWidget(self.pages, 1)
        self.inspection_view.selectionModel().currentRowChanged.connect(lambda *_a: self.update_buttons())
        self.deduction_view.selectionModel().currentRowChanged.connect(lambda *_a: self.update_buttons())
        self.may_edit = True
        self.show_renovation(None, [])

    def _inspection_cells(self, i: InspectionRow) -> list[object]:
        return [
            time_text(i.inspected_at),
            i.inspector,
            labels.label(labels.inspection_results(), i.result),
            labels.label(housing_labels.violation_types(), i.violation_type) if i.violation_type else "",
            day_text(i.rectification_due) if i.rectification_due else "",
            day_text(i.rectified_date) if i.rectified_date else "",
            money_text(i.deducted) if i.deducted else "",
            " ".join(i.description.split()),
        ]

    def show_renovation(self, detail: RenovationDetail | None, history: list) -> None:
        self.detail = detail
        self.empty.setVisible(detail is None)
        for widget in (self.title, self.facts_box, self.scope, self.steps_label):
            widget.setVisible(detail is not None)
        self.history.set_entries(history)
        if detail is None:
            for button in self.transition_buttons.values():
                button.hide()
            self.inspections.set_rows([])
            self.deductions.set_rows([])
            self.notes.setText("")
            self.update_buttons()
            return
        status = labels.label(labels.renovation_statuses(), detail.status)
        self.title.setText(f"{detail.permit_number}  ·  {detail.community_name} {detail.unit_code}  ·  {status}")
        actions = housing_labels.transition_actions()
        for target, button in self.transition_buttons.items():
            rework = target == "in_progress" and detail.status == "awaiting_acceptance"
            button.setText(housing_labels.rework_action() if rework else actions[target])
            button.setVisible(target in detail.allowed)
        if not detail.allowed:
            self.steps_label.setText(self.tr("Finished: the status no longer changes."))
        else:
            self.steps_label.setText(self.tr("Next step:"))
        refund = detail.refund
        planned = f"{day_text(detail.planned_start)} – {day_text(detail.planned_end)}"
        if detail.past_planned_end:
            planned += "  " + self.tr("(past the planned end)")
        refunded = "—"
        if refund.refunded is not None:
            refunded = (
                self.tr("%1 on %2")
                .replace("%1", money_text(refund.refunded))
                .replace("%2", day_text(refund.refund_date))
            )
        applicant = detail.applicant
        if detail.customer_name and detail.customer_name != detail.applicant:
            applicant += f" ({detail.customer_name})"
        values = {
            "applicant": applicant,
            "contractor": detail.contractor or "—",
            "phone": detail.contractor_phone or "—",
            "applied": day_text(detail.applied_date),
            "planned": planned,
            "actual_end": day_text(detail.actual_end),
            "deposit": money_text(refund.received),
            "deductions": money_text(refund.deductions),
            "proposed": money_text(refund.proposed),
            "refunded": refunded,
            "violations": str(detail.open_violations),
        }
        for key, value in values.items():
            self._values[key].setText(value)
        self._values["planned"].setStyleSheet("color: #b00020;" if detail.past_planned_end else "")
        self._values["violations"].setStyleSheet("color: #b00020;" if detail.open_violations else "")
        self.scope.setText(self.tr("Scope: %1").replace("%1", detail.scope or "—"))
        self.inspections.set_rows(list(detail.inspections))
        self.deductions.set_rows(list(detail.deductions))
        self.notes.setText(detail.notes or "—")
        self.update_buttons()

    def selected_inspection(self) -> InspectionRow | None:
        index = self.inspection_view.currentIndex()
        return self.inspections.row_at(index.row()) if index.isValid() else None

    def selected_deduction(self):
        index = self.deduction_view.currentIndex()
        return self.deductions.row_at(index.row()) if index.isValid() else None

    def update_buttons(self) -> None:
        d = self.detail
        edit = self.may_edit and d is not None
        working = edit and d.status in ("approved", "in_progress", "awaiting_acceptance")
        not_refunded = edit and d.refund.refunded is None
        inspection = self.selected_inspection()
        self.inspect_button.setEnabled(working)
        self.rectified_button.setEnabled(edit and inspection is not None and inspection.is_open_violation)
        self.print_record_button.setEnabled(inspection is not None)
        self.deduct_button.setEnabled(not_refunded and d.refund.received > 0)
        self.remove_deduction_button.setEnabled(not_refunded and self.selected_deduction() is not None)
        self.refund_button.setEnabled(
            not_refunded and d.status in ("accepted", "rejected", "cancelled") and d.refund.received > 0
        )
        for button in self.transition_buttons.values():
            button.setEnabled(edit)


class RenovationsView(QWidget):
    """Overviews with counts, the filtered list, and the selected renovation with its actions.

    Signals:
        changed: a renovation, inspection, deduction or refund was saved.
    """

    changed = Signal()

    def __init__(
        self, db: Database, principal: Principal, housing: HousingService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = RenovationService(db, principal)
        self.structure = StructureService(db, principal)
        self.occupancy = OccupancyService(db, principal)
        self.housing = housing
        self.may_edit = principal.may_edit
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.overview_buttons: dict[str, QPushButton] = {}
        overview = QHBoxLayout()
        for view in ("in_progress", "past_planned_end", "open_violations", "not_refunded"):
            button = QPushButton()
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, v=view: self.set_view(v))
            self.overview_buttons[view] = button
            overview.addWidget(button)
        overview.addSpacing(16)
        self.view = QComboBox()
        for code, text in housing_labels.renovation_views().items():
            self.view.addItem(text, code)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for code, text in labels.renovation_statuses().items():
            self.status.addItem(text, code)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search permit number, unit, applicant, contractor"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.view.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.count = QLabel()
        overview.addWidget(QLabel(self.tr("Show")))
        overview.addWidget(self.view)
        overview.addWidget(self.status)
        overview.addWidget(self.search, 1)
        overview.addWidget(self.count)

        self.new_button = QPushButton(self.tr("New renovation…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.print_permit_button = QPushButton(self.tr("Print permit…"))
        self.new_button.clicked.connect(self.new_renovation)
        self.edit_button.clicked.connect(self.edit_renovation)
        self.print_permit_button.clicked.connect(lambda: self.print_permit())
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.print_permit_button):
            actions.addWidget(button)
        actions.addStretch()

        self.model = RenovationTableModel(self.service, self)
        self.table = make_table(self.model, (130, 180, 70, 170, 90, 85, 85, 80, 80, 80), sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_renovation())
        self.detail = RenovationDetailView()
        self.detail.may_edit = self.may_edit
        self.detail.transition_requested.connect(self.change_status)
        self.detail.inspect_button.clicked.connect(self.record_inspection)
        self.detail.rectified_button.clicked.connect(self.record_rectification)
        self.detail.print_record_button.clicked.connect(lambda: self.print_inspection_record())
        self.detail.deduct_button.clicked.connect(self.add_deduction)
        self.detail.remove_deduction_button.clicked.connect(self.remove_deduction)
        self.detail.refund_button.clicked.connect(self.refund)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 640])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(overview)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        self.new_button.setEnabled(self.may_edit)

    # --- list ---------------------------------------------------------------------------------
    def set_view(self, view: str) -> None:
        self.status.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.status.blockSignals(False)
        index = self.view.findData(view)
        if index >= 0 and index != self.view.currentIndex():
            self.view.setCurrentIndex(index)
        else:
            self.apply_filter()

    def current_filter(self) -> RenovationFilter:
        return RenovationFilter(
            view=self.view.currentData() or "all", status=self.status.currentData(), query=self.search.text()
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self._reload(self.selected_id())

    def refresh(self, select_id: int | None = None) -> None:
        overview = self.service.overview()
        texts = {
            "in_progress": self.tr("In progress: %1"),
            "past_planned_end": self.tr("Past planned end: %1"),
            "open_violations": self.tr("Open violations: %1"),
            "not_refunded": self.tr("Deposits not refunded: %1"),
        }
        for view, button in self.overview_buttons.items():
            count = getattr(overview, view)
            button.setText(texts[view].replace("%1", str(count)))
            attention = view != "in_progress" and count > 0
            button.setStyleSheet("color: #b00020; font-weight: bold;" if attention else "")
        self.overview_buttons["not_refunded"].setToolTip(
            self.tr("Accepted, rejected or cancelled renovations whose deposit is still held")
        )
        self.overview_buttons["past_planned_end"].setToolTip(
            self.tr("Approved or in progress although the planned end has passed")
        )
        self._reload(select_id if select_id is not None else self.selected_id())

    def _reload(self, select_id: int | None) -> None:
        self.model.set_filter(self.current_filter())
        self.count.setText(self.tr("%1 renovations").replace("%1", str(self.model.rowCount())))
        if select_id is not None and self.model.row_of(select_id) is not None:
            self.select(select_id)
        else:
            self._show_detail(None)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def select(self, renovation_id: int) -> None:
        row = self.model.row_of(renovation_id)
        if row is None:
            self._show_detail(None)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._show_detail(renovation_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.model.row_id(current.row()) if current.isValid() else None)

    def _show_detail(self, renovation_id: int | None) -> None:
        try:
            if renovation_id is None:
                self.detail.show_renovation(None, [])
            else:
                detail = self.service.get(renovation_id)
                self.detail.show_renovation(detail, self.housing.unit_history(detail.unit_id))
        except DomainError as exc:
            show_error(self, exc)
            self.detail.show_renovation(None, [])
        has = self.detail.detail is not None
        self.edit_button.setEnabled(self.may_edit and has)
        self.print_permit_button.setEnabled(
            has and self.detail.detail.status in ("approved", "in_progress", "awaiting_acceptance", "accepted")
        )

    def _after_edit(self, renovation_id: int | None) -> None:
        """Show the renovation just changed, even when the change moved it out of the list shown."""
        self.refresh(renovation_id)
        if renovation_id is not None and self.model.row_of(renovation_id) is None:
            for combo in (self.view, self.status):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)  # "All", "Any status"
                combo.blockSignals(False)
            self.refresh(renovation_id)
        self.changed.emit()

    # --- actions ------------------------------------------------------------------------------
    def _run(self, dialog: QWidget) -> bool:
        return bool(dialog.exec())

    def renovation_dialog(self, detail: RenovationDetail | None = None) -> RenovationDialog:
        return RenovationDialog(self.service, self.structure, self.occupancy, detail, self)

    def new_renovation(self) -> None:
        if not self.may_edit:
            return
        dialog = self.renovation_dialog()
        if self._run(dialog):
            self._after_edit(dialog.renovation_id)

    def edit_renovation(self) -> None:
        detail = self.detail.detail
        if detail is None or not self.may_edit:
            return
        if self._run(self.renovation_dialog(detail)):
            self._after_edit(detail.id)

    def status_dialog(self, target: str) -> QWidget | None:
        detail = self.detail.detail
        if detail is None or not self.may_edit:
            return None
        if target == "accepted":
            return AcceptanceDialog(self.service, detail, self)
        return StatusDialog(self.service, detail, target, self)

    def change_status(self, target: str) -> None:
        dialog = self.status_dialog(target)
        if dialog is not None and self._run(dialog):
            self._after_edit(self.detail.detail.id)

    def inspection_dialog(self) -> InspectionDialog | None:
        detail = self.detail.detail
        if detail is None or not self.may_edit:
            return None
        return InspectionDialog(self.service, detail, self.housing.list_staff(), self)

    def record_inspection(self) -> None:
        dialog = self.inspection_dialog()
        if dialog is not None and self._run(dialog):
            self._after_edit(self.detail.detail.id)

    def record_rectification(self) -> None:
        detail, inspection = self.detail.detail, self.detail.selected_inspection()
        if detail is None or inspection is None:
            return
        dialog = DateDialog(
            self.tr("Violation rectified"),
            self.tr("Rectified on"),
            lambda day: self.service.record_rectification(inspection.id, day, detail.version),
            self,
        )
        if self._run(dialog):
            self._after_edit(detail.id)

    def add_deduction(self) -> None:
        detail = self.detail.detail
        if detail is not None and self._run(DeductionDialog(self.service, detail, self)):
            self._after_edit(detail.id)

    def remove_deduction(self) -> None:
        detail, deduction = self.detail.detail, self.detail.selected_deduction()
        if detail is None or deduction is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove deduction"),
            self.tr("Remove the deduction of %1 (%2)?")
            .replace("%1", money_text(deduction.amount))
            .replace("%2", deduction.reason),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.remove_deduction(deduction.id, detail.version)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._after_edit(detail.id)

    def refund(self) -> None:
        detail = self.detail.detail
        if detail is not None and self._run(RefundDialog(self.service, detail, self)):
            self._after_edit(detail.id)

    # --- printing -----------------------------------------------------------------------------
    def _print(
        self, title: str, file_name: str, build: Callable[[Path], Path], path: str | None, ask_to_open: bool
    ) -> None:
        save_pdf(self, title, file_name, build, path, ask_to_open)

    def print_permit(self, path: str | None = None, ask_to_open: bool = True) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        service, renovation_id = self.service, detail.id
        self._print(
            self.tr("Save renovation permit"),
            f"施工许可证-{detail.permit_number}.pdf",
            lambda target: _permit_pdf(service, renovation_id, target),
            path,
            ask_to_open,
        )

    def print_inspection_record(self, path: str | None = None, ask_to_open: bool = True) -> None:
        detail, inspection = self.detail.detail, self.detail.selected_inspection()
        if detail is None or inspection is None:
            return
        service, inspection_id = self.service, inspection.id
        self._print(
            self.tr("Save inspection record"),
            f"装修巡查记录-{detail.permit_number}-{inspection.inspected_at:%Y%m%d}.pdf",
            lambda target: _inspection_record_pdf(service, inspection_id, target),
            path,
            ask_to_open,
        )


# reportlab is imported when a document is printed, off the GUI thread: at the program's start it cost a tenth
# of a second for a button most sessions never press (BENCHMARKS.md, cold start).
def _permit_pdf(service: RenovationService, renovation_id: int, target: Path) -> Path:
    from crm_desktop.reports.permit import build_permit_pdf

    return build_permit_pdf(service.permit_document(renovation_id), target)


def _inspection_record_pdf(service: RenovationService, inspection_id: int, target: Path) -> Path:
    from crm_desktop.reports.inspection_record import build_inspection_record_pdf

    return build_inspection_record_pdf(service.inspection_document(inspection_id), target)
