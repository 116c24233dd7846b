"""The start of the program (SPEC §7 cold start): the login dialog shows before the database is open.

The database opens in a thread once the dialog is painted; a clerk may type and press "Log in" meanwhile,
and a database that cannot be opened is reported over the dialog with the same clear messages as before.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget, QWizard
from sqlalchemy import select

from crm_desktop.models import AuditEntry
from crm_desktop.models.database import Database, default_database_path, open_database
from crm_desktop.services.auth import first_run_setup
from crm_desktop.services.principal import Principal
from crm_desktop.services.text import Text
from crm_desktop.ui.app import QUIT_HOOK_VARIABLE
from crm_desktop.ui.auth import sign_in
from crm_desktop.ui.auth.first_run import FirstRunWizard
from crm_desktop.ui.auth.login_dialog import LoginDialog
from crm_desktop.ui.auth.opening import DatabaseOpener
from crm_desktop.ui.errors import translate_text

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse"
BOSS = Principal("boss", "admin")


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    """A database file with an office and its administrator, closed again: the program opens it."""
    path = tmp_path / "office.db"
    db = open_database(path)
    first_run_setup(db, "阳光物业服务中心", "阳光花园", "boss", PASSWORD)
    db.dispose()
    return path


class Gate:
    """Holds the real `open_database` back until the test opens the gate: a slow disk or server, on cue."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def open_database(self, location: str | None) -> Database:
        assert self.event.wait(60), "the test never let the database open"
        return open_database(location)


@pytest.fixture
def gate() -> Iterator[Gate]:
    gate = Gate()
    yield gate
    gate.event.set()  # a failed test must not leave the worker waiting


@pytest.fixture
def when_modal() -> Iterator[Callable[[type[QWidget], Callable[[QWidget], None]], list[str]]]:
    """`when_modal(kind, handler)` runs `handler` on the next visible modal window of `kind` and returns the
    errors it met; a window that never came stops being waited for when the test ends."""
    stopped = threading.Event()

    def when(kind: type[QWidget], handler: Callable[[QWidget], None]) -> list[str]:
        problems: list[str] = []

        def poll() -> None:
            if stopped.is_set():
                return
            widget = QApplication.activeModalWidget()
            if not (isinstance(widget, kind) and widget.isVisible()):
                QTimer.singleShot(20, poll)
                return
            try:
                handler(widget)
            except Exception as exc:  # surfaced by the test, never swallowed
                problems.append(repr(exc))
                widget.reject()

        QTimer.singleShot(0, poll)
        return problems

    yield when
    stopped.set()


def tr_service(template: str, **params: object) -> str:
    return translate_text(Text(template, **params))


def dispose(opener: DatabaseOpener) -> None:
    opener.wait()
    if opener.database is not None:
        opener.database.dispose()


def test_the_login_dialog_is_usable_before_the_database_is_open_and_log_in_waits_for_it(
    app, qtbot, office_file, gate
) -> None:
    opener = DatabaseOpener(str(office_file), None, open_function=gate.open_database)
    dialog = LoginDialog(opener)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        qtbot.waitUntil(lambda: opener.state == "opening")  # started once the dialog was painted
        assert dialog.where.text() == dialog.tr("Opening the database…")
        qtbot.keyClicks(dialog.username, "boss")  # the clerk types meanwhile
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.mouseClick(dialog.log_in_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.principal is None  # waits for the database
        assert not dialog.log_in_button.isEnabled()
        assert dialog.username.isReadOnly() and dialog.password.isReadOnly()
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()  # Quit still works
        assert not dialog.message.isVisible()  # waiting is no error

        gate.event.set()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
        assert dialog.principal == BOSS  # logged in with what was typed, without pressing again
        assert dialog.heading.text() == "阳光物业服务中心"
        assert dialog.where.text() == dialog.tr("Database: %1").replace("%1", str(office_file))
        with opener.database.session() as s:
            assert s.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc())).first() == "login"
    finally:
        gate.event.set()
        dispose(opener)


def test_a_wrong_password_typed_before_the_database_opened_is_refused_in_the_dialog(
    app, qtbot, office_file, gate
) -> None:
    opener = DatabaseOpener(str(office_file), None, open_function=gate.open_database)
    dialog = LoginDialog(opener)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        dialog.username.setText("boss")
        dialog.password.setText("not the password")
        dialog.log_in()
        gate.event.set()
        qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=30_000)
        assert dialog.message.text() == tr_service("Wrong user name or password")
        assert dialog.isVisible() and dialog.principal is None
        assert dialog.log_in_button.isEnabled() and not dialog.username.isReadOnly()  # try again
        assert dialog.password.text() == ""
    finally:
        gate.event.set()
        dispose(opener)


def test_quit_while_the_database_is_opening_ends_cleanly(app, qtbot, office_file, gate) -> None:
    opener = DatabaseOpener(str(office_file), None, open_function=gate.open_database)
    dialog = LoginDialog(opener)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        qtbot.waitUntil(lambda: opener.state == "opening")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
        gate.event.set()
        opener.wait()  # as run_gui does: the opening finishes, and what it opened can be closed
        assert opener.exit_code == 0
        assert opener.database is not None and opener.database.sqlite_path == office_file
    finally:
        gate.event.set()
        dispose(opener)


