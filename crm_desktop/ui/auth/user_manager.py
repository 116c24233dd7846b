"""User management for administrators: list, add, change role, deactivate, reset password."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models.database import Database
from crm_desktop.services.auth import PASSWORD_MIN_LENGTH, UserRow, UserService
from crm_desktop.services.errors import DomainError, ValidationError
from crm_desktop.services.principal import ROLES, Principal
from crm_desktop.ui import labels
from crm_desktop.ui.auth.password_dialog import password_edit
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.widgets import CodeComboBox, MessageLine

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("username", "display_name", "role", "status", "last_login")


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


class UserTableModel(QAbstractTableModel):
    """The office's accounts: a handful of rows, loaded whole."""

    def __init__(self, service: UserService, parent: object = None) -> None:
        super().__init__(parent)
        self._service = service
        self._rows: list[UserRow] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._service.list_users()
        self.endResetModel()

    def user(self, row: int) -> UserRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, username: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.username == username), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "username": self.tr("User name"),
            "display_name": self.tr("Full name"),
            "role": self.tr("Role"),
            "status": self.tr("Status"),
            "last_login": self.tr("Last login"),
        }
        return titles[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def _status(self, user: UserRow) -> str:
        if not user.active:
            return self.tr("Deactivated")
        if user.locked_until and user.locked_until > datetime.now():
            return self.tr("Locked until %1").replace("%1", user.locked_until.strftime("%H:%M"))
        if user.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        user = self.user(index.row()) if index.isValid() else None
        if user is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "username": user.username,
                "display_name": user.display_name,
                "role": labels.label(labels.roles(), user.role),
                "status": self._status(user),
                "last_login": _when(user.last_login_at),
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.UserRole:
            return user.id
        return None


class NewPasswordDialog(QDialog):
    """A password typed twice, for a new account or a reset."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None, with_account: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.username = QLineEdit()
        self.username.setMaxLength(80)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(100)
        self.role = CodeComboBox(labels.roles())
        self.role.set_code("clerk")
        self.password = password_edit()
        self.repeat_password = password_edit()
        form = QFormLayout()
        if with_account:
            form.addRow(self.tr("User name"), self.username)
            form.addRow(self.tr("Full name"), self.display_name)
            form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat_password)
        explanation = QLabel(intro)
        explanation.setWordWrap(True)
        rule = QLabel(
            self.tr("At least %1 characters. The user must choose a new password at the next login.").replace(
                "%1", str(PASSWORD_MIN_LENGTH)
            )
        )
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #555;")
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.username if with_account else self.password).setFocus()

    def passwords_match(self) -> bool:
        if self.password.text() != self.repeat_password.text():
            self.message.show_message(self.tr("The two passwords are not the same."))
            self.repeat_password.clear()
            self.repeat_password.setFocus()
            return False
        return True

    def show_problem(self, exc: ValidationError) -> None:
        self.message.show_message(message_of(exc))
        widget = {"username": self.username, "role": self.role, "password": self.password}.get(exc.field or "")
        if widget is not None:
            widget.setFocus()


class UserManagerDialog(QDialog):
    """Administrators only: the menu entry is not shown to other roles, and the service refuses them too."""

    def __init__(self, db: Database, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.principal = principal
        self.service = UserService(db, principal)
        self.setWindowTitle(self.tr("Users"))
        self.model = UserTableModel(self.service, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add user…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        side = QVBoxLayout()
        for button in (self.add_button, self.role_button, self.active_button, self.reset_button):
            side.addWidget(button)
        side.addStretch()
        roles_help = QLabel(
            self.tr(
                "Administrator: users, settings, restore. Manager: everything but users. "
                "Clerk: enters and edits records, ID numbers masked, cannot delete closed tickets. "
                "Viewer: reads only, personal data masked."
            )
        )
        roles_help.setWordWrap(True)
        roles_help.setStyleSheet("color: #555;")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(roles_help)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(820, 420)
        self.reload()

    # --- state ---------------------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        current = select or (self.selected().username if self.selected() else None)
        self.model.reload()
        row = self.model.row_of(current) if current else None
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.user(rows[0].row()) if rows else None

    def select_user(self, username: str) -> None:
        row = self.model.row_of(username)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.role_button, self.active_button, self.reset_button):
            button.setEnabled(user is not None)
        self.active_button.setText(self.tr("Reactivate") if user and not user.active else self.tr("Deactivate"))

    def _run(self, action) -> bool:
        try:
            action()
        except DomainError as exc:
            show_error(self, exc)
            self.reload()
            return False
        return True

    # --- actions -------------------------------------------------------------------------------------------
    def add_user(self) -> None:
        dialog = NewPasswordDialog(
            self.tr("Add user"), self.tr("A new account for a colleague at this office."), self, with_account=True
        )

        def save() -> None:
            if not dialog.passwords_match():
                return
            try:
                self.service.create_user(
                    dialog.username.text(),
                    dialog.role.code() or "clerk",
                    dialog.password.text(),
                    display_name=dialog.display_name.text(),
                )
            except ValidationError as exc:
                dialog.show_problem(exc)
                return
            except DomainError as exc:
                show_error(dialog, exc)
                return
            dialog.accept()

        dialog.buttons.accepted.connect(save)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=dialog.username.text().strip())

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        names = labels.roles()
        choices = [names[r] for r in ROLES]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Change role"),
            self.tr("Role of %1:").replace("%1", user.username),
            choices,
            ROLES.index(user.role) if user.role in ROLES else 0,
            False,
        )
        if ok and choice in choices:
            role = ROLES[choices.index(choice)]
            if role != user.role and self._run(lambda: self.service.set_role(user.id, role, user.version)):
                self.reload()

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate user"),
                self.tr(
                    "%1 will no longer be able to log in. Their name stays on the records they made. Deactivate?"
                ).replace("%1", user.username),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            done = self._run(lambda: self.service.deactivate(user.id, user.version))
        else:
            done = self._run(lambda: self.service.reactivate(user.id, user.version))
        if done:
            self.reload()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = NewPasswordDialog(
            self.tr("Reset password"),
            self.tr("A new password for %1. Tell it to them in person; the account is unlocked as well.").replace(
                "%1", user.username
            ),
            self,
        )

        def save() -> None:
            if not dialog.passwords_match():
                return
            try:
                self.service.reset_password(user.id, dialog.password.text(), user.version)
            except ValidationError as exc:
                dialog.show_problem(exc)
                return
            except DomainError as exc:
                show_error(dialog, exc)
                return
            dialog.accept()

        dialog.buttons.accepted.connect(save)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
