"""Login at start, first-start wizard, password change, user management, and their menu entries.

`sign_in` and the login dialog are on the path to the program's first window: what needs SQLAlchemy is
imported inside the functions, once the database is being opened (see opening.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from crm_desktop.services.principal import Principal
from crm_desktop.ui.auth.opening import DatabaseOpener

if TYPE_CHECKING:
    from crm_desktop.models.database import Database

log = logging.getLogger(__name__)


def sign_in(database: Database | DatabaseOpener, parent: QWidget | None = None) -> Principal | None:
    """Who uses the program now: the login dialog, or the first-start wizard on a database without users.

    Given a `DatabaseOpener` still opening, the login dialog shows at once and gives way to the wizard if
    the database turns out to be empty. A user whose password an administrator set must choose a new one
    first. None means the user gave up (Quit / Cancel) or the database could not be opened, and the
    program ends.
    """
    opener = database if isinstance(database, DatabaseOpener) else DatabaseOpener.of(database)
    if not (opener.ready and opener.first_run):
        from crm_desktop.ui.auth.login_dialog import LoginDialog

        dialog = LoginDialog(opener, parent)
        result = dialog.exec()
        if result != LoginDialog.FIRST_RUN:
            if result != QDialog.DialogCode.Accepted or dialog.principal is None:
                return None
            return _new_password_if_required(opener, dialog.principal, parent)
    from crm_desktop.ui.auth.first_run import FirstRunWizard

    assert opener.database is not None
    wizard = FirstRunWizard(opener.database, parent)
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.principal is None:
        return None
    return wizard.principal


def _new_password_if_required(opener: DatabaseOpener, principal: Principal, parent: QWidget | None) -> Principal | None:
    from crm_desktop.services.auth import password_change_required

    db = opener.database
    assert db is not None
    if password_change_required(db, principal):
        from crm_desktop.ui.auth.password_dialog import ChangePasswordDialog

        if ChangePasswordDialog(db, principal, forced=True, parent=parent).exec() != QDialog.DialogCode.Accepted:
            record_logout(db, principal)
            return None
    return principal


def record_logout(db: Database, principal: Principal) -> None:
    """The end of a session in the audit log; a database gone away must not stop the program closing."""
    from sqlalchemy.exc import SQLAlchemyError

    from crm_desktop.services.audit import AuditService

    try:
        AuditService(db, principal).record("logout", "users")
    except SQLAlchemyError:
        log.warning("Could not record the logout of %s", principal.username, exc_info=True)


class AdminMenu(QObject):
    """The Administration menu of the main window, with the entries this role may open."""

    def __init__(self, window: QMainWindow, db: Database, principal: Principal) -> None:
        menu_bar = window.menuBar()
        super().__init__(menu_bar)  # goes with the menu bar when the window rebuilds it in another language
        self.main_window, self.db, self.principal = window, db, principal
        existing = menu_bar.actions()
        self.menu = QMenu(self.tr("&Administration"), menu_bar)
        if existing:  # before Help, which stays last
            menu_bar.insertMenu(existing[-1], self.menu)
        else:
            menu_bar.addMenu(self.menu)
        self.users_action = QAction(self.tr("&Users…"), menu_bar)
        self.users_action.triggered.connect(self.open_users)
        self.audit_log_action = QAction(self.tr("&Audit log…"), menu_bar)
        self.audit_log_action.triggered.connect(self.open_audit_log)
        self.change_password_action = QAction(self.tr("Change &password…"), menu_bar)
        self.change_password_action.triggered.connect(self.change_password)
        if principal.may_manage_users:
            self.menu.addAction(self.users_action)
        if principal.may_read_audit_log:
            self.menu.addAction(self.audit_log_action)
        if not self.menu.isEmpty():
            self.menu.addSeparator()
        self.menu.addAction(self.change_password_action)

    def open_users(self) -> QDialog:
        from crm_desktop.ui.auth.user_manager import UserManagerDialog

        dialog = UserManagerDialog(self.db, self.principal, self.main_window)
        dialog.open()
        return dialog

    def open_audit_log(self) -> QDialog:
        from crm_desktop.ui.audit_viewer import AuditViewerDialog

        dialog = AuditViewerDialog(self.db, self.principal, self.main_window)
        dialog.open()
        return dialog

    def change_password(self) -> QDialog:
        from crm_desktop.ui.auth.password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.db, self.principal, parent=self.main_window)
        dialog.open()
        return dialog


def install_admin_menu(window: QMainWindow, principal: Principal) -> AdminMenu:
    """Called by the main window (which has `db`); returns the menu so that tests can reach its actions."""
    return AdminMenu(window, window.db, principal)  # type: ignore[attr-defined]
