"""Importing and exporting customers from the GUI: background work, progress, a readable error list.

The spreadsheet code is imported when first used, which keeps openpyxl out of the start-up time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models.database import Database
from crm_desktop.services.errors import ImportFileError, OperationCancelled, RowProblem
from crm_desktop.services.principal import Principal
from crm_desktop.ui.errors import show_error, translate_text
from crm_desktop.ui.list_model import RowListModel
from crm_desktop.ui.tasks import run_in_background

SPREADSHEET_FILTER = "Excel (*.xlsx);;CSV (*.csv)"


class ImportProblemsDialog(QDialog):
    """Every bad row of a refused import, numbered as the spreadsheet shows them."""

    def __init__(self, error: ImportFileError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nothing was imported"))
        self.resize(820, 460)
        intro = QLabel(
            error.message
            or self.tr("%1 has %2 problem(s). Fix them in the file and import it again; nothing was changed.")
            .replace("%1", Path(error.path).name)
            .replace("%2", str(len(error.problems)))
        )
        intro.setWordWrap(True)
        self.model = RowListModel(
            lambda: [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")],
            lambda p: [p.row, p.column, p.value[:80], translate_text(p.reason)],
            self,
        )
        self.model.set_rows(error.problems)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)

    @property
    def problems(self) -> list[RowProblem]:
        return [self.model.row_at(i) for i in range(self.model.rowCount())]


def show_spreadsheet_failure(parent: QWidget, exc: BaseException) -> None:
    """How every import or export reports its end: bad rows listed, Cancel silent, the rest as errors."""
    if isinstance(exc, ImportFileError):
        ImportProblemsDialog(exc, parent).exec()
    elif not isinstance(exc, OperationCancelled):
        show_error(parent, exc)


def import_customers_interactively(
    parent: QWidget, db: Database, principal: Principal, on_done: callable, path: str | None = None
) -> None:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ImportDialogs", "Import customers"), "", SPREADSHEET_FILTER
        )
    if not path:
        return
    from crm_desktop.services import customer_io

    def succeeded(result: customer_io.ImportResult) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportDialogs", "Import finished"),
            QCoreApplication.translate(
                "ImportDialogs", "%1 rows read: %2 customers added, %3 updated, %4 occupancies and %5 units added."
            )
            .replace("%1", str(result.rows))
            .replace("%2", str(result.customers_created))
            .replace("%3", str(result.customers_updated))
            .replace("%4", str(result.occupancies_created))
            .replace("%5", str(result.units_created)),
        )
        on_done()

    def failed(exc: BaseException) -> None:
        show_spreadsheet_failure(parent, exc)

    run_in_background(
        parent,
        QCoreApplication.translate("ImportDialogs", "Importing customers…"),
        lambda progress: customer_io.import_customers(db, principal, Path(path), progress),
        succeeded,
        failed,
    )


def export_customers_interactively(parent: QWidget, db: Database, principal: Principal, path: str | None = None):
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ImportDialogs", "Export customers"),
            "customers.xlsx",
            SPREADSHEET_FILTER,
        )
    if not path:
        return
    from crm_desktop.services import customer_io

    def succeeded(count: int) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportDialogs", "Export finished"),
            QCoreApplication.translate("ImportDialogs", "%1 rows written to %2 (personal data masked).")
            .replace("%1", str(count))
            .replace("%2", path),
        )

    def failed(exc: BaseException) -> None:
        show_spreadsheet_failure(parent, exc)

    run_in_background(
        parent,
        QCoreApplication.translate("ImportDialogs", "Exporting customers…"),
        lambda progress: customer_io.export_customers(db, principal, Path(path), False, progress),
        succeeded,
        failed,
    )


def save_customers_template(parent: QWidget, path: str | None = None) -> None:
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ImportDialogs", "Save import template"),
            "customers-template.xlsx",
            SPREADSHEET_FILTER,
        )
    if path:
        from crm_desktop.services import customer_io

        customer_io.write_customers_template(Path(path))
