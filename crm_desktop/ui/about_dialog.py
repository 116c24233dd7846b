"""Help → About: version, where the data is, and the licences of everything the program ships with."""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from importlib import metadata

import PySide6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSettings, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.models.database import Database
from crm_desktop.resources import resources_dir

NO_VALUE = "—"


@dataclass(frozen=True)
class Component:
    """A bundled library or font and its licence (resources/licenses/components.json)."""

    name: str
    version: str
    license: str
    homepage: str
    files: tuple[str, ...]


def bundled_components() -> list[Component]:
    index = json.loads((resources_dir() / "licenses" / "components.json").read_text("utf-8"))
    return [
        Component(item["name"], _version(item["name"], item["distribution"]), item["license"], item["homepage"],
                  tuple(item["files"]))
        for item in index
    ]


def _version(name: str, distribution: str | None) -> str:
    """The version running now (build.spec copies the distributions' metadata into the bundle)."""
    if name == "Python":
        return platform.python_version()
    if name.startswith("Qt "):
        return qVersion()
    if distribution is None:
        return NO_VALUE
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return NO_VALUE


def licence_text(component: Component) -> str:
    folder = resources_dir() / "licenses"
    parts = []
    for name in component.files:
        path = folder / name
        parts.append(path.read_text("utf-8", errors="replace") if path.is_file() else f"({name} missing)")
    return "\n\n".join(parts)


class ComponentModel(QAbstractTableModel):
    def __init__(self, components: list[Component], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.components = components

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.components)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Component"), self.tr("Version"), self.tr("Licence"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.components[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.homepage
        return (item.name, item.version, item.license)[index.column()]


class AboutDialog(QDialog):
    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Property CRM Desktop"))
        icon = QLabel()
        icon.setPixmap(QIcon(str(resources_dir() / "icons" / "app-64.png")).pixmap(64, 64))
        name = self.tr("Property CRM Desktop")
        purpose = self.tr("Customer relations for property-management offices")
        title = QLabel(f"<b style='font-size:16pt'>{name}</b><br>{purpose}")
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(title, 1)

        self.facts = {
            self.tr("Version"): __version__,
            self.tr("Database"): db.display_name if db is not None else NO_VALUE,
            self.tr("Settings of this computer"): QSettings().fileName(),
            self.tr("Python"): platform.python_version(),
            self.tr("Qt / PySide6"): f"{qVersion()} / {PySide6.__version__}",
            self.tr("System"): platform.platform(terse=True),
        }
        form = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for name, value in self.facts.items():
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.fact_labels[name] = label
            form.addRow(name + ":", label)

        notice = QLabel(self.tr(
            "The program ships with the libraries and the font listed below, each under its own licence. "
            "Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files in the "
            "program folder and may be replaced by modified versions; their source code is available from "
            "https://download.qt.io."
        ))
        notice.setWordWrap(True)
        self.components = ComponentModel(bundled_components(), self)
        self.table = QTableView()
        self.table.setModel(self.components)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.licence = QPlainTextEdit()
        self.licence.setReadOnly(True)
        self.licence.setPlaceholderText(self.tr("Select a component to read its licence."))
        self.table.selectionModel().currentRowChanged.connect(self._show_licence)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.licence)
        splitter.setSizes([220, 200])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(760, 680)
        self.table.selectRow(0)

    def _show_licence(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            component = self.components.components[current.row()]
            self.licence.setPlainText(licence_text(component))
            self.licence.moveCursor(self.licence.textCursor().MoveOperation.Start)

    def details(self) -> str:
        """What support needs to know, as plain text."""
        return "\n".join(f"{name}: {value}" for name, value in self.facts.items())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
