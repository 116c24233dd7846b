"""Moving an office's data to another database (SQLite file → shared PostgreSQL server, or back).

Every table is copied row for row into an empty database of the same schema, in one transaction on the
target: a failure or Cancel leaves the target as empty as it was. Rows keep their ids (so the audit log's
hash chain still verifies) and PostgreSQL's id sequences continue after the copied ids. The source is only
read. Administrators only: the copy holds every personal record, the users and the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from crm_desktop.models import Base
from crm_desktop.models.database import Database, open_database
from crm_desktop.models.migrate import current_revision
from crm_desktop.services.errors import DatabaseLocationError, PermissionDeniedError, ValidationError
from crm_desktop.services.principal import Principal
from crm_desktop.services.progress import Progress
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text

BATCH_ROWS = 1000
COPYING = QT_TRANSLATE_NOOP("Services", "Copying the data…")


@dataclass(frozen=True)
class CopyResult:
    target: str  # shown to the user (no password)
    tables: int
    rows: int


def copy_database(source: Database, principal: Principal, target_location: str,
                  progress: Progress | None = None) -> CopyResult:
    """Copy everything in `source` into the empty database at `target_location` (created when missing)."""
    progress = progress or Progress()
    if principal.role != "admin":
        raise PermissionDeniedError(
            Text(QT_TRANSLATE_NOOP("Services", "Only an administrator may copy the whole database"))
        )
    progress(0, 0, QT_TRANSLATE_NOOP("Services", "Connecting to the database…"))
    try:
        target = open_database(target_location)  # creates the tables of this version on an empty database
    except DBAPIError as exc:
        raise DatabaseLocationError(
            Text(QT_TRANSLATE_NOOP("Services", "Cannot connect to {location}: {problem}"),
                 location=_shown(target_location), problem=_problem(exc))
        ) from exc
    try:
        if target.url == source.url:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Choose another database than the one that is open")),
                field="target",
            )
        if current_revision(target) != current_revision(source):
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "{target} has another schema version than this program's data"),
                     target=target.display_name),
                field="target",
            )
        tables = Base.metadata.sorted_tables  # parents before children
        with source.engine.connect() as reading, target.engine.begin() as writing:
            occupied = [t.name for t in tables if writing.execute(select(func.count()).select_from(t)).scalar()]
            if occupied:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "{target} already holds data (for example in {table}); "
                                                       "the data can only be copied into an empty database"),
                         target=target.display_name, table=occupied[0]),
                    field="target",
                )
            total = sum(reading.execute(select(func.count()).select_from(t)).scalar() or 0 for t in tables)
            done = 0
            for table in tables:
                done = _copy_table(table, reading, writing, done, total, progress)
            if writing.dialect.name == "postgresql":
                _continue_sequences(writing, tables)
        from crm_desktop.services.audit import record_event_now

        detail = f"copied to {target.display_name}: {done} rows"
        record_event_now(source, principal.username, "export", "database", detail=detail)
        record_event_now(target, principal.username, "import", "database",
                         detail=f"copied from {source.display_name}: {done} rows")
        return CopyResult(target.display_name, len(tables), done)
    finally:
        target.dispose()


def _copy_table(table: Table, reading: Connection, writing: Connection, done: int, total: int,
                progress: Progress) -> int:
    # A row may point at a later row of its own table (a ticket linked to its incident): such links are
    # written after all rows are in.
    self_links = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    key = [column.name for column in table.primary_key.columns]
    later: list[tuple[dict, dict]] = []
    result = reading.execution_options(yield_per=BATCH_ROWS).execute(select(table).order_by(*table.primary_key))
    try:
        for batch in result.mappings().partitions(BATCH_ROWS):
            rows = []
            for row in batch:
                values = dict(row)
                links = {name: values[name] for name in self_links if values[name] is not None}
                if links:
                    later.append(({name: values[name] for name in key}, links))
                    values.update(dict.fromkeys(links))
                rows.append(values)
            writing.execute(insert(table), rows)
            done += len(rows)
            progress(done, total, COPYING)
        for identity, links in later:
            condition = [table.c[name] == value for name, value in identity.items()]
            writing.execute(update(table).where(*condition).values(**links))
    except DBAPIError as exc:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "Copying {table} failed, nothing was copied: {problem}"),
                 table=table.name, problem=_problem(exc)),
            field="target",
        ) from exc
    return done


def _continue_sequences(writing: Connection, tables: list[Table]) -> None:
    """New rows on the server get ids after the copied ones."""
    for table in tables:
        column = table.autoincrement_column
        if column is None:
            continue
        writing.execute(
            text(f"SELECT setval(pg_get_serial_sequence(:table, :column), COALESCE(MAX({column.name}), 1), "
                 f"MAX({column.name}) IS NOT NULL) FROM {table.name}"),
            {"table": table.name, "column": column.name},
        )


def _shown(location: str) -> str:
    """The location without its password (open_database has already refused a malformed URL)."""
    from sqlalchemy.engine import make_url

    return make_url(location).render_as_string(hide_password=True) if "://" in location else location


def _problem(exc: DBAPIError) -> str:
    message = str(exc.orig or exc).strip()
    return message.splitlines()[0] if message else type(exc.orig).__name__
