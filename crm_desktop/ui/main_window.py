"""The main window: tabs, menus, shortcuts, status bar, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenuBar, QStatusBar, QTabWidget, QWidget

from crm_desktop.models.database import Database
from crm_desktop.services.principal import Principal
from crm_desktop.ui import labels
from crm_desktop.ui.archives.archive_tab import CustomerArchiveTab
from crm_desktop.ui.archives.import_dialogs import save_customers_template
from crm_desktop.ui.auth import install_admin_menu
from crm_desktop.ui.backup import install_backup_actions
from crm_desktop.ui.dashboard.dashboard_tab import DashboardTab
from crm_desktop.ui.housing.housing_tab import HousingTab
from crm_desktop.ui.service.service_tab import ServiceTab
from crm_desktop.ui.surveys.survey_tab import SurveyTab
from crm_desktop.ui.tasks import running_tasks


class MainWindow(QMainWindow):
    SETTINGS_GEOMETRY = f"main/geometry-qt{'.'.join(__import__('PySide6').__version__.split('.')[:2])}"

    def __init__(self, db: Database, principal: Principal) -> None:
        super().__init__()
        self.db, self.principal = db, principal
        self._build_ui()
        self._restore_state()

    def _build_ui(self) -> None:
        """Tabs, menus and status bar; run again by retranslate_ui() in a new language."""
        self.setMenuBar(QMenuBar(self))  # replaces (and deletes) the previous language's menus
        self.setStatusBar(QStatusBar(self))
        self.setWindowTitle(self.tr("Property CRM Desktop"))
        self.tabs = QTabWidget()
        self.dashboard_tab = DashboardTab(self.db, self.principal)
        self.archive_tab = CustomerArchiveTab(self.db, self.principal)
        self.housing_tab = HousingTab(self.db, self.principal)
        self.service_tab = ServiceTab(self.db, self.principal)
        self.survey_tab = SurveyTab(self.db, self.principal)
        self.tabs.addTab(self.dashboard_tab, self.tr("Dashboard"))
        self.tabs.addTab(self.archive_tab, self.tr("Customer archives"))
        self.tabs.addTab(self.housing_tab, self.tr("Move-in / renovation"))
        self.tabs.addTab(self.service_tab, self.tr("Complaints and service"))
        self.tabs.addTab(self.survey_tab, self.tr("Satisfaction surveys"))
        self.tabs.setCurrentWidget(self.archive_tab)
        self.setCentralWidget(self.tabs)
        self._connect_dashboard()
        self._build_menus()
        self.admin_menu = install_admin_menu(self, self.principal)  # Users…, Audit log…, Change password…
        self.backup_actions = install_backup_actions(self)  # File → Back up now…, Restore from backup…
        self.database_label = QLabel(self.tr("Database: %1").replace("%1", self.db.display_name))
        user_text = self.tr("User: %1 (%2)").replace("%1", self.principal.username).replace(
            "%2", labels.label(labels.roles(), self.principal.role)
        )
        self.user_label = QLabel(user_text)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    def retranslate_ui(self) -> None:
        """Show the window in the language just installed, keeping the open tab and the database.

        The tabs build their texts in their constructors, so they are built again rather than patched.
        """
        index = self.tabs.currentIndex()
        splitter = self.archive_tab.splitter.saveState()
        for action in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            action.deleteLater()
        self._build_ui()
        self.tabs.setCurrentIndex(index)
        self.archive_tab.splitter.restoreState(splitter)

    def has_running_work(self) -> bool:
        """True while an import, export or other background task of this window runs."""
        return any(running_tasks(widget) for widget in (self, *self.findChildren(QWidget)))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import customers…"), self)
        self.import_action.triggered.connect(lambda: self.archive_tab.import_customers())
        self.import_action.setEnabled(self.principal.may_edit)
        self.export_action = QAction(self.tr("&Export customers…"), self)
        self.export_action.triggered.connect(lambda: self.archive_tab.export_customers())
        template_action = QAction(self.tr("Save customer import &template…"), self)
        template_action.triggered.connect(lambda: save_customers_template(self))
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self.open_settings)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.import_action, self.export_action, template_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.new_action = QAction(self.tr("&New customer"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self._new_customer)
        self.new_action.setEnabled(self.principal.may_edit)
        self.find_action = QAction(self.tr("&Find customer"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find)
        edit_menu.addAction(self.new_action)
        edit_menu.addAction(self.find_action)

        reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        reports_action = QAction(self.tr("&Monthly reports…"), self)
        reports_action.setShortcut(QKeySequence("Ctrl+P"))
        reports_action.triggered.connect(lambda: self.open_monthly_reports())
        reports_menu.addAction(reports_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide_action = QAction(self.tr("&User guide"), self)
        guide_action.setShortcut(QKeySequence("F1"))
        guide_action.triggered.connect(self.open_user_guide)
        about_action = QAction(self.tr("&About"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.open_about)
        help_menu.addAction(guide_action)
        help_menu.addSeparator()
        help_menu.addAction(about_action)

    def _connect_dashboard(self) -> None:
        """The dashboard's tiles and lists open the other tabs; edits anywhere make it reload."""
        dashboard = self.dashboard_tab
        for tab in (self.archive_tab, self.housing_tab, self.service_tab, self.survey_tab):
            tab.data_changed.connect(dashboard.mark_stale)

        def complaints(status: str | None, overdue: bool, category: object, period: str) -> None:
            self.tabs.setCurrentWidget(self.service_tab)
            self.service_tab.show_complaints(status, overdue, category, period)  # type: ignore[arg-type]

        def survey_results() -> None:
            self.tabs.setCurrentWidget(self.survey_tab)
            self.survey_tab.pages.setCurrentWidget(self.survey_tab.results)

        def renovations(view: str) -> None:
            self.tabs.setCurrentWidget(self.housing_tab)
            self.housing_tab.pages.setCurrentWidget(self.housing_tab.renovations)
            self.housing_tab.renovations.set_view(view)

        def customer(customer_id: int) -> None:
            self.tabs.setCurrentWidget(self.archive_tab)
            self.archive_tab.show_customer(customer_id)

        dashboard.open_complaints.connect(complaints)
        dashboard.open_survey_results.connect(survey_results)
        dashboard.open_renovations.connect(renovations)
        dashboard.open_customer.connect(customer)
        dashboard.open_reports.connect(self.open_monthly_reports)

    def open_monthly_reports(self, kind: str = "satisfaction", month: object = None) -> None:
        from crm_desktop.ui.reports.report_dialog import MonthlyReportDialog

        MonthlyReportDialog(self.db, self.principal, self, kind=kind, month=month).exec()

    def _new_customer(self) -> None:
        self.tabs.setCurrentWidget(self.archive_tab)
        self.archive_tab.new_customer()

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.archive_tab)
        self.archive_tab.focus_search()

    def open_settings(self) -> None:
        from crm_desktop.ui.settings import SettingsDialog

        dialog = SettingsDialog(self.db, self.principal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # not kept as a hidden child of the window
        dialog.exec()

    def open_user_guide(self) -> None:
        from crm_desktop.ui.help_viewer import show_user_guide

        show_user_guide(self)

    def open_about(self) -> None:
        from crm_desktop.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    # --- remembered window state --------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value(self.SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        splitter = settings.value("archive/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.archive_tab.splitter.restoreState(splitter)
        else:
            self.archive_tab.splitter.setSizes([820, 580])

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue(self.SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue("archive/splitter", self.archive_tab.splitter.saveState())
        super().closeEvent(event)
