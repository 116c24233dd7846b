"""Backups from the main window: Back up now, Restore with its confirmation, the duties at start."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPlainTextEdit, QWidget

from crm_desktop.models.database import Database
from crm_desktop.services.backup import backup_database, inspect_backup, set_backup_folder
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.principal import Principal
from crm_desktop.ui.backup.actions import start_backup_duties, stop_running_tasks
from crm_desktop.ui.backup.dialogs import DamagedDatabaseDialog, RestoreConfirmDialog
from crm_desktop.ui.main_window import MainWindow
from tests.factories import ADMIN, make_customer, make_resident

MANAGER = Principal("manager1", "manager")
CLERK = Principal("clerk1", "clerk")

left_open: list[str] = []
opened: list[QWidget] = []


@pytest.fixture(autouse=True)
def _no_dialog_left_open(qapp):
    left_open.clear()
    yield
    # A window reopened by a restore is kept on the application (run_gui's own reference is to the old one);
    # let it go with its test, so that no window of a finished test lingers on a deleted database.
    replacement = qapp.__dict__.pop("_crm_main_window", None)
    if replacement is not None:
        replacement.close()
        opened.append(replacement)
    for window in opened:  # a dashboard still loading in the background must stop before its window goes
        with contextlib.suppress(RuntimeError):  # deleted already: a window that a restore replaced
            stop_running_tasks(window)
    opened.clear()
    assert not left_open, left_open


def when_modal(kind: type[QWidget], handler: Callable[[QWidget], None], seen: list | None = None) -> None:
    """Run `handler` on the next modal window of `kind` once it is open (exec() blocks the test)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            if seen is not None:
                seen.append(widget)
            try:
                handler(widget)
            finally:
                if widget.isVisible():  # the handler did not close it: fail, never hang
                    left_open.append(type(widget).__name__)
                    widget.reject() if isinstance(widget, QDialog) else widget.close()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def accept_box(into: list[tuple[str, str, QMessageBox.Icon]]) -> Callable[[QWidget], None]:
    """A handler that notes a message box's title, text and icon (it is deleted once closed) and closes it."""

    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        into.append((box.windowTitle(), box.text(), box.icon()))
        box.accept()

    return handle


def texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def names(db: Database) -> set[str]:
    service = CustomerService(db, ADMIN)
    return {row.name for row in service.rows(service.search_ids())}


def main_window(qtbot, db: Database, principal: Principal = ADMIN, replaced: bool = False) -> MainWindow:
    """`replaced`: a restore will close and delete this window, so qtbot must not close it at the end."""
    window = MainWindow(db, principal)
    opened.append(window)
    if not replaced:
        qtbot.addWidget(window)
    window.show()
    return window


def wait_for_work(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.has_running_work(), timeout=15_000)


def test_the_confirmation_names_the_backup_date_size_and_counts(app, qtbot, ui_db, tmp_path) -> None:
    make_resident(ui_db, "张三")
    make_customer(ui_db, "李四")
    backup = backup_database(ui_db, ADMIN, tmp_path / "saved" / "b.db")
    info = inspect_backup(backup, tmp_path)
    assert ui_db.sqlite_path is not None
    dialog = RestoreConfirmDialog(info, ui_db.sqlite_path, (5, 7), None)
    qtbot.addWidget(dialog)
    shown = texts(dialog)
    assert str(backup) in shown
    assert info.modified.strftime("%Y-%m-%d %H:%M") in shown
    assert dialog.size_label.text() and dialog.size_label.text()[0].isdigit()
    assert dialog.counts_label.text().startswith("2") and "0" in dialog.counts_label.text()
    assert dialog.current_label.text().startswith("5") and "7" in dialog.current_label.text()
    assert str(ui_db.sqlite_path.parent) in dialog.consequence_label.text()
    assert "ui.before-restore-" in dialog.consequence_label.text()
    assert dialog.cancel_button.isDefault() and not dialog.restore_button.isDefault()


def test_back_up_now_writes_the_chosen_file(app, qtbot, ui_db, tmp_path) -> None:
    make_customer(ui_db, "张三")
    window = main_window(qtbot, ui_db, MANAGER)
    target = tmp_path / "usb" / "office.db"
    boxes: list[tuple[str, str, QMessageBox.Icon]] = []
    when_modal(QMessageBox, accept_box(boxes))
    window.backup_actions.back_up_now(str(target))
    qtbot.waitUntil(lambda: bool(boxes), timeout=15_000)
    assert target.is_file()
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT name FROM customers").fetchall() == [("张三",)]
    connection.close()
    assert str(target) in boxes[0][1]
    assert str(target) in window.statusBar().currentMessage()


