"""The login dialog shown at start (SPEC §3.7).

It is the program's first window and appears before the database is open (SPEC §7 cold start): it shows
"Opening the database…" until `DatabaseOpener` is ready, and a "Log in" pressed sooner waits for it. So this
module imports nothing that needs SQLAlchemy until the clerk logs in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.principal import Principal
from crm_desktop.ui.auth.opening import DatabaseOpener
from crm_desktop.ui.errors import message_of
from crm_desktop.ui.widgets import MessageLine

if TYPE_CHECKING:
    from crm_desktop.models.database import Database

# Should the dialog never be painted (a platform that shows nothing), the database opens all the same.
START_ANYWAY_AFTER_MS = 300


class LoginDialog(QDialog):
    """User name and password; a refusal is explained inside the dialog, which stays open.

    Ends with Accepted (`principal` is set), Rejected (Quit, or the database could not be opened), or
    FIRST_RUN: the database turned out to have no users yet, and the first-start wizard takes over.
    """

    FIRST_RUN = 2

    def __init__(self, database: Database | DatabaseOpener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opener = database if isinstance(database, DatabaseOpener) else DatabaseOpener.of(database)
        self.opener.message_parent = self
        self.principal: Principal | None = None
        self._log_in_when_ready = False
        self.setWindowTitle(self.tr("Log in — Property CRM Desktop"))
        self.heading = QLabel(" ")  # the office's name, once the database says it; the space keeps its height
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where = QLabel()
        self.where.setStyleSheet("color: #555;")
        self.where.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setMaxLength(80)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        for edit in (self.username, self.password):
            edit.setMinimumWidth(260)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.log_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.log_in_button.setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)
        self.username.setFocus()
        self._show_database()
        self.opener.changed.connect(self._database_changed)
        if not self.opener.ready:
            self.installEventFilter(self)
            QTimer.singleShot(START_ANYWAY_AFTER_MS, self.opener.start)

    @property
    def db(self) -> Database | None:
        return self.opener.database

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watches the dialog's own events until its first paint, then no more (no Python call per event)."""
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            # Once this first paint is on screen, not before: the worker must not slow the dialog down.
            QTimer.singleShot(0, self.opener.start)
        return False

    def _show_database(self) -> None:
        if self.opener.ready and self.opener.database is not None:
            self.heading.setText(self.opener.office_name)
            self.where.setText(self.tr("Database: %1").replace("%1", self.opener.database.display_name))
        else:
            self.where.setText(self.tr("Opening the database…"))

    def _database_changed(self) -> None:
        if self.opener.failed:  # the opener has said why
            self.reject()
            return
        self._show_database()
        if self.isVisible():
            self.adjustSize()  # room for the office's name and the database's path
        if not self.opener.ready:
            return  # opening the local database instead of the one chosen in Settings
        log_in_now = self._log_in_when_ready
        self._set_waiting(False)
        if self.opener.first_run:
            self.done(self.FIRST_RUN)
        elif log_in_now:
            self.log_in()

    def _set_waiting(self, waiting: bool) -> None:
        """Log in was pressed before the database was open: keep what was typed until it is."""
        self._log_in_when_ready = waiting
        self.log_in_button.setEnabled(not waiting)
        for edit in (self.username, self.password):
            edit.setReadOnly(waiting)
        if waiting:
            self.setCursor(Qt.CursorShape.BusyCursor)  # busy, yet Quit still works
        else:
            self.unsetCursor()

    def log_in(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.message.show_message(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        if not self.opener.ready:
            self.message.show_message("")
            self._set_waiting(True)
            self.opener.start()
            return
        from crm_desktop.services.auth import LoginRefused, authenticate

        assert self.opener.database is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.principal = authenticate(self.opener.database, username, password)
        except LoginRefused as exc:
            self.message.show_message(message_of(exc))
            self.adjustSize()  # the lockout message takes more lines than the dialog had room for
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
