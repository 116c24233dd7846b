"""The first-start wizard (SPEC §3.7): office name, first community, administrator account."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from crm_desktop.models.database import Database
from crm_desktop.services.auth import PASSWORD_MIN_LENGTH, first_run_setup
from crm_desktop.services.errors import DomainError, ValidationError
from crm_desktop.services.principal import Principal
from crm_desktop.ui.auth.password_dialog import password_edit
from crm_desktop.ui.errors import message_of
from crm_desktop.ui.widgets import MessageLine


def _explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("This database is new. Three short steps prepare it for your office."))
        self.office_name = QLineEdit()
        self.office_name.setMaxLength(100)
        self.office_name.setPlaceholderText(self.tr("e.g. Sunshine Garden Property Service Centre"))
        self.registerField("office_name*", self.office_name)
        form = QFormLayout()
        form.addRow(self.tr("Office name"), self.office_name)
        layout = QVBoxLayout(self)
        layout.addWidget(_explanation(self.tr("The office name appears on every report and on the login window.")))
        layout.addLayout(form)


class CommunityPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("First community"))
        self.setSubTitle(self.tr("The residential community (小区) your office looks after."))
        self.community_name = QLineEdit()
        self.community_name.setMaxLength(100)
        self.registerField("community_name*", self.community_name)
        form = QFormLayout()
        form.addRow(self.tr("Community name"), self.community_name)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _explanation(self.tr("More communities, buildings and units can be added later in Customer archives."))
        )
        layout.addLayout(form)


class AdminPage(QWizardPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.principal: Principal | None = None
        self.setTitle(self.tr("Administrator account"))
        self.setSubTitle(self.tr("The administrator adds the other users and decides their roles."))
        self.username = QLineEdit()
        self.username.setMaxLength(80)
        self.password = password_edit()
        self.repeat_password = password_edit()
        self.registerField("admin_username*", self.username)
        self.registerField("admin_password*", self.password)
        self.registerField("admin_password_again*", self.repeat_password)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat_password)
        rule = QLabel(
            self.tr("At least %1 characters. Keep it safe: nobody can read it back.").replace(
                "%1", str(PASSWORD_MIN_LENGTH)
            )
        )
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #555;")
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        # Suggested here, not in the constructor: a mandatory field counts as filled only when it differs
        # from its value when the page joined the wizard.
        if not self.username.text():
            self.username.setText("admin")

    def validatePage(self) -> bool:
        """Create everything when Finish is pressed; a refusal is shown on the page, which stays open."""
        if self.password.text() != self.repeat_password.text():
            self.message.show_message(self.tr("The two passwords are not the same."))
            self.repeat_password.clear()
            self.repeat_password.setFocus()
            return False
        wizard = self.wizard()
        try:
            self.principal = first_run_setup(
                self.db,
                str(wizard.field("office_name")),
                str(wizard.field("community_name")),
                self.username.text(),
                self.password.text(),
            )
        except ValidationError as exc:
            text = message_of(exc)
            if exc.field in ("office_name", "name", "community"):
                text += " " + self.tr("(press Back to correct it)")
            self.message.show_message(text)
            if exc.field == "username":
                self.username.setFocus()
            elif exc.field == "password":
                self.password.setFocus()
            return False
        except DomainError as exc:
            self.message.show_message(message_of(exc))
            return False
        return True


class FirstRunWizard(QWizard):
    """Shown instead of the login when the database has no users yet; logs the new administrator in."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up Property CRM Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.office_page = OfficePage()
        self.community_page = CommunityPage()
        self.admin_page = AdminPage(db)
        for page in (self.office_page, self.community_page, self.admin_page):
            self.addPage(page)
        self.setMinimumWidth(560)

    @property
    def principal(self) -> Principal | None:
        return self.admin_page.principal
