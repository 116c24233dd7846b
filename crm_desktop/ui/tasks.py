"""Run a service call off the GUI thread with a progress dialog and Cancel.

The worker receives a `Progress` whose cancel check reads a flag set by the dialog's Cancel button;
services raise OperationCancelled and roll back. Results are plain values, never live ORM objects.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.services.progress import Progress

SHOW_DIALOG_AFTER_MS = 500


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[Progress], Any], cancel_flag: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._cancel_flag = cancel_flag

    def run(self) -> None:
        progress = Progress(report=self.progressed.emit, cancelled=self._cancel_flag.is_set)
        try:
            result = self._job(progress)
        except BaseException as exc:
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class BackgroundTask(QObject):
    """One background job; keep a reference until `finished` fires (the parent widget does)."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        job: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self._show_progress = show_progress
        self._cancel_flag = threading.Event()
        self._on_success, self._on_failure = on_success, on_failure
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_DIALOG_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.reset()  # stays hidden until the first progress after the delay
        self._thread = QThread()
        self._worker = _Worker(job, self._cancel_flag)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._shown_timer = QTimer(self)
        self._shown_timer.setSingleShot(True)
        self._shown_timer.timeout.connect(self._show_dialog)

    def start(self) -> None:
        self._thread.start()
        self._shown_timer.start(SHOW_DIALOG_AFTER_MS)

    def cancel(self) -> None:
        self._cancel_flag.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    @property
    def cancelled(self) -> bool:
        return self._cancel_flag.is_set()

    def wait(self, msecs: int = 60_000) -> bool:
        return self._thread.wait(msecs)

    def _show_dialog(self) -> None:
        if self._show_progress and self._thread.isRunning():
            self.dialog.show()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message and not self._cancel_flag.is_set():
            # Services mark their progress messages with QT_TRANSLATE_NOOP("Services", …).
            self.dialog.setLabelText(QCoreApplication.translate("Services", message))

    def _finish(self) -> None:
        self._shown_timer.stop()
        self.dialog.hide()
        self._thread.quit()
        self._thread.wait()
        self.finished.emit()

    def _succeeded(self, result: object) -> None:
        self._finish()
        self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self._on_failure(exc)


def running_tasks(widget: QObject) -> list[BackgroundTask]:
    """The background tasks started from `widget` that have not finished yet."""
    return widget.__dict__.setdefault("_background_tasks", [])


def run_in_background(
    parent: QWidget,
    title: str,
    job: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    show_progress: bool = True,
) -> BackgroundTask:
    """Run `job(progress)` on a worker thread. With `show_progress` false no dialog appears (a view that
    shows its own "loading" state, like the dashboard); the job can still be cancelled."""
    task = BackgroundTask(parent, title, job, on_success, on_failure, show_progress)
    # A plain Python list on the widget (a Qt property would hand back a copy each time).
    running = running_tasks(parent)
    running.append(task)

    def forget() -> None:
        if task in running:
            running.remove(task)
        task.dialog.deleteLater()  # a child of `parent`, not of the task: it would outlive it, hidden, for ever
        task.deleteLater()

    task.finished.connect(forget)
    task.start()
    return task
