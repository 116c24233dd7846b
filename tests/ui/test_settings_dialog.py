"""File → Settings…: the office header, service rules, database choice and their permissions."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from sqlalchemy.engine import make_url

from crm_desktop.services.codes import TICKET_CATEGORIES
from crm_desktop.services.office_settings import OfficeSettings, OfficeSettingsService
from crm_desktop.services.principal import Principal
from crm_desktop.services.sla import SlaService
from crm_desktop.ui.desk_settings import save_database, saved_database
from crm_desktop.ui.service.sla_dialog import SlaSettingsDialog
from crm_desktop.ui.settings import SettingsDialog
from tests.conftest import POSTGRES_ADMIN_URL, _postgres_database

ADMIN = Principal("admin1", "admin")
MANAGER = Principal("manager1", "manager")
CLERK = Principal("clerk1", "clerk")


def _dialog(qtbot, db, principal=ADMIN) -> SettingsDialog:
    dialog = SettingsDialog(db, principal)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _png(path: Path, width: int = 120, height: int = 40) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f80c8"))
    assert image.save(str(path), "PNG")
    return path


def when_modal(kind: type[QWidget], handler: Callable[[QWidget], None]) -> None:
    """Run `handler` on the next modal window of `kind` (exec() blocks the test meanwhile)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            handler(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_a_manager_changes_the_office_header_and_logo_for_every_desk(app, qtbot, ui_db, tmp_path):
    dialog = _dialog(qtbot, ui_db, MANAGER)
    page = dialog.office_page
    page.name.setText("阳光花园物业服务中心")
    page.signatory.setText("客服主管 王芳")
    page.phone.setText("0571-88886666")
    assert page.set_logo_file(_png(tmp_path / "logo.png"))
    assert not page.logo_preview.pixmap().isNull()  # the clerk sees the picture before saving

    assert dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = OfficeSettingsService(ui_db, CLERK).load()
    assert (stored.name, stored.signatory, stored.phone) == ("阳光花园物业服务中心", "客服主管 王芳", "0571-88886666")
    assert stored.logo == (tmp_path / "logo.png").read_bytes()


def test_removing_the_logo_is_saved(app, qtbot, ui_db, tmp_path):
    logo = _png(tmp_path / "l.png").read_bytes()
    OfficeSettingsService(ui_db, ADMIN).save(OfficeSettings(name="润泽物业", logo=logo))
    dialog = _dialog(qtbot, ui_db)
    assert dialog.office_page.remove_logo.isEnabled()
    qtbot.mouseClick(dialog.office_page.remove_logo, Qt.MouseButton.LeftButton)
    assert dialog.save()
    assert OfficeSettingsService(ui_db, ADMIN).load().logo is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"GIF89a not a png", "PNG or JPEG"), (b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024 + 1), "2 MB")],
)
def test_an_unfit_logo_file_is_refused_with_its_name_and_nothing_changes(app, qtbot, ui_db, tmp_path, content,
                                                                         expected):
    from crm_desktop.ui.app import install_translations

    install_translations(app, "en")
    try:
        dialog = _dialog(qtbot, ui_db)
        path = tmp_path / "scan.png"
        path.write_bytes(content)
        assert not dialog.office_page.set_logo_file(path)
        message = dialog.office_page.message.text()
        assert "scan.png" in message and expected in message
        assert dialog.office_page.logo is None
        assert not dialog.office_page.is_dirty()
    finally:
        install_translations(app, "zh_CN")


def test_an_empty_office_name_keeps_the_dialog_open_on_the_office_page(app, qtbot, ui_db):
    dialog = _dialog(qtbot, ui_db)
    dialog.tabs.setCurrentWidget(dialog.language_page)
    dialog.office_page.name.setText("   ")
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.office_page
    assert dialog.office_page.message.isVisible()
    assert dialog.office_page.message.text()  # the service's reason, translated
    assert OfficeSettingsService(ui_db, ADMIN).load().name != ""


def test_a_clerk_sees_the_office_settings_read_only(app, qtbot, ui_db):
    dialog = _dialog(qtbot, ui_db, CLERK)
    page = dialog.office_page
    assert page.notice.isVisible()
    assert page.name.isReadOnly() and page.signatory.isReadOnly()
    assert not page.choose_logo.isEnabled()
    assert not dialog.database_page.use_server.isEnabled()
    assert dialog.dirty_pages() == []


def test_closing_with_unsaved_changes_asks_and_discard_keeps_the_old_values(app, qtbot, ui_db):
    before = OfficeSettingsService(ui_db, ADMIN).load().name
    dialog = _dialog(qtbot, ui_db)
    dialog.office_page.name.setText("新名字物业")
    asked: list[str] = []

    def discard(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Discard).click()

    when_modal(QMessageBox, discard)
    dialog.reject()
    assert asked and not dialog.isVisible()
    assert OfficeSettingsService(ui_db, ADMIN).load().name == before


