"""Tickets (SPEC §3.3): numbering, every workflow transition, call-backs, duplicates, lists, permissions."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.models import Setting, TicketCounter, TicketEvent
from crm_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from crm_desktop.services.principal import Principal
from crm_desktop.services.staff import StaffInput, StaffService
from crm_desktop.services.tickets import (
    OPEN_STATUSES,
    TRANSITIONS,
    TicketFilter,
    TicketInput,
    TicketService,
    allowed_actions,
    statuses_reached,
)
from crm_desktop.services.timeline import TimelineService
from crm_desktop.services.uow import unit_of_work
from tests.factories import ADMIN, make_resident, make_unit

CLERK = Principal("clerk1", "clerk")
MANAGER = Principal("manager1", "manager")
VIEWER = Principal("viewer1", "viewer")
NOW = datetime.now().replace(microsecond=0)


def make_staff(db, name="王师傅", department="工程", **fields) -> int:
    return StaffService(db, ADMIN).save(StaffInput(name, department, **fields))


def new_ticket(db, principal=CLERK, **fields) -> int:
    data = {"kind": "complaint", "category": "noise", "title": "楼上装修噪音"}
    data.update(fields)
    return TicketService(db, principal).create(TicketInput(**data)).id


def bring_to(db, status: str, staff_id: int, **fields) -> int:
    """A ticket taken now (or at `received_at`) and moved through the workflow to `status`."""
    service = TicketService(db, CLERK)
    ticket_id = new_ticket(db, **fields)
    path = {
        "new": [],
        "assigned": ["assign"],
        "in_progress": ["assign", "start"],
        "on_hold": ["assign", "start", "hold"],
        "resolved": ["assign", "start", "resolve"],
        "closed": ["assign", "start", "resolve", "callback"],
    }[status]
    for action in path:
        perform(service, ticket_id, action, staff_id)
    assert service.get(ticket_id).status == status
    return ticket_id


def perform(service: TicketService, ticket_id: int, action: str, staff_id: int, other_staff_id: int | None = None):
    if action == "assign":
        current = service.get(ticket_id).staff_id
        return service.assign(ticket_id, other_staff_id if current == staff_id else staff_id, "请尽快处理")
    if action == "hold":
        return service.hold(ticket_id, "等待配件")
    if action == "resolve":
        return service.resolve(ticket_id, "已处理")
    if action == "callback":
        return service.record_callback(ticket_id, 5, "满意")
    if action == "close":
        return service.close(ticket_id, "业主电话无人接听")
    if action == "reopen":
        return service.reopen(ticket_id, "业主反映问题仍在")
    if action == "escalate":
        return service.escalate(ticket_id, "李经理", "超时")
    return getattr(service, action)(ticket_id)


# --- numbering -------------------------------------------------------------------------------------------


def test_numbers_run_per_month_from_the_counter(db):
    service = TicketService(db, CLERK)
    first = service.create(TicketInput(title="路灯不亮", category="repairs", received_at=datetime(2026, 3, 5, 9)))
    second = service.create(TicketInput(title="垃圾未清", category="cleaning", received_at=datetime(2026, 3, 31, 23)))
    other_month = service.create(TicketInput(title="车位被占", category="parking", received_at=datetime(2026, 4, 1)))
    assert (first.number, second.number, other_month.number) == ("TS-202603-0001", "TS-202603-0002", "TS-202604-0001")
    with db.session() as s:
        counters = dict(s.execute(select(TicketCounter.month, TicketCounter.last_value)).all())
    assert counters == {"202603": 2, "202604": 1}


def test_a_failed_ticket_leaves_no_gap(db):
    service = TicketService(db, CLERK)
    service.create(TicketInput(title="一", category="other", received_at=datetime(2026, 5, 1, 9)))
    with pytest.raises(NotFoundError):
        service.create(TicketInput(title="二", category="other", customer_id=999, received_at=datetime(2026, 5, 1, 10)))
    third = service.create(TicketInput(title="三", category="other", received_at=datetime(2026, 5, 1, 11)))
    assert third.number == "TS-202605-0002"


def test_concurrent_desks_get_consecutive_numbers_without_clashes(db):
    """Several threads, each with its own session, take tickets at once (the PostgreSQL case is the real one)."""
    threads, per_thread = 8, 5
    received = datetime(2026, 6, 10, 9, 0)
    numbers: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(threads)
    lock = threading.Lock()

    def desk(index: int) -> None:
        service = TicketService(db, Principal(f"desk{index}", "clerk"))
        try:
            start.wait()
            for n in range(per_thread):
                created = service.create(
                    TicketInput(title=f"来电 {index}-{n}", category="other", received_at=received)
                )
                with lock:
                    numbers.append(created.number)
        except BaseException as exc:  # reported below; a thread must not die silently
            errors.append(exc)

    workers = [threading.Thread(target=desk, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert not errors
    assert sorted(numbers) == [f"TS-202606-{n:04d}" for n in range(1, threads * per_thread + 1)]


# --- the workflow ----------------------------------------------------------------------------------------


def test_full_workflow_is_recorded_step_by_step(db):
    staff_id = make_staff(db)
    customer_id, unit_id = make_resident(db, "张三", mobile="13812345678")
    service = TicketService(db, CLERK)
    received = NOW - timedelta(hours=6)
    created = service.create(
        TicketInput(kind="repair", category="repairs", title="卫生间漏水", description="楼上渗水",
                    customer_id=customer_id, unit_id=unit_id, received_at=received)
    )
    service.assign(created.id, staff_id, "下午上门", at=received + timedelta(minutes=20))
    service.start(created.id, at=received + timedelta(hours=1))
    service.hold(created.id, "等待业主在家", at=received + timedelta(hours=2))
    service.resume(created.id, "业主已在家", at=received + timedelta(hours=3))
    service.resolve(created.id, "已更换防水层", at=received + timedelta(hours=5))
    outcome = service.record_callback(created.id, 4, "满意", by="小李")
    assert outcome.flagged is False
    detail = service.get(created.id)
    assert detail.status == "closed"
    assert detail.first_response_at == received + timedelta(minutes=20)
    assert detail.due_at == received + timedelta(hours=72 + 1)  # the hour on hold does not count
    assert (detail.callback_score, detail.callback_by, detail.callback_note) == (4, "小李", "满意")
    assert detail.staff_name == "王师傅" and detail.customer_phone == "13812345678"
    assert [e.action for e in detail.events] == [
        "create", "assign", "start", "hold", "resume", "resolve", "callback"
    ]
    assert statuses_reached(detail.events) == ["new", "assigned", "in_progress", "on_hold", "in_progress",
                                               "resolved", "closed"]
    assert all(e.user == "clerk1" for e in detail.events)
    assert detail.events[1].note == "王师傅: 下午上门" and detail.events[3].note == "等待业主在家"
    assert detail.events[3].at == received + timedelta(hours=2)
    entries = TimelineService(db, CLERK).timeline(customer_id)
    assert [(e.kind, e.fields["number"], e.fields["status"]) for e in entries if e.kind == "ticket"] == [
        ("ticket", created.number, "closed")
    ]


def test_every_legal_transition_works_and_every_other_is_refused_with_the_reason(db):
    staff_id = make_staff(db)
    other_staff = make_staff(db, "刘师傅")
    service = TicketService(db, CLERK)
    long_ago = NOW - timedelta(days=10)  # overdue in every severity, so escalation is possible when open
    for status in ("new", "assigned", "in_progress", "on_hold", "resolved", "closed"):
        for action in TRANSITIONS:
            ticket_id = bring_to(db, status, staff_id, received_at=long_ago)
            legal = action in allowed_actions(status, overdue=status in OPEN_STATUSES)
            before = len(service.get(ticket_id).events)
            if legal:
                perform(service, ticket_id, action, staff_id, other_staff)
                detail = service.get(ticket_id)
                assert detail.status == TRANSITIONS[action][status], (status, action)
                assert len(detail.events) == before + 1
                assert (detail.events[-1].action, detail.events[-1].from_status, detail.events[-1].to_status) == (
                    action, status, TRANSITIONS[action][status]
                )
            else:
                with pytest.raises(ValidationError) as info:
                    perform(service, ticket_id, action, staff_id, other_staff)
                message = str(info.value)
                assert message.startswith("Cannot "), message
                assert "allowed now: " in message
                detail = service.get(ticket_id)
                assert detail.status == status and len(detail.events) == before, (status, action)


def test_the_refusal_names_what_is_allowed(db):
    ticket_id = new_ticket(db)
    with pytest.raises(ValidationError) as info:
        TicketService(db, CLERK).resolve(ticket_id, "done")
    assert str(info.value) == "Cannot resolve a ticket that is new; allowed now: dispatch"
    template = info.value.text.template
    assert template == "Cannot {action} a ticket that is {status}; allowed now: {allowed}"


def test_escalation_needs_an_overdue_ticket_and_names_the_manager(db):
    staff_id = make_staff(db)
    service = TicketService(db, CLERK)
    fresh = bring_to(db, "in_progress", staff_id)
    with pytest.raises(ValidationError) as info:
        service.escalate(fresh, "李经理")
    assert "not overdue" in str(info.value)
    late = bring_to(db, "assigned", staff_id, severity="urgent", received_at=NOW - timedelta(hours=5))
    assert service.get(late).overdue
    service.escalate(late, "李经理", "业主多次催促")
    detail = service.get(late)
    assert detail.escalated_to == "李经理" and detail.escalated_at is not None
    assert detail.events[-1].action == "escalate" and detail.events[-1].note == "李经理: 业主多次催促"
    assert detail.status == "assigned"
    with pytest.raises(ValidationError):
        service.escalate(late, "  ")


def test_a_ticket_on_hold_is_not_overdue_unless_it_was_when_the_hold_began(db):
    staff_id = make_staff(db)
    service = TicketService(db, CLERK)
    now = datetime.now().replace(microsecond=0)
    received = now - timedelta(hours=3)
    ticket_id = new_ticket(db, severity="urgent", received_at=received)
    service.assign(ticket_id, staff_id, at=received + timedelta(minutes=10))
    service.start(ticket_id, at=received + timedelta(minutes=30))
    service.hold(ticket_id, "等待配件", at=received + timedelta(hours=1))
    assert not service.get(ticket_id, now=now + timedelta(hours=10)).overdue
    assert service.count(TicketFilter(overdue=True), now=now + timedelta(hours=10)) == 0
    service.resume(ticket_id, at=now)
    detail = service.get(ticket_id)
    assert detail.due_at == received + timedelta(hours=4) + (now - received - timedelta(hours=1))
    assert not detail.overdue
    late = new_ticket(db, severity="urgent", received_at=now - timedelta(hours=6))
    service.assign(late, staff_id, at=now - timedelta(hours=5))
    service.start(late, at=now - timedelta(hours=5))
    service.hold(late, "等待配件")  # already past due when the hold began
    assert service.get(late).overdue


def test_severity_change_recomputes_the_due_time_keeping_holds(db):
    staff_id = make_staff(db)
    service = TicketService(db, CLERK)
    received = NOW - timedelta(hours=10)
    ticket_id = bring_to(db, "new", staff_id, severity="low", received_at=received)
    assert service.get(ticket_id).due_at == received + timedelta(hours=168)
    service.assign(ticket_id, staff_id, at=received + timedelta(hours=1))
    service.start(ticket_id, at=received + timedelta(hours=2))
    service.hold(ticket_id, "等业主", at=received + timedelta(hours=3))
    service.resume(ticket_id, at=received + timedelta(hours=5))
    detail = service.get(ticket_id)
    data = detail.data
    data.severity = "urgent"
    service.update(ticket_id, data, detail.version)
    detail = service.get(ticket_id)
    assert detail.due_at == received + timedelta(hours=4 + 2)
    assert detail.response_due_at == received + timedelta(minutes=30)
    assert detail.events[-1].action == "severity" and detail.events[-1].note == "low→urgent"


def test_reopen_needs_a_reason_and_clears_the_resolution(db):
    staff_id = make_staff(db)
    service = TicketService(db, CLERK)
    ticket_id = bring_to(db, "closed", staff_id)
    with pytest.raises(ValidationError):
        service.reopen(ticket_id, "  ")
    service.reopen(ticket_id, "业主反映问题仍在")
    detail = service.get(ticket_id)
    assert detail.status == "in_progress"
    assert (detail.resolved_at, detail.closed_at, detail.callback_at, detail.callback_score) == (None, None, None, None)
    assert detail.events[-1].note == "业主反映问题仍在"
    service.resolve(ticket_id, "再次处理完毕")
    assert service.get(ticket_id).callback_due_at is not None


def test_closing_a_complaint_without_call_back_needs_a_reason(db):
    staff_id = make_staff(db)
    service = TicketService(db, CLERK)
    complaint = bring_to(db, "resolved", staff_id)
    with pytest.raises(ValidationError) as info:
        service.close(complaint)
    assert info.value.field == "note"
    service.close(complaint, "三次联系未接通")
    inquiry = bring_to(db, "resolved", staff_id, kind="inquiry", category="fees")
    service.close(inquiry)
    assert service.get(inquiry).status == "closed"


def test_dispatch_to_a_team_and_reassign(db):
    team = make_staff(db, "工程维修组", is_team=True)
    person = make_staff(db, "王师傅")
    gone = make_staff(db, "离职员工", active=False)
    service = TicketService(db, CLERK)
    ticket_id = new_ticket(db)
    with pytest.raises(ValidationError):
        service.assign(ticket_id, gone)
    service.assign(ticket_id, team)
    with pytest.raises(ValidationError):
        service.assign(ticket_id, team)  # already there
    service.start(ticket_id)
    service.assign(ticket_id, person, "转交")
    detail = service.get(ticket_id)
    assert (detail.status, detail.staff_name) == ("in_progress", "王师傅")
    assert [c.name for c in service.staff_choices()][:1] == ["工程维修组"]


def test_transition_times_must_be_in_order(db):
    staff_id = make_staff(db)
    service = TicketService(db, CLERK)
    received = NOW - timedelta(hours=5)
    ticket_id = new_ticket(db, received_at=received)
    with pytest.raises(ValidationError):
        service.assign(ticket_id, staff_id, at=received - timedelta(minutes=1))
    with pytest.raises(ValidationError):
        service.assign(ticket_id, staff_id, at=NOW + timedelta(hours=1))
    service.assign(ticket_id, staff_id, at=received + timedelta(hours=2))
    with pytest.raises(ValidationError):
        service.start(ticket_id, at=received + timedelta(hours=1))


def test_concurrent_edit_is_detected(db):
    staff_id = make_staff(db)
    service = TicketService(db, CLERK)
    ticket_id = new_ticket(db)
    stale = service.get(ticket_id).version
    service.assign(ticket_id, staff_id)
    from crm_desktop.services.errors import ConflictError

    with pytest.raises(ConflictError):
        service.start(ticket_id, expected_version=stale)


# --- call-backs ------------------------------------------------------------------------------------------


def test_resolving_schedules_the_call_back_and_the_queue_shows_it(db):
    staff_id = make_staff(db)
    service = TicketService(db, CLERK)
    received = datetime.now().replace(microsecond=0) - timedelta(days=5)
    repair = new_ticket(db, kind="repair", category="repairs", received_at=received)
    service.assign(repair, staff_id, at=received + timedelta(hours=1))
    service.start(repair, at=received + timedelta(hours=2))
    service.resolve(repair, "已修好", at=received + timedelta(days=1))
    inquiry = bring_to(db, "in_progress", staff_id, kind="inquiry", category="fees")
    service.resolve(inquiry, "已答复")
    assert service.get(repair).callback_due_at == received + timedelta(days=3)
    assert service.get(inquiry).callback_due_at is None
    queue = service.callback_queue()
    assert [row.id for row in queue] == [repair]
    assert queue[0].callback_overdue
    assert service.callback_counts() == (1, 1)
    assert [row.id for row in service.callback_queue(due_only=True)] == [repair]
    # the office may change the delay
    with unit_of_work(db, ADMIN) as s:
        s.add(Setting(key="callback_days", value="5"))
    complaint = bring_to(db, "in_progress", staff_id)
    service.resolve(complaint, "已协调")
    detail = service.get(complaint)
    assert detail.callback_due_at == detail.resolved_at + timedelta(days=5)
    assert [row.id for row in service.callback_queue()] == [repair, complaint]
    assert [row.id for row in service.callback_queue(due_only=True)] == [repair]


def test_a_low_call_back_score_flags_the_ticket_for_the_manager(db):
    staff_id = make_staff(db)
    service = TicketService(db, CLERK)
    unhappy = bring_to(db, "resolved", staff_id)
    with pytest.raises(ValidationError):
        service.record_callback(unhappy, 0)
    with pytest.raises(ValidationError):
        service.record_callback(unhappy, 6)
    outcome = service.record_callback(unhappy, 2, "问题没有解决")
    assert outcome.flagged and outcome.score == 2
    detail = service.get(unhappy)
    assert detail.flagged_for_manager and detail.status == "closed"
    assert detail.allowed_actions == ("reopen",)
    assert detail.events[-1].note == "2/5 · 问题没有解决"
    assert [r.id for r in service.rows(service.search_ids(TicketFilter(flagged=True)))] == [unhappy]
    happy = bring_to(db, "resolved", staff_id)
    assert not service.record_callback(happy, 5).flagged
    assert not service.get(happy).flagged_for_manager
    with pytest.raises(PermissionDeniedError):
        service.clear_flag(unhappy)
    TicketService(db, MANAGER).clear_flag(unhappy, "已亲自致电业主")
    assert not service.get(unhappy).flagged_for_manager


# --- duplicates ------------------------------------------------------------------------------------------


def test_likely_duplicates_same_category_same_building_within_24_hours(db):
    lift_a = make_unit(db, room="1201")
    lift_b = make_unit(db, room="1502")
    elsewhere = make_unit(db, building="5", room="0301")
    service = TicketService(db, CLERK)
    received = NOW - timedelta(hours=30)
    first = service.create(TicketInput(kind="repair", category="repairs", title="电梯停运", unit_id=lift_a,
                                       received_at=received)).id
    service.create(TicketInput(kind="repair", category="repairs", title="电梯停运", unit_id=elsewhere,
                               received_at=received))
    service.create(TicketInput(kind="complaint", category="noise", title="噪音", unit_id=lift_a,
                               received_at=received))
    service.create(TicketInput(kind="repair", category="repairs", title="旧的", unit_id=lift_a,
                               received_at=received - timedelta(hours=25)))
    hits = service.likely_duplicates("repairs", lift_b, received + timedelta(hours=3))
    assert [h.id for h in hits] == [first]
    assert service.likely_duplicates("repairs", lift_b, received + timedelta(hours=25)) == []
    assert service.likely_duplicates("repairs", None, received) == []
    second = service.create(
        TicketInput(kind="repair", category="repairs", title="电梯又停", unit_id=lift_b,
                    received_at=received + timedelta(hours=3)),
        link_to=first,
    ).id
    third = service.create(
        TicketInput(kind="complaint", category="repairs", title="电梯投诉", unit_id=lift_b,
                    received_at=received + timedelta(hours=4)),
        link_to=second,  # linked to a linked ticket: ends up on the first report
    ).id
    assert service.get(second).incident_id == first and service.get(third).incident_id == first
    linked = service.get(first).linked
    assert [(t.id, t.is_incident) for t in linked] == [(second, False), (third, False)]
    assert [t.id for t in service.get(third).linked if t.is_incident] == [first]
    service.link_incident(third, None)
    assert service.get(third).incident_id is None
    with pytest.raises(ValidationError):
        service.link_incident(first, first)


# --- lists -----------------------------------------------------------------------------------------------


def test_list_filters(db):
    staff_id = make_staff(db)
    customer_id, unit_id = make_resident(db, "张三", mobile="13812345678")
    other_unit = make_unit(db, community="绿城小区", room="0101")
    service = TicketService(db, CLERK)
    overdue = bring_to(db, "assigned", staff_id, severity="urgent", received_at=NOW - timedelta(hours=8),
                       customer_id=customer_id, unit_id=unit_id)
    quiet = new_ticket(db, kind="inquiry", category="fees", title="物业费怎么交", unit_id=other_unit)
    closed = bring_to(db, "closed", staff_id, kind="repair", category="repairs", title="换灯泡",
                      received_at=datetime(2026, 1, 15, 10, 0))

    def ids(**filters) -> set[int]:
        return set(service.search_ids(TicketFilter(**filters)))

    assert ids() == {overdue, quiet, closed}
    assert ids(status="open") == {overdue, quiet}
    assert ids(status="closed") == {closed}
    assert ids(kind="inquiry") == {quiet}
    assert ids(category="repairs") == {closed}
    assert ids(severity="urgent") == {overdue}
    assert ids(staff_id=staff_id) == {overdue, closed}
    assert ids(overdue=True) == {overdue}
    assert ids(received_from=date(2026, 1, 1), received_to=date(2026, 1, 15)) == {closed}
    assert ids(received_from=date(2026, 1, 16)) == {overdue, quiet}
    assert ids(community_id=None, query="zs") == {overdue}  # customer pinyin initials
    assert ids(query="5678") == {overdue}  # phone digits
    assert ids(query="物业费") == {quiet}
    number = service.get(closed).number
    assert ids(query=number.lower()) == {closed}
    communities = {r.community_name: r for r in service.rows([overdue, quiet])}
    assert set(communities) == {"阳光花园", "绿城小区"}
    assert service.count(TicketFilter(status="open")) == 2
    rows = service.rows(service.search_ids(sort="severity", descending=False))
    assert rows[0].id == overdue and rows[0].overdue and rows[0].customer_phone == "13812345678"
    viewer_rows = TicketService(db, VIEWER).rows([overdue])
    assert viewer_rows[0].customer_phone == "138****5678"
    for sort in ("number", "received", "kind", "category", "status", "customer", "unit", "staff", "due", "title"):
        assert len(service.search_ids(sort=sort)) == 3


# --- permissions and deletion ----------------------------------------------------------------------------


def test_viewers_read_only_clerks_cannot_delete_closed_tickets(db):
    staff_id = make_staff(db)
    ticket_id = new_ticket(db)
    with pytest.raises(PermissionDeniedError):
        TicketService(db, VIEWER).create(TicketInput(title="x", category="other"))
    with pytest.raises(PermissionDeniedError):
        TicketService(db, VIEWER).assign(ticket_id, staff_id)
    closed = bring_to(db, "closed", staff_id)
    with pytest.raises(PermissionDeniedError):
        TicketService(db, CLERK).delete(closed)
    TicketService(db, CLERK).delete(ticket_id)  # taken by mistake, still new
    TicketService(db, MANAGER).delete(closed)
    with pytest.raises(NotFoundError):
        TicketService(db, CLERK).get(closed)
    with db.session() as s:
        assert s.scalars(select(TicketEvent.id)).all() == []


def test_deleting_the_first_report_keeps_the_incident_together(db):
    unit_id = make_unit(db)
    service = TicketService(db, MANAGER)
    first = new_ticket(db, category="repairs", unit_id=unit_id)
    second = service.create(TicketInput(category="repairs", title="二", unit_id=unit_id), link_to=first).id
    third = service.create(TicketInput(category="repairs", title="三", unit_id=unit_id), link_to=first).id
    service.delete(first)
    assert service.get(second).incident_id is None
    assert service.get(third).incident_id == second


def test_input_is_validated(db):
    service = TicketService(db, CLERK)
    for fields, field in (
        ({"title": "  "}, "title"),
        ({"title": "x", "kind": "gossip"}, "kind"),
        ({"title": "x", "category": "weather"}, "category"),
        ({"title": "x", "severity": "critical"}, "severity"),
        ({"title": "x", "channel": "pigeon"}, "channel"),
        ({"title": "x" * 201}, "title"),
        ({"title": "x", "received_at": NOW + timedelta(days=1)}, "received_at"),
    ):
        data = {"category": "other", **fields}
        with pytest.raises(ValidationError) as info:
            service.create(TicketInput(**data))
        assert info.value.field == field
    hostile = "'; DROP TABLE tickets; -- <b>x</b> \u202e😀" + "长" * 5000
    created = service.create(TicketInput(title="特殊字符", category="other", description=hostile))
    assert service.get(created.id).data.description == hostile.strip()
