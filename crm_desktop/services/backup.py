"""Backups and restore (SPEC §3.7, §8): the daily automatic backup, a backup to a chosen file, restore.

Every copy goes through `models.database.backup_sqlite_file` (SQLite's online backup API into a temporary
file beside the target, checked, synced, renamed), so a backup is either complete and sound or absent.

Restore never trusts the chosen file: it is first copied beside the live database and that private copy
is checked (a SQLite database, the tables and schema version of this program, `PRAGMA integrity_check`).
Only then is a copy of the live database kept and the checked copy written into the live database with
the backup API. Writing through SQLite, instead of renaming files over the live one, keeps its -wal and
-shm files consistent, makes the restore one transaction (a crash or Cancel in the middle leaves the
old data) and lets any other open connection see the restored data instead of writing into a deleted
file. Only a live file too damaged for SQLite to open is replaced by renaming.

PostgreSQL databases are backed up with the server's own tools (pg_dump / pg_restore).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from crm_desktop.models.database import (
    APP_NAME,
    Database,
    backup_sqlite_file,
    copy_sqlite_pages,
    create_database_engine,
    fsync_directory,
    resolve_url,
    sqlite_problems,
    timestamped,
)
from crm_desktop.services.errors import (
    BackupError,
    DatabaseDamagedError,
    OperationCancelled,
    PermissionDeniedError,
    ValidationError,
)
from crm_desktop.services.principal import Principal
from crm_desktop.services.progress import Progress
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

SETTING_BACKUP_FOLDER = "backup_folder"  # in the settings table; empty or missing means the default folder
KEEP_NEWEST = 14  # automatic backups kept besides the newest one of each month
SQLITE_MAGIC = b"SQLite format 3\x00"
# A file is a database of ours when it has these tables and a schema version this program knows.
EXPECTED_TABLES = frozenset({"alembic_version", "customers", "tickets", "settings", "communities", "units"})

COPYING = QT_TRANSLATE_NOOP("Services", "Copying the database…")
CHECKING = QT_TRANSLATE_NOOP("Services", "Checking the backup…")
RESTORING = QT_TRANSLATE_NOOP("Services", "Restoring the backup…")


@dataclass(frozen=True)
class BackupInfo:
    """What a checked backup holds, for the restore confirmation."""

    path: Path
    modified: datetime  # when the backup file was written
    size: int  # bytes
    schema: str  # alembic revision
    customers: int
    tickets: int
    last_change: datetime | None  # the newest audit-log entry in it: how recent its data is
    users: int = 0  # active user accounts in it: none means the first-start wizard would greet anyone


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    kept_copy: Path | None  # the database as it was before the restore (None when there was none)


# --- where backups go ---------------------------------------------------------------------------------------


def default_backup_folder() -> Path:
    """`<user data dir>/backups`, beside the default database (see models.database.default_database_path)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "backups"


def backup_folder(db: Database) -> Path:
    """The folder chosen in Settings, else the default one."""
    from crm_desktop.services.sla import read_setting

    with db.session() as s:
        chosen = read_setting(s, SETTING_BACKUP_FOLDER).strip()
    return Path(chosen) if chosen else default_backup_folder()


def set_backup_folder(db: Database, principal: Principal, path: Path | str | None) -> Path:
    """Choose the backup folder (administrators and managers); empty means the default folder.

    The folder is created when missing and must be writable, so that tomorrow's backup does not fail.
    """
    from crm_desktop.services.sla import write_setting
    from crm_desktop.services.uow import unit_of_work

    if principal.role not in ("admin", "manager"):
        raise PermissionDeniedError(
            Text(QT_TRANSLATE_NOOP("Services", "Only administrators and managers may change the backup folder"))
        )
    text = "" if path is None else str(path).strip()
    folder = Path(text).expanduser() if text else default_backup_folder()
    if text and not folder.is_absolute():
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "Give the backup folder as a full path, not {path}"), path=text),
            field="backup_folder",
        )
    problem = _folder_problem(folder)
    if problem is not None:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "Backups cannot be written to {path}: {problem}"),
                path=str(folder),
                problem=problem,
            ),
            field="backup_folder",
        )
    with unit_of_work(db, principal) as s:
        write_setting(s, SETTING_BACKUP_FOLDER, str(folder.absolute()) if text else "")
    return folder