def test_closing_with_unsaved_changes_and_choosing_save_stores_them(app, qtbot, ui_db):
    dialog = _dialog(qtbot, ui_db)
    dialog.office_page.signatory.setText("李经理")
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Save).click())
    dialog.reject()
    assert not dialog.isVisible()
    assert OfficeSettingsService(ui_db, ADMIN).load().signatory == "李经理"


def test_the_service_page_shows_the_sla_in_force_and_every_category(app, qtbot, ui_db):
    dialog = _dialog(qtbot, ui_db)
    page = dialog.service_page
    model = page.sla
    assert model.rowCount() == 4
    first_row = [model.data(model.index(0, c)) for c in range(4)]
    assert first_row[0] == "紧急" and first_row[1].startswith("0.5") and first_row[2].startswith("4")
    assert page.categories.count() == len(TICKET_CATEGORIES)
    shown = [page.categories.item(i).text() for i in range(page.categories.count())]
    assert "保洁" in shown and any("维修" in text for text in shown)


def test_changing_the_sla_from_settings_updates_the_summary(app, qtbot, ui_db):
    dialog = _dialog(qtbot, ui_db, MANAGER)

    def set_urgent_response(sla: QWidget) -> None:
        assert isinstance(sla, SlaSettingsDialog)
        sla.rows["urgent"][0].setValue(1.0)
        sla.save()

    when_modal(SlaSettingsDialog, set_urgent_response)
    qtbot.mouseClick(dialog.service_page.edit_sla, Qt.MouseButton.LeftButton)
    policies = {p.severity: p for p in SlaService(ui_db, MANAGER).settings().policies}
    assert policies["urgent"].response_hours == Decimal("1")
    model = dialog.service_page.sla
    assert model.data(model.index(0, 1)).startswith("1")


def test_the_database_choice_is_stored_for_the_next_start(app, qtbot, ui_db, tmp_path):
    dialog = _dialog(qtbot, ui_db)
    page = dialog.database_page
    assert page.use_default.isChecked() and saved_database() is None
    assert ui_db.display_name in page.current_label.text()
    page.use_server.setChecked(True)
    page.host.setText("192.168.1.10")
    page.database_name.setText("crm")
    page.user.setText("crm")
    page.password.setText("p@ss word")  # needs escaping in a URL; the page builds it
    when_modal(QMessageBox, lambda box: box.accept())  # "used from the next start"
    assert dialog.save()
    stored = make_url(saved_database())
    assert (stored.drivername, stored.host, stored.port, stored.database) == (
        "postgresql+psycopg", "192.168.1.10", 5432, "crm")
    assert (stored.username, stored.password) == ("crm", "p@ss word")

    again = _dialog(qtbot, ui_db)  # the next time Settings opens, the choice is shown
    assert again.database_page.use_server.isChecked()
    assert again.database_page.password.text() == "p@ss word"
    assert not again.database_page.is_dirty()


def test_choosing_the_default_again_forgets_the_stored_location(app, qtbot, ui_db, tmp_path):
    save_database(str(tmp_path / "other.db"))
    dialog = _dialog(qtbot, ui_db)
    assert dialog.database_page.use_file.isChecked()
    dialog.database_page.use_default.setChecked(True)
    when_modal(QMessageBox, lambda box: box.accept())
    assert dialog.save()
    assert saved_database() is None


def test_a_server_choice_without_a_host_names_what_is_missing(app, qtbot, ui_db):
    dialog = _dialog(qtbot, ui_db)
    dialog.database_page.use_server.setChecked(True)
    dialog.database_page.database_name.setText("crm")
    assert not dialog.save()
    assert dialog.tabs.currentWidget() is dialog.database_page
    assert dialog.database_page.message.text()
    assert saved_database() is None


def _fill_server(page, url: str) -> None:
    parsed = make_url(url)
    page.use_server.setChecked(True)
    page.host.setText(parsed.host or "")
    page.port.setValue(parsed.port or 5432)
    page.database_name.setText(parsed.database or "")
    page.user.setText(parsed.username or "")
    page.password.setText(parsed.password or "")


def test_test_connection_really_connects_to_the_server_off_the_gui_thread(app, qtbot, ui_db):
    databases = _postgres_database()
    url = next(databases)
    try:
        dialog = _dialog(qtbot, ui_db)
        page = dialog.database_page
        _fill_server(page, url)
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        assert not page.test_button.isEnabled()  # running in the background; the window stays responsive
        qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=20_000)
        assert page.result.text().startswith("✔")
        assert "PostgreSQL" in page.result.text()
        assert saved_database() is None  # testing stores nothing
    finally:
        next(databases, None)


