"""Importing customers from the archives tab: off the GUI thread, a readable error list, nothing half-done."""

from __future__ import annotations

import csv

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from crm_desktop.services.customer_io import CUSTOMER_HEADERS
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.principal import Principal
from crm_desktop.ui.archives.archive_tab import CustomerArchiveTab
from crm_desktop.ui.archives.import_dialogs import ImportProblemsDialog
from tests.factories import make_id_number

CLERK = Principal("clerk1", "clerk")


def _write(path, rows):
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(CUSTOMER_HEADERS)
        for row in rows:
            writer.writerow([row.get(h.split("(")[0], "") for h in CUSTOMER_HEADERS])


def _close_modal_when_shown(qtbot, seen: list) -> None:
    def close() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(50, close)
            return
        seen.append(widget)
        if isinstance(widget, QMessageBox):
            seen.append(widget.text())
            widget.accept()
        else:
            seen.append([p.row for p in widget.problems] if isinstance(widget, ImportProblemsDialog) else None)
            widget.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(50, close)


def test_bad_file_shows_every_row_problem_and_imports_nothing(app, qtbot, ui_db, tmp_path):
    good = {"小区": "阳光花园", "楼栋": "3", "单元": "2", "房号": "1202", "姓名": "张三", "手机号": "13812345678",
            "客户类型": "业主", "入住日期": "2020-01-01"}
    bad_id = dict(good, 姓名="李四", 房号="1203", 证件号码="110105198001011230")
    bad_date = dict(good, 姓名="王五", 房号="1204", 入住日期="2020-13-01")
    path = tmp_path / "owners.csv"
    _write(path, [good, bad_id, bad_date])
    tab = CustomerArchiveTab(ui_db, CLERK)
    qtbot.addWidget(tab)
    seen: list = []
    _close_modal_when_shown(qtbot, seen)
    tab.import_customers(str(path))
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=20000)
    assert isinstance(seen[0], ImportProblemsDialog)
    assert seen[1] == [3, 4]  # spreadsheet rows, the header being row 1
    assert CustomerService(ui_db, CLERK).count() == 0


def test_good_file_imports_in_the_background_and_refreshes_the_list(app, qtbot, ui_db, tmp_path):
    rows = [
        {"小区": "阳光花园", "楼栋": "3", "单元": "2", "房号": f"12{i:02d}", "姓名": name, "手机号": f"1381234567{i}",
         "证件号码": make_id_number(seq=f"{i:03d}"), "客户类型": "业主", "入住日期": "2020-01-01"}
        for i, name in enumerate(["张三", "李四", "王五"])
    ]
    path = tmp_path / "owners.csv"
    _write(path, rows)
    tab = CustomerArchiveTab(ui_db, CLERK)
    qtbot.addWidget(tab)
    seen: list = []
    _close_modal_when_shown(qtbot, seen)
    tab.import_customers(str(path))
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=20000)
    assert isinstance(seen[0], QMessageBox) and "3" in seen[1]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    tab.search.setText("ls")
    tab.apply_search()
    assert tab.model.rowCount() == 1