def _folder_problem(folder: Path) -> str | None:
    """Why backups cannot be written into `folder`, None when they can (tried with a small file)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".crm-desktop-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


# --- PostgreSQL -----------------------------------------------------------------------------------------------


def postgresql_error(db_url: str, restore: bool) -> BackupError:
    """The domain error for backup/restore of a PostgreSQL database, with a command to copy."""
    url = make_url(db_url).set(drivername="postgresql")
    shown = url.render_as_string(hide_password=True)
    if restore:
        return BackupError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "This database is on a PostgreSQL server; restore it with the server's own tool, pg_restore, "
                    'for example: pg_restore --clean --if-exists --dbname "{url}" crm-backup.dump',
                ),
                url=shown,
            )
        )
    return BackupError(
        Text(
            QT_TRANSLATE_NOOP(
                "Services",
                "This database is on a PostgreSQL server; back it up with the server's own tool, pg_dump, "
                'for example: pg_dump --format=custom --file crm-backup.dump "{url}"',
            ),
            url=shown,
        )
    )


def _live_path(db: Database, restore: bool) -> Path:
    if not db.is_sqlite or db.sqlite_path is None:
        raise postgresql_error(db.url, restore)
    return db.sqlite_path


def _steps(progress: Progress | None, message: str) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    return lambda done, total: progress(done, total, message)


# --- backing up -----------------------------------------------------------------------------------------------


def backup_database(db: Database, principal: Principal, target: Path | str, progress: Progress | None = None) -> Path:
    """A backup to a file the user chose. It holds every ID number in clear, so only administrators and
    managers (who may see them) may make one, and each one is audit-logged as an export."""
    from crm_desktop.services.audit import record_event_now

    if not principal.may_view_id_numbers:
        raise PermissionDeniedError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Only administrators and managers may make a backup: it holds every ID number in clear",
                )
            )
        )
    live = _live_path(db, restore=False)
    target = Path(target).expanduser().absolute()
    _refuse_same_file(live, target)
    if target.is_dir():
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "{path} is a folder; give a file name for the backup"), path=str(target))
        )
    backup_sqlite_file(live, target, _steps(progress, COPYING))
    record_event_now(db, principal.username, "export", "database", None, f"backup to {target}")
    return target


def _refuse_same_file(live: Path, other: Path) -> None:
    if other.exists() and live.exists() and os.path.samefile(live, other):
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "{path} is the database itself; choose another file"),
                path=str(other),
            )
        )


def automatic_backup_name(live: Path, day: date) -> str:
    return f"{live.stem}-{day.isoformat()}{live.suffix or '.db'}"


def automatic_backups(folder: Path, live: Path) -> list[tuple[date, Path]]:
    """The automatic backups of `live` in `folder`, oldest first; other files are never touched."""
    pattern = re.compile(rf"{re.escape(live.stem)}-(\d{{4}}-\d{{2}}-\d{{2}}){re.escape(live.suffix or '.db')}")
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = pattern.fullmatch(path.name)
            if match is None or not path.is_file():
                continue
            try:
                found.append((date.fromisoformat(match[1]), path))
            except ValueError:  # 2024-02-30: not one of ours
                continue
    return sorted(found)


def backups_to_keep(days: list[date], keep_newest: int = KEEP_NEWEST) -> set[date]:
    """The newest `keep_newest` days plus the newest day of each month."""
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:keep_newest])
    newest_of_month: dict[tuple[int, int], date] = {}
    for day in ordered:
        newest_of_month.setdefault((day.year, day.month), day)
    return keep | set(newest_of_month.values())


def prune_backups(folder: Path, live: Path, keep_newest: int = KEEP_NEWEST) -> list[Path]:
    """Delete the automatic backups that `backups_to_keep` does not keep; returns the deleted files."""
    backups = automatic_backups(folder, live)
    keep = backups_to_keep([day for day, _ in backups], keep_newest)
    removed = []
    for day, path in backups:
        if day in keep:
            continue
        try:
            path.unlink()
        except OSError as exc:  # a file held open by a virus scanner: try again tomorrow
            log.warning("Could not delete the old backup %s: %s", path, exc)
            continue
        removed.append(path)
    return removed


def backup_if_due(
    db: Database, folder: Path | None = None, today: date | None = None, progress: Progress | None = None
) -> Path | None:
    """The automatic daily backup: the first start of a day writes `<name>-<day>.db` into the backup folder
    and prunes old ones. Returns the new file, or None when today's exists or the database is PostgreSQL."""
    if not db.is_sqlite or db.sqlite_path is None:
        log.info("No automatic backup of %s: PostgreSQL databases are backed up on the server", db.display_name)
        return None
    live = db.sqlite_path
    folder = backup_folder(db) if folder is None else folder
    today = today or date.today()
    target = folder / automatic_backup_name(live, today)
    if target.exists():
        return None
    backup_sqlite_file(live, target, _steps(progress, COPYING))
    removed = prune_backups(folder, live)
    log.info("Automatic backup written to %s; %d old backup(s) deleted", target, len(removed))
    return target


