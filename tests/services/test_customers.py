"""Creating and editing customers: validation, duplicates, edit conflicts, roles (SPEC §3.1, §3.7)."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

import crm_desktop.services.customers as customers_module
from crm_desktop.models import Customer
from crm_desktop.models.database import Database
from crm_desktop.services.customers import CustomerInput, CustomerService, DuplicateCustomerWarning
from crm_desktop.services.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from crm_desktop.services.principal import Principal
from crm_desktop.services.uow import unit_of_work
from tests.factories import ADMIN, make_customer, make_id_number

ID_A = make_id_number(born="19800101", seq="123")
ID_B = make_id_number(born="19900202", seq="456")


def customer_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(Customer.id))) or 0


# --- validation -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (CustomerInput(name=""), "name"),
        (CustomerInput(name="   "), "name"),
        (CustomerInput(name="张三", id_number=ID_A[:-1] + ("0" if ID_A[-1] != "0" else "1")), "id_number"),
        (CustomerInput(name="张三", id_number="11010519800230123X"), "id_number"),
        (CustomerInput(name="张三", id_number="1101051980"), "id_number"),
        (CustomerInput(name="张三", mobile="12345678901"), "mobile"),
        (CustomerInput(name="张三", mobile="1381234567"), "mobile"),
        (CustomerInput(name="张三", id_number=ID_A, birthday=date(1980, 1, 2)), "birthday"),
        (CustomerInput(name="张三", email="not-an-address"), "email"),
    ],
)
def test_create_refuses_bad_input_naming_the_field(db: Database, data: CustomerInput, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        CustomerService(db, ADMIN).create(data)
    assert info.value.field == field
    assert customer_count(db) == 0


def test_id_number_error_says_what_is_wrong(db: Database) -> None:
    with pytest.raises(ValidationError, match="18 characters, has 10"):
        CustomerService(db, ADMIN).create(CustomerInput(name="张三", id_number="1101051980"))


def test_create_stores_clean_values(db: Database, manager: Principal) -> None:
    customer_id = CustomerService(db, ADMIN).create(
        CustomerInput(
            name=" 张三 ",
            mobile="+86 138-1234-5678",
            id_number=ID_A.lower(),
            tags="老人，轮椅、VIP, 老人",  # type: ignore[arg-type]  # the form passes the typed text
            special_needs=" 独居老人 ",
            preferred_channel="wechat",
        )
    )
    detail = CustomerService(db, manager).get(customer_id)
    assert detail.data.name == "张三"
    assert detail.data.mobile == "13812345678"
    assert detail.data.id_number is None  # in clear only through an audit-logged reveal
    assert CustomerService(db, manager).reveal_id_number(customer_id) == ID_A.upper()
    assert detail.data.birthday == date(1980, 1, 1)
    assert detail.data.gender == "male"
    assert detail.data.tags == ["老人", "轮椅", "VIP"]
    assert detail.data.special_needs == "独居老人"
    assert detail.data.preferred_channel == "wechat"
    assert detail.version == 1
    assert CustomerService(db, manager).all_tags() == ["VIP", "老人", "轮椅"]


def test_a_customer_without_a_unit_is_not_active(db: Database) -> None:
    customer_id = make_customer(db, "张三")
    detail = CustomerService(db, ADMIN).get(customer_id)
    assert detail.is_active is False
    assert detail.occupancies == []


def test_unknown_customer_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        CustomerService(db, ADMIN).get(12345)
    with pytest.raises(NotFoundError):
        CustomerService(db, ADMIN).update(12345, CustomerInput(name="张三"), expected_version=1)


# --- duplicates -------------------------------------------------------------------------------------


def test_same_id_number_warns_with_the_existing_customer(db: Database) -> None:
    first = make_customer(db, "张三", id_number=ID_A)
    service = CustomerService(db, ADMIN)
    with pytest.raises(DuplicateCustomerWarning) as info:
        service.create(CustomerInput(name="张叁", id_number=ID_A.lower()))
    assert [(h.customer_id, h.name, h.reason) for h in info.value.hits] == [(first, "张三", "id_number")]
    assert "张三" in str(info.value)
    assert customer_count(db) == 1


def test_same_mobile_warns_with_the_existing_customer(db: Database) -> None:
    first = make_customer(db, "张三", mobile="13812345678")
    service = CustomerService(db, ADMIN)
    with pytest.raises(DuplicateCustomerWarning) as info:
        service.create(CustomerInput(name="李四", mobile="138 1234 5678"))
    assert [(h.customer_id, h.reason) for h in info.value.hits] == [(first, "mobile")]
    assert service.find_duplicates(None, "13812345678") == info.value.hits
    assert service.find_duplicates(None, "13812345678", exclude_id=first) == []
    assert customer_count(db) == 1


def test_confirmed_duplicate_is_saved(db: Database) -> None:
    make_customer(db, "张三", id_number=ID_A, mobile="13812345678")
    service = CustomerService(db, ADMIN)
    second = service.create(CustomerInput(name="张三", id_number=ID_A, mobile="13812345678"), confirm_duplicates=True)
    assert customer_count(db) == 2
    hits = service.find_duplicates(ID_A, "13812345678")
    assert len(hits) == 2 and second in {h.customer_id for h in hits}


def test_no_warning_for_different_people(db: Database) -> None:
    make_customer(db, "张三", id_number=ID_A, mobile="13812345678")
    CustomerService(db, ADMIN).create(CustomerInput(name="李四", id_number=ID_B, mobile="13900000000"))
    assert customer_count(db) == 2


def test_editing_into_a_duplicate_warns_too(db: Database) -> None:
    make_customer(db, "张三", mobile="13812345678")
    other = make_customer(db, "李四", mobile="13900000000")
    service = CustomerService(db, ADMIN)
    detail = service.get(other)
    with pytest.raises(DuplicateCustomerWarning):
        service.update(other, replace(detail.data, mobile="13812345678"), detail.version)
    assert service.get(other).data.mobile == "13900000000"
    # Saving the customer's own unchanged number is not a duplicate of itself.
    service.update(other, replace(detail.data, notes="回访"), detail.version)
    assert service.get(other).data.notes == "回访"


# --- edit conflicts ---------------------------------------------------------------------------------


def test_stale_save_is_refused_naming_who_changed_the_record(db: Database) -> None:
    desk_a = CustomerService(db, Principal("wang.clerk", "clerk"))
    desk_b = CustomerService(db, Principal("li.manager", "manager"))
    customer_id = desk_a.create(CustomerInput(name="张三", mobile="13812345678"))
    opened_by_a = desk_a.get(customer_id)
    opened_by_b = desk_b.get(customer_id)
    desk_b.update(customer_id, replace(opened_by_b.data, notes="B's note"), opened_by_b.version)

    with pytest.raises(ConflictError) as info:
        desk_a.update(customer_id, replace(opened_by_a.data, mobile="13900000000"), opened_by_a.version)
    assert info.value.changed_by == "li.manager"
    assert "li.manager" in str(info.value)
    after = desk_b.get(customer_id)
    assert after.data.mobile == "13812345678"  # A's edit was not applied
    assert after.data.notes == "B's note"  # B's edit was not lost
    assert after.version == 2


def test_conflict_message_gives_the_desks_local_time(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """CURRENT_TIMESTAMP is UTC on SQLite: a clerk in Beijing must not read a time 8 hours off."""
    monkeypatch.setenv("TZ", "CST-8")
    time.tzset()
    try:
        service = CustomerService(db, ADMIN)
        customer_id = make_customer(db, "张三")
        detail = service.get(customer_id)
        before = datetime.now()
        service.update(customer_id, replace(detail.data, notes="first"), detail.version)
        after = datetime.now()
        with pytest.raises(ConflictError) as info:
            service.update(customer_id, replace(detail.data, notes="second"), detail.version)
        stamps = {moment.strftime("%Y-%m-%d %H:%M") for moment in (before, after)}
        assert any(stamp in str(info.value) for stamp in stamps), (stamps, str(info.value))
    finally:
        monkeypatch.undo()
        time.tzset()


def test_two_desks_saving_at_the_same_moment(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both read version 1 and pass the version check; the one that commits second is refused."""
    customer_id = make_customer(db, "张三", mobile="13812345678")
    desk_a = CustomerService(db, Principal("desk-a", "clerk"))
    desk_b = CustomerService(db, Principal("desk-b", "clerk"))
    read_a, read_b = desk_a.get(customer_id), desk_b.get(customer_id)
    assert read_a.version == read_b.version == 1

    original = customers_module.refresh_derived
    interleaved = []

    def desk_b_saves_in_between(s, customer):  # runs inside desk A's transaction, after its version check
        if not interleaved:
            interleaved.append(True)
            desk_b.update(customer_id, replace(read_b.data, notes="desk B"), read_b.version)
        original(s, customer)

    monkeypatch.setattr(customers_module, "refresh_derived", desk_b_saves_in_between)
    with pytest.raises(ConflictError):
        desk_a.update(customer_id, replace(read_a.data, notes="desk A"), read_a.version)
    monkeypatch.undo()

    after = CustomerService(db, ADMIN).get(customer_id)
    assert after.data.notes == "desk B"
    assert after.version == 2


