"""Settings → Service: the SLA table and holiday calendar (edited in the SLA dialog), and the categories."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QTableView, QVBoxLayout, QWidget

from crm_desktop.services.codes import TICKET_CATEGORIES
from crm_desktop.services.sla import Policy, SlaService
from crm_desktop.ui.list_model import RowListModel
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.common import setup_table
from crm_desktop.ui.service.sla_dialog import SlaSettingsDialog
from crm_desktop.ui.settings.page import SettingsPage


def _hours(value) -> str:
    return f"{value.normalize():f}"


class ServicePage(SettingsPage):
    """A summary of the rules in force; the SLA dialog of the service tab changes them."""

    def __init__(self, service: SlaService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.sla_box = QGroupBox()
        self.sla = RowListModel(
            lambda: [self.tr("Severity"), self.tr("Respond within"), self.tr("Resolve within"), self.tr("Clock")],
            self._policy_cells,
            self,
        )
        self.sla_view = QTableView()
        self.sla_view.setModel(self.sla)
        setup_table(self.sla_view, (110, 150, 150))
        rows_height = self.sla_view.verticalHeader().defaultSectionSize() * 4
        self.sla_view.setFixedHeight(rows_height + self.sla_view.horizontalHeader().sizeHint().height() + 4)
        self.office_hours = QLabel()
        self.holidays = QLabel()
        self.holidays.setWordWrap(True)
        self.edit_sla = QPushButton()
        self.edit_sla.clicked.connect(self.open_sla_dialog)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_sla)
        edit_row.addStretch()
        sla_layout = QVBoxLayout(self.sla_box)
        sla_layout.addWidget(self.sla_view)
        sla_layout.addWidget(self.office_hours)
        sla_layout.addWidget(self.holidays)
        sla_layout.addLayout(edit_row)

        self.categories_box = QGroupBox()
        self.categories = QListWidget()
        self.categories.setMaximumHeight(self.categories.fontMetrics().height() * 4 + 16)
        self.categories.setFlow(QListWidget.Flow.LeftToRight)
        self.categories.setWrapping(True)
        self.categories.setSpacing(4)
        self.categories_note = QLabel()
        self.categories_note.setWordWrap(True)
        self.categories_note.setStyleSheet("color: #555;")
        categories_layout = QVBoxLayout(self.categories_box)
        categories_layout.addWidget(self.categories)
        categories_layout.addWidget(self.categories_note)

        layout = QVBoxLayout(self)
        layout.addWidget(self.sla_box)
        layout.addWidget(self.categories_box)
        layout.addWidget(self.message)
        layout.addStretch()
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Service")

    def retranslate_ui(self) -> None:
        self.sla_box.setTitle(self.tr("Time limits (SLA) and holiday calendar"))
        self.edit_sla.setText(self.tr("Change SLA and holiday calendar…") if self._may_change()
                              else self.tr("Show SLA and holiday calendar…"))
        self.categories_box.setTitle(self.tr("Ticket categories"))
        self.categories_note.setText(self.tr(
            "The categories are the fixed list of the import and export files (类别 column), so that "
            "spreadsheets from every office read the same. They cannot be changed in this version."
        ))
        self.categories.clear()
        names = labels.categories()
        for code, file_name in TICKET_CATEGORIES.items():
            shown = names.get(code, code)
            # The spelling in import files too, where it differs from what the interface shows.
            self.categories.addItem(shown if shown == file_name else f"{shown} ({file_name})")
        self.refresh()

    def _may_change(self) -> bool:
        return self.service.principal.role in ("admin", "manager") and self.service.principal.may_edit

    def _policy_cells(self, policy: Policy) -> list[str]:
        hours = self.tr("%1 h")
        return [
            labels.label(labels.severities(), policy.severity),
            hours.replace("%1", _hours(policy.response_hours)),
            hours.replace("%1", _hours(policy.resolution_hours)),
            labels.label(labels.clocks(), policy.clock),
        ]

    def refresh(self) -> None:
        settings = self.service.settings()
        self.sla.set_rows(list(settings.policies))
        self.office_hours.setText(
            self.tr("Office hours %1–%2; call back within %3 days.")
            .replace("%1", settings.office_start.strftime("%H:%M"))
            .replace("%2", settings.office_end.strftime("%H:%M"))
            .replace("%3", str(settings.callback_days))
        )
        year = date.today().year
        counts = [len(self.service.holidays(y)) for y in (year, year + 1)]
        self.holidays.setText(
            self.tr("Holiday calendar: %1 days entered for %2, %3 for %4.")
            .replace("%1", str(counts[0])).replace("%2", str(year))
            .replace("%3", str(counts[1])).replace("%4", str(year + 1))
        )

    def open_sla_dialog(self) -> None:
        SlaSettingsDialog(self.service, self).exec()
        self.refresh()  # after Save or Close: the holiday calendar is saved day by day
