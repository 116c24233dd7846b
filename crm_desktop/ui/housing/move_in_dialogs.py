"""入伙 dialogs: book a handover, complete it (documents, keys, meters, defects), cancel, defects."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customers import CustomerService
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.housing import StaffOption
from crm_desktop.services.move_ins import DefectInput, HandoverInput, MoveInDetail, MoveInService
from crm_desktop.services.structure import StructureService
from crm_desktop.ui import labels
from crm_desktop.ui.archives.pickers import CustomerPicker, UnitPicker
from crm_desktop.ui.housing.common import FormDialog, MoneyEdit
from crm_desktop.ui.widgets import CodeComboBox, DateEdit


def staff_combo(staff: list[StaffOption], current: int | None = None) -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", None)
    for option in staff:
        combo.addItem(f"{option.name}  ({option.department})" if option.department else option.name, option.id)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


def notes_edit(height: int = 54) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class ScheduleMoveInDialog(FormDialog):
    """Book a handover; with `detail` it changes an existing booking (date, role, staff, notes)."""

    def __init__(
        self,
        service: MoveInService,
        structure: StructureService,
        customers: CustomerService,
        staff: list[StaffOption],
        detail: MoveInDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Schedule a handover") if detail is None else self.tr("Change handover booking")
        super().__init__(title, parent, minimum_width=520)
        self._service, self._detail = service, detail
        self.move_in_id: int | None = detail.id if detail else None
        self.unit = UnitPicker(structure)
        self.customer = CustomerPicker(customers)
        self.role = CodeComboBox(labels.occupancy_roles())
        self.scheduled = DateEdit()
        self.staff = staff_combo(staff, detail.staff_id if detail else None)
        self.notes = notes_edit()
        self.notes.setPlaceholderText(self.tr("e.g. bring ID card and purchase contract"))
        if detail is None:
            self.form.addRow(self.tr("Unit *"), self.unit)
            self.form.addRow(self.tr("Customer *"), self.customer)
            hint = QLabel(self.tr("Add the customer in the customer archives first if they are not there yet."))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            self.form.addRow("", hint)
        else:
            self.form.addRow(self.tr("Unit"), QLabel(f"{detail.community_name} {detail.unit_code}"))
            self.form.addRow(self.tr("Customer"), QLabel(detail.customer_name))
            self.role.set_code(detail.role)
            self.scheduled.set_value(detail.scheduled_date)
            self.notes.setPlainText(detail.notes)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Handover booked for"), self.scheduled)
        self.form.addRow(self.tr("Staff"), self.staff)
        self.form.addRow(self.tr("Notes"), self.notes)
        self._fields = {"unit": self.unit.search, "customer": self.customer.search, "scheduled_date": self.scheduled}

    def perform(self) -> None:
        role = self.role.code() or "owner"
        if self._detail is not None:
            self._service.reschedule(
                self._detail.id,
                self._detail.version,
                self.scheduled.value(),
                role,
                self.staff.currentData(),
                self.notes.toPlainText(),
            )
            return
        unit_id, customer_id = self.unit.selected_id(), self.customer.selected_id()
        if unit_id is None:
            raise ValidationError(self.tr("Pick the unit from the list"), field="unit")
        if customer_id is None:
            raise ValidationError(self.tr("Pick the customer from the list"), field="customer")
        self.move_in_id = self._service.schedule(
            unit_id, customer_id, self.scheduled.value(), role, self.staff.currentData(), self.notes.toPlainText()
        )


class HandoverDialog(FormDialog):
    """Complete a handover: what was checked and handed over, meter readings, defects found.

    Saving also starts the customer's occupancy of the unit, in the same transaction."""

    def __init__(
        self, service: MoveInService, detail: MoveInDetail, staff: list[StaffOption], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Complete handover: %1 → %2").replace("%1", detail.unit_code).replace("%2", detail.customer_name),
            parent,
            minimum_width=560,
        )
        self._service, self._detail = service, detail
        self.save_button.setText(self.tr("Complete handover"))
        self.handover_date = DateEdit()  # completed on the day the keys change hands
        today = date.today()
        self.handover_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.documents = QCheckBox(self.tr("ID card and purchase or lease contract checked"))
        self.documents.setChecked(False)
        self.keys = QSpinBox()
        self.keys.setRange(0, 50)
        self.keys.setValue(2)
        self.keys.setMaximumWidth(90)
        self.water = MoneyEdit()
        self.electricity = MoneyEdit()
        self.gas = MoneyEdit()
        self.gas.setPlaceholderText(self.tr("none"))
        self.staff = staff_combo(staff, detail.staff_id)
        self.notes = notes_edit()

        meters = {}
        for key, edit, unit in (
            ("water", self.water, "m³"),
            ("electricity", self.electricity, "kWh"),
            ("gas", self.gas, "m³"),
        ):
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(QLabel(unit))
            row.addStretch()
            meters[key] = row

        self.defect_text = QLineEdit()
        self.defect_text.setPlaceholderText(self.tr("e.g. crack in the living-room wall"))
        self.defect_text.returnPressed.connect(self.add_defect)
        self.add_defect_button = QPushButton(self.tr("Add defect"))
        self.add_defect_button.setAutoDefault(False)
        self.add_defect_button.clicked.connect(self.add_defect)
        self.remove_defect_button = QPushButton(self.tr("Remove"))
        self.remove_defect_button.setAutoDefault(False)
        self.remove_defect_button.clicked.connect(self.remove_defect)
        self.defects = QListWidget()
        self.defects.setFixedHeight(96)
        defect_row = QHBoxLayout()
        defect_row.addWidget(self.defect_text, 1)
        defect_row.addWidget(self.add_defect_button)
        defect_row.addWidget(self.remove_defect_button)
        defects_box = QGroupBox(self.tr("Defects found at handover"))
        defects_layout = QVBoxLayout(defects_box)
        defects_layout.addLayout(defect_row)
        defects_layout.addWidget(self.defects)
        tick = QLabel(self.tr("Tick a defect that was put right on the spot; the others stay open for follow-up."))
        tick.setWordWrap(True)
        tick.setStyleSheet("color: #555;")
        defects_layout.addWidget(tick)

        scheduled = QLabel(detail.scheduled_date.isoformat())
        self.form.addRow(self.tr("Booked for"), scheduled)
        self.form.addRow(self.tr("Handover date"), self.handover_date)
        self.form.addRow(self.tr("Documents"), self.documents)
        self.form.addRow(self.tr("Keys handed over"), self.keys)
        self.form.addRow(self.tr("Water meter"), meters["water"])
        self.form.addRow(self.tr("Electricity meter"), meters["electricity"])
        self.form.addRow(self.tr("Gas meter"), meters["gas"])
        self.form.addRow(self.tr("Staff"), self.staff)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.layout_.insertWidget(1, defects_box)
        self._fields = {
            "handover_date": self.handover_date,
            "documents_checked": self.documents,
            "keys_handed": self.keys,
            "water_reading": self.water,
            "electricity_reading": self.electricity,
            "gas_reading": self.gas,
            "defects": self.defect_text,
        }

    def add_defect(self, text: str | None = None) -> None:
        description = (text if isinstance(text, str) else self.defect_text.text()).strip()
        if not description:
            return
        item = QListWidgetItem(description)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.defects.addItem(item)
        self.defect_text.clear()

    def remove_defect(self) -> None:
        row = self.defects.currentRow()
        if row >= 0:
            self.defects.takeItem(row)

    def handover_input(self) -> HandoverInput:
        day = self.handover_date.value()
        defects = []
        for row in range(self.defects.count()):
            item = self.defects.item(row)
            fixed = item.checkState() == Qt.CheckState.Checked
            defects.append(DefectInput(item.text(), day if fixed else None))
        if self.defect_text.text().strip():  # typed but "Add" not pressed: the clerk meant it
            defects.append(DefectInput(self.defect_text.text()))
        return HandoverInput(
            handover_date=day,
            documents_checked=self.documents.isChecked(),
            keys_handed=self.keys.value(),
            water_reading=self.water.amount_text(),
            electricity_reading=self.electricity.amount_text(),
            gas_reading=self.gas.amount_text(),
            staff_id=self.staff.currentData(),
            notes=self.notes.toPlainText(),
            defects=defects,
        )

    def perform(self) -> None:
        self.occupancy_id = self._service.complete(self._detail.id, self.handover_input(), self._detail.version)


