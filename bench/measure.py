"""One function per SPEC §7 item; each returns `Result`s. `bench.run` calls them on the big datasets, the smoke
test (tests/test_bench_smoke.py) on a small one, so the code cannot rot unnoticed."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bench.datasets import Dataset
from crm_desktop.models.database import Database, open_database
from crm_desktop.services.principal import Principal

ROOT = Path(__file__).resolve().parent.parent
CLERK = Principal("bench", "clerk")
ADMIN = Principal("bench", "admin")

# Typed one character at a time: names, full pinyin, initials, phone digits, unit codes, an ID tail.
SEARCH_QUERIES = (
    "王志强",
    "李秀英",
    "zhangwei",
    "wzq",
    "lxy",
    "13904056011",
    "5274",
    "3栋-2单元-1502",
    "3-2-1502",
    "1502",
    "201479",
)
STALL_QUERIES = ("王志强", "13904056011", "zhangwei")


@dataclass
class Result:
    """One line of the benchmark table."""

    key: str  # stable id, e.g. "search.sqlite"
    item: str  # what was measured, for the table
    target: str  # the SPEC §7 target, as text
    measured: str  # the figure(s), as text
    comparison: str = ""  # the yardstick beside it (bare window, hand-written SQL), as text
    passed: bool | None = None  # None: information only, no target
    numbers: dict[str, Any] = field(default_factory=dict)  # raw figures for results.json


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = function()
    return time.perf_counter() - started, value


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s"


def last_full_month(dataset: Dataset) -> date:
    """The month before the dataset's `today`: the last month with complete history."""
    today = dataset.today_date
    return date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)


# --- probes in fresh processes ------------------------------------------------------------------


