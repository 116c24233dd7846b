"""Backups and restore (SPEC §3.7, §8): exact round trip, refused bad backups, retention, roles, cancel."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from crm_desktop.models.database import Database, default_database_path, open_database
from crm_desktop.services.audit import verify_audit_chain
from crm_desktop.services.backup import (
    KEEP_NEWEST,
    automatic_backups,
    backup_database,
    backup_folder,
    backup_if_due,
    backups_to_keep,
    default_backup_folder,
    inspect_backup,
    newest_sound_backup,
    prune_backups,
    restore_backup,
    restore_location,
    set_backup_folder,
)
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.errors import (
    BackupError,
    DatabaseDamagedError,
    OperationCancelled,
    PermissionDeniedError,
    ValidationError,
)
from crm_desktop.services.principal import Principal
from crm_desktop.services.progress import Progress
from crm_desktop.services.tickets import TicketInput, TicketService
from tests.factories import ADMIN, make_customer, make_id_number, make_resident

MANAGER = Principal("manager1", "manager")


def fill(db: Database) -> None:
    """A little of everything: units, customers with personal data, a ticket, a setting."""
    make_resident(db, "张三", id_number=make_id_number(), mobile="13812345678")
    make_customer(db, "李四", notes="老客户")
    TicketService(db, ADMIN).create(TicketInput(title="路灯不亮", category="repairs"))
    set_backup_folder(db, ADMIN, None)


def contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a SQLite file, for exact comparisons."""
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}
    finally:
        connection.close()


def names(db: Database) -> set[str]:
    service = CustomerService(db, ADMIN)
    return {row.name for row in service.rows(service.search_ids())}


def live_path(db: Database) -> Path:
    assert db.sqlite_path is not None
    return db.sqlite_path