class CancelMoveInDialog(FormDialog):
    def __init__(self, service: MoveInService, detail: MoveInDetail, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cancel handover of %1").replace("%1", detail.unit_code), parent)
        self._service, self._detail = service, detail
        self.save_button.setText(self.tr("Cancel handover"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Keep it"))
        self.reason = notes_edit()
        self.form.addRow(self.tr("Customer"), QLabel(detail.customer_name))
        self.form.addRow(self.tr("Booked for"), QLabel(detail.scheduled_date.isoformat()))
        self.form.addRow(self.tr("Reason *"), self.reason)
        self._fields = {"reason": self.reason}

    def perform(self) -> None:
        self._service.cancel(self._detail.id, self._detail.version, self.reason.toPlainText())


class AddDefectDialog(FormDialog):
    """A defect reported after the handover joins the same follow-up list."""

    def __init__(self, service: MoveInService, detail: MoveInDetail, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a defect: %1").replace("%1", detail.unit_code), parent)
        self._service, self._detail = service, detail
        self.description = QLineEdit()
        self.form.addRow(self.tr("Defect *"), self.description)
        self._fields = {"description": self.description}

    def perform(self) -> None:
        self._service.add_defect(self._detail.id, self.description.text())


class DateDialog(FormDialog):
    """Ask for one date (a defect or violation rectified) and run `action(date)`."""

    def __init__(self, title: str, prompt: str, action, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, minimum_width=380)
        self._action = action
        self.day = DateEdit()
        self.form.addRow(prompt, self.day)
        self._fields = {"rectified_date": self.day}

    def perform(self) -> None:
        self._action(self.day.value())