# --- checking a backup ----------------------------------------------------------------------------------------


def _refused(path: Path, problem: object) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        Text(
            QT_TRANSLATE_NOOP("Services", "{path} cannot be restored: {problem}. Nothing was changed."),
            path=str(path),
            problem=problem,
        )
    )


def _check_header(path: Path) -> None:
    if not path.is_file():
        raise BackupError(Text(QT_TRANSLATE_NOOP("Services", "{path}: no such file"), path=str(path)))
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise BackupError(
            Text(QT_TRANSLATE_NOOP("Services", "Cannot read {path}: {problem}"), path=str(path), problem=exc.strerror)
        ) from exc
    if head != SQLITE_MAGIC:
        raise _refused(path, Text(QT_TRANSLATE_NOOP("Services", "it is not a database file")))


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from crm_desktop.models.migrate import MIGRATIONS_DIR

    try:
        return ScriptDirectory(str(MIGRATIONS_DIR)).get_revision(revision) is not None
    except CommandError:
        return False


def _describe_checked_copy(
    copy: Path, shown: Path, modified: datetime, size: int, progress: Progress | None
) -> BackupInfo:
    """Check the private copy `copy` of the backup `shown`; raise DatabaseDamagedError when it is not sound
    or not a database of this program."""
    interrupted = progress.cancelled if progress is not None else None
    if progress is not None:
        progress(0, 0, CHECKING)
    connection = sqlite3.connect(copy)
    try:
        try:
            problems = sqlite_problems(connection, limit=5, interrupted=interrupted)
        except sqlite3.OperationalError as exc:
            if interrupted is not None and interrupted():
                raise OperationCancelled(
                    Text(QT_TRANSLATE_NOOP("Services", "Cancelled by the user; nothing was changed"))
                ) from exc
            raise
        except sqlite3.DatabaseError as exc:  # damage so bad that the check itself stops
            problems = [str(exc)]
        if problems:
            raise _refused(
                shown,
                Text(
                    QT_TRANSLATE_NOOP("Services", "it fails SQLite's integrity check ({problems})"),
                    problems="; ".join(problems[:3]),
                ),
            )
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables >= EXPECTED_TABLES:
            raise _refused(
                shown,
                Text(QT_TRANSLATE_NOOP("Services", "it is a database of another program, not a backup of this one")),
            )
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or not _known_revision(str(revision[0])):
            raise _refused(
                shown,
                Text(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "it was made by a newer version of this program (schema {schema}); install that version",
                    ),
                    schema=str(revision[0]) if revision else "?",
                ),
            )
        users = _active_users(connection)
        customers = connection.execute("SELECT count(*) FROM customers").fetchone()[0]
        tickets = connection.execute("SELECT count(*) FROM tickets").fetchone()[0]
        last_change = None
        if "audit_log" in tables:
            newest = connection.execute("SELECT max(at) FROM audit_log").fetchone()[0]
            last_change = _parse_stamp(newest)
    except sqlite3.DatabaseError as exc:
        raise _refused(shown, str(exc)) from exc
    finally:
        connection.close()
    return BackupInfo(shown, modified, size, str(revision[0]), customers, tickets, last_change, users)


