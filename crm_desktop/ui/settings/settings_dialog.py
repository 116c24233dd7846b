"""File → Settings… (Ctrl+,): one tab per subject; Save stores every changed tab, the language applies at once."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.models.database import Database
from crm_desktop.services.errors import DomainError
from crm_desktop.services.office_settings import OfficeSettingsService
from crm_desktop.services.principal import Principal
from crm_desktop.services.sla import SlaService
from crm_desktop.ui.errors import message_of
from crm_desktop.ui.settings.backup_page import BackupPage
from crm_desktop.ui.settings.database_page import DatabasePage
from crm_desktop.ui.settings.language_page import LanguagePage
from crm_desktop.ui.settings.office_page import OfficePage
from crm_desktop.ui.settings.page import SettingsPage
from crm_desktop.ui.settings.service_page import ServicePage


class SettingsDialog(QDialog):
    def __init__(self, db: Database, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.principal = db, principal
        self.office_page = OfficePage(OfficeSettingsService(db, principal))
        self.service_page = ServicePage(SlaService(db, principal))
        self.language_page = LanguagePage()
        self.database_page = DatabasePage(db, principal)
        self.backup_page = BackupPage(db, principal)
        self.pages: list[SettingsPage] = [self.office_page, self.service_page, self.language_page,
                                          self.database_page, self.backup_page]
        self.tabs = QTabWidget()
        for page in self.pages:
            self.tabs.addTab(page, page.title())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 600)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """After a language switch: every text again, keeping what has been typed."""
        self.setWindowTitle(self.tr("Settings"))
        for index, page in enumerate(self.pages):
            page.retranslate_ui()
            self.tabs.setTabText(index, page.title())

    def dirty_pages(self) -> list[SettingsPage]:
        return [page for page in self.pages if page.is_dirty()]

    def save(self) -> bool:
        """Store every changed page; on a problem show it on its page and keep the dialog open."""
        database_before = self.database_page.stored
        for page in self.dirty_pages():
            try:
                page.save()
            except DomainError as exc:
                self.tabs.setCurrentWidget(page)
                page.message.show_message(message_of(exc))
                return False
        if self.database_page.stored != database_before:
            QMessageBox.information(self, self.tr("Database"), self.database_page.result.text())
        self.accept()
        return True

    def reject(self) -> None:
        """Close, Escape and the window's close button: ask before dropping unsaved changes."""
        if self.dirty_pages():
            answer = QMessageBox.question(
                self, self.tr("Settings"), self.tr("Save the changed settings?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()  # closes the dialog when everything was stored
                return
        super().reject()