def test_the_menu_offers_restore_to_administrators_only(app, qtbot, ui_db) -> None:
    for principal, may_back_up, may_restore in ((ADMIN, True, True), (MANAGER, True, False), (CLERK, False, False)):
        window = main_window(qtbot, ui_db, principal)
        file_menu = window.menuBar().actions()[0].menu()
        assert window.backup_actions.backup_action in file_menu.actions()
        assert window.backup_actions.backup_action.isEnabled() == may_back_up
        assert window.backup_actions.restore_action.isVisible() == may_restore
        assert window.backup_actions.restore_action.isEnabled() == may_restore


def test_a_manager_who_reaches_restore_anyway_is_refused(app, qtbot, ui_db, tmp_path) -> None:
    window = main_window(qtbot, ui_db, MANAGER)
    boxes: list[tuple[str, str, QMessageBox.Icon]] = []
    when_modal(QMessageBox, accept_box(boxes))
    assert window.backup_actions.restore_from_backup(str(tmp_path / "b.db")) is None
    qtbot.waitUntil(lambda: bool(boxes))
    assert boxes[0][2] == QMessageBox.Icon.Warning and boxes[0][1]


def test_restore_asks_then_reopens_the_window_on_the_restored_data(app, qtbot, ui_db, tmp_path) -> None:
    make_customer(ui_db, "张三")
    backup = backup_database(ui_db, ADMIN, tmp_path / "b.db")
    make_customer(ui_db, "李四")
    window = main_window(qtbot, ui_db, replaced=True)
    confirmations: list[QWidget] = []
    boxes: list[tuple[str, str, QMessageBox.Icon]] = []

    def confirm(dialog: QWidget) -> None:
        assert "1" in dialog.counts_label.text()
        dialog.restore_button.click()
        when_modal(QMessageBox, accept_box(boxes))

    when_modal(RestoreConfirmDialog, confirm, confirmations)
    window.backup_actions.restore_from_backup(str(backup))
    qtbot.waitUntil(lambda: bool(boxes), timeout=15_000)
    assert "before-restore" in boxes[0][1]
    replacement = QApplication.instance()._crm_main_window
    qtbot.addWidget(replacement)
    assert replacement.isVisible()
    qtbot.waitUntil(lambda: not any(isinstance(w, MainWindow) and w is not replacement for w in app.topLevelWidgets()))
    assert replacement.db is ui_db
    assert names(ui_db) == {"张三"}


def test_cancelling_the_confirmation_changes_nothing(app, qtbot, ui_db, tmp_path) -> None:
    make_customer(ui_db, "张三")
    backup = backup_database(ui_db, ADMIN, tmp_path / "b.db")
    make_customer(ui_db, "李四")
    window = main_window(qtbot, ui_db)
    seen: list[QWidget] = []
    when_modal(RestoreConfirmDialog, lambda dialog: dialog.cancel_button.click(), seen)
    window.backup_actions.restore_from_backup(str(backup))
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    wait_for_work(qtbot, window)
    assert names(ui_db) == {"张三", "李四"}
    assert window.isVisible()


def test_the_automatic_backup_at_start_writes_todays_file(app, qtbot, ui_db, tmp_path) -> None:
    make_customer(ui_db, "张三")
    folder = tmp_path / "backups"
    set_backup_folder(ui_db, ADMIN, folder)
    window = main_window(qtbot, ui_db, CLERK)
    start_backup_duties(window, today=date(2026, 3, 5))
    expected = folder / "ui-2026-03-05.db"
    qtbot.waitUntil(lambda: str(expected) in window.statusBar().currentMessage(), timeout=15_000)
    assert expected.is_file()
    start_backup_duties(window, today=date(2026, 3, 5))  # the second start of the day
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() not in ("", "正在检查数据库…"), timeout=15_000)
    assert str(expected) not in window.statusBar().currentMessage()
    assert sorted(p.name for p in folder.iterdir()) == ["ui-2026-03-05.db"]


def test_a_failed_automatic_backup_is_a_clear_warning(app, qtbot, ui_db, tmp_path) -> None:
    blocked = tmp_path / "not-a-folder"
    set_backup_folder(ui_db, ADMIN, tmp_path / "backups")
    (tmp_path / "backups").rmdir()
    blocked.write_text("x")
    with sqlite3.connect(ui_db.sqlite_path) as connection:  # the folder became a file after it was chosen
        connection.execute("UPDATE settings SET value = ? WHERE key = 'backup_folder'", (str(blocked),))
    connection.close()
    window = main_window(qtbot, ui_db)
    warnings: list[tuple[str, str, QMessageBox.Icon]] = []
    when_modal(QMessageBox, accept_box(warnings))
    start_backup_duties(window, today=date(2026, 3, 5))
    qtbot.waitUntil(lambda: bool(warnings), timeout=15_000)
    assert str(blocked) in warnings[0][1]
    assert warnings[0][2] == QMessageBox.Icon.Warning


