"""The benchmark's demo databases: built once per parameter set, then reused (they take minutes to build).

A dataset is `crm-desktop demo` output made with `services.demo.generate_demo`, with the day it was built
recorded as its `today`, so re-runs measure the same data. Files live in bench/data/ (gitignored); a build
goes to a `.partial` file that is renamed when complete, so an interrupted build is never reused.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url

from crm_desktop.models import Base, Customer
from crm_desktop.models.database import Database, open_database

DATA_DIR = Path(__file__).resolve().parent / "data"
POSTGRES_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"


@dataclass(frozen=True)
class Dataset:
    """A ready demo database and how it was made."""

    url: str  # a SQLite file path or a PostgreSQL URL, as `--db` takes it
    households: int
    months: int
    seed: int
    today: str  # ISO date the history ends at
    build_seconds: float  # generate_demo's wall time when it was built
    built_now: bool = False  # built in this run (False: reused)
    summary: dict | None = None

    @property
    def today_date(self) -> date:
        return date.fromisoformat(self.today)

    def open(self) -> Database:
        return open_database(self.url)


def _read_meta(folder: Path, name: str) -> dict | None:
    path = folder / f"{name}.json"
    return json.loads(path.read_text()) if path.is_file() else None


def _write_meta(folder: Path, name: str, dataset: Dataset) -> None:
    data = asdict(dataset)
    data.pop("built_now")
    (folder / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2))


def sync_indexes(db: Database) -> list[str]:
    """Create the models' indexes a reused dataset lacks and drop the ones the models no longer have.

    The schema's migration is edited in place while unreleased, so a dataset built earlier may miss an index
    added since; rebuilding 200,000 households for one index would take many minutes. Returns what changed.
    """
    changed = []
    inspector = inspect(db.engine)
    with db.engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            present = {ix["name"] for ix in inspector.get_indexes(table.name)}
            wanted = {ix.name for ix in table.indexes}
            for index in table.indexes:
                if index.name not in present:
                    index.create(conn)
                    changed.append(f"+{index.name}")
            for name in sorted(present - wanted):
                if name and name.startswith("ix_"):
                    conn.execute(text(f'DROP INDEX "{name}"'))
                    changed.append(f"-{name}")
        if db.is_sqlite and changed:
            conn.exec_driver_sql("ANALYZE")
    return changed


def _generate(url: str, households: int, months: int, seed: int, today: date) -> tuple[float, dict]:
    from crm_desktop.services.demo import generate_demo

    db = open_database(url)
    try:
        started = time.perf_counter()
        summary = generate_demo(db, households=households, months=months, seed=seed, today=today)
        seconds = time.perf_counter() - started
        if db.is_sqlite:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("ANALYZE")
        return seconds, summary.as_dict()
    finally:
        db.dispose()


def sqlite_dataset(households: int, months: int, seed: int = 1, log=print, folder: Path = DATA_DIR) -> Dataset:
    """The SQLite demo file for these parameters in `folder`, built if missing."""
    name = f"demo-h{households}-m{months}-s{seed}"
    path = folder / f"{name}.db"
    meta = _read_meta(folder, name)
    if path.is_file() and meta:
        dataset = Dataset(**meta)
        db = dataset.open()
        try:
            changed = sync_indexes(db)
        finally:
            db.dispose()
        if changed:
            log(f"  {path.name}: indexes brought up to date: {' '.join(changed)}")
        return dataset
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial.db")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    today = date.today()
    log(f"  building {path.name} ({households:,} households, {months} months) …")
    seconds, summary = _generate(str(partial), households, months, seed, today)
    partial.rename(path)
    dataset = Dataset(str(path), households, months, seed, today.isoformat(), round(seconds, 2), True, summary)
    _write_meta(folder, name, dataset)
    log(f"  built in {seconds:.1f} s")
    return dataset


def postgres_dataset(households: int, months: int, seed: int = 1, database: str = "crm_bench", log=print) -> Dataset:
    """The same demo on the local PostgreSQL server (database created if missing), built if missing."""
    url = f"{POSTGRES_SERVER}/{database}"
    name = f"pg-{database}"
    meta = _read_meta(DATA_DIR, name)
    admin = create_engine(f"{POSTGRES_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": database})
            wanted = meta and (meta["households"], meta["months"], meta["seed"]) == (households, months, seed)
            if exists and wanted and _has_customers(url):
                dataset = Dataset(**meta)
                db = dataset.open()
                try:
                    changed = sync_indexes(db)
                finally:
                    db.dispose()
                if changed:
                    log(f"  {database}: indexes brought up to date: {' '.join(changed)}")
                return dataset
            if exists:
                conn.execute(text(f'DROP DATABASE "{database}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{database}"'))
    finally:
        admin.dispose()
    today = date.today()
    log(f"  building PostgreSQL {database} ({households:,} households, {months} months) …")
    seconds, summary = _generate(url, households, months, seed, today)
    dataset = Dataset(url, households, months, seed, today.isoformat(), round(seconds, 2), True, summary)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    _write_meta(DATA_DIR, name, dataset)
    log(f"  built in {seconds:.1f} s")
    return dataset


def _has_customers(url: str) -> bool:
    engine = create_engine(make_url(url))
    try:
        with engine.connect() as conn:
            return bool(conn.scalar(select(func.count()).select_from(Customer.__table__)))
    except Exception:  # a half-built or foreign database: rebuild it
        return False
    finally:
        engine.dispose()
