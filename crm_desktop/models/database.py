"""Opening a database (SPEC §3.7): locate it, refuse network shares, set SQLite pragmas, migrate."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.services.errors import BackupError, DatabaseDamagedError, DatabaseLocationError
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

APP_NAME = "crm-desktop"
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "fuse.sshfs",
    "sshfs",
    "9p",
    "afs",
    "ncpfs",
    "fuse.gvfsd-fuse",
    "davfs",
    "fuse.davfs2",
    "glusterfs",
    "ceph",
    "fuse.rclone",
}


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "crm.db"


def _mount_filesystem(path: Path) -> str | None:
    """Filesystem type of the mount holding `path` (Linux /proc/mounts), None when unknown."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_path(path: Path | str) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):  # Windows UNC path \\server\share
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            drive_remote = 4
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote
        return False
    fs_type = _mount_filesystem(Path(text).parent if not Path(text).exists() else Path(text))
    return fs_type in NETWORK_FILESYSTEMS


def resolve_url(db: str | Path | None) -> str:
    """`--db` takes a file path or a SQLAlchemy URL; nothing means the default file."""
    if db is None or str(db) == "":
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    text = str(db)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise DatabaseLocationError(
                Text(
                    QT_TRANSLATE_NOOP("Services", "Not a valid database URL: {url} ({problem})"),
                    url=text,
                    problem=str(exc),
                )
            ) from exc
        if url.drivername in ("postgresql", "postgres"):  # psycopg 3 is the driver we ship
            url = url.set(drivername="postgresql+psycopg")
        if not url.drivername.startswith(("sqlite", "postgresql")):
            raise DatabaseLocationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Services", "Unsupported database {name!r}: use a SQLite file or a PostgreSQL URL"
                    ),
                    name=url.drivername,
                )
            )
        return url.render_as_string(hide_password=False)
    if text.strip() == ":memory:":
        raise DatabaseLocationError(
            Text(QT_TRANSLATE_NOOP("Services", "An in-memory database keeps nothing; give a file path"))
        )
    if text.startswith(("\\\\", "//")):  # a UNC path stays as typed, so that it is recognised and refused
        return f"sqlite:///{text}"
    path = Path(text).expanduser()
    if path.is_dir():
        raise DatabaseLocationError(
            Text(QT_TRANSLATE_NOOP("Services", "{path} is a folder, not a database file"), path=str(path))
        )
    return f"sqlite:///{path.absolute()}"


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


@dataclass
class Database:
    """An open database: engine plus session factory, and where it lives."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database else None

    @property
    def display_name(self) -> str:
        if self.is_sqlite:
            return str(self.sqlite_path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A plain session for reads; writes go through `services.uow.unit_of_work`."""
        session = self.session_factory()
        try:
            yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def create_database_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        path = parsed.database
        if not path or path == ":memory:":
            raise DatabaseLocationError(
                Text(QT_TRANSLATE_NOOP("Services", "An in-memory database keeps nothing; give a file path"))
            )
        if is_network_path(path):
            raise DatabaseLocationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "{path} is on a network share. SQLite is not safe there: several desks must share one "
                        "PostgreSQL server instead (see README, 'Several desks').",
                    ),
                    path=str(path),
                )
            )
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 10, "check_same_thread": False})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def open_database(db: str | Path | None = None, *, migrate: bool = True) -> Database:
    """Open (creating or upgrading as needed) the database named by `--db`."""
    url = resolve_url(db)
    engine = create_database_engine(url)
    database = Database(url=url, engine=engine, session_factory=sessionmaker(engine, expire_on_commit=False))
    if migrate:
        from crm_desktop.models.migrate import upgrade_to_head

        try:
            upgrade_to_head(database)
        except BaseException:
            engine.dispose()  # do not keep the file open behind a refused or failed upgrade
            raise
    return database


