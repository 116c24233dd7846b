"""The complaints and service tab driven through its widgets, as a clerk would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from crm_desktop.services.principal import Principal
from crm_desktop.services.staff import StaffInput, StaffService
from crm_desktop.services.tickets import TicketFilter, TicketInput, TicketService
from crm_desktop.ui.service.action_dialogs import AssignDialog, CallbackDialog, ReopenDialog, ResolveDialog
from crm_desktop.ui.service.callback_queue import CallbackQueueModel
from crm_desktop.ui.service.service_tab import ServiceTab
from crm_desktop.ui.service.sla_dialog import SlaSettingsDialog
from crm_desktop.ui.service.staff_view import AssessmentDialog
from crm_desktop.ui.service.ticket_dialog import TicketDialog
from crm_desktop.ui.service.ticket_model import COLUMNS, TicketTableModel
from tests.factories import ADMIN, make_resident, make_unit

CLERK = Principal("clerk1", "clerk")
MANAGER = Principal("manager1", "manager")


def _tab(qtbot, db, principal=CLERK) -> ServiceTab:
    tab = ServiceTab(db, principal)
    qtbot.addWidget(tab)
    tab.resize(1400, 860)
    tab.show()
    return tab


def _staff(db, name="王师傅", **fields) -> int:
    return StaffService(db, ADMIN).save(StaffInput(name, "工程", **fields))


failures: list[str] = []


@pytest.fixture(autouse=True)
def _no_dialog_left_unsaved():
    failures.clear()
    yield
    assert not failures, failures


def when_modal(kind: type[QWidget], handler: Callable[[QWidget], None], seen: list | None = None) -> None:
    """Run `handler` on the next modal window of `kind` once it is open (exec() blocks the test)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            if seen is not None:
                seen.append(widget)
            try:
                handler(widget)
            finally:
                if widget.isVisible():  # the handler did not get it saved: fail, never hang
                    message = getattr(widget, "message", None)
                    failures.append(message.text() if message is not None else type(widget).__name__)
                    widget.reject() if isinstance(widget, QDialog) else widget.close()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _column(model, name: str) -> list[str]:
    column = COLUMNS.index(name)
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_ticket_list_model_passes_qt_model_tester(app, qtmodeltester, ui_db):
    customer_id, unit_id = make_resident(ui_db, "张三", mobile="13812345678")
    service = TicketService(ui_db, CLERK)
    service.create(TicketInput(title="噪音", category="noise", customer_id=customer_id, unit_id=unit_id))
    service.create(TicketInput(title="停电", category="repairs", severity="urgent",
                               received_at=datetime.now() - timedelta(hours=6)))
    service.create(TicketInput(kind="inquiry", title="咨询", category="fees"))
    model = TicketTableModel(service)
    model.set_filters(TicketFilter())
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    queue = CallbackQueueModel()
    queue.set_rows(service.rows(service.search_ids()))
    qtmodeltester.check(queue)


def test_list_fetches_rows_lazily_and_highlights_overdue_tickets(app, ui_db):
    service = TicketService(ui_db, CLERK)
    for i in range(230):
        service.create(TicketInput(title=f"工单{i:03d}", category="other",
                                   received_at=datetime(2026, 11, 1, 8) + timedelta(minutes=i)))
    model = TicketTableModel(service)
    model.set_filters(TicketFilter())
    assert model.rowCount() == 230 and model._pages == {}
    model.data(model.index(0, 0))
    assert list(model._pages) == [0]
    model.data(model.index(220, 0))
    assert sorted(model._pages) == [0, 1]
    recent = service.create(TicketInput(title="新的", category="other")).id
    model.reload()
    row_new, row_old = model.row_of(recent), model.row_of(1)
    background = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(row_new, 0), background) is None
    assert model.data(model.index(row_old, 0), background) is not None  # received in November, normal: overdue
    assert model.data(model.index(row_old, COLUMNS.index("due"))).startswith("⚠ ")
    model.sort(COLUMNS.index("number"), Qt.SortOrder.AscendingOrder)
    assert _column(model, "number")[0] == "TS-202611-0001"


def test_a_phone_complaint_from_the_keyboard_alone(app, qtbot, ui_db):
    customer_id, unit_id = make_resident(ui_db, "张三", mobile="13812345678")
    make_resident(ui_db, "李四", room="1203", mobile="13900001111")
    tab = _tab(qtbot, ui_db)
    dialog = TicketDialog(tab.tickets, tab.customers, tab.structure, None, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.customer.search, "zs")  # pinyin initials of 张三
    qtbot.waitUntil(lambda: dialog.customer_id == customer_id)
    assert dialog.unit.currentData() == unit_id  # the caller's unit comes with them
    assert "张三" in dialog.customer_label.text()
    for _ in range(list(dialog.category.itemData(i) for i in range(dialog.category.count())).index("noise")):
        qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.severity, Qt.Key.Key_Up)  # normal → high
    dialog.title.insert("楼上夜间装修噪音")
    dialog.description.insertPlainText("晚上十一点后仍在电钻施工")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = tab.tickets.get(dialog.ticket_id)
    assert detail.number.startswith("TS-") and detail.status == "new"
    assert (detail.data.kind, detail.data.channel, detail.data.category, detail.data.severity) == (
        "complaint", "phone", "noise", "high"
    )
    assert (detail.customer_name, detail.data.unit_id, detail.data.title) == ("张三", unit_id, "楼上夜间装修噪音")
    assert detail.due_at == detail.received_at + timedelta(hours=24)


