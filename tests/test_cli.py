"""The command line contract of SPEC §6.1: arguments, exit codes, messages on stderr."""

from __future__ import annotations

import subprocess
import sys

import pytest

from crm_desktop.cli import main
from crm_desktop.models.database import open_database


def test_module_entry_point_prints_help():
    result = subprocess.run([sys.executable, "-m", "crm_desktop", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "demo" in result.stdout and "import" in result.stdout


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["import", "suppliers", "x.xlsx"])
    assert exited.value.code == 2
    assert "suppliers" in capsys.readouterr().err


def test_missing_import_file_exits_2_naming_it(tmp_path, capsys):
    missing = tmp_path / "nope.xlsx"
    assert main(["import", "customers", str(missing), "--db", str(tmp_path / "c.db")]) == 2
    assert "nope.xlsx" in capsys.readouterr().err


def test_database_on_a_network_share_is_refused(tmp_path, capsys):
    assert main(["export", "customers", str(tmp_path / "x.xlsx"), "--db", "//server/share/crm.db"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err


def test_db_may_come_before_or_after_the_command(tmp_path):
    db = tmp_path / "c.db"
    open_database(db).dispose()
    assert main(["--db", str(db), "export", "customers", str(tmp_path / "a.xlsx")]) == 0
    assert main(["export", "customers", str(tmp_path / "b.xlsx"), "--db", str(db)]) == 0
    assert (tmp_path / "a.xlsx").exists() and (tmp_path / "b.xlsx").exists()


@pytest.mark.parametrize(
    "command",
    [["export", "customers", "out.xlsx"], ["metrics", "--month", "2026-11"],
     ["report", "retention", "--month", "2026-11", "--out", "r.pdf"]],
)
def test_reading_commands_refuse_a_missing_database(tmp_path, capsys, monkeypatch, command):
    """A mistyped --db must not quietly create an empty office database and report zeros from it."""
    monkeypatch.chdir(tmp_path)
    assert main([*command, "--db", str(tmp_path / "typo.db")]) == 2
    assert "typo.db: no such database file" in capsys.readouterr().err
    assert not (tmp_path / "typo.db").exists()
