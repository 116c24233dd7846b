"""Child programs the benchmark starts in fresh processes: `python -m bench.probes KIND [DB]`.

Each prints one JSON line on stdout and exits at once (os._exit: the teardown of Qt and the interpreter
is not what a clerk waits for).

- `bare`: a bare PySide6 window, the yardstick of the cold start.
- `login DB`: the program (`crm-desktop --db DB`, cli.main → run_gui) up to its login dialog, which shows
  before the database is opened: that happens in a thread started after the dialog's first paint, so
  "shown" here also waits until the event loop has run again after that start. `login DB ready` goes on
  until the database is open and checked (what a clerk pressing "Log in" at once would wait for) and the
  main window's modules are imported behind the dialog.
- `main DB`: the program up to its main window for a signed-in clerk (what a clerk waits for after login).
- `tickets DB`: opening the full ticket list: time to the first visible rows and the memory it took.
- `stalls DB`: the longest pause of the GUI thread while opening every tab and typing searches.

For the window probes "shown" means: the window received its first paint event and the event loop then
ran idle (a zero-timer fired after it), i.e. the window is on screen and reacts to input.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mib() -> float:
    """Resident memory of this process in MiB (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _emit(result: dict) -> None:
    print(json.dumps(result), flush=True)
    sys.stdout.flush()
    os._exit(0)


def _when_shown(window, result: dict) -> None:
    """Emit `result` plus timings once `window` has painted and the event loop is idle."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        painted = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                result["first_paint_s"] = time.perf_counter() - STARTED
                QTimer.singleShot(0, lambda: _emit(result | {"idle_s": time.perf_counter() - STARTED}))
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window._bench_watcher = watcher  # keep it alive
    window.show()


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    imported = time.perf_counter() - STARTED
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1400, 860)
    _when_shown(window, {"imported_s": imported})
    app.exec()


def _program(db_argument: str):
    """What `run_gui` does before the main window, less the login: application, fonts, translations, and the
    database, opened here at once (run_gui opens it behind the login dialog)."""
    from crm_desktop.models.database import open_database
    from crm_desktop.ui.app import create_application, install_translations
    from crm_desktop.ui.errors import install_excepthook

    app = create_application(sys.argv[:1])
    install_translations(app, "zh_CN")
    install_excepthook()
    db = open_database(db_argument)
    return app, db


def login(db_argument: str, until: str = "shown") -> None:
    """The real start (cli.main), watched from outside: the login dialog's first paint, then two turns of
    the event loop (the first starts the database thread, the second shows the loop still answers)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from crm_desktop import cli
    from crm_desktop.ui.auth.login_dialog import LoginDialog

    QApplication(sys.argv[:1])  # run_gui's create_application takes this one; a filter can then be set
    result: dict = {}
    original_init = LoginDialog.__init__

    class FirstPaint(QObject):
        painted = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                result["first_paint_s"] = time.perf_counter() - STARTED
                QTimer.singleShot(0, lambda: QTimer.singleShot(0, idle))
            return False

    def idle() -> None:
        result["idle_s"] = time.perf_counter() - STARTED
        result["opening_at_idle"] = dialog.opener.state
        if until == "shown":
            _emit(result)
        elif dialog.opener.ready:
            ready()
        else:
            dialog.opener.changed.connect(ready)

    def ready() -> None:
        result["ready_s"] = time.perf_counter() - STARTED
        result["state"] = dialog.opener.state
        dialog.opener.wait()  # the main window's modules, imported behind the dialog
        result["warmed_up_s"] = time.perf_counter() - STARTED
        _emit(result)

    dialog: LoginDialog

    def watched_init(self, *args, **kwargs) -> None:
        nonlocal dialog
        result["constructing_s"] = time.perf_counter() - STARTED
        original_init(self, *args, **kwargs)
        dialog = self
        watcher = FirstPaint(self)
        self.installEventFilter(watcher)

    LoginDialog.__init__ = watched_init
    code = cli.main(["--db", db_argument, "--lang", "zh_CN"])
    raise SystemExit(f"the program ended (exit {code}) before its login dialog was shown")


def main_window(db_argument: str) -> None:
    app, db = _program(db_argument)
    from crm_desktop.services.principal import Principal
    from crm_desktop.ui.main_window import MainWindow

    prepared = time.perf_counter() - STARTED
    window = MainWindow(db, Principal("bench", "clerk"))
    _when_shown(window, {"prepared_s": prepared, "constructed_s": time.perf_counter() - STARTED})
    app.exec()


def tickets(db_argument: str) -> None:
    """Open the full ticket list (every status) as the service tab's model does, read the first screen."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # noqa: F841 - the model needs an application object
    from crm_desktop.models.database import open_database
    from crm_desktop.services.principal import Principal
    from crm_desktop.services.tickets import TicketFilter, TicketService
    from crm_desktop.ui.service.ticket_model import TicketTableModel

    db = open_database(db_argument)
    service = TicketService(db, Principal("bench", "clerk"))
    before = rss_mib()
    started = time.perf_counter()
    model = TicketTableModel(service)
    model.set_filters(TicketFilter())
    listed = time.perf_counter() - started
    visible_rows = 30  # a maximised window shows about this many
    for row in range(min(visible_rows, model.rowCount())):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    first_rows = time.perf_counter() - started
    _emit(
        {"rows": model.rowCount(), "listed_s": listed, "first_rows_s": first_rows, "rss_delta_mib": rss_mib() - before}
    )


def stalls(db_argument: str, queries: list[str], settle_steps: int = 4) -> None:
    """Longest gap of a 5 ms heartbeat on the GUI thread while a clerk opens each tab and types searches."""
    from PySide6.QtCore import QTimer

    from crm_desktop.services.principal import Principal
    from crm_desktop.ui.app import settle_memory
    from crm_desktop.ui.main_window import MainWindow

    app, db = _program(db_argument)
    started = time.perf_counter()
    window = MainWindow(db, Principal("bench", "clerk"))
    window.show()
    constructed = time.perf_counter() - started
    settle_memory()  # as run_gui does once the window is shown
    phases: dict[str, float] = {}
    state = {"phase": "idle after start", "last": time.perf_counter()}

    def beat() -> None:
        now = time.perf_counter()
        gap = now - state["last"]
        state["last"] = now
        phases[state["phase"]] = max(phases.get(state["phase"], 0.0), gap)

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)

    steps: list[tuple[str, object]] = []
    for index in range(window.tabs.count()):
        steps.append((f"open tab {window.tabs.tabText(index)}", lambda i=index: window.tabs.setCurrentIndex(i)))
        steps += [(None, None)] * settle_steps  # let deferred loading run: 200 ms each
    archive = window.archive_tab
    for query in queries:
        steps.append(
            (f"archive search {query!r}", lambda: (window.tabs.setCurrentWidget(archive), archive.search.clear()))
        )
        for char in query:
            # One character at a time, as a clerk types: about five keystrokes a second.
            steps.append((None, lambda c=char: archive.search.insert(c)))
        steps += [(None, None)] * 3  # the last search and its results
    iterator = iter(steps)

    def next_step() -> None:
        try:
            label, action = next(iterator)
        except StopIteration:
            worst = max(phases.items(), key=lambda item: item[1])
            _emit(
                {
                    "constructed_s": constructed,
                    "phases": phases,
                    "worst_phase": worst[0],
                    "worst_s": worst[1],
                    "rows_found": archive.model.rowCount(),
                }
            )
            return
        if label:
            state["phase"] = label
        if action is not None:
            action()
        QTimer.singleShot(200, next_step)

    def begin() -> None:
        state["last"] = time.perf_counter()
        heartbeat.start()
        QTimer.singleShot(200, next_step)

    QTimer.singleShot(500, begin)  # the first paint and the window's own start-up work come first
    app.exec()


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "bare":
        bare()
    elif kind == "login":
        login(*sys.argv[2:4])
    elif kind == "main":
        main_window(sys.argv[2])
    elif kind == "tickets":
        tickets(sys.argv[2])
    elif kind == "stalls":
        stalls(sys.argv[2], json.loads(sys.argv[3]), *(int(arg) for arg in sys.argv[4:5]))
    else:
        raise SystemExit(f"unknown probe {kind}")