def test_new_ticket_dialog_shows_likely_duplicates_and_links_them(app, qtbot, ui_db):
    first_unit = make_unit(ui_db, room="1201")
    make_resident(ui_db, "王五", room="1502")
    service = TicketService(ui_db, CLERK)
    first = service.create(TicketInput(kind="repair", category="repairs", title="电梯停运", unit_id=first_unit,
                                       received_at=datetime.now() - timedelta(hours=2)))
    tab = _tab(qtbot, ui_db)
    dialog = TicketDialog(tab.tickets, tab.customers, tab.structure, None, tab)
    qtbot.addWidget(dialog)
    dialog.customer.search.insert("王五")
    qtbot.waitUntil(lambda: dialog.customer_id is not None)
    dialog.category.set_code("repairs")
    dialog.refresh_duplicates()
    assert dialog.duplicate_count == 1
    dialog.link.setCurrentIndex(1)
    dialog.title.insert("电梯又坏了")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service.get(dialog.ticket_id).incident_id == first.id
    dialog.category.set_code("noise")
    dialog.refresh_duplicates()
    assert dialog.duplicate_count == 0
    empty = TicketDialog(tab.tickets, tab.customers, tab.structure, None, tab)
    qtbot.addWidget(empty)
    empty.save()  # no title: refused in the form
    assert empty.result() != QDialog.DialogCode.Accepted and empty.message.text()


def test_dispatch_resolve_and_call_back_through_the_tab(app, qtbot, ui_db):
    customer_id, unit_id = make_resident(ui_db, "张三", mobile="13812345678")
    staff_id = _staff(ui_db)
    created = TicketService(ui_db, CLERK).create(
        TicketInput(kind="complaint", category="noise", title="楼上噪音", customer_id=customer_id, unit_id=unit_id,
                    received_at=datetime.now() - timedelta(minutes=30))
    )
    tab = _tab(qtbot, ui_db)
    tab.select_ticket(created.id)
    buttons = tab.detail.buttons
    assert buttons["assign"].isVisible() and not buttons["resolve"].isVisible()

    def dispatch(dialog: AssignDialog) -> None:
        dialog.staff.setCurrentIndex(dialog.staff.findData(staff_id))
        dialog.note.insert("今晚上门查看")
        dialog.save()

    when_modal(AssignDialog, dispatch)
    buttons["assign"].click()
    assert tab.detail.detail.status == "assigned" and tab.detail.detail.staff_name == "王师傅"
    assert buttons["start"].isVisible()
    buttons["start"].click()
    assert tab.detail.detail.status == "in_progress"

    def resolve(dialog: ResolveDialog) -> None:
        dialog.note.insertPlainText("已与楼上业主沟通，停止夜间施工")
        dialog.save()

    when_modal(ResolveDialog, resolve)
    buttons["resolve"].click()
    detail = tab.detail.detail
    assert detail.status == "resolved" and detail.callback_due_at is not None
    tab.pages.setCurrentIndex(1)
    assert tab.callbacks.model.rowCount() == 1
    assert tab.callbacks.selected_ticket_id() == created.id  # the most urgent is selected, ready to call

    seen: list = []

    def call_back(dialog: CallbackDialog) -> None:
        dialog.set_score(2)
        dialog.note.insert("夜里仍有噪音")
        when_modal(QMessageBox, answer_yes, seen)
        when_modal(ReopenDialog, reopen, seen)
        dialog.save()

    questions: list[str] = []

    def answer_yes(box: QMessageBox) -> None:
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def reopen(dialog: ReopenDialog) -> None:
        assert "2/5" in dialog.note.text() and "夜里仍有噪音" in dialog.note.text()
        dialog.save()

    changes: list = []
    tab.data_changed.connect(lambda: changes.append(1))
    when_modal(CallbackDialog, call_back)
    tab.callbacks.record_button.click()
    assert len(seen) == 2 and "2 分（满分 5 分）" in questions[0]
    detail = tab.tickets.get(created.id)
    assert detail.status == "in_progress" and detail.flagged_for_manager
    assert [e.action for e in detail.events][-3:] == ["resolve", "callback", "reopen"]
    assert tab.callbacks.model.rowCount() == 0
    assert changes
    assert tab.detail.detail.id == created.id and tab.pages.currentIndex() == 1


