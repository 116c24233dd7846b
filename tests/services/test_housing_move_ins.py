"""入伙 handovers (SPEC §3.2): booking, completion that starts the occupancy in the same transaction, defects."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

import crm_desktop.services.move_ins as move_ins_module
from crm_desktop.models import HandoverDefect, MoveIn, Occupancy
from crm_desktop.models.database import Database
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.errors import ConflictError, PermissionDeniedError, ValidationError
from crm_desktop.services.housing import HousingService, parse_money
from crm_desktop.services.move_ins import DefectInput, HandoverInput, MoveInFilter, MoveInService
from crm_desktop.services.occupancy import OccupancyService
from crm_desktop.services.principal import Principal
from crm_desktop.services.timeline import TimelineService
from tests.factories import ADMIN, make_customer, make_unit

TODAY = date(2026, 3, 10)
CLERK = Principal("clerk1", "clerk")


def occupancy_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(Occupancy.id))) or 0


def defect_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(HandoverDefect.id))) or 0


def handover(day: date, **changes: object) -> HandoverInput:
    data = HandoverInput(
        handover_date=day,
        documents_checked=True,
        keys_handed=3,
        water_reading="12.50",
        electricity_reading=Decimal("3456.70"),
        gas_reading="",
        notes="业主已签收《住户手册》",
        defects=[DefectInput("客厅墙面裂缝"), DefectInput("门锁松动", rectified_date=day)],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def booked(db: Database) -> tuple[MoveInService, int, int, int]:
    """A unit, a new owner and a handover booked for TODAY − 2 (so due and overdue)."""
    unit_id, customer_id = make_unit(db), make_customer(db, "张三")
    service = MoveInService(db, CLERK)
    move_in_id = service.schedule(unit_id, customer_id, TODAY - timedelta(days=2), "owner", today=TODAY)
    return service, move_in_id, unit_id, customer_id


def test_completing_a_handover_creates_the_occupancy_in_the_same_transaction(db: Database, booked) -> None:
    service, move_in_id, unit_id, customer_id = booked
    before = service.get(move_in_id)
    assert (before.status, before.occupancy_id, before.handover_date) == ("scheduled", None, None)

    occupancy_id = service.complete(move_in_id, handover(TODAY), before.version, today=TODAY)

    after = service.get(move_in_id)
    assert after.status == "completed" and after.occupancy_id == occupancy_id
    assert after.handover_date == TODAY and after.documents_checked and after.keys_handed == 3
    assert after.water_reading == Decimal("12.50") and after.electricity_reading == Decimal("3456.70")
    assert after.gas_reading is None
    assert [(d.description, d.status, d.rectified_date) for d in after.defects] == [
        ("客厅墙面裂缝", "open", None),
        ("门锁松动", "rectified", TODAY),
    ]
    (occupancy,) = CustomerService(db, ADMIN).get(customer_id).occupancies
    assert (occupancy.id, occupancy.unit_id, occupancy.role) == (occupancy_id, unit_id, "owner")
    assert (occupancy.start_date, occupancy.start_kind) == (TODAY, "move_in")
    assert CustomerService(db, ADMIN).get(customer_id).is_active
    # Shown in the customer's timeline and in the unit's history.
    kinds = [e.kind for e in TimelineService(db, ADMIN).timeline(customer_id)]
    assert "move_in" in kinds and "occupancy_start" in kinds
    history = HousingService(db, ADMIN).unit_history(unit_id)
    assert {(e.kind, e.fields.get("customer")) for e in history} == {
        ("move_in", "张三"),
        ("occupancy_start", "张三"),
    }


def test_a_failure_during_completion_leaves_neither_the_handover_nor_the_occupancy(
    db: Database, booked, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, move_in_id, _unit_id, _customer_id = booked
    real_start = move_ins_module.start_occupancy

    def start_then_fail(*args: object, **kwargs: object):
        real_start(*args, **kwargs)  # the occupancy row is written (flushed) …
        raise RuntimeError("disk full")  # … and then the transaction fails

    monkeypatch.setattr(move_ins_module, "start_occupancy", start_then_fail)
    with pytest.raises(RuntimeError):
        service.complete(move_in_id, handover(TODAY), service.get(move_in_id).version, today=TODAY)

    after = service.get(move_in_id)
    assert (after.status, after.handover_date, after.occupancy_id, after.defects) == ("scheduled", None, None, ())
    assert occupancy_count(db) == 0 and defect_count(db) == 0


def test_completion_is_refused_when_the_customer_already_lives_there(db: Database, booked) -> None:
    service, move_in_id, unit_id, customer_id = booked
    OccupancyService(db, ADMIN).move_in(customer_id, unit_id, "owner", TODAY - timedelta(days=30))
    with pytest.raises(ValidationError, match="already lives in 3栋-2单元-1202") as caught:
        service.complete(move_in_id, handover(TODAY), service.get(move_in_id).version, today=TODAY)
    assert caught.value.field == "customer"
    assert service.get(move_in_id).status == "scheduled"
    assert occupancy_count(db) == 1 and defect_count(db) == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"handover_date": TODAY + timedelta(days=1)}, "handover_date"),
        ({"handover_date": date(1970, 1, 1)}, "handover_date"),
        ({"documents_checked": False}, "documents_checked"),
        ({"keys_handed": -1}, "keys_handed"),
        ({"water_reading": "12.345"}, "water_reading"),
        ({"gas_reading": "-3"}, "gas_reading"),
        ({"electricity_reading": "a lot"}, "electricity_reading"),
        ({"defects": [DefectInput("   ")]}, "defects"),
        ({"defects": [DefectInput("漏水", rectified_date=TODAY - timedelta(days=9))]}, "defects"),
    ],
)
def test_an_invalid_handover_is_refused_and_changes_nothing(db: Database, booked, changes, field) -> None:
    service, move_in_id, _unit_id, _customer_id = booked
    with pytest.raises(ValidationError) as caught:
        service.complete(move_in_id, handover(TODAY, **changes), service.get(move_in_id).version, today=TODAY)
    assert caught.value.field == field
    assert service.get(move_in_id).status == "scheduled"
    assert occupancy_count(db) == 0 and defect_count(db) == 0


def test_upcoming_and_overdue_handovers_with_a_fixed_today(db: Database) -> None:
    service = MoveInService(db, CLERK)
    units = [make_unit(db, room=room) for room in ("1201", "1202", "1203", "1204")]
    people = [make_customer(db, name) for name in ("甲", "乙", "丙", "丁")]
    overdue = service.schedule(units[0], people[0], TODAY - timedelta(days=1), today=TODAY)
    due_today = service.schedule(units[1], people[1], TODAY, today=TODAY)
    later = service.schedule(units[2], people[2], TODAY + timedelta(days=7), today=TODAY)
    done = service.schedule(units[3], people[3], TODAY - timedelta(days=5), today=TODAY)
    service.complete(
        done,
        handover(TODAY - timedelta(days=5), defects=[DefectInput("窗户密封条脱落")]),
        service.get(done).version,
        today=TODAY,
    )

    def ids(view: str) -> list[int]:
        return service.search_ids(MoveInFilter(view=view), today=TODAY)

    assert ids("overdue") == [overdue]
    assert ids("upcoming") == [due_today, later]
    assert ids("scheduled") == [overdue, due_today, later]
    assert ids("completed") == [done] and ids("open_defects") == [done]
    assert service.counts(TODAY) == move_ins_module.MoveInCounts(upcoming=2, overdue=1, open_defects=1)
    rows = {r.id: r for r in service.rows(ids("all"), TODAY)}
    assert rows[overdue].overdue and not rows[due_today].overdue and not rows[done].overdue
    assert rows[done].open_defects == 1 and rows[later].customer_name == "丙"
    # A day later the one due today is overdue too.
    assert service.search_ids(MoveInFilter(view="overdue"), today=TODAY + timedelta(days=1)) == [overdue, due_today]
    assert service.search_ids(MoveInFilter(view="all", query="1203"), today=TODAY) == [later]
    assert service.search_ids(MoveInFilter(view="all", query="丁"), today=TODAY) == [done]


def test_unrectified_defects_are_listed_until_rectified(db: Database, booked) -> None:
    service, move_in_id, _unit_id, _customer_id = booked
    service.complete(move_in_id, handover(TODAY - timedelta(days=1)), service.get(move_in_id).version, today=TODAY)
    later = service.add_defect(move_in_id, "  卫生间返水  ")
    (first, second) = service.open_defects(today=TODAY)
    assert (first.description, first.unit_code, first.customer_name, first.days_open) == (
        "客厅墙面裂缝",
        "3栋-2单元-1202",
        "张三",
        1,
    )
    assert second.id == later and second.description == "卫生间返水"
    with pytest.raises(ValidationError, match="before the handover"):
        service.rectify_defect(first.id, TODAY - timedelta(days=2), today=TODAY)
    with pytest.raises(ValidationError, match="in the future"):
        service.rectify_defect(first.id, TODAY + timedelta(days=1), today=TODAY)
    service.rectify_defect(first.id, TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="already rectified"):
        service.rectify_defect(first.id, TODAY, today=TODAY)
    assert [d.id for d in service.open_defects(today=TODAY)] == [later]
    assert service.counts(TODAY).open_defects == 1


def test_booking_rules_cancel_and_reschedule(db: Database, booked) -> None:
    service, move_in_id, unit_id, customer_id = booked
    with pytest.raises(ValidationError, match="already has a handover"):
        service.schedule(unit_id, customer_id, TODAY, today=TODAY)
    with pytest.raises(ValidationError) as caught:
        service.schedule(unit_id, make_customer(db, "李四"), TODAY, role="landlord", today=TODAY)
    assert caught.value.field == "role"
    service.reschedule(
        move_in_id, service.get(move_in_id).version, TODAY + timedelta(days=3), "tenant", notes="改约周六", today=TODAY
    )
    moved = service.get(move_in_id)
    assert (moved.scheduled_date, moved.role, moved.notes) == (TODAY + timedelta(days=3), "tenant", "改约周六")
    with pytest.raises(ValidationError):
        service.cancel(move_in_id, moved.version, "  ", today=TODAY)
    service.cancel(move_in_id, moved.version, "租约未签", today=TODAY)
    cancelled = service.get(move_in_id)
    assert cancelled.status == "cancelled" and cancelled.notes.endswith("2026-03-10 租约未签")
    with pytest.raises(ValidationError, match="cancelled"):
        service.complete(move_in_id, handover(TODAY), cancelled.version, today=TODAY)
    # A cancelled booking does not block a new one.
    assert service.schedule(unit_id, customer_id, TODAY + timedelta(days=10), today=TODAY) != move_in_id


def test_a_customer_already_living_there_cannot_be_booked(db: Database) -> None:
    unit_id, customer_id = make_unit(db), make_customer(db)
    OccupancyService(db, ADMIN).move_in(customer_id, unit_id, "owner", date(2020, 1, 1))
    with pytest.raises(ValidationError, match="nothing to hand over"):
        MoveInService(db, CLERK).schedule(unit_id, customer_id, TODAY, today=TODAY)


def test_completing_from_a_stale_view_is_a_conflict(db: Database, booked) -> None:
    service, move_in_id, _unit_id, _customer_id = booked
    stale = service.get(move_in_id).version
    MoveInService(db, Principal("desk2", "clerk")).reschedule(move_in_id, stale, TODAY, "owner", today=TODAY)
    with pytest.raises(ConflictError, match="desk2"):
        service.complete(move_in_id, handover(TODAY), stale, today=TODAY)
    assert occupancy_count(db) == 0


def test_a_viewer_may_not_book_or_complete(db: Database, booked) -> None:
    _service, move_in_id, unit_id, customer_id = booked
    viewer = MoveInService(db, Principal("v", "viewer"))
    with pytest.raises(PermissionDeniedError):
        viewer.schedule(unit_id, customer_id, TODAY, today=TODAY)
    with pytest.raises(PermissionDeniedError):
        viewer.complete(move_in_id, handover(TODAY), 1, today=TODAY)
    with db.session() as s:
        assert s.get(MoveIn, move_in_id).status == "scheduled"


def test_money_and_readings_are_parsed_as_decimal_never_float() -> None:
    label = "Deposit"
    assert parse_money("3,000.00", "f", label) == Decimal("3000.00")
    assert parse_money("￥２００.５", "f", label) == Decimal("200.50")
    assert parse_money(Decimal("99.5"), "f", label) == Decimal("99.50")
    assert parse_money(7, "f", label) == Decimal("7.00")
    assert parse_money("", "f", label, required=False) is None
    with pytest.raises(TypeError):
        parse_money(0.1, "f", label)
    for bad in ("1.005", "-1", "NaN", "Infinity", "12e3.4", "99999999999"):
        with pytest.raises(ValidationError):
            parse_money(bad, "f", label)
