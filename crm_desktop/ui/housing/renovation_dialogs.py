"""装修 dialogs: the renovation record, status changes, acceptance, inspections, deductions, the refund."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.housing import StaffOption
from crm_desktop.services.occupancy import OccupancyService
from crm_desktop.services.renovations import (
    AcceptanceInput,
    InspectionInput,
    RenovationDetail,
    RenovationInput,
    RenovationService,
)
from crm_desktop.services.structure import StructureService
from crm_desktop.ui import labels
from crm_desktop.ui.archives.pickers import UnitPicker
from crm_desktop.ui.housing import labels as housing_labels
from crm_desktop.ui.housing.common import FormDialog, MoneyEdit, money_text
from crm_desktop.ui.widgets import CodeComboBox, DateEdit, OptionalDateEdit


def _text_edit(height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _today_max(edit: DateEdit) -> DateEdit:
    today = date.today()
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    return edit


def _typed_amount(text: str) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


class RenovationDialog(FormDialog):
    """Create a renovation application or edit one; the permit number must be unique."""

    def __init__(
        self,
        service: RenovationService,
        structure: StructureService,
        occupancy: OccupancyService,
        detail: RenovationDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("New renovation")
            if detail is None
            else self.tr("Edit renovation %1").replace("%1", detail.permit_number)
        )
        super().__init__(title, parent, minimum_width=560)
        self._service, self._occupancy, self._detail = service, occupancy, detail
        self.renovation_id: int | None = detail.id if detail else None
        self.permit_number = QLineEdit()
        self.permit_number.setMaxLength(40)
        self.unit = UnitPicker(structure)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("— not in the archive —"), None)
        self.owner.currentIndexChanged.connect(self._owner_changed)
        self.applicant = QLineEdit()
        self.applicant.setMaxLength(100)
        self.contractor = QLineEdit()
        self.contractor.setMaxLength(200)
        self.contractor_phone = QLineEdit()
        self.contractor_phone.setMaxLength(30)
        self.scope = _text_edit(70)
        self.scope.setPlaceholderText(self.tr("e.g. kitchen and bathroom refit, new flooring, no structural changes"))
        self.applied_date = _today_max(DateEdit())
        self.planned_start = OptionalDateEdit()
        self.planned_end = OptionalDateEdit()
        self.deposit = MoneyEdit()
        self.notes = _text_edit(54)

        if detail is None:
            self.permit_number.setText(service.suggest_permit_number())
            self.unit.picked.connect(self._unit_picked)
            self.form.addRow(self.tr("Permit number *"), self.permit_number)
            self.form.addRow(self.tr("Unit *"), self.unit)
        else:
            self.form.addRow(self.tr("Permit number *"), self.permit_number)
            self.form.addRow(self.tr("Unit"), QLabel(f"{detail.community_name} {detail.unit_code}"))
            self._fill_owners(detail.unit_id, detail.customer_id, detail.customer_name)
            self._load(detail)
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.planned_start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.planned_end)
        row.addStretch()
        self.form.addRow(self.tr("Owner in the archive"), self.owner)
        self.form.addRow(self.tr("Applicant *"), self.applicant)
        self.form.addRow(self.tr("Contractor"), self.contractor)
        self.form.addRow(self.tr("Contractor phone"), self.contractor_phone)
        self.form.addRow(self.tr("Scope of work"), self.scope)
        self.form.addRow(self.tr("Application date"), self.applied_date)
        self.form.addRow(self.tr("Planned period"), dates)
        self.form.addRow(self.tr("Deposit received"), self.deposit)
        self.form.addRow(self.tr("Notes"), self.notes)
        self._fields = {
            "permit_number": self.permit_number,
            "unit": self.unit.search,
            "applicant": self.applicant,
            "contractor": self.contractor,
            "contractor_phone": self.contractor_phone,
            "applied_date": self.applied_date,
            "planned_start": self.planned_start,
            "planned_end": self.planned_end,
            "deposit_received": self.deposit,
        }

    def _load(self, detail: RenovationDetail) -> None:
        self.permit_number.setText(detail.permit_number)
        self.applicant.setText(detail.applicant)
        self.contractor.setText(detail.contractor)
        self.contractor_phone.setText(detail.contractor_phone)
        self.scope.setPlainText(detail.scope)
        self.applied_date.set_value(detail.applied_date)
        self.planned_start.set_value(detail.planned_start)
        self.planned_end.set_value(detail.planned_end)
        self.deposit.set_amount(detail.refund.received)
        self.notes.setPlainText(detail.notes)
        if detail.refund.refunded is not None:
            self.deposit.setReadOnly(True)
            self.deposit.setToolTip(self.tr("The deposit has been refunded; the amount received can no longer change."))

    def _fill_owners(self, unit_id: int, current_id: int | None = None, current_name: str = "") -> None:
        self.owner.blockSignals(True)
        while self.owner.count() > 1:
            self.owner.removeItem(1)
        occupants = self._occupancy.occupants(unit_id)
        for customer_id, name, role in occupants:
            self.owner.addItem(f"{name} ({labels.label(labels.occupancy_roles(), role)})", customer_id)
        if current_id is not None and self.owner.findData(current_id) < 0:
            self.owner.addItem(current_name, current_id)
        index = self.owner.findData(current_id) if current_id is not None else -1
        if index < 0 and current_id is None and self._detail is None:
            owners = [cid for cid, _n, role in occupants if role == "owner"]
            index = self.owner.findData(owners[0]) if len(owners) == 1 else 0
        self.owner.setCurrentIndex(max(index, 0))
        self.owner.blockSignals(False)
        self._owner_changed()

    def _unit_picked(self, unit_id: object) -> None:
        if isinstance(unit_id, int):
            self._fill_owners(unit_id)

    def _owner_changed(self, *_args: object) -> None:
        customer_id = self.owner.currentData()
        if customer_id is None or (self.applicant.text().strip() and self.applicant.isModified()):
            return
        name = self.owner.currentText().rsplit(" (", 1)[0]
        self.applicant.setText(name)

    def renovation_input(self) -> RenovationInput:
        unit_id = self._detail.unit_id if self._detail else self.unit.selected_id()
        if unit_id is None:
            raise ValidationError(self.tr("Pick the unit from the list"), field="unit")
        return RenovationInput(
            permit_number=self.permit_number.text(),
            unit_id=unit_id,
            applicant=self.applicant.text(),
            applied_date=self.applied_date.value(),
            customer_id=self.owner.currentData(),
            contractor=self.contractor.text(),
            contractor_phone=self.contractor_phone.text(),
            scope=self.scope.toPlainText(),
            planned_start=self.planned_start.value(),
            planned_end=self.planned_end.value(),
            deposit_received=self.deposit.amount_text(),
            notes=self.notes.toPlainText(),
        )

    def perform(self) -> None:
        data = self.renovation_input()
        if self._detail is None:
            self.renovation_id = self._service.create(data)
        else:
            self._service.update(self._detail.id, data, self._detail.version)


class StatusDialog(FormDialog):
    """Move a renovation on in its flow: approve, start, finish (actual end), back to work, reject, cancel."""

    def __init__(
        self, service: RenovationService, detail: RenovationDetail, target: str, parent: QWidget | None = None
    ) -> None:
        statuses = labels.renovation_statuses()
        action = (
            housing_labels.rework_action()
            if target == "in_progress" and detail.status == "awaiting_acceptance"
            else housing_labels.transition_actions().get(target, target)
        )
        super().__init__(f"{action.rstrip('…')} · {detail.permit_number}", parent, minimum_width=440)
        self._service, self._detail, self.target = service, detail, target
        self.save_button.setText(action.rstrip("…"))
        if target == "cancelled":  # "Cancel renovation" beside "Cancel" would invite the wrong click
            self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Do not cancel"))
        self.on = _today_max(DateEdit())
        self.reason = _text_edit(64)
        self.form.addRow(self.tr("Renovation"), QLabel(f"{detail.permit_number}  {detail.unit_code}"))
        self.form.addRow(
            self.tr("Status"),
            QLabel(f"{statuses.get(detail.status, detail.status)} → {statuses.get(target, target)}"),
        )
        date_label = self.tr("Work finished on") if target == "awaiting_acceptance" else self.tr("Date")
        self.form.addRow(date_label, self.on)
        needs_reason = target in ("rejected", "cancelled")
        self.form.addRow(self.tr("Reason *") if needs_reason else self.tr("Note"), self.reason)
        if target == "cancelled" and detail.refund.received > 0:
            hint = QLabel(self.tr("The deposit received stays due for refund; record the refund afterwards."))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            self.form.addRow("", hint)
        self._fields = {"on": self.on, "reason": self.reason}

    def perform(self) -> None:
        self._service.transition(
            self._detail.id, self.target, self._detail.version, self.on.value(), self.reason.toPlainText()
        )


class AcceptanceDialog(FormDialog):
    """验收: accept the work; deduct for damage found; the refund proposed is the deposit less deductions."""

    def __init__(self, service: RenovationService, detail: RenovationDetail, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Acceptance · %1").replace("%1", detail.permit_number), parent, minimum_width=480)
        self._service, self._detail = service, detail
        self.save_button.setText(self.tr("Accept"))
        refund = detail.refund
        self.accepted_on = _today_max(DateEdit())
        self.deduction = MoneyEdit()
        self.deduction_reason = QLineEdit()
        self.deduction_reason.setPlaceholderText(self.tr("e.g. damage to the corridor wall"))
        self.refund_now = QComboBox()
        self.refund_now.addItem(self.tr("Later"), False)
        self.refund_now.addItem(self.tr("Now"), True)
        self.refund_amount = MoneyEdit(refund.proposed)
        self.refund_date = _today_max(DateEdit())
        self.proposal = QLabel()
        self.form.addRow(self.tr("Deposit received"), QLabel(money_text(refund.received)))
        self.form.addRow(self.tr("Deductions so far"), QLabel(money_text(refund.deductions)))
        self.form.addRow(self.tr("Accepted on"), self.accepted_on)
        self.form.addRow(self.tr("Deduction at acceptance"), self.deduction)
        self.form.addRow(self.tr("Reason for it"), self.deduction_reason)
        self.form.addRow(self.tr("Proposed refund"), self.proposal)
        self.form.addRow(self.tr("Refund the deposit"), self.refund_now)
        self.form.addRow(self.tr("Refund amount"), self.refund_amount)
        self.form.addRow(self.tr("Refund date"), self.refund_date)
        self.deduction.textChanged.connect(self._update)
        self.refund_now.currentIndexChanged.connect(self._update)
        self._fields = {
            "accepted_on": self.accepted_on,
            "deduction_amount": self.deduction,
            "deduction_reason": self.deduction_reason,
            "refund_amount": self.refund_amount,
            "refund_date": self.refund_date,
        }
        self._update()

    def proposed_refund(self) -> Decimal:
        refund = self._detail.refund
        extra = _typed_amount(self.deduction.amount_text()) or Decimal("0")
        return max(Decimal("0.00"), refund.received - refund.deductions - extra)

    def _update(self, *_args: object) -> None:
        proposed = self.proposed_refund()
        self.proposal.setText(money_text(proposed))
        now = bool(self.refund_now.currentData())
        self.refund_amount.setEnabled(now)
        self.refund_date.setEnabled(now)
        if now:
            self.refund_amount.set_amount(proposed)

    def perform(self) -> None:
        now = bool(self.refund_now.currentData())
        self._service.accept(
            self._detail.id,
            self._detail.version,
            AcceptanceInput(
                accepted_on=self.accepted_on.value(),
                deduction_amount=self.deduction.amount_text() or None,
                deduction_reason=self.deduction_reason.text(),
                refund_amount=self.refund_amount.amount_text() if now else None,
                refund_date=self.refund_date.value() if now else None,
            ),
        )


class InspectionDialog(FormDialog):
    """巡查: time, inspector, result; a violation needs its type and a rectification due date."""

    def __init__(
        self,
        service: RenovationService,
        detail: RenovationDetail,
        staff: list[StaffOption],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Record an inspection · %1").replace("%1", detail.permit_number), parent, minimum_width=500
        )
        self._service, self._detail = service, detail
        self.inspection_id: int | None = None
        self.inspected_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.inspected_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.inspected_at.setCalendarPopup(True)
        self.inspector = QComboBox()
        self.inspector.setEditable(True)
        self.inspector.addItem("")
        for option in staff:
            self.inspector.addItem(option.name)
        self.inspector.setCurrentIndex(0)
        self.result = CodeComboBox(labels.inspection_results())
        self.violation_type = CodeComboBox(housing_labels.violation_types(), allow_empty=True)
        self.description = _text_edit(64)
        self.description.setPlaceholderText(self.tr("What was seen, where"))
        self.rectification_due = DateEdit(date.today() + timedelta(days=3))
        self.deduction = MoneyEdit()
        self.deduction_reason = QLineEdit()
        self.form.addRow(self.tr("Renovation"), QLabel(f"{detail.permit_number}  {detail.unit_code}"))
        self.form.addRow(self.tr("Inspected at"), self.inspected_at)
        self.form.addRow(self.tr("Inspector *"), self.inspector)
        self.form.addRow(self.tr("Result"), self.result)
        self.form.addRow(self.tr("Violation type"), self.violation_type)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Rectify by"), self.rectification_due)
        self.form.addRow(self.tr("Deduct from deposit"), self.deduction)
        self.form.addRow(self.tr("Reason for deduction"), self.deduction_reason)
        self.result.currentIndexChanged.connect(self._result_changed)
        self._fields = {
            "inspected_at": self.inspected_at,
            "inspector": self.inspector,
            "result": self.result,
            "violation_type": self.violation_type,
            "rectification_due": self.rectification_due,
            "deduction_amount": self.deduction,
            "deduction_reason": self.deduction_reason,
        }
        self._result_changed()

    def _result_changed(self, *_args: object) -> None:
        violation = self.result.code() == "violation"
        for widget in (self.violation_type, self.rectification_due, self.deduction, self.deduction_reason):
            widget.setEnabled(violation)

    def perform(self) -> None:
        violation = self.result.code() == "violation"
        when: datetime = self.inspected_at.dateTime().toPython()
        self.inspection_id = self._service.add_inspection(
            self._detail.id,
            InspectionInput(
                inspected_at=when.replace(second=0, microsecond=0),
                inspector=self.inspector.currentText(),
                result=self.result.code() or "ok",
                violation_type=self.violation_type.code() if violation else None,
                description=self.description.toPlainText(),
                rectification_due=self.rectification_due.value() if violation else None,
                deduction_amount=(self.deduction.amount_text() or None) if violation else None,
                deduction_reason=self.deduction_reason.text() if violation else "",
            ),
            self._detail.version,
        )


class DeductionDialog(FormDialog):
    """A deduction from the deposit (amount and reason), optionally tied to an inspection."""

    def __init__(self, service: RenovationService, detail: RenovationDetail, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Deduct from the deposit · %1").replace("%1", detail.permit_number), parent)
        self._service, self._detail = service, detail
        refund = detail.refund
        self.amount = MoneyEdit()
        self.reason = QLineEdit()
        self.inspection = QComboBox()
        self.inspection.addItem("—", None)
        for inspection in detail.inspections:
            if inspection.result == "violation":
                kind = labels.label(housing_labels.violation_types(), inspection.violation_type)
                self.inspection.addItem(f"{inspection.inspected_at:%Y-%m-%d %H:%M} · {kind}", inspection.id)
        self.form.addRow(self.tr("Deposit received"), QLabel(money_text(refund.received)))
        self.form.addRow(self.tr("Deductions so far"), QLabel(money_text(refund.deductions)))
        self.form.addRow(self.tr("Amount *"), self.amount)
        self.form.addRow(self.tr("Reason *"), self.reason)
        self.form.addRow(self.tr("For the violation of"), self.inspection)
        self._fields = {"deduction_amount": self.amount, "deduction_reason": self.reason}

    def perform(self) -> None:
        self._service.add_deduction(
            self._detail.id,
            self.amount.amount_text(),
            self.reason.text(),
            self._detail.version,
            self.inspection.currentData(),
        )


class RefundDialog(FormDialog):
    """The deposit paid back: proposed as received less deductions, never more than received."""

    def __init__(self, service: RenovationService, detail: RenovationDetail, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Refund the deposit · %1").replace("%1", detail.permit_number), parent)
        self._service, self._detail = service, detail
        refund = detail.refund
        self.amount = MoneyEdit(refund.proposed)
        self.on = _today_max(DateEdit())
        self.form.addRow(self.tr("Deposit received"), QLabel(money_text(refund.received)))
        self.form.addRow(self.tr("Deductions"), QLabel(money_text(refund.deductions)))
        self.form.addRow(self.tr("Proposed refund"), QLabel(money_text(refund.proposed)))
        self.form.addRow(self.tr("Refund amount *"), self.amount)
        self.form.addRow(self.tr("Refund date"), self.on)
        self._fields = {"refund_amount": self.amount, "refund_date": self.on}

    def perform(self) -> None:
        self._service.record_refund(self._detail.id, self.amount.amount_text(), self.on.value(), self._detail.version)
