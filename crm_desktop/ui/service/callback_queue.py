"""回访: resolved complaints and repairs waiting for their call-back, the overdue ones first and highlighted."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from crm_desktop.services.tickets import TicketRow, TicketService
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.common import OVERDUE_BACKGROUND, OVERDUE_TEXT, setup_table, time_text

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("due", "number", "kind", "customer", "phone", "unit", "title", "resolved", "staff")


class CallbackQueueModel(QAbstractTableModel):
    """The queue is short (what was resolved in the last days), so it is read whole."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[TicketRow] = []

    def set_rows(self, rows: list[TicketRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_data(self, row: int) -> TicketRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "due": self.tr("Call back by"),
            "number": self.tr("Ticket no."),
            "kind": self.tr("Kind"),
            "customer": self.tr("Customer"),
            "phone": self.tr("Phone"),
            "unit": self.tr("Unit"),
            "title": self.tr("Title"),
            "resolved": self.tr("Resolved"),
            "staff": self.tr("Handler"),
        }
        return titles[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "due":
                due = time_text(row.callback_due_at)
                if role == Qt.ItemDataRole.ToolTipRole and row.callback_overdue:
                    return self.tr("Call-back overdue since %1").replace("%1", due)
                return f"⚠ {due}" if row.callback_overdue else due
            return {
                "number": row.number,
                "kind": labels.label(labels.ticket_kinds(), row.kind),
                "customer": row.customer_name or self.tr("(anonymous)"),
                "phone": row.customer_phone,
                "unit": f"{row.community_name} {row.unit_code}".strip(),
                "title": row.title,
                "resolved": time_text(row.resolved_at),
                "staff": row.staff_name,
            }[column]
        if role == Qt.ItemDataRole.BackgroundRole and row.callback_overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.callback_overdue and column == "due":
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class CallbackQueueView(QWidget):
    """Signals: callback_requested(int) to record a call-back; open_requested(int) to show the ticket."""

    callback_requested = Signal(int)
    open_requested = Signal(int)

    def __init__(self, service: TicketService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.summary = QLabel()
        self.due_only = QCheckBox(self.tr("Due today or overdue only"))
        self.due_only.toggled.connect(lambda _c: self.reload())
        self.record_button = QPushButton(self.tr("Record call-back…"))
        self.record_button.setEnabled(False)
        self.record_button.setVisible(service.principal.may_edit)
        self.open_button = QPushButton(self.tr("Open ticket"))
        self.open_button.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.record_button.clicked.connect(self._record)
        self.open_button.clicked.connect(self._open)
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.due_only)
        top.addWidget(self.refresh_button)
        top.addWidget(self.open_button)
        top.addWidget(self.record_button)
        self.model = CallbackQueueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (0, 118, 64, 80, 104, 180, 230, 0, 80))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self._record())
        hint = QLabel(
            self.tr("Resolving a complaint or repair puts it here. Call the owner, then record the score "
                    "(1–5); a score of 1 or 2 flags the ticket for the manager and offers to reopen it.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def reload(self) -> None:
        now = datetime.now().replace(microsecond=0)
        selected = self.selected_ticket_id()
        rows = self._service.callback_queue(now, due_only=self.due_only.isChecked())
        self.model.set_rows(rows)
        waiting, late = self._service.callback_counts(now)
        self.summary.setText(
            self.tr("%1 call-backs waiting, %2 overdue").replace("%1", str(waiting)).replace("%2", str(late))
        )
        chosen = next((index for index, row in enumerate(rows) if row.id == selected), 0 if rows else None)
        if chosen is not None:  # the most urgent call-back is ready for Enter
            self.table.selectRow(chosen)
        self._update_buttons()

    def selected_ticket_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_data(index.row()) if index.isValid() else None
        return row.id if row else None

    def _update_buttons(self) -> None:
        has = self.selected_ticket_id() is not None
        self.record_button.setEnabled(has)
        self.open_button.setEnabled(has)

    def _record(self) -> None:
        ticket_id = self.selected_ticket_id()
        if ticket_id is not None and self._service.principal.may_edit:
            self.callback_requested.emit(ticket_id)

    def _open(self) -> None:
        ticket_id = self.selected_ticket_id()
        if ticket_id is not None:
            self.open_requested.emit(ticket_id)
