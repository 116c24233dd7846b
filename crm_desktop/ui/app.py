"""Starting the GUI: application object, fonts, translations, the login dialog, the database, the main window.

The login dialog is the first window a clerk sees; SPEC §7 wants it on screen within 2.5 × the time a bare
PySide6 window takes. So nothing here imports SQLAlchemy, the models or the services at module level: the
database opens in a thread once the dialog is painted (ui/auth/opening.py), while the clerk types.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from crm_desktop.resources import resources_dir
from crm_desktop.services.log_privacy import install_log_privacy
from crm_desktop.ui.errors import install_excepthook

if TYPE_CHECKING:
    from crm_desktop.models.database import Database

log = logging.getLogger(__name__)
DEFAULT_LANGUAGE = "zh_CN"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("crm-desktop")
    app.setApplicationName("Property CRM Desktop")
    app.setStyle("Fusion")  # the same look on Windows and Linux desks
    app.setWindowIcon(application_icon())
    _load_fonts()
    return app


def application_icon() -> QIcon:
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("app-*.png")):
        icon.addFile(str(path))
    return icon


def _load_fonts() -> None:
    """A bundled CJK font, so Chinese never renders as boxes on a machine without one.

    Loaded before the first window although it is a 5 MB file: it costs about 4 ms, and the first paint of
    Chinese text gets about as much faster (the font database is built once either way).
    """
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


def run_gui(db_argument: str | None, language: str | None = None) -> int:
    """`--db` and `--lang` win over the database and language chosen in Settings (kept in QSettings)."""
    from crm_desktop.ui.desk_settings import saved_database, saved_language

    _hide_console_of_double_click()
    app = create_application()
    install_translations(app, language or saved_language())
    install_excepthook()
    install_log_privacy()  # no ID numbers or phones in clear in any log output
    _install_quit_hook(app)
    from crm_desktop.ui.auth import record_logout, sign_in
    from crm_desktop.ui.auth.opening import DatabaseOpener

    # The login dialog shows at once; the database opens behind it, then the main window's modules are
    # imported while the clerk types. An empty database swaps the dialog for the first-start wizard.
    opener = DatabaseOpener(db_argument, saved_database(), warm_up=("crm_desktop.ui.main_window", "pyqtgraph"))
    principal = sign_in(opener)
    opener.wait()  # a Quit while it was opening: let it finish, nothing is left half-created
    db = opener.database
    if principal is None or db is None:
        if db is not None:
            db.dispose()
        return opener.exit_code  # 0 after Quit, 2 after a database that cannot be opened (it said why)
    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow(db, principal)
    window.show()
    settle_memory()
    from crm_desktop.ui.backup import start_backup_duties

    start_backup_duties(window)  # integrity check, then the daily backup, off the GUI thread
    code = app.exec()
    record_logout(db, principal)
    db.dispose()
    return code


def settle_memory() -> None:
    """Once the main window is built: exempt every object alive from later garbage collections (gc.freeze).

    A full collection walks every tracked object while holding Python's lock; with the window's 150,000
    objects that froze the window for 0.1–0.2 s whenever a background job (the dashboard of a big office)
    triggered one (BENCHMARKS.md, GUI stalls). What the window holds lives as long as the program anyway; no
    gc.collect() first, as that alone takes 75 ms.
    """
    import gc

    gc.freeze()


def _open_gui_database(app: QApplication, db_argument: str | None, saved: str | None) -> Database | None:
    """Open `--db`, else the database chosen in Settings, else the default file, and wait for it.

    When the one chosen in Settings cannot be opened (a PostgreSQL server that is down, a moved file),
    the clerk may open the default local database instead, so that Settings stays reachable. `run_gui` does
    the same behind the login dialog without waiting (`DatabaseOpener`).
    """
    from crm_desktop.ui.auth.opening import DatabaseOpener

    return DatabaseOpener(db_argument, saved).open_now()


def _hide_console_of_double_click() -> None:
    """The packaged crm-desktop.exe is a console program (it also runs the command line), so Windows gives it
    a console window when a clerk double-clicks it. Hide that window when no other program shares the
    console, i.e. it was not started from a terminal. Nothing happens on other systems.
    """
    if sys.platform != "win32":
        return
    import ctypes

    kernel32 = ctypes.windll.kernel32
    processes = (ctypes.c_ulong * 2)()
    if kernel32.GetConsoleProcessList(processes, 2) == 1 and (console := kernel32.GetConsoleWindow()):
        ctypes.windll.user32.ShowWindow(console, 0)  # SW_HIDE


QUIT_HOOK_VARIABLE = "CRM_DESKTOP_QUIT_AFTER_MS"


def _install_quit_hook(app: QApplication) -> None:
    """Test hook for the packaged program's smoke test (tests/test_bundle.py): with
    CRM_DESKTOP_QUIT_AFTER_MS=N the GUI closes its windows and quits after N ms, exiting 0, and reports
    on stderr which windows were visible, so a headless check sees that the program really started.
    """
    delay = os.environ.get(QUIT_HOOK_VARIABLE, "").strip()
    if not delay.isdigit():
        return

    def quit_now() -> None:
        visible = sorted({type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()})
        translations = len(getattr(app, "_crm_translators", []))  # 2: ours and Qt's own
        print(f"{QUIT_HOOK_VARIABLE}: quitting; visible windows: {', '.join(visible) or 'none'}; "
              f"translations loaded: {translations}", file=sys.stderr, flush=True)
        modal = app.activeModalWidget()
        while modal is not None and hasattr(modal, "reject"):
            modal.reject()  # a login or other modal dialog ends its own event loop first
            app.processEvents()
            if app.activeModalWidget() is modal:
                break
            modal = app.activeModalWidget()
        app.closeAllWindows()
        app.exit(0)

    QTimer.singleShot(int(delay), quit_now)
