"""入伙 move in, 过户 transfer, 迁出 move out: history only ever appended to (SPEC §3.1, §4.3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

import crm_desktop.services.customers as customers_module
import crm_desktop.services.occupancy as occupancy_module
from crm_desktop.models import Occupancy
from crm_desktop.models.database import Database
from crm_desktop.services.customers import CustomerFilter, CustomerService
from crm_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from crm_desktop.services.occupancy import OccupancyService
from crm_desktop.services.principal import Principal
from tests.factories import ADMIN, make_customer, make_resident, make_unit

MOVED_IN = date(2020, 1, 1)
SOLD = date(2024, 6, 1)


def occupancies_of(db: Database, customer_id: int) -> list[Occupancy]:
    with db.session() as s:
        return list(s.scalars(select(Occupancy).where(Occupancy.customer_id == customer_id).order_by(Occupancy.id)))


def occupancy_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(Occupancy.id))) or 0


def moved_out(db: Database) -> set[int]:
    return set(CustomerService(db, ADMIN).search_ids("", CustomerFilter(status="moved_out")))


def active(db: Database) -> set[int]:
    return set(CustomerService(db, ADMIN).search_ids("", CustomerFilter(status="active")))


# --- 入伙 move in -----------------------------------------------------------------------------------


def test_move_in_links_the_customer_to_the_unit(db: Database) -> None:
    customer_id = make_customer(db, "张三")
    unit_id = make_unit(db)
    assert CustomerService(db, ADMIN).search_ids("3栋-2单元-1202") == []
    assert active(db) == set()

    occupancy_id = OccupancyService(db, ADMIN).move_in(customer_id, unit_id, "owner", MOVED_IN)

    (row,) = CustomerService(db, ADMIN).get(customer_id).occupancies
    assert (row.id, row.unit_id, row.unit_code) == (occupancy_id, unit_id, "3栋-2单元-1202")
    assert row.community_name == "阳光花园"
    assert (row.role, row.start_date, row.end_date, row.start_kind) == ("owner", MOVED_IN, None, "move_in")
    assert row.is_current
    assert CustomerService(db, ADMIN).get(customer_id).is_active
    assert CustomerService(db, ADMIN).search_ids("3栋-2单元-1202") == [customer_id]
    assert active(db) == {customer_id}
    assert OccupancyService(db, ADMIN).occupants(unit_id) == [(customer_id, "张三", "owner")]
    assert OccupancyService(db, ADMIN).occupants(unit_id, MOVED_IN - timedelta(days=1)) == []


def test_moving_into_the_same_unit_twice_is_refused(db: Database) -> None:
    customer_id, unit_id = make_resident(db, "张三")
    with pytest.raises(ValidationError) as info:
        OccupancyService(db, ADMIN).move_in(customer_id, unit_id, "resident", date(2021, 1, 1))
    assert info.value.field == "unit"
    assert occupancy_count(db) == 1


def test_unknown_role_is_refused(db: Database) -> None:
    customer_id, unit_id = make_customer(db, "张三"), make_unit(db)
    with pytest.raises(ValidationError) as info:
        OccupancyService(db, ADMIN).move_in(customer_id, unit_id, "landlord", MOVED_IN)
    assert info.value.field == "role"
    assert occupancy_count(db) == 0


def test_move_in_of_unknown_customer_or_unit_is_not_found(db: Database) -> None:
    customer_id, unit_id = make_customer(db, "张三"), make_unit(db)
    with pytest.raises(NotFoundError):
        OccupancyService(db, ADMIN).move_in(999, unit_id, "owner", MOVED_IN)
    with pytest.raises(NotFoundError):
        OccupancyService(db, ADMIN).move_in(customer_id, 999, "owner", MOVED_IN)
    assert occupancy_count(db) == 0


def test_a_household_shares_a_unit(db: Database) -> None:
    owner, unit_id = make_resident(db, "张三")
    spouse = make_customer(db, "李梅", customer_type="family")
    OccupancyService(db, ADMIN).move_in(spouse, unit_id, "resident", MOVED_IN)
    assert sorted(OccupancyService(db, ADMIN).occupants(unit_id)) == sorted(
        [(owner, "张三", "owner"), (spouse, "李梅", "resident")]
    )


# --- 过户 transfer ----------------------------------------------------------------------------------


def test_transfer_ends_the_old_owner_and_starts_the_new_one_on_the_same_day(db: Database) -> None:
    seller, unit_id = make_resident(db, "张三", start=MOVED_IN)
    buyer = make_customer(db, "李四")

    previous = OccupancyService(db, ADMIN).transfer(unit_id, buyer, SOLD, reason="natural", note="出售")

    assert previous == [seller]
    (old,) = occupancies_of(db, seller)
    assert (old.start_date, old.end_date, old.end_reason, old.end_note) == (MOVED_IN, SOLD, "natural", "出售")
    (new,) = occupancies_of(db, buyer)
    assert (new.unit_id, new.role, new.start_date, new.end_date, new.start_kind) == (
        unit_id,
        "owner",
        SOLD,
        None,
        "transfer",
    )
    service = OccupancyService(db, ADMIN)
    assert service.occupants(unit_id, SOLD - timedelta(days=1)) == [(seller, "张三", "owner")]
    assert service.occupants(unit_id, SOLD) == [(buyer, "李四", "owner")]
    assert active(db) == {buyer}
    assert moved_out(db) == {seller}


def test_transfer_note_defaults_to_the_word_for_transfer(db: Database) -> None:
    seller, unit_id = make_resident(db, "张三")
    OccupancyService(db, ADMIN).transfer(unit_id, make_customer(db, "李四"), SOLD)
    assert occupancies_of(db, seller)[0].end_note == "过户"


def test_transfer_ends_every_co_owner_but_not_the_tenant(db: Database) -> None:
    husband, unit_id = make_resident(db, "张三")
    wife = make_customer(db, "李梅")
    tenant = make_customer(db, "王五", customer_type="tenant")
    OccupancyService(db, ADMIN).move_in(wife, unit_id, "owner", MOVED_IN)
    OccupancyService(db, ADMIN).move_in(tenant, unit_id, "tenant", date(2023, 1, 1))
    buyer = make_customer(db, "赵六")

    assert sorted(OccupancyService(db, ADMIN).transfer(unit_id, buyer, SOLD)) == sorted([husband, wife])

    assert sorted(OccupancyService(db, ADMIN).occupants(unit_id, SOLD)) == sorted(
        [(tenant, "王五", "tenant"), (buyer, "赵六", "owner")]
    )


def test_history_is_kept_after_transfers(db: Database) -> None:
    first, unit_id = make_resident(db, "张三", start=MOVED_IN)
    second, third = make_customer(db, "李四"), make_customer(db, "王五")
    OccupancyService(db, ADMIN).transfer(unit_id, second, SOLD)
    OccupancyService(db, ADMIN).transfer(unit_id, third, date(2025, 3, 1))

    with db.session() as s:
        history = s.execute(
            select(Occupancy.customer_id, Occupancy.start_date, Occupancy.end_date, Occupancy.start_kind)
            .where(Occupancy.unit_id == unit_id)
            .order_by(Occupancy.start_date)
        ).all()
    assert [tuple(h) for h in history] == [
        (first, MOVED_IN, SOLD, "move_in"),
        (second, SOLD, date(2025, 3, 1), "transfer"),
        (third, date(2025, 3, 1), None, "transfer"),
    ]
    # The previous owners' records still show where they lived.
    assert [o.unit_code for o in CustomerService(db, ADMIN).get(first).occupancies] == ["3栋-2单元-1202"]
    assert set(CustomerService(db, ADMIN).search_ids("3栋-2单元-1202")) == {first, second, third}


def test_transfer_to_the_current_owner_is_refused_and_changes_nothing(db: Database) -> None:
    owner, unit_id = make_resident(db, "张三")
    with pytest.raises(ValidationError) as info:
        OccupancyService(db, ADMIN).transfer(unit_id, owner, SOLD)
    assert info.value.field == "customer"
    (occupancy,) = occupancies_of(db, owner)
    assert occupancy.end_date is None


def test_transfer_to_an_unknown_customer_changes_nothing(db: Database) -> None:
    owner, unit_id = make_resident(db, "张三")
    with pytest.raises(NotFoundError):
        OccupancyService(db, ADMIN).transfer(unit_id, 999_999, SOLD)
    assert occupancies_of(db, owner)[0].end_date is None
    assert active(db) == {owner}


def test_transfer_of_a_unit_without_owner_is_refused(db: Database) -> None:
    _, unit_id = make_resident(db, "王五", role="tenant")
    with pytest.raises(ValidationError, match="no current owner"):
        OccupancyService(db, ADMIN).transfer(unit_id, make_customer(db, "李四"), SOLD)
    assert occupancy_count(db) == 1


def test_transfer_failing_half_way_rolls_back_the_old_owners_end(db: Database) -> None:
    """The old owner's occupancy is ended first; the new owner cannot start (already lives there)."""
    owner, unit_id = make_resident(db, "张三")
    son = make_customer(db, "张小三", customer_type="family")
    OccupancyService(db, ADMIN).move_in(son, unit_id, "resident", MOVED_IN)

    with pytest.raises(ValidationError, match="already lives in"):
        OccupancyService(db, ADMIN).transfer(unit_id, son, SOLD)

    (occupancy,) = occupancies_of(db, owner)
    assert occupancy.end_date is None and occupancy.end_reason is None
    assert len(occupancies_of(db, son)) == 1
    assert active(db) == {owner, son}
    assert CustomerService(db, ADMIN).get(owner).is_active


