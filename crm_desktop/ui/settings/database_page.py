"""Settings → Database: where this desk's data lives from the next start (a SQLite file or a PostgreSQL server).

The choice is kept in QSettings on this computer and used at the next start; `--db` on the command line
still wins. "Test connection" really connects, off the GUI thread, and says what the next start will do.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from crm_desktop.models.database import Database, default_database_path
from crm_desktop.services.connection import ConnectionCheck, check_database
from crm_desktop.services.errors import DomainError, OperationCancelled, ValidationError
from crm_desktop.services.principal import Principal
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.transfer import CopyResult, copy_database
from crm_desktop.ui.desk_settings import describe_location, save_database, saved_database
from crm_desktop.ui.errors import message_of, show_bug, translate_text
from crm_desktop.ui.settings.page import SettingsPage
from crm_desktop.ui.tasks import run_in_background

DEFAULT, FILE, SERVER = 0, 1, 2
DEFAULT_PORT = 5432


class DatabasePage(SettingsPage):
    def __init__(self, db: Database, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.principal = db, principal
        self.may_change = principal.role in ("admin", "manager")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #555;")
        self.current_label = QLabel()
        self.current_label.setWordWrap(True)

        self.choice = QButtonGroup(self)
        self.use_default, self.use_file, self.use_server = QRadioButton(), QRadioButton(), QRadioButton()
        for number, button in enumerate((self.use_default, self.use_file, self.use_server)):
            self.choice.addButton(button, number)
        self.default_path = QLabel(str(default_database_path()))
        self.default_path.setStyleSheet("color: #555;")
        self.file_path = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.pick_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.browse)

        self.server_box = QGroupBox()
        self.host, self.database_name, self.user, self.password = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.server_labels = [QLabel() for _ in range(5)]
        server_form = QFormLayout(self.server_box)
        for label, field in zip(self.server_labels, (self.host, self.port, self.database_name, self.user,
                                                     self.password), strict=True):
            label.setBuddy(field)
            server_form.addRow(label, field)

        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_connection)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_data)
        self.copy_button.setVisible(principal.role == "admin")  # the copy holds every record and the users
        self.result = QLabel()
        self.result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.copy_button)
        test_row.addStretch()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.current_label)
        layout.addWidget(self.use_default)
        layout.addWidget(self.default_path)
        layout.addWidget(self.use_file)
        layout.addLayout(file_row)
        layout.addWidget(self.use_server)
        layout.addWidget(self.server_box)
        layout.addLayout(test_row)
        layout.addWidget(self.result)
        layout.addWidget(self.explanation)
        layout.addWidget(self.message)
        layout.addStretch()
        self.default_path.setContentsMargins(24, 0, 0, 0)
        self.file_path.textEdited.connect(lambda _t: self.use_file.setChecked(True))
        for edit in (self.host, self.database_name, self.user, self.password):
            edit.textEdited.connect(lambda _t: self.use_server.setChecked(True))
        self.choice.idToggled.connect(lambda _id, _on: self._enable())
        self.notice.setVisible(not self.may_change)
        self.stored = saved_database()
        self.show_location(self.stored)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Database")

    def retranslate_ui(self) -> None:
        self.notice.setText(self.tr("Only a manager or an administrator may change the database of this desk."))
        self.current_label.setText(self.tr("Open now: %1").replace("%1", self.db.display_name))
        self.use_default.setText(self.tr("The local database file of this computer (default)"))
        self.use_file.setText(self.tr("Another database file on this computer"))
        self.use_server.setText(self.tr("A shared PostgreSQL server (several desks)"))
        self.file_path.setPlaceholderText(self.tr("e.g. D:\\CRM\\office.db"))
        self.browse.setText(self.tr("Browse…"))
        self.server_box.setTitle(self.tr("PostgreSQL server"))
        for label, text in zip(self.server_labels, (self.tr("&Server"), self.tr("P&ort"), self.tr("Data&base"),
                                                    self.tr("&User"), self.tr("Pass&word")), strict=True):
            label.setText(text)
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10"))
        self.test_button.setText(self.tr("&Test connection"))
        self.copy_button.setText(self.tr("&Copy the data there…"))
        self.copy_button.setToolTip(self.tr(
            "Copy everything in the database open now into the chosen one, which must be empty: the way to "
            "move the office to a shared server."
        ))
        self.explanation.setText(self.tr(
            "The choice is stored on this computer and used from the next start of the program; "
            "starting it with --db overrides it. A database file must be on this computer: several desks "
            "share one PostgreSQL server instead (see the user guide). The password is stored in the "
            "settings of this computer's user account."
        ))

    # --- the location shown and chosen ------------------------------------------------------------
    def show_location(self, location: str | None) -> None:
        if location is None:
            self.use_default.setChecked(True)
        elif "://" in location:
            self.use_server.setChecked(True)
            try:
                url = make_url(location)
            except ArgumentError:
                url = None
            if url is not None:
                self.host.setText(url.host or "")
                self.port.setValue(url.port or DEFAULT_PORT)
                self.database_name.setText(url.database or "")
                self.user.setText(url.username or "")
                self.password.setText(url.password or "")
        else:
            self.use_file.setChecked(True)
            self.file_path.setText(location)
        self._enable()

    def _enable(self) -> None:
        for button in (self.use_default, self.use_file, self.use_server):
            button.setEnabled(self.may_change)
        self.file_path.setEnabled(self.may_change and self.use_file.isChecked())
        self.browse.setEnabled(self.may_change and self.use_file.isChecked())
        self.server_box.setEnabled(self.may_change and self.use_server.isChecked())
        self.copy_button.setEnabled(self.may_change and not self.use_default.isChecked())

    def location(self, focus: bool = True) -> str | None:
        """The chosen location as `--db` takes it; raises ValidationError naming what is missing."""
        mode = self.choice.checkedId()
        if mode == DEFAULT:
            return None
        if mode == FILE:
            path = self.file_path.text().strip()
            if not path:
                raise ValidationError(Text(QT_TRANSLATE_NOOP("Services", "Choose the database file")), field="file")
            return path
        for edit, message in ((self.host, QT_TRANSLATE_NOOP("Services", "Enter the server's name or address")),
                              (self.database_name, QT_TRANSLATE_NOOP("Services", "Enter the database name")),
                              (self.user, QT_TRANSLATE_NOOP("Services", "Enter the user name"))):
            if not edit.text().strip():
                if focus:
                    edit.setFocus()
                raise ValidationError(Text(message), field="server")
        url = URL.create(
            "postgresql+psycopg",
            username=self.user.text().strip(),
            password=self.password.text() or None,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database_name.text().strip(),
        )
        return url.render_as_string(hide_password=False)

    def pick_file(self) -> None:
        start = self.file_path.text().strip() or str(default_database_path().parent)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), start, self.tr("Database files (*.db *.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is opened, never overwritten
        )
        if path:
            self.file_path.setText(path)
            self.use_file.setChecked(True)

    # --- test and save ---------------------------------------------------------------------------
    def test_connection(self) -> None:
        try:
            location = self.location()
        except ValidationError as exc:
            self.message.show_message(message_of(exc))
            return
        self.message.show_message("")
        self.result.setStyleSheet("color: #555;")
        self.result.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        self.task = run_in_background(
            self, self.tr("Testing the connection"), lambda progress: check_database(location, progress),
            self._tested, self._test_failed,
        )

    def _tested(self, check: ConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        self.result.setStyleSheet("color: #1b5e20;" if check.usable else "color: #b00020;")
        server = f" ({check.server_version})" if check.server_version else ""
        self.result.setText("✔ " + translate_text(check.summary()) + server if check.usable
                            else "✘ " + translate_text(check.summary()))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, OperationCancelled):
            self.result.setText("")
            return
        if isinstance(exc, DomainError):
            self.result.setStyleSheet("color: #b00020;")
            self.result.setText("✘ " + message_of(exc))
            return
        self.result.setText("")
        show_bug(self, type(exc), exc, exc.__traceback__)

    def copy_data(self) -> None:
        """Copy the open database into the chosen empty one (off the GUI thread, with progress and Cancel)."""
        try:
            location = self.location()
        except ValidationError as exc:
            self.message.show_message(message_of(exc))
            return
        if location is None:
            return
        self.message.show_message("")
        answer = QMessageBox.question(
            self, self.tr("Copy the data"),
            self.tr("Copy every record of %1 into %2?\n\nThe database open now is not changed. The other "
                    "database must be empty; on a PostgreSQL server, create it first (see the user guide).")
            .replace("%1", self.db.display_name).replace("%2", describe_location(location)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.copy_button.setEnabled(False)
        self.copy_task = run_in_background(
            self, self.tr("Copying the data"), lambda progress: copy_database(self.db, self.principal, location,
                                                                              progress),
            lambda result: self._copied(location, result), self._copy_failed,
        )

    def _copied(self, location: str, result: CopyResult) -> None:
        self._enable()
        copied = "✔ " + self.tr("%1 records copied to %2.").replace("%1", str(result.rows)).replace(
            "%2", result.target)
        self.result.setStyleSheet("color: #1b5e20;")
        self.result.setText(copied)
        answer = QMessageBox.question(
            self, self.tr("Copy the data"),
            self.tr("The data is copied. Use %1 on this desk from the next start?").replace("%1", result.target),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.save()
            self.result.setStyleSheet("color: #1b5e20;")
            self.result.setText(copied + " " + self.result.text())

    def _copy_failed(self, exc: BaseException) -> None:
        self._enable()
        self._test_failed(exc)

    def is_dirty(self) -> bool:
        if not self.may_change:
            return False
        try:
            return self.location(focus=False) != self.stored
        except ValidationError:
            return True  # something half-entered: saving tells what is missing

    def save(self) -> None:
        location = self.location()
        save_database(location)
        self.stored = location
        self.result.setStyleSheet("color: #555;")
        shown = describe_location(location) if location else str(default_database_path())
        self.result.setText(self.tr("Saved. The program opens %1 from its next start.").replace("%1", shown))
