"""Monthly reports from the GUI (SPEC §5): choose the report and month, preview the pages, print, save.

The PDF is written and its pages drawn on a worker thread with progress and Cancel; printing paints the
pages at the printer's resolution (up to 300 dpi) through Qt's print dialog. Printing and saving are
recorded in the audit log, since the at-risk list names customers.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models.database import Database
from crm_desktop.reports.monthly import write_monthly_report
from crm_desktop.services.audit import AuditService
from crm_desktop.services.metrics import shift_month
from crm_desktop.services.principal import Principal
from crm_desktop.services.progress import Progress
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.reports.pdf_pages import render_pages
from crm_desktop.ui.tasks import run_in_background
from crm_desktop.ui.widgets import MonthComboBox

PREVIEW_DPI = 96
PRINT_DPI_LIMIT = 300
MONTHS_OFFERED = 36


class MonthlyReportDialog(QDialog):
    generated = Signal()
    printed = Signal()

    def __init__(
        self,
        db: Database,
        principal: Principal,
        parent: QWidget | None = None,
        kind: str = "satisfaction",
        month: date | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.principal = db, principal
        self.setWindowTitle(self.tr("Monthly reports"))
        self._folder = Path(tempfile.mkdtemp(prefix="crm-report-"))
        self.pdf_path: Path | None = None
        self.pages: list[QImage] = []
        self._generated: tuple[str, date, str] | None = None

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Satisfaction report (满意度月报)"), "satisfaction")
        self.kind.addItem(self.tr("Retention report (客户保持月报)"), "retention")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        today = today or date.today()
        self.month = MonthComboBox(today, MONTHS_OFFERED)
        # Reports are made at the start of a month for the month before, unless a month was asked for.
        self.month.select(month if isinstance(month, date) else shift_month(today, -1))
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(QSettings().value("reports/language",
                                                                                        "zh_CN"))))
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.clicked.connect(lambda: self.save_as())
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        for combo in (self.kind, self.month, self.language):
            combo.currentIndexChanged.connect(lambda _i: self._choice_changed())

        controls = QHBoxLayout()
        for text, combo in ((self.tr("Report"), self.kind), (self.tr("Month"), self.month),
                            (self.tr("Language"), self.language)):
            controls.addWidget(QLabel(text))
            controls.addWidget(combo)
        controls.addWidget(self.generate_button)
        controls.addStretch()

        self.info = QLabel(self.tr("Choose a report and a month, then Generate."))
        self.info.setStyleSheet("color: #555;")
        self.page_list = QWidget()
        self.page_layout = QVBoxLayout(self.page_list)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_layout.setSpacing(12)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.page_list)
        self.scroll.setStyleSheet("QScrollArea { background: #8a8a8a; } #pages { background: #8a8a8a; }")
        self.page_list.setObjectName("pages")

        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        available = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        self.resize(min(920, available.width() - 40), min(980, available.height() - 60))  # 1366×768 desks too
        self._choice_changed()

    # --- generating ---------------------------------------------------------------------------------
    def choice(self) -> tuple[str, date, str]:
        return self.kind.currentData(), self.month.month(), self.language.currentData()

    def _choice_changed(self) -> None:
        ready = self._generated is not None and self._generated == self.choice()
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        if self._generated is not None and not ready:
            self.info.setText(self.tr("The preview shows another report or month; Generate to see this one."))

    def generate(self) -> None:
        kind, month, language = self.choice()
        QSettings().setValue("reports/language", language)
        target = self._folder / f"{kind}-{month:%Y-%m}-{language}.pdf"
        db = self.db
        self.generate_button.setEnabled(False)
        self.info.setText(self.tr("Generating…"))

        def job(progress: Progress) -> tuple[Path, list[QImage]]:
            path = write_monthly_report(db, kind, month, target, language, progress)
            return path, render_pages(path, PREVIEW_DPI, progress)

        def done(result: tuple[Path, list[QImage]]) -> None:
            self.generate_button.setEnabled(True)
            self.pdf_path, self.pages = result
            self._generated = (kind, month, language)
            self._show_pages()
            self._choice_changed()
            self.generated.emit()

        def failed(exc: BaseException) -> None:
            self.generate_button.setEnabled(True)
            self.info.setText(self.tr("The report was not generated."))
            from crm_desktop.services.errors import OperationCancelled

            if not isinstance(exc, OperationCancelled):
                show_error(self, exc)

        run_in_background(self, self.tr("Generating the report"), job, done, failed)

    def _show_pages(self) -> None:
        while self.page_layout.count():
            item = self.page_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for image in self.pages:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("background: white; border: 1px solid #555;")
            self.page_layout.addWidget(page)
        kind, month, _language = self._generated or self.choice()
        self.info.setText(
            self.tr("%1 for %2: %3 pages")
            .replace("%1", self.kind.itemText(self.kind.findData(kind)))
            .replace("%2", f"{month:%Y-%m}")
            .replace("%3", str(len(self.pages)))
        )

    # --- printing and saving ------------------------------------------------------------------------
    def _audit(self, action: str, detail: str) -> None:
        kind, month, language = self._generated or self.choice()
        AuditService(self.db, self.principal).record(action, "report", f"{kind}:{month:%Y-%m}",
                                                     f"{detail} ({language})")

    def print_report(self, printer: QPrinter | None = None) -> None:
        """Print through Qt's dialog; with `printer` given (tests, a PDF printer) no dialog is shown.
        The pages are drawn at the printer's resolution on a worker thread; `printed` fires when done."""
        if self.pdf_path is None:
            return
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.pdf_path.stem)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        self._printer = printer  # kept alive until the pages are painted
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        path = self.pdf_path

        def job(progress: Progress) -> list[QImage]:
            return render_pages(path, dpi, progress)

        def paint(images: list[QImage]) -> None:
            painter = QPainter()
            if not painter.begin(printer):
                QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
                return
            try:
                for number, image in enumerate(images):
                    if number:
                        printer.newPage()
                    area = painter.viewport()
                    size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                    target = QRect(area.x() + (area.width() - size.width()) // 2, area.y(), size.width(),
                                   size.height())
                    painter.drawImage(target, image)
            finally:
                painter.end()
            self._audit("print", printer.printerName() or printer.outputFileName() or "printer")
            self.info.setText(self.tr("Sent to the printer."))
            self.printed.emit()

        run_in_background(self, self.tr("Preparing the pages for printing"), job, paint,
                          lambda exc: show_error(self, exc))

    def save_as(self, path: str | None = None) -> Path | None:
        if self.pdf_path is None:
            return None
        if path is None:
            kind, month, _ = self._generated or self.choice()
            name = self.kind.itemText(self.kind.findData(kind)).split(" (")[0]
            suggested = str(Path(QSettings().value("reports/folder", str(Path.home()))) / f"{month:%Y-%m} {name}.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), suggested,
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        temporary: str | None = None
        try:  # a copy under a temporary name, then renamed: never half a PDF under the chosen name
            handle, temporary = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=target.parent)
            os.close(handle)
            shutil.copyfile(self.pdf_path, temporary)
            os.replace(temporary, target)
        except OSError as exc:  # a folder without write permission, a full disk: the clerk's to fix, not a bug
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
            QMessageBox.warning(
                self,
                self.tr("Save the report"),
                self.tr("The report cannot be saved as %1:\n%2\n\nChoose another folder.")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        QSettings().setValue("reports/folder", str(target.parent))
        self._audit("export", target.name)
        self.info.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return target

    def done(self, result: int) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)
        super().done(result)