def test_test_connection_to_a_closed_port_says_why(app, qtbot, ui_db):
    dialog = _dialog(qtbot, ui_db)
    page = dialog.database_page
    _fill_server(page, POSTGRES_ADMIN_URL)
    page.port.setValue(1)
    page.password.setText("Secret123")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=20_000)
    assert page.result.text().startswith("✘")
    assert "127.0.0.1:1" in page.result.text()
    assert "Secret123" not in page.result.text()


def test_test_connection_of_a_new_file_says_it_will_be_created(app, qtbot, ui_db, tmp_path):
    dialog = _dialog(qtbot, ui_db)
    page = dialog.database_page
    page.use_file.setChecked(True)
    target = tmp_path / "new-office.db"
    page.file_path.setText(str(target))
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=20_000)
    assert page.result.text().startswith("✔") and str(target) in page.result.text()
    assert not target.exists()


def test_the_command_line_database_wins_over_the_one_chosen_in_settings(app, tmp_path):
    from crm_desktop.ui.app import _open_gui_database

    save_database(str(tmp_path / "chosen.db"))
    db = _open_gui_database(app, str(tmp_path / "argument.db"), saved_database())
    try:
        assert db is not None and db.sqlite_path == tmp_path / "argument.db"
    finally:
        db.dispose()
    db = _open_gui_database(app, None, saved_database())
    try:
        assert db is not None and db.sqlite_path == tmp_path / "chosen.db"
    finally:
        db.dispose()


def test_an_unreachable_database_from_settings_offers_the_local_one(app, tmp_path, monkeypatch):
    from crm_desktop.models.database import default_database_path
    from crm_desktop.ui.app import _open_gui_database

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the default file of this "computer"
    asked: list[str] = []

    def answer_yes(box: QWidget) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(QMessageBox, answer_yes)
    db = _open_gui_database(app, None, "postgresql+psycopg://crm:pw@127.0.0.1:1/crm")
    try:
        assert db is not None and db.sqlite_path == default_database_path()
        assert str(tmp_path / "data") in str(db.sqlite_path)
        assert asked and "127.0.0.1:1" in asked[0] and "pw@" not in asked[0]
    finally:
        db.dispose()


def test_a_manager_chooses_the_backup_folder(app, qtbot, ui_db, tmp_path):
    from crm_desktop.services.backup import backup_folder, backup_if_due, default_backup_folder

    dialog = _dialog(qtbot, ui_db, MANAGER)
    page = dialog.backup_page
    assert page.folder.text() == str(default_backup_folder())
    target = tmp_path / "usb" / "crm-backups"
    page.folder.setText(str(target))
    assert dialog.save()
    assert backup_folder(ui_db) == target and target.is_dir()
    # Tomorrow's automatic backup lands there, and the page says so the next time.
    written = backup_if_due(ui_db)
    assert written is not None and written.parent == target
    assert "1" in _dialog(qtbot, ui_db, MANAGER).backup_page.latest.text()


def test_a_backup_folder_that_cannot_be_written_is_refused_on_the_backups_page(app, qtbot, ui_db, tmp_path):
    from crm_desktop.services.backup import backup_folder

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    before = backup_folder(ui_db)
    dialog = _dialog(qtbot, ui_db)
    dialog.backup_page.folder.setText(str(blocker / "backups"))
    assert not dialog.save()
    assert dialog.tabs.currentWidget() is dialog.backup_page
    assert str(blocker / "backups") in dialog.backup_page.message.text()
    assert backup_folder(ui_db) == before


def test_a_clerk_cannot_change_the_backup_folder(app, qtbot, ui_db):
    dialog = _dialog(qtbot, ui_db, CLERK)
    assert not dialog.backup_page.folder.isEnabled()
    assert not dialog.backup_page.notice.isHidden()


def test_an_administrator_moves_the_office_to_an_empty_server_from_settings(app, qtbot, ui_db):
    from crm_desktop.models.database import open_database
    from crm_desktop.services.customers import CustomerService
    from tests.factories import make_customer

    make_customer(ui_db, "张三")
    databases = _postgres_database()
    url = next(databases)
    try:
        dialog = _dialog(qtbot, ui_db)
        page = dialog.database_page
        _fill_server(page, url)
        questions: list[str] = []

        def yes(box: QWidget) -> None:
            questions.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()
            if len(questions) == 1:  # then "use it from the next start?"
                when_modal(QMessageBox, yes)

        when_modal(QMessageBox, yes)
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(questions) == 2, timeout=30_000)
        assert page.result.text().startswith("✔")
        assert make_url(saved_database()).database == make_url(url).database  # used from the next start
        server = open_database(url)
        try:
            assert len(CustomerService(server, ADMIN).search_ids("张三")) == 1
        finally:
            server.dispose()
    finally:
        next(databases, None)


def test_only_an_administrator_sees_the_copy_button(app, qtbot, ui_db):
    assert _dialog(qtbot, ui_db, MANAGER).database_page.copy_button.isHidden()
    assert not _dialog(qtbot, ui_db, ADMIN).database_page.copy_button.isHidden()
