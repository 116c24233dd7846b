"""`crm-desktop backup | restore | check` (SPEC §6.1): exit 0 when all is well, 2 with a message otherwise."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.models.database import open_database
from tests.factories import make_customer, make_resident


@pytest.fixture
def live(tmp_path: Path) -> Path:
    path = tmp_path / "office" / "crm.db"
    db = open_database(path)
    make_resident(db, "张三")
    make_customer(db, "李四")
    db.dispose()
    return path


def customer_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        names = sorted(row[0] for row in connection.execute("SELECT name FROM customers"))
    connection.close()
    return names


def test_backup_restore_and_check(live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "usb" / "crm-backup.db"
    assert main(["backup", "--db", str(live), "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    db = open_database(live)
    make_customer(db, "王五")
    db.dispose()

    assert main(["restore", "--db", str(live), "--from", str(out)]) == 0
    said = capsys.readouterr().out
    assert "2 customers" in said and "before-restore" in said
    assert customer_names(live) == ["张三", "李四"]
    kept = next(live.parent.glob("crm.before-restore-*.db"))
    assert customer_names(kept) == ["张三", "李四", "王五"]

    assert main(["check", "--db", str(live)]) == 0
    report = capsys.readouterr().out
    assert "Integrity check: ok" in report and "Foreign keys: ok" in report and "Audit chain: ok" in report


def test_check_names_the_first_broken_audit_entry(live: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(live) as connection:
        connection.execute("UPDATE audit_log SET detail = 'nothing happened' WHERE id = 3")
    connection.close()
    assert main(["check", "--db", str(live)]) == 2
    captured = capsys.readouterr()
    assert "Audit chain: BROKEN at entry 3" in captured.out
    assert "Audit entry 3 was edited" in captured.out
    assert "Integrity check: ok" in captured.out
    assert "problems found" in captured.err


def test_check_reports_damaged_pages_and_broken_links(live: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(live) as connection:  # foreign keys are off on a plain connection
        connection.execute("UPDATE occupancies SET customer_id = 9999")
    connection.close()
    assert main(["check", "--db", str(live)]) == 2
    assert "occupancies row 1 refers to a customers row that does not exist" in capsys.readouterr().out

    size = live.stat().st_size
    with open(live, "r+b") as handle:
        handle.seek(size // 4)
        handle.write(b"\xff" * (size // 2))
    assert main(["check", "--db", str(live)]) == 2
    assert "Integrity check: FAILED" in capsys.readouterr().out

    with open(live, "r+b") as handle:
        handle.write(b"not a database at all")
    assert main(["check", "--db", str(live)]) == 2
    assert "not a database" in capsys.readouterr().out


def test_a_corrupt_backup_is_refused_and_the_database_left_alone(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.db"
    assert main(["backup", "--db", str(live), "--out", str(out)]) == 0
    size = out.stat().st_size
    with open(out, "r+b") as handle:
        handle.seek(size // 4)
        handle.write(b"\x00\x01" * (size // 4))
    before = live.read_bytes()
    capsys.readouterr()
    assert main(["restore", "--db", str(live), "--from", str(out)]) == 2
    err = capsys.readouterr().err
    assert str(out) in err and "cannot be restored" in err and "Nothing was changed" in err
    assert live.read_bytes() == before
    assert not list(live.parent.glob("*before-restore*"))


def test_missing_files_and_postgresql(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.db"
    assert main(["backup", "--db", str(missing), "--out", str(tmp_path / "b.db")]) == 2
    assert "no such database file" in capsys.readouterr().err
    assert not missing.exists(), "backing up a missing database must not create an empty one"
    assert main(["check", "--db", str(missing)]) == 2
    assert main(["restore", "--db", str(tmp_path / "crm.db"), "--from", str(missing)]) == 2
    assert "no such file" in capsys.readouterr().err

    url = "postgresql://postgres@127.0.0.1:5432/test"
    assert main(["backup", "--db", url, "--out", str(tmp_path / "b.db")]) == 2
    assert "pg_dump --format=custom" in capsys.readouterr().err
    assert main(["restore", "--db", url, "--from", str(tmp_path / "b.db")]) == 2
    assert "pg_restore" in capsys.readouterr().err


def test_restore_into_a_new_file(live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A new desk starts from the office's backup."""
    out = tmp_path / "b.db"
    assert main(["backup", "--db", str(live), "--out", str(out)]) == 0
    fresh = tmp_path / "new-desk" / "crm.db"
    assert main(["restore", "--db", str(fresh), "--from", str(out)]) == 0
    assert customer_names(fresh) == ["张三", "李四"]
    assert main(["check", "--db", str(fresh)]) == 0


def test_check_on_sqlite_and_postgresql(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """On PostgreSQL the page and foreign-key checks are the server's; the audit chain is checked on both."""
    from sqlalchemy import text

    db = open_database(db_url)
    make_customer(db, "张三")
    make_customer(db, "李四")
    db.dispose()
    assert main(["check", "--db", db_url]) == 0
    report = capsys.readouterr().out
    assert "Audit chain: ok (2 entries)" in report
    if "postgresql" in db_url:
        assert "Integrity check: skipped" in report and "pg_amcheck" in report
    db = open_database(db_url)
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)"))
    db.dispose()
    assert main(["check", "--db", db_url]) == 2
    assert "Audit chain: BROKEN at entry" in capsys.readouterr().out
