"""Long work runs off the GUI thread; Cancel reaches the service, which rolls back."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.services.errors import OperationCancelled
from crm_desktop.services.progress import Progress
from crm_desktop.ui.tasks import run_in_background


def test_job_runs_off_the_gui_thread_and_reports_its_result(app, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def job(progress: Progress) -> int:
        seen["thread"] = threading.current_thread()
        for i in range(3):
            progress(i, 3, "working")
        return 42

    def succeeded(result: int) -> None:
        seen["result"] = result
        seen["maximum"] = task.dialog.maximum()  # the dialog is deleted once the task is forgotten

    task = run_in_background(parent, "t", job, succeeded, seen.setdefault)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["thread"] is not threading.main_thread()
    assert seen["maximum"] == 3
    qtbot.waitUntil(lambda: not parent.findChildren(QProgressDialog), timeout=5000)  # no hidden dialogs pile up


def test_cancel_stops_the_job_with_operation_cancelled(app, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []
    started = threading.Event()

    def job(progress: Progress) -> None:
        started.set()
        for i in range(1000):
            progress(i, 1000, "slow")
            time.sleep(0.01)

    task = run_in_background(parent, "t", job, lambda _r: None, failures.append)
    assert started.wait(5)
    task.dialog.canceled.emit()  # what the Cancel button does
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], OperationCancelled)


def test_a_failing_job_hands_its_exception_to_the_gui(app, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []

    def job(_progress: Progress) -> None:
        raise ValueError("boom")

    run_in_background(parent, "t", job, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ValueError)


def test_two_jobs_in_a_row_from_the_same_widget(app, qtbot):
    """The second job must not touch the first, finished one (it used to crash the process)."""
    from crm_desktop.ui.tasks import running_tasks

    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[int] = []
    for value in (1, 2, 3):
        run_in_background(parent, "t", lambda _p, v=value: v, results.append, lambda e: results.append(-1))
        qtbot.waitUntil(lambda n=value: len(results) == n, timeout=5000)
        qtbot.waitUntil(lambda: not running_tasks(parent), timeout=5000)
    assert results == [1, 2, 3]
