"""Settings → Database → Test connection: what the check reports, and that it never changes anything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from crm_desktop.models.database import open_database
from crm_desktop.services.connection import (
    STATE_CURRENT,
    STATE_EMPTY,
    STATE_NEW_FILE,
    STATE_NEWER,
    check_database,
)
from crm_desktop.services.errors import DatabaseLocationError


def test_a_database_of_this_program_is_current(db, db_url):
    check = check_database(db_url)
    assert check.state == STATE_CURRENT
    assert check.usable
    assert check.kind == ("sqlite" if db.is_sqlite else "postgresql")
    assert check.server_version.startswith("SQLite" if db.is_sqlite else "PostgreSQL")
    assert "up to date" in str(check.summary())


def test_a_database_upgraded_by_a_newer_program_is_reported_not_usable(db, db_url):
    with db.engine.begin() as connection:
        connection.execute(text("update alembic_version set version_num = 'fffffffffff9'"))
    check = check_database(db_url)
    assert check.state == STATE_NEWER
    assert not check.usable
    assert "newer version" in str(check.summary())


def test_an_empty_postgresql_database_will_be_created_at_next_start():
    from tests.conftest import _postgres_database

    databases = _postgres_database()
    url = next(databases)
    try:
        check = check_database(url)
        assert check.state == STATE_EMPTY
        assert check.kind == "postgresql"
        assert "creates its tables" in str(check.summary())
    finally:
        next(databases, None)


def test_a_missing_sqlite_file_is_not_created_by_the_test(tmp_path: Path):
    target = tmp_path / "office" / "crm.db"
    check = check_database(str(target))
    assert check.state == STATE_NEW_FILE
    assert not target.exists() and not target.parent.exists()


def test_checking_a_sqlite_file_leaves_it_byte_for_byte_unchanged(tmp_path: Path):
    path = tmp_path / "crm.db"
    open_database(path).dispose()
    before = path.read_bytes()
    assert check_database(str(path)).state == STATE_CURRENT
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_with_its_name(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(DatabaseLocationError) as error:
        check_database(str(path))
    assert str(path) in str(error.value)


def test_an_unreachable_server_is_refused_with_the_reason_and_without_the_password():
    url = "postgresql+psycopg://crm:Secret123@127.0.0.1:1/crm"  # nothing listens on port 1
    with pytest.raises(DatabaseLocationError) as error:
        check_database(url)
    message = str(error.value)
    assert "127.0.0.1:1" in message
    assert "Secret123" not in message


def test_a_wrong_database_name_on_a_running_server_names_the_problem():
    from tests.conftest import POSTGRES_ADMIN_URL

    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/no_such_database_for_crm"
    with pytest.raises(DatabaseLocationError) as error:
        check_database(url)
    assert "no_such_database_for_crm" in str(error.value)


def test_an_unsupported_url_is_refused():
    with pytest.raises(DatabaseLocationError):
        check_database("mysql://root@localhost/crm")


def test_the_sqlite_check_opens_read_only(tmp_path: Path):
    """A file another desk program holds a write lock on can still be checked."""
    path = tmp_path / "crm.db"
    open_database(path).dispose()
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert check_database(str(path)).state == STATE_CURRENT
    finally:
        holder.rollback()
        holder.close()
