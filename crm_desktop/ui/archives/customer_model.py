"""Lazy table model over customer ids: rows are fetched a page at a time, sorting re-queries."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crm_desktop.services.customers import CustomerFilter, CustomerRow, CustomerService
from crm_desktop.ui import labels

PAGE_SIZE = 200
COLUMNS = ("name", "type", "units", "mobile", "id_number", "tags", "status")
SORTABLE = {"name": "name", "type": "type", "units": "units", "mobile": "mobile", "id_number": "id_number"}

Index = QModelIndex | QPersistentModelIndex


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, service: CustomerService, parent: object = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ids: list[int] = []
        self._pages: dict[int, dict[int, CustomerRow]] = {}
        self._query = ""
        self._filters = CustomerFilter()
        self._sort_column = "name"
        self._descending = False
        self._loaded = False

    # --- what to show -------------------------------------------------------------------------
    def set_search(self, query: str, filters: CustomerFilter) -> None:
        self._query, self._filters = query, filters
        self.reload()

    def reload(self) -> None:
        self.show_ids(
            self._query, self._filters, self._service.search_ids(self._query, self._filters, *self.sort_order())
        )

    def sort_order(self) -> tuple[str, bool]:
        """(sort column, descending) as `CustomerService.search_ids` takes them."""
        return self._sort_column, self._descending

    def show_ids(self, query: str, filters: CustomerFilter, ids: list[int]) -> None:
        """Show the result of a search already made (off the GUI thread) for `query` and `filters`."""
        self.beginResetModel()
        self._query, self._filters, self._ids = query, filters, ids
        self._pages.clear()
        self._loaded = True
        self.endResetModel()

    def invalidate(self) -> None:
        """After an edit: drop cached rows but keep the ids (and the selection) in place."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int | None:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    def _row(self, row: int) -> CustomerRow | None:
        page = row // PAGE_SIZE
        if page not in self._pages:
            ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            self._pages[page] = {r.id: r for r in self._service.rows(ids)}
            if len(self._pages) > 50:  # bounded memory while scrolling through a big list
                self._pages.pop(next(iter(self._pages)))
        return self._pages[page].get(self._ids[row])

    # --- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "name": self.tr("Name"),
            "type": self.tr("Type"),
            "units": self.tr("Units"),
            "mobile": self.tr("Mobile"),
            "id_number": self.tr("ID number"),
            "tags": self.tr("Tags"),
            "status": self.tr("Status"),
        }
        return titles[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self._row(index.row())
        if row is None:
            return self.tr("(deleted)") if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "name": row.name,
                "type": labels.label(labels.customer_types(), row.customer_type),
                "units": row.unit_codes.replace(",", ", "),
                "mobile": row.mobile,
                "id_number": row.id_number,
                "tags": row.tags.replace(",", ", "),
                "status": self.tr("Living here") if row.is_active else self.tr("Moved out / none"),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "name" and row.special_needs:
            return self.tr("Special needs: %1").replace("%1", row.special_needs)
        if role == Qt.ItemDataRole.ForegroundRole and not row.is_active:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else "name"
        if key not in SORTABLE:
            return
        self._sort_column = SORTABLE[key]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:  # the view sets its initial sort before the first search: no list to re-sort yet
            self.reload()
