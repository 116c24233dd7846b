"""Shared fixtures. Service tests take `db`, which runs each test on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

# Qt must not look for a display; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text

from crm_desktop.models.database import Database, open_database
from crm_desktop.services.principal import Principal

POSTGRES_ADMIN_URL = os.environ.get("CRM_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _postgres_database() -> Iterator[str]:
    """A throw-away database on the local server; a missing server fails the test, never skips it."""
    name = f"crm_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = POSTGRES_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "crm.db")
    else:
        yield from _postgres_database()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """For tests about the SQLite file itself (pragmas, backups, the GUI)."""
    database = open_database(tmp_path / "crm.db")
    yield database
    database.dispose()


@pytest.fixture
def clerk() -> Principal:
    return Principal("clerk1", "clerk")


@pytest.fixture
def manager() -> Principal:
    return Principal("manager1", "manager")


@pytest.fixture
def viewer() -> Principal:
    return Principal("viewer1", "viewer")