def require_existing_database(db: str | Path | None = None) -> None:
    """Refuse a SQLite file that does not exist (a typo must not create an empty office database)."""
    parsed = make_url(resolve_url(db))
    if parsed.drivername.startswith("sqlite") and parsed.database and is_network_path(parsed.database):
        return  # opening it says why a network share is refused, which helps more than "no such file"
    if parsed.drivername.startswith("sqlite") and parsed.database and not Path(parsed.database).is_file():
        raise DatabaseLocationError(
            Text(QT_TRANSLATE_NOOP("Services", "{path}: no such database file"), path=parsed.database)
        )


def open_existing_database(db: str | Path | None = None) -> Database:
    """Open a database as it is, without creating or upgrading it (backup and check of a file that may
    be damaged or from another version)."""
    require_existing_database(db)
    return open_database(db, migrate=False)


BACKUP_STEP_PAGES = 1024  # 4 MiB per step with 4 KiB pages: progress and Cancel are checked between steps
BackupStep = Callable[[int, int], None]  # (pages copied, pages in all); may raise to abort the copy


def sqlite_problems(
    connection: sqlite3.Connection,
    quick: bool = False,
    limit: int = 20,
    interrupted: Callable[[], bool] | None = None,
) -> list[str]:
    """What `PRAGMA integrity_check` (or the faster quick_check) finds; empty when the file is sound.

    `interrupted` is polled while the check runs (it takes about a second per 200 MB); when it returns
    true the check stops with sqlite3.OperationalError("interrupted").
    """
    pragma = "quick_check" if quick else "integrity_check"
    if interrupted is not None:
        connection.set_progress_handler(lambda: 1 if interrupted() else 0, 200_000)
    try:
        found = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()]
    finally:
        if interrupted is not None:
            connection.set_progress_handler(None, 0)
    return [] if found == ["ok"] else found


def copy_sqlite_pages(source: sqlite3.Connection, target: sqlite3.Connection, step: BackupStep | None = None) -> None:
    """SQLite's online backup API in steps: a consistent copy even while other connections write."""
    progress = None
    if step is not None:

        def progress(_status: int, remaining: int, total: int) -> None:
            step(total - remaining, total)

    source.backup(target, pages=BACKUP_STEP_PAGES, progress=progress)


def fsync_directory(folder: Path) -> None:
    """Make a rename inside `folder` durable (POSIX; Windows has no directory handles to sync)."""
    if sys.platform == "win32":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def backup_sqlite_file(source: Path, target: Path, step: BackupStep | None = None, verify: bool = True) -> Path:
    """Consistent copy with SQLite's online backup API: temporary file beside the target, checked with
    `PRAGMA integrity_check` (unless `verify` is false), synced, then renamed, so `target` is either the old
    file or a complete sound copy, never half of one. The copy is a single file (rollback journal mode)."""
    temporary = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        src = sqlite3.connect(f"{Path(source).absolute().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(temporary)
            try:
                copy_sqlite_pages(src, dst, step)
                dst.execute("PRAGMA journal_mode=DELETE")  # no -wal beside a copy carried away on a USB stick
                problems = sqlite_problems(dst) if verify else []
            finally:
                dst.close()
        finally:
            src.close()
        if problems:
            raise DatabaseDamagedError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "{source} fails SQLite's integrity check ({problem}); no backup was written to {target}",
                    ),
                    source=str(source),
                    problem="; ".join(problems[:3]),
                    target=str(target),
                )
            )
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        fsync_directory(target.parent)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
            raise DatabaseDamagedError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Services", "{source} is damaged or not a database ({problem}); nothing was copied"
                    ),
                    source=str(source),
                    problem=str(exc),
                )
            ) from exc
        if isinstance(exc, OSError | sqlite3.OperationalError):  # unwritable folder, full disk, locked file
            raise BackupError(
                Text(
                    QT_TRANSLATE_NOOP("Services", "Cannot copy {source} to {target}: {problem}"),
                    source=str(source),
                    target=str(target),
                    problem=getattr(exc, "strerror", None) or str(exc),
                )
            ) from exc
        raise
    return target


def timestamped(path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
