"""Settings → Language: 简体中文 or English, applied at once and remembered on this computer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.ui.desk_settings import LANGUAGES, switch_language
from crm_desktop.ui.settings.page import SettingsPage


def current_language() -> str:
    """The language installed now (install_translations sets the default locale with it)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


class LanguagePage(SettingsPage):
    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.activated.connect(self._chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.example_label = QLabel()
        self.example = QLabel()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.example_label, self.example)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.message)
        layout.addStretch()
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Language")

    def retranslate_ui(self) -> None:
        self.language_label.setText(self.tr("Interface &language"))
        self.example_label.setText(self.tr("Dates and numbers"))
        locale = QLocale()
        today = date.today()
        self.example.setText(
            f"{locale.toString(QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat)}"
            f"  ·  {locale.toString(1234567.89, 'f', 2)}"
        )
        self.explanation.setText(self.tr(
            "The new language applies at once to every open window and is remembered on this computer. "
            "The open tabs are reloaded; finish and save any form first. "
            "Starting the program with --lang overrides this choice."
        ))

    def _chosen(self, _index: int) -> None:
        code = self.language.currentData()
        if code == current_language():
            return
        busy = [w for w in QApplication.topLevelWidgets() if getattr(w, "has_running_work", lambda: False)()]
        if busy:
            self.message.show_message(self.tr(
                "An import, export or other work is still running; switch the language when it has finished."
            ))
            self.language.setCurrentIndex(self.language.findData(current_language()))
            return
        self.message.show_message("")
        switch_language(code)
        self.language_changed.emit(code)
