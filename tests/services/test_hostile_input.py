"""SPEC §8: hostile text (SQL, HTML, control characters, RTL marks, emoji, 100,000 characters) goes in
through the services, is found again by search, and comes back unchanged from the spreadsheet exports;
text a spreadsheet would run as a formula is exported neutralised. (The monthly PDF is tested with the
reports.)"""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from crm_desktop.models import Customer
from crm_desktop.models.database import Database
from crm_desktop.services.customer_io import export_customers, import_customers
from crm_desktop.services.customers import CustomerInput, CustomerService
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.spreadsheet import NEUTRALISER
from crm_desktop.services.ticket_io import export_tickets
from crm_desktop.services.tickets import TicketInput, TicketService
from tests.factories import ADMIN

HOSTILE = {
    "sql": "Robert'); DROP TABLE customers;--",
    "sql_or": "1' OR '1'='1",
    "like": "100%_off \\ 折扣",
    "html": "<script>alert('x')</script><b>粗体</b>&amp;",
    "control": "响铃\x07转义\x1b[31m红\t制表\n换行",
    "rtl": "\u202e张三\u202c（倒序）",
    "emoji": "😀👨\u200d👩\u200d👧 王五",
    "formula": '=HYPERLINK("http://evil","点我")',
    "plus": "+86 138 1234 5678",
    "minus": "-2+3",
    "at": "@SUM(A1:A9)",
}
LONG_NOTE = ("很长的备注。" * 20_000)[:100_000]
XML_ILLEGAL = "\x07\x1b"  # XML 1.0 cannot carry these: spreadsheet exports drop them (spreadsheet.py)


def exported_in_cell(value: str) -> str:
    """What an export cell holds for `value`: formula triggers get an apostrophe, XML-illegal characters go."""
    cleaned = "".join(ch for ch in value if ch not in XML_ILLEGAL)
    return NEUTRALISER + cleaned if cleaned.startswith(("=", "+", "-", "@")) else cleaned


def sheet_rows(path: Path) -> list[dict[str, object]]:
    sheet = load_workbook(path, read_only=True).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    headers = [str(h).split("(")[0] for h in rows[0]]
    return [dict(zip(headers, r, strict=False)) for r in rows[1:]]


@pytest.fixture
def hostile_customers(db: Database) -> dict[str, int]:
    service = CustomerService(db, ADMIN)
    made = {}
    for key, value in HOSTILE.items():
        made[key] = service.create(
            CustomerInput(name=value, notes=value, special_needs=value, preferences=value), confirm_duplicates=True
        )
    made["long"] = service.create(CustomerInput(name="长备注客户", notes=LONG_NOTE), confirm_duplicates=True)
    return made


def test_hostile_text_is_stored_and_read_back_unchanged(db: Database, hostile_customers: dict[str, int]) -> None:
    service = CustomerService(db, ADMIN)
    for key, value in HOSTILE.items():
        detail = service.get(hostile_customers[key])
        assert (detail.data.name, detail.data.notes, detail.data.special_needs, detail.data.preferences) == (
            value,
            value,
            value,
            value,
        ), key
    assert service.get(hostile_customers["long"]).data.notes == LONG_NOTE
    with db.session() as s:  # and no statement was ever built from the text: every table is still there
        assert s.scalar(select(func.count()).select_from(Customer)) == len(HOSTILE) + 1


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("DROP TABLE", "sql"),
        ("' OR '1'='1", "sql_or"),
        ("100%_", "like"),
        ("<script>", "html"),
        ("\u202e张三", "rtl"),
        ("😀", "emoji"),
        ("=HYPERLINK", "formula"),
        ("@SUM", "at"),
    ],
)
def test_search_finds_hostile_names_literally(
    db: Database, hostile_customers: dict[str, int], query: str, key: str
) -> None:
    service = CustomerService(db, ADMIN)
    found = service.search_ids(query)
    assert found == [hostile_customers[key]], [row.name for row in service.rows(found)]
    assert service.rows(found)[0].name == HOSTILE[key]


