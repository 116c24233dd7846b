"""满意度测评: campaigns and their questionnaires, paper entry, and the results."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.models.database import Database
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.principal import Principal
from crm_desktop.services.structure import StructureService
from crm_desktop.services.surveys import SurveyService
from crm_desktop.ui.surveys.campaign_editor import CampaignEditor
from crm_desktop.ui.surveys.entry_form import ResponseEntryForm
from crm_desktop.ui.surveys.io_dialogs import (
    export_surveys_interactively,
    import_surveys_interactively,
    save_surveys_template,
)
from crm_desktop.ui.surveys.results_view import ResultsView


class SurveyTab(QWidget):
    """The surveys tab of the main window.

    Signals:
        data_changed: campaigns or responses changed (other tabs, e.g. the dashboard, may refresh).
    """

    data_changed = Signal()

    def __init__(self, db: Database, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.principal = db, principal
        self.surveys = SurveyService(db, principal)
        self.customers = CustomerService(db, principal)
        self.structure = StructureService(db, principal)
        self._results_stale = False
        self._build()

    def _build(self) -> None:
        self.editor = CampaignEditor(self.surveys)
        self.entry = ResponseEntryForm(self.surveys, self.customers, self.structure)
        self.results = ResultsView(self.db, self.surveys, self.structure)
        self.pages = QTabWidget()
        self.pages.addTab(self.editor, self.tr("Campaigns and questionnaires"))
        self.pages.addTab(self.entry, self.tr("Enter paper questionnaires"))
        self.pages.addTab(self.results, self.tr("Results"))
        self.pages.currentChanged.connect(self._page_changed)

        self.import_button = QPushButton(self.tr("Import responses…"))
        self.export_button = QPushButton(self.tr("Export responses…"))
        self.template_button = QPushButton(self.tr("Import template…"))
        self.import_button.setToolTip(
            self.tr("An Excel or CSV file with the columns 问卷名称, 答卷时间, 小区, 楼栋, 单元, 房号, 姓名, …")
        )
        self.import_button.setEnabled(self.principal.may_edit)
        self.import_button.clicked.connect(lambda: self.import_responses())
        self.export_button.clicked.connect(lambda: self.export_responses())
        self.template_button.clicked.connect(lambda: save_surveys_template(self))
        title = QLabel(self.tr("Satisfaction surveys"))
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        for button in (self.import_button, self.export_button, self.template_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        self.editor.saved.connect(self._campaigns_changed)
        self.editor.enter_responses.connect(self.enter_responses)
        self.entry.saved.connect(self._responses_changed)
        self.entry.deleted.connect(self._responses_changed)

    # --- keeping the pages in step ------------------------------------------------------------
    def _campaigns_changed(self, survey_id: int) -> None:
        self.entry.reload_campaigns(select_id=survey_id or None)
        self._results_stale = True
        self.data_changed.emit()

    def _responses_changed(self, _response_id: int) -> None:
        self._results_stale = True
        self.data_changed.emit()

    def _page_changed(self, index: int) -> None:
        page = self.pages.widget(index)
        if page is self.results and self._results_stale:
            self._results_stale = False
            self.results.reload_choices()
        elif page is self.entry:
            self.entry.focus_first()
        elif page is self.editor and self._results_stale:
            self.editor.reload()

    def refresh(self) -> None:
        """Re-read everything (after an import, or when another tab changed the archive)."""
        self.editor.reload()
        self.entry.reload_campaigns()
        self.results.reload_choices()
        self._results_stale = False

    def enter_responses(self, survey_id: int) -> None:
        self.entry.set_campaign(survey_id)
        self.pages.setCurrentWidget(self.entry)
        self.entry.focus_first()

    def show_results(self, survey_id: int) -> None:
        self.pages.setCurrentWidget(self.results)
        self.results.show_campaign(survey_id)

    # --- files --------------------------------------------------------------------------------
    def import_responses(self, path: str | None = None):
        def done() -> None:
            self.refresh()
            self.data_changed.emit()

        return import_surveys_interactively(self, self.db, self.principal, done, path)

    def export_responses(self, path: str | None = None):
        return export_surveys_interactively(self, self.db, self.principal, path)
