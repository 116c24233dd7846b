"""The audit log viewer (SPEC §3.7), for administrators and managers.

A lazy table over entry ids (rows fetched a page at a time), filters by date range, user, action and
record type, the before/after values of the selected entry, and a check of the hash chain.
"""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models.database import Database
from crm_desktop.services.audit import ACTIONS, AuditFilter, AuditRow, AuditService, verify_audit_chain
from crm_desktop.services.principal import Principal
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.tasks import run_in_background
from crm_desktop.ui.widgets import OptionalDateEdit

PAGE_SIZE = 200
COLUMNS = ("at", "actor", "action", "entity", "entity_id", "detail")
Index = QModelIndex | QPersistentModelIndex


def action_labels() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("AuditLabels", "Created"),
        "update": QCoreApplication.translate("AuditLabels", "Changed"),
        "delete": QCoreApplication.translate("AuditLabels", "Deleted"),
        "login": QCoreApplication.translate("AuditLabels", "Logged in"),
        "login_failed": QCoreApplication.translate("AuditLabels", "Login failed"),
        "logout": QCoreApplication.translate("AuditLabels", "Logged out"),
        "reveal": QCoreApplication.translate("AuditLabels", "Showed in clear"),
        "export": QCoreApplication.translate("AuditLabels", "Exported"),
        "print": QCoreApplication.translate("AuditLabels", "Printed"),
        "import": QCoreApplication.translate("AuditLabels", "Imported"),
    }


def entity_labels() -> dict[str, str]:
    return {
        "communities": QCoreApplication.translate("AuditLabels", "Community"),
        "buildings": QCoreApplication.translate("AuditLabels", "Building"),
        "units": QCoreApplication.translate("AuditLabels", "Unit"),
        "customers": QCoreApplication.translate("AuditLabels", "Customer"),
        "occupancies": QCoreApplication.translate("AuditLabels", "Occupancy"),
        "interactions": QCoreApplication.translate("AuditLabels", "Contact record"),
        "tickets": QCoreApplication.translate("AuditLabels", "Ticket"),
        "ticket_events": QCoreApplication.translate("AuditLabels", "Ticket history"),
        "ticket_counters": QCoreApplication.translate("AuditLabels", "Ticket numbering"),
        "staff": QCoreApplication.translate("AuditLabels", "Staff"),
        "staff_assessments": QCoreApplication.translate("AuditLabels", "Staff assessment"),
        "surveys": QCoreApplication.translate("AuditLabels", "Survey"),
        "questions": QCoreApplication.translate("AuditLabels", "Survey question"),
        "responses": QCoreApplication.translate("AuditLabels", "Survey response"),
        "answers": QCoreApplication.translate("AuditLabels", "Survey answer"),
        "move_ins": QCoreApplication.translate("AuditLabels", "Move-in"),
        "renovations": QCoreApplication.translate("AuditLabels", "Renovation"),
        "inspections": QCoreApplication.translate("AuditLabels", "Inspection"),
        "deductions": QCoreApplication.translate("AuditLabels", "Deposit deduction"),
        "handover_defects": QCoreApplication.translate("AuditLabels", "Handover defect"),
        "holidays": QCoreApplication.translate("AuditLabels", "Holiday"),
        "sla_policies": QCoreApplication.translate("AuditLabels", "SLA"),
        "settings": QCoreApplication.translate("AuditLabels", "Setting"),
        "users": QCoreApplication.translate("AuditLabels", "User"),
        "report": QCoreApplication.translate("AuditLabels", "Report"),
    }


def detail_text(detail: str | None) -> str:
    """The log stores its fixed details in English (the hash chain must not depend on the desk's language);
    the ones the services mark with QT_TRANSLATE_NOOP("AuditDetails", …) are shown translated."""
    return QCoreApplication.translate("AuditDetails", detail) if detail else ""


def _label(mapping: dict[str, str], code: str | None) -> str:
    return mapping.get(code, code) if code else ""


def _show(value: object) -> str:
    if value is None or value == "":
        return "—"
    return str(value)