def test_version_column_refuses_an_in_flight_overwrite(db: Database) -> None:
    """The same race at the session level: the UPDATE of the second writer matches no row."""
    customer_id = make_customer(db, "张三")
    first = unit_of_work(db, Principal("desk-a", "clerk"))
    second = unit_of_work(db, Principal("desk-b", "clerk"))
    s1, s2 = first.__enter__(), second.__enter__()
    c1, c2 = s1.get(Customer, customer_id), s2.get(Customer, customer_id)
    assert c1.version == c2.version == 1
    c1.notes = "desk A"
    first.__exit__(None, None, None)
    c2.notes = "desk B"
    with pytest.raises(ConflictError):
        second.__exit__(None, None, None)
    detail = CustomerService(db, ADMIN).get(customer_id)
    assert (detail.data.notes, detail.version) == ("desk A", 2)


def test_each_save_raises_the_version_and_records_the_writer(db: Database, clerk: Principal) -> None:
    customer_id = make_customer(db, "张三")
    service = CustomerService(db, clerk)
    detail = service.get(customer_id)
    service.update(customer_id, replace(detail.data, notes="x"), detail.version)
    assert service.get(customer_id).version == 2
    with db.session() as s:
        assert s.get(Customer, customer_id).updated_by == "clerk1"


