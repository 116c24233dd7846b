"""Alembic glue: the migrations ship inside the package and run when a database is opened.

Alembic is imported only when a database needs creating or upgrading: importing it costs about a tenth of a
second, at every start of the program, to learn that the database is already up to date (BENCHMARKS.md).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from crm_desktop.models.database import Database, backup_sqlite_file, timestamped
from crm_desktop.services.errors import DatabaseLocationError
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
# `revision = "0001"` / `down_revision = None` lines of a version file.
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*=\s*(None|\"[^\"]*\"|'[^']*')\s*$", re.MULTILINE)


def alembic_config(database: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_bare_config())
    head = script.get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def _bare_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _is_known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(_bare_config()).get_revision(revision) is not None
    except CommandError:
        return False


def current_revision(database: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _head_from_files() -> str | None:
    """The head revision read from the version files without alembic; None unless they form one plain chain."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(match.groups() for match in _REVISION_LINE.finditer(path.read_text(encoding="utf-8")))
        if "revision" not in found or "down_revision" not in found:
            return None  # a merge (tuple of parents) or an unusual file: let alembic decide
        revisions.add(found["revision"].strip("\"'"))
        if found["down_revision"] != "None":
            parents.add(found["down_revision"].strip("\"'"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _is_at(database: Database, head: str | None) -> bool:
    """Whether the database's alembic_version holds exactly `head`, asked with one plain query."""
    if head is None:
        return False
    with database.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        stored = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return stored == [head]


def upgrade_to_head(database: Database) -> Path | None:
    """Create a new database or upgrade an older one; returns the backup made before upgrading."""
    if _is_at(database, _head_from_files()):
        return None  # the usual case at every start: up to date
    from alembic import command

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