def damage_an_index(db: Database) -> None:
    """Garbage over one index page: the tables still read, quick_check reports the damage."""
    path = db.sqlite_path
    assert path is not None
    db.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log'"
        ).fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(b"\xa5" * page_size)


def test_a_damaged_database_at_start_offers_the_newest_sound_backup(app, qtbot, ui_db, tmp_path) -> None:
    make_customer(ui_db, "张三")
    folder = tmp_path / "backups"
    set_backup_folder(ui_db, ADMIN, folder)
    window = main_window(qtbot, ui_db, replaced=True)
    start_backup_duties(window, today=date(2026, 3, 4))
    wait_for_work(qtbot, window)
    make_customer(ui_db, "李四")
    damage_an_index(ui_db)

    offers: list[QWidget] = []
    boxes: list[tuple[str, str, QMessageBox.Icon]] = []

    def choose_restore(dialog: QWidget) -> None:
        assert "ui-2026-03-04.db" in texts(dialog)
        dialog.restore_button.click()
        when_modal(RestoreConfirmDialog, lambda confirm: confirm.restore_button.click())
        when_modal(QMessageBox, accept_box(boxes))

    when_modal(DamagedDatabaseDialog, choose_restore, offers)
    start_backup_duties(window, today=date(2026, 3, 5))
    qtbot.waitUntil(lambda: bool(boxes), timeout=20_000)
    assert not (folder / "ui-2026-03-05.db").exists(), "a damaged database is not backed up over good backups"
    replacement = QApplication.instance()._crm_main_window
    qtbot.addWidget(replacement)
    assert names(ui_db) == {"张三"}
    from crm_desktop.services.integrity import quick_check_problems

    assert quick_check_problems(ui_db) == []


def test_a_clerk_sees_the_damage_but_cannot_restore(app, qtbot, ui_db, tmp_path) -> None:
    make_customer(ui_db, "张三")
    set_backup_folder(ui_db, ADMIN, tmp_path / "backups")
    window = main_window(qtbot, ui_db, CLERK)
    damage_an_index(ui_db)
    offers: list[QWidget] = []

    def look(dialog: QWidget) -> None:
        assert dialog.restore_button is None
        assert "ui.db" in texts(dialog)
        dialog.continue_button.click()

    when_modal(DamagedDatabaseDialog, look, offers)
    start_backup_duties(window, today=date(2026, 3, 5))
    qtbot.waitUntil(lambda: bool(offers), timeout=15_000)
    wait_for_work(qtbot, window)
    assert window.isVisible()


def index_out_of_step_with_its_table(db: Database) -> None:
    """Damage only the full integrity_check sees: an index whose entries do not match its table."""
    path = db.sqlite_path
    assert path is not None
    db.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_audit_log_at ON audit_log (actor)' "
            "WHERE name = 'ix_audit_log_at'"
        )
    connection.close()


def test_damage_found_by_the_daily_backup_is_offered_a_restore_too(app, qtbot, ui_db, tmp_path) -> None:
    make_customer(ui_db, "张三")
    folder = tmp_path / "backups"
    set_backup_folder(ui_db, ADMIN, folder)
    window = main_window(qtbot, ui_db)
    start_backup_duties(window, today=date(2026, 3, 4))
    wait_for_work(qtbot, window)
    index_out_of_step_with_its_table(ui_db)
    from crm_desktop.services.integrity import quick_check_problems

    assert quick_check_problems(ui_db) == []  # the quick check at open cannot see it
    offers: list[QWidget] = []

    def look(dialog: QWidget) -> None:
        shown = texts(dialog) + dialog.findChild(QPlainTextEdit).toPlainText()
        assert "missing from index ix_audit_log_at" in shown and "ui-2026-03-04.db" in shown
        dialog.continue_button.click()

    when_modal(DamagedDatabaseDialog, look, offers)
    start_backup_duties(window, today=date(2026, 3, 5))
    qtbot.waitUntil(lambda: bool(offers), timeout=15_000)
    wait_for_work(qtbot, window)
    assert sorted(p.name for p in folder.iterdir()) == ["ui-2026-03-04.db"]  # no damaged copy was kept