class AuditTableModel(QAbstractTableModel):
    """Entry ids of the current filter; rows fetched a page at a time, never the whole log."""

    def __init__(self, service: AuditService, parent: object = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ids: list[int] = []
        self._pages: dict[int, dict[int, AuditRow]] = {}
        self._filters = AuditFilter()

    def set_filters(self, filters: AuditFilter) -> None:
        self._filters = filters
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = self._service.entry_ids(self._filters)
        self._pages.clear()
        self.endResetModel()

    def entry(self, row: int) -> AuditRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            self._pages[page] = {r.id: r for r in self._service.rows(ids)}
            if len(self._pages) > 50:  # bounded memory while scrolling through a long log
                self._pages.pop(next(iter(self._pages)))
        return self._pages[page].get(self._ids[row])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "at": self.tr("Time"),
            "actor": self.tr("User"),
            "action": self.tr("Action"),
            "entity": self.tr("Record type"),
            "entity_id": self.tr("Record"),
            "detail": self.tr("Detail"),
        }
        return titles[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "at": entry.at.strftime("%Y-%m-%d %H:%M:%S"),
                "actor": entry.actor,
                "action": _label(action_labels(), entry.action),
                "entity": _label(entity_labels(), entry.entity),
                "entity_id": entry.entity_id or "",
                "detail": detail_text(entry.detail)[:200],
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and entry.action in ("login_failed", "delete", "reveal"):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None


class AuditViewerDialog(QDialog):
    def __init__(self, db: Database, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.service = AuditService(db, principal)
        self.setWindowTitle(self.tr("Audit log"))
        self.since = OptionalDateEdit()
        self.since.set_value((datetime.now() - timedelta(days=30)).date())
        self.until = OptionalDateEdit()
        self.actor = QComboBox()
        self.action = QComboBox()
        self.entity = QComboBox()
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply_filters)
        self.verify_button = QPushButton(self.tr("Check the chain…"))
        self.verify_button.setToolTip(
            self.tr("Recompute every entry's hash to find entries that were edited or deleted")
        )
        self.verify_button.clicked.connect(self.verify_chain)
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("From"), self.since),
            (self.tr("To"), self.until),
            (self.tr("User"), self.actor),
            (self.tr("Action"), self.action),
            (self.tr("Record type"), self.entity),
        ):
            filters.addWidget(QLabel(text))
            filters.addWidget(widget)
        filters.addWidget(self.apply_button)
        filters.addStretch()
        filters.addWidget(self.verify_button)

        self.model = AuditTableModel(self.service, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)  # fixed row height: no per-row measuring
        header = self.table.horizontalHeader()
        for column, width in enumerate((150, 110, 120, 110, 70)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count_label = QLabel()
        self.before = QPlainTextEdit()
        self.after = QPlainTextEdit()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for edit in (self.before, self.after):
            edit.setReadOnly(True)
        before_box, after_box = QVBoxLayout(), QVBoxLayout()
        before_box.addWidget(QLabel(self.tr("Before")))
        before_box.addWidget(self.before)
        after_box.addWidget(QLabel(self.tr("After")))
        after_box.addWidget(self.after)
        values = QHBoxLayout()
        values.addLayout(before_box)
        values.addLayout(after_box)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail)
        bottom_layout.addLayout(values)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setSizes([420, 200])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(close)
        self.table.selectionModel().currentRowChanged.connect(self._show_entry)
        self.resize(1100, 700)
        self._fill_choices()
        self.apply_filters()

    def _fill_choices(self) -> None:
        self.actor.clear()
        self.actor.addItem(self.tr("All"), None)
        for name in self.service.actors():
            self.actor.addItem(name, name)
        self.action.clear()
        self.action.addItem(self.tr("All"), None)
        names = action_labels()
        for code in ACTIONS:
            self.action.addItem(names.get(code, code), code)
        self.entity.clear()
        self.entity.addItem(self.tr("All"), None)
        entity_names = entity_labels()
        for code in self.service.entities():
            self.entity.addItem(entity_names.get(code, code), code)

    def filters(self) -> AuditFilter:
        since, until = self.since.value(), self.until.value()
        return AuditFilter(
            since=datetime.combine(since, time.min) if since else None,
            until=datetime.combine(until + timedelta(days=1), time.min) if until else None,  # the whole last day
            actor=self.actor.currentData(),
            action=self.action.currentData(),
            entity=self.entity.currentData(),
        )

    def apply_filters(self) -> None:
        self.model.set_filters(self.filters())
        self.count_label.setText(self.tr("Entries: %1").replace("%1", str(self.model.rowCount())))
        self._show_entry(self.table.currentIndex())
        if self.model.rowCount():
            self.table.selectRow(0)

    def _show_entry(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        entry = self.model.entry(current.row()) if current.isValid() else None
        if entry is None:
            self.before.clear()
            self.after.clear()
            self.detail.clear()
            return
        before = json.loads(entry.before) if entry.before else {}
        after = json.loads(entry.after) if entry.after else {}
        self.before.setPlainText("\n".join(f"{k}: {_show(v)}" for k, v in sorted(before.items())))
        self.after.setPlainText("\n".join(f"{k}: {_show(v)}" for k, v in sorted(after.items())))
        self.detail.setText(
            f"#{entry.id}  {entry.at:%Y-%m-%d %H:%M:%S}  {entry.actor}  "
            f"{_label(action_labels(), entry.action)}  {_label(entity_labels(), entry.entity)} "
            f"{entry.entity_id or ''}  {detail_text(entry.detail)}".strip()
        )

    def verify_chain(self) -> None:
        self.verify_button.setEnabled(False)

        def done(result) -> None:
            self.verify_button.setEnabled(True)
            if result.ok:
                QMessageBox.information(
                    self,
                    self.tr("Audit log intact"),
                    self.tr("All %1 entries are intact: none was edited or deleted.").replace(
                        "%1", str(result.entries_checked)
                    ),
                )
            else:
                QMessageBox.critical(
                    self,
                    self.tr("Audit log damaged"),
                    self.tr("The audit log was tampered with at entry %1:").replace("%1", str(result.first_broken_id))
                    + "\n"
                    + result.problem,
                )

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(True)
            show_error(self, exc)

        self.verify_task = run_in_background(
            self, self.tr("Checking the audit log"), lambda _progress: verify_audit_chain(self.db), done, failed
        )
