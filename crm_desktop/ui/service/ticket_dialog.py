"""Taking a ticket on the phone, from the keyboard alone: find the caller, fill the form, Enter saves.

Tab order follows a call: caller search (↓/↑ pick among the hits) → unit → kind → channel → category →
severity → title → description (Ctrl+Enter saves there) → received time → another unit → likely duplicates.
"""

from __future__ import annotations

from contextlib import suppress
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customers import CustomerService
from crm_desktop.services.errors import ConflictError, DomainError, ValidationError
from crm_desktop.services.structure import StructureService
from crm_desktop.services.tickets import TicketDetail, TicketInput, TicketRow, TicketService
from crm_desktop.ui.archives.pickers import CustomerPicker, UnitPicker
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.common import MomentEdit, time_text
from crm_desktop.ui.widgets import CodeComboBox, MessageLine

DUPLICATE_CHECK_DELAY_MS = 250


class _ArrowsToList(QObject):
    """↓ and ↑ in a search field move the selection in its list of hits, so the hand stays on the keyboard."""

    def __init__(self, picker, parent: QObject) -> None:
        super().__init__(parent)
        self._picker = picker

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            results = self._picker.results
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and results.count():
                row = results.currentRow()
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                results.setCurrentRow(max(0, min(results.count() - 1, row + step if row >= 0 else 0)))
                return True
        return False


class _HideWhenEmpty(QObject):
    """A picker's list of hits takes room only when there are hits (a child of the list: it goes with it)."""

    def __init__(self, results: QListWidget) -> None:
        super().__init__(results)
        self._results = results
        model = results.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.update)
        self.update()

    def update(self) -> None:
        with suppress(RuntimeError):  # the list's model empties itself while the list is being destroyed
            self._results.setVisible(self._results.count() > 0)


