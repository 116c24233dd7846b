"""Search-as-you-type pickers for a unit or a customer, used inside dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from crm_desktop.services.customers import CustomerService
from crm_desktop.services.structure import StructureService

MAX_HITS = 30


class _Picker(QWidget):
    picked = Signal(object)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.results.currentItemChanged.connect(self._changed)

    def selected_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.picked.emit(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _fill(self, hits: list[tuple[int, str]]) -> None:
        self.results.clear()
        for hit_id, text in hits:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hit_id)
            self.results.addItem(item)
        if len(hits) == 1:
            self.results.setCurrentRow(0)

    def refresh(self) -> None:
        raise NotImplementedError


class UnitPicker(_Picker):
    def __init__(self, service: StructureService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Type a unit code, e.g. 3栋-2单元-1202"), parent)
        self._service = service

    def refresh(self) -> None:
        text = self.search.text().strip()
        units = self._service.find_units(text, MAX_HITS) if text else []
        self._fill([(u.id, f"{u.community_name} {u.code}") for u in units])


class CustomerPicker(_Picker):
    def __init__(self, service: CustomerService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Type a name, pinyin, phone digits or unit code"), parent)
        self._service = service

    def refresh(self) -> None:
        text = self.search.text().strip()
        ids = self._service.search_ids(text)[:MAX_HITS] if text else []
        rows = self._service.rows(ids)
        self._fill([(r.id, f"{r.name}  {r.unit_codes.replace(',', ', ')}  {r.mobile}".strip()) for r in rows])
