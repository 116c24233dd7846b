"""Create or edit a customer, with validation shown next to the form and a duplicate warning."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customers import (
    CustomerDetail,
    CustomerInput,
    CustomerService,
    DuplicateCustomerWarning,
    parse_tags,
)
from crm_desktop.services.errors import ConflictError, DomainError, ValidationError
from crm_desktop.ui import labels
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.widgets import CodeComboBox, MessageLine, OptionalDateEdit


class CustomerDialog(QDialog):
    def __init__(self, service: CustomerService, detail: CustomerDetail | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._detail = detail
        self._id_revealed = False
        self.customer_id: int | None = detail.id if detail else None
        self.setWindowTitle(self.tr("Edit customer") if detail else self.tr("New customer"))
        self._build()
        if detail:
            self._load(detail)
        self.name.setFocus()

    def _build(self) -> None:
        self.name = QLineEdit()
        self.customer_type = CodeComboBox(labels.customer_types())
        self.gender = CodeComboBox(labels.genders(), allow_empty=True)
        self.mobile = QLineEdit()
        self.mobile.setPlaceholderText("13812345678")
        self.phone2 = QLineEdit()
        self.id_type = CodeComboBox(labels.id_types())
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("18 digits for a resident ID card"))
        # Showing a stored ID number in clear is an explicit, audit-logged action (SPEC §3.1).
        self.reveal_id_button = QPushButton(self.tr("Show"))
        self.reveal_id_button.setToolTip(self.tr("Show the ID number in clear; this is recorded in the audit log"))
        self.reveal_id_button.clicked.connect(self.reveal_id_number)
        self.reveal_id_button.hide()
        self.birthday = OptionalDateEdit()
        self.email = QLineEdit()
        self.wechat = QLineEdit()
        self.preferred_channel = CodeComboBox(labels.contact_channels(), allow_empty=True)
        self.emergency_contact = QLineEdit()
        self.emergency_phone = QLineEdit()
        self.special_needs = QPlainTextEdit()
        self.special_needs.setPlaceholderText(self.tr("e.g. elderly living alone, wheelchair user"))
        self.preferences = QPlainTextEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. VIP, committee member"))
        self.notes = QPlainTextEdit()
        for edit in (self.special_needs, self.preferences, self.notes):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(60)
        for widget in (self.name, self.mobile, self.id_number, self.email, self.wechat):
            widget.setMinimumWidth(260)
        for widget in (self.emergency_contact, self.emergency_phone, self.special_needs, self.preferences,
                       self.tags, self.notes):
            widget.setMinimumWidth(300)

        basic = QGroupBox(self.tr("Basic information"))
        form = QFormLayout(basic)
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Customer type"), self.customer_type)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Mobile"), self.mobile)
        form.addRow(self.tr("Second phone"), self.phone2)
        form.addRow(self.tr("ID type"), self.id_type)
        id_row = QHBoxLayout()
        id_row.setContentsMargins(0, 0, 0, 0)
        id_row.addWidget(self.id_number, 1)
        id_row.addWidget(self.reveal_id_button)
        form.addRow(self.tr("ID number"), id_row)
        form.addRow(self.tr("Birthday"), self.birthday)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("WeChat"), self.wechat)
        form.addRow(self.tr("Preferred contact"), self.preferred_channel)

        care = QGroupBox(self.tr("Care and contact"))
        care_form = QFormLayout(care)
        care_form.addRow(self.tr("Emergency contact"), self.emergency_contact)
        care_form.addRow(self.tr("Emergency phone"), self.emergency_phone)
        care_form.addRow(self.tr("Special needs"), self.special_needs)
        care_form.addRow(self.tr("Preferences"), self.preferences)
        care_form.addRow(self.tr("Tags"), self.tags)
        care_form.addRow(self.tr("Notes"), self.notes)

        grid = QGridLayout()
        grid.addWidget(basic, 0, 0)
        grid.addWidget(care, 0, 1)
        self.message = MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fields: dict[str, QWidget] = {
            "name": self.name, "customer_type": self.customer_type, "gender": self.gender,
            "mobile": self.mobile, "phone2": self.phone2, "id_type": self.id_type,
            "id_number": self.id_number, "birthday": self.birthday, "email": self.email,
            "emergency_phone": self.emergency_phone,
        }

    def _load(self, detail: CustomerDetail) -> None:
        d = detail.data
        self.name.setText(d.name)
        self.customer_type.set_code(d.customer_type)
        self.gender.set_code(d.gender)
        self.mobile.setText(d.mobile if d.mobile or not detail.mobile_display else "")
        if not d.mobile and detail.mobile_display:  # the role may not see phones: read-only masked
            self.mobile.setText(detail.mobile_display)
            self.mobile.setReadOnly(True)
        self.phone2.setText(d.phone2)
        self.id_type.set_code(d.id_type)
        if detail.id_number_masked:
            # The stored number stays unless the clerk types a new one.
            self.id_number.setPlaceholderText(detail.id_number_display + "  " + self.tr("(type to replace)"))
            self.reveal_id_button.setVisible(self._service.principal.may_reveal_id_numbers)
        else:
            self.id_number.setText(d.id_number or "")
        self.birthday.set_value(d.birthday)
        self.email.setText(d.email)
        self.wechat.setText(d.wechat)
        self.preferred_channel.set_code(d.preferred_channel)
        self.emergency_contact.setText(d.emergency_contact)
        self.emergency_phone.setText(d.emergency_phone)
        self.special_needs.setPlainText(d.special_needs)
        self.preferences.setPlainText(d.preferences)
        self.tags.setText(", ".join(d.tags))
        self.notes.setPlainText(d.notes)

    def input(self) -> CustomerInput:
        id_text = self.id_number.text()
        keep_stored_id = (
            self._detail is not None
            and self._detail.id_number_masked
            and not self._id_revealed  # once shown, an emptied field removes the number
            and not id_text.strip()
        )
        return CustomerInput(
            name=self.name.text(),
            customer_type=self.customer_type.code() or "owner",
            gender=self.gender.code(),
            mobile="" if self.mobile.isReadOnly() else self.mobile.text(),
            phone2=self.phone2.text(),
            id_type=self.id_type.code() or "resident_id",
            id_number=None if keep_stored_id else id_text,
            birthday=self.birthday.value(),
            email=self.email.text(),
            wechat=self.wechat.text(),
            emergency_contact=self.emergency_contact.text(),
            emergency_phone=self.emergency_phone.text(),
            preferred_channel=self.preferred_channel.code(),
            special_needs=self.special_needs.toPlainText(),
            preferences=self.preferences.toPlainText(),
            tags=parse_tags(self.tags.text()),
            notes=self.notes.toPlainText(),
        )

    def reveal_id_number(self) -> None:
        if self._detail is None:
            return
        try:
            number = self._service.reveal_id_number(self._detail.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._id_revealed = True
        if not self.id_number.text().strip():  # keep what the user already typed over it
            self.id_number.setText(number)
        self.reveal_id_button.setEnabled(False)

    def save(self, confirm_duplicates: bool = False) -> None:
        data = self.input()
        try:
            if self._detail is None:
                self.customer_id = self._service.create(data, confirm_duplicates=confirm_duplicates)
            else:
                self._service.update(self._detail.id, data, self._detail.version, confirm_duplicates)
        except DuplicateCustomerWarning as warning:
            names = "\n".join(
                f"• {hit.name} (#{hit.customer_id}): "
                + (self.tr("same ID number") if hit.reason == "id_number" else self.tr("same mobile"))
                for hit in warning.hits
            )
            answer = QMessageBox.question(
                self,
                self.tr("Possible duplicate"),
                self.tr("This customer may already be in the archive:") + "\n" + names + "\n\n"
                + self.tr("Save anyway?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.save(confirm_duplicates=True)
            return
        except ValidationError as exc:
            self.message.show_message(message_of(exc))
            widget = self._fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        except ConflictError as exc:
            # Keep the clerk's edits in the form; they decide what to do.
            self.message.show_message(message_of(exc))
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()
