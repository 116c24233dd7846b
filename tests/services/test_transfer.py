"""Moving the office's data to another database: everything arrives, ids and audit chain intact, or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.models import Base
from crm_desktop.models.database import Database, open_database
from crm_desktop.services.audit import verify_audit_chain
from crm_desktop.services.demo import generate_demo
from crm_desktop.services.errors import OperationCancelled, PermissionDeniedError, ValidationError
from crm_desktop.services.principal import Principal
from crm_desktop.services.progress import Progress
from crm_desktop.services.transfer import copy_database
from tests.conftest import _postgres_database
from tests.factories import make_customer

ADMIN = Principal("admin1", "admin")


@pytest.fixture
def other_location(db: Database, tmp_path: Path) -> Iterator[str]:
    """An empty database of the other kind: a SQLite office moves to PostgreSQL, a PostgreSQL one to a file."""
    if db.is_sqlite:
        yield from _postgres_database()
    else:
        yield str(tmp_path / "copy.db")


def _counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables}


def test_every_row_arrives_with_its_id_and_the_audit_chain_still_verifies(db, other_location):
    generate_demo(db, households=40, months=3, seed=3)
    make_customer(db, "李四")  # written through the services, so audited
    before = _counts(db)

    result = copy_database(db, ADMIN, other_location)

    target = open_database(other_location)
    try:
        after = _counts(target)
        assert {k: v for k, v in after.items() if k != "audit_log"} == {
            k: v for k, v in before.items() if k != "audit_log"}
        assert after["audit_log"] == before["audit_log"] + 1  # plus "copied from …"
        assert result.rows == sum(before.values())
        with db.session() as s, target.session() as t:
            from crm_desktop.models import Customer, Ticket

            assert s.execute(select(Customer.id, Customer.name).order_by(Customer.id)).all() == \
                t.execute(select(Customer.id, Customer.name).order_by(Customer.id)).all()
            linked = t.execute(select(func.count()).where(Ticket.incident_id.is_not(None))).scalar_one()
            assert linked == s.execute(select(func.count()).where(Ticket.incident_id.is_not(None))).scalar_one()
        assert verify_audit_chain(target).ok
        assert verify_audit_chain(db).ok  # the source got one "export" entry, chained properly
        # New records on the target get fresh ids after the copied ones.
        with db.session() as s:
            highest = s.execute(select(func.max(Customer.id))).scalar_one()
        assert make_customer(target, "王五") == highest + 1
    finally:
        target.dispose()


def test_a_target_holding_data_is_refused_and_left_alone(db, other_location):
    generate_demo(db, households=10, months=2, seed=1)
    target = open_database(other_location)
    try:
        make_customer(target, "已有客户")
        before = _counts(target)
        with pytest.raises(ValidationError) as error:
            copy_database(db, ADMIN, other_location)
        assert "already holds data" in str(error.value)
        assert _counts(target) == before
    finally:
        target.dispose()


def test_cancelling_leaves_the_target_empty(db, other_location):
    generate_demo(db, households=40, months=3, seed=2)
    calls = []

    def cancel_half_way() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(OperationCancelled):
        copy_database(db, ADMIN, other_location, Progress(cancelled=cancel_half_way))
    target = open_database(other_location)
    try:
        assert set(_counts(target).values()) == {0}
    finally:
        target.dispose()


def test_only_an_administrator_copies_the_whole_database(db, other_location):
    with pytest.raises(PermissionDeniedError):
        copy_database(db, Principal("manager1", "manager"), other_location)


def test_copying_into_the_open_database_itself_is_refused(db, db_url):
    with pytest.raises(ValidationError):
        copy_database(db, ADMIN, db_url)
