"""投诉与服务: take tickets, dispatch and follow them through to the call-back; the call-back queue; staff.

The tab has three pages: the ticket list with its filters and the selected ticket (history and the steps it
allows now), the call-back queue, and the staff with their assessments and service figures.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models.database import Database
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.errors import DomainError
from crm_desktop.services.principal import Principal
from crm_desktop.services.sla import SlaService
from crm_desktop.services.staff import StaffService
from crm_desktop.services.structure import StructureService
from crm_desktop.services.tickets import TicketDetail, TicketFilter, TicketService
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.action_dialogs import (
    AssignDialog,
    CallbackDialog,
    CloseDialog,
    EscalateDialog,
    HoldDialog,
    ReopenDialog,
    ResolveDialog,
)
from crm_desktop.ui.service.callback_queue import CallbackQueueView
from crm_desktop.ui.service.common import period_range, setup_table
from crm_desktop.ui.service.io_dialogs import export_tickets_interactively, import_tickets_interactively
from crm_desktop.ui.service.sla_dialog import SlaSettingsDialog
from crm_desktop.ui.service.staff_view import StaffView
from crm_desktop.ui.service.ticket_dialog import TicketDialog
from crm_desktop.ui.service.ticket_model import TicketTableModel
from crm_desktop.ui.service.ticket_view import TicketDetailView

SEARCH_DELAY_MS = 150
COLUMN_WIDTHS = (112, 0, 160, 60, 90, 58, 86, 0, 70, 150, 70)


class ServiceTab(QWidget):
    """Signals: data_changed after anything was saved (the dashboard and the archive timeline follow)."""

    data_changed = Signal()

    def __init__(self, db: Database, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.principal = db, principal
        self.tickets = TicketService(db, principal)
        self.customers = CustomerService(db, principal)
        self.structure = StructureService(db, principal)
        self.staff = StaffService(db, principal)
        self.sla = SlaService(db, principal)
        self._shown_id: int | None = None
        self._build()
        self.reload_filters()
        self.apply_filters()
        self.callbacks.reload()
        self.staff_view.reload()

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._ticket_page(), self.tr("Tickets"))
        self.callbacks = CallbackQueueView(self.tickets)
        self.callbacks.callback_requested.connect(self.record_callback)
        self.callbacks.open_requested.connect(self.open_ticket)
        self.pages.addTab(self.callbacks, self.tr("Call-backs"))
        self.staff_view = StaffView(self.staff)
        self.staff_view.data_changed.connect(self._staff_changed)
        self.pages.addTab(self.staff_view, self.tr("Staff"))
        self.pages.currentChanged.connect(self._page_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        shortcut = QShortcut(QKeySequence("Ctrl+T"), self, activated=self.new_ticket)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _ticket_page(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search ticket no., title, customer (name, pinyin, phone), unit"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.kind = QComboBox()
        self.category = QComboBox()
        self.severity = QComboBox()
        self.staff_filter = QComboBox()
        self.community = QComboBox()
        self.period = QComboBox()
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.flagged = QCheckBox(self.tr("Flagged for manager"))
        self.count = QLabel()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.status, self.kind, self.category, self.severity, self.staff_filter, self.community,
                      self.period):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for box in (self.overdue, self.flagged):
            box.toggled.connect(lambda _c: self.apply_filters())

        first = QHBoxLayout()
        first.addWidget(self.search, 3)
        for text, combo in (
            (self.tr("Status"), self.status),
            (self.tr("Kind"), self.kind),
            (self.tr("Category"), self.category),
            (self.tr("Severity"), self.severity),
        ):
            first.addWidget(QLabel(text))
            first.addWidget(combo, 1)
        second = QHBoxLayout()
        for text, combo in (
            (self.tr("Handler"), self.staff_filter),
            (self.tr("Community"), self.community),
            (self.tr("Received"), self.period),
        ):
            second.addWidget(QLabel(text))
            second.addWidget(combo, 1)
        second.addWidget(self.overdue)
        second.addWidget(self.flagged)
        second.addStretch()
        second.addWidget(self.count)

        self.new_button = QPushButton(self.tr("&New ticket"))
        self.new_button.setToolTip(self.tr("Take a phone call, visit or message as a ticket (Ctrl+T)"))
        self.new_button.clicked.connect(self.new_ticket)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.sla_button = QPushButton(self.tr("SLA and calendar…"))
        self.import_button.clicked.connect(lambda: self.import_tickets())
        self.export_button.clicked.connect(lambda: self.export_tickets())
        self.sla_button.clicked.connect(self.sla_settings)
        self.new_button.setEnabled(self.principal.may_edit)
        self.import_button.setEnabled(self.principal.may_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.refresh_button)
        actions.addStretch()
        for button in (self.import_button, self.export_button, self.sla_button):
            actions.addWidget(button)

        self.model = TicketTableModel(self.tickets, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, COLUMN_WIDTHS)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self.perform("edit"))

        self.detail = TicketDetailView(self.principal)
        self.detail.action_requested.connect(self.perform)
        self.detail.incident_requested.connect(self.open_ticket)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 540])

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        return page

    # --- filters ------------------------------------------------------------------------------
    def reload_filters(self) -> None:
        statuses = [(None, self.tr("All")), ("open", self.tr("Open (not resolved)"))]
        self._fill(self.status, statuses + list(labels.ticket_statuses().items()), default="open")
        self._fill(self.kind, [(None, self.tr("All"))] + list(labels.ticket_kinds().items()))
        self._fill(self.category, [(None, self.tr("All"))] + list(labels.categories().items()))
        self._fill(self.severity, [(None, self.tr("All"))] + list(labels.severities().items()))
        staff = [(c.id, c.name + (" " + self.tr("(team)") if c.is_team else ""))
                 for c in self.tickets.staff_choices(include_inactive=True)]
        self._fill(self.staff_filter, [(None, self.tr("All"))] + staff)
        communities = [(c.id, c.name) for c in self.structure.list_communities()]
        self._fill(self.community, [(None, self.tr("All"))] + communities)
        self._fill(self.period, list(labels.periods().items()), default="all")

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[object, str]], default: object = None) -> None:
        current = combo.currentData() if combo.count() else default
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def current_filter(self) -> TicketFilter:
        first, last = period_range(self.period.currentData() or "all")
        return TicketFilter(
            query=self.search.text(),
            status=self.status.currentData(),
            kind=self.kind.currentData(),
            category=self.category.currentData(),
            severity=self.severity.currentData(),
            staff_id=self.staff_filter.currentData(),
            overdue=self.overdue.isChecked(),
            flagged=self.flagged.isChecked(),
            received_from=first,
            received_to=last,
            community_id=self.community.currentData(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if not hasattr(self, "model"):
            return
        selected = self.selected_ticket_id()
        self.model.set_filters(self.current_filter())
        self._update_count()
        if selected is not None and self.model.row_of(selected) is not None:
            self.select_ticket(selected)
        elif self._shown_id is None or self.model.row_of(self._shown_id) is None:
            self._show(None)

    def _update_count(self) -> None:
        overdue = self.tickets.overdue_count()
        text = self.tr("%1 tickets").replace("%1", str(self.model.rowCount()))
        if overdue:
            text += " · " + self.tr("%1 overdue in all").replace("%1", str(overdue))
        self.count.setText(text)

    def clear_filters(self) -> None:
        for widget in (self.status, self.kind, self.category, self.severity, self.staff_filter, self.community,
                       self.period, self.overdue, self.flagged, self.search):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.kind, self.category, self.severity, self.staff_filter, self.community):
            combo.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.period.setCurrentIndex(max(0, self.period.findData("all")))
        self.overdue.setChecked(False)
        self.flagged.setChecked(False)
        for widget in (self.status, self.kind, self.category, self.severity, self.staff_filter, self.community,
                       self.period, self.overdue, self.flagged, self.search):
            widget.blockSignals(False)
        self.apply_filters()

    def show_complaints(self, status: str | None = "open", overdue: bool = False, category: str | None = None,
                        period: str = "all") -> None:
        """The ticket list filtered to complaints (the dashboard's tiles and chart open it like this)."""
        self.clear_filters()
        settings = ((self.kind, "complaint"), (self.status, status), (self.category, category),
                    (self.period, period))
        for widget in (*(combo for combo, _ in settings), self.overdue):
            widget.blockSignals(True)
        for combo, value in settings:
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.overdue.setChecked(overdue)
        for widget in (*(combo for combo, _ in settings), self.overdue):
            widget.blockSignals(False)
        self.pages.setCurrentIndex(0)
        self.apply_filters()

    def focus_search(self) -> None:
        self.pages.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    # --- selection ----------------------------------------------------------------------------
    def selected_ticket_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.ticket_id(index.row()) if index.isValid() else None

    def select_ticket(self, ticket_id: int) -> None:
        row = self.model.row_of(ticket_id)
        if row is None:
            self.table.clearSelection()
            self._show(ticket_id)  # shown even when the filters hide it from the list
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._show(ticket_id)

    def open_ticket(self, ticket_id: int) -> None:
        """Show a ticket on the list page (from the call-back queue or an incident link)."""
        self.pages.setCurrentIndex(0)
        if self.model.row_of(ticket_id) is None:
            self.clear_filters()
        self.select_ticket(ticket_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.ticket_id(current.row()))

    def _show(self, ticket_id: int | None) -> None:
        self._shown_id = ticket_id
        detail: TicketDetail | None = None
        if ticket_id is not None:
            try:
                detail = self.tickets.get(ticket_id)
            except DomainError as exc:
                show_error(self, exc)
                self._shown_id = None
        self.detail.show_ticket(detail)

    def refresh(self) -> None:
        self.reload_filters()
        self.apply_filters()
        if self._shown_id is not None:
            self._show(self._shown_id)
        self.callbacks.reload()
        self.staff_view.reload()

    def _after_change(self, ticket_id: int | None) -> None:
        """A ticket changed: the list, the detail, the call-back queue and the other tabs follow."""
        self.model.reload()
        self._update_count()
        if ticket_id is not None:
            self.select_ticket(ticket_id)
        else:
            self._show(None)
        self.callbacks.reload()
        self.data_changed.emit()

    def _page_changed(self, index: int) -> None:
        page = self.pages.widget(index)
        if page is self.callbacks:
            self.callbacks.reload()
        elif page is self.staff_view:
            self.staff_view.reload()

    def _staff_changed(self) -> None:
        self.reload_filters()
        self.data_changed.emit()

    # --- actions ------------------------------------------------------------------------------
    def new_ticket(self) -> int | None:
        if not self.principal.may_edit:
            return None
        self.pages.setCurrentIndex(0)
        dialog = TicketDialog(self.tickets, self.customers, self.structure, None, self)
        if not dialog.exec() or dialog.ticket_id is None:
            return None
        self.model.reload()
        if self.model.row_of(dialog.ticket_id) is None:
            self.clear_filters()  # the clerk must see the ticket just taken, whatever the filters were
        self._after_change(dialog.ticket_id)
        return dialog.ticket_id

    def perform(self, action: str) -> None:
        """One step on the ticket shown in the detail view."""
        detail = self.detail.detail
        if detail is None or not self.principal.may_edit:
            return
        try:
            if action == "edit":
                if detail.status == "closed":
                    return
                dialog = TicketDialog(self.tickets, self.customers, self.structure, detail, self)
                done = bool(dialog.exec())
            elif action == "assign":
                done = bool(AssignDialog(self.tickets, detail, self).exec())
            elif action == "start":
                self.tickets.start(detail.id, expected_version=detail.version)
                done = True
            elif action == "resume":
                self.tickets.resume(detail.id, expected_version=detail.version)
                done = True
            elif action == "hold":
                done = bool(HoldDialog(self.tickets, detail, self).exec())
            elif action == "resolve":
                done = bool(ResolveDialog(self.tickets, detail, self).exec())
            elif action == "callback":
                self.record_callback(detail.id)
                return
            elif action == "close":
                done = bool(CloseDialog(self.tickets, detail, self).exec())
            elif action == "reopen":
                done = bool(ReopenDialog(self.tickets, detail, parent=self).exec())
            elif action == "escalate":
                done = bool(EscalateDialog(self.tickets, detail, self).exec())
            elif action == "clear_flag":
                self.tickets.clear_flag(detail.id)
                done = True
            elif action == "delete":
                done = self._delete(detail)
                if done:
                    self._after_change(None)
                return
            else:
                return
        except DomainError as exc:
            show_error(self, exc)
            self._after_change(detail.id)
            return
        if done:
            self._after_change(detail.id)

    def _delete(self, detail: TicketDetail) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete ticket"),
            self.tr("Delete ticket %1 (%2) and its history? This cannot be undone.")
            .replace("%1", detail.number).replace("%2", detail.data.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.tickets.delete(detail.id, expected_version=detail.version)
        return True

    def record_callback(self, ticket_id: int) -> None:
        """回访; a score of 1–2 flags the ticket for the manager and offers to reopen it."""
        if not self.principal.may_edit:
            return
        try:
            detail = self.tickets.get(ticket_id)
        except DomainError as exc:
            show_error(self, exc)
            return
        dialog = CallbackDialog(self.tickets, detail, self.principal.username, self)
        if not dialog.exec():
            return
        outcome = dialog.result_value
        self._after_change(ticket_id)
        if outcome is not None and outcome.flagged:
            answer = QMessageBox.question(
                self,
                self.tr("Low call-back score"),
                self.tr("The owner gave %1 out of 5. The ticket is flagged for the manager.\n\n"
                        "Reopen it now so that the problem is dealt with again?").replace("%1", str(outcome.score)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                reason = self.tr("Call-back scored %1/5").replace("%1", str(outcome.score))
                note = dialog.note_text().strip()
                if note:
                    reason += f": {note}"
                if ReopenDialog(self.tickets, self.tickets.get(ticket_id), reason, self).exec():
                    self._after_change(ticket_id)

    def import_tickets(self, path: str | None = None):
        return import_tickets_interactively(self, self.db, self.principal, self._imported, path)

    def _imported(self) -> None:
        self.reload_filters()
        self._after_change(self._shown_id)

    def export_tickets(self, path: str | None = None):
        return export_tickets_interactively(self, self.db, self.principal, self.current_filter(), path)

    def sla_settings(self) -> None:
        if SlaSettingsDialog(self.sla, self).exec():
            self.model.reload()
            self._update_count()
            self.data_changed.emit()

