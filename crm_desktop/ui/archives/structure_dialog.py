"""Communities, buildings and units: one dialog to create, edit and list them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import DomainError, ValidationError
from crm_desktop.services.structure import StructureService, UnitRow
from crm_desktop.ui import labels
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.list_model import RowListModel
from crm_desktop.ui.widgets import CodeComboBox, MessageLine

COMMUNITY, BUILDING = 1, 2


class _FormDialog(QDialog):
    """A small form whose save callback may raise ValidationError; the message shows in the dialog."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = MessageLine()
        self.save_callback = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def _save(self) -> None:
        try:
            self.result_id = self.save_callback()
        except ValidationError as exc:
            self.message.show_message(message_of(exc))
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()


class StructureDialog(QDialog):
    """小区 → 楼栋 tree on the left, the selected building's units on the right."""

    def __init__(self, service: StructureService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Communities, buildings and units"))
        self.resize(980, 620)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Community / building"), self.tr("Units")])
        self.tree.currentItemChanged.connect(self._show_units)
        self.units = RowListModel(
            lambda: [self.tr("Unit code"), self.tr("Floor"), self.tr("Area m²"), self.tr("Use")],
            lambda u: [u.code, u.floor, u.area_m2, labels.label(labels.unit_usages(), u.usage)],
            self,
        )
        self.unit_view = QTableView()
        self.unit_view.setModel(self.units)
        self.unit_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.unit_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.unit_view.verticalHeader().hide()
        self.unit_view.doubleClicked.connect(lambda _i: self.edit_unit())

        add_community = QPushButton(self.tr("New community…"))
        add_community.clicked.connect(self.new_community)
        add_building = QPushButton(self.tr("New building…"))
        add_building.clicked.connect(self.new_building)
        edit_node = QPushButton(self.tr("Edit…"))
        edit_node.clicked.connect(self.edit_node)
        left_buttons = QHBoxLayout()
        for b in (add_community, add_building, edit_node):
            left_buttons.addWidget(b)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.tree)
        left_layout.addLayout(left_buttons)

        self.add_unit_button = QPushButton(self.tr("New unit…"))
        self.add_unit_button.clicked.connect(self.new_unit)
        edit_unit = QPushButton(self.tr("Edit unit…"))
        edit_unit.clicked.connect(self.edit_unit)
        right_buttons = QHBoxLayout()
        right_buttons.addWidget(self.add_unit_button)
        right_buttons.addWidget(edit_unit)
        right_buttons.addStretch()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.unit_view)
        right_layout.addLayout(right_buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 600])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(close)
        self.reload()

    # --- tree ---------------------------------------------------------------------------------
    def reload(self, select: tuple[int, int] | None = None) -> None:
        self.tree.clear()
        target = None
        for community in self._service.list_communities():
            node = QTreeWidgetItem([community.name, str(community.unit_count)])
            node.setData(0, Qt.ItemDataRole.UserRole, (COMMUNITY, community.id, community.version))
            self.tree.addTopLevelItem(node)
            if select == (COMMUNITY, community.id):
                target = node
            for building in self._service.list_buildings(community.id):
                child = QTreeWidgetItem([building.name, str(building.unit_count)])
                child.setData(0, Qt.ItemDataRole.UserRole, (BUILDING, building.id, building.version))
                node.addChild(child)
                if select == (BUILDING, building.id):
                    target = child
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        if target is not None:
            self.tree.setCurrentItem(target)
        self._show_units()

    def _selected(self) -> tuple[int, int, int] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _selected_building(self) -> int | None:
        selected = self._selected()
        return selected[1] if selected and selected[0] == BUILDING else None

    def _show_units(self, *_args: object) -> None:
        building_id = self._selected_building()
        self.units.set_rows(self._service.list_units(building_id) if building_id else [])
        self.add_unit_button.setEnabled(building_id is not None)

    # --- communities and buildings ------------------------------------------------------------
    def new_community(self) -> None:
        self._community_dialog(None)

    def new_building(self) -> None:
        selected = self._selected()
        if selected is None:
            show_error(self, ValidationError(self.tr("Select the community the building belongs to first")))
            return
        community_id = selected[1] if selected[0] == COMMUNITY else self.tree.currentItem().parent().data(
            0, Qt.ItemDataRole.UserRole
        )[1]
        self._building_dialog(community_id, None)

    def edit_node(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        if selected[0] == COMMUNITY:
            self._community_dialog(selected)
        else:
            community_id = self.tree.currentItem().parent().data(0, Qt.ItemDataRole.UserRole)[1]
            self._building_dialog(community_id, selected)

    def _community_dialog(self, selected: tuple[int, int, int] | None) -> None:
        dialog = _FormDialog(self.tr("Community"), self)
        name, address = QLineEdit(), QLineEdit()
        if selected:
            row = next(c for c in self._service.list_communities() if c.id == selected[1])
            name.setText(row.name)
            address.setText(row.address)
        dialog.form.addRow(self.tr("Name *"), name)
        dialog.form.addRow(self.tr("Address"), address)
        dialog.save_callback = lambda: self._service.save_community(
            name.text(), address.text(), selected[1] if selected else None, selected[2] if selected else None
        )
        if dialog.exec():
            self.reload((COMMUNITY, dialog.result_id))

    def _building_dialog(self, community_id: int, selected: tuple[int, int, int] | None) -> None:
        dialog = _FormDialog(self.tr("Building"), self)
        name, floors = QLineEdit(), QSpinBox()
        name.setPlaceholderText(self.tr("e.g. 3 or 3栋"))
        floors.setRange(0, 200)
        floors.setSpecialValueText("—")
        if selected:
            row = next(b for b in self._service.list_buildings(community_id) if b.id == selected[1])
            name.setText(row.name)
            floors.setValue(row.floors or 0)
        dialog.form.addRow(self.tr("Name *"), name)
        dialog.form.addRow(self.tr("Floors"), floors)
        dialog.save_callback = lambda: self._service.save_building(
            community_id, name.text(), floors.value() or None,
            selected[1] if selected else None, selected[2] if selected else None,
        )
        if dialog.exec():
            self.reload((BUILDING, dialog.result_id))

    # --- units --------------------------------------------------------------------------------
    def new_unit(self) -> None:
        building_id = self._selected_building()
        if building_id is not None:
            self._unit_dialog(building_id, None)

    def edit_unit(self) -> None:
        index = self.unit_view.currentIndex()
        unit = self.units.row_at(index.row()) if index.isValid() else None
        if unit is not None:
            self._unit_dialog(unit.building_id, unit)

    def _unit_dialog(self, building_id: int, unit: UnitRow | None) -> None:
        dialog = _FormDialog(self.tr("Unit"), self)
        entrance, room, floor, area = QLineEdit(), QLineEdit(), QSpinBox(), QDoubleSpinBox()
        entrance.setPlaceholderText(self.tr("e.g. 2 or 2单元 (may be empty)"))
        room.setPlaceholderText("1202")
        floor.setRange(-10, 200)
        floor.setSpecialValueText(self.tr("from room number"))
        floor.setMinimum(-11)
        floor.setValue(-11)
        area.setRange(0, 100000)
        area.setDecimals(2)
        area.setSpecialValueText("—")
        usage = CodeComboBox(labels.unit_usages())
        if unit:
            entrance.setText(unit.entrance)
            room.setText(unit.room)
            floor.setValue(unit.floor if unit.floor is not None else -11)
            area.setValue(float(unit.area_m2 or 0))
            usage.set_code(unit.usage)
        dialog.form.addRow(self.tr("Entrance"), entrance)
        dialog.form.addRow(self.tr("Room *"), room)
        dialog.form.addRow(self.tr("Floor"), floor)
        dialog.form.addRow(self.tr("Area m²"), area)
        dialog.form.addRow(self.tr("Use"), usage)
        dialog.save_callback = lambda: self._service.save_unit(
            building_id,
            room.text(),
            entrance=entrance.text(),
            floor=None if floor.value() == -11 else floor.value(),
            area_m2=f"{area.value():.2f}" if area.value() > 0 else None,
            usage=usage.code() or "residential",
            unit_id=unit.id if unit else None,
            expected_version=unit.version if unit else None,
        )
        if dialog.exec():
            self.reload((BUILDING, building_id))
