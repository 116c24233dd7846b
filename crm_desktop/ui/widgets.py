"""Small reusable widgets: optional date field, code combo boxes, a message line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

NO_DATE = QDate(1900, 1, 1)


class MonthComboBox(QComboBox):
    """The current month and the `count` - 1 before it, newest first, shown as 2026-11."""

    def __init__(self, today: date, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        index = today.year * 12 + today.month - 1
        for offset in range(count):
            year, month = divmod(index - offset, 12)
            # Stored as text: findData cannot match a Python date held in a QVariant.
            self.addItem(f"{year}-{month + 1:02d}", date(year, month + 1, 1).isoformat())

    def month(self) -> date:
        """The first day of the chosen month."""
        return date.fromisoformat(self.currentData())

    def select(self, month: date) -> None:
        """Choose the month of `month` (the newest when it is not offered)."""
        self.setCurrentIndex(max(0, self.findData(date(month.year, month.month, 1).isoformat())))


class OptionalDateEdit(QDateEdit):
    """A date field that may be left empty (shown as "—")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        qdate = self.date()
        return None if qdate == NO_DATE else date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


class DateEdit(QDateEdit):
    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.set_value(value or date.today())

    def value(self) -> date:
        qdate = self.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


class CodeComboBox(QComboBox):
    """Shows translated labels, returns the stored code."""

    def __init__(self, choices: dict[str, str], allow_empty: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if allow_empty:
            self.addItem("—", None)
        for code, text in choices.items():
            self.addItem(text, code)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(index, 0))


class MessageLine(QLabel):
    """A red line under a form that says what is wrong, instead of a pop-up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
