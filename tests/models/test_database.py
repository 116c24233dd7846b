"""Opening the database (SPEC §3.7, §6.1): where it is, SQLite pragmas, refusing unsafe places."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

import crm_desktop.models.database as database_module
from crm_desktop.models import Occupancy
from crm_desktop.models.database import (
    Database,
    backup_sqlite_file,
    create_database_engine,
    default_database_path,
    is_network_path,
    open_database,
    resolve_url,
)
from crm_desktop.services.errors import DatabaseLocationError
from crm_desktop.services.uow import unit_of_work
from tests.factories import ADMIN, make_customer, make_unit

# --- SQLite settings --------------------------------------------------------------------------------


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_every_new_connection_gets_the_settings(sqlite_db: Database) -> None:
    sqlite_db.engine.dispose()
    connections = [sqlite_db.engine.connect() for _ in range(3)]
    try:
        for conn in connections:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        for conn in connections:
            conn.close()


def test_foreign_keys_are_enforced(db: Database) -> None:
    customer_id = make_customer(db, "张三")
    with pytest.raises(IntegrityError), unit_of_work(db, ADMIN) as s:
        s.add(Occupancy(customer_id=customer_id, unit_id=424242, role="owner", start_date=date(2020, 1, 1)))
    unit_id = make_unit(db)
    with unit_of_work(db, ADMIN) as s:  # the same row with a real unit is fine
        s.add(Occupancy(customer_id=customer_id, unit_id=unit_id, role="owner", start_date=date(2020, 1, 1)))


def test_a_committed_write_is_seen_by_another_connection(tmp_path: Path) -> None:
    first = open_database(tmp_path / "crm.db")
    second = open_database(tmp_path / "crm.db")
    try:
        customer_id = make_customer(first, "张三")
        with second.session() as s:
            assert s.execute(text("SELECT name FROM customers WHERE id = :i"), {"i": customer_id}).scalar() == "张三"
    finally:
        first.dispose()
        second.dispose()


# --- where the database is --------------------------------------------------------------------------


def test_a_path_becomes_an_absolute_sqlite_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_url("office/crm.db") == f"sqlite:///{tmp_path / 'office' / 'crm.db'}"
    assert resolve_url(tmp_path / "crm.db") == f"sqlite:///{tmp_path / 'crm.db'}"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert resolve_url("~/crm.db") == f"sqlite:///{tmp_path / 'home' / 'crm.db'}"


def test_a_url_is_taken_as_given(tmp_path: Path) -> None:
    assert resolve_url(f"sqlite:///{tmp_path}/x.db") == f"sqlite:///{tmp_path}/x.db"
    assert resolve_url("postgresql+psycopg://crm:s3cret@db.local:5432/office") == (
        "postgresql+psycopg://crm:s3cret@db.local:5432/office"
    )


@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
def test_plain_postgresql_urls_use_the_shipped_psycopg_driver(scheme: str) -> None:
    assert resolve_url(f"{scheme}://crm:s3cret@db.local/office") == "postgresql+psycopg://crm:s3cret@db.local/office"


@pytest.mark.parametrize("url", ["mysql://u:p@h/db", "oracle://h/db"])
def test_other_databases_are_refused(url: str) -> None:
    with pytest.raises(DatabaseLocationError, match="SQLite file or a PostgreSQL URL"):
        resolve_url(url)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseLocationError, match="folder"):
        resolve_url(tmp_path)


def test_a_path_with_spaces_and_chinese_is_created_with_its_folders(tmp_path: Path) -> None:
    database = open_database(tmp_path / "物业 数据" / "2026" / "crm.db")
    try:
        assert database.sqlite_path == tmp_path / "物业 数据" / "2026" / "crm.db"
        assert database.sqlite_path.exists()
        make_customer(database, "张三")
    finally:
        database.dispose()


@pytest.mark.parametrize("where", [":memory:", "sqlite://", "sqlite:///:memory:"])
def test_in_memory_databases_are_refused(where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseLocationError, match="in-memory"):
        open_database(where)
    assert list(tmp_path.iterdir()) == []  # and no file called ":memory:" appeared


def test_default_database_lives_in_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    expected = tmp_path / "data" / "crm-desktop" / "crm.db"
    assert default_database_path() == expected
    assert resolve_url(None) == f"sqlite:///{expected}"
    assert resolve_url("") == f"sqlite:///{expected}"
    database = open_database()
    try:
        assert database.sqlite_path == expected
        assert expected.exists()
    finally:
        database.dispose()


def test_display_name_never_shows_the_password() -> None:
    url = resolve_url("postgresql://crm:s3cret@127.0.0.1:1/office")
    engine = create_database_engine(url)  # no connection is made yet
    try:
        shown = Database(url, engine, None).display_name  # type: ignore[arg-type]
        assert "s3cret" not in shown
        assert "crm" in shown and "office" in shown
    finally:
        engine.dispose()


# --- network shares ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fs_type", ["cifs", "nfs4", "smb3", "fuse.sshfs"])
def test_sqlite_on_a_network_filesystem_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fs_type: str
) -> None:
    monkeypatch.setattr(database_module, "_mount_filesystem", lambda _path: fs_type)
    target = tmp_path / "share" / "crm.db"
    with pytest.raises(DatabaseLocationError) as info:
        open_database(target)
    assert "PostgreSQL" in str(info.value)
    assert str(target) in str(info.value)
    assert not target.exists() and not target.parent.exists()


def test_sqlite_on_a_local_filesystem_is_accepted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Path] = []

    def local(path: Path) -> str:
        seen.append(path)
        return "ext4"

    monkeypatch.setattr(database_module, "_mount_filesystem", local)
    open_database(tmp_path / "crm.db").dispose()
    assert seen  # the mount really was looked up


@pytest.mark.parametrize("unc", ["\\\\server\\share\\crm.db", "//server/share/crm.db"])
def test_a_unc_path_is_refused(unc: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert is_network_path(unc)
    with pytest.raises(DatabaseLocationError, match="PostgreSQL"):
        open_database(unc)
    assert list(tmp_path.iterdir()) == []


def test_mount_lookup_picks_the_longest_matching_mount(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//nas/office /mnt/office\\040share cifs rw 0 0\n"
        "/dev/sdb1 /mnt/office\\040share/local ext4 rw 0 0\n"
    )
    real_path = Path

    def fake_path(*args: str) -> Path:
        return real_path(mounts) if args == ("/proc/mounts",) else real_path(*args)

    monkeypatch.setattr(database_module, "Path", fake_path)
    lookup = database_module._mount_filesystem
    assert lookup(real_path("/mnt/office share/crm.db")) == "cifs"
    assert lookup(real_path("/mnt/office share/local/crm.db")) == "ext4"
    assert lookup(real_path("/mnt/office shared/crm.db")) == "ext4"  # a longer name is not inside the mount
    assert lookup(real_path("/home/clerk/crm.db")) == "ext4"


# --- copies -----------------------------------------------------------------------------------------


def test_backup_copy_holds_the_data_and_leaves_no_partial_file(sqlite_db: Database, tmp_path: Path) -> None:
    make_customer(sqlite_db, "张三")
    assert sqlite_db.sqlite_path is not None
    target = backup_sqlite_file(sqlite_db.sqlite_path, tmp_path / "backups" / "copy.db")
    assert target == tmp_path / "backups" / "copy.db"
    assert not (tmp_path / "backups" / "copy.db.partial").exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT name FROM customers").fetchall() == [("张三",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