def test_like_wildcards_in_a_search_are_literal(db: Database, hostile_customers: dict[str, int]) -> None:
    service = CustomerService(db, ADMIN)
    assert service.search_ids("%") == [hostile_customers["like"]]
    assert service.search_ids("_") == [hostile_customers["like"]]
    assert service.search_ids("\\") == [hostile_customers["like"]]


def test_hostile_text_comes_back_from_the_xlsx_export(
    db: Database, hostile_customers: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "customers.xlsx"
    export_customers(db, ADMIN, path, unmasked=True)
    by_name = {r["姓名"]: r for r in sheet_rows(path)}
    for key, value in HOSTILE.items():
        exported = by_name[exported_in_cell(value)]
        for column in ("姓名", "备注", "特殊需求", "偏好"):
            assert exported[column] == exported_in_cell(value), (key, column, exported[column])
    # Excel holds at most 32,767 characters in a cell: the .xlsx says the note was clipped (the .csv has it all).
    clipped = by_name["长备注客户"]["备注"]
    assert len(clipped) == 32_767 and LONG_NOTE.startswith(clipped[:32_000]) and clipped.endswith("已截断）")
    workbook = load_workbook(path)
    assert all(cell.data_type != "f" for row in workbook.active.iter_rows() for cell in row), "no formula cells"


def test_hostile_text_comes_back_from_the_csv_export(
    db: Database, hostile_customers: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "customers.csv"
    export_customers(db, ADMIN, path, unmasked=True)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    notes = {row["备注"] for row in rows}
    for value in HOSTILE.values():
        assert exported_in_cell(value) in notes
    assert LONG_NOTE in notes


def test_our_own_export_imports_back_as_the_same_text(db: Database, tmp_path: Path) -> None:
    """Neutralised cells lose their apostrophe again on import; nothing else changes."""
    from tests.factories import make_resident

    printable = {k: v for k, v in HOSTILE.items() if not set(v) & set(XML_ILLEGAL)}
    for key, value in printable.items():
        make_resident(db, f"住户{key}", room=str(1000 + len(key)) + key[:2], notes=value, special_needs=value)
    path = tmp_path / "round-trip.xlsx"
    export_customers(db, ADMIN, path, unmasked=True)
    result = import_customers(db, ADMIN, path)
    assert result.customers_created == 0 and result.customers_updated == 0
    service = CustomerService(db, ADMIN)
    stored = {row.name: service.get(row.id).data for row in service.rows(service.search_ids("住户"))}
    for key, value in printable.items():
        assert (stored[f"住户{key}"].notes, stored[f"住户{key}"].special_needs) == (value, value)


def test_ticket_exports_neutralise_formulas_too(db: Database, tmp_path: Path) -> None:
    service = TicketService(db, ADMIN)
    for value in ("=1+1", "+1", "-1", "@A1", "<img src=x onerror=alert(1)>"):
        service.create(TicketInput(title=value, description=value, category="other"))
    path = tmp_path / "tickets.xlsx"
    export_tickets(db, ADMIN, path, True)
    titles = {r["标题"] for r in sheet_rows(path)}
    assert titles == {"'=1+1", "'+1", "'-1", "'@A1", "<img src=x onerror=alert(1)>"}


def test_a_nul_character_is_refused_alike_on_both_databases(db: Database) -> None:
    """PostgreSQL cannot store U+0000; the program says so on every backend instead of failing on one."""
    service = CustomerService(db, ADMIN)
    with pytest.raises(ValidationError) as refused:
        service.create(CustomerInput(name="张三", notes="粘贴\x00的文字"), confirm_duplicates=True)
    assert refused.value.field == "notes" and "U+0000" in str(refused.value)
    customer_id = service.create(CustomerInput(name="张三"), confirm_duplicates=True)
    detail = service.get(customer_id)
    with pytest.raises(ValidationError):
        service.update(customer_id, replace(detail.data, special_needs="a\x00b"), detail.version)
    assert service.get(customer_id).data.special_needs == ""
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
