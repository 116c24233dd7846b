"""SLA settings (时限): hours per severity, the clock, office hours, call-back delay, manager, holiday calendar.

Managers and administrators change them; others see them read-only. The lead can open this dialog from the
Settings window as well as from the service tab.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.codes import SEVERITIES
from crm_desktop.services.errors import DomainError
from crm_desktop.services.sla import SHIPPED_CALENDAR, HolidayRow, Policy, SlaService, SlaSettings
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.list_model import RowListModel
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.common import setup_table
from crm_desktop.ui.widgets import CodeComboBox, DateEdit, MessageLine


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class SlaSettingsDialog(QDialog):
    def __init__(self, service: SlaService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.may_change = service.principal.role in ("admin", "manager") and service.principal.may_edit
        self.setWindowTitle(self.tr("SLA and holiday calendar"))
        settings = service.settings()

        grid = QGridLayout()
        for column, text in enumerate(
            (self.tr("Severity"), self.tr("Respond within (hours)"), self.tr("Resolve within (hours)"),
             self.tr("Clock"))
        ):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.rows: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox, CodeComboBox]] = {}
        policies = {p.severity: p for p in settings.policies}
        for row, severity in enumerate(SEVERITIES, start=1):
            policy = policies[severity]
            response, resolution = QDoubleSpinBox(), QDoubleSpinBox()
            for box, value in ((response, policy.response_hours), (resolution, policy.resolution_hours)):
                box.setRange(0.01, 8760)
                box.setDecimals(2)
                box.setValue(float(value))
            clock = CodeComboBox(labels.clocks())
            clock.set_code(policy.clock)
            self.rows[severity] = (response, resolution, clock)
            grid.addWidget(QLabel(labels.label(labels.severities(), severity)), row, 0)
            grid.addWidget(response, row, 1)
            grid.addWidget(resolution, row, 2)
            grid.addWidget(clock, row, 3)
        table_box = QGroupBox(self.tr("Time limits per severity"))
        table_box.setLayout(grid)

        self.office_start, self.office_end = QTimeEdit(_qtime(settings.office_start)), QTimeEdit(
            _qtime(settings.office_end)
        )
        for edit in (self.office_start, self.office_end):
            edit.setDisplayFormat("HH:mm")
        self.callback_days = QSpinBox()
        self.callback_days.setRange(0, 60)
        self.callback_days.setValue(settings.callback_days)
        self.callback_days.setSuffix(" " + self.tr("days"))
        self.manager = QLineEdit(settings.service_manager)
        self.manager.setPlaceholderText(self.tr("e.g. the customer-service supervisor"))
        hours = QHBoxLayout()
        hours.addWidget(self.office_start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.office_end)
        hours.addStretch()
        other = QFormLayout()
        other.addRow(self.tr("Office hours (Monday–Friday and make-up workdays)"), hours)
        other.addRow(self.tr("Call back within"), self.callback_days)
        other.addRow(self.tr("Escalate overdue tickets to"), self.manager)

        self.calendar_box = self._calendar()
        self.message = MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(self.may_change)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.may_change:
            notice = QLabel(self.tr("Only a manager or an administrator may change these settings."))
            notice.setStyleSheet("color: #555;")
            layout.addWidget(notice)
        layout.addWidget(table_box)
        layout.addLayout(other)
        layout.addWidget(self.calendar_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for widget in (table_box, self.office_start, self.office_end, self.callback_days, self.manager):
            widget.setEnabled(self.may_change)
        self.resize(720, 720)
        self.reload_holidays()

    # --- the holiday calendar -----------------------------------------------------------------
    def _calendar(self) -> QGroupBox:
        box = QGroupBox(self.tr("Holiday calendar (public holidays and make-up workdays)"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _v: self.reload_holidays())
        self.holidays = RowListModel(
            lambda: [self.tr("Day"), self.tr("Weekday"), self.tr("Kind"), self.tr("Name")],
            lambda h: [h.day.isoformat(), self._weekday(h.day),
                       self.tr("Make-up workday") if h.is_workday else self.tr("Day off"), h.name],
            self,
        )
        self.holiday_view = QTableView()
        self.holiday_view.setModel(self.holidays)
        setup_table(self.holiday_view, (96, 70, 120))
        self.calendar_note = QLabel()
        self.calendar_note.setWordWrap(True)
        self.calendar_note.setStyleSheet("color: #8a4b00;")
        self.day = DateEdit(date.today())
        self.day_is_workday = QCheckBox(self.tr("Make-up workday (调休上班)"))
        self.day_name = QLineEdit()
        self.day_name.setPlaceholderText(self.tr("e.g. 国庆节"))
        self.add_day = QPushButton(self.tr("Add / change"))
        self.remove_day = QPushButton(self.tr("Remove selected"))
        self.add_day.clicked.connect(self._save_day)
        self.remove_day.clicked.connect(self._remove_day)
        for widget in (self.day, self.day_is_workday, self.day_name, self.add_day, self.remove_day):
            widget.setEnabled(self.may_change)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch()
        edit = QHBoxLayout()
        edit.addWidget(self.day)
        edit.addWidget(self.day_name, 1)
        edit.addWidget(self.day_is_workday)
        edit.addWidget(self.add_day)
        edit.addWidget(self.remove_day)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.holiday_view, 1)
        layout.addWidget(self.calendar_note)
        layout.addLayout(edit)
        return box

    def reload_holidays(self) -> None:
        year = self.year.value()
        rows = self._service.holidays(year)
        self.holidays.set_rows(rows)
        notes = []
        if not rows:
            notes.append(self.tr("No days for %1: the office-hours clock counts only weekends there. "
                                 "Enter the State Council's schedule once it is published.").replace("%1", str(year)))
        elif year in SHIPPED_CALENDAR and not SHIPPED_CALENDAR[year][2]:
            notes.append(self.tr("The %1 days shipped with the program are an estimate (marked 预估); "
                                 "check them against the State Council's notice.").replace("%1", str(year)))
        self.calendar_note.setText(" ".join(notes))
        self.calendar_note.setVisible(bool(notes))

    def _save_day(self) -> None:
        try:
            self._service.save_holiday(self.day.value(), self.day_is_workday.isChecked(), self.day_name.text())
        except DomainError as exc:
            self.message.show_message(message_of(exc))
            return
        self.message.show_message("")
        self.year.setValue(self.day.value().year)
        self.reload_holidays()

    def _remove_day(self) -> None:
        index = self.holiday_view.currentIndex()
        row: HolidayRow | None = self.holidays.row_at(index.row()) if index.isValid() else None
        if row is None:
            return
        try:
            self._service.delete_holiday(row.day)
        except DomainError as exc:
            show_error(self, exc)
        self.reload_holidays()

    def _weekday(self, day: date) -> str:
        names = (
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
            self.tr("Sun"),
        )
        return names[day.weekday()]

    # --- saving -------------------------------------------------------------------------------
    def settings(self) -> SlaSettings:
        policies = tuple(
            Policy(
                severity,
                Decimal(str(round(response.value(), 2))),
                Decimal(str(round(resolution.value(), 2))),
                clock.code() or "24x7",
            )
            for severity, (response, resolution, clock) in self.rows.items()
        )
        return SlaSettings(
            policies, _time(self.office_start), _time(self.office_end), self.callback_days.value(),
            self.manager.text(),
        )

    def save(self) -> None:
        try:
            self._service.save_settings(self.settings())
        except DomainError as exc:
            self.message.show_message(message_of(exc))
            return
        self.accept()