def corrupt_middle(path: Path) -> None:
    """Garbage over the middle half of the file, where the tables' pages are."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 4)
        handle.write(bytes(range(256)) * (size // 2 // 256))


def change_everything(db: Database) -> None:
    service = CustomerService(db, ADMIN)
    customer_id = make_customer(db, "王五")
    detail = service.get(customer_id)
    service.update(customer_id, replace(detail.data, notes="改过"), detail.version)
    TicketService(db, ADMIN).create(TicketInput(title="噪音", category="noise"))


# --- the round trip ---------------------------------------------------------------------------------------


def test_restore_returns_exactly_the_backed_up_data(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    backup = backup_database(sqlite_db, ADMIN, tmp_path / "saved" / "crm-backup.db")
    backed_up = contents(backup)
    assert backed_up["customers"] and backed_up["tickets"] and backed_up["occupancies"]
    change_everything(sqlite_db)
    changed = contents(live_path(sqlite_db))
    assert changed["customers"] != backed_up["customers"]

    result = restore_backup(sqlite_db, ADMIN, backup)

    restored = contents(live_path(sqlite_db))
    # The restore itself is one more audit entry, chained onto the backup's log; everything else is as saved.
    last_saved = max(row[0] for row in backed_up["audit_log"])
    assert [row for row in restored.pop("audit_log") if row[0] <= last_saved] == backed_up.pop("audit_log")
    assert restored == backed_up
    assert verify_audit_chain(sqlite_db).ok
    assert (result.info.customers, result.info.tickets) == (2, 1)
    # The database as it was before the restore is kept beside it, changes included.
    assert result.kept_copy is not None and result.kept_copy.parent == live_path(sqlite_db).parent
    assert "before-restore" in result.kept_copy.name
    assert contents(result.kept_copy)["customers"] == changed["customers"]
    # The same Database object goes on working on the restored data.
    assert names(sqlite_db) == {"张三", "李四"}


def test_another_open_connection_sees_the_restored_data(sqlite_db: Database, tmp_path: Path) -> None:
    """A second desk window (another engine) on the file is not left writing into a replaced file."""
    fill(sqlite_db)
    backup = backup_database(sqlite_db, ADMIN, tmp_path / "b.db")
    other = open_database(live_path(sqlite_db))
    try:
        make_customer(other, "王五")
        restore_backup(sqlite_db, ADMIN, backup)
        assert names(other) == {"张三", "李四"}
        make_customer(other, "赵六")  # and it writes into the restored database
        assert names(sqlite_db) == {"张三", "李四", "赵六"}
    finally:
        other.dispose()
    assert not list(live_path(sqlite_db).parent.glob("*.restoring"))


def test_a_backup_needs_no_wal_file_and_passes_the_integrity_check(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    backup = backup_database(sqlite_db, ADMIN, tmp_path / "usb" / "b.db")
    assert sorted(p.name for p in backup.parent.iterdir()) == ["b.db"]
    connection = sqlite3.connect(backup)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()


# --- bad backups are refused before anything is replaced ------------------------------------------------------


def test_a_corrupt_backup_is_refused_and_the_database_is_unchanged(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    backup = backup_database(sqlite_db, ADMIN, tmp_path / "b.db")
    corrupt_middle(backup)
    make_customer(sqlite_db, "王五")
    before = contents(live_path(sqlite_db))

    with pytest.raises(DatabaseDamagedError) as refused:
        restore_backup(sqlite_db, ADMIN, backup)

    message = str(refused.value)
    assert str(backup) in message and "Nothing was changed" in message
    assert contents(live_path(sqlite_db)) == before
    folder = live_path(sqlite_db).parent
    assert not list(folder.glob("*before-restore*")), "no copy is kept when nothing is replaced"
    assert not list(folder.glob("*.restoring"))


def test_files_that_are_not_backups_of_ours_are_refused(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    foreign = tmp_path / "other-program.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('x')")
    connection.close()
    text_file = tmp_path / "notes.db"
    text_file.write_text("这不是数据库 " * 1000, encoding="utf-8")
    newer = backup_database(sqlite_db, ADMIN, tmp_path / "newer.db")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    before = contents(live_path(sqlite_db))

    expectations = {
        foreign: "another program",
        text_file: "not a database",
        newer: "newer version",
        empty: "not a database",
    }
    for path, reason in expectations.items():
        with pytest.raises(DatabaseDamagedError) as refused:
            restore_backup(sqlite_db, ADMIN, path)
        assert reason in str(refused.value) and str(path) in str(refused.value)
    with pytest.raises(BackupError, match="no such file"):
        restore_backup(sqlite_db, ADMIN, tmp_path / "missing.db")
    with pytest.raises(ValidationError, match="the database itself"):
        restore_backup(sqlite_db, ADMIN, live_path(sqlite_db))
    assert contents(live_path(sqlite_db)) == before


def test_inspect_describes_a_backup_for_the_confirmation(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    backup = backup_database(sqlite_db, ADMIN, tmp_path / "b.db")
    work = tmp_path / "work"
    work.mkdir()
    info = inspect_backup(backup, work)
    assert (info.path, info.customers, info.tickets, info.size) == (backup, 2, 1, backup.stat().st_size)
    assert info.last_change is not None and info.modified >= info.last_change.replace(microsecond=0)
    assert list(work.iterdir()) == []  # its work copy is gone


# --- a damaged live database --------------------------------------------------------------------------------


def test_a_database_too_damaged_to_open_is_restored_and_kept(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    backup = backup_database(sqlite_db, ADMIN, tmp_path / "b.db")
    expected = contents(backup)
    live = live_path(sqlite_db)
    sqlite_db.dispose()
    with open(live, "r+b") as handle:
        handle.write(b"garbage!" * 16)  # the header: SQLite no longer recognises the file
    damaged = live.read_bytes()

    result = restore_location(live, ADMIN, backup)

    restored = contents(live)
    restored.pop("audit_log"), expected.pop("audit_log")
    assert restored == expected
    assert result.kept_copy is not None and result.kept_copy.read_bytes() == damaged
    assert not live.with_name(live.name + "-wal").exists() or live.with_name(live.name + "-wal").stat().st_size == 0


def test_newest_sound_backup_skips_damaged_ones(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    folder = tmp_path / "backups"
    good = backup_if_due(sqlite_db, folder, date(2026, 3, 1))
    bad = backup_if_due(sqlite_db, folder, date(2026, 3, 2))
    assert good is not None and bad is not None
    corrupt_middle(bad)
    found = newest_sound_backup(folder, live_path(sqlite_db))
    assert found is not None and found.path == good
    corrupt_middle(good)
    assert newest_sound_backup(folder, live_path(sqlite_db)) is None


# --- automatic backups ----------------------------------------------------------------------------------------


def test_the_automatic_backup_runs_once_a_day(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    folder = tmp_path / "backups"
    first = backup_if_due(sqlite_db, folder, date(2026, 3, 5))
    assert first == folder / "crm-2026-03-05.db"
    assert backup_if_due(sqlite_db, folder, date(2026, 3, 5)) is None
    assert backup_if_due(sqlite_db, folder, date(2026, 3, 5)) is None
    second = backup_if_due(sqlite_db, folder, date(2026, 3, 6))
    assert second == folder / "crm-2026-03-06.db"
    assert sorted(p.name for p in folder.iterdir()) == ["crm-2026-03-05.db", "crm-2026-03-06.db"]
    assert contents(second)["customers"] == contents(live_path(sqlite_db))["customers"]


def test_a_damaged_database_is_not_backed_up_over_good_backups(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    folder = tmp_path / "backups"
    for day in range(1, 20):  # old backups that a successful run would prune
        assert backup_if_due(sqlite_db, folder, date(2026, 1, day)) is not None
    kept = sorted(p.name for p in folder.iterdir())
    sqlite_db.dispose()
    with sqlite3.connect(live_path(sqlite_db)) as connection:  # an index out of step with its table
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_audit_log_at ON audit_log (actor)' "
            "WHERE name = 'ix_audit_log_at'"
        )
    connection.close()
    with pytest.raises(DatabaseDamagedError, match="integrity check"):
        backup_if_due(sqlite_db, folder, date(2026, 2, 1))
    assert sorted(p.name for p in folder.iterdir()) == kept


def test_the_automatic_backup_goes_to_the_folder_chosen_in_settings(sqlite_db: Database, tmp_path: Path) -> None:
    chosen = tmp_path / "chosen"
    set_backup_folder(sqlite_db, MANAGER, chosen)
    assert backup_folder(sqlite_db) == chosen
    made = backup_if_due(sqlite_db, today=date(2026, 1, 2))
    assert made == chosen / "crm-2026-01-02.db"


def test_retention_keeps_the_newest_14_and_the_newest_of_each_month(tmp_path: Path) -> None:
    live = tmp_path / "crm.db"
    folder = tmp_path / "backups"
    folder.mkdir()
    first = date(2025, 11, 20)
    days = [first + timedelta(days=n) for n in range(100)]  # 2025-11-20 … 2026-02-27
    for day in days:
        (folder / f"crm-{day.isoformat()}.db").write_bytes(b"x")
    others = ["demo-2025-11-20.db", "crm-manual.db", "crm-2025-02-30.db", "notes.txt"]
    for name in others:
        (folder / name).write_bytes(b"x")

    removed = prune_backups(folder, live)

    kept = {day for day, _ in automatic_backups(folder, live)}
    newest_14 = set(days[-KEEP_NEWEST:])
    month_ends = {date(2025, 11, 30), date(2025, 12, 31), date(2026, 1, 31), days[-1]}
    assert kept == newest_14 | month_ends
    assert len(removed) == 100 - len(kept)
    assert all(Path(folder / name).exists() for name in others)  # files that are not our backups stay
    assert backups_to_keep(days) == kept
    assert prune_backups(folder, live) == []  # nothing more goes on the next day's run


def test_the_default_backup_folder_is_beside_the_default_database() -> None:
    assert default_backup_folder() == default_database_path().parent / "backups"


def test_backup_folder_setting_rules(sqlite_db: Database, tmp_path: Path, clerk: Principal) -> None:
    assert backup_folder(sqlite_db) == default_backup_folder()
    with pytest.raises(PermissionDeniedError):
        set_backup_folder(sqlite_db, clerk, tmp_path / "x")
    with pytest.raises(ValidationError, match="full path") as relative:
        set_backup_folder(sqlite_db, ADMIN, "backups")
    assert relative.value.field == "backup_folder"
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    with pytest.raises(ValidationError, match="cannot be written"):
        set_backup_folder(sqlite_db, ADMIN, a_file)
    assert backup_folder(sqlite_db) == default_backup_folder()
    set_backup_folder(sqlite_db, ADMIN, tmp_path / "new" / "folder")
    assert backup_folder(sqlite_db) == tmp_path / "new" / "folder"
    assert (tmp_path / "new" / "folder").is_dir()
    set_backup_folder(sqlite_db, ADMIN, "")
    assert backup_folder(sqlite_db) == default_backup_folder()


# --- PostgreSQL, roles, cancel ------------------------------------------------------------------------------


def test_backup_works_on_sqlite_and_points_to_pg_dump_on_postgresql(db: Database, tmp_path: Path) -> None:
    fill(db)
    target = tmp_path / "b.db"
    if db.is_sqlite:
        assert backup_database(db, ADMIN, target) == target
        assert backup_if_due(db, tmp_path / "auto", date(2026, 3, 1)) is not None
        return
    with pytest.raises(BackupError) as backup_refused:
        backup_database(db, ADMIN, target)
    with pytest.raises(BackupError) as restore_refused:
        restore_backup(db, ADMIN, target)
    assert "pg_dump --format=custom" in str(backup_refused.value)
    assert "pg_restore" in str(restore_refused.value)
    assert "postgresql://" in str(backup_refused.value)
    assert not target.exists()
    assert backup_if_due(db, tmp_path / "auto", date(2026, 3, 1)) is None  # the server's own backups apply
    assert not (tmp_path / "auto").exists()


def test_only_an_administrator_may_restore(db: Database, tmp_path: Path, clerk: Principal) -> None:
    fill(db)
    for principal in (MANAGER, clerk):
        with pytest.raises(PermissionDeniedError, match="administrator"):
            restore_backup(db, principal, tmp_path / "whatever.db")
        with pytest.raises(PermissionDeniedError):
            restore_location(db.url, principal, tmp_path / "whatever.db")


def test_clerks_and_viewers_may_not_copy_the_whole_database(sqlite_db: Database, tmp_path: Path, clerk, viewer) -> None:
    """A backup holds every ID number in clear; only those who may see them may take one away."""
    for principal in (clerk, viewer):
        with pytest.raises(PermissionDeniedError, match="ID number"):
            backup_database(sqlite_db, principal, tmp_path / "b.db")
    assert not (tmp_path / "b.db").exists()
    backup_database(sqlite_db, MANAGER, tmp_path / "b.db")
    from crm_desktop.services.audit import iter_entries

    exports = [e for e in iter_entries(sqlite_db) if e.action == "export" and e.entity == "database"]
    assert [(e.actor, str(tmp_path / "b.db") in (e.detail or "")) for e in exports] == [("manager1", True)]


def cancel_after(steps: int) -> tuple[Progress, list[tuple[int, int, str]]]:
    seen: list[tuple[int, int, str]] = []
    progress = Progress(
        report=lambda done, total, message: seen.append((done, total, message)), cancelled=lambda: len(seen) >= steps
    )
    return progress, seen


def test_cancel_leaves_no_partial_backup_and_no_changed_database(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    target = tmp_path / "out" / "b.db"
    progress, _ = cancel_after(0)
    with pytest.raises(OperationCancelled):
        backup_database(sqlite_db, ADMIN, target, progress)
    assert not target.exists() and list(target.parent.iterdir()) == []

    good = backup_database(sqlite_db, ADMIN, tmp_path / "good.db")
    make_customer(sqlite_db, "王五")
    before = contents(live_path(sqlite_db))
    folder = live_path(sqlite_db).parent
    files_before = sorted(os.listdir(folder))
    cancelled_while = []
    for steps in range(3):  # cancel while copying the backup, while checking it, and just before writing
        progress, seen = cancel_after(steps)
        with pytest.raises(OperationCancelled):
            restore_backup(sqlite_db, ADMIN, good, progress)
        cancelled_while.append(seen[-1][2] if seen else "")
        assert contents(live_path(sqlite_db)) == before
        assert sorted(os.listdir(folder)) == files_before
    assert cancelled_while == ["", "Copying the database…", "Checking the backup…"]


def test_cancel_in_the_middle_of_writing_a_restore_leaves_the_old_data(sqlite_db: Database, tmp_path: Path) -> None:
    """The backup is written into the live database in one transaction: stopping half-way rolls it back."""
    from crm_desktop.services.sla import write_setting
    from crm_desktop.services.uow import unit_of_work

    fill(sqlite_db)
    with unit_of_work(sqlite_db, ADMIN) as s:  # 12 MB: the copy takes several steps of 4 MB
        write_setting(s, "big", "备注" * 2_000_000)
    big = backup_database(sqlite_db, ADMIN, tmp_path / "big.db")
    with unit_of_work(sqlite_db, ADMIN) as s:
        write_setting(s, "big", "")
    make_customer(sqlite_db, "王五")
    before = contents(live_path(sqlite_db))
    restoring = []

    def cancel_half_way(done: int, total: int, message: str) -> None:
        if message == "Restoring the backup…" and 0 < done < total:
            restoring.append((done, total))

    progress = Progress(report=cancel_half_way, cancelled=lambda: bool(restoring))
    with pytest.raises(OperationCancelled):
        restore_backup(sqlite_db, ADMIN, big, progress)
    assert restoring and restoring[0][0] < restoring[0][1]
    assert contents(live_path(sqlite_db)) == before
    assert not list(live_path(sqlite_db).parent.glob("*before-restore*"))
    restore_backup(sqlite_db, ADMIN, big)
    assert "王五" not in names(sqlite_db)


def test_progress_is_reported_while_copying(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    seen: list[tuple[int, int, str]] = []
    backup_database(sqlite_db, ADMIN, tmp_path / "b.db", Progress(report=lambda *a: seen.append(a)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert all(message == "Copying the database…" for *_, message in seen)


def test_a_backup_without_users_is_not_restored_over_an_office_with_users(sqlite_db: Database, tmp_path: Path) -> None:
    """Restoring it would put the first-start wizard (which creates an administrator) before anyone at all."""
    from crm_desktop.services.auth import UserService

    fill(sqlite_db)
    usersless = backup_database(sqlite_db, ADMIN, tmp_path / "saved" / "no-users.db")
    UserService(sqlite_db, ADMIN).create_user("zhangli", "admin", "correct horse 1")
    before = contents(live_path(sqlite_db))
    with pytest.raises(DatabaseDamagedError) as refused:
        restore_backup(sqlite_db, ADMIN, usersless)
    assert "no user accounts" in str(refused.value)
    assert contents(live_path(sqlite_db)) == before
    with_users = backup_database(sqlite_db, ADMIN, tmp_path / "saved" / "with-users.db")
    assert inspect_backup(with_users, tmp_path).users == 1
    assert restore_backup(sqlite_db, ADMIN, with_users).info.users == 1
