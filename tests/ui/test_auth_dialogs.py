"""Login, first-start wizard, password change, user management and the reveal button, driven as a user would."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWizard,
)
from sqlalchemy import select

from crm_desktop.models import AuditEntry
from crm_desktop.models.database import Database
from crm_desktop.services.auth import (
    UserService,
    authenticate,
    first_run_setup,
    needs_first_run,
    password_change_required,
)
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.office_settings import load_office_settings
from crm_desktop.services.principal import Principal
from crm_desktop.services.text import Text
from crm_desktop.ui import labels
from crm_desktop.ui.archives.customer_dialog import CustomerDialog
from crm_desktop.ui.auth import sign_in
from crm_desktop.ui.auth.first_run import FirstRunWizard
from crm_desktop.ui.auth.login_dialog import LoginDialog
from crm_desktop.ui.auth.password_dialog import ChangePasswordDialog
from crm_desktop.ui.auth.user_manager import UserManagerDialog
from crm_desktop.ui.errors import translate_text
from crm_desktop.ui.main_window import MainWindow
from tests.factories import make_customer, make_id_number

PASSWORD = "correct horse"
BOSS = Principal("boss", "admin")


def tr_service(template: str, **params: object) -> str:
    """A service message as the user sees it in the installed language."""
    return translate_text(Text(template, **params))


def set_up(db: Database) -> None:
    first_run_setup(db, "阳光物业服务中心", "阳光花园", "boss", PASSWORD)


def audit_actions(db: Database) -> list[tuple[str, str]]:
    with db.session() as s:
        return [(e.actor, e.action) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def when_modal(act: Callable[[QDialog], None], delay: int = 50) -> list[str]:
    """Run `act` on the next modal dialog; returns the errors it met (asserted by the caller)."""
    problems: list[str] = []

    def run() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(delay, run)
            return
        try:
            act(widget)
        except Exception as exc:  # surfaced by the test, never swallowed
            problems.append(repr(exc))
            widget.reject()

    QTimer.singleShot(delay, run)
    return problems


# --- login --------------------------------------------------------------------------------------------------


def test_login_refusal_is_explained_in_the_dialog(app, qtbot, ui_db) -> None:
    set_up(ui_db)
    dialog = LoginDialog(ui_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "阳光物业服务中心" in [label.text() for label in dialog.findChildren(QLabel)]  # the office greets
    qtbot.keyClicks(dialog.username, "boss")
    qtbot.keyClicks(dialog.password, "wrong password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.principal is None
    assert dialog.message.isVisible()
    assert dialog.message.text() == tr_service("Wrong user name or password")
    assert dialog.password.text() == ""  # typed again, not kept
    dialog.username.setText("nobody")
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.log_in()
    assert dialog.message.text() == tr_service("Wrong user name or password")  # same for an unknown name

    dialog.username.setText("boss")
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.log_in()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.principal == BOSS
    assert audit_actions(ui_db)[-1] == ("boss", "login")


def test_login_tells_until_when_the_account_is_locked(app, qtbot, ui_db) -> None:
    set_up(ui_db)
    UserService(ui_db, BOSS).create_user("xiaoli", "clerk", PASSWORD)
    dialog = LoginDialog(ui_db)
    qtbot.addWidget(dialog)
    dialog.username.setText("xiaoli")
    for _ in range(5):
        dialog.password.setText("wrong password")
        dialog.log_in()
    until = (datetime.now() + timedelta(minutes=15)).strftime("%H:%M")
    text = dialog.message.text()
    assert until in text or (datetime.now() + timedelta(minutes=14)).strftime("%H:%M") in text
    assert text != tr_service("Wrong user name or password")
    dialog.password.setText(PASSWORD)
    dialog.log_in()  # even the right password waits for the end of the lock
    assert dialog.principal is None and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text() == text


def test_empty_user_name_is_asked_for(app, qtbot, ui_db) -> None:
    set_up(ui_db)
    dialog = LoginDialog(ui_db)
    qtbot.addWidget(dialog)
    dialog.log_in()
    assert dialog.message.text() == dialog.tr("Enter your user name.")
    assert audit_actions(ui_db)[-1][1] != "login_failed"  # nothing was tried


# --- first start --------------------------------------------------------------------------------------------


def test_first_run_wizard_creates_office_community_and_admin(app, qtbot, ui_db) -> None:
    wizard = FirstRunWizard(ui_db)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the office name is required
    wizard.office_page.office_name.setText("阳光物业服务中心")
    assert next_button.isEnabled()
    wizard.next()
    wizard.community_page.community_name.setText("阳光花园")
    wizard.next()
    page = wizard.admin_page
    assert wizard.currentPage() is page and page.username.text() == "admin"
    page.password.setText(PASSWORD)
    page.repeat_password.setText(PASSWORD)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # the suggested name will do
    page.username.setText("boss")
    page.password.setText(PASSWORD)
    page.repeat_password.setText("something else")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and needs_first_run(ui_db)
    assert page.message.text() == page.tr("The two passwords are not the same.")
    page.password.setText("short")
    page.repeat_password.setText("short")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert needs_first_run(ui_db)
    assert page.message.text() == tr_service("The password must have at least {count} characters", count=8)
    page.password.setText(PASSWORD)
    page.repeat_password.setText(PASSWORD)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.principal == BOSS
    assert load_office_settings(ui_db).name == "阳光物业服务中心"
    assert authenticate(ui_db, "boss", PASSWORD) == BOSS


def test_sign_in_runs_the_wizard_on_an_empty_database(app, qtbot, ui_db) -> None:
    def finish(wizard: QWizard) -> None:
        wizard.office_page.office_name.setText("阳光物业")
        wizard.next()
        wizard.community_page.community_name.setText("阳光花园")
        wizard.next()
        wizard.admin_page.username.setText("boss")
        wizard.admin_page.password.setText(PASSWORD)
        wizard.admin_page.repeat_password.setText(PASSWORD)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    problems = when_modal(finish)
    assert sign_in(ui_db) == BOSS
    assert problems == []


def test_sign_in_forces_a_new_password_after_a_reset(app, qtbot, ui_db) -> None:
    set_up(ui_db)
    UserService(ui_db, BOSS).create_user("xiaoli", "clerk", PASSWORD)  # must change by default

    def log_in(dialog: QDialog) -> None:
        assert isinstance(dialog, LoginDialog)
        dialog.username.setText("xiaoli")
        dialog.password.setText(PASSWORD)
        when_modal(change)  # the forced change follows
        dialog.log_in()

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        dialog.old_password.setText(PASSWORD)
        dialog.new_password.setText("my own password")
        dialog.repeat_password.setText("my own password")
        dialog.change()

    problems = when_modal(log_in)
    principal = sign_in(ui_db)
    assert problems == []
    assert principal == Principal("xiaoli", "clerk")
    assert not password_change_required(ui_db, principal)
    assert authenticate(ui_db, "xiaoli", "my own password").username == "xiaoli"


def test_quitting_the_forced_password_change_does_not_sign_in(app, qtbot, ui_db) -> None:
    set_up(ui_db)
    UserService(ui_db, BOSS).create_user("xiaoli", "clerk", PASSWORD)

    def log_in(dialog: QDialog) -> None:
        dialog.username.setText("xiaoli")
        dialog.password.setText(PASSWORD)
        when_modal(lambda d: d.reject())
        dialog.log_in()

    when_modal(log_in)
    assert sign_in(ui_db) is None
    assert audit_actions(ui_db)[-2:] == [("xiaoli", "login"), ("xiaoli", "logout")]


# --- change password ----------------------------------------------------------------------------------------


def test_change_password_dialog_checks_both_copies_and_the_old_password(app, qtbot, ui_db) -> None:
    set_up(ui_db)
    dialog = ChangePasswordDialog(ui_db, BOSS)
    qtbot.addWidget(dialog)
    dialog.old_password.setText(PASSWORD)
    dialog.new_password.setText("new password 1")
    dialog.repeat_password.setText("new password 2")
    dialog.change()
    assert dialog.message.text() == dialog.tr("The two new passwords are not the same.")
    dialog.old_password.setText("not it at all")
    dialog.repeat_password.setText("new password 1")
    dialog.change()
    assert dialog.message.text() == tr_service("The current password is wrong")
    assert dialog.old_password.hasFocus() or not dialog.isActiveWindow()
    dialog.old_password.setText(PASSWORD)
    dialog.change()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert authenticate(ui_db, "boss", "new password 1") == BOSS


# --- user manager -------------------------------------------------------------------------------------------


def test_user_manager_adds_changes_role_resets_and_deactivates(app, qtbot, ui_db) -> None:
    set_up(ui_db)
    manager = UserManagerDialog(ui_db, BOSS)
    qtbot.addWidget(manager)
    manager.show()
    assert manager.model.rowCount() == 1
    assert not manager.role_button.isEnabled()  # nothing selected yet

    def fill_new_user(dialog: QDialog) -> None:
        dialog.username.setText("xiaoli")
        dialog.display_name.setText("李小丽")
        dialog.role.set_code("clerk")
        dialog.password.setText(PASSWORD)
        dialog.repeat_password.setText("typo")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible() and dialog.message.text() == dialog.tr("The two passwords are not the same.")
        dialog.repeat_password.setText(PASSWORD)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    problems = when_modal(fill_new_user)
    manager.add_user()
    assert problems == []
    assert [manager.model.user(r).username for r in range(manager.model.rowCount())] == ["boss", "xiaoli"]
    assert manager.selected().username == "xiaoli"
    status = manager.model.data(manager.model.index(1, 3))
    assert status == manager.model.tr("Must change password")

    def pick_manager(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(labels.roles()["manager"])
        dialog.accept()

    problems = when_modal(pick_manager)
    manager.change_role()
    assert problems == []
    assert manager.selected().role == "manager"

    def new_password(dialog: QDialog) -> None:
        dialog.password.setText("temporary-123")
        dialog.repeat_password.setText("temporary-123")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    problems = when_modal(new_password)
    manager.reset_password()
    assert problems == []
    assert authenticate(ui_db, "xiaoli", "temporary-123").role == "manager"

    def confirm(box: QDialog) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    problems = when_modal(confirm)
    manager.toggle_active()
    assert problems == []
    assert not manager.selected().active
    assert manager.active_button.text() == manager.tr("Reactivate")


def test_user_manager_explains_why_the_last_admin_stays(app, qtbot, ui_db) -> None:
    set_up(ui_db)
    manager = UserManagerDialog(ui_db, BOSS)
    qtbot.addWidget(manager)
    manager.select_user("boss")
    shown: list[str] = []

    def read_and_close(box: QDialog) -> None:
        shown.append(box.text())
        box.accept()

    def pick_viewer(dialog: QDialog) -> None:
        dialog.setTextValue(labels.roles()["viewer"])
        when_modal(read_and_close)
        dialog.accept()

    when_modal(pick_viewer)
    manager.change_role()
    assert shown and "boss" in shown[0]
    assert manager.selected().role == "admin"


# --- main window --------------------------------------------------------------------------------------------


def test_menu_entries_follow_the_role(app, qtbot, ui_db) -> None:
    for principal, users, audit_log in (
        (BOSS, True, True),
        (Principal("manager1", "manager"), False, True),
        (Principal("clerk1", "clerk"), False, False),
        (Principal("viewer1", "viewer"), False, False),
    ):
        window = MainWindow(ui_db, principal)
        qtbot.addWidget(window)
        actions = window.admin_menu.menu.actions()
        assert (window.admin_menu.users_action in actions) is users
        assert (window.admin_menu.audit_log_action in actions) is audit_log
        assert window.admin_menu.change_password_action in actions
        assert principal.username in window.user_label.text()
        assert labels.roles()[principal.role] in window.user_label.text()
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[-1] == window.tr("&Help")  # Administration comes before Help
        assert window.admin_menu.menu.title() in titles


def test_admin_opens_users_and_audit_log_from_the_menu(app, qtbot, ui_db) -> None:
    set_up(ui_db)
    window = MainWindow(ui_db, BOSS)
    qtbot.addWidget(window)
    users = window.admin_menu.open_users()
    assert isinstance(users, UserManagerDialog) and users.model.rowCount() == 1
    users.reject()
    log = window.admin_menu.open_audit_log()
    assert log.model.rowCount() >= 1
    log.reject()


# --- reveal -------------------------------------------------------------------------------------------------


def test_reveal_button_shows_the_id_number_and_is_audit_logged(app, qtbot, ui_db) -> None:
    number = make_id_number()
    customer_id = make_customer(ui_db, "张三", id_number=number)
    manager = CustomerService(ui_db, Principal("manager1", "manager"))
    dialog = CustomerDialog(manager, manager.get(customer_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.id_number.text() == "" and number not in dialog.id_number.placeholderText()
    assert dialog.reveal_id_button.isVisible()
    dialog.reveal_id_button.click()
    assert dialog.id_number.text() == number
    assert not dialog.reveal_id_button.isEnabled()
    with ui_db.session() as s:
        reveal = s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal")).all()
    assert [(e.actor, e.entity_id) for e in reveal] == [("manager1", str(customer_id))]
    assert number not in json.dumps([(e.before, e.after, e.detail) for e in reveal])

    clerk = CustomerService(ui_db, Principal("clerk1", "clerk"))
    clerk_dialog = CustomerDialog(clerk, clerk.get(customer_id))
    qtbot.addWidget(clerk_dialog)
    clerk_dialog.show()
    assert not clerk_dialog.reveal_id_button.isVisible()
    assert clerk_dialog.id_number.text() == ""


def test_a_revealed_number_can_be_removed(app, qtbot, ui_db) -> None:
    customer_id = make_customer(ui_db, "张三", id_number=make_id_number())
    service = CustomerService(ui_db, BOSS)
    dialog = CustomerDialog(service, service.get(customer_id))
    qtbot.addWidget(dialog)
    dialog.reveal_id_number()
    dialog.id_number.clear()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service.reveal_id_number(customer_id) == ""