def test_escalate_and_history_in_the_detail_view(app, qtbot, ui_db):
    service = TicketService(ui_db, CLERK)
    late = service.create(TicketInput(category="repairs", title="停水", severity="urgent",
                                      received_at=datetime.now() - timedelta(hours=6)))
    StaffService(ui_db, ADMIN).save(StaffInput("何主管", "客服", "客服主管"))
    tab = _tab(qtbot, ui_db)
    tab.overdue.setChecked(True)
    assert tab.model.rowCount() == 1
    tab.select_ticket(late.id)
    assert tab.detail.buttons["escalate"].isVisible()
    assert "已超时" in tab.detail.state.text()
    from crm_desktop.ui.service.action_dialogs import EscalateDialog

    def escalate(dialog: EscalateDialog) -> None:
        assert dialog.manager.currentText() == "何主管"  # the customer-service head is suggested
        dialog.save()

    when_modal(EscalateDialog, escalate)
    tab.detail.buttons["escalate"].click()
    detail = tab.detail.detail
    assert detail.escalated_to == "何主管"
    history = tab.detail.history
    steps = [history.data(history.index(r, 1)) for r in range(history.rowCount())]
    assert len(steps) == 2 and history.data(history.index(0, 4)) == "何主管"


def test_filters_narrow_the_list(app, qtbot, ui_db):
    service = TicketService(ui_db, CLERK)
    service.create(TicketInput(kind="repair", category="repairs", title="漏水"))
    service.create(TicketInput(kind="inquiry", category="fees", title="物业费"))
    tab = _tab(qtbot, ui_db)
    assert tab.model.rowCount() == 2
    tab.kind.setCurrentIndex(tab.kind.findData("inquiry"))
    assert _column(tab.model, "title") == ["物业费"]
    tab.kind.setCurrentIndex(0)
    tab.search.insert("漏水")
    qtbot.waitUntil(lambda: _column(tab.model, "title") == ["漏水"])
    tab.clear_filters()
    tab.status.setCurrentIndex(tab.status.findData("closed"))
    assert tab.model.rowCount() == 0


def test_a_viewer_sees_but_cannot_act(app, qtbot, ui_db):
    ticket = TicketService(ui_db, CLERK).create(TicketInput(title="噪音", category="noise"))
    tab = _tab(qtbot, ui_db, Principal("v", "viewer"))
    assert not tab.new_button.isEnabled() and not tab.import_button.isEnabled()
    tab.select_ticket(ticket.id)
    assert tab.detail.detail is not None
    assert not any(button.isVisible() for button in tab.detail.buttons.values())


def test_staff_view_assessment_and_figures(app, qtbot, ui_db):
    staff_id = _staff(ui_db)
    tab = _tab(qtbot, ui_db)
    view = tab.staff_view
    tab.pages.setCurrentIndex(2)
    view.select_staff(staff_id)
    assert view.profile is not None and view.tiles["median"].value.text() == "—"
    dialog = AssessmentDialog(view._service, view.profile.staff, "张主管", view)
    qtbot.addWidget(dialog)
    for key, value in zip(dialog.scores, (5, 4, 3, 4, 5), strict=True):
        dialog.scores[key].setValue(value)
    assert dialog.total.text() == "4.20"
    dialog.weights["business_skill"].setValue(2)
    assert dialog.total.text() == "4.33"
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    view.reload()
    assert view.assessments.rowCount() == 1
    assert view.assessments.data(view.assessments.index(0, 9)) == "4.33"


def test_sla_dialog_saves_for_a_manager_and_is_read_only_for_a_clerk(app, qtbot, ui_db):
    tab = _tab(qtbot, ui_db, MANAGER)
    dialog = SlaSettingsDialog(tab.sla, tab)
    qtbot.addWidget(dialog)
    assert dialog.holidays.rowCount() > 0  # the shipped calendar of the current year
    dialog.rows["normal"][2].set_code("office_hours")
    dialog.callback_days.setValue(3)
    dialog.manager.insert("李经理")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    settings = tab.sla.settings()
    assert settings.policies[2].clock == "office_hours" and settings.callback_days == 3
    clerk_dialog = SlaSettingsDialog(_tab(qtbot, ui_db).sla)
    qtbot.addWidget(clerk_dialog)
    assert not clerk_dialog.may_change and not clerk_dialog.callback_days.isEnabled()


def test_export_from_the_tab_masks_phones(app, qtbot, ui_db, tmp_path):
    customer_id, unit_id = make_resident(ui_db, "张三", mobile="13812345678")
    TicketService(ui_db, CLERK).create(TicketInput(title="噪音", category="noise", customer_id=customer_id,
                                                   unit_id=unit_id))
    tab = _tab(qtbot, ui_db)
    path = tmp_path / "tickets.csv"
    messages: list = []
    when_modal(QMessageBox, lambda box: (messages.append(box.text()), box.accept()))
    task = tab.export_tickets(str(path))
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert task is not None
    text = path.read_text(encoding="utf-8-sig")
    assert "138****5678" in text and "13812345678" not in text
