"""Switching between 简体中文 and English: the open window, Qt's own dialogs, dates, and the next start."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from crm_desktop.cli import build_parser
from crm_desktop.services.principal import Principal
from crm_desktop.ui.desk_settings import saved_language, switch_language
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.qt_strings import QT_DIALOG_STRINGS
from crm_desktop.ui.settings import SettingsDialog
from crm_desktop.ui.tasks import run_in_background

ADMIN = Principal("admin1", "admin")


@pytest.fixture
def window(app, qtbot, ui_db):
    main = MainWindow(ui_db, ADMIN)
    qtbot.addWidget(main)
    main.show()
    yield main
    switch_language("zh_CN")  # the next test starts in the default language


def _tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_to_english_and_back_retranslates_the_open_window(window):
    window.tabs.setCurrentWidget(window.service_tab)
    assert window.windowTitle() == "物业客户关系管理"
    assert "客户档案" in _tab_titles(window)

    switch_language("en")
    assert window.windowTitle() == "Property CRM Desktop"
    assert _tab_titles(window)[1:5] == [
        "Customer archives", "Move-in / renovation", "Complaints and service", "Satisfaction surveys"]
    assert _menu_titles(window)[0] == "&File" and _menu_titles(window)[-1] == "&Help"
    assert window.tabs.currentWidget() is window.service_tab  # the clerk stays where they were
    assert window.db.display_name in window.database_label.text()
    assert saved_language() == "en"  # and the next start opens in English

    switch_language("zh_CN")
    assert window.windowTitle() == "物业客户关系管理"
    assert _tab_titles(window)[1] == "客户档案"
    assert _menu_titles(window)[0] == "文件(&F)"
    assert window.tabs.currentWidget() is window.service_tab
    assert saved_language() == "zh_CN"


def test_the_menus_work_after_a_switch(window, qtbot):
    switch_language("en")
    settings = [a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Settings…"]
    assert settings and settings[0].shortcut().toString() == "Ctrl+,"
    guide = [a for a in window.menuBar().actions()[-1].menu().actions() if a.text() == "&User guide"]
    assert guide and guide[0].shortcut().toString() == "F1"
    # The previous language's actions are gone: one action per shortcut, so F1 is not ambiguous.
    qtbot.wait(10)  # deleteLater of the old actions
    f1 = [a for a in window.findChildren(type(guide[0])) if a.shortcut().toString() == "F1"]
    assert len(f1) == 1


def test_the_language_page_switches_the_window_at_once(window, qtbot):
    dialog = SettingsDialog(window.db, window.principal, window)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.language_page
    page.language.setCurrentIndex(page.language.findData("en"))
    page.language.activated.emit(page.language.currentIndex())
    assert window.windowTitle() == "Property CRM Desktop"
    assert dialog.windowTitle() == "Settings"  # the dialog itself too
    assert dialog.tabs.tabText(0) == "Office"
    assert dialog.office_page.labels[0].text() == "Office &name"
    assert not dialog.dirty_pages()  # switching language is not an unsaved change


def test_typed_settings_survive_a_language_switch(window, qtbot):
    dialog = SettingsDialog(window.db, window.principal, window)
    qtbot.addWidget(dialog)
    dialog.office_page.signatory.setText("王主管")
    switch_language("en")
    assert dialog.office_page.signatory.text() == "王主管"
    assert dialog.office_page.is_dirty()


def test_no_switch_while_background_work_runs(window, qtbot):
    release = threading.Event()
    run_in_background(window.archive_tab, "work", lambda _progress: release.wait(10), lambda _r: None,
                             lambda _e: None)
    dialog = SettingsDialog(window.db, window.principal, window)
    qtbot.addWidget(dialog)
    page = dialog.language_page
    try:
        page.language.setCurrentIndex(page.language.findData("en"))
        page.language.activated.emit(page.language.currentIndex())
        assert window.windowTitle() == "物业客户关系管理"
        assert page.language.currentData() == "zh_CN"
        assert not page.message.isHidden() and page.message.text()
    finally:
        release.set()
        qtbot.waitUntil(lambda: not window.has_running_work(), timeout=10_000)
    page.language.setCurrentIndex(page.language.findData("en"))
    page.language.activated.emit(page.language.currentIndex())
    assert window.windowTitle() == "Property CRM Desktop"  # once the work is done, the switch goes ahead


def test_qt_own_dialogs_follow_the_language(window):
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?", QMessageBox.StandardButton.Save
                      | QMessageBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == sorted(["保存", "取消"])
    file_dialog = QFileDialog(window)
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.text() for label in file_dialog.findChildren(QLabel)}
    assert labels == {"查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："}  # none left in English
    assert file_dialog.labelText(QFileDialog.DialogLabel.Reject) == "取消"
    printer = QPrinter()
    print_dialog = QPrintDialog(printer, window)
    print_labels = {label.text() for label in print_dialog.findChildren(QLabel) if label.text()}
    assert print_dialog.windowTitle() == "打印"
    assert "页面集(&S)：" in print_labels
    assert not [text for text in print_labels if text.isascii() and any(c.isalpha() for c in text)]

    switch_language("en")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?", QMessageBox.StandardButton.Cancel)
    assert [b.text() for b in box.buttons()] == ["Cancel"]


def test_every_patched_qt_string_is_translated():
    from PySide6.QtCore import QCoreApplication

    for context, source in QT_DIALOG_STRINGS:
        translated = QCoreApplication.translate(context, source)
        assert translated != source and not translated.isascii(), (context, source)


def test_dates_and_numbers_follow_the_language(window):
    day = QDate(2026, 10, 1)
    assert "10月" in QLocale().toString(day, QLocale.FormatType.LongFormat)
    switch_language("en")
    assert "October" in QLocale().toString(day, QLocale.FormatType.LongFormat)
    assert QLocale().toString(1234567.5, "f", 1) == "1,234,567.5"
    page_example = SettingsDialog(window.db, window.principal, window).language_page.example.text()
    assert str(date.today().year) in page_example and "1,234,567.89" in page_example


def test_the_command_line_language_defaults_to_the_saved_one():
    assert build_parser().parse_args([]).lang is None  # run_gui then falls back to Settings, then zh_CN
    assert build_parser().parse_args(["--lang", "en"]).lang == "en"


def test_the_default_language_is_chinese(app):
    assert saved_language() == "zh_CN"
