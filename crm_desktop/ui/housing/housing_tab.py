"""入住/装修: the move-in and renovation tab of the main window."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crm_desktop.models.database import Database
from crm_desktop.services.housing import HousingService
from crm_desktop.services.principal import Principal
from crm_desktop.ui.housing.move_in_view import MoveInsView
from crm_desktop.ui.housing.renovation_view import RenovationsView


class HousingTab(QWidget):
    """Handovers (入伙) and renovations (装修), each with its overview counts, list and detail.

    Signals:
        data_changed: something was saved here (a handover also changes the customer archives).
    """

    data_changed = Signal()

    def __init__(self, db: Database, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.principal = db, principal
        self.housing = HousingService(db, principal)
        self.move_ins = MoveInsView(db, principal, self.housing)
        self.renovations = RenovationsView(db, principal, self.housing)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.move_ins, self.tr("Move-ins (handovers)"))
        self.pages.addTab(self.renovations, self.tr("Renovations"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.move_ins.changed.connect(self.data_changed)
        self.renovations.changed.connect(self.data_changed)
        self._remember_splitters()

    def _remember_splitters(self) -> None:
        """Each list/detail split keeps the width the clerk gave it, across sessions."""
        settings = QSettings()
        for key, splitter in (
            ("housing/move_ins_splitter", self.move_ins.splitter),
            ("housing/renovations_splitter", self.renovations.splitter),
        ):
            state = settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
            splitter.splitterMoved.connect(
                lambda _pos, _index, key=key, splitter=splitter: QSettings().setValue(key, splitter.saveState())
            )

    def refresh(self) -> None:
        """Re-read both lists and their counts (e.g. when the tab is shown after edits elsewhere)."""
        self.move_ins.refresh()
        self.renovations.refresh()