def test_a_database_without_users_swaps_the_login_dialog_for_the_first_start_wizard(
    app, qtbot, tmp_path, gate, when_modal
) -> None:
    opener = DatabaseOpener(str(tmp_path / "new.db"), None, open_function=gate.open_database)
    seen: list[str] = []

    def finish(wizard: QWidget) -> None:
        assert isinstance(wizard, FirstRunWizard)
        wizard.office_page.office_name.setText("阳光物业")
        wizard.next()
        wizard.community_page.community_name.setText("阳光花园")
        wizard.next()
        wizard.admin_page.username.setText("boss")
        wizard.admin_page.password.setText(PASSWORD)
        wizard.admin_page.repeat_password.setText(PASSWORD)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    def login_first(dialog: QWidget) -> None:
        seen.append(type(dialog).__name__)
        gate.event.set()  # only now may the database open

    problems = when_modal(LoginDialog, login_first) + when_modal(FirstRunWizard, finish)
    try:
        assert sign_in(opener) == BOSS
        assert problems == [] and seen == ["LoginDialog"]
    finally:
        gate.event.set()
        dispose(opener)


def test_a_database_that_cannot_be_opened_is_reported_over_the_login_dialog(
    app, qtbot, tmp_path, when_modal
) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    opener = DatabaseOpener(str(folder), None)
    shown: list[tuple[str, str, str]] = []

    def read_and_close(box: QWidget) -> None:
        shown.append((box.windowTitle(), box.text(), type(box.parent()).__name__))
        box.accept()

    problems = when_modal(QMessageBox, read_and_close)
    assert sign_in(opener) is None
    opener.wait()
    assert problems == []
    title = QApplication.translate("App", "Cannot open the database")
    assert shown == [(title, tr_service("{path} is a folder, not a database file", path=str(folder)), "LoginDialog")]
    assert opener.failed and opener.exit_code == 2  # run_gui ends with exit code 2


@pytest.mark.parametrize("use_local", [True, False])
def test_an_unreachable_database_from_settings_offers_the_local_one_behind_the_login_dialog(
    app, qtbot, tmp_path, monkeypatch, when_modal, use_local
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the default file of this "computer"
    opener = DatabaseOpener(None, "postgresql+psycopg://crm:pw@127.0.0.1:1/crm")
    asked: list[str] = []

    def answer(box: QWidget) -> None:
        asked.append(box.text())
        button = QMessageBox.StandardButton.Yes if use_local else QMessageBox.StandardButton.No
        box.button(button).click()

    problems = when_modal(QMessageBox, answer)
    # The local database is new: the login dialog then gives way to the first-start wizard; quit there.
    problems += when_modal(FirstRunWizard, lambda wizard: wizard.reject())
    try:
        assert sign_in(opener) is None
        opener.wait()
        assert problems == []
        assert asked and "127.0.0.1:1" in asked[0] and "pw@" not in asked[0]
        if use_local:
            assert opener.ready and opener.exit_code == 0
            assert opener.database.sqlite_path == default_database_path()
            assert str(tmp_path / "data") in str(opener.database.sqlite_path)
        else:
            assert opener.failed and opener.exit_code == 2 and opener.database is None
    finally:
        dispose(opener)


def _run_program(home: Path, *args: str, quit_after_ms: int = 2500) -> subprocess.CompletedProcess:
    """`crm-desktop ARGS` in a fresh process, with its own settings, closed after `quit_after_ms`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(QUIT_HOOK_VARIABLE)}
    env.update({
        "QT_QPA_PLATFORM": "offscreen", QUIT_HOOK_VARIABLE: str(quit_after_ms),
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
    })
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_the_program_starts_with_the_login_dialog_and_quits_cleanly(office_file, tmp_path) -> None:
    result = _run_program(tmp_path, "--db", str(office_file), "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    hook = [line for line in result.stderr.splitlines() if line.startswith(QUIT_HOOK_VARIABLE)]
    assert hook and "visible windows: LoginDialog;" in hook[0], result.stderr


def test_the_program_says_why_a_database_cannot_be_opened_and_exits_2(tmp_path) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    # Time enough for the database thread to import SQLAlchemy and fail, even on a busy machine.
    result = _run_program(tmp_path, "--db", str(folder), "--lang", "en", quit_after_ms=6000)
    assert result.returncode == 2, result.stderr
    hook = [line for line in result.stderr.splitlines() if line.startswith(QUIT_HOOK_VARIABLE)]
    assert hook and "LoginDialog" in hook[0] and "QMessageBox" in hook[0], result.stderr  # the message, shown
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_a_database_points_to_restoring_a_backup(app, qtbot, tmp_path, when_modal) -> None:
    damaged = tmp_path / "office.db"
    damaged.write_bytes(b"\x00garbage, not SQLite\x00" * 4096)
    opener = DatabaseOpener(str(damaged), None)
    shown: list[str] = []

    def read_and_close(box: QWidget) -> None:
        shown.append(box.text())
        box.accept()

    when_modal(QMessageBox, read_and_close)
    assert sign_in(opener) is None
    opener.wait()
    assert len(shown) == 1 and "crm-desktop restore" in shown[0] and str(damaged) in shown[0]
    assert opener.exit_code == 2
    assert damaged.read_bytes().startswith(b"\x00garbage")  # nothing was written over it