# --- roles ------------------------------------------------------------------------------------------


def test_viewer_cannot_create_or_update(db: Database, viewer: Principal) -> None:
    service = CustomerService(db, viewer)
    with pytest.raises(PermissionDeniedError):
        service.create(CustomerInput(name="张三"))
    assert customer_count(db) == 0
    customer_id = make_customer(db, "张三")
    detail = service.get(customer_id)
    with pytest.raises(PermissionDeniedError):
        service.update(customer_id, replace(detail.data, name="李四"), detail.version)
    assert service.get(customer_id).data.name == "张三"


def test_clerk_edit_keeps_the_id_number_they_cannot_see(db: Database, clerk: Principal, manager: Principal) -> None:
    customer_id = make_customer(db, "张三", id_number=ID_A, mobile="13812345678")
    service = CustomerService(db, clerk)
    detail = service.get(customer_id)
    assert detail.data.id_number is None
    assert detail.id_number_masked is True
    assert detail.id_number_display == "110105********" + ID_A[-4:]
    assert detail.mobile_display == "13812345678"
    service.update(customer_id, replace(detail.data, notes="改了电话", mobile="13900000000"), detail.version)
    after = CustomerService(db, manager).get(customer_id)
    assert CustomerService(db, manager).reveal_id_number(customer_id) == ID_A
    assert after.data.mobile == "13900000000"
    assert after.data.birthday == date(1980, 1, 1)
    assert CustomerService(db, ADMIN).search_ids(ID_A[-4:]) == [customer_id]


def test_clerk_cannot_set_a_birthday_contradicting_the_hidden_id(db: Database, clerk: Principal) -> None:
    customer_id = make_customer(db, "张三", id_number=ID_A)
    service = CustomerService(db, clerk)
    detail = service.get(customer_id)
    with pytest.raises(ValidationError) as info:
        service.update(customer_id, replace(detail.data, birthday=date(1981, 1, 1)), detail.version)
    assert info.value.field == "birthday"


def test_viewer_sees_masked_phones_in_the_detail(db: Database, viewer: Principal) -> None:
    customer_id = make_customer(db, "张三", id_number=ID_A, mobile="13812345678", phone2="010-62345678")
    detail = CustomerService(db, viewer).get(customer_id)
    assert detail.mobile_display == "138****5678"
    assert detail.phone2_display == "010*****5678"
    assert detail.data.mobile == ""
    assert detail.data.id_number is None


def test_tags_are_split_on_chinese_and_latin_commas(db: Database) -> None:
    customer_id = CustomerService(db, ADMIN).create(CustomerInput(name="张三", tags="a，b、c,a, "))  # type: ignore[arg-type]
    assert CustomerService(db, ADMIN).get(customer_id).data.tags == ["a", "b", "c"]
    assert customers_module.parse_tags("a，b、c") == ["a", "b", "c"]
    assert customers_module.parse_tags(["x", " x ", "", "y"]) == ["x", "y"]
