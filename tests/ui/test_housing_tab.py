"""The move-in and renovation tab driven through its widgets, as a clerk would."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from crm_desktop.models.database import Database
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.move_ins import MoveInFilter, MoveInService
from crm_desktop.services.occupancy import OccupancyService
from crm_desktop.services.principal import Principal
from crm_desktop.services.renovations import (
    InspectionInput,
    RenovationFilter,
    RenovationInput,
    RenovationService,
)
from crm_desktop.ui.housing.housing_tab import HousingTab
from crm_desktop.ui.housing.models import MoveInTableModel, RenovationTableModel
from crm_desktop.ui.housing.move_in_dialogs import HandoverDialog, ScheduleMoveInDialog
from crm_desktop.ui.housing.renovation_dialogs import (
    AcceptanceDialog,
    InspectionDialog,
    RenovationDialog,
    StatusDialog,
)
from crm_desktop.ui.tasks import running_tasks
from tests.factories import ADMIN, make_customer, make_resident, make_unit

CLERK = Principal("clerk1", "clerk")
TODAY = date.today()


def _tab(qtbot, db: Database, principal: Principal = CLERK) -> HousingTab:
    tab = HousingTab(db, principal)
    qtbot.addWidget(tab)
    tab.resize(1400, 820)
    tab.show()
    return tab


def in_modal(action: Callable[[], None], fill: Callable[[QDialog], None]) -> QDialog:
    """Run `action`, which opens a modal dialog, and fill and save that dialog while it is open.

    A dialog that stays open after `fill` (e.g. a refused save) is closed, so that a failing test never hangs."""
    seen: list[QDialog] = []
    errors: list[BaseException] = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        seen.append(dialog)
        try:
            fill(dialog)
        except BaseException as exc:
            errors.append(exc)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, handle)
    action()
    if errors:
        raise errors[0]
    assert seen, "no dialog opened"
    return seen[0]


def make_renovation(
    db: Database, unit_id: int, steps: tuple[str, ...] = (), permit: str = "ZX-2026-0001", deposit: str = "3000.00"
) -> int:
    service = RenovationService(db, ADMIN)
    renovation_id = service.create(
        RenovationInput(
            permit_number=permit,
            unit_id=unit_id,
            applicant="张三",
            applied_date=TODAY - timedelta(days=30),
            contractor="城建装饰工程有限公司",
            contractor_phone="13812345678",
            scope="厨房翻新",
            planned_start=TODAY - timedelta(days=20),
            planned_end=TODAY + timedelta(days=30),
            deposit_received=deposit,
        )
    )
    for step in steps:
        service.transition(renovation_id, step, service.get(renovation_id).version, TODAY)
    return renovation_id


def test_list_models_pass_the_qt_model_tester(app, qtmodeltester, ui_db: Database) -> None:
    unit_id = make_unit(ui_db)
    for i, name in enumerate(["张三", "李四", "王五"]):
        MoveInService(ui_db, ADMIN).schedule(unit_id, make_customer(ui_db, name), TODAY + timedelta(days=i - 1))
    make_renovation(ui_db, unit_id)
    make_renovation(ui_db, unit_id, ("approved", "in_progress"), permit="ZX-2026-0002")
    move_ins = MoveInTableModel(MoveInService(ui_db, CLERK))
    move_ins.set_filter(MoveInFilter(view="all"))
    qtmodeltester.check(move_ins)
    assert move_ins.rowCount() == 3
    renovations = RenovationTableModel(RenovationService(ui_db, CLERK))
    renovations.reload()
    qtmodeltester.check(renovations)
    assert renovations.rowCount() == 2
    renovations.sort(0, Qt.SortOrder.AscendingOrder)
    assert renovations.data(renovations.index(0, 0)) == "ZX-2026-0001"


def test_schedule_and_complete_a_move_in_through_the_dialogs(app, qtbot, ui_db: Database) -> None:
    make_unit(ui_db, room="1202")
    customer_id = make_customer(ui_db, "张三")
    tab = _tab(qtbot, ui_db)
    view = tab.move_ins
    assert view.model.rowCount() == 0 and not view.complete_button.isEnabled()

    def book(dialog: ScheduleMoveInDialog) -> None:
        dialog.save()  # nothing picked yet: refused in the dialog
        assert dialog.isVisible() and dialog.message.text()
        dialog.unit.search.insert("1202")
        dialog.unit.refresh()
        dialog.customer.search.insert("张三")
        dialog.customer.refresh()
        dialog.scheduled.set_value(TODAY + timedelta(days=2))
        dialog.notes.setPlainText("请携带身份证及购房合同")
        dialog.save()

    with qtbot.waitSignal(tab.data_changed):
        in_modal(lambda: qtbot.mouseClick(view.schedule_button, Qt.MouseButton.LeftButton), book)
    assert view.model.rowCount() == 1
    move_in_id = view.selected_id()
    assert move_in_id is not None and view.detail.detail.status == "scheduled"
    assert view.complete_button.isEnabled()
    assert MoveInService(ui_db, ADMIN).counts().upcoming == 1

    def hand_over(dialog: HandoverDialog) -> None:
        dialog.save()  # documents not checked yet: refused, the form keeps its input
        assert dialog.isVisible() and dialog.message.isVisibleTo(dialog)
        dialog.documents.setChecked(True)
        dialog.keys.setValue(3)
        dialog.water.setText("12.5")
        dialog.electricity.setText("3456.70")
        dialog.defect_text.insert("客厅墙面裂缝")
        qtbot.mouseClick(dialog.add_defect_button, Qt.MouseButton.LeftButton)
        dialog.defect_text.insert("门锁松动")
        dialog.add_defect()
        dialog.defects.item(1).setCheckState(Qt.CheckState.Checked)  # put right on the spot
        dialog.save()

    with qtbot.waitSignal(tab.data_changed):
        in_modal(lambda: qtbot.mouseClick(view.complete_button, Qt.MouseButton.LeftButton), hand_over)

    done = MoveInService(ui_db, ADMIN).get(move_in_id)
    assert done.status == "completed" and done.handover_date == TODAY and done.keys_handed == 3
    assert (done.water_reading, done.electricity_reading, done.gas_reading) == (
        Decimal("12.50"),
        Decimal("3456.70"),
        None,
    )
    assert [(d.description, d.status) for d in done.defects] == [("客厅墙面裂缝", "open"), ("门锁松动", "rectified")]
    (occupancy,) = CustomerService(ui_db, ADMIN).get(customer_id).occupancies
    assert occupancy.id == done.occupancy_id and occupancy.start_date == TODAY
    # The list follows the handover; the detail shows the open defect and the unit's history.
    assert view.selected_id() == move_in_id and view.detail.detail.status == "completed"
    assert view.detail.defects.rowCount() == 2
    history = view.detail.history.history
    assert history.rowCount() == 2  # the handover and the occupancy it started
    view.set_view("open_defects")
    assert view.model.rowCount() == 1
    assert "1" in view.defects_button.text()

    view.select(move_in_id)
    view.detail.defect_view.selectRow(0)
    assert view.detail.rectify_button.isEnabled()
    in_modal(lambda: view.rectify_defect(), lambda dialog: dialog.save())
    assert MoveInService(ui_db, ADMIN).counts().open_defects == 0
    # No longer in the list of unrectified defects: the view switches to all so the clerk still sees it.
    assert view.current_filter().view == "all" and view.selected_id() == move_in_id
    assert view.detail.detail.open_defects == 0


def test_record_an_inspection_with_a_violation_through_the_widgets(app, qtbot, ui_db: Database) -> None:
    _customer, unit_id = make_resident(ui_db, "张三")
    renovation_id = make_renovation(ui_db, unit_id, ("approved", "in_progress"))
    tab = _tab(qtbot, ui_db)
    tab.pages.setCurrentWidget(tab.renovations)
    view = tab.renovations
    view.select(renovation_id)
    detail = view.detail
    assert detail.inspect_button.isEnabled()
    visible = {target for target, button in detail.transition_buttons.items() if button.isVisibleTo(detail)}
    assert visible == {"awaiting_acceptance", "cancelled"}

    def inspect(dialog: InspectionDialog) -> None:
        dialog.inspector.setEditText("李工")
        dialog.result.set_code("violation")
        assert dialog.violation_type.isEnabled()
        dialog.save()  # a violation without its type is refused in the dialog
        assert dialog.isVisible() and dialog.message.text()
        dialog.violation_type.set_code("facade")
        dialog.description.setPlainText("擅自封闭阳台")
        dialog.rectification_due.set_value(TODAY + timedelta(days=3))
        dialog.deduction.setText("200.50")
        dialog.deduction_reason.insert("改变外立面罚扣")
        dialog.save()

    with qtbot.waitSignal(tab.data_changed):
        in_modal(lambda: qtbot.mouseClick(detail.inspect_button, Qt.MouseButton.LeftButton), inspect)

    saved = RenovationService(ui_db, ADMIN).get(renovation_id)
    (inspection,) = saved.inspections
    assert (inspection.inspector, inspection.result, inspection.violation_type) == ("李工", "violation", "facade")
    assert inspection.rectification_due == TODAY + timedelta(days=3) and inspection.is_open_violation
    assert inspection.deducted == Decimal("200.50") and saved.refund.proposed == Decimal("2799.50")
    assert detail.inspections.rowCount() == 1 and detail.deductions.rowCount() == 1
    assert "1" in view.overview_buttons["open_violations"].text()
    view.set_view("open_violations")
    assert view.model.rowCount() == 1 and view.selected_id() == renovation_id
    column = RenovationTableModel.COLUMNS.index("violations")
    assert view.model.data(view.model.index(0, column)) == "1"

    # Rectified: the violation closes and acceptance becomes possible.
    detail.inspection_view.selectRow(0)
    assert detail.rectified_button.isEnabled()
    in_modal(lambda: view.record_rectification(), lambda dialog: dialog.save())
    assert RenovationService(ui_db, ADMIN).overview().open_violations == 0
    assert view.current_filter().view == "all" and view.selected_id() == renovation_id
    assert not detail.selected_inspection() or not detail.selected_inspection().is_open_violation


def test_status_buttons_and_acceptance_propose_the_refund(app, qtbot, ui_db: Database) -> None:
    unit_id = make_unit(ui_db)
    renovation_id = make_renovation(ui_db, unit_id)
    RenovationService(ui_db, ADMIN).add_deduction(renovation_id, "300.00", "公共区域污损")
    tab = _tab(qtbot, ui_db)
    view = tab.renovations
    view.select(renovation_id)
    detail = view.detail

    def visible() -> set[str]:
        return {target for target, button in detail.transition_buttons.items() if button.isVisibleTo(detail)}

    assert visible() == {"approved", "rejected", "cancelled"}
    assert not view.print_permit_button.isEnabled()  # no permit before approval
    for target in ("approved", "in_progress", "awaiting_acceptance"):

        def confirm(dialog: StatusDialog, target: str = target) -> None:
            assert dialog.target == target
            dialog.save()

        in_modal(
            lambda target=target: qtbot.mouseClick(detail.transition_buttons[target], Qt.MouseButton.LeftButton),
            confirm,
        )
        assert RenovationService(ui_db, ADMIN).get(renovation_id).status == target
    assert visible() == {"accepted", "in_progress", "cancelled"}
    assert view.print_permit_button.isEnabled()

    def accept(dialog: AcceptanceDialog) -> None:
        assert dialog.proposal.text() == "2,700.00"
        dialog.deduction.setText("100")
        dialog.deduction_reason.insert("门禁卡遗失")
        assert dialog.proposal.text() == "2,600.00"
        dialog.refund_now.setCurrentIndex(dialog.refund_now.findData(True))
        assert dialog.refund_amount.text() == "2600.00"
        dialog.refund_amount.setText("2600.01")
        dialog.save()  # more than the deposit less deductions: refused, nothing saved
        assert dialog.isVisible() and "2600.01" in dialog.message.text()
        dialog.refund_amount.setText("2600.00")
        dialog.save()

    in_modal(lambda: qtbot.mouseClick(detail.transition_buttons["accepted"], Qt.MouseButton.LeftButton), accept)
    accepted = RenovationService(ui_db, ADMIN).get(renovation_id)
    assert accepted.status == "accepted"
    assert (accepted.refund.deductions, accepted.refund.refunded, accepted.refund.refund_date) == (
        Decimal("400.00"),
        Decimal("2600.00"),
        TODAY,
    )
    assert visible() == set() and not detail.refund_button.isEnabled()


def test_new_renovation_dialog_refuses_a_duplicate_permit_number(app, qtbot, ui_db: Database) -> None:
    make_resident(ui_db, "张三")
    unit_id = make_unit(ui_db, room="1301")
    taken, suggested = f"ZX-{TODAY.year}-0007", f"ZX-{TODAY.year}-0008"
    make_renovation(ui_db, unit_id, permit=taken)
    tab = _tab(qtbot, ui_db)
    view = tab.renovations

    def fill(dialog: RenovationDialog) -> None:
        assert dialog.permit_number.text() == suggested  # the next free number of the year
        dialog.unit.search.insert("1202")
        dialog.unit.refresh()  # picks the only match; its owner becomes the applicant
        assert dialog.applicant.text() == "张三" and dialog.owner.currentData() is not None
        dialog.permit_number.setText(taken)
        dialog.contractor.insert("城建装饰")
        dialog.deposit.setText("2000")
        dialog.save()
        assert dialog.isVisible() and taken in dialog.message.text()
        assert dialog.permit_number.hasFocus() or not dialog.isActiveWindow()
        dialog.permit_number.setText(suggested)
        dialog.save()

    with qtbot.waitSignal(tab.data_changed):
        in_modal(lambda: qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton), fill)
    created = RenovationService(ui_db, ADMIN).get(view.selected_id())
    assert (created.permit_number, created.applicant, created.status) == (suggested, "张三", "applied")
    assert created.refund.received == Decimal("2000.00") and created.customer_name == "张三"


def test_print_permit_and_inspection_record_to_pdf(app, qtbot, ui_db: Database, tmp_path: Path) -> None:
    _customer, unit_id = make_resident(ui_db, "张三")
    renovation_id = make_renovation(ui_db, unit_id, ("approved", "in_progress"))
    RenovationService(ui_db, ADMIN).add_inspection(
        renovation_id,
        InspectionInput(
            datetime.now().replace(second=0, microsecond=0) - timedelta(minutes=5),
            "李工",
            "violation",
            "debris",
            "楼道堆放建筑垃圾",
            TODAY + timedelta(days=1),
        ),
    )
    tab = _tab(qtbot, ui_db)
    view = tab.renovations
    view.select(renovation_id)
    permit = tmp_path / "permit"  # ".pdf" is added
    view.print_permit(str(permit), ask_to_open=False)
    qtbot.waitUntil(lambda: not running_tasks(view), timeout=20_000)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "permit.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "ZX-2026-0001" in text and "张三" in text and "城建装饰工程有限公司" in text
    view.detail.inspection_view.selectRow(0)
    record = tmp_path / "record.pdf"
    view.print_inspection_record(str(record), ask_to_open=False)
    qtbot.waitUntil(lambda: not running_tasks(view), timeout=20_000)
    text = subprocess.run(["pdftotext", "-layout", str(record), "-"], capture_output=True, text=True, check=True).stdout
    assert "装修巡查记录" in text and "楼道堆放建筑垃圾" in text and "李工" in text


def test_overview_counts_filter_the_list(app, qtbot, ui_db: Database) -> None:
    unit_id = make_unit(ui_db)
    late = make_renovation(ui_db, unit_id, ("approved", "in_progress"), permit="ZX-2026-0001")
    service = RenovationService(ui_db, ADMIN)
    data = service.get(late).input()
    data.planned_start, data.planned_end = TODAY - timedelta(days=20), TODAY - timedelta(days=1)
    service.update(late, data, service.get(late).version)
    make_renovation(ui_db, unit_id, ("approved", "in_progress"), permit="ZX-2026-0002")
    tab = _tab(qtbot, ui_db)
    view = tab.renovations
    assert view.model.rowCount() == 2
    qtbot.mouseClick(view.overview_buttons["past_planned_end"], Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1 and view.model.row_id(0) == late
    qtbot.mouseClick(view.overview_buttons["in_progress"], Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 2
    view.search.insert("0002")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert RenovationFilter(view="in_progress", query="0002") == view.current_filter()


@pytest.mark.parametrize("principal", [Principal("v", "viewer")])
def test_a_viewer_sees_but_cannot_change(app, qtbot, ui_db: Database, principal: Principal) -> None:
    unit_id = make_unit(ui_db)
    renovation_id = make_renovation(ui_db, unit_id, ("approved", "in_progress"))
    MoveInService(ui_db, ADMIN).schedule(unit_id, make_customer(ui_db, "李四"), TODAY)
    tab = _tab(qtbot, ui_db, principal)
    tab.move_ins.select(tab.move_ins.model.row_id(0))
    assert tab.move_ins.detail.detail is not None
    buttons: list[QWidget] = [
        tab.move_ins.schedule_button,
        tab.move_ins.complete_button,
        tab.move_ins.cancel_button,
        tab.renovations.new_button,
    ]
    tab.renovations.select(renovation_id)
    detail = tab.renovations.detail
    buttons += [
        tab.renovations.edit_button,
        detail.inspect_button,
        detail.deduct_button,
        *detail.transition_buttons.values(),
    ]
    assert not any(button.isEnabled() for button in buttons)
    assert tab.renovations.print_permit_button.isEnabled()  # printing is reading


def test_handover_dialog_keeps_input_when_the_customer_already_lives_there(app, qtbot, ui_db: Database) -> None:
    customer_id, unit_id = make_resident(ui_db, "张三", start=TODAY - timedelta(days=400))
    other = make_customer(ui_db, "李四")
    service = MoveInService(ui_db, CLERK)
    move_in_id = service.schedule(unit_id, other, TODAY)
    # Meanwhile someone records 李四 as living there through the archives tab.
    OccupancyService(ui_db, ADMIN).move_in(other, unit_id, "resident", TODAY - timedelta(days=3))
    dialog = HandoverDialog(service, service.get(move_in_id), [])
    qtbot.addWidget(dialog)
    dialog.documents.setChecked(True)
    dialog.water.setText("1.00")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and "李四" in dialog.message.text()
    assert dialog.water.text() == "1.00"
    assert service.get(move_in_id).status == "scheduled"
    assert len(CustomerService(ui_db, ADMIN).get(other).occupancies) == 1
    assert CustomerService(ui_db, ADMIN).get(customer_id).is_active


def test_list_and_detail_widths_are_remembered(app, qtbot, ui_db: Database) -> None:
    tab = _tab(qtbot, ui_db)
    splitter = tab.renovations.splitter
    splitter.moveSplitter(500, 1)  # as when the clerk drags the handle
    wanted = splitter.sizes()
    again = _tab(qtbot, ui_db)
    restored = again.renovations.splitter.sizes()
    assert abs(restored[0] / sum(restored) - wanted[0] / sum(wanted)) < 0.02
