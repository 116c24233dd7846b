"""Opening the database of this start behind the login dialog (SPEC §7 cold start).

Importing SQLAlchemy and the models, checking the schema and opening the file take longer than showing the
login dialog itself, so `run_gui` shows the dialog first and `DatabaseOpener` does the rest in a thread,
started once the dialog has been painted. A clerk who presses "Log in" sooner waits in the dialog.

This module imports nothing heavy itself: it is on the path to the first window.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services.errors import DomainError
from crm_desktop.ui.errors import message_of, show_bug

if TYPE_CHECKING:
    from crm_desktop.models.database import Database

log = logging.getLogger(__name__)

OpenFunction = Callable[[str | None], "Database"]


@dataclass(frozen=True)
class _Opened:
    database: Database
    first_run: bool
    office_name: str


def _open_and_look(open_function: OpenFunction | None, location: str | None) -> _Opened:
    """In the worker thread: open (create, upgrade) the database and read what the login dialog shows."""
    from crm_desktop.models.database import open_database
    from crm_desktop.services.auth import needs_first_run, prepare_login
    from crm_desktop.services.office_settings import load_office_settings

    database = (open_function or open_database)(location)
    try:
        opened = _Opened(database, needs_first_run(database), load_office_settings(database).name)
        prepare_login()
    except BaseException:
        database.dispose()
        raise
    return opened


def _looks_damaged(exc: BaseException) -> bool:
    """SQLite's words for a file it cannot read as a database (damaged, or not a database at all)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "not a database" in text or "malformed" in text


def _driver_problem(exc: BaseException) -> str | None:
    """What the database driver said (server down, wrong password, locked file), None for other errors."""
    try:
        from sqlalchemy.exc import DBAPIError
    except ImportError:
        return None
    return str(exc.orig or exc).strip() if isinstance(exc, DBAPIError) else None


class DatabaseOpener(QObject):
    """The database `run_gui` works on: `--db`, else the one chosen in Settings, else the default file.

    `state` goes "waiting" → "opening" → "ready" or "failed"; `changed` is emitted at each step. When the
    database chosen in Settings cannot be opened (a PostgreSQL server that is down, a moved file) the clerk
    may open the default local one instead, so that Settings stays reachable: the state then goes back to
    "opening". "failed" comes after a message saying why; `exit_code` is then what the program returns.
    """

    changed = Signal()
    _succeeded = Signal(object)  # from the worker thread, delivered on the GUI thread
    _failed = Signal(object)

    def __init__(
        self,
        db_argument: str | None,
        saved: str | None,
        *,
        warm_up: Sequence[str] = (),
        open_function: OpenFunction | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`warm_up`: modules the worker imports once the database is ready, while the clerk types (the main
        window's), so that logging in does not wait for them. `open_function` replaces `open_database`."""
        super().__init__(parent)
        self.db_argument, self.saved = db_argument, saved
        self.location = db_argument or saved  # None: the default file
        self.state = "waiting"
        self.database: Database | None = None
        self.first_run = False
        self.office_name = ""
        self.exit_code = 0
        self.message_parent: QWidget | None = None  # the message boxes appear over this window
        self._warm_up = tuple(warm_up)
        self._open_function = open_function
        self._thread: threading.Thread | None = None
        self._outcome: _Opened | BaseException | None = None  # set by the worker before it signals
        self._succeeded.connect(self._on_succeeded)
        self._failed.connect(self._on_failed)

    @classmethod
    def of(cls, database: Database) -> DatabaseOpener:
        """One already open: `sign_in(database)` and tests."""
        from crm_desktop.services.auth import needs_first_run
        from crm_desktop.services.office_settings import load_office_settings

        opener = cls(None, None)
        opener._settle(_Opened(database, needs_first_run(database), load_office_settings(database).name))
        return opener

    @property
    def ready(self) -> bool:
        return self.state == "ready"

    @property
    def failed(self) -> bool:
        return self.state == "failed"

    def start(self) -> None:
        """Begin opening, unless already begun (the login dialog calls this after its first paint)."""
        if self.state == "waiting":
            self._start_thread()

    def wait(self) -> None:
        """Until the worker thread has ended: nothing is half-created or half-upgraded when the program ends,
        and its warm-up imports are done before the GUI thread imports the same modules.

        A database opened after the clerk quit (its signal never delivered) is taken here, to be disposed.
        """
        if self._thread is not None:
            self._thread.join()
        if self.state == "opening" and isinstance(self._outcome, _Opened):
            self._settle(self._outcome)

    def open_now(self) -> Database | None:
        """Open and wait (showing the same messages); None when given up."""
        self.start()
        if self.state == "opening":
            loop = QEventLoop()
            self.changed.connect(loop.quit)
            while self.state == "opening":
                loop.exec()
            self.changed.disconnect(loop.quit)
        self.wait()
        return self.database if self.ready else None

    # --- the worker ----------------------------------------------------------------------------------------

    def _start_thread(self) -> None:
        self.wait()  # the previous attempt's thread has ended by now; join it all the same
        self.state, self._outcome = "opening", None
        self._thread = threading.Thread(
            target=self._work, args=(self.location,), name="crm-open-database", daemon=False
        )
        self._thread.start()

    def _work(self, location: str | None) -> None:
        try:
            opened = _open_and_look(self._open_function, location)
        except BaseException as exc:  # every problem reaches the GUI thread, which says what it is
            self._outcome = exc
            self._failed.emit(exc)
            return
        self._outcome = opened
        self._succeeded.emit(opened)
        for module in self._warm_up:
            try:
                importlib.import_module(module)
            except Exception:  # the GUI thread imports it again and reports what is wrong then
                log.warning("Could not import %s ahead of time", module, exc_info=True)

    # --- back on the GUI thread ----------------------------------------------------------------------------

    def _settle(self, opened: _Opened) -> None:
        self.database, self.first_run, self.office_name = opened.database, opened.first_run, opened.office_name
        self.state = "ready"

    def _on_succeeded(self, opened: _Opened) -> None:
        if self.state != "opening" or opened is not self._outcome:
            return  # taken by wait() already
        self._settle(opened)
        self.changed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            problem = message_of(exc)
        elif (driver_problem := _driver_problem(exc)) is not None:
            problem = driver_problem
        else:  # a bug, or a broken installation (SQLAlchemy missing): the details go to support
            show_bug(self.message_parent, type(exc), exc, exc.__traceback__)
            self._give_up(1)
            return
        title = QCoreApplication.translate("App", "Cannot open the database")
        if self.db_argument is None and self.saved is not None and self.location == self.saved:
            from crm_desktop.ui.desk_settings import describe_location

            answer = QMessageBox.question(
                self.message_parent,
                title,
                QCoreApplication.translate(
                    "App",
                    "The database chosen in Settings cannot be opened:\n%1\n\n%2\n\n"
                    "Open the local database on this computer instead? (Settings → Database changes the choice.)",
                )
                .replace("%1", describe_location(self.saved))
                .replace("%2", problem),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.location = None
                self._start_thread()
                self.changed.emit()
                return
            self._give_up(2)
            return
        if not isinstance(exc, DomainError) and _looks_damaged(exc) and self.location is not None:
            problem += "\n\n" + QCoreApplication.translate(
                "App",
                "If the file is damaged, an administrator can put a backup back from the command line:\n"
                "crm-desktop restore --db \"%1\" --from BACKUP-FILE",
            ).replace("%1", str(self.location))
        QMessageBox.critical(self.message_parent, title, problem)
        self._give_up(2)

    def _give_up(self, exit_code: int) -> None:
        self.state, self.exit_code = "failed", exit_code
        self.changed.emit()
