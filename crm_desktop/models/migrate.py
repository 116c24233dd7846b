"""Alembic glue: the migrations ship inside the package and run when a database is opened."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import inspect

from crm_desktop.models.database import Database, backup_sqlite_file, timestamped
from crm_desktop.services.errors import DatabaseLocationError
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(database: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


def head_revision() -> str:
    script = ScriptDirectory.from_config(_bare_config())
    head = script.get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def _bare_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _is_known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(_bare_config()).get_revision(revision) is not None
    except CommandError:
        return False


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(database: Database) -> Path | None:
    """Create a new database or upgrade an older one; returns the backup made before upgrading."""
    current = current_revision(database)
    head = head_revision()
    if current == head:
        return None
    if current is not None and not _is_known_revision(current):
        # Another desk already runs a newer version on this (shared) database: upgrading backwards is
        # impossible and guessing would damage it.
        raise DatabaseLocationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{database} was upgraded by a newer version of this program (schema {current}, "
                    "this version knows up to {head}). Install the newer version on this desk.",
                ),
                database=database.display_name,
                current=current,
                head=head,
            )
        )
    backup = None
    has_tables = bool(set(inspect(database.engine).get_table_names()) - {"alembic_version"})
    if has_tables and database.is_sqlite and database.sqlite_path and database.sqlite_path.exists():
        backup = backup_sqlite_file(
            database.sqlite_path, timestamped(database.sqlite_path, f"before-upgrade-{current or 'unversioned'}")
        )
        log.info("Backed up %s to %s before upgrading", database.display_name, backup)
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
