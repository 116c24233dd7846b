"""客户档案: search and filter the archive, edit customers, record moves and contacts."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models.database import Database
from crm_desktop.services.customers import CustomerFilter, CustomerService
from crm_desktop.services.errors import DomainError
from crm_desktop.services.occupancy import OccupancyService
from crm_desktop.services.principal import Principal
from crm_desktop.services.structure import StructureService
from crm_desktop.services.timeline import TimelineService
from crm_desktop.ui import labels
from crm_desktop.ui.archives.customer_dialog import CustomerDialog
from crm_desktop.ui.archives.customer_model import CustomerTableModel
from crm_desktop.ui.archives.detail_view import CustomerDetailView
from crm_desktop.ui.archives.import_dialogs import (
    export_customers_interactively,
    import_customers_interactively,
)
from crm_desktop.ui.archives.occupancy_dialogs import InteractionDialog, MoveInDialog, MoveOutDialog, TransferDialog
from crm_desktop.ui.archives.structure_dialog import StructureDialog
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.tasks import run_in_background

SEARCH_DELAY_MS = 120


class CustomerArchiveTab(QWidget):
    data_changed = Signal()

    def __init__(self, db: Database, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.principal = db, principal
        self.customers = CustomerService(db, principal)
        self.structure = StructureService(db, principal)
        self.occupancy = OccupancyService(db, principal)
        self.timeline = TimelineService(db, principal)
        self._search_generation = 0  # a background search whose generation is no longer current is dropped
        self._build()
        self.reload_filters()  # ends with apply_search(): the list is filled once

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, pinyin (zs), phone digits, unit 3栋-2单元-1202, ID tail"))
        self.search.setClearButtonEnabled(True)
        self.community = QComboBox()
        self.building = QComboBox()
        self.customer_type = QComboBox()
        self.tag = QComboBox()
        self.status = QComboBox()
        self.count = QLabel()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_in_background)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.community.currentIndexChanged.connect(self._community_changed)
        for combo in (self.building, self.customer_type, self.tag, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.apply_search())

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label_text, combo in (
            (self.tr("Community"), self.community),
            (self.tr("Building"), self.building),
            (self.tr("Type"), self.customer_type),
            (self.tr("Tag"), self.tag),
            (self.tr("Status"), self.status),
        ):
            filters.addWidget(QLabel(label_text))
            filters.addWidget(combo, 1)
        filters.addWidget(self.count)

        self.new_button = QPushButton(self.tr("New customer"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.move_in_button = QPushButton(self.tr("Move in…"))
        self.transfer_button = QPushButton(self.tr("Transfer…"))
        self.move_out_button = QPushButton(self.tr("Move out…"))
        self.contact_button = QPushButton(self.tr("Log contact…"))
        self.structure_button = QPushButton(self.tr("Communities and units…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.new_button.clicked.connect(self.new_customer)
        self.edit_button.clicked.connect(self.edit_customer)
        self.move_in_button.clicked.connect(self.move_in)
        self.transfer_button.clicked.connect(self.transfer)
        self.move_out_button.clicked.connect(self.move_out)
        self.contact_button.clicked.connect(self.log_contact)
        self.structure_button.clicked.connect(self.manage_structure)
        self.import_button.clicked.connect(lambda: self.import_customers())
        self.export_button.clicked.connect(lambda: self.export_customers())
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.move_in_button, self.transfer_button,
                       self.move_out_button, self.contact_button):
            actions.addWidget(button)
        actions.addStretch()
        for button in (self.structure_button, self.import_button, self.export_button):
            actions.addWidget(button)
        for button in (self.new_button, self.edit_button, self.move_in_button, self.transfer_button,
                       self.move_out_button, self.contact_button, self.import_button, self.structure_button):
            button.setEnabled(self.principal.may_edit)

        self.model = CustomerTableModel(self.customers, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)  # fixed height: no per-row measuring
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for column, width in enumerate((90, 64, 170, 105, 150, 110, 80)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_customer())

        self.detail = CustomerDetailView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    # --- filters and search -------------------------------------------------------------------
    def reload_filters(self) -> None:
        communities = [(c.id, c.name) for c in self.structure.list_communities()]
        self._fill(self.community, [(None, self.tr("All"))] + communities)
        self._community_changed()
        self._fill(self.customer_type, [(None, self.tr("All"))] + list(labels.customer_types().items()))
        self._fill(self.tag, [(None, self.tr("All"))] + [(t, t) for t in self.customers.all_tags()])
        self._fill(self.status, list(labels.customer_statuses().items()))

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _community_changed(self, *_args: object) -> None:
        community_id = self.community.currentData()
        buildings = self.structure.list_buildings(community_id) if community_id is not None else []
        self._fill(self.building, [(None, self.tr("All"))] + [(b.id, b.name) for b in buildings])
        self.building.setEnabled(community_id is not None)
        self.apply_search()

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            community_id=self.community.currentData(),
            building_id=self.building.currentData(),
            customer_type=self.customer_type.currentData(),
            tag=self.tag.currentData(),
            status=self.status.currentData() or "all",
        )

    def apply_search(self) -> None:
        self._search_timer.stop()
        if not hasattr(self, "model"):
            return
        self._search_generation += 1
        selected = self.selected_customer_id()
        self.model.set_search(self.search.text(), self.current_filter())
        self._after_search(selected)

    def _search_in_background(self) -> None:
        """Search-as-you-type off the GUI thread: on a big archive one search takes longer than a keystroke
        (BENCHMARKS.md, GUI stalls). Only the latest search's result is shown."""
        self._search_timer.stop()
        self._search_generation += 1
        generation, query, filters = self._search_generation, self.search.text(), self.current_filter()
        sort, descending = self.model.sort_order()

        def found(ids: list[int]) -> None:
            if generation == self._search_generation:
                selected = self.selected_customer_id()
                self.model.show_ids(query, filters, ids)
                self._after_search(selected)

        def failed(exc: BaseException) -> None:
            if generation == self._search_generation:
                show_error(self, exc)

        run_in_background(
            self,
            self.tr("Searching customers"),
            lambda _progress: self.customers.search_ids(query, filters, sort, descending),
            found,
            failed,
            show_progress=False,
        )

    def _after_search(self, selected: int | None) -> None:
        self.count.setText(self.tr("%1 customers").replace("%1", str(self.model.rowCount())))
        self.select_customer(selected) if selected is not None else self._show_detail(None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- selection and detail -----------------------------------------------------------------
    def selected_customer_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.customer_id(index.row()) if index.isValid() else None

    def select_customer(self, customer_id: int) -> None:
        row = self.model.row_of(customer_id)
        if row is None:
            self.table.clearSelection()
            self._show_detail(None)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._show_detail(customer_id)

    def show_customer(self, customer_id: int) -> None:
        """Select a customer even when the current search or filters hide them (the dashboard's at-risk list)."""
        if self.model.row_of(customer_id) is None:
            for widget in (self.search, self.community, self.building, self.customer_type, self.tag, self.status):
                widget.blockSignals(True)
            self.search.clear()
            for combo in (self.community, self.building, self.customer_type, self.tag):
                combo.setCurrentIndex(0)
            self.status.setCurrentIndex(max(0, self.status.findData("all")))
            for widget in (self.search, self.community, self.building, self.customer_type, self.tag, self.status):
                widget.blockSignals(False)
            self.apply_search()
        self.select_customer(customer_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.model.customer_id(current.row()) if current.isValid() else None)

    def _show_detail(self, customer_id: int | None) -> None:
        try:
            if customer_id is None:
                self.detail.show_customer(None, [])
            else:
                self.detail.show_customer(self.customers.get(customer_id), self.timeline.timeline(customer_id))
        except DomainError as exc:
            show_error(self, exc)
            self.detail.show_customer(None, [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_customer = self.detail.detail is not None and self.principal.may_edit
        for button in (self.edit_button, self.move_in_button, self.contact_button):
            button.setEnabled(has_customer)
        has_current_unit = has_customer and any(o.is_current for o in self.detail.detail.occupancies)
        self.transfer_button.setEnabled(has_current_unit)
        self.move_out_button.setEnabled(has_current_unit)

    def refresh_after_edit(self, customer_id: int | None) -> None:
        self.model.reload()
        self.reload_filters()
        self.count.setText(self.tr("%1 customers").replace("%1", str(self.model.rowCount())))
        if customer_id is not None:
            self.select_customer(customer_id)
        self.data_changed.emit()

    # --- actions ------------------------------------------------------------------------------
    def new_customer(self) -> None:
        if not self.principal.may_edit:
            return
        dialog = CustomerDialog(self.customers, None, self)
        if dialog.exec() and dialog.customer_id is not None:
            if self.model.row_of(dialog.customer_id) is None:
                # Make sure the clerk sees the customer just added, whatever the filters were.
                self.search.blockSignals(True)
                self.search.clear()
                self.search.blockSignals(False)
                self.status.setCurrentIndex(0)
            self.refresh_after_edit(dialog.customer_id)

    def edit_customer(self) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is None or not self.principal.may_edit:
            return
        dialog = CustomerDialog(self.customers, self.customers.get(customer_id), self)
        if dialog.exec():
            self.refresh_after_edit(customer_id)

    def _current_detail_occupancy(self):
        detail = self.detail.detail
        if detail is None:
            return None
        chosen = self.detail.selected_occupancy()
        if chosen is not None and chosen.is_current:
            return chosen
        current = [o for o in detail.occupancies if o.is_current]
        if len(current) == 1:
            return current[0]
        QMessageBox.information(self, self.tr("Choose a unit"),
                                self.tr("Select the unit in the occupancy history first."))
        return None

    def move_in(self) -> None:
        detail = self.detail.detail
        if detail is not None and MoveInDialog(self.occupancy, self.structure, detail.id, detail.data.name,
                                               self).exec():
            self.refresh_after_edit(detail.id)

    def transfer(self) -> None:
        occupancy = self._current_detail_occupancy()
        if occupancy is not None and TransferDialog(self.occupancy, self.customers, occupancy, self).exec():
            self.refresh_after_edit(self.detail.detail.id)

    def move_out(self) -> None:
        occupancy = self._current_detail_occupancy()
        if occupancy is not None and MoveOutDialog(self.occupancy, occupancy, self).exec():
            self.refresh_after_edit(self.detail.detail.id)

    def log_contact(self) -> None:
        detail = self.detail.detail
        if detail is not None and InteractionDialog(self.timeline, detail.id, detail.data.name, self).exec():
            self.refresh_after_edit(detail.id)

    def manage_structure(self) -> None:
        StructureDialog(self.structure, self).exec()
        self.refresh_after_edit(self.selected_customer_id())

    def import_customers(self, path: str | None = None) -> None:
        import_customers_interactively(self, self.db, self.principal, lambda: self.refresh_after_edit(None), path)

    def export_customers(self, path: str | None = None) -> None:
        export_customers_interactively(self, self.db, self.principal, path)