class TicketDialog(QDialog):
    """New ticket, or the corrections of an existing one (`detail`)."""

    def __init__(
        self,
        service: TicketService,
        customers: CustomerService,
        structure: StructureService,
        detail: TicketDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._customers, self._structure = service, customers, structure
        self._detail = detail
        self.ticket_id: int | None = detail.id if detail else None
        self.number: str | None = detail.number if detail else None
        self.customer_id: int | None = detail.data.customer_id if detail else None
        self._customer_text = detail.customer_name if detail else ""
        self.setWindowTitle(
            self.tr("Ticket %1").replace("%1", detail.number) if detail else self.tr("New ticket")
        )
        self._build()
        if detail is not None:
            self._load(detail)
        else:
            self._show_customer()
        self._duplicate_timer.start()
        self.customer.search.setFocus()

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.customer = CustomerPicker(self._customers)
        self.customer.results.setMaximumHeight(96)
        self.customer.search.installEventFilter(_ArrowsToList(self.customer, self))
        self.customer.picked.connect(self._customer_picked)
        _HideWhenEmpty(self.customer.results)
        self.customer_label = QLabel()
        self.customer_label.setWordWrap(True)
        self.unit = QComboBox()
        self.unit.setMinimumWidth(260)
        self.unit.currentIndexChanged.connect(lambda _i: self._duplicate_timer.start())
        self.other_unit = UnitPicker(self._structure)
        self.other_unit.results.setMaximumHeight(72)
        self.other_unit.search.installEventFilter(_ArrowsToList(self.other_unit, self))
        self.other_unit.search.setPlaceholderText(self.tr("Another unit (anonymous callers, common areas)…"))
        self.other_unit.picked.connect(self._unit_picked)
        _HideWhenEmpty(self.other_unit.results)

        self.kind = CodeComboBox(labels.ticket_kinds())
        self.channel = CodeComboBox(labels.channels())
        self.category = CodeComboBox(labels.categories())
        self.severity = CodeComboBox(labels.severities())
        self.severity.set_code("normal")
        self.category.currentIndexChanged.connect(lambda _i: self._duplicate_timer.start())
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What is it about, in a few words"))
        self.title.setMaxLength(200)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the caller said (Ctrl+Enter saves)"))
        self.description.setFixedHeight(80)
        self.received = MomentEdit()
        self.received.dateTimeChanged.connect(lambda _v: self._duplicate_timer.start())
        self.duplicates_label = QLabel()
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setStyleSheet("color: #8a4b00;")
        self.link = QComboBox()
        self.link.setMinimumWidth(360)

        caller = QGroupBox(self.tr("Caller"))
        caller_form = QFormLayout(caller)
        caller_form.addRow(self.tr("Customer"), self.customer)
        caller_form.addRow("", self.customer_label)
        caller_form.addRow(self.tr("Unit"), self.unit)
        caller_form.addRow("", self.other_unit)

        ticket = QGroupBox(self.tr("Ticket"))
        form = QFormLayout(ticket)
        codes = QGridLayout()
        for position, (text, combo) in enumerate((
            (self.tr("Kind"), self.kind),
            (self.tr("Channel"), self.channel),
            (self.tr("Category"), self.category),
            (self.tr("Severity"), self.severity),
        )):
            row, column = divmod(position, 2)
            codes.addWidget(QLabel(text), row, column * 2)
            codes.addWidget(combo, row, column * 2 + 1)
        codes.setColumnStretch(1, 1)
        codes.setColumnStretch(3, 1)
        form.addRow(codes)
        form.addRow(self.tr("Title *"), self.title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Received"), self.received)

        self.duplicates = QGroupBox(self.tr("Likely duplicates"))
        duplicates_layout = QVBoxLayout(self.duplicates)
        duplicates_layout.addWidget(self.duplicates_label)
        link_row = QHBoxLayout()
        link_row.addWidget(QLabel(self.tr("Link to incident")))
        link_row.addWidget(self.link, 1)
        duplicates_layout.addLayout(link_row)
        self.duplicates.hide()

        self.message = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(caller)
        layout.addWidget(ticket)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(680)

        order = [
            self.customer.search, self.customer.results, self.unit, self.kind, self.channel, self.category,
            self.severity, self.title, self.description, self.received, self.other_unit.search,
            self.other_unit.results, self.link,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._fields = {
            "kind": self.kind, "channel": self.channel, "category": self.category, "severity": self.severity,
            "title": self.title, "description": self.description, "received_at": self.received,
        }
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.refresh_duplicates)

    def _load(self, detail: TicketDetail) -> None:
        d = detail.data
        self.kind.set_code(d.kind)
        self.channel.set_code(d.channel)
        self.category.set_code(d.category)
        self.severity.set_code(d.severity)
        self.title.setText(d.title)
        self.description.setPlainText(d.description)
        if d.received_at is not None:
            self.received.set_value(d.received_at)
        self._fill_units(d.customer_id, d.unit_id, f"{detail.community_name} {detail.unit_code}".strip())
        self._show_customer()

    # --- caller and unit ----------------------------------------------------------------------
    def _customer_picked(self, customer_id: int | None) -> None:
        if customer_id is None and self.customer.search.text().strip():
            return  # the hits are being refreshed; keep the caller until one is chosen or the field is cleared
        self.customer_id = customer_id
        item = self.customer.results.currentItem()
        self._customer_text = item.text() if item is not None and customer_id is not None else ""
        self._fill_units(customer_id, None, "")
        self._show_customer()

    def _show_customer(self) -> None:
        if self.customer_id is None:
            self.customer_label.setText(self.tr("Anonymous caller (no customer chosen)"))
        else:
            self.customer_label.setText(self.tr("Caller: %1").replace("%1", self._customer_text))

    def _fill_units(self, customer_id: int | None, selected: int | None, selected_text: str) -> None:
        units = self._service.customer_units(customer_id) if customer_id is not None else []
        if selected is not None and all(uid != selected for uid, _ in units):
            units.append((selected, selected_text))
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit_id, text in units:
            self.unit.addItem(text, unit_id)
        self.unit.addItem(self.tr("— no unit —"), None)
        index = self.unit.findData(selected) if selected is not None else 0
        self.unit.setCurrentIndex(max(index, 0))
        self.unit.blockSignals(False)
        self._duplicate_timer.start()

    def _unit_picked(self, unit_id: int | None) -> None:
        if unit_id is None:
            return
        index = self.unit.findData(unit_id)
        if index < 0:
            item = self.other_unit.results.currentItem()
            self.unit.insertItem(self.unit.count() - 1, item.text() if item else str(unit_id), unit_id)
            index = self.unit.findData(unit_id)
        self.unit.setCurrentIndex(index)

    # --- duplicates ---------------------------------------------------------------------------
    def refresh_duplicates(self) -> None:
        unit_id = self.unit.currentData()
        exclude = self._detail.id if self._detail else None
        hits: list[TicketRow] = []
        if unit_id is not None:
            try:
                hits = self._service.likely_duplicates(
                    self.category.code() or "", unit_id, self.received.value(), exclude_id=exclude
                )
            except DomainError:
                hits = []
        chosen = self.link.currentData()
        self.link.clear()
        self.link.addItem(self.tr("Do not link"), None)
        for hit in hits:
            text = f"{hit.number}  {time_text(hit.received_at)}  {hit.unit_code}  {hit.title}  " \
                   f"({labels.label(labels.ticket_statuses(), hit.status)})"
            self.link.addItem(text, hit.incident_id or hit.id)
        if chosen is not None and self.link.findData(chosen) >= 0:
            self.link.setCurrentIndex(self.link.findData(chosen))
        self.duplicates.setVisible(bool(hits) and self._detail is None)
        self.duplicates_label.setText(
            self.tr("%1 ticket(s) of the same category from the same building within 24 hours. "
                    "If it is the same incident (a broken lift, a burst pipe), link them.")
            .replace("%1", str(len(hits)))
        )

    @property
    def duplicate_count(self) -> int:
        return max(0, self.link.count() - 1) if self.duplicates.isVisibleTo(self) else 0

    # --- saving -------------------------------------------------------------------------------
    def input(self) -> TicketInput:
        return TicketInput(
            kind=self.kind.code() or "complaint",
            channel=self.channel.code() or "phone",
            category=self.category.code() or "other",
            severity=self.severity.code() or "normal",
            title=self.title.text(),
            description=self.description.toPlainText(),
            customer_id=self.customer_id,
            unit_id=self.unit.currentData(),
            received_at=self.received.value(),
        )

    def save(self) -> None:
        data = self.input()
        try:
            if self._detail is None:
                created = self._service.create(data, link_to=self.link.currentData())
                self.ticket_id, self.number = created.id, created.number
            else:
                self._service.update(self._detail.id, data, self._detail.version)
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