def run_probe(kind: str, *args: str, timeout: float = 300) -> dict[str, Any]:
    """Start `python -m bench.probes KIND ARGS` and return its JSON plus `wall_s`, the whole process's time
    from spawn to the JSON line (interpreter start included: that is what a cold start is)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.probes", kind, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline() if process.stdout else ""
        wall = time.perf_counter() - started
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    if not line.strip():
        stderr = process.stderr.read() if process.stderr else ""
        raise RuntimeError(f"probe {kind} printed nothing (exit {process.returncode}):\n{stderr[-3000:]}")
    return json.loads(line) | {"wall_s": wall}


def measure_cold_start(dataset: Dataset, runs: int = 7) -> list[Result]:
    """Process start → window painted and event loop idle: bare PySide6, login dialog, main window."""
    samples: dict[str, list[dict]] = {"bare": [], "login": [], "main": []}
    for _ in range(runs):  # interleaved, so a busy moment on the shared machine hits all three alike
        samples["bare"].append(run_probe("bare"))
        samples["login"].append(run_probe("login", dataset.url))
        samples["main"].append(run_probe("main", dataset.url))
    wall = {kind: median([s["wall_s"] for s in runs_]) for kind, runs_ in samples.items()}
    constructed = median([s["constructed_s"] - s["prepared_s"] for s in samples["main"]])
    results = []
    # SPEC §3.7 puts a login before the main window, so the login dialog is the window a cold start ends in
    # and carries both bars; the main window (built here without a login, which the program never does) is
    # held to the 1.5 s bar, its ratio shown beside it: opening a database cannot fit in 2.5 × a bare window.
    for kind, title, target in (
        ("login", "Cold start to the login dialog, the first window", "≤ 1.5 s and ≤ 2.5 × bare window"),
        ("main", "Start straight to the main window, no login", "≤ 1.5 s (the 2.5 × bar: see the login row)"),
    ):
        ratio = wall[kind] / wall["bare"]
        results.append(
            Result(
                key=f"cold_start.{kind}",
                item=f"{title} (reference set, offscreen)",
                target=target,
                measured=f"{secs(wall[kind])} (median of {runs}), {ratio:.1f} × bare",
                comparison=f"bare PySide6 window {secs(wall['bare'])}",
                passed=wall[kind] <= 1.5 and (ratio <= 2.5 or kind == "main"),
                numbers={
                    "wall_s": wall[kind],
                    "bare_s": wall["bare"],
                    "ratio": ratio,
                    "samples": [s["wall_s"] for s in samples[kind]],
                    **({"main_window_construction_s": constructed} if kind == "main" else {}),
                },
            )
        )
    return results


def measure_ticket_list(dataset: Dataset, runs: int = 5) -> list[Result]:
    samples = [run_probe("tickets", dataset.url) for _ in range(runs)]
    first = median([s["first_rows_s"] for s in samples])
    memory = median([s["rss_delta_mib"] for s in samples])
    return [
        Result(
            key="ticket_list",
            item=f"Full ticket list: first rows ({samples[0]['rows']:,} tickets, scale set)",
            target="≤ 150 ms, memory bounded",
            measured=f"{ms(first)} (median of {runs}), +{memory:.0f} MiB",
            passed=first <= 0.150,
            numbers={"first_rows_s": first, "rss_delta_mib": memory, "rows": samples[0]["rows"], "samples": samples},
        )
    ]


def measure_gui_stalls(dataset: Dataset, queries: Sequence[str] = STALL_QUERIES, settle_steps: int = 4) -> list[Result]:
    """Opening every tab (then `settle_steps` × 200 ms for what they load) and typing `queries` in the archives."""
    arguments = (dataset.url, json.dumps(list(queries), ensure_ascii=False), str(settle_steps))
    sample = run_probe("stalls", *arguments, timeout=900)
    worst = sample["worst_s"]
    return [
        Result(
            key="gui_stalls",
            item="Longest GUI-thread stall: every tab opened, searches typed in the archives (scale set)",
            target="≤ 100 ms",
            measured=f"{ms(worst)} ({sample['worst_phase']})",
            comparison=f"main window built in {secs(sample['constructed_s'])}",
            passed=worst <= 0.100,
            numbers=sample,
        )
    ]


# --- in this process ------------------------------------------------------------------------------


def measure_search(db: Database, label: str, queries: Sequence[str] = SEARCH_QUERIES, rounds: int = 3) -> list[Result]:
    """Per keystroke: the matching ids in display order plus the first screen of rows, as the list shows them."""
    from crm_desktop.services.customers import CustomerService

    service = CustomerService(db, CLERK)
    service.search_ids("")  # the once-a-day bookkeeping, and a warm cache: a clerk's second search onwards
    per_key: list[float] = []
    for _ in range(rounds):
        for query in queries:
            for length in range(1, len(query) + 1):
                seconds, _ = timed(lambda q=query[:length]: service.rows(service.search_ids(q)[:200]))
                per_key.append(seconds)
    middle, high = median(per_key), p95(per_key)
    return [
        Result(
            key=f"search.{label}",
            item=f"Search as you type, per keystroke ({label}, reference set)",
            target="median ≤ 30 ms",
            measured=f"median {ms(middle)}, p95 {ms(high)}, worst {ms(max(per_key))} ({len(per_key)} keystrokes)",
            passed=middle <= 0.030,
            numbers={"median_s": middle, "p95_s": high, "max_s": max(per_key), "keystrokes": len(per_key)},
        )
    ]


def measure_metrics(db: Database, label: str, month: date, runs: int = 5) -> list[Result]:
    """`month_metrics` against the same figures from hand-written SQL; both must agree exactly."""
    from bench.metrics_sql import hand_written_metrics
    from crm_desktop.services.metrics import month_metrics

    def hand() -> dict[str, Any]:
        with db.engine.connect() as conn:
            return hand_written_metrics(conn, month)

    service_json, hand_json = month_metrics(db, month).to_json_dict(), hand()  # warm-up, and the check
    if service_json != hand_json:
        differing = [key for key in service_json if service_json[key] != hand_json.get(key)]
        raise AssertionError(f"metrics and hand-written SQL disagree for {month:%Y-%m} in {differing}")
    service_times, hand_times = [], []
    for _ in range(runs):  # interleaved, so load on the shared machine hits both alike
        service_times.append(timed(lambda: month_metrics(db, month))[0])
        hand_times.append(timed(hand)[0])
    service_s, hand_s = median(service_times), median(hand_times)
    ratio = service_s / hand_s
    return [
        Result(
            key=f"metrics.{label}",
            item=f"`metrics` for {month:%Y-%m} ({label}, reference set)",
            target="≤ 3 × hand-written SQL",
            measured=f"{ms(service_s)} (median of {runs}), {ratio:.2f} ×",
            comparison=f"hand-written SQL {ms(hand_s)}, same numbers",
            passed=ratio <= 3,
            numbers={"service_s": service_s, "hand_sql_s": hand_s, "ratio": ratio},
        )
    ]


def measure_reports(db: Database, month: date, runs: int = 3) -> list[Result]:
    try:
        from crm_desktop.reports.monthly import write_monthly_report
    except ImportError as exc:
        return [Result("reports", "Monthly PDF reports", "≤ 2 s each", f"not available ({exc})")]
    results = []
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as folder:
        for kind in ("satisfaction", "retention"):
            out = Path(folder) / f"{kind}.pdf"
            try:
                times = [
                    timed(lambda k=kind, o=out: write_monthly_report(db, k, month, o, "zh_CN"))[0] for _ in range(runs)
                ]
            except Exception as exc:  # a report still being written must not stop the other measurements
                results.append(
                    Result(f"report.{kind}", f"Monthly {kind} report", "≤ 2 s", f"failed: {exc!r}", passed=False)
                )
                continue
            pages = out.read_bytes().count(b"/Type /Page") - out.read_bytes().count(b"/Type /Pages")
            seconds = median(times)
            results.append(
                Result(
                    key=f"report.{kind}",
                    item=f"Monthly {kind} report PDF for {month:%Y-%m} (reference set)",
                    target="≤ 2 s",
                    measured=f"{secs(seconds)} (median of {runs}), {pages} pages, {out.stat().st_size // 1024} KiB",
                    passed=seconds <= 2,
                    numbers={"seconds": seconds, "samples": times, "pages": pages},
                )
            )
    return results


def measure_import(db_url_factory: Callable[[], str], file: Path, label: str, rows: int, runs: int = 3) -> list[Result]:
    """`import_customers` of a file of `rows` new customers into an empty database, `runs` times."""
    from crm_desktop.services.customer_io import import_customers

    times = []
    for _ in range(runs):
        db = open_database(db_url_factory())
        try:
            seconds, result = timed(lambda d=db: import_customers(d, ADMIN, file))
        finally:
            db.dispose()
        if result.customers_created != rows:
            raise AssertionError(f"import created {result.customers_created} customers, expected {rows}")
        times.append(seconds)
    seconds = median(times)
    return [
        Result(
            key=f"import.{label}",
            item=f"Import {rows:,} customer rows from .xlsx, validation included ({label})",
            target="≤ 15 s",
            measured=f"{secs(seconds)} (median of {runs})",
            passed=seconds <= 15,
            numbers={"seconds": seconds, "samples": times},
        )
    ]


def measure_backup(dataset: Dataset, runs: int = 3) -> list[Result]:
    """A backup copy of the reference file, as the program makes it (checked copy) — information only."""
    db = dataset.open()
    size = Path(dataset.url).stat().st_size
    times = []
    try:
        with tempfile.TemporaryDirectory(prefix="crm-bench-") as folder:
            for run in range(runs):
                target = Path(folder) / f"backup-{run}.db"
                try:
                    from crm_desktop.services.backup import backup_database

                    times.append(timed(lambda t=target: backup_database(db, ADMIN, t))[0])
                except ImportError:
                    from crm_desktop.models.database import backup_sqlite_file

                    times.append(timed(lambda t=target: backup_sqlite_file(Path(dataset.url), t))[0])
    finally:
        db.dispose()
    seconds = median(times)
    return [
        Result(
            key="backup",
            item=f"Backup of the reference file ({size / 2**20:.0f} MiB, checked copy)",
            target="off the GUI thread (no time target)",
            measured=f"{secs(seconds)} (median of {runs})",
            numbers={"seconds": seconds, "bytes": size},
        )
    ]


def measure_demo(households: int, months: int, runs: int = 1) -> list[Result]:
    """`crm-desktop demo` into a new file — information only (it runs off the GUI thread)."""
    from crm_desktop.services.demo import generate_demo

    times = []
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as folder:
        for run in range(runs):
            db = open_database(Path(folder) / f"demo-{run}.db")
            try:
                seconds, summary = timed(lambda d=db: generate_demo(d, households=households, months=months))
            finally:
                db.dispose()
            times.append(seconds)
    seconds = median(times)
    return [
        Result(
            key="demo",
            item=f"Demo generation, {households:,} households × {months} months ({summary.total_rows:,} rows)",
            target="off the GUI thread (no time target)",
            measured=f"{secs(seconds)}" + (f" (median of {runs})" if runs > 1 else ""),
            numbers={"seconds": seconds, "rows": summary.total_rows},
        )
    ]
