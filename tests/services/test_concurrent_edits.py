"""SPEC §3.7, §8: two desks editing one record. The second save is refused with a message naming who
changed it, and nothing is lost.

tests/services/test_customers.py covers the rule inside one process (one engine); here every desk has a
Database of its own (its own connection pool, as on two computers), on a SQLite file and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from crm_desktop.models import Customer
from crm_desktop.models.database import Database, open_database
from crm_desktop.services.audit import verify_audit_chain
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.errors import ConflictError
from crm_desktop.services.principal import Principal
from crm_desktop.services.tickets import TicketService
from crm_desktop.services.uow import unit_of_work
from tests.factories import make_customer

FRONT_DESK = Principal("wang.frontdesk", "clerk")
MANAGER = Principal("li.manager", "manager")


@pytest.fixture
def two_desks(db_url: str) -> Iterator[tuple[Database, Database]]:
    first = open_database(db_url)
    second = open_database(db_url)
    try:
        yield first, second
    finally:
        first.dispose()
        second.dispose()


def test_the_second_save_is_refused_naming_who_changed_it(two_desks: tuple[Database, Database]) -> None:
    desk_a, desk_b = two_desks
    customer_id = make_customer(desk_a, "张三", mobile="13812345678")
    clerk = CustomerService(desk_a, FRONT_DESK)
    manager = CustomerService(desk_b, MANAGER)
    opened_by_clerk = clerk.get(customer_id)
    opened_by_manager = manager.get(customer_id)

    manager.update(customer_id, replace(opened_by_manager.data, notes="业主要求周末上门"), opened_by_manager.version)
    with pytest.raises(ConflictError) as refused:
        clerk.update(customer_id, replace(opened_by_clerk.data, mobile="13900000000"), opened_by_clerk.version)

    assert refused.value.changed_by == "li.manager"
    assert "li.manager" in str(refused.value) and "张三" in str(refused.value)
    current = clerk.get(customer_id)
    assert (current.data.mobile, current.data.notes) == ("13812345678", "业主要求周末上门")
    # The clerk reloads and saves again: both changes are kept.
    clerk.update(customer_id, replace(current.data, mobile="13900000000"), current.version)
    final = manager.get(customer_id)
    assert (final.data.mobile, final.data.notes) == ("13900000000", "业主要求周末上门")
    assert final.version > current.version
    assert verify_audit_chain(desk_a).ok


def test_saves_in_flight_on_two_desks_cannot_overwrite_each_other(two_desks: tuple[Database, Database]) -> None:
    """Both desks loaded version 1 inside their transactions; the one that commits second is refused."""
    desk_a, desk_b = two_desks
    customer_id = make_customer(desk_a, "张三")
    first, second = unit_of_work(desk_a, FRONT_DESK), unit_of_work(desk_b, MANAGER)
    s1, s2 = first.__enter__(), second.__enter__()
    c1, c2 = s1.get(Customer, customer_id), s2.get(Customer, customer_id)
    assert c1.version == c2.version == 1
    c2.notes = "manager's note"
    second.__exit__(None, None, None)
    c1.notes = "clerk's note"
    with pytest.raises(ConflictError):
        first.__exit__(None, None, None)
    detail = CustomerService(desk_a, MANAGER).get(customer_id)
    assert (detail.data.notes, detail.version) == ("manager's note", 2)


def test_a_ticket_edited_on_two_desks(two_desks: tuple[Database, Database]) -> None:
    from crm_desktop.services.tickets import TicketInput

    desk_a, desk_b = two_desks
    created = TicketService(desk_a, FRONT_DESK).create(TicketInput(title="楼道灯不亮", category="repairs"))
    clerk, manager = TicketService(desk_a, FRONT_DESK), TicketService(desk_b, MANAGER)
    seen_by_clerk, seen_by_manager = clerk.get(created.id), manager.get(created.id)
    manager.update(created.id, replace(seen_by_manager.data, severity="urgent"), seen_by_manager.version)
    with pytest.raises(ConflictError) as refused:
        clerk.update(created.id, replace(seen_by_clerk.data, title="3栋楼道灯不亮"), seen_by_clerk.version)
    assert refused.value.changed_by == "li.manager"
    after = clerk.get(created.id)
    assert (after.data.title, after.data.severity) == ("楼道灯不亮", "urgent")
