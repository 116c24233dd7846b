"""Save a document (permit, inspection record) as PDF off the GUI thread, then offer to open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crm_desktop.services.progress import Progress
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.tasks import BackgroundTask, run_in_background

FOLDER_KEY = "housing/pdf_folder"


def _safe_file_name(name: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in name).strip() or "document"


def save_pdf(
    parent: QWidget,
    title: str,
    file_name: str,
    build: Callable[[Path], Path],
    path: str | None = None,
    ask_to_open: bool = True,
    on_saved: Callable[[Path], None] | None = None,
) -> BackgroundTask | None:
    """Ask where to save (unless `path` is given), build the PDF in the background, offer to open it."""
    if path is None:
        settings = QSettings()
        folder = settings.value(FOLDER_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            title,
            str(Path(str(folder)) / _safe_file_name(file_name)),
            QCoreApplication.translate("HousingPrinting", "PDF files (*.pdf)"),
        )
        if not path:
            return None
        settings.setValue(FOLDER_KEY, str(Path(path).parent))
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")

    writing = QCoreApplication.translate("HousingPrinting", "Writing %1").replace("%1", target.name)

    def job(progress: Progress) -> Path:
        progress(0, 1, writing)
        result = build(target)
        progress(1, 1, "")
        return result

    def saved(result: Path) -> None:
        if on_saved is not None:
            on_saved(result)
        if not ask_to_open:
            return
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("HousingPrinting", "PDF saved"),
            QCoreApplication.translate("HousingPrinting", "Saved to %1.\nOpen it now?").replace("%1", str(result)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))

    return run_in_background(parent, title, job, saved, lambda exc: show_error(parent, exc))
