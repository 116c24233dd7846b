"""Pieces shared by the move-in and renovation views: form dialogs, money fields, lazy list models, unit history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ConflictError, DomainError, ValidationError
from crm_desktop.services.timeline import TimelineEntry
from crm_desktop.ui import labels
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.housing import labels as housing_labels
from crm_desktop.ui.list_model import RowListModel
from crm_desktop.ui.widgets import MessageLine

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
WARNING = QColor("#b00020")
MUTED = QColor("#777777")


def day_text(value: date | None) -> str:
    return value.isoformat() if value else "—"


def time_text(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


def money_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


class MoneyEdit(QLineEdit):
    """An amount typed as text (at most two decimals); the service turns it into a Decimal."""

    def __init__(self, value: Decimal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,10}([.]\d{0,2})?$"), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")
        self.setMaximumWidth(160)
        self.set_amount(value)

    def set_amount(self, value: Decimal | None) -> None:
        self.setText("" if value is None else f"{value:.2f}")

    def amount_text(self) -> str:
        return self.text().strip()


class FormDialog(QDialog):
    """A form with a red message line: validation problems show there and keep what was typed.

    Subclasses fill `self.form` and implement `perform()`, which calls the service and may raise."""

    def __init__(self, title: str, parent: QWidget | None = None, minimum_width: int = 480) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(minimum_width)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {}

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def perform(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.perform()
        except (ValidationError, ConflictError) as exc:
            self.message.show_message(message_of(exc))
            widget = self._fields.get(getattr(exc, "field", None) or "")
            if widget is not None:
                widget.setFocus()
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()


class LazyIdModel(QAbstractTableModel):
    """A table over row ids, fetched a page at a time; sorting re-queries with ORDER BY.

    Subclasses give the columns and how to fetch ids and rows, and how a row's cells read."""

    COLUMNS: tuple[str, ...] = ()
    SORTABLE: dict[str, str] = {}
    RIGHT_ALIGNED: frozenset[str] = frozenset()  # amounts and counts

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._pages: dict[int, dict[int, Any]] = {}
        self.sort_key = ""
        self.descending = False

    # --- for subclasses ------------------------------------------------------------------------
    def headers(self) -> dict[str, str]:
        raise NotImplementedError

    def fetch_ids(self) -> list[int]:
        raise NotImplementedError

    def fetch_rows(self, ids: list[int]) -> Sequence[Any]:
        raise NotImplementedError

    def cell(self, row: Any, column: str) -> str:
        raise NotImplementedError

    def foreground(self, row: Any, column: str) -> QColor | None:
        return None

    def tooltip(self, row: Any, column: str) -> str | None:
        return None

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._ids = self.fetch_ids()
        self._pages.clear()
        self.endResetModel()

    def row_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: int) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> Any | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            self._pages[page] = {r.id: r for r in self.fetch_rows(ids)}
            if len(self._pages) > 50:  # bounded memory while scrolling through a long list
                self._pages.pop(next(iter(self._pages)))
        return self._pages[page].get(self._ids[row])

    # --- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers().get(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self.row_data(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return QCoreApplication.translate("LazyIdModel", "(deleted)")
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.foreground(row, column)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column] if 0 <= column < len(self.COLUMNS) else ""
        if key not in self.SORTABLE:
            return
        self.sort_key = self.SORTABLE[key]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


def make_table(model: QAbstractTableModel, widths: Sequence[int] = (), sortable: bool = False) -> QTableView:
    """A read-only row-selecting table with fixed row height (no per-row measuring on long lists)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setStretchLastSection(True)
    if sortable:
        table.setSortingEnabled(True)
    return table


class UnitHistoryView(QTableView):
    """The unit's history (who lived there, handovers, renovations, inspections), newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = RowListModel(
            lambda: [self.tr("When"), self.tr("What"), self.tr("Details")],
            lambda e: [
                e.at.strftime("%Y-%m-%d %H:%M") if e.at.hour or e.at.minute else e.at.strftime("%Y-%m-%d"),
                self.describe_kind(e),
                self.describe(e),
            ],
            self,
        )
        self.setModel(self.history)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.setWordWrap(False)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.history.set_rows(entries)

    def describe_kind(self, entry: TimelineEntry) -> str:
        return {
            "occupancy_start": self.tr("Moved in"),
            "occupancy_end": self.tr("Moved out"),
            "move_in": self.tr("Handover"),
            "renovation": self.tr("Renovation"),
            "inspection": self.tr("Inspection"),
        }.get(entry.kind, entry.kind)

    def describe(self, entry: TimelineEntry) -> str:
        f = entry.fields
        if entry.kind == "occupancy_start":
            text = f"{f.get('customer', '')} · {labels.label(labels.occupancy_roles(), f.get('role'))}"
            return text + (" · " + self.tr("by transfer") if f.get("how") == "transfer" else "")
        if entry.kind == "occupancy_end":
            text = f"{f.get('customer', '')} · {labels.label(labels.churn_reasons(), f.get('reason'))}"
            return text + (f" · {entry.summary}" if entry.summary else "")
        if entry.kind == "move_in":
            return f"{f.get('customer', '')} · {labels.label(labels.move_in_statuses(), f.get('status'))}"
        if entry.kind == "renovation":
            status = labels.label(labels.renovation_statuses(), f.get("status"))
            text = f"{f.get('permit', '')} · {f.get('applicant', '')} · {status}"
            return text + (f" · {_one_line(entry.summary)}" if entry.summary else "")
        if entry.kind == "inspection":
            result = labels.label(labels.inspection_results(), f.get("result"))
            if f.get("violation"):
                result += f" ({labels.label(housing_labels.violation_types(), f['violation'])})"
            text = f"{f.get('permit', '')} · {result} · {f.get('inspector', '')}"
            return text + (f" · {_one_line(entry.summary)}" if entry.summary else "")
        return _one_line(entry.summary)


def _one_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
