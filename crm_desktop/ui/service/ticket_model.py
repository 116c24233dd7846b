"""Lazy table model over ticket ids: ids and rows are fetched a slice at a time, sorting re-queries with ORDER BY.

Only the count is asked for up front: with 1.5 million tickets the full list of ids took 2.5 s and 140 MB
(BENCHMARKS.md, ticket list), where the count and the first slice take milliseconds.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from crm_desktop.services.tickets import TicketFilter, TicketRow, TicketService
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.common import FLAGGED_TEXT, MUTED_TEXT, OVERDUE_BACKGROUND, OVERDUE_TEXT, time_text

PAGE_SIZE = 200
MAX_PAGES = 50  # bounded memory while scrolling through a big list
ID_CHUNK = 2000  # ids fetched per query (a multiple of PAGE_SIZE)
MAX_ID_CHUNKS = 100  # at most 200,000 ids held at once
COLUMNS = ("number", "received", "title", "kind", "category", "severity", "status", "due", "customer", "unit", "staff")
SORTABLE = {
    "number": "number",
    "received": "received",
    "kind": "kind",
    "category": "category",
    "severity": "severity",
    "status": "status",
    "title": "title",
    "customer": "customer",
    "unit": "unit",
    "staff": "staff",
    "due": "due",
}

Index = QModelIndex | QPersistentModelIndex


class TicketTableModel(QAbstractTableModel):
    def __init__(self, service: TicketService, parent: object = None) -> None:
        super().__init__(parent)
        self._service = service
        self._count = 0
        self._id_chunks: dict[int, list[int]] = {}
        self._pages: dict[int, dict[int, TicketRow]] = {}
        self._filters = TicketFilter(status="open")
        self._sort = "received"
        self._descending = True
        self._now = datetime.now()
        self._bold = QFont()
        self._bold.setBold(True)

    # --- what to show -------------------------------------------------------------------------
    @property
    def filters(self) -> TicketFilter:
        return self._filters

    def set_filters(self, filters: TicketFilter) -> None:
        self._filters = filters
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._now = datetime.now().replace(microsecond=0)
        self._count = self._service.count(self._filters, self._now)
        self._id_chunks.clear()
        self._pages.clear()
        self.endResetModel()

    def invalidate(self) -> None:
        """After a change to some tickets: drop cached rows but keep the ids (and the selection) in place."""
        self._pages.clear()
        self._now = datetime.now().replace(microsecond=0)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def _chunk(self, chunk: int) -> list[int]:
        if chunk not in self._id_chunks:
            self._id_chunks[chunk] = self._service.search_ids(
                self._filters, self._sort, self._descending, self._now, offset=chunk * ID_CHUNK, limit=ID_CHUNK
            )
            if len(self._id_chunks) > MAX_ID_CHUNKS:
                self._id_chunks.pop(next(iter(self._id_chunks)))
        return self._id_chunks[chunk]

    def ticket_id(self, row: int) -> int | None:
        if not 0 <= row < self._count:
            return None
        ids = self._chunk(row // ID_CHUNK)
        offset = row % ID_CHUNK
        return ids[offset] if offset < len(ids) else None  # fewer when tickets went since the count

    def row_of(self, ticket_id: int) -> int | None:
        for chunk, ids in self._id_chunks.items():
            if ticket_id in ids:
                return chunk * ID_CHUNK + ids.index(ticket_id)
        found = self._service.position(ticket_id, self._filters, self._sort, self._descending, self._now)
        return found if found is not None and found < self._count else None

    def row_data(self, row: int) -> TicketRow | None:
        ticket_id = self.ticket_id(row)
        if ticket_id is None:
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            start = page * PAGE_SIZE % ID_CHUNK  # a page lies within one chunk: ID_CHUNK is a multiple of it
            ids = self._chunk(row // ID_CHUNK)[start : start + PAGE_SIZE]
            self._pages[page] = {r.id: r for r in self._service.rows(ids, self._now)}
            if len(self._pages) > MAX_PAGES:
                self._pages.pop(next(iter(self._pages)))
        return self._pages[page].get(ticket_id)

    # --- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "number": self.tr("Ticket no."),
            "received": self.tr("Received"),
            "kind": self.tr("Kind"),
            "category": self.tr("Category"),
            "severity": self.tr("Severity"),
            "status": self.tr("Status"),
            "title": self.tr("Title"),
            "customer": self.tr("Customer"),
            "unit": self.tr("Unit"),
            "staff": self.tr("Handler"),
            "due": self.tr("Due"),
        }
        return titles[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self.row_data(index.row())
        if row is None:
            return self.tr("(deleted)") if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue and column in ("due", "status"):
                return QBrush(OVERDUE_TEXT)
            if row.flagged_for_manager and column in ("number", "status"):
                return QBrush(FLAGGED_TEXT)
            if row.status == "closed":
                return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == "due":
            return self._bold
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: TicketRow, column: str) -> str:
        if column == "status":
            text = labels.label(labels.ticket_statuses(), row.status)
            if row.flagged_for_manager:
                text += " ⚑"
            return text
        if column == "due":
            if row.status in ("resolved", "closed") or row.due_at is None:
                return ""
            due = time_text(row.due_at)
            return f"⚠ {due}" if row.overdue else due
        if column == "unit":
            return f"{row.community_name} {row.unit_code}".strip()
        return {
            "number": row.number,
            "received": time_text(row.received_at),
            "kind": labels.label(labels.ticket_kinds(), row.kind),
            "category": labels.label(labels.categories(), row.category),
            "severity": labels.label(labels.severities(), row.severity),
            "title": row.title,
            "customer": row.customer_name or self.tr("(anonymous)"),
            "staff": row.staff_name,
        }[column]

    def _tooltip(self, row: TicketRow, column: str) -> str | None:
        if column == "status":
            parts = []
            if row.overdue:
                parts.append(self.tr("Overdue: due %1").replace("%1", time_text(row.due_at)))
            if row.escalated_to:
                parts.append(self.tr("Escalated to %1").replace("%1", row.escalated_to))
            if row.flagged_for_manager:
                parts.append(self.tr("Flagged for the manager after a low call-back score"))
            return "\n".join(parts) or None
        if column == "title":
            return row.title
        if column == "due" and row.overdue:
            return self.tr("Overdue: due %1").replace("%1", time_text(row.due_at))
        if column == "customer" and row.customer_phone:
            return row.customer_phone
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else "received"
        if key not in SORTABLE:
            return
        self._sort = SORTABLE[key]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
