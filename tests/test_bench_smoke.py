"""The benchmark's code on a tiny office, so that it cannot rot between runs (the real run is `python -m bench.run`).

No timing is asserted here (SPEC §7: never as timed unit tests); what is asserted is that every measurement
runs and reports, and that the hand-written SQL yardstick gives exactly the figures of `metrics`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bench import measure
from bench.datasets import sqlite_dataset
from bench.import_file import write_import_file
from bench.run import BEGIN, END, markdown, write_benchmarks_md
from crm_desktop.models.database import Database
from crm_desktop.services.demo import generate_demo

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> measure.Dataset:
    return sqlite_dataset(200, 3, log=lambda _text: None, folder=tmp_path_factory.mktemp("bench-data"))


def test_metrics_and_the_hand_written_sql_agree_and_search_is_timed(db: Database) -> None:
    generate_demo(db, households=200, months=3, today=TODAY)
    for month in (date(2026, 11, 1), date(2026, 9, 1)):
        (result,) = measure.measure_metrics(db, db.engine.dialect.name, month, runs=1)  # raises when they differ
        assert result.numbers["service_s"] > 0 and result.numbers["hand_sql_s"] > 0
    (search,) = measure.measure_search(db, db.engine.dialect.name, queries=("王", "13", "1栋-1"), rounds=1)
    assert search.numbers["keystrokes"] == 1 + 2 + 4
    assert search.passed is not None


def test_probes_in_fresh_processes_report_their_figures(tiny: measure.Dataset) -> None:
    cold = {r.key: r for r in measure.measure_cold_start(tiny, runs=1)}
    assert set(cold) == {"cold_start.login", "cold_start.main"}
    assert 0 < cold["cold_start.main"].numbers["bare_s"] < cold["cold_start.main"].numbers["wall_s"]
    (tickets,) = measure.measure_ticket_list(tiny, runs=1)
    assert tickets.numbers["rows"] == tiny.summary["tickets"]
    (stalls,) = measure.measure_gui_stalls(tiny, queries=("王",), settle_steps=1)
    assert "archive search '王'" in stalls.numbers["phases"] and stalls.numbers["worst_s"] > 0


def test_reports_import_backup_demo_and_the_table(tiny: measure.Dataset, tmp_path: Path) -> None:
    db = tiny.open()
    try:
        reports = measure.measure_reports(db, measure.last_full_month(tiny), runs=1)
    finally:
        db.dispose()
    assert [r.key for r in reports] == ["report.satisfaction", "report.retention"]
    assert all(r.numbers.get("pages", 0) >= 1 for r in reports), [r.measured for r in reports]
    file = write_import_file(tmp_path / "import.xlsx", 120)
    (imported,) = measure.measure_import(lambda: str(tmp_path / "import.db"), file, "SQLite", 120, runs=1)
    assert imported.numbers["seconds"] > 0
    (backup,) = measure.measure_backup(tiny, runs=1)
    assert backup.numbers["bytes"] > 0
    (demo,) = measure.measure_demo(20, 2)
    assert demo.numbers["rows"] > 0

    results = [*reports, imported, backup, demo]
    section = markdown(results, {"CPU": "test"}, {"reference": "tiny"}, 1.0)
    target = tmp_path / "BENCHMARKS.md"
    target.write_text(f"# Benchmarks\n\nHand-written intro.\n\n{BEGIN}\nold\n{END}\n\n## Before and after\n")
    write_benchmarks_md(section, target)
    text = target.read_text()
    assert "Hand-written intro." in text and "## Before and after" in text and "\nold\n" not in text
    assert all(r.item in text for r in results)
