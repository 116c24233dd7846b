"""SPEC §8 through the command line: malformed import files give exit 2, a message naming the row and the
column (the header is row 1), and leave the database exactly as it was.

The services' own tests (tests/services/test_*_io.py) cover each rule in detail; here every kind of bad
file goes through `crm-desktop import` once, as a script or a clerk at a terminal would run it.
"""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook

from crm_desktop.cli import main
from crm_desktop.models.database import open_database
from crm_desktop.services.customer_io import CUSTOMER_HEADERS
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.ticket_io import TICKET_HEADERS
from tests.factories import ADMIN, make_id_number, make_resident

GOOD_ID = make_id_number(born="19800101", seq="123")
BAD_CHECK_DIGIT = GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1")


def customer(**cells: object) -> dict[str, object]:
    values: dict[str, object] = {
        "小区": "阳光花园",
        "楼栋": "3",
        "房号": "1202",
        "姓名": "李四",
        "入住日期": "2021-05-01",
    }
    values.update(cells)
    return values


def ticket(**cells: object) -> dict[str, object]:
    values: dict[str, object] = {"类型": "投诉", "类别": "噪音", "标题": "楼上装修太吵", "受理时间": "2026-03-05 09:30"}
    values.update(cells)
    return values


def _table(headers: list[str], rows: list[dict[str, object]]) -> list[list[object]]:
    keys = [h.split("(")[0] for h in headers]
    return [headers] + [[row.get(key) for key in keys] for row in rows]


def write_csv(path: Path, headers: list[str], rows: list[dict[str, object]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([["" if v is None else v for v in r] for r in _table(headers, rows)])
    return path


def write_xlsx(path: Path, headers: list[str], rows: list[dict[str, object]]) -> Path:
    workbook = Workbook()
    for values in _table(headers, rows):
        workbook.active.append(values)
    workbook.save(path)
    return path


@pytest.fixture
def live(tmp_path: Path) -> Path:
    path = tmp_path / "crm.db"
    db = open_database(path)
    make_resident(db, "张三", room="1202")
    db.dispose()
    return path


def everything(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        connection.close()


CASES = {
    "wrong headers": (
        "customers",
        lambda d: write_csv(d / "c.csv", ["小区", "楼栋", "门牌", "姓名", "入住日期"], [customer()]),
        "row 1, column 房号",
    ),
    "bad date": (
        "customers",
        lambda d: write_xlsx(
            d / "c.xlsx", CUSTOMER_HEADERS, [customer(), customer(姓名="王五", 入住日期="2021-02-30")]
        ),
        "row 3, column 入住日期",
    ),
    "bad ID number": (
        "customers",
        lambda d: write_csv(d / "c.csv", CUSTOMER_HEADERS, [customer(证件类型="身份证", 证件号码=BAD_CHECK_DIGIT)]),
        "row 2, column 证件号码",
    ),
    "unknown category": (
        "tickets",
        lambda d: write_xlsx(d / "t.xlsx", TICKET_HEADERS, [ticket(), ticket(类别="天气")]),
        "row 3, column 类别",
    ),
    "formula in a workbook": (
        "customers",
        lambda d: write_xlsx(d / "c.xlsx", CUSTOMER_HEADERS, [customer(备注='=HYPERLINK("http://x","点")')]),
        "row 2, column 备注",
    ),
    "formula in a csv file": (
        "tickets",
        lambda d: write_csv(d / "t.csv", TICKET_HEADERS, [ticket(内容="=cmd|' /C calc'!A0")]),
        "row 2, column 内容",
    ),
    "10 MB cell": (
        "customers",
        lambda d: write_csv(d / "c.csv", CUSTOMER_HEADERS, [customer(), customer(备注="长" * 10_000_000)]),
        "row 3, column 备注",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_malformed_import_names_row_and_column_and_changes_nothing(
    case: str, live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kind, make_file, where = CASES[case]
    path = make_file(tmp_path)
    before = everything(live)
    assert main(["import", kind, str(path), "--db", str(live)]) == 2
    err = capsys.readouterr().err
    assert where in err, err[:2000]
    assert str(path) in err and "nothing was imported" in err
    assert everything(live) == before


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("garbage.xlsx", bytes(range(256)) * 400, "not a readable .xlsx workbook"),
        ("garbage.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 400, "not a text file"),
        ("zip.xlsx", b"PK\x03\x04" + b"\x00" * 2000, "not a readable .xlsx workbook"),
        ("latin1.csv", "小区,楼栋\n".encode("gbk"), "not UTF-8"),
    ],
)
def test_binary_garbage_is_refused_by_name(
    name: str, content: bytes, says: str, live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = everything(live)
    for kind in ("customers", "tickets", "surveys"):
        assert main(["import", kind, str(path), "--db", str(live)]) == 2
        err = capsys.readouterr().err
        assert str(path) in err and says in err, err
    assert everything(live) == before


def test_our_own_export_with_formula_like_text_imports_back(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The exception to the formula rule: '=…' text our export neutralised comes back as the same text."""
    db = open_database(live)
    service = CustomerService(db, ADMIN)
    customer_id = service.search_ids("张三")[0]
    detail = service.get(customer_id)
    service.update(customer_id, replace(detail.data, notes="=1+1 是备注，不是公式"), detail.version)
    db.dispose()
    out = tmp_path / "export.xlsx"
    assert main(["export", "customers", str(out), "--unmasked", "--db", str(live)]) == 0
    before = everything(live)
    assert main(["import", "customers", str(out), "--db", str(live)]) == 0
    assert everything(live)["customers"] == before["customers"]  # the same text, nothing changed
    assert [row for row in before["customers"] if "=1+1 是备注，不是公式" in row]
