"""The main window: tabs, menus, shortcuts, status bar, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from crm_desktop import __version__
from crm_desktop.models.database import Database
from crm_desktop.services.principal import Principal
from crm_desktop.ui import labels
from crm_desktop.ui.archives.archive_tab import CustomerArchiveTab
from crm_desktop.ui.archives.import_dialogs import save_customers_template
from crm_desktop.ui.housing.housing_tab import HousingTab
from crm_desktop.ui.service.service_tab import ServiceTab
from crm_desktop.ui.surveys.survey_tab import SurveyTab


class PendingTab(QWidget):
    """An honest empty state for a tab whose feature is not built yet: no fake data."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        body = QLabel(explanation)
        body.setWordWrap(True)
        body.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (heading, body):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch()


class MainWindow(QMainWindow):
    SETTINGS_GEOMETRY = f"main/geometry-qt{'.'.join(__import__('PySide6').__version__.split('.')[:2])}"

    def __init__(self, db: Database, principal: Principal) -> None:
        super().__init__()
        self.db, self.principal = db, principal
        self.setWindowTitle(self.tr("Property CRM Desktop"))
        self.tabs = QTabWidget()
        self.dashboard_tab = PendingTab(
            self.tr("Dashboard"),
            self.tr("The monthly KPIs and charts will appear here once the metrics are built. "
                    "Customer archives are ready to use."),
        )
        self.archive_tab = CustomerArchiveTab(db, principal)
        self.housing_tab = HousingTab(db, principal)
        self.service_tab = ServiceTab(db, principal)
        self.survey_tab = SurveyTab(db, principal)
        self.tabs.addTab(self.dashboard_tab, self.tr("Dashboard"))
        self.tabs.addTab(self.archive_tab, self.tr("Customer archives"))
        self.tabs.addTab(self.housing_tab, self.tr("Move-in / renovation"))
        self.tabs.addTab(self.service_tab, self.tr("Complaints and service"))
        self.tabs.addTab(self.survey_tab, self.tr("Satisfaction surveys"))
        self.tabs.setCurrentWidget(self.archive_tab)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.database_label = QLabel(self.tr("Database: %1").replace("%1", db.display_name))
        user_text = self.tr("User: %1 (%2)").replace("%1", principal.username).replace(
            "%2", labels.label(labels.roles(), principal.role)
        )
        self.user_label = QLabel(user_text)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self._restore_state()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import customers…"), self)
        self.import_action.triggered.connect(lambda: self.archive_tab.import_customers())
        self.import_action.setEnabled(self.principal.may_edit)
        self.export_action = QAction(self.tr("&Export customers…"), self)
        self.export_action.triggered.connect(lambda: self.archive_tab.export_customers())
        template_action = QAction(self.tr("Save customer import &template…"), self)
        template_action.triggered.connect(lambda: save_customers_template(self))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.import_action, self.export_action, template_action):
            file_menu.addAction(action)
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

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About"), self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    def _new_customer(self) -> None:
        self.tabs.setCurrentWidget(self.archive_tab)
        self.archive_tab.new_customer()

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.archive_tab)
        self.archive_tab.focus_search()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Property CRM Desktop"),
            self.tr("Property CRM Desktop %1\nDatabase: %2").replace("%1", __version__).replace(
                "%2", self.db.display_name
            ),
        )

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
