"""The shipped migrations build exactly the models' schema, and opening an older database upgrades it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

import crm_desktop.models.migrate as migrate_module
from crm_desktop.models import Base
from crm_desktop.models.database import Database, open_database
from crm_desktop.models.migrate import MIGRATIONS_DIR, current_revision, head_revision, upgrade_to_head
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.errors import DatabaseLocationError
from tests.factories import ADMIN, make_customer

NEXT_REVISION = '''"""test only: a later release adds a column

Revision ID: 9001
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(length=50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch_op:
        batch_op.drop_column("nickname")
'''


def write_next_release(tmp_path: Path) -> Path:
    """The shipped migrations plus one more, as a later version of the program would ship them."""
    folder = tmp_path / "next_release_migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9001_test_add_column.py").write_text(NEXT_REVISION.format(head=head_revision()))
    return folder


@pytest.fixture
def next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(migrate_module, "MIGRATIONS_DIR", write_next_release(tmp_path))
    return "9001"


def schema_differences(database: Database) -> list:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        return compare_metadata(context, Base.metadata)


def test_migrations_build_exactly_the_models_schema(db: Database) -> None:
    assert schema_differences(db) == []
    assert current_revision(db) == head_revision()


def test_every_model_table_exists_after_migrating(db: Database) -> None:
    assert set(Base.metadata.tables) <= set(inspect(db.engine).get_table_names())


def test_downgrade_and_upgrade_again_give_the_same_schema(db: Database) -> None:
    from alembic import command

    config = migrate_module.alembic_config(db)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    assert upgrade_to_head(db) is None  # an empty database needs no backup
    assert schema_differences(db) == []


def test_a_new_database_is_made_without_a_backup(tmp_path: Path) -> None:
    database = open_database(tmp_path / "crm.db")
    try:
        assert current_revision(database) == head_revision()
        assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("crm.db-")) == ["crm.db"]
        assert upgrade_to_head(database) is None  # opening it again changes nothing
    finally:
        database.dispose()


def test_opening_an_older_database_upgrades_it_after_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office" / "crm.db"
    old = open_database(path)  # made by today's release
    old_revision = current_revision(old)
    customer_id = make_customer(old, "张三", mobile="13812345678")
    old.dispose()
    monkeypatch.setattr(migrate_module, "MIGRATIONS_DIR", write_next_release(tmp_path))

    upgraded = open_database(path)  # the later release opens the office's file
    try:
        assert current_revision(upgraded) == "9001"
        assert "nickname" in {c["name"] for c in inspect(upgraded.engine).get_columns("customers")}
        assert CustomerService(upgraded, ADMIN).get(customer_id).data.name == "张三"
    finally:
        upgraded.dispose()

    (backup,) = [p for p in path.parent.iterdir() if "before-upgrade" in p.name]
    assert backup.name.startswith(f"crm.before-upgrade-{old_revision}-") and backup.suffix == ".db"
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(old_revision,)]
        assert conn.execute("SELECT name, mobile FROM customers").fetchall() == [("张三", "13812345678")]
        assert "nickname" not in {row[1] for row in conn.execute("PRAGMA table_info(customers)")}
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_upgrade_keeps_the_data_on_every_database(db: Database, next_release: str) -> None:
    customer_id = make_customer(db, "张三")
    backup = upgrade_to_head(db)
    assert current_revision(db) == next_release
    if db.is_sqlite:
        assert backup is not None and backup.exists()
    else:
        assert backup is None  # PostgreSQL has its own backups; the server is not ours to copy
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM customers WHERE id = :i"), {"i": customer_id}).scalar() == "张三"


def test_a_database_from_a_newer_release_is_refused_clearly(db: Database, tmp_path: Path) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseLocationError, match="newer version"):
        upgrade_to_head(db)
    if db.is_sqlite:
        assert db.sqlite_path is not None
        assert not [p for p in db.sqlite_path.parent.iterdir() if "before-upgrade" in p.name]
        db.dispose()
        with pytest.raises(DatabaseLocationError, match="newer version"):
            open_database(db.sqlite_path)
