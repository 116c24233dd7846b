"""Importing and exporting survey responses from the GUI: in the background, with progress and Cancel.

The spreadsheet code is imported when first used, which keeps openpyxl out of the start-up time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crm_desktop.models.database import Database
from crm_desktop.services.principal import Principal
from crm_desktop.ui.archives.import_dialogs import SPREADSHEET_FILTER, show_spreadsheet_failure
from crm_desktop.ui.tasks import BackgroundTask, run_in_background


def import_surveys_interactively(
    parent: QWidget, db: Database, principal: Principal, on_done: Callable[[], None], path: str | None = None
) -> BackgroundTask | None:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("SurveyImport", "Import survey responses"), "", SPREADSHEET_FILTER
        )
    if not path:
        return None
    from crm_desktop.services import survey_io

    def succeeded(result: survey_io.SurveyImportResult) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SurveyImport", "Import finished"),
            QCoreApplication.translate(
                "SurveyImport",
                "%1 rows read: %2 responses added, %3 updated, %4 already there; %5 campaigns created; "
                "%6 responses linked to a customer.",
            )
            .replace("%1", str(result.rows))
            .replace("%2", str(result.responses_created))
            .replace("%3", str(result.responses_updated))
            .replace("%4", str(result.unchanged_rows))
            .replace("%5", str(result.campaigns_created))
            .replace("%6", str(result.customers_linked)),
        )
        on_done()

    return run_in_background(
        parent,
        QCoreApplication.translate("SurveyImport", "Importing survey responses…"),
        lambda progress: survey_io.import_survey_responses(db, principal, Path(path), progress),
        succeeded,
        lambda exc: show_spreadsheet_failure(parent, exc),
    )


def export_surveys_interactively(
    parent: QWidget, db: Database, principal: Principal, path: str | None = None
) -> BackgroundTask | None:
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("SurveyImport", "Export survey responses"),
            "survey-responses.xlsx",
            SPREADSHEET_FILTER,
        )
    if not path:
        return None
    from crm_desktop.services import survey_io

    def succeeded(count: int) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SurveyImport", "Export finished"),
            QCoreApplication.translate("SurveyImport", "%1 responses written to %2 (phone numbers masked).")
            .replace("%1", str(count))
            .replace("%2", path),
        )

    return run_in_background(
        parent,
        QCoreApplication.translate("SurveyImport", "Exporting survey responses…"),
        lambda progress: survey_io.export_survey_responses(db, principal, Path(path), False, progress),
        succeeded,
        lambda exc: show_spreadsheet_failure(parent, exc),
    )


def save_surveys_template(parent: QWidget, path: str | None = None) -> None:
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("SurveyImport", "Save survey import template"),
            "surveys-template.xlsx",
            SPREADSHEET_FILTER,
        )
    if path:
        from crm_desktop.services import survey_io

        survey_io.write_surveys_template(Path(path))
