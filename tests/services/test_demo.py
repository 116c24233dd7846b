"""Demo data: every entity filled, consistent with the services, deterministic, refused twice, cancellable."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from sqlalchemy import func, inspect, select, text

from crm_desktop.models import (
    Answer,
    Base,
    Building,
    Community,
    Customer,
    Deduction,
    HandoverDefect,
    Holiday,
    Inspection,
    Interaction,
    MoveIn,
    Occupancy,
    Question,
    Renovation,
    Response,
    Setting,
    Staff,
    Survey,
    Ticket,
    TicketCounter,
    TicketEvent,
    Unit,
)
from crm_desktop.models.database import Database, open_database
from crm_desktop.services.codes import (
    CHURN_REASONS,
    INTERACTION_KINDS,
    SERVQUAL_DIMENSIONS,
    TICKET_CATEGORIES,
    TICKET_CHANNELS,
    TICKET_KINDS,
    TICKET_STATUSES,
)
from crm_desktop.services.customers import CustomerInput, CustomerService
from crm_desktop.services.demo import DemoSummary, chinese_holidays, generate_demo
from crm_desktop.services.errors import OperationCancelled, ValidationError
from crm_desktop.services.progress import Progress
from crm_desktop.services.search_text import build_search_text, pinyin_forms
from crm_desktop.services.structure import unit_code
from crm_desktop.services.validation import (
    birthday_from_id,
    gender_from_id,
    mainland_id_problem,
    mobile_problem,
)
from tests.factories import ADMIN

TODAY = date(2026, 9, 15)
SMALL = {"households": 60, "months": 12, "seed": 7, "today": TODAY}
NOT_GENERATED = {"users", "audit_log"}  # accounts and the audit chain belong to the real office
TICKET_NUMBER = re.compile(r"^TS-(\d{6})-(\d{4,})$")
PERMIT_NUMBER = re.compile(r"^ZX-(\d{4})-(\d{4,})$")
HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _rows(db: Database, table) -> list[tuple]:
    with db.engine.connect() as conn:
        return conn.execute(select(*table.c).order_by(*table.primary_key.columns)).all()


def _count(db: Database, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _residence(db: Database) -> dict[int, list[tuple[int, date, date | None]]]:
    lived: dict[int, list[tuple[int, date, date | None]]] = defaultdict(list)
    with db.session() as s:
        for customer_id, unit_id, start, end in s.execute(
            select(Occupancy.customer_id, Occupancy.unit_id, Occupancy.start_date, Occupancy.end_date)
        ):
            lived[customer_id].append((unit_id, start, end))
    return lived


def _lived_there(lived: dict, customer_id: int, unit_id: int | None, day: date) -> bool:
    return any(
        (unit_id is None or unit == unit_id) and start <= day and (end is None or day < end)
        for unit, start, end in lived[customer_id]
    )


@pytest.fixture
def demo(db: Database) -> tuple[Database, DemoSummary]:
    return db, generate_demo(db, **SMALL)


def test_every_entity_gets_rows_and_the_summary_counts_them(demo):
    db, summary = demo
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            count = conn.scalar(select(func.count()).select_from(table))
            if table.name in NOT_GENERATED:
                assert count == 0, table.name
            else:
                assert count > 0, f"demo left {table.name} empty"
    for field, model in (
        ("customers", Customer),
        ("tickets", Ticket),
        ("ticket_events", TicketEvent),
        ("responses", Response),
        ("answers", Answer),
        ("staff", Staff),
        ("holidays", Holiday),
    ):
        assert getattr(summary, field) == _count(db, model), field
    assert summary.transfers > 0 and summary.move_outs >= summary.transfers
    assert summary.total_rows > summary.tickets + summary.answers


def test_people_have_valid_chinese_personal_data(demo):
    db, _ = demo
    with db.session() as s:
        customers = s.scalars(select(Customer)).all()
    mobiles = [c.mobile for c in customers if c.mobile]
    assert len(mobiles) == len(set(mobiles)) == len(customers)
    resident_ids = [c for c in customers if c.id_type == "resident_id"]
    assert len(resident_ids) > 0.9 * len([c for c in customers if c.customer_type != "company"])
    for c in customers:
        assert mobile_problem(c.mobile) is None, c.mobile
        assert c.customer_type in ("owner", "tenant", "family", "company")
        if c.id_type == "resident_id":
            assert mainland_id_problem(c.id_number, TODAY) is None, c.id_number
            assert birthday_from_id(c.id_number) == c.birthday
            assert gender_from_id(c.id_number) == c.gender
            assert HAN.match(c.name), c.name
    numbers = [c.id_number for c in customers if c.id_number]
    assert len(numbers) == len(set(numbers))
    assert {c.customer_type for c in customers} >= {"owner", "tenant", "family"}
    assert any(c.special_needs for c in customers)
    assert any(c.preferences for c in customers)
    assert any(c.tags for c in customers)
    assert any(c.emergency_contact and c.emergency_phone for c in customers)
    with db.session() as s:
        staff = s.scalars(select(Staff)).all()
    assert {m.department for m in staff} == {"客服", "工程", "保洁", "安保"}
    assert len([m for m in staff if not m.is_team]) >= 8
    assert len({m.name for m in staff}) == len(staff)
    with db.session() as s:
        settings = dict(s.execute(select(Setting.key, Setting.value)).all())
    assert settings["office_name"].endswith("物业服务中心")


def test_derived_customer_columns_match_the_services(demo):
    db, _ = demo
    with db.session() as s:
        history = s.execute(
            select(Occupancy.customer_id, Unit.code, Occupancy.end_date)
            .join(Unit, Unit.id == Occupancy.unit_id)
            .order_by(Occupancy.start_date, Occupancy.id)
        ).all()
        customers = s.scalars(select(Customer)).all()
        units = s.execute(select(Unit)).scalars().all()
        buildings = {b.id: b.name for b in s.scalars(select(Building))}
    for unit in units:
        assert unit.code == unit_code(buildings[unit.building_id], unit.entrance, unit.room)
        assert isinstance(unit.area_m2, Decimal) and unit.area_m2 > 0
        assert unit.version == 1
    codes: dict[int, list[str]] = defaultdict(list)
    current: dict[int, list[str]] = defaultdict(list)
    for customer_id, code, end in history:
        if code not in codes[customer_id]:
            codes[customer_id].append(code)
        if end is None or end > TODAY:
            current[customer_id].append(code)
    for c in customers:
        assert c.search_text == build_search_text(c.name, [c.mobile, c.phone2], codes[c.id], c.id_number)
        assert c.unit_codes == ",".join(dict.fromkeys(current[c.id]))
        assert c.is_active == bool(current[c.id])
        assert c.version == 1


def test_customers_are_found_by_pinyin_initials_phone_and_unit(demo):
    db, _ = demo
    service = CustomerService(db, ADMIN)
    with db.session() as s:
        sample = s.scalars(select(Customer).where(Customer.is_active.is_(True)).order_by(Customer.id).limit(5)).all()
    for customer in sample:
        _full, initials = pinyin_forms(customer.name)
        assert customer.id in service.search_ids(initials)
        assert customer.id in service.search_ids(customer.mobile[-4:])
        assert customer.id in service.search_ids(customer.unit_codes.split(",")[0])


def test_history_has_transfers_move_outs_and_move_ins(demo):
    db, _ = demo
    with db.session() as s:
        occupancies = s.scalars(select(Occupancy)).all()
        move_ins = s.scalars(select(MoveIn)).all()
        defects = s.scalars(select(HandoverDefect)).all()
    transfers = [o for o in occupancies if o.start_kind == "transfer"]
    assert transfers
    for new in transfers:
        assert new.role == "owner"
        assert any(
            o.unit_id == new.unit_id and o.role == "owner" and o.end_date == new.start_date and o.id != new.id
            for o in occupancies
        ), "a 过户 ends the old owner's occupancy on the day the new one starts"
    ended = [o for o in occupancies if o.end_date is not None]
    assert ended and all(o.end_reason in CHURN_REASONS and o.end_date >= o.start_date for o in ended)
    assert all(o.end_date <= TODAY for o in ended)
    by_unit: dict[int, list[Occupancy]] = defaultdict(list)
    for o in occupancies:
        if o.role == "owner":
            by_unit[o.unit_id].append(o)
    for owners in by_unit.values():  # one owner at a time
        owners.sort(key=lambda o: o.start_date)
        for before, after in pairwise(owners):
            assert before.end_date is not None and before.end_date <= after.start_date
    statuses = Counter(m.status for m in move_ins)
    assert statuses["completed"] and statuses["scheduled"]
    assert any(m.scheduled_date > TODAY for m in move_ins if m.status == "scheduled")
    for m in move_ins:
        if m.status == "completed":
            assert m.occupancy_id is not None and m.handover_date <= TODAY and m.water_reading is not None
    assert defects


def test_renovations_flow_with_inspections_and_deposits(demo):
    db, _ = demo
    with db.session() as s:
        renovations = s.scalars(select(Renovation)).all()
        deductions = s.scalars(select(Deduction)).all()
        inspections = s.scalars(select(Inspection)).all()
    permits = [r.permit_number for r in renovations]
    assert len(permits) == len(set(permits))
    assert all(PERMIT_NUMBER.match(p) for p in permits)
    assert any(i.result == "violation" and i.violation_type for i in inspections)
    deducted: Counter[int] = Counter()
    for d in deductions:
        deducted[d.renovation_id] += d.amount
    for r in renovations:
        assert r.applied_date < TODAY
        assert isinstance(r.deposit_received, Decimal)
        if r.deposit_refunded is not None:
            assert r.status == "accepted"
            assert r.deposit_refunded == r.deposit_received - deducted[r.id]
        assert deducted[r.id] <= r.deposit_received


def test_tickets_are_numbered_timed_and_consistent(demo):
    db, _ = demo
    with db.session() as s:
        tickets = s.scalars(select(Ticket)).all()
        counters = dict(s.execute(select(TicketCounter.month, TicketCounter.last_value)).all())
        events = s.scalars(select(TicketEvent).order_by(TicketEvent.ticket_id, TicketEvent.at, TicketEvent.id)).all()
    numbers = [t.number for t in tickets]
    assert len(numbers) == len(set(numbers))
    highest: dict[str, int] = {}
    now = datetime.combine(TODAY, datetime.min.time())
    for t in tickets:
        match = TICKET_NUMBER.match(t.number)
        assert match, t.number
        assert match.group(1) == t.received_at.strftime("%Y%m")
        highest[match.group(1)] = max(highest.get(match.group(1), 0), int(match.group(2)))
        assert t.kind in TICKET_KINDS and t.channel in TICKET_CHANNELS and t.category in TICKET_CATEGORIES
        assert t.status in TICKET_STATUSES
        assert t.received_at < now
        assert t.received_at < t.response_due_at <= t.due_at
        if t.status != "new":
            assert t.first_response_at is not None and t.assigned_staff_id is not None
        if t.status in ("resolved", "closed"):
            assert t.received_at < t.resolved_at < now and t.resolution
        else:
            assert t.resolved_at is None
        if t.status == "closed":
            assert t.resolved_at <= t.closed_at < now
        if t.callback_score is not None:
            assert 1 <= t.callback_score <= 5 and t.callback_at is not None and t.status == "closed"
        assert t.flagged_for_manager == (t.callback_score is not None and t.callback_score <= 2)
        assert t.version == 1
    assert counters == highest
    statuses = Counter(t.status for t in tickets)
    assert statuses["closed"] > len(tickets) / 2
    assert set(Counter(t.kind for t in tickets)) == set(TICKET_KINDS)
    old = [t for t in tickets if t.received_at < now - timedelta(days=30)]
    assert all(t.status == "closed" for t in old if t.kind not in ("complaint", "repair")) and old
    resolved = [t for t in tickets if t.kind in ("complaint", "repair") and t.resolved_at is not None]
    on_time = sum(t.resolved_at <= t.due_at for t in resolved) / len(resolved)
    assert 0.7 < on_time < 0.98
    scores = Counter(t.callback_score for t in tickets if t.callback_score)
    lived = _residence(db)
    by_id = {t.id: t for t in tickets}
    for t in tickets:
        if t.customer_id is not None:
            assert _lived_there(lived, t.customer_id, t.unit_id, t.received_at.date()), t.number
        if t.incident_id is not None:  # several callers about one incident, linked to the first
            first = by_id[t.incident_id]
            assert first.received_at < t.received_at and first.title == t.title and first.incident_id is None
    assert scores[5] + scores[4] > scores[1] + scores[2]
    by_ticket: dict[int, list[TicketEvent]] = defaultdict(list)
    for e in events:
        by_ticket[e.ticket_id].append(e)
    assert by_ticket
    statuses_by_id = {t.id: t.status for t in tickets}
    for ticket_id, history in by_ticket.items():
        assert history[0].action == "create" and history[0].from_status is None
        assert history[-1].to_status == statuses_by_id[ticket_id]
        for before, after in pairwise(history):
            assert after.from_status == before.to_status


def test_surveys_have_the_standard_questionnaire_and_plausible_answers(demo):
    db, _ = demo
    with db.session() as s:
        surveys = s.scalars(select(Survey)).all()
        questions = s.scalars(select(Question)).all()
        answers = s.execute(select(Answer, Question.kind).join(Question, Question.id == Answer.question_id)).all()
        responses = s.scalars(select(Response)).all()
    assert all(re.fullmatch(r"\d{4} 年第[一二三四]季度满意度调查", survey.name) for survey in surveys)
    by_survey: dict[int, list[Question]] = defaultdict(list)
    for q in questions:
        by_survey[q.survey_id].append(q)
    for items in by_survey.values():
        kinds = Counter(q.kind for q in items)
        assert kinds["nps"] == 1 and kinds["csat"] == 1 and kinds["text"] == 1
        assert Counter(q.dimension for q in items if q.kind == "servqual") == dict.fromkeys(SERVQUAL_DIMENSIONS, 2)
    for answer, kind in answers:
        if kind == "nps":
            assert 0 <= answer.score <= 10
        elif kind == "csat":
            assert 1 <= answer.score <= 5
        elif kind == "servqual":
            assert 1 <= answer.score <= 7 and 1 <= answer.expectation <= 7
        else:
            assert answer.text
    assert any(r.customer_id is None for r in responses) or len(responses) < 30
    assert all(r.customer_id is None or r.respondent_name for r in responses)
    now = datetime.combine(TODAY, datetime.min.time())
    assert all(r.responded_at < now for r in responses)
    lived = _residence(db)
    for r in responses:
        if r.customer_id is not None:
            assert _lived_there(lived, r.customer_id, r.unit_id, r.responded_at.date()), r.id


def test_interactions_use_the_known_kinds(demo):
    db, _ = demo
    with db.session() as s:
        kinds = Counter(s.scalars(select(Interaction.kind)))
    assert kinds and set(kinds) <= set(INTERACTION_KINDS)


def test_the_database_keeps_working_after_the_demo(demo):
    """Explicit ids must not collide with later inserts (PostgreSQL sequences), indexes are back."""
    db, _ = demo
    new_id = CustomerService(db, ADMIN).create(CustomerInput(name="新客户"), confirm_duplicates=True)
    assert new_id == _count(db, Customer)  # ids 1..n were the demo's
    indexes = {i["name"] for i in inspect(db.engine).get_indexes("tickets")}
    assert {"ix_tickets_due_at", "ix_tickets_status", "ix_tickets_received_kind"} <= indexes
    if db.is_sqlite:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []


def test_same_seed_gives_the_same_database(db, tmp_path):
    twin = open_database(tmp_path / "twin.db")
    try:
        first = generate_demo(db, **SMALL)
        second = generate_demo(twin, **SMALL)
        assert first == second
        for table in Base.metadata.sorted_tables:
            assert _rows(db, table) == _rows(twin, table), table.name
    finally:
        twin.dispose()


def test_another_seed_gives_other_people(tmp_path):
    one, other = open_database(tmp_path / "one.db"), open_database(tmp_path / "other.db")
    try:
        generate_demo(one, **SMALL)
        generate_demo(other, **{**SMALL, "seed": 8})
        first_names = select(Customer.name).order_by(Customer.id).limit(20)
        with one.session() as s1, other.session() as s2:
            assert s1.scalars(first_names).all() != s2.scalars(first_names).all()
    finally:
        one.dispose()
        other.dispose()


def test_a_second_run_is_refused_and_changes_nothing(demo):
    db, _ = demo
    before = _count(db, Ticket)
    with pytest.raises(ValidationError, match=r"already holds .* customers"):
        generate_demo(db, **SMALL)
    assert _count(db, Ticket) == before


def test_cancelling_leaves_the_database_as_it_was(db):
    indexes_before = {i["name"] for i in inspect(db.engine).get_indexes("tickets")}
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 8

    with pytest.raises(OperationCancelled):
        generate_demo(db, **SMALL, progress=Progress(cancelled=cancelled))
    for model in (Customer, Ticket, Unit, Staff, Holiday, Setting):
        assert _count(db, model) == 0
    assert {i["name"] for i in inspect(db.engine).get_indexes("tickets")} == indexes_before
    if db.is_sqlite:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    generate_demo(db, **SMALL)  # and a later run still works
    assert _count(db, Customer) > 0


def test_progress_is_reported_up_to_the_total(db):
    reports: list[tuple[int, int, str]] = []
    generate_demo(
        db,
        households=20,
        months=3,
        seed=1,
        today=TODAY,
        progress=Progress(report=lambda done, total, message: reports.append((done, total, message))),
    )
    assert len(reports) > 5
    assert all(0 <= done <= total for done, total, _ in reports)
    assert reports[-1][0] == reports[-1][1]


@pytest.mark.parametrize(("households", "months"), [(0, 12), (1_000_001, 12), (10, 0), (10, 121)])
def test_out_of_range_sizes_are_refused(db, households, months):
    with pytest.raises(ValidationError):
        generate_demo(db, households=households, months=months, today=TODAY)
    assert _count(db, Customer) == 0


def test_the_smallest_office_works(db):
    summary = generate_demo(db, households=1, months=1, seed=2, today=TODAY)
    assert summary.units == 1 and summary.customers >= 1 and summary.staff >= 8


def test_holiday_calendar_has_public_holidays_and_make_up_workdays():
    official = {day: (workday, name) for day, workday, name in chinese_holidays(2026)}
    assert official[date(2026, 2, 17)] == (False, "春节")
    assert official[date(2026, 2, 14)][0] is True  # 调休: a Saturday worked
    assert official[date(2026, 10, 1)][0] is False
    estimated = {day: workday for day, workday, _ in chinese_holidays(2027)}
    assert estimated[date(2027, 2, 6)] is False  # 春节 (first day of the lunar year)
    assert all(estimated[date(2027, 10, d)] is False for d in range(1, 8))
    assert estimated[date(2027, 1, 1)] is False
    assert any(workday for workday in estimated.values())
    assert all(day.weekday() >= 5 for day, workday in estimated.items() if workday)


def test_holidays_are_written_for_this_year_and_next(demo):
    db, _ = demo
    with db.session() as s:
        years = {day.year for day in s.scalars(select(Holiday.day))}
    assert years == {TODAY.year, TODAY.year + 1}


def test_existing_reference_rows_are_kept(db):
    """An office that ran the first-start wizard already has settings; the demo fills in around them."""
    with db.engine.begin() as conn:
        conn.execute(Setting.__table__.insert(), [{"key": "office_name", "value": "翠苑物业", "version": 1}])
        conn.execute(text("INSERT INTO communities (name, version) VALUES ('阳光花园', 1)"))
    generate_demo(db, **SMALL)
    with db.session() as s:
        assert s.scalar(select(Setting.value).where(Setting.key == "office_name")) == "翠苑物业"
        names = s.scalars(select(Community.name)).all()
    assert len(names) == len(set(names)) >= 2
