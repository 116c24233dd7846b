"""入伙 move in, 过户 transfer of ownership, 迁出 move out, and logging an interaction."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customers import CustomerService, OccupancyRow
from crm_desktop.services.errors import DomainError, ValidationError
from crm_desktop.services.occupancy import OccupancyService
from crm_desktop.services.structure import StructureService
from crm_desktop.services.timeline import TimelineService
from crm_desktop.ui import labels
from crm_desktop.ui.archives.pickers import CustomerPicker, UnitPicker
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.widgets import CodeComboBox, DateEdit, MessageLine


class _ActionDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.message = MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def perform(self) -> None:
        raise NotImplementedError

    def _save(self) -> None:
        try:
            self.perform()
        except ValidationError as exc:
            self.message.show_message(message_of(exc))
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()


class MoveInDialog(_ActionDialog):
    """入伙: the customer starts living in (or owning) a unit."""

    def __init__(
        self, occupancy: OccupancyService, structure: StructureService, customer_id: int, customer_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Move in: %1").replace("%1", customer_name), parent)
        self._occupancy, self._customer_id = occupancy, customer_id
        self.unit = UnitPicker(structure)
        self.role = CodeComboBox(labels.occupancy_roles())
        self.start = DateEdit()
        self.form.addRow(self.tr("Unit *"), self.unit)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Move-in date"), self.start)

    def perform(self) -> None:
        unit_id = self.unit.selected_id()
        if unit_id is None:
            raise ValidationError(self.tr("Pick the unit from the list"), field="unit")
        self._occupancy.move_in(self._customer_id, unit_id, self.role.code() or "owner", self.start.value())


class TransferDialog(_ActionDialog):
    """过户: ownership of the unit passes to another customer on one date, in one transaction."""

    def __init__(
        self, occupancy: OccupancyService, customers: CustomerService, current: OccupancyRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Transfer ownership of %1").replace("%1", current.unit_code), parent)
        self._occupancy, self._current = occupancy, current
        owners = ", ".join(name for _id, name, role in occupancy.occupants(current.unit_id) if role == "owner")
        self.new_owner = CustomerPicker(customers)
        self.on = DateEdit()
        self.reason = CodeComboBox(labels.churn_reasons())
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(54)
        self.note.setTabChangesFocus(True)
        self.form.addRow(self.tr("Current owner(s)"), QLabel(owners or "—"))
        self.form.addRow(self.tr("New owner *"), self.new_owner)
        self.form.addRow(self.tr("Transfer date"), self.on)
        self.form.addRow(self.tr("Reason the old owner left"), self.reason)
        self.form.addRow(self.tr("Note"), self.note)
        hint = QLabel(self.tr("Add the new owner as a customer first if they are not in the archive."))
        hint.setWordWrap(True)
        self.form.addRow("", hint)

    def perform(self) -> None:
        new_owner = self.new_owner.selected_id()
        if new_owner is None:
            raise ValidationError(self.tr("Pick the new owner from the list"), field="customer")
        self._occupancy.transfer(
            self._current.unit_id, new_owner, self.on.value(), self.reason.code() or "natural",
            self.note.toPlainText(),
        )


class MoveOutDialog(_ActionDialog):
    """迁出 with the churn reason used by the retention report."""

    def __init__(self, occupancy: OccupancyService, current: OccupancyRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Move out of %1").replace("%1", current.unit_code), parent)
        self._occupancy, self._current = occupancy, current
        self.end = DateEdit()
        self.reason = CodeComboBox(labels.churn_reasons())
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(54)
        self.note.setTabChangesFocus(True)
        self.form.addRow(self.tr("Move-out date"), self.end)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Note"), self.note)

    def perform(self) -> None:
        self._occupancy.move_out(
            self._current.id, self.end.value(), self.reason.code() or "other", self.note.toPlainText()
        )


class InteractionDialog(_ActionDialog):
    """沟通/关怀记录: a call, visit, care visit, greeting or notice."""

    def __init__(
        self, timeline: TimelineService, customer_id: int, customer_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Log contact with %1").replace("%1", customer_name), parent)
        self._timeline, self._customer_id = timeline, customer_id
        self.kind = CodeComboBox(labels.interaction_kinds())
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.channel = CodeComboBox(labels.contact_channels(), allow_empty=True)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("When"), self.when)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Summary *"), self.summary)

    def perform(self) -> None:
        when: datetime = self.when.dateTime().toPython()
        self._timeline.add_interaction(
            self._customer_id, self.kind.code() or "call", when, self.summary.toPlainText(), self.channel.code()
        )
