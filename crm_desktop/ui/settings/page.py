"""What every page of the Settings dialog offers the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crm_desktop.ui.widgets import MessageLine


class SettingsPage(QWidget):
    """A tab of the Settings dialog.

    Texts are set in `retranslate_ui()` (called by the constructor and after a language switch), so that
    switching language keeps what the user has typed. `save()` raises a DomainError on bad input.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = MessageLine()

    def title(self) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def is_dirty(self) -> bool:
        return False

    def save(self) -> None:
        """Store the page's changes (only called when is_dirty())."""