def test_transfer_crashing_after_the_old_owner_was_ended_leaves_everything_as_it_was(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner, unit_id = make_resident(db, "张三")
    buyer = make_customer(db, "李四")
    ended = []
    real_end = occupancy_module.end_occupancy

    def end_and_record(s, occupancy, *args, **kwargs):
        real_end(s, occupancy, *args, **kwargs)
        ended.append(occupancy.id)

    def crash(*_args, **_kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(occupancy_module, "end_occupancy", end_and_record)
    monkeypatch.setattr(occupancy_module, "start_occupancy", crash)
    with pytest.raises(RuntimeError):
        OccupancyService(db, ADMIN).transfer(unit_id, buyer, SOLD)
    monkeypatch.undo()

    assert ended  # the crash came after the old owner's occupancy had been ended in the transaction
    (occupancy,) = occupancies_of(db, owner)
    assert (occupancy.end_date, occupancy.end_reason, occupancy.end_note) == (None, None, None)
    assert occupancies_of(db, buyer) == []
    assert active(db) == {owner}
    # And the transfer works once the cause is gone.
    OccupancyService(db, ADMIN).transfer(unit_id, buyer, SOLD)
    assert active(db) == {buyer}


# --- 迁出 move out ----------------------------------------------------------------------------------


def test_move_out_records_date_and_reason_and_the_customer_becomes_inactive(db: Database) -> None:
    customer_id, unit_id = make_resident(db, "张三")
    (occupancy,) = occupancies_of(db, customer_id)
    OccupancyService(db, ADMIN).move_out(occupancy.id, date(2023, 8, 31), "dissatisfied", " 物业费纠纷 ")

    (row,) = CustomerService(db, ADMIN).get(customer_id).occupancies
    assert (row.end_date, row.end_reason, row.end_note) == (date(2023, 8, 31), "dissatisfied", "物业费纠纷")
    assert not row.is_current
    detail = CustomerService(db, ADMIN).get(customer_id)
    assert detail.is_active is False
    assert moved_out(db) == {customer_id}
    assert active(db) == set()
    assert CustomerService(db, ADMIN).rows([customer_id])[0].unit_codes == ""
    assert OccupancyService(db, ADMIN).occupants(unit_id) == []


def test_customer_with_another_unit_stays_active(db: Database) -> None:
    customer_id, first_unit = make_resident(db, "张三")
    second_unit = make_unit(db, room="1301")
    OccupancyService(db, ADMIN).move_in(customer_id, second_unit, "owner", MOVED_IN)
    assert CustomerService(db, ADMIN).rows([customer_id])[0].unit_codes == "3栋-2单元-1202,3栋-2单元-1301"
    first = next(o for o in occupancies_of(db, customer_id) if o.unit_id == first_unit)
    OccupancyService(db, ADMIN).move_out(first.id, date(2023, 1, 1), "natural")
    assert active(db) == {customer_id}
    assert CustomerService(db, ADMIN).rows([customer_id])[0].unit_codes == "3栋-2单元-1301"


def test_move_out_before_move_in_is_refused(db: Database) -> None:
    customer_id, _ = make_resident(db, "张三", start=MOVED_IN)
    (occupancy,) = occupancies_of(db, customer_id)
    with pytest.raises(ValidationError) as info:
        OccupancyService(db, ADMIN).move_out(occupancy.id, MOVED_IN - timedelta(days=1), "natural")
    assert info.value.field == "end_date"
    assert occupancies_of(db, customer_id)[0].end_date is None
    assert active(db) == {customer_id}


def test_unknown_move_out_reason_is_refused(db: Database) -> None:
    customer_id, _ = make_resident(db, "张三")
    (occupancy,) = occupancies_of(db, customer_id)
    with pytest.raises(ValidationError) as info:
        OccupancyService(db, ADMIN).move_out(occupancy.id, SOLD, "bored")
    assert info.value.field == "reason"
    assert occupancies_of(db, customer_id)[0].end_date is None


@pytest.mark.parametrize("first_end", [date(2023, 1, 1), date.today() + timedelta(days=30)])
def test_ending_twice_is_refused_and_the_first_end_kept(db: Database, first_end: date) -> None:
    customer_id, _ = make_resident(db, "张三")
    (occupancy,) = occupancies_of(db, customer_id)
    OccupancyService(db, ADMIN).move_out(occupancy.id, first_end, "natural", "first")
    with pytest.raises(ValidationError) as info:
        OccupancyService(db, ADMIN).move_out(occupancy.id, date(2023, 6, 1), "passive", "second")
    assert info.value.field == "occupancy"
    (kept,) = occupancies_of(db, customer_id)
    assert (kept.end_date, kept.end_reason, kept.end_note) == (first_end, "natural", "first")


def test_moving_back_in_adds_a_new_occupancy(db: Database) -> None:
    customer_id, unit_id = make_resident(db, "张三")
    (occupancy,) = occupancies_of(db, customer_id)
    OccupancyService(db, ADMIN).move_out(occupancy.id, date(2022, 1, 1), "natural")
    OccupancyService(db, ADMIN).move_in(customer_id, unit_id, "tenant", date(2023, 1, 1))
    assert [(o.start_date, o.end_date) for o in occupancies_of(db, customer_id)] == [
        (MOVED_IN, date(2022, 1, 1)),
        (date(2023, 1, 1), None),
    ]
    assert active(db) == {customer_id}


def test_moving_back_in_before_the_old_move_out_is_refused(db: Database) -> None:
    customer_id, unit_id = make_resident(db, "张三")
    (occupancy,) = occupancies_of(db, customer_id)
    OccupancyService(db, ADMIN).move_out(occupancy.id, date(2022, 1, 1), "natural")
    with pytest.raises(ValidationError):
        OccupancyService(db, ADMIN).move_in(customer_id, unit_id, "owner", date(2021, 6, 1))
    assert occupancy_count(db) == 1


def test_unknown_occupancy_cannot_be_ended(db: Database) -> None:
    with pytest.raises(NotFoundError):
        OccupancyService(db, ADMIN).move_out(12345, SOLD, "natural")


# --- dates recorded ahead -----------------------------------------------------------------------------


class _Clock:
    """Moves `date.today()` of the customers service, as if the program ran on another day."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch

    def set(self, day: date) -> None:
        class FakeDate(date):
            @classmethod
            def today(cls) -> date:
                return day

        self.monkeypatch.setattr(customers_module, "date", FakeDate)


def test_move_out_recorded_ahead_takes_effect_on_its_day(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    today = date.today()
    customer_id, _ = make_resident(db, "张三")
    (occupancy,) = occupancies_of(db, customer_id)
    OccupancyService(db, ADMIN).move_out(occupancy.id, today + timedelta(days=3), "natural", "合同到期")
    assert active(db) == {customer_id}  # still living there until then
    opened = CustomerService(db, ADMIN).get(customer_id)

    clock = _Clock(monkeypatch)
    clock.set(today + timedelta(days=2))
    assert active(db) == {customer_id}
    clock.set(today + timedelta(days=3))
    assert active(db) == set()
    assert moved_out(db) == {customer_id}
    assert CustomerService(db, ADMIN).rows([customer_id])[0].unit_codes == ""
    # Bookkeeping is not an edit: a clerk who had the record open can still save it.
    CustomerService(db, ADMIN).update(customer_id, replace(opened.data, notes="已搬走"), opened.version)


def test_move_in_recorded_ahead_takes_effect_on_its_day(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    today = date.today()
    customer_id = make_customer(db, "张三")
    OccupancyService(db, ADMIN).move_in(customer_id, make_unit(db), "owner", today + timedelta(days=5))
    assert active(db) == set()
    assert moved_out(db) == set()  # not living there yet is not having moved out
    _Clock(monkeypatch).set(today + timedelta(days=5))
    assert active(db) == {customer_id}
    assert CustomerService(db, ADMIN).rows([customer_id])[0].unit_codes == "3栋-2单元-1202"


def test_refresh_touches_nobody_when_nothing_was_dated_ahead(db: Database) -> None:
    make_resident(db, "张三")
    customer_id, _ = make_resident(db, "李四", room="1301")
    (occupancy,) = occupancies_of(db, customer_id)
    OccupancyService(db, ADMIN).move_out(occupancy.id, date(2023, 1, 1), "natural")
    assert CustomerService(db, ADMIN).refresh_due(date.today() + timedelta(days=400)) == 0


# --- roles ------------------------------------------------------------------------------------------


def test_viewer_cannot_change_occupancies(db: Database, viewer: Principal) -> None:
    owner, unit_id = make_resident(db, "张三")
    other = make_customer(db, "李四")
    (occupancy,) = occupancies_of(db, owner)
    service = OccupancyService(db, viewer)
    with pytest.raises(PermissionDeniedError):
        service.move_in(other, unit_id, "resident", MOVED_IN)
    with pytest.raises(PermissionDeniedError):
        service.transfer(unit_id, other, SOLD)
    with pytest.raises(PermissionDeniedError):
        service.move_out(occupancy.id, SOLD, "natural")
    assert occupancy_count(db) == 1
    assert occupancies_of(db, owner)[0].end_date is None
    assert service.occupants(unit_id) == [(owner, "张三", "owner")]  # reading is allowed
