"""Texts of Qt's own dialogs that Qt's Chinese translation (qtbase_zh_CN.qm) leaves in English.

Qt's file and print dialogs ask for these exact strings (with their & shortcuts), but qtbase_*.ts only
translate variants without the &, so the labels show in English whatever the language. Marking them here
puts them, under Qt's own contexts, into our .ts files; our translator then answers where Qt's has no entry.
Found by listing the English labels of the open dialogs (tests/ui/test_language_switch.py checks them).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_DIALOG_STRINGS = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:")),
    ("QPageSetupWidget", QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:")),
    ("QPageSetupWidget", QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:")),
)
