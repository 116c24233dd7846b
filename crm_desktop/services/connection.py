"""Checking a database location before a desk switches to it (Settings → Database → Test connection).

The check reads only: a SQLite file is opened read-only (and not created when missing), a PostgreSQL server
is asked for its version and for the schema revision stored in the database. Nothing is migrated here;
that happens when the program next starts on the new location.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from crm_desktop.models.database import is_network_path, resolve_url
from crm_desktop.models.migrate import MIGRATIONS_DIR, head_revision
from crm_desktop.services.errors import DatabaseLocationError
from crm_desktop.services.progress import Progress
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text

CONNECT_TIMEOUT_SECONDS = 8

# What the program will do with the database at its next start.
STATE_NEW_FILE = "new_file"  # a SQLite file that does not exist yet: created at the next start
STATE_EMPTY = "empty"  # reachable, no tables of ours yet: created at the next start
STATE_CURRENT = "current"  # the same schema version as this program
STATE_OLDER = "older"  # an older schema: upgraded at the next start (a SQLite file is backed up first)
STATE_NEWER = "newer"  # made by a newer version of the program: this desk must be updated first


@dataclass(frozen=True)
class ConnectionCheck:
    location: str  # shown to the user (no password)
    kind: str  # "sqlite" | "postgresql"
    state: str
    server_version: str | None = None
    revision: str | None = None

    @property
    def usable(self) -> bool:
        return self.state != STATE_NEWER

    def summary(self) -> Text:
        """One sentence for the user about what the next start will do."""
        messages = {
            STATE_NEW_FILE: QT_TRANSLATE_NOOP("Services", "{location} does not exist yet; it will be created at the "
                                                          "next start."),
            STATE_EMPTY: QT_TRANSLATE_NOOP("Services", "Connected to {location}. The database is empty; the program "
                                                       "creates its tables at the next start."),
            STATE_CURRENT: QT_TRANSLATE_NOOP("Services", "Connected to {location}. It holds this program's data and "
                                                         "is up to date."),
            STATE_OLDER: QT_TRANSLATE_NOOP("Services", "Connected to {location}. It was made by an older version and "
                                                       "will be upgraded at the next start."),
            STATE_NEWER: QT_TRANSLATE_NOOP("Services", "Connected to {location}, but a newer version of this program "
                                                       "has upgraded it. Install the newer version on this desk "
                                                       "first."),
        }
        return Text(messages[self.state], location=self.location)


def check_database(location: str | None, progress: Progress | None = None) -> ConnectionCheck:
    """Connect to `location` (a file path or URL, None for the default file) and report what is there.

    Raises DatabaseLocationError with a message naming the problem when it cannot be used.
    """
    progress = progress or Progress()
    progress(0, 0, QT_TRANSLATE_NOOP("Services", "Connecting to the database…"))
    url = make_url(resolve_url(location))
    shown = url.render_as_string(hide_password=True)
    if url.drivername.startswith("sqlite"):
        return _check_sqlite(Path(url.database or ""), progress)
    return _check_server(url.render_as_string(hide_password=False), shown, progress)


def _check_sqlite(path: Path, progress: Progress) -> ConnectionCheck:
    shown = str(path)
    if is_network_path(path):
        raise DatabaseLocationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{path} is on a network share. SQLite is not safe there: several desks must share one "
                    "PostgreSQL server instead (see README, 'Several desks').",
                ),
                path=shown,
            )
        )
    if not path.exists():
        folder = _existing_parent(path)
        if folder is None or not os.access(folder, os.W_OK):
            raise DatabaseLocationError(
                Text(QT_TRANSLATE_NOOP("Services", "The folder of {path} cannot be written to"), path=shown)
            )
        return ConnectionCheck(shown, "sqlite", STATE_NEW_FILE)
    # Read-only, so that testing never creates, locks for writing or changes the file.
    engine = create_engine(f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true", connect_args={"timeout": 5})
    try:
        with engine.connect() as connection:
            version = connection.execute(text("select sqlite_version()")).scalar_one()
            connection.execute(text("PRAGMA schema_version")).scalar_one()  # fails on a file that is no database
            progress(1, 2, QT_TRANSLATE_NOOP("Services", "Reading the database version…"))
            return _describe(connection, shown, "sqlite", f"SQLite {version}")
    except DBAPIError as exc:
        raise DatabaseLocationError(
            Text(QT_TRANSLATE_NOOP("Services", "{path} cannot be read as a database: {problem}"), path=shown,
                 problem=_problem(exc))
        ) from exc
    finally:
        engine.dispose()


def _check_server(url: str, shown: str, progress: Progress) -> ConnectionCheck:
    engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS})
    try:
        with engine.connect() as connection:
            version = connection.execute(text("show server_version")).scalar_one()
            progress(1, 2, QT_TRANSLATE_NOOP("Services", "Reading the database version…"))
            return _describe(connection, shown, "postgresql", f"PostgreSQL {version}")
    except DBAPIError as exc:
        raise DatabaseLocationError(
            Text(QT_TRANSLATE_NOOP("Services", "Cannot connect to {location}: {problem}"), location=shown,
                 problem=_problem(exc))
        ) from exc
    finally:
        engine.dispose()


def _describe(connection, shown: str, kind: str, server_version: str) -> ConnectionCheck:
    revision = MigrationContext.configure(connection).get_current_revision()
    if revision is None:
        has_tables = bool(set(inspect(connection).get_table_names()) - {"alembic_version"})
        # Tables without a revision: a database of some other program, or ours from before migrations;
        # opening it upgrades it (with a backup for a file), as for an older version.
        state = STATE_OLDER if has_tables else STATE_EMPTY
    elif revision == head_revision():
        state = STATE_CURRENT
    elif revision in known_revisions():
        state = STATE_OLDER
    else:
        state = STATE_NEWER
    return ConnectionCheck(shown, kind, state, server_version, revision)


def known_revisions() -> set[str]:
    """Every schema revision this program's migrations know."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def _existing_parent(path: Path) -> Path | None:
    for folder in path.absolute().parents:
        if folder.is_dir():
            return folder
    return None


def _problem(exc: DBAPIError) -> str:
    """The driver's own words, first line only (they never contain the password)."""
    text_ = str(exc.orig or exc).strip()
    return text_.splitlines()[0] if text_ else type(exc.orig).__name__
