"""The dashboard (首页) and the monthly report dialog, driven as a manager would, on a demo office."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from crm_desktop.models.database import open_database
from crm_desktop.services.audit import AuditFilter, AuditService
from crm_desktop.services.demo import generate_demo
from crm_desktop.services.metrics import month_metrics
from crm_desktop.services.principal import Principal
from crm_desktop.services.renovations import RenovationService
from crm_desktop.ui.dashboard.dashboard_tab import DashboardTab, figure_text
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.reports.report_dialog import MonthlyReportDialog
from tests.factories import ADMIN

TODAY = date(2026, 12, 1)
NOVEMBER = date(2026, 11, 1)
MANAGER = Principal("manager1", "manager")
CLERK = Principal("clerk1", "clerk")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dash") / "office.db"
    db = open_database(str(path))
    generate_demo(db, households=150, months=14, seed=7, today=TODAY)
    db.dispose()
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    copy = tmp_path / "office.db"
    copy.write_bytes(demo_file.read_bytes())
    db = open_database(str(copy))
    yield db
    db.dispose()


def _dashboard(qtbot, db, principal=MANAGER) -> DashboardTab:
    tab = DashboardTab(db, principal, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.select_month(NOVEMBER)
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.show()
    return tab


def test_tiles_show_the_months_figures_and_the_change(app, qtbot, demo):
    tab = _dashboard(qtbot, demo)
    metrics, previous = month_metrics(demo, NOVEMBER), month_metrics(demo, date(2026, 10, 1))
    assert tab.tiles["nps"].value.text() == figure_text(metrics.satisfaction["nps"], "score")
    assert tab.tiles["retention_rate"].value.text() == figure_text(metrics.retention["retention_rate"], "percent")
    assert tab.tiles["open_complaints"].value.text() == str(metrics.service["open_at_month_end"])
    assert tab.tiles["at_risk"].value.text() == str(len(metrics.at_risk))
    change = float(metrics.satisfaction["nps"]) - float(previous.satisfaction["nps"])
    detail = tab.tiles["nps"].detail.text()
    assert ("较上月" in detail and f"{abs(change):.1f}" in detail) or (change == 0 and "与上月持平" in detail)
    assert tab.at_risk_model.rowCount() == len(metrics.at_risk)
    # The charts come once pyqtgraph has been imported off the GUI thread, drawn with the loaded trend.
    qtbot.waitUntil(lambda: tab.nps_chart is not None and bool(tab.nps_chart.plot.getPlotItem().listDataItems()),
                    timeout=15_000)
    assert len(tab.nps_chart.plot.getPlotItem().listDataItems()) == 2  # NPS and CSAT
    for chart in (tab.retention_chart, tab.sla_chart):
        (line,) = chart.plot.getPlotItem().listDataItems()
        assert len(line.getData()[0]) == 12  # twelve months
    bars = [i for i in tab.category_chart.plot.getPlotItem().items if type(i).__name__ == "BarGraphItem"]
    assert len(bars) == 1 and list(bars[0].opts["height"]) == list(
        metrics.service["complaints_by_category"].values())
    overview = RenovationService(demo, MANAGER).overview(TODAY)
    assert tab.renovation_buttons["past_planned_end"].text() == f"超过计划完工日期：{overview.past_planned_end}"
    assert tab.renovation_buttons["open_violations"].text() == f"违规未整改：{overview.open_violations}"
    assert tab.renovation_buttons["not_refunded"].text() == f"押金未退：{overview.not_refunded}"


def test_the_dashboard_loads_off_the_gui_thread(app, qtbot, demo, monkeypatch):
    import threading

    from crm_desktop.services.dashboard import DashboardService

    threads: list[threading.Thread] = []
    real_load = DashboardService.load

    def load(self, *args, **kwargs):
        threads.append(threading.current_thread())
        return real_load(self, *args, **kwargs)

    monkeypatch.setattr(DashboardService, "load", load)
    tab = DashboardTab(demo, MANAGER, today=TODAY)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.show()
        assert tab.status.text() == "正在更新…" and tab.data is None  # the window is not waiting for it
    assert threads and all(thread is not threading.main_thread() for thread in threads)


def test_phones_in_the_at_risk_list_follow_the_role(app, qtbot, demo):
    viewer = _dashboard(qtbot, demo, Principal("viewer1", "viewer"))
    clerk = _dashboard(qtbot, demo, CLERK)
    masked = [viewer.at_risk_model.row_at(i).phone for i in range(viewer.at_risk_model.rowCount())]
    clear = [clerk.at_risk_model.row_at(i).phone for i in range(clerk.at_risk_model.rowCount())]
    assert any(clear) and all("*" in phone for phone in masked if phone)
    assert not any("*" in phone for phone in clear if phone)


def test_clicking_tiles_opens_the_filtered_lists(app, qtbot, demo):
    window = MainWindow(demo, MANAGER)
    qtbot.addWidget(window)
    window.dashboard_tab._today = TODAY
    window.show()
    with qtbot.waitSignal(window.dashboard_tab.loaded, timeout=30_000):
        window.tabs.setCurrentWidget(window.dashboard_tab)
    window.dashboard_tab.tiles["overdue_complaints"].clicked.emit("overdue_complaints")
    service = window.service_tab
    assert window.tabs.currentWidget() is service
    assert service.kind.currentData() == "complaint" and service.overdue.isChecked()
    window.tabs.setCurrentWidget(window.dashboard_tab)
    window.dashboard_tab.renovation_buttons["open_violations"].click()
    assert window.tabs.currentWidget() is window.housing_tab
    assert window.housing_tab.renovations.view.currentData() == "open_violations"
    tab = window.dashboard_tab
    if tab.at_risk_model.rowCount():
        tab.at_risk_table.doubleClicked.emit(tab.at_risk_model.index(0, 0))
        assert window.tabs.currentWidget() is window.archive_tab
        assert window.archive_tab.selected_customer_id() == tab.at_risk_model.row_at(0).customer_id


def test_dashboard_reloads_after_an_edit_elsewhere(app, qtbot, demo):
    window = MainWindow(demo, MANAGER)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.dashboard_tab.loaded, timeout=30_000):
        window.tabs.setCurrentWidget(window.dashboard_tab)
    window.tabs.setCurrentWidget(window.archive_tab)
    window.archive_tab.data_changed.emit()
    assert window.dashboard_tab._stale
    with qtbot.waitSignal(window.dashboard_tab.loaded, timeout=30_000):
        window.tabs.setCurrentWidget(window.dashboard_tab)


def test_report_dialog_previews_prints_and_saves(app, qtbot, demo, tmp_path):
    dialog = MonthlyReportDialog(demo, MANAGER, kind="retention", today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.choice()[1] == NOVEMBER  # last month by default
    assert not dialog.print_button.isEnabled()
    with qtbot.waitSignal(dialog.generated, timeout=30_000):
        dialog.generate()
    assert len(dialog.pages) >= 2 and dialog.page_layout.count() == len(dialog.pages)
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert "客户保持月报" in subprocess.run(["pdftotext", str(dialog.pdf_path), "-"], capture_output=True,
                                          text=True).stdout

    saved = dialog.save_as(str(tmp_path / "保持月报"))
    assert saved == tmp_path / "保持月报.pdf" and saved.read_bytes() == dialog.pdf_path.read_bytes()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    with qtbot.waitSignal(dialog.printed, timeout=30_000):
        dialog.print_report(printer)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages == len(dialog.pages)

    actions = [row.action for row in AuditService(demo, ADMIN).rows(AuditService(demo, ADMIN).entry_ids(
        AuditFilter(entity="report")))]
    assert "print" in actions and "export" in actions

    dialog.month.setCurrentIndex(dialog.month.currentIndex() + 1)  # another month: preview no longer matches
    assert not dialog.print_button.isEnabled()


def test_a_report_that_cannot_be_saved_says_so_plainly(app, qtbot, demo, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warnings.append(text))
    dialog = MonthlyReportDialog(demo, MANAGER, kind="satisfaction", today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.generated, timeout=30_000):
        dialog.generate()
    assert dialog.save_as(str(tmp_path / "no such folder" / "report.pdf")) is None
    assert len(warnings) == 1 and "report.pdf" in warnings[0] and "无法保存" in warnings[0]
    assert not (tmp_path / "no such folder").exists()
    dialog.kind.setCurrentIndex(1)  # another report chosen: the preview is marked as not this one
    assert not dialog.save_button.isEnabled() and "生成" in dialog.info.text()


def test_report_dialog_fits_a_small_screen(app, qtbot, demo):
    dialog = MonthlyReportDialog(demo, MANAGER, today=TODAY)
    qtbot.addWidget(dialog)
    available = dialog.screen().availableGeometry()
    assert dialog.height() <= available.height() and dialog.width() <= available.width()
