"""Starting the GUI: application object, fonts, translations, the database, the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.models.database import open_database
from crm_desktop.resources import resources_dir
from crm_desktop.services.errors import DomainError
from crm_desktop.services.principal import Principal
from crm_desktop.ui.errors import install_excepthook, message_of

log = logging.getLogger(__name__)
DEFAULT_LANGUAGE = "zh_CN"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("crm-desktop")
    app.setApplicationName("Property CRM Desktop")
    app.setStyle("Fusion")  # the same look on Windows and Linux desks
    _load_fonts()
    return app


def _load_fonts() -> None:
    """A bundled CJK font, so Chinese never renders as boxes on a machine without one."""
    fonts = resources_dir() / "fonts"
    if fonts.is_dir():
        for path in sorted(fonts.glob("*.tt[fc]")):
            QFontDatabase.addApplicationFont(str(path))


def install_translations(app: QApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Our strings plus Qt's own (buttons of message boxes, file dialogs)."""
    for old in getattr(app, "_crm_translators", []):
        app.removeTranslator(old)
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"crm_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("No compiled translation for %s; run ./scripts/bootstrap", language)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    app._crm_translators = installed  # type: ignore[attr-defined]
    return installed


def gui_principal() -> Principal:
    # Until login exists every desk works as a clerk: may edit, ID numbers stay masked (SPEC §3.7).
    from crm_desktop.services.principal import operating_system_principal

    return Principal(operating_system_principal().username, "clerk")


def run_gui(db_argument: str | None, language: str = DEFAULT_LANGUAGE) -> int:
    app = create_application()
    install_translations(app, language)
    install_excepthook()
    try:
        db = open_database(db_argument)
    except DomainError as exc:
        QMessageBox.critical(None, app.translate("App", "Cannot open the database"), message_of(exc))
        return 2
    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow(db, gui_principal())
    window.show()
    code = app.exec()
    db.dispose()
    return code