def _active_users(connection: sqlite3.Connection) -> int:
    return connection.execute("SELECT count(*) FROM users WHERE active").fetchone()[0]


def _live_has_users(live: Path) -> bool:
    """Whether the database being replaced has user accounts (False when it cannot be read at all)."""
    try:
        connection = sqlite3.connect(f"file:{live}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return _active_users(connection) > 0
    except sqlite3.Error:  # damaged, or no users table: nothing to protect
        return False
    finally:
        connection.close()


def _parse_stamp(value: object) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _checked_copy(source: Path, copy: Path, progress: Progress | None) -> BackupInfo:
    """Copy `source` to `copy` and check the copy, so that what was checked is exactly what gets restored
    even if the original (on a USB stick, a share) changes or disappears meanwhile."""
    _check_header(source)
    stat = source.stat()
    try:
        backup_sqlite_file(source, copy, _steps(progress, COPYING), verify=False)
    except DatabaseDamagedError as exc:  # SQLite could not even read it
        raise _refused(source, Text(QT_TRANSLATE_NOOP("Services", "it is damaged or not a database"))) from exc
    try:
        return _describe_checked_copy(copy, source, datetime.fromtimestamp(stat.st_mtime), stat.st_size, progress)
    except BaseException:
        copy.unlink(missing_ok=True)
        raise


def inspect_backup(source: Path | str, work_folder: Path, progress: Progress | None = None) -> BackupInfo:
    """Check a backup file (as restore does) without restoring it; `work_folder` holds the temporary copy."""
    source = Path(source).expanduser().absolute()
    copy = work_folder / f".crm-desktop-inspect-{os.getpid()}.db"
    try:
        return _checked_copy(source, copy, progress)
    finally:
        copy.unlink(missing_ok=True)


def newest_sound_backup(folder: Path, live: Path, progress: Progress | None = None) -> BackupInfo | None:
    """The newest automatic backup of `live` that passes the restore checks (damaged ones are skipped)."""
    for _day, path in reversed(automatic_backups(folder, live)):
        try:
            return inspect_backup(path, live.parent, progress)
        except (DatabaseDamagedError, BackupError) as exc:
            log.warning("Skipping the backup %s: %s", path, exc)
    return None


# --- restoring ------------------------------------------------------------------------------------------------


def _require_admin(principal: Principal) -> None:
    if principal.role != "admin":
        raise PermissionDeniedError(Text(QT_TRANSLATE_NOOP("Services", "Only an administrator may restore a backup")))


def restore_backup(
    db: Database, principal: Principal, source: Path | str, progress: Progress | None = None
) -> RestoreResult:
    """Replace the data of `db` with the backup `source` (administrators only).

    The engine of `db` is disposed; the caller opens the database again to work on the restored data.
    """
    from crm_desktop.models.migrate import upgrade_to_head

    _require_admin(principal)
    live = _live_path(db, restore=True)
    db.dispose()  # no pooled connection of ours may sit in a transaction while the pages are replaced
    result = restore_sqlite_file(live, Path(source), progress)
    upgrade_to_head(db)  # a backup made by an older version of the program
    _record_restore(db, principal, result)
    db.dispose()
    return result


def restore_location(
    location: str | Path | None, principal: Principal, source: Path | str, progress: Progress | None = None
) -> RestoreResult:
    """`restore_backup` for the command line, where the database may be too damaged to open or not exist
    yet: restore first, then open it (which upgrades a backup made by an older version)."""
    from crm_desktop.models.database import open_database

    _require_admin(principal)
    url = resolve_url(location)
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or not parsed.database:
        raise postgresql_error(url, restore=True)
    live = Path(parsed.database)
    create_database_engine(url).dispose()  # refuses a network share with the message that explains why
    result = restore_sqlite_file(live, Path(source), progress)
    db = open_database(live)
    try:
        _record_restore(db, principal, result)
    finally:
        db.dispose()
    return result


def _record_restore(db: Database, principal: Principal, result: RestoreResult) -> None:
    from crm_desktop.services.audit import record_event_now

    record_event_now(
        db,
        principal.username,
        "import",  # a restore imports a whole database; the audit log has no action of its own for it
        "database",
        None,
        f"restored from backup {result.info.path}; the previous database was kept as {result.kept_copy}",
    )


def restore_sqlite_file(live: Path, source: Path, progress: Progress | None = None) -> RestoreResult:
    """Check `source`, keep a copy of `live`, then write the backup into `live` (see the module docstring)."""
    source = source.expanduser().absolute()
    live = live.absolute()
    _refuse_same_file(live, source)
    staged = live.with_name(live.name + ".restoring")
    try:
        info = _checked_copy(source, staged, progress)
        if info.users == 0 and live.exists() and _live_has_users(live):
            # Restoring it would put the first-start wizard, which creates an administrator, before anyone.
            raise _refused(
                source,
                Text(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "it has no user accounts, so whoever starts the program next could make themselves "
                        "administrator; restore it into a new file instead (crm-desktop restore --db NEW.db)",
                    )
                ),
            )
        if progress is not None:
            progress(0, 0, RESTORING)
        kept = _keep_copy(live) if live.exists() else None
        try:
            _write_into(live, staged, progress)
        except OperationCancelled:
            _forget_copy(kept)
            raise
        return RestoreResult(info, kept)
    finally:
        staged.unlink(missing_ok=True)


