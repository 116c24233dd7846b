"""Help → About and Help → User guide (F1)."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

from crm_desktop import __version__
from crm_desktop.resources import resources_dir
from crm_desktop.services.principal import Principal
from crm_desktop.ui.about_dialog import AboutDialog, bundled_components, licence_text
from crm_desktop.ui.desk_settings import switch_language
from crm_desktop.ui.help_viewer import UserGuideDialog, guide_path, section_titles
from crm_desktop.ui.main_window import MainWindow

HELP = resources_dir() / "help"
GUIDES = {"zh_CN": HELP / "zh_CN.md", "en": HELP / "en.md"}
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.fixture
def window(app, qtbot, ui_db):
    main = MainWindow(ui_db, Principal("admin1", "admin"))
    qtbot.addWidget(main)
    main.show()
    yield main
    switch_language("zh_CN")


def test_about_shows_the_version_the_database_and_qt(app, qtbot, ui_db):
    dialog = AboutDialog(ui_db)
    qtbot.addWidget(dialog)
    texts = {name: label.text() for name, label in dialog.fact_labels.items()}
    assert __version__ in texts.values()
    assert ui_db.display_name in texts.values()
    assert dialog.windowTitle() == "关于物业客户关系管理"
    dialog.copy_details()
    copied = QGuiApplication.clipboard().text()
    assert __version__ in copied and ui_db.display_name in copied


def test_about_lists_the_bundled_libraries_and_the_font_with_their_licences(app, qtbot, ui_db):
    components = {c.name: c for c in bundled_components()}
    assert components["Qt 6"].license.startswith("LGPL-3.0")
    assert components["SQLAlchemy"].license == "MIT"
    assert components["ReportLab"].license.startswith("BSD")
    assert any("WenQuanYi" in name for name in components)
    assert components["SQLAlchemy"].version[0].isdigit()  # the version running now

    dialog = AboutDialog(ui_db)
    qtbot.addWidget(dialog)
    names = [dialog.components.data(dialog.components.index(r, 0)) for r in range(dialog.components.rowCount())]
    dialog.table.selectRow(names.index("Qt 6"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence.toPlainText()
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.licence.toPlainText()  # LGPL-3 builds on the GPL-3 text


def test_every_listed_licence_text_is_shipped():
    folder = resources_dir() / "licenses"
    index = json.loads((folder / "components.json").read_text("utf-8"))
    for item in index:
        for name in item["files"]:
            assert (folder / name).is_file() and (folder / name).stat().st_size > 200, name
    for component in bundled_components():
        if component.files:
            assert "missing" not in licence_text(component)[:40]


def test_the_help_menu_opens_about_and_f1_opens_the_guide(window, qtbot):
    help_menu = window.menuBar().actions()[-1].menu()
    titles = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert titles == ["用户指南(&U)", "关于(&A)"]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(UserGuideDialog)
    assert guide is not None and guide.isVisible()
    assert guide.path == GUIDES["zh_CN"]
    assert "物业客户关系管理" in guide.browser.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_F1)  # F1 again raises the same window, not a second one
    assert len(window.findChildren(UserGuideDialog)) == 1


def test_the_open_guide_follows_a_language_switch(window, qtbot):
    window.open_user_guide()
    guide = window.findChild(UserGuideDialog)
    switch_language("en")
    assert guide.path == GUIDES["en"]
    assert guide.windowTitle() == "User guide"
    assert "User guide" in guide.browser.toPlainText()
    assert guide.contents.item(0).text() == "Getting started"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_guide_covers_what_a_clerk_needs(language):
    text = GUIDES[language].read_text("utf-8")
    sections = section_titles(text)
    assert len(sections) >= 6
    keywords = {
        "zh_CN": ["客户档案", "回访", "月度报表", "备份", "PostgreSQL", "测试连接"],
        "en": ["Customer archives", "Call-backs", "Monthly reports", "Backups", "PostgreSQL", "Test connection"],
    }[language]
    for word in keywords:
        assert word in text, word


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_screenshot_of_the_guide_exists_and_shows_in_the_viewer(app, qtbot, language):
    text = GUIDES[language].read_text("utf-8")
    images = IMAGE.findall(text)
    assert len(images) >= 5
    for image in images:
        assert (HELP / image).is_file(), image
        assert f"images/{language}/" in image  # the screenshots are in the guide's language
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.load(GUIDES[language])
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(dialog.browser._originals) == len(set(images))  # every picture loaded
    assert dialog.browser.horizontalScrollBar().maximum() == 0  # scaled to the view: no sideways scrolling


def test_the_screenshots_stay_small():
    total = sum(path.stat().st_size for path in (HELP / "images").rglob("*.png"))
    assert total < 1_500_000


def test_clicking_a_screenshot_shows_it_at_full_size(app, qtbot):
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.load(GUIDES["zh_CN"])
    first = IMAGE.findall(GUIDES["zh_CN"].read_text("utf-8"))[0]
    shown = dialog.show_screenshot(first)
    qtbot.addWidget(shown)
    assert shown.isVisible()
    assert shown.picture.pixmap().size() == QImage(str(HELP / first)).size()


def test_a_section_of_the_contents_scrolls_into_view(app, qtbot):
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.load(GUIDES["en"])
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.browser.verticalScrollBar()
    assert bar.value() == 0
    assert dialog.show_section("Backups")
    assert bar.value() > 0
    assert not dialog.show_section("No such section")


def test_the_guide_of_the_current_language_is_chosen(app):
    assert guide_path() == GUIDES["zh_CN"]
    assert guide_path("en") == GUIDES["en"]


def test_about_and_settings_from_the_menus_leave_nothing_behind(window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from crm_desktop.ui.settings import SettingsDialog

    for opener, kind in ((window.open_about, AboutDialog), (window.open_settings, SettingsDialog)):
        seen: list[QDialog] = []

        def close_it(kind=kind, seen=seen) -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind):
                seen.append(dialog)
                dialog.reject()
            else:
                QTimer.singleShot(20, close_it)

        QTimer.singleShot(0, close_it)
        opener()
        assert seen
        qtbot.waitUntil(lambda kind=kind: not window.findChildren(kind))
