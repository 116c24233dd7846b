"""Changing one's own password; forced after an administrator set it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models.database import Database
from crm_desktop.services.auth import PASSWORD_MIN_LENGTH, UserService
from crm_desktop.services.errors import DomainError, ValidationError
from crm_desktop.services.principal import Principal
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.widgets import MessageLine


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    edit.setMinimumWidth(240)
    return edit


class ChangePasswordDialog(QDialog):
    """Current password, new password twice. With `forced`, Cancel means not using the program now."""

    def __init__(self, db: Database, principal: Principal, forced: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = UserService(db, principal)
        self.setWindowTitle(self.tr("Change password"))
        intro = QLabel(
            self.tr("An administrator set your password. Choose your own before you continue.")
            if forced
            else self.tr("Choose a new password for %1.").replace("%1", principal.username)
        )
        intro.setWordWrap(True)
        rule = QLabel(self.tr("At least %1 characters.").replace("%1", str(PASSWORD_MIN_LENGTH)))
        rule.setStyleSheet("color: #555;")
        self.old_password = password_edit()
        self.new_password = password_edit()
        self.repeat_password = password_edit()
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.old_password)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("New password again"), self.repeat_password)
        self.message = MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change password"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit") if forced else self.tr("Cancel"))
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)
        self.old_password.setFocus()

    def change(self) -> None:
        if self.new_password.text() != self.repeat_password.text():
            self.message.show_message(self.tr("The two new passwords are not the same."))
            self.repeat_password.clear()
            self.repeat_password.setFocus()
            return
        try:
            self._service.change_password(self.old_password.text(), self.new_password.text())
        except ValidationError as exc:
            self.message.show_message(message_of(exc))
            self.adjustSize()
            widget = {"old_password": self.old_password, "new_password": self.new_password}.get(exc.field or "")
            if widget is not None:
                widget.selectAll()
                widget.setFocus()
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()
