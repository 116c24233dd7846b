"""The customer archives tab driven through its widgets, as a clerk would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from crm_desktop.services.customers import CustomerService
from crm_desktop.services.occupancy import OccupancyService
from crm_desktop.services.principal import Principal
from crm_desktop.ui.archives.archive_tab import CustomerArchiveTab
from crm_desktop.ui.archives.customer_dialog import CustomerDialog
from crm_desktop.ui.archives.customer_model import CustomerTableModel
from crm_desktop.ui.archives.occupancy_dialogs import InteractionDialog, MoveInDialog, MoveOutDialog, TransferDialog
from crm_desktop.ui.main_window import MainWindow
from tests.factories import ADMIN, make_customer, make_id_number, make_resident, make_unit

CLERK = Principal("clerk1", "clerk")


def _tab(qtbot, db, principal=CLERK) -> CustomerArchiveTab:
    tab = CustomerArchiveTab(db, principal)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    return tab


def _column(tab: CustomerArchiveTab, column: int) -> list[str]:
    model = tab.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_list_model_passes_qt_model_tester(app, qtmodeltester, ui_db):
    for i, name in enumerate(["张三", "李四", "王五"]):
        make_resident(ui_db, name, room=f"12{i:02d}", mobile=f"1381234567{i}")
    model = CustomerTableModel(CustomerService(ui_db, CLERK))
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_list_fetches_rows_lazily_a_page_at_a_time(app, ui_db):
    for i in range(450):
        make_customer(ui_db, f"客户{i:03d}")
    model = CustomerTableModel(CustomerService(ui_db, CLERK))
    model.reload()
    assert model.rowCount() == 450
    assert model._pages == {}  # nothing fetched before the view asks
    model.data(model.index(0, 0))
    assert list(model._pages) == [0]
    model.data(model.index(420, 0))
    assert sorted(model._pages) == [0, 2]


def test_search_as_you_type_filters_by_pinyin_initials_and_unit(app, qtbot, ui_db):
    zhang, _ = make_resident(ui_db, "张三", room="1202", mobile="13812345678")
    make_resident(ui_db, "李四", room="1203", mobile="13900001111")
    tab = _tab(qtbot, ui_db)
    assert tab.model.rowCount() == 2
    qtbot.keyClicks(tab.search, "zs")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert _column(tab, 0) == ["张三"]
    tab.search.clear()
    tab.search.insert("3栋-2单元-1203")
    qtbot.waitUntil(lambda: _column(tab, 0) == ["李四"])
    tab.search.clear()
    qtbot.keyClicks(tab.search, "0000")
    qtbot.waitUntil(lambda: _column(tab, 0) == ["李四"])
    assert tab.count.text() == "共 1 位客户"
    tab.select_customer(tab.model.customer_id(0))
    assert tab.detail.detail is not None and tab.detail.detail.data.name == "李四"
    assert zhang not in [tab.model.customer_id(r) for r in range(tab.model.rowCount())]


def test_list_masks_id_numbers_for_a_clerk_and_phones_for_a_viewer(app, qtbot, ui_db):
    make_resident(ui_db, "张三", mobile="13812345678", id_number=make_id_number())
    clerk_tab = _tab(qtbot, ui_db, CLERK)
    assert _column(clerk_tab, 3) == ["13812345678"]
    assert _column(clerk_tab, 4) == ["110105********1238"]
    viewer_tab = _tab(qtbot, ui_db, Principal("v", "viewer"))
    assert _column(viewer_tab, 3) == ["138****5678"]
    assert not viewer_tab.new_button.isEnabled()


def test_filters_by_status_community_and_tag(app, qtbot, ui_db):
    make_resident(ui_db, "张三", room="1202", tags=["VIP"])
    leave, _ = make_resident(ui_db, "李四", room="1203")
    occupancy = CustomerService(ui_db, ADMIN).get(leave).occupancies[0]
    OccupancyService(ui_db, ADMIN).move_out(occupancy.id, date(2024, 5, 1), "competitive")
    tab = _tab(qtbot, ui_db)
    tab.status.setCurrentIndex(tab.status.findData("moved_out"))
    assert _column(tab, 0) == ["李四"]
    tab.status.setCurrentIndex(tab.status.findData("active"))
    assert _column(tab, 0) == ["张三"]
    tab.status.setCurrentIndex(0)
    tab.tag.setCurrentIndex(tab.tag.findData("VIP"))
    assert _column(tab, 0) == ["张三"]
    tab.tag.setCurrentIndex(0)
    tab.community.setCurrentIndex(1)
    assert tab.building.isEnabled() and tab.model.rowCount() == 2


def test_new_customer_dialog_validates_then_saves(app, qtbot, ui_db):
    service = CustomerService(ui_db, CLERK)
    dialog = CustomerDialog(service)
    qtbot.addWidget(dialog)
    dialog.name.insert("赵六")
    qtbot.keyClicks(dialog.mobile, "12345")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.isVisibleTo(dialog) and "12345" in dialog.message.text()
    dialog.mobile.clear()
    qtbot.keyClicks(dialog.mobile, "13712340000")
    qtbot.keyClicks(dialog.id_number, "110105198001011230")  # wrong check digit
    dialog.save()
    assert "校验码" in dialog.message.text()
    assert dialog.id_number.hasFocus() or not dialog.isActiveWindow()
    dialog.id_number.clear()
    qtbot.keyClicks(dialog.id_number, make_id_number())
    dialog.special_needs.setPlainText("轮椅出行")
    dialog.tags.insert("VIP，业委会")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = CustomerService(ui_db, ADMIN).get(dialog.customer_id)
    assert saved.data.name == "赵六" and saved.data.mobile == "13712340000"
    assert saved.data.birthday == date(1980, 1, 1) and saved.data.tags == ["VIP", "业委会"]
    assert saved.data.special_needs == "轮椅出行"


def test_duplicate_phone_asks_before_saving(app, qtbot, ui_db):
    make_customer(ui_db, "张三", mobile="13812345678")
    dialog = CustomerDialog(CustomerService(ui_db, CLERK))
    qtbot.addWidget(dialog)
    dialog.name.insert("张三丰")
    qtbot.keyClicks(dialog.mobile, "13812345678")
    asked = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(50, answer_no)
    dialog.save()
    assert asked and "张三" in asked[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert CustomerService(ui_db, ADMIN).count() == 1


def test_edit_keeps_the_clerks_edits_when_someone_else_saved_first(app, qtbot, ui_db):
    customer_id = make_customer(ui_db, "张三", mobile="13812345678")
    service = CustomerService(ui_db, CLERK)
    dialog = CustomerDialog(service, service.get(customer_id))
    qtbot.addWidget(dialog)
    other = CustomerService(ui_db, Principal("desk2", "clerk"))
    data = other.get(customer_id).data
    data.notes = "另一台电脑的修改"
    other.update(customer_id, data, expected_version=other.get(customer_id).version)
    dialog.name.clear()
    dialog.name.insert("张三（已改）")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "desk2" in dialog.message.text()
    assert dialog.name.text() == "张三（已改）"
    assert CustomerService(ui_db, ADMIN).get(customer_id).data.name == "张三"


def test_move_in_transfer_and_move_out_through_dialogs(app, qtbot, ui_db):
    occupancy, customers = OccupancyService(ui_db, CLERK), CustomerService(ui_db, CLERK)
    seller = make_customer(ui_db, "张三")
    buyer = make_customer(ui_db, "李四")
    make_unit(ui_db, room="1202")
    tab = _tab(qtbot, ui_db)

    move_in = MoveInDialog(occupancy, tab.structure, seller, "张三")
    qtbot.addWidget(move_in)
    move_in.unit.search.insert("1202")
    move_in.unit.refresh()
    assert move_in.unit.results.count() == 1
    move_in.start.set_value(date(2021, 3, 1))
    move_in._save()
    assert move_in.result() == QDialog.DialogCode.Accepted
    current = customers.get(seller).occupancies[0]
    assert current.unit_code == "3栋-2单元-1202" and current.start_date == date(2021, 3, 1)

    transfer = TransferDialog(occupancy, customers, current)
    qtbot.addWidget(transfer)
    transfer.new_owner.search.insert("李四")
    transfer.new_owner.refresh()
    transfer.on.set_value(date(2025, 6, 30))
    transfer._save()
    assert transfer.result() == QDialog.DialogCode.Accepted
    old = customers.get(seller).occupancies[0]
    assert old.end_date == date(2025, 6, 30) and old.end_reason == "natural"
    new = customers.get(buyer).occupancies[0]
    assert new.start_date == date(2025, 6, 30) and new.start_kind == "transfer"

    move_out = MoveOutDialog(occupancy, new)
    qtbot.addWidget(move_out)
    move_out.end.set_value(date(2025, 6, 1))  # before the move-in: refused in the dialog
    move_out._save()
    assert move_out.result() != QDialog.DialogCode.Accepted and move_out.message.text()
    move_out.end.set_value(date(2026, 1, 15))
    move_out.reason.set_code("dissatisfied")
    move_out._save()
    assert move_out.result() == QDialog.DialogCode.Accepted
    assert customers.get(buyer).occupancies[0].end_reason == "dissatisfied"
    assert not customers.get(buyer).is_active


def test_logged_contact_appears_in_the_detail_timeline(app, qtbot, ui_db):
    customer_id, _ = make_resident(ui_db, "张三")
    tab = _tab(qtbot, ui_db)
    dialog = InteractionDialog(tab.timeline, customer_id, "张三")
    qtbot.addWidget(dialog)
    dialog.kind.set_code("care_visit")
    dialog.summary.setPlainText("上门探访独居老人")
    dialog._save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    tab.refresh_after_edit(customer_id)
    timeline = tab.detail.timeline
    texts = [timeline.data(timeline.index(r, 2)) for r in range(timeline.rowCount())]
    kinds = [timeline.data(timeline.index(r, 1)) for r in range(timeline.rowCount())]
    assert "上门探访独居老人" in texts[0] and kinds[0] == "关怀走访"
    assert kinds[-1] == "入住"


def test_main_window_shortcuts_tabs_and_remembered_splitter(app, qtbot, ui_db):
    window = MainWindow(ui_db, CLERK)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["首页", "客户档案", "入住/装修", "投诉与服务", "满意度调查"]
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    window.tabs.setCurrentIndex(0)
    window.find_action.trigger()
    assert window.tabs.currentWidget() is window.archive_tab
    assert ui_db.display_name in window.database_label.text()
    window.archive_tab.splitter.setSizes([900, 300])
    sizes = window.archive_tab.splitter.sizes()
    window.close()
    again = MainWindow(ui_db, CLERK)
    qtbot.addWidget(again)
    again.resize(window.size())
    again.show()
    restored = again.archive_tab.splitter.sizes()
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.02
    assert QSettings().value(MainWindow.SETTINGS_GEOMETRY) is not None


def test_escape_closes_a_dialog(app, qtbot, ui_db):
    dialog = CustomerDialog(CustomerService(ui_db, CLERK))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
