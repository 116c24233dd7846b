"""Importing and exporting tickets from the GUI: background work with progress, a readable error list.

The spreadsheet code is imported when first used, which keeps openpyxl out of the start-up time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crm_desktop.models.database import Database
from crm_desktop.services.principal import Principal
from crm_desktop.services.tickets import TicketFilter
from crm_desktop.ui.archives.import_dialogs import SPREADSHEET_FILTER, show_spreadsheet_failure
from crm_desktop.ui.tasks import BackgroundTask, run_in_background


def import_tickets_interactively(
    parent: QWidget, db: Database, principal: Principal, on_done: Callable[[], None], path: str | None = None
) -> BackgroundTask | None:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("TicketFiles", "Import tickets"), "", SPREADSHEET_FILTER
        )
    if not path:
        return None
    from crm_desktop.services import ticket_io

    def succeeded(result: ticket_io.TicketImportResult) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("TicketFiles", "Import finished"),
            QCoreApplication.translate(
                "TicketFiles", "%1 rows read: %2 tickets added, %3 already in the archive, %4 staff added."
            )
            .replace("%1", str(result.rows))
            .replace("%2", str(result.created))
            .replace("%3", str(result.skipped_existing))
            .replace("%4", str(result.staff_created)),
        )
        on_done()

    return run_in_background(
        parent,
        QCoreApplication.translate("TicketFiles", "Importing tickets…"),
        lambda progress: ticket_io.import_tickets(db, principal, Path(path), progress),
        succeeded,
        lambda exc: show_spreadsheet_failure(parent, exc),
    )


def export_tickets_interactively(
    parent: QWidget,
    db: Database,
    principal: Principal,
    filters: TicketFilter | None = None,
    path: str | None = None,
) -> BackgroundTask | None:
    """Export the tickets of the list as filtered (personal data masked)."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("TicketFiles", "Export tickets"), "tickets.xlsx", SPREADSHEET_FILTER
        )
    if not path:
        return None
    from crm_desktop.services import ticket_io

    def succeeded(count: int) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("TicketFiles", "Export finished"),
            QCoreApplication.translate("TicketFiles", "%1 tickets written to %2 (phones masked).")
            .replace("%1", str(count))
            .replace("%2", path),
        )

    return run_in_background(
        parent,
        QCoreApplication.translate("TicketFiles", "Exporting tickets…"),
        lambda progress: ticket_io.export_tickets(db, principal, Path(path), False, progress, filters),
        succeeded,
        lambda exc: show_spreadsheet_failure(parent, exc),
    )


def save_tickets_template(parent: QWidget, path: str | None = None) -> None:
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("TicketFiles", "Save ticket import template"),
            "tickets-template.xlsx",
            SPREADSHEET_FILTER,
        )
    if path:
        from crm_desktop.services import ticket_io

        ticket_io.write_tickets_template(Path(path))
