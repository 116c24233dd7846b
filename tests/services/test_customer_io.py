"""Customer import and export (SPEC §6.2, §8): all-or-nothing imports, identity, masking, round trips.

Files refused before the database is touched (unreadable, wrong headers, over-long cells) are tested on
SQLite only; everything that reads or writes the archive runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import csv
import os
import zipfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from crm_desktop.models import Building, Community, Customer, Occupancy, Unit
from crm_desktop.models.database import Database, open_database
from crm_desktop.services import customer_io
from crm_desktop.services.customer_io import (
    CUSTOMER_HEADERS,
    ImportResult,
    export_customers,
    import_customers,
    write_customers_template,
)
from crm_desktop.services.customers import CustomerInput, CustomerService, refresh_derived, validate_customer
from crm_desktop.services.errors import ImportFileError, OperationCancelled, PermissionDeniedError
from crm_desktop.services.masking import mask_id_number
from crm_desktop.services.principal import Principal
from crm_desktop.services.progress import Progress
from crm_desktop.services.search_text import build_search_text
from crm_desktop.services.spreadsheet import header_key
from crm_desktop.services.uow import unit_of_work
from tests.factories import ADMIN, make_id_number

ID_A = make_id_number(born="19800101", seq="123")  # odd sequence digit: male
ID_B = make_id_number(born="19900202", seq="456")
ID_C = make_id_number(region="310101", born="19751231", seq="002")


def row(**cells: object) -> list[object]:
    """A data row by column name; unnamed columns are empty."""
    names = [header_key(h) for h in CUSTOMER_HEADERS]
    unknown = set(cells) - set(names)
    assert not unknown, unknown
    return [cells.get(name) for name in names]


def write_xlsx(path: Path, rows: list[list[object]], headers: list[str] = CUSTOMER_HEADERS) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for values in rows:
        sheet.append(values)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], headers: list[str] = CUSTOMER_HEADERS, bom: bool = True) -> Path:
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for values in rows:
            writer.writerow(["" if v is None else v for v in values])
    return path


def counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            model.__name__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Community, Building, Unit, Customer, Occupancy)
        }


GOOD_ROWS = [
    row(
        小区="阳光花园",
        楼栋="3",
        单元="2",
        房号="1202",
        面积="89.50",
        姓名="张三",
        性别="男",
        手机号="13812345678",
        证件类型="居民身份证",
        证件号码=ID_A,
        客户类型="业主",
        入住日期="2020-01-01",
        特殊需求="独居老人",
        偏好="微信联系",
        紧急联系人="张小三",
        紧急联系电话="13900001111",
        备注="VIP",
    ),
    # the same person (same ID number) also rented a shop, and moved out of it
    row(
        小区="阳光花园",
        楼栋="商铺",
        房号="S-01",
        姓名="张三",
        手机号="13812345678",
        证件号码=ID_A,
        客户类型="租户",
        入住日期="2015-03-01",
        迁出日期="2018-02-28",
        迁出原因="竞争流失",
    ),
    # no ID number: identified by name and mobile
    row(
        小区="阳光花园",
        楼栋="3",
        单元="2",
        房号="1202",
        姓名="李四",
        手机号="13987654321",
        客户类型="家属",
        入住日期="2020-01-01",
    ),
    row(小区="翠湖苑", 楼栋="1号楼", 房号="101", 姓名="王五", 证件号码=ID_B, 客户类型="单位", 入住日期="2019-06-15"),
]


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "customers.xlsx", GOOD_ROWS)


# --- a good file --------------------------------------------------------------------------------------------


def test_good_file_creates_communities_units_customers_and_occupancies(db: Database, good_file: Path) -> None:
    result = import_customers(db, ADMIN, good_file)

    assert result == ImportResult(
        rows=4, customers_created=3, customers_updated=0, occupancies_created=4, units_created=3, unchanged_rows=0
    )
    assert counts(db) == {"Community": 2, "Building": 3, "Unit": 3, "Customer": 3, "Occupancy": 4}
    service = CustomerService(db, ADMIN)
    [zhang] = service.search_ids("zs")
    assert service.search_ids("张三") == [zhang]
    [li] = service.search_ids("李四")
    assert set(service.search_ids("3栋-2单元-1202")) == {zhang, li}
    detail = service.get(zhang)
    assert service.reveal_id_number(zhang) == ID_A
    assert detail.data.birthday == date(1980, 1, 1)
    assert (detail.data.gender, detail.data.customer_type, detail.data.mobile) == ("male", "owner", "13812345678")
    assert (detail.data.special_needs, detail.data.preferences, detail.data.notes) == ("独居老人", "微信联系", "VIP")
    assert (detail.data.emergency_contact, detail.data.emergency_phone) == ("张小三", "13900001111")
    shop, home = sorted(detail.occupancies, key=lambda o: o.start_date)
    assert (shop.unit_code, shop.role, shop.end_date, shop.end_reason) == (
        "商铺-S-01",
        "tenant",
        date(2018, 2, 28),
        "competitive",
    )
    assert (home.unit_code, home.role, home.end_date, home.start_kind) == ("3栋-2单元-1202", "owner", None, "import")
    assert detail.is_active
    with db.session() as s:
        unit = s.scalar(select(Unit).where(Unit.code == "3栋-2单元-1202"))
        assert (unit.area_m2, unit.floor) == (Decimal("89.50"), 12)
        roles = dict(s.execute(select(Customer.name, Occupancy.role).join(Occupancy)).all())
        customer_types = dict(s.execute(select(Customer.name, Customer.customer_type)).all())
    assert roles["李四"] == "resident" and roles["王五"] == "owner"
    assert customer_types == {"张三": "owner", "李四": "family", "王五": "company"}


def test_reimporting_the_same_file_changes_nothing(db: Database, good_file: Path) -> None:
    import_customers(db, ADMIN, good_file)
    before = counts(db)
    with db.session() as s:
        versions = dict(s.execute(select(Customer.id, Customer.version)).all())

    result = import_customers(db, ADMIN, good_file)

    assert result == ImportResult(
        rows=4, customers_created=0, customers_updated=0, occupancies_created=0, units_created=0, unchanged_rows=4
    )
    assert counts(db) == before
    with db.session() as s:
        assert dict(s.execute(select(Customer.id, Customer.version)).all()) == versions


def test_derived_search_fields_match_refresh_derived(db: Database, good_file: Path, tmp_path: Path) -> None:
    """The import computes them in bulk; they must be what the customer service would store."""
    import_customers(db, ADMIN, good_file)
    soon, later = date.today() + timedelta(days=30), date.today() + timedelta(days=90)
    more = [
        row(小区="阳光花园", 楼栋="5", 房号="501", 姓名="未来", 手机号="13700000001", 入住日期=soon.isoformat()),
        row(小区="阳光花园", 楼栋="5", 房号="502", 姓名="将走", 手机号="13700000002", 入住日期="2019-01-01",
            迁出日期=later.isoformat()),
        row(小区="阳光花园", 楼栋="5", 房号="503", 姓名="将走", 手机号="13700000002", 入住日期="2018-01-01",
            迁出日期="2018-12-31"),
        row(小区="阳光花园", 楼栋="3", 单元="2", 房号="1202", 姓名="张三", 证件号码=ID_A, 入住日期="2010-05-01",
            迁出日期="2012-05-01"),
    ]  # fmt: skip
    import_customers(db, ADMIN, write_csv(tmp_path / "more.csv", more))
    with unit_of_work(db, ADMIN) as s:
        customers = s.scalars(select(Customer)).all()
        stored = {c.id: (c.is_active, c.unit_codes, c.search_text) for c in customers}
        for customer in customers:
            refresh_derived(s, customer)
        assert {c.id: (c.is_active, c.unit_codes, c.search_text) for c in customers} == stored
        s.rollback()


@pytest.mark.parametrize(
    "name",
    [
        "张三",
        "单于",
        "重庆",
        "Zhang San",
        "张 三",
        "欧阳娜娜",
        "Ｍａｒｙ李",
        "李😀",
        "‮王五",
        "=1+1",
        "长孙无忌",
        "曾",
        "",
    ],
)
def test_bulk_search_text_equals_build_search_text(name: str) -> None:
    bulk = customer_io._SearchText()
    for phones, codes, id_number in (
        (["13812345678", None], ["3栋-2单元-1202"], ID_A),
        ([None, "010-6543 2100"], [], None),
        ([], ["A-1", "b-2"], "E1234567"),
    ):
        assert bulk(name, phones, codes, id_number) == build_search_text(name, phones, codes, id_number)


@pytest.mark.parametrize(
    ("id_number", "gender"),
    [
        (ID_A, ""),
        (ID_B, ""),
        (ID_C, "男"),
        (make_id_number(born="20000229", seq="997"), ""),
        (" " + ID_A.lower() + " ", ""),
        ("".join(chr(ord(c) + 0xFEE0) for c in ID_B), ""),  # full-width digits
    ],
)
def test_id_numbers_are_checked_as_validate_customer_does(id_number: str, gender: str) -> None:
    """The import checks a mainland ID number once and derives birthday and gender itself (for speed)."""
    columns = {header_key(h): i for i, h in enumerate(CUSTOMER_HEADERS)}
    checker = customer_io._RowChecker(columns, date.today())
    cells = row(姓名="张三", 证件号码=id_number, 性别=gender or None)
    checked = checker.check(customer_io.SheetRow(2, cells), problems := [])
    assert problems == [] and checked is not None
    expected = validate_customer(CustomerInput(name="张三", id_number=id_number, gender={"男": "male"}.get(gender)))
    assert (checked.data.id_number, checked.data.birthday, checked.data.gender) == (
        expected.id_number,
        expected.birthday,
        expected.gender,
    )


def test_existing_customer_is_reused_and_completed(db: Database, tmp_path: Path) -> None:
    service = CustomerService(db, ADMIN)
    existing = service.create(CustomerInput(name="张三", id_number=ID_A, mobile="13812345678", notes="老客户"))
    path = write_csv(
        tmp_path / "c.csv",
        [
            row(
                小区="阳光花园",
                楼栋="3",
                房号="1202",
                姓名="张三",
                证件号码=ID_A,
                特殊需求="轮椅",
                入住日期="2021-05-01",
            )
        ],
    )

    result = import_customers(db, ADMIN, path)

    assert (result.customers_created, result.customers_updated, result.occupancies_created) == (0, 1, 1)
    detail = service.get(existing)
    assert (detail.data.special_needs, detail.data.notes, detail.data.mobile) == ("轮椅", "老客户", "13812345678")
    assert detail.version == 2 and detail.is_active
    assert service.search_ids("3栋-1202") == [existing]


def test_a_move_out_given_later_ends_the_imported_occupancy(db: Database, tmp_path: Path) -> None:
    first = row(小区="阳光花园", 楼栋="3", 房号="1202", 姓名="李四", 手机号="13987654321", 入住日期="2020-01-01")
    import_customers(db, ADMIN, write_csv(tmp_path / "a.csv", [first]))
    moved = list(first)
    moved[CUSTOMER_HEADERS.index("迁出日期")] = "2024-06-30"
    moved[customer_io.CUSTOMER_HEADERS.index("迁出原因(自然流失/过失流失/竞争流失/被动流失/其他)")] = "过失流失"

    result = import_customers(db, ADMIN, write_csv(tmp_path / "b.csv", [moved]))

    assert (result.occupancies_created, result.customers_updated, result.unchanged_rows) == (0, 1, 0)
    with db.session() as s:
        occupancy = s.scalar(select(Occupancy))
        customer = s.scalar(select(Customer))
    assert (occupancy.end_date, occupancy.end_reason) == (date(2024, 6, 30), "dissatisfied")
    assert not customer.is_active and customer.unit_codes == ""


def test_customer_without_a_unit_and_headers_in_any_order(db: Database, tmp_path: Path) -> None:
    headers = ["备注", "姓名", "客户类型", "入住日期", "房号", "楼栋", "小区", "手机号"]
    path = write_csv(tmp_path / "c.csv", [["只登记", "赵六", "业主", "", "", "", "", "13611112222"]], headers=headers)

    result = import_customers(db, ADMIN, path)

    assert (result.customers_created, result.occupancies_created, result.units_created) == (1, 0, 0)
    assert import_customers(db, ADMIN, path).unchanged_rows == 1
    with db.session() as s:
        customer = s.scalar(select(Customer))
    assert (customer.name, customer.notes, customer.is_active) == ("赵六", "只登记", False)


def test_rows_without_id_number_or_mobile_are_one_customer_per_unit(db: Database, tmp_path: Path) -> None:
    rows = [
        row(小区="阳光花园", 楼栋="1", 房号="101", 姓名="王芳", 入住日期="2020-01-01"),
        row(小区="阳光花园", 楼栋="2", 房号="101", 姓名="王芳", 入住日期="2020-01-01"),
    ]
    path = write_csv(tmp_path / "c.csv", rows)
    assert import_customers(db, ADMIN, path).customers_created == 2
    assert import_customers(db, ADMIN, path).unchanged_rows == 2
    assert counts(db)["Customer"] == 2


# --- refused files: nothing is written ----------------------------------------------------------------------


def test_every_bad_row_is_reported_and_nothing_is_imported(db: Database, tmp_path: Path) -> None:
    bad_id = ID_A[:-1] + ("1" if ID_A[-1] != "1" else "2")
    rows = [
        GOOD_ROWS[0],
        row(小区="阳光花园", 楼栋="3", 房号="1203", 姓名="坏证件", 证件号码=bad_id, 入住日期="2020-01-01"),
        row(小区="阳光花园", 楼栋="3", 房号="1204", 姓名="坏日期", 入住日期="2020-02-30"),
        row(小区="阳光花园", 楼栋="3", 房号="1205", 姓名="坏类型", 客户类型="房东", 入住日期="2020-01-01"),
        row(小区="阳光花园", 楼栋="3", 房号="1206", 姓名="坏手机", 手机号="12345678901", 入住日期="2020-01-01"),
        row(
            小区="阳光花园",
            楼栋="3",
            房号="1207",
            姓名="坏原因",
            入住日期="2020-01-01",
            迁出日期="2021-01-01",
            迁出原因="搬家",
        ),
        row(小区="阳光花园", 楼栋="3", 房号="1208", 姓名="早迁出", 入住日期="2020-01-01", 迁出日期="2019-01-01"),
        row(小区="阳光花园", 楼栋="3", 房号="1209", 姓名="", 入住日期="2020-01-01"),
        row(小区="阳光花园", 楼栋="3", 房号="1210", 姓名="两处错", 手机号="123", 面积="大", 入住日期="2020/13/01"),
        row(小区="阳光花园", 楼栋="3", 房号="1211", 姓名="无迁出", 入住日期="2020-01-01", 迁出原因="其他"),
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    assert import_customers(db, ADMIN, write_csv(tmp_path / "seed.csv", [GOOD_ROWS[3]])).customers_created == 1
    before = counts(db)

    with pytest.raises(ImportFileError) as info:
        import_customers(db, ADMIN, path)

    found = {(p.row, p.column) for p in info.value.problems}
    assert found == {
        (3, "证件号码"),
        (4, "入住日期"),
        (5, "客户类型"),
        (6, "手机号"),
        (7, "迁出原因"),
        (8, "迁出日期"),
        (9, "姓名"),
        (10, "手机号"),
        (10, "面积"),
        (10, "入住日期"),
        (11, "迁出原因"),
    }
    assert counts(db) == before
    problem = next(p for p in info.value.problems if p.row == 3)
    assert "check digit" in str(problem.reason)
    assert problem.value == mask_id_number(bad_id)  # messages may reach logs: masked there too
    text = str(info.value)
    assert "row 4, column 入住日期 ('2020-02-30')" in text
    assert "nothing was imported" in text


def test_the_same_id_number_with_two_names_is_refused(db: Database, tmp_path: Path) -> None:
    rows = [
        row(小区="阳光花园", 楼栋="1", 房号="101", 姓名="张三", 证件号码=ID_A, 入住日期="2020-01-01"),
        row(小区="阳光花园", 楼栋="1", 房号="102", 姓名="张叁", 证件号码=ID_A, 入住日期="2020-01-01"),
    ]
    with pytest.raises(ImportFileError) as info:
        import_customers(db, ADMIN, write_csv(tmp_path / "c.csv", rows))
    assert [(p.row, p.column) for p in info.value.problems] == [(3, "证件号码")]
    assert counts(db)["Customer"] == 0


def test_id_number_of_another_customer_in_the_archive_is_refused(db: Database, tmp_path: Path) -> None:
    CustomerService(db, ADMIN).create(CustomerInput(name="张三", id_number=ID_A))
    path = write_csv(
        tmp_path / "c.csv",
        [row(小区="阳光花园", 楼栋="1", 房号="101", 姓名="李四", 证件号码=ID_A, 入住日期="2020-01-01")],
    )
    with pytest.raises(ImportFileError) as info:
        import_customers(db, ADMIN, path)
    assert [(p.row, p.column) for p in info.value.problems] == [(2, "证件号码")]
    assert "张三" in str(info.value)
    assert counts(db)["Unit"] == 0


def test_overlapping_stays_of_one_customer_in_one_unit_are_refused(db: Database, tmp_path: Path) -> None:
    rows = [
        row(小区="阳光花园", 楼栋="1", 房号="101", 姓名="张三", 证件号码=ID_A, 入住日期="2018-01-01"),
        row(小区="阳光花园", 楼栋="1", 房号="101", 姓名="张三", 证件号码=ID_A, 入住日期="2020-01-01"),
    ]
    with pytest.raises(ImportFileError) as info:
        import_customers(db, ADMIN, write_csv(tmp_path / "c.csv", rows))
    assert [(p.row, p.column) for p in info.value.problems] == [(3, "入住日期")]


def test_missing_columns_are_named_on_row_1(sqlite_db: Database, tmp_path: Path) -> None:
    headers = ["小区", "楼栋", "房号", "名字", "手机号"]
    path = write_csv(tmp_path / "c.csv", [["阳光花园", "1", "101", "张三", "13812345678"]], headers=headers)
    with pytest.raises(ImportFileError) as info:
        import_customers(sqlite_db, ADMIN, path)
    [problem] = info.value.problems
    assert problem.row == 1
    assert "姓名" in problem.column and "入住日期" in problem.column
    assert counts(sqlite_db)["Customer"] == 0


def test_headers_with_or_without_hints(db: Database, tmp_path: Path) -> None:
    headers = [header_key(h) for h in CUSTOMER_HEADERS]
    headers[headers.index("客户类型")] = "客户类型（业主/租户/家属/单位）"
    path = write_csv(tmp_path / "c.csv", [GOOD_ROWS[2]], headers=headers)
    assert import_customers(db, ADMIN, path).customers_created == 1
    with db.session() as s:
        assert s.scalar(select(Customer.customer_type)) == "family"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("garbage.xlsx", os.urandom(4096)),
        ("garbage.csv", os.urandom(4096)),
        ("zip-but-not-excel.xlsx", b"PK\x03\x04" + os.urandom(2000)),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(2000)),
        ("empty.csv", b""),
        ("blank.csv", b"\n\n \n"),
        ("header-only.csv", ",".join(CUSTOMER_HEADERS).encode()),
        ("notes.txt", "小区,楼栋\n".encode()),
        ("gbk.csv", ",".join(CUSTOMER_HEADERS).encode("gbk") + "\n阳光花园,1".encode("gbk")),
    ],
)
def test_unreadable_files_are_refused_with_a_message(
    sqlite_db: Database, tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        import_customers(sqlite_db, ADMIN, path)
    assert str(path) in str(info.value)
    assert info.value.message or info.value.problems
    assert counts(sqlite_db)["Customer"] == 0


def test_a_workbook_saved_as_csv_is_named_for_what_it_is(sqlite_db: Database, good_file: Path, tmp_path: Path) -> None:
    disguised = tmp_path / "customers.csv"
    disguised.write_bytes(good_file.read_bytes())
    with pytest.raises(ImportFileError, match=r"\.xlsx"):
        import_customers(sqlite_db, ADMIN, disguised)


def test_a_10_mb_cell_is_refused_on_its_row(sqlite_db: Database, tmp_path: Path) -> None:
    huge = "长" * (10 * 1024 * 1024)
    rows = [GOOD_ROWS[0], row(小区="阳光花园", 楼栋="1", 房号="101", 姓名="张三", 备注=huge, 入住日期="2020-01-01")]
    path = write_csv(tmp_path / "big.csv", rows)

    with pytest.raises(ImportFileError) as info:
        import_customers(sqlite_db, ADMIN, path)

    [problem] = info.value.problems
    assert (problem.row, problem.column) == (3, "备注")
    assert len(problem.value) <= 40 and "10485760" in str(problem.reason)
    assert counts(sqlite_db)["Customer"] == 0


def test_an_over_long_cell_in_a_workbook_is_refused_too(sqlite_db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "long.xlsx", [row(小区="阳光花园", 楼栋="1", 房号="101", 姓名="张" * 10_001, 入住日期="2020-01-01")]
    )
    with pytest.raises(ImportFileError) as info:
        import_customers(sqlite_db, ADMIN, path)
    assert [(p.row, p.column) for p in info.value.problems] == [(2, "姓名")]


def test_values_too_long_for_the_database_are_refused(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "c.csv",
        [row(小区="阳" * 101, 楼栋="1", 房号="1" * 21, 姓名="张三", 紧急联系人="李" * 101, 入住日期="2020-01-01")],
    )
    with pytest.raises(ImportFileError) as info:
        import_customers(db, ADMIN, path)
    assert {p.column for p in info.value.problems} == {"小区", "房号", "紧急联系人"}


# --- cells: formulas, dates, encodings ----------------------------------------------------------------------


def test_formula_text_is_exported_neutralised_and_imports_back(db: Database, tmp_path: Path) -> None:
    """Only '=' starts a formula in a .csv cell (refused, see below); + - @ text is stored literally. Text
    starting with any of them, typed in the program, is exported neutralised and comes back unchanged."""
    rows = [
        row(小区="阳光花园", 楼栋="1", 房号="101", 姓名="一加一", 备注="@SUM(A1)", 入住日期="2020-01-01"),
        row(小区="阳光花园", 楼栋="1", 房号="102", 姓名="-2+3", 特殊需求="+cmd|' /C calc'!A0", 入住日期="2020-01-01"),
    ]
    import_customers(db, ADMIN, write_csv(tmp_path / "f.csv", rows))
    service = CustomerService(db, ADMIN)
    renamed = service.search_ids("一加一")[0]
    detail = service.get(renamed)
    service.update(renamed, replace(detail.data, name="=1+1"), detail.version)  # typed in the program
    with db.session() as s:
        stored = dict(s.execute(select(Customer.name, Customer.notes)).all())
        needs = s.scalar(select(Customer.special_needs).where(Customer.name == "-2+3"))
    assert stored == {"=1+1": "@SUM(A1)", "-2+3": None}
    assert needs == "+cmd|' /C calc'!A0"

    out = tmp_path / "out.xlsx"
    export_customers(db, ADMIN, out)
    sheet = load_workbook(out).active
    values = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    cells = [c for r in sheet.iter_rows(min_row=2) for c in r]
    assert all(c.data_type != "f" for c in cells)
    names = {r[CUSTOMER_HEADERS.index("姓名")] for r in values}
    assert names == {"'=1+1", "'-2+3"}
    assert "'@SUM(A1)" in {r[CUSTOMER_HEADERS.index("备注")] for r in values}

    # our own export comes back as the same text
    assert import_customers(db, ADMIN, out_unmasked(db, tmp_path)).unchanged_rows == 2


def test_formulas_are_refused_naming_row_and_column(db: Database, tmp_path: Path) -> None:
    """SPEC §8: a formula is not a value anyone typed (Excel's cached result may be stale): paste values."""
    rows = [
        row(小区="阳光花园", 楼栋="1", 房号="101", 姓名="张三", 入住日期="2020-01-01"),
        row(小区="阳光花园", 楼栋="1", 房号="102", 姓名="=1+1", 入住日期="=TODAY()"),
    ]
    for path in (write_csv(tmp_path / "f.csv", rows), write_xlsx(tmp_path / "f.xlsx", rows)):
        with pytest.raises(ImportFileError) as refused:
            import_customers(db, ADMIN, path)
        assert [(p.row, p.column, p.value) for p in refused.value.problems] == [
            (3, "姓名", "=1+1"),
            (3, "入住日期", "=TODAY()"),
        ]
        assert all("contains a formula; paste values only" in str(p.reason) for p in refused.value.problems)
        assert counts(db)["Customer"] == 0


def out_unmasked(db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "unmasked.xlsx"
    export_customers(db, ADMIN, path, unmasked=True)
    return path


def test_a_formula_cell_with_a_cached_result_is_refused_too(db: Database, tmp_path: Path) -> None:
    """Excel stores the last result beside the formula; it is still not a value to import."""
    path = write_xlsx(
        tmp_path / "f.xlsx", [row(小区="阳光花园", 楼栋="1", 房号="101", 姓名="张三", 面积=89.5, 入住日期="2020-01-01")]
    )
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace("<v>89.5</v>", "<f>SUM(X1:X9)</f><v>89.5</v>")
    assert "<f>SUM" in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(ImportFileError) as refused:
        import_customers(db, ADMIN, path)
    assert [(p.row, p.column, p.value) for p in refused.value.problems] == [(2, "面积", "=SUM(X1:X9)")]
    assert counts(db)["Customer"] == 0


def test_excel_date_cells_and_number_cells_are_accepted(db: Database, tmp_path: Path) -> None:
    rows = [
        row(
            小区="阳光花园",
            楼栋=3,
            单元=2,
            房号=1202,
            面积=89.5,
            姓名="张三",
            手机号=13812345678,
            入住日期=datetime(2020, 1, 1),
            迁出日期=date(2023, 7, 31),
            迁出原因="自然流失",
        ),
        row(小区="阳光花园", 楼栋=3, 单元=2, 房号=1203.0, 姓名="李四", 入住日期=datetime(2021, 3, 4, 9, 30)),
    ]
    import_customers(db, ADMIN, write_xlsx(tmp_path / "dates.xlsx", rows))
    with db.session() as s:
        found = s.execute(
            select(Customer.name, Customer.mobile, Unit.code, Unit.area_m2, Occupancy.start_date, Occupancy.end_date)
            .join(Occupancy, Occupancy.customer_id == Customer.id)
            .join(Unit, Unit.id == Occupancy.unit_id)
            .order_by(Customer.name)
        ).all()
    assert [tuple(r) for r in found] == [
        ("张三", "13812345678", "3栋-2单元-1202", Decimal("89.50"), date(2020, 1, 1), date(2023, 7, 31)),
        ("李四", None, "3栋-2单元-1203", None, date(2021, 3, 4), None),
    ]


def test_csv_with_or_without_bom(db: Database, tmp_path: Path) -> None:
    with_bom = write_csv(tmp_path / "bom.csv", GOOD_ROWS[:1], bom=True)
    assert with_bom.read_bytes().startswith(b"\xef\xbb\xbf")
    without = write_csv(tmp_path / "plain.csv", GOOD_ROWS[2:3], bom=False)
    assert import_customers(db, ADMIN, with_bom).customers_created == 1
    assert import_customers(db, ADMIN, without).customers_created == 1
    assert counts(db)["Customer"] == 2


# --- progress and cancel ------------------------------------------------------------------------------------


def test_progress_is_reported_and_cancel_leaves_nothing(db: Database, good_file: Path) -> None:
    seen: list[str] = []
    import_customers(db, ADMIN, good_file, Progress(report=lambda done, total, msg: seen.append(msg)))
    assert "Checking rows" in seen and "Importing" in seen

    other = open_database(good_file.with_name("other.db"))
    try:
        messages: list[str] = []

        def cancel_while_importing() -> bool:
            return bool(messages) and messages[-1] == "Importing"

        with pytest.raises(OperationCancelled):
            import_customers(
                other,
                ADMIN,
                good_file,
                Progress(report=lambda d, t, m: messages.append(m), cancelled=cancel_while_importing),
            )
        assert "Importing" in messages
        assert counts(other) == dict.fromkeys(("Community", "Building", "Unit", "Customer", "Occupancy"), 0)
    finally:
        other.dispose()


def test_a_viewer_may_not_import(db: Database, good_file: Path, viewer: Principal) -> None:
    with pytest.raises(PermissionDeniedError):
        import_customers(db, viewer, good_file)


# --- export -------------------------------------------------------------------------------------------------


def exported(path: Path) -> list[dict[str, object]]:
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == CUSTOMER_HEADERS
    keys = [header_key(h) for h in rows[0]]
    return [dict(zip(keys, r, strict=True)) for r in rows[1:]]


def test_export_masks_personal_data_for_a_clerk(db: Database, good_file: Path, tmp_path: Path, clerk) -> None:
    import_customers(db, ADMIN, good_file)
    path = tmp_path / "clerk.xlsx"

    assert export_customers(db, clerk, path) == 4

    rows = exported(path)
    zhang = [r for r in rows if r["姓名"] == "张三"]
    assert {r["证件号码"] for r in zhang} == {ID_A[:6] + "********" + ID_A[-4:]}
    assert {r["手机号"] for r in zhang} == {"138****5678"}
    assert zhang[0]["紧急联系电话"] == "139****1111"
    with pytest.raises(PermissionDeniedError):
        export_customers(db, clerk, tmp_path / "refused.xlsx", unmasked=True)
    assert not (tmp_path / "refused.xlsx").exists()


def test_export_unmasked_for_a_manager_who_asks(db: Database, good_file: Path, tmp_path: Path, manager) -> None:
    import_customers(db, ADMIN, good_file)
    masked, clear = tmp_path / "masked.xlsx", tmp_path / "clear.xlsx"
    export_customers(db, manager, masked)
    export_customers(db, manager, clear, unmasked=True)
    assert "138****5678" in {r["手机号"] for r in exported(masked)}
    rows = exported(clear)
    assert {r["证件号码"] for r in rows if r["姓名"] == "张三"} == {ID_A}
    home = next(r for r in rows if r["姓名"] == "张三" and r["楼栋"] == "3栋")
    assert (home["单元"], home["房号"], home["面积"], home["客户类型"]) == ("2单元", "1202", 89.5, "业主")
    assert home["入住日期"] == datetime(2020, 1, 1)
    shop = next(r for r in rows if r["楼栋"] == "商铺")
    assert (shop["客户类型"], shop["迁出日期"], shop["迁出原因"]) == ("租户", datetime(2018, 2, 28), "竞争流失")


def test_customers_without_occupancy_are_exported_once_and_csv_by_suffix(db: Database, tmp_path: Path) -> None:
    CustomerService(db, ADMIN).create(CustomerInput(name="赵六", customer_type="tenant", mobile="13611112222"))
    path = tmp_path / "c.csv"
    assert export_customers(db, ADMIN, path) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0] == CUSTOMER_HEADERS
    assert lines[1][:5] == ["", "", "", "", ""] and lines[1][5] == "赵六" and lines[1][10] == "租户"


def test_export_then_import_into_a_fresh_database_gives_the_same_customers(
    db: Database, good_file: Path, tmp_path: Path
) -> None:
    import_customers(db, ADMIN, good_file)
    CustomerService(db, ADMIN).create(CustomerInput(name="赵六", id_type="passport", id_number="E12345678"))
    path = tmp_path / "all.xlsx"
    export_customers(db, ADMIN, path, unmasked=True)

    fresh = open_database(tmp_path / "fresh.db")
    try:
        result = import_customers(fresh, ADMIN, path)
        assert (result.customers_created, result.occupancies_created) == (4, 4)
        assert snapshot(fresh) == snapshot(db)
        assert counts(fresh) == counts(db)
    finally:
        fresh.dispose()


def snapshot(db: Database) -> list[tuple]:
    columns = [getattr(Customer, name) for name in customer_io.IMPORTED_FIELDS]
    with db.session() as s:
        customers = sorted(tuple(r) for r in s.execute(select(*columns, Customer.is_active, Customer.search_text)))
        occupancies = sorted(
            tuple(r)
            for r in s.execute(
                select(
                    Customer.name,
                    Unit.code,
                    Unit.area_m2,
                    Occupancy.role,
                    Occupancy.start_date,
                    Occupancy.end_date,
                    Occupancy.end_reason,
                )
                .join(Occupancy, Occupancy.customer_id == Customer.id)
                .join(Unit, Unit.id == Occupancy.unit_id)
            )
        )
    return customers + occupancies


def test_template_has_the_headers_only(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_customers_template(path)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows == [tuple(CUSTOMER_HEADERS)]


# --- a larger file ------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_two_thousand_rows_import_and_reimport(db: Database, tmp_path: Path) -> None:
    rows = []
    start = date(2015, 1, 1)
    for i in range(2000):
        rows.append(
            row(
                小区=f"小区{i % 3}",
                楼栋=str(i % 20 + 1),
                单元=str(i % 4 + 1),
                房号=f"{i % 30 + 1}{i % 2 + 1:02d}",
                姓名=f"客户{i}",
                手机号=f"139{i:08d}",
                证件号码=make_id_number(born=f"{date(1950, 1, 1) + timedelta(days=i):%Y%m%d}") if i % 3 else None,
                客户类型=("业主", "租户", "家属", "单位")[i % 4],
                入住日期=start + timedelta(days=i),
                迁出日期=start + timedelta(days=i + 400) if i % 7 == 0 else None,
            )
        )
    path = write_xlsx(tmp_path / "many.xlsx", rows)

    first = import_customers(db, ADMIN, path)
    second = import_customers(db, ADMIN, path)

    assert first.customers_created == 2000 and first.occupancies_created == 2000
    assert (second.customers_created, second.occupancies_created, second.units_created) == (0, 0, 0)
    assert second.unchanged_rows == 2000
    assert CustomerService(db, ADMIN).search_ids("客户1999") != []