def _keep_copy(live: Path) -> Path:
    """A copy of the database about to be replaced, beside it; a damaged one is copied byte for byte."""
    kept = timestamped(live, "before-restore")
    try:
        return backup_sqlite_file(live, kept, verify=False)
    except DatabaseDamagedError:
        pass
    import shutil

    try:
        for suffix in ("", "-wal"):  # the -wal holds committed changes not yet in the main file
            original = live.with_name(live.name + suffix)
            if original.exists():
                shutil.copy2(original, kept.with_name(kept.name + suffix))
    except OSError as exc:
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP("Services", "Cannot keep a copy of {path} ({problem}); nothing was restored"),
                path=str(live),
                problem=exc.strerror or str(exc),
            )
        ) from exc
    return kept


def _forget_copy(kept: Path | None) -> None:
    if kept is not None:
        for suffix in ("", "-wal"):
            kept.with_name(kept.name + suffix).unlink(missing_ok=True)


def _write_into(live: Path, staged: Path, progress: Progress | None) -> None:
    """Write the checked copy into the live database in one SQLite transaction."""

    def step(done: int, total: int) -> None:
        if progress is None:
            return
        if done < total:
            progress(done, total, RESTORING)  # Cancel rolls the whole restore back
        elif progress.report is not None:
            progress.report(done, total, RESTORING)  # the last step has committed: too late to cancel

    try:
        source = sqlite3.connect(staged)
        try:
            target = sqlite3.connect(live, timeout=30)
            try:
                copy_sqlite_pages(source, target, step)
                target.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the restored pages into the main file
            finally:
                target.close()
        finally:
            source.close()
        return
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "{path} is in use by another program or window; close it and restore again. "
                        "Nothing was changed.",
                    ),
                    path=str(live),
                )
            ) from exc
        problem: Exception = exc
    except sqlite3.DatabaseError as exc:  # "file is not a database": too damaged to write into
        problem = exc
    log.warning("Cannot write into %s (%s); replacing the file instead", live, problem)
    _replace_file(live, staged)


def _replace_file(live: Path, staged: Path) -> None:
    """Last resort for a live file SQLite cannot open: rename the checked copy over it.

    Its -wal and -shm belong to the damaged file and would be replayed onto the restored one, so they go
    (a copy of the -wal was kept by `_keep_copy`).
    """
    with open(staged, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(staged, live)
    for suffix in ("-wal", "-shm"):
        live.with_name(live.name + suffix).unlink(missing_ok=True)
    fsync_directory(live.parent)


def database_counts(db: Database) -> tuple[int, int]:
    """(customers, tickets) in the database now, to compare with a backup before restoring it."""
    from sqlalchemy import func, select

    from crm_desktop.models import Customer, Ticket

    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Customer)) or 0,
            s.scalar(select(func.count()).select_from(Ticket)) or 0,
        )
