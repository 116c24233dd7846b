"""Customer archives in and out of spreadsheets (SPEC §6.2): import, export and the import template.

Import is all or nothing. Every row is checked first and every problem is reported with its spreadsheet row
and column; only a clean file is written, in one transaction, so a cancelled or failed import leaves the
database as it was. Identity follows the specification: a unit is 小区+楼栋+单元+房号; a customer is their
证件号码, or without one their 姓名+手机号 (without either, their 姓名 at that unit); an occupancy is
customer+unit+入住日期. Re-importing a file therefore changes nothing.

Speed (50,000 rows within 15 s, SPEC §7): existing customers, units and occupancies are read once into
dictionaries, new rows go in with multi-row INSERTs, and the derived search fields are computed in memory
with the rules of `customers.refresh_derived` (a test holds the two to the same result).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from pypinyin import Style
from pypinyin.converter import UltimateConverter
from pypinyin.core import Pinyin
from sqlalchemy import Row, bindparam, func, insert, select, update
from sqlalchemy import Table as SqlTable
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crm_desktop.models import Building, Community, Customer, Occupancy, Unit
from crm_desktop.models.database import Database
from crm_desktop.services.audit import record_event, record_export
from crm_desktop.services.codes import CHURN_REASONS, CUSTOMER_TYPES, GENDERS, ID_TYPES
from crm_desktop.services.customers import CustomerInput, validate_customer
from crm_desktop.services.errors import (
    ConflictError,
    ImportFileError,
    PermissionDeniedError,
    RowProblem,
    ValidationError,
)
from crm_desktop.services.masking import mask_id_number, mask_phone
from crm_desktop.services.principal import Principal
from crm_desktop.services.progress import Progress
from crm_desktop.services.search_text import SEPARATOR
from crm_desktop.services.spreadsheet import (
    MAX_CELL_CHARS,
    SheetRow,
    Table,
    cell_date,
    cell_text,
    match_headers,
    read_table,
    refuse_formulas,
    unneutralise,
    write_table,
)
from crm_desktop.services.structure import _floor_from_room, building_label, entrance_label, parse_area, unit_code
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import unit_of_work
from crm_desktop.services.validation import mainland_id_problem, mobile_problem, normalize_id_number, phone_problem

CUSTOMER_HEADERS: list[str] = [
    "小区",
    "楼栋",
    "单元",
    "房号",
    "面积",
    "姓名",
    "性别",
    "手机号",
    "证件类型",
    "证件号码",
    "客户类型(业主/租户/家属/单位)",
    "入住日期",
    "迁出日期",
    "迁出原因(自然流失/过失流失/竞争流失/被动流失/其他)",
    "特殊需求",
    "偏好",
    "紧急联系人",
    "紧急联系电话",
    "备注",
]
REQUIRED_HEADERS = ("小区", "楼栋", "房号", "姓名", "入住日期")
COLUMN_WIDTHS = (14, 8, 8, 8, 8, 10, 6, 14, 12, 22, 12, 12, 12, 12, 20, 20, 10, 14, 24)

# Column sizes of the tables: PostgreSQL refuses longer text where SQLite would quietly keep it.
COMMUNITY_NAME_MAX, BUILDING_NAME_MAX, ENTRANCE_MAX, ROOM_MAX, EMERGENCY_CONTACT_MAX = 100, 50, 20, 20, 100
# 业主/单位 own their unit, 租户 rent it, 家属 live with the owner.
ROLE_OF_TYPE = {"owner": "owner", "company": "owner", "tenant": "tenant", "family": "resident"}
ID_CHUNK = 500  # ids per IN (...) list: well inside SQLite's and PostgreSQL's parameter limits
BATCH = 1000
# Which column a ValidationError of validate_customer belongs to.
COLUMN_OF_FIELD = {
    "name": "姓名",
    "gender": "性别",
    "mobile": "手机号",
    "id_type": "证件类型",
    "id_number": "证件号码",
    "birthday": "证件号码",
    "customer_type": "客户类型",
    "emergency_contact": "紧急联系人",
    "emergency_phone": "紧急联系电话",
    "special_needs": "特殊需求",
    "preferences": "偏好",
    "notes": "备注",
}
# Customer columns an import row sets, when the row gives them.
IMPORTED_FIELDS = (
    "name",
    "customer_type",
    "gender",
    "mobile",
    "id_type",
    "id_number",
    "birthday",
    "emergency_contact",
    "emergency_phone",
    "special_needs",
    "preferences",
    "notes",
)


@dataclass(frozen=True)
class ImportResult:
    rows: int
    customers_created: int
    customers_updated: int
    occupancies_created: int
    units_created: int
    unchanged_rows: int

    def __str__(self) -> str:
        return (
            f"{self.rows} rows: {self.customers_created} customers created, {self.customers_updated} updated, "
            f"{self.occupancies_created} occupancies and {self.units_created} units created, "
            f"{self.unchanged_rows} rows unchanged"
        )


def _t(template: str, **params: object) -> Text:
    return Text(template, **params)


# --- reading and checking rows --------------------------------------------------------------------------

UnitKey = tuple[str, str, str, str]  # 小区, 楼栋 label, 单元 label, 房号


@dataclass(slots=True)
class _Row:
    number: int
    data: CustomerInput  # validated and cleaned
    given: dict[str, object]  # customer columns the row sets, with their values
    unit_key: UnitKey | None  # None: a customer without an occupancy
    area: Decimal | None
    role: str
    start: date | None
    end: date | None
    reason: str | None


def _masked(column: str, text: str) -> str:
    """Problem messages may end up in logs: ID numbers and phones are shown masked there too."""
    if column == "证件号码" and len(text) >= 8:
        return mask_id_number(text)
    if column in ("手机号", "紧急联系电话") and len(text) >= 7:
        return mask_phone(text)
    return text


_DATE_COLUMNS = frozenset(("入住日期", "迁出日期"))
_DATE_CELL = "(date cell)"  # stands for a date cell's text in a date column
_OCCUPANCY_COLUMNS = frozenset(("小区", "楼栋", "单元", "房号", "面积", "入住日期", "迁出日期", "迁出原因"))


def _labels(mapping: dict[str, str]) -> dict[str, str]:
    """{file-format name or code: code}: what `codes.code_for` answers, as a dictionary."""
    return {**{code: code for code in mapping}, **{name: code for code, name in mapping.items()}}


class _RowChecker:
    """Turns one spreadsheet row into a `_Row`, collecting every problem of the row.

    Good rows take the short way (one `validate_customer`); only a row it refuses is examined field by field,
    so that the clerk sees all of its problems at once.
    """

    def __init__(self, columns: dict[str, int], today: date) -> None:
        self.columns = list(columns.items())
        self.width = max(columns.values()) + 1
        self.today = today
        self.latest_start = today + timedelta(days=366)
        # code_for's answers, looked up rather than searched for on every row
        self.customer_types = _labels(CUSTOMER_TYPES)
        self.genders = _labels(GENDERS)
        self.id_types = _labels(ID_TYPES)
        self.churn_reasons = _labels(CHURN_REASONS)

    def check(self, row: SheetRow, problems: list[RowProblem]) -> _Row | None:
        texts, raw, found = self._texts(row)
        number = row.number
        reported = {p.column for p in found}

        def problem(column: str, reason: Text) -> None:
            if column not in reported:  # one problem a cell: the first says what to fix
                reported.add(column)
                shown = cell_text(raw[column]) if column in raw else texts.get(column, "")
                found.append(RowProblem(number, column, _masked(column, shown), reason))

        unit_key, area, start, end, reason = self._occupancy(texts, raw, problem)
        customer_type = "owner"
        if "客户类型" in texts:
            customer_type = self.customer_types.get(texts["客户类型"], "")
            if not customer_type:
                problem(
                    "客户类型",
                    _t(
                        QT_TRANSLATE_NOOP("Services", "unknown customer type; use one of {choices}"),
                        choices="/".join(CUSTOMER_TYPES.values()),
                    ),
                )
        gender = None
        if "性别" in texts:
            gender = self.genders.get(texts["性别"])
            if gender is None:
                problem("性别", _t(QT_TRANSLATE_NOOP("Services", "unknown gender; use 男 or 女")))
        id_type = "resident_id"
        if "证件类型" in texts:
            id_type = self.id_types.get(texts["证件类型"], "")
            if not id_type:
                problem(
                    "证件类型",
                    _t(
                        QT_TRANSLATE_NOOP("Services", "unknown ID type; use one of {choices}"),
                        choices="/".join(ID_TYPES.values()),
                    ),
                )
        id_type = id_type or "resident_id"
        id_number = normalize_id_number(texts.get("证件号码", ""))
        birthday = known_number = None
        if id_number and id_type == "resident_id" and mainland_id_problem(id_number, self.today) is None:
            # validate_customer checks a number three times (itself, for the birthday, for the gender): 1 s
            # of a 50,000-row import. Checked once here, the number goes in as "unchanged" (None) with the
            # birthday and gender it gives, exactly as birthday_from_id and gender_from_id would give them.
            known_number = id_number
            birthday = date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
            gender = gender or ("male" if int(id_number[16]) % 2 else "female")
        data = CustomerInput(
            name=texts.get("姓名", ""),
            customer_type=customer_type or "owner",
            gender=gender,
            mobile=texts.get("手机号", ""),
            id_type=id_type,
            id_number=None if known_number else texts.get("证件号码", ""),
            birthday=birthday,
            emergency_contact=texts.get("紧急联系人", ""),
            emergency_phone=texts.get("紧急联系电话", ""),
            special_needs=texts.get("特殊需求", ""),
            preferences=texts.get("偏好", ""),
            notes=texts.get("备注", ""),
        )
        try:
            data = validate_customer(data, self.today)
        except ValidationError as exc:
            if not self._customer_problems(data, problem):  # a rule the field checks below do not know
                problem(COLUMN_OF_FIELD.get(exc.field or "", "姓名"), exc.text)
        if known_number:
            data.id_number = known_number
        if found:
            problems.extend(found)
            return None
        given: dict[str, object] = {"name": data.name}
        if "客户类型" in texts:
            given["customer_type"] = data.customer_type
        if data.gender:
            given["gender"] = data.gender
        if data.mobile:
            given["mobile"] = data.mobile
        if data.id_number or "证件类型" in texts:
            given["id_type"] = data.id_type
        if data.id_number:
            given["id_number"] = data.id_number
        if data.birthday is not None:
            given["birthday"] = data.birthday
        for attr in ("emergency_contact", "emergency_phone", "special_needs", "preferences", "notes"):
            value = getattr(data, attr)
            if value:
                given[attr] = value
        return _Row(number, data, given, unit_key, area, ROLE_OF_TYPE[data.customer_type], start, end, reason)

    def _texts(self, row: SheetRow) -> tuple[dict[str, str], dict[str, object], list[RowProblem]]:
        """The row's non-empty cells as text by column, the non-text cells as read, and over-long cells."""
        cells = row.cells
        if len(cells) < self.width:
            cells = cells + [None] * (self.width - len(cells))
        texts: dict[str, str] = {}
        raw: dict[str, object] = {}
        found: list[RowProblem] = []
        for column, index in self.columns:
            value = cells[index]
            if value is None:
                continue
            if value.__class__ is str:
                if len(value) > MAX_CELL_CHARS:
                    found.append(
                        RowProblem(
                            row.number,
                            column,
                            value[:40],
                            _t(
                                QT_TRANSLATE_NOOP("Services", "the cell has {length} characters, more than {limit}"),
                                length=len(value),
                                limit=MAX_CELL_CHARS,
                            ),
                        )
                    )
                    continue
                text = value.strip()
                if text[:1] == "'":
                    text = unneutralise(text)
            elif value.__class__ is datetime and column in _DATE_COLUMNS:  # its text serves problem messages only
                raw[column] = value
                texts[column] = _DATE_CELL
                continue
            else:
                raw[column] = value
                text = cell_text(value)
            if text:
                texts[column] = text
        return texts, raw, found

    def _occupancy(self, texts: dict[str, str], raw: dict[str, object], problem) -> tuple:
        """(unit key, area, start, end, reason); all None for a customer without a unit."""
        if _OCCUPANCY_COLUMNS.isdisjoint(texts):
            return None, None, None, None, None
        community, room = texts.get("小区", ""), texts.get("房号", "")
        building, entrance = building_label(texts.get("楼栋", "")), entrance_label(texts.get("单元", ""))
        for column, value, limit in (
            ("小区", community, COMMUNITY_NAME_MAX),
            ("楼栋", building, BUILDING_NAME_MAX),
            ("单元", entrance, ENTRANCE_MAX),
            ("房号", room, ROOM_MAX),
        ):
            if column != "单元" and not value:
                problem(column, _t(QT_TRANSLATE_NOOP("Services", "{column} is required"), column=column))
            elif len(value) > limit:
                problem(column, _t(QT_TRANSLATE_NOOP("Services", "longer than {limit} characters"), limit=limit))
        area = None
        if "面积" in texts:
            try:
                area = parse_area(texts["面积"], field="面积")
            except ValidationError as exc:
                problem("面积", exc.text)
            except ArithmeticError:  # parse_area lets Decimal('NaN') through to a comparison
                problem("面积", _t(QT_TRANSLATE_NOOP("Services", "is not a number")))
        start = self._date("入住日期", texts, raw, problem)
        if start is None and "入住日期" not in texts:
            problem("入住日期", _t(QT_TRANSLATE_NOOP("Services", "{column} is required"), column="入住日期"))
        elif start is not None and start > self.latest_start:
            problem("入住日期", _t(QT_TRANSLATE_NOOP("Services", "is more than a year in the future")))
        end = self._date("迁出日期", texts, raw, problem)
        if start is not None and end is not None and end < start:
            problem(
                "迁出日期",
                _t(
                    QT_TRANSLATE_NOOP("Services", "move-out date {end} is before the move-in date {start}"),
                    end=end.isoformat(),
                    start=start.isoformat(),
                ),
            )
        reason = None
        if "迁出原因" in texts:
            reason = self.churn_reasons.get(texts["迁出原因"])
            if reason is None:
                problem(
                    "迁出原因",
                    _t(
                        QT_TRANSLATE_NOOP("Services", "unknown move-out reason; use one of {choices}"),
                        choices="/".join(CHURN_REASONS.values()),
                    ),
                )
            elif "迁出日期" not in texts:
                problem("迁出原因", _t(QT_TRANSLATE_NOOP("Services", "a move-out reason needs a 迁出日期")))
        return (community, building, entrance, room), area, start, end, reason

    @staticmethod
    def _date(column: str, texts: dict[str, str], raw: dict[str, object], problem) -> date | None:
        if column not in texts:
            return None
        try:
            day = cell_date(raw.get(column, texts[column]))  # type: ignore[arg-type]
        except ValueError as exc:
            reason = exc.args[0] if exc.args and isinstance(exc.args[0], Text) else _t("{problem}", problem=str(exc))
            problem(column, reason)
            return None
        if not 1900 <= day.year <= 2100:
            problem(column, _t(QT_TRANSLATE_NOOP("Services", "the year {year} is impossible"), year=day.year))
            return None
        return day

    def _customer_problems(self, data: CustomerInput, problem) -> bool:
        """Every problem of the customer columns that validate_customer refused; False when none is found."""
        count = 0

        def report(column: str, reason: Text) -> None:
            nonlocal count
            count += 1
            problem(column, reason)

        if not data.name.strip():
            report("姓名", _t(QT_TRANSLATE_NOOP("Services", "{column} is required"), column="姓名"))
        elif len(data.name.strip()) > 100:
            report("姓名", _t(QT_TRANSLATE_NOOP("Services", "longer than {limit} characters"), limit=100))
        if data.mobile and (why := mobile_problem(data.mobile)):
            report("手机号", _t(QT_TRANSLATE_NOOP("Services", "mobile phone {problem}"), problem=why))
        id_number = data.id_number or ""
        if id_number and data.id_type == "resident_id" and (why := mainland_id_problem(id_number, self.today)):
            report("证件号码", _t(QT_TRANSLATE_NOOP("Services", "ID number {problem}"), problem=why))
        if data.emergency_phone and (why := phone_problem(data.emergency_phone)):
            report("紧急联系电话", _t(QT_TRANSLATE_NOOP("Services", "phone {problem}"), problem=why))
        if len(data.emergency_contact) > EMERGENCY_CONTACT_MAX:
            report(
                "紧急联系人",
                _t(QT_TRANSLATE_NOOP("Services", "longer than {limit} characters"), limit=EMERGENCY_CONTACT_MAX),
            )
        return count > 0


# --- identity -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Group:
    """The rows of one customer, and what the database already knows of them."""

    key: tuple
    rows: list[_Row]
    customer_id: int | None = None
    merged: dict[str, object] | None = None  # the customer's columns from the rows (_merge)
    changed: bool = False

    @property
    def first(self) -> _Row:
        return min(self.rows, key=lambda r: r.number)


def _identity(row: _Row) -> tuple:
    data = row.data
    if data.id_number:
        return ("id", data.id_number)
    if data.mobile:
        return ("nm", data.name, data.mobile)
    return ("nu", data.name, row.unit_key)


def _group_rows(rows: list[_Row], problems: list[RowProblem]) -> list[_Group]:
    # (name, mobile) → the one ID number rows with them give ("" when they give several)
    id_of_name_mobile: dict[tuple[str, str], str] = {}
    for row in rows:
        data = row.data
        if data.id_number and data.mobile:
            known = id_of_name_mobile.setdefault((data.name, data.mobile), data.id_number)
            if known != data.id_number:
                id_of_name_mobile[(data.name, data.mobile)] = ""
    groups: dict[tuple, _Group] = {}
    for row in rows:
        key = _identity(row)
        if key[0] == "nm" and id_of_name_mobile:
            id_number = id_of_name_mobile.get((key[1], key[2]))
            if id_number:  # the same person, whose ID number another row gives
                key = ("id", id_number)
        group = groups.get(key)
        if group is None:
            groups[key] = _Group(key, [row])
            continue
        first = group.rows[0]
        if key[0] == "id" and row.data.name != first.data.name:
            problems.append(
                RowProblem(
                    row.number,
                    "证件号码",
                    _masked("证件号码", row.data.id_number or ""),
                    _t(
                        QT_TRANSLATE_NOOP("Services", "the same ID number is on row {row} for {name}"),
                        row=first.number,
                        name=first.data.name,
                    ),
                )
            )
            continue
        group.rows.append(row)
    return list(groups.values())


def _merge(group: _Group, today: date) -> None:
    """The customer's columns from their rows: the current and latest occupancy's row speaks last."""
    if len(group.rows) == 1:
        group.merged = group.rows[0].given
        return

    def order(row: _Row) -> tuple:
        current = row.start is not None and row.start <= today and (row.end is None or row.end > today)
        return (current, row.start or date.min, row.number)

    group.rows.sort(key=order)
    merged: dict[str, object] = {}
    for row in group.rows:
        merged.update(row.given)
    group.merged = merged


# --- search text ---------------------------------------------------------------------------------------


class _MemoConverter(UltimateConverter):
    """pypinyin's converter for `lazy_pinyin`, remembering every word it converted.

    Converting is most of pypinyin's time (≈70 µs a name here); names share their characters, so after a
    few thousand rows nearly every word is remembered. Same results, by construction.
    """

    def __init__(self) -> None:
        super().__init__()
        self._memo: dict[tuple, list[list[str]]] = {}

    def convert(self, words, style, heteronym, errors, strict, **kwargs):  # type: ignore[override]
        key = (words, style, heteronym, errors, strict)
        result = self._memo.get(key)
        if result is None:
            result = self._memo[key] = super().convert(words, style, heteronym, errors, strict, **kwargs)
        return [list(item) for item in result]


_NON_DIGITS = re.compile(r"\D")


class _SearchText:
    """`search_text.build_search_text` for thousands of customers at once.

    It repeats build_search_text's few lines with a remembering pinyin converter: calling it 50,000 times
    costs 4–5 s of the 15 s import budget. `test_customer_io` holds the two to the same output.
    """

    def __init__(self) -> None:
        self.converter = _MemoConverter()
        self.pinyin = Pinyin(self.converter)
        self.names: dict[str, tuple[str, str, str]] = {}

    def __call__(
        self, name: str, phones: Iterable[str | None], unit_codes: Iterable[str], id_number: str | None
    ) -> str:
        forms = self.names.get(name)
        if forms is None:
            forms = self.names[name] = self._name_forms(name)
        parts = list(forms)
        parts += [_NON_DIGITS.sub("", p) for p in phones if p]
        parts += [code.lower() for code in unit_codes]
        if id_number:
            parts.append(id_number.lower()[-6:])
        return SEPARATOR + SEPARATOR.join(p for p in parts if p) + SEPARATOR

    def _name_forms(self, name: str) -> tuple[str, str, str]:
        name = unicodedata.normalize("NFKC", name)
        # Pinyin.lazy_pinyin(name, style=Style.NORMAL, errors="default") without its per-call wrapping
        convert = self.converter.convert
        syllables = [
            item[0] for word in self.pinyin.seg(name) for item in convert(word, Style.NORMAL, False, "default", True)
        ]
        full = "".join(syllables).lower().replace(" ", "")
        initials = "".join(s[0] for s in syllables if s and s[0].isalnum()).lower()
        return name.lower().replace(" ", ""), full, initials


# --- the import -----------------------------------------------------------------------------------------


@dataclass
class _Existing:
    """What the database holds that the file may refer to, read once."""

    by_id_number: dict[str, int] = field(default_factory=dict)
    by_name_mobile: dict[tuple[str, str], int] = field(default_factory=dict)
    by_name_mobile_no_id: dict[tuple[str, str], int] = field(default_factory=dict)
    bare_by_name: dict[str, list[int]] = field(default_factory=dict)  # no mobile, no ID number
    names: dict[int, str] = field(default_factory=dict)
    communities: dict[str, int] = field(default_factory=dict)
    buildings: dict[tuple[int, str], int] = field(default_factory=dict)
    units: dict[tuple[int, str, str], tuple[int, Decimal | None, str]] = field(default_factory=dict)
    occupancies: dict[int, list[dict]] = field(default_factory=lambda: defaultdict(list))

    def unit(self, key: UnitKey) -> tuple[int, Decimal | None, str] | None:
        """(id, area, code) of the unit with this key, if the archive has it."""
        community = self.communities.get(key[0])
        building = self.buildings.get((community, key[1])) if community is not None else None
        return self.units.get((building, key[2], key[3])) if building is not None else None

    def unit_id(self, key: UnitKey) -> int | None:
        unit = self.unit(key)
        return unit[0] if unit is not None else None


def _chunks(items: Sequence, size: int = ID_CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _load_existing(s: Session, rows: list[_Row]) -> _Existing:
    existing = _Existing()
    for cid, name, mobile, id_number in s.execute(
        select(Customer.id, Customer.name, Customer.mobile, Customer.id_number).order_by(Customer.id)
    ):
        existing.names[cid] = name
        if id_number:
            existing.by_id_number.setdefault(id_number, cid)
        if mobile:
            existing.by_name_mobile.setdefault((name, mobile), cid)
            if not id_number:
                existing.by_name_mobile_no_id.setdefault((name, mobile), cid)
        elif not id_number:
            existing.bare_by_name.setdefault(name, []).append(cid)
    community_names = sorted({row.unit_key[0] for row in rows if row.unit_key})
    for chunk in _chunks(community_names):
        query = select(Community.id, Community.name).where(Community.name.in_(chunk))
        existing.communities.update({name: cid for cid, name in s.execute(query)})
    community_ids = list(existing.communities.values())
    for chunk in _chunks(community_ids):
        for bid, cid, name in s.execute(
            select(Building.id, Building.community_id, Building.name).where(Building.community_id.in_(chunk))
        ):
            existing.buildings[(cid, name)] = bid
    building_ids = list(existing.buildings.values())
    for chunk in _chunks(building_ids):
        for uid, bid, entrance, room, area, code in s.execute(
            select(Unit.id, Unit.building_id, Unit.entrance, Unit.room, Unit.area_m2, Unit.code).where(
                Unit.building_id.in_(chunk)
            )
        ):
            existing.units[(bid, entrance, room)] = (uid, area, code)
    return existing


def _load_occupancies(s: Session, existing: _Existing, customer_ids: Iterable[int]) -> None:
    ids = sorted(set(customer_ids))
    for chunk in _chunks(ids):
        for oid, cid, uid, role, start, end, reason, code in s.execute(
            select(
                Occupancy.id,
                Occupancy.customer_id,
                Occupancy.unit_id,
                Occupancy.role,
                Occupancy.start_date,
                Occupancy.end_date,
                Occupancy.end_reason,
                Unit.code,
            )
            .join(Unit, Unit.id == Occupancy.unit_id)
            .where(Occupancy.customer_id.in_(chunk))
            .order_by(Occupancy.start_date, Occupancy.id)
        ):
            existing.occupancies[cid].append(
                {"id": oid, "unit_id": uid, "role": role, "start": start, "end": end, "reason": reason, "code": code}
            )


def _resolve(groups: list[_Group], existing: _Existing, problems: list[RowProblem]) -> tuple[list[_Group], set[int]]:
    """Link each group to the customer the archive already has with that identity, if any.

    Returns the groups of bare names, which need the customers' occupancies to be matched, and the ids of
    every customer whose occupancies must be read for that and for the rest of the import."""
    for group in groups:
        kind = group.key[0]
        name = group.rows[0].data.name
        if kind == "id":
            cid = existing.by_id_number.get(group.key[1])
            if cid is not None and existing.names[cid] != name:
                row = group.first
                problems.append(
                    RowProblem(
                        row.number,
                        "证件号码",
                        _masked("证件号码", group.key[1]),
                        _t(
                            QT_TRANSLATE_NOOP(
                                "Services", "this ID number belongs to the customer {name} (#{id}) in the archive"
                            ),
                            name=existing.names[cid],
                            id=cid,
                        ),
                    )
                )
                continue
            if cid is None:
                for row in group.rows:
                    if row.data.mobile:
                        cid = existing.by_name_mobile_no_id.get((row.data.name, row.data.mobile))
                        if cid is not None:
                            break
            group.customer_id = cid
        elif kind == "nm":
            group.customer_id = existing.by_name_mobile.get((group.key[1], group.key[2]))
    # Bare names (no mobile, no ID number) are matched by the unit they live in, or by having none.
    bare = [g for g in groups if g.key[0] == "nu" and g.key[1] in existing.bare_by_name]
    candidates = {cid for g in bare for cid in existing.bare_by_name[g.key[1]]}
    known = {g.customer_id for g in groups if g.customer_id is not None}
    return bare, known | candidates


def _resolve_bare(groups: list[_Group], bare: list[_Group], existing: _Existing) -> None:
    for group in bare:
        unit_key = group.key[2]
        unit_id = existing.unit_id(unit_key) if unit_key is not None else None
        for cid in existing.bare_by_name[group.key[1]]:
            occupancies = existing.occupancies.get(cid, [])
            if (unit_key is None and not occupancies) or (
                unit_id is not None and any(o["unit_id"] == unit_id for o in occupancies)
            ):
                group.customer_id = cid
                break


def _combine_same_customer(groups: list[_Group], problems: list[RowProblem]) -> list[_Group]:
    """Two groups of the file that are one customer of the archive become one."""
    by_customer: dict[int, _Group] = {}
    result: list[_Group] = []
    for group in groups:
        if group.customer_id is None:
            result.append(group)
            continue
        other = by_customer.get(group.customer_id)
        if other is None:
            by_customer[group.customer_id] = group
            result.append(group)
            continue
        if group.key[0] == "id" and other.key[0] == "id" and group.key[1] != other.key[1]:
            row = group.first
            problems.append(
                RowProblem(
                    row.number,
                    "证件号码",
                    _masked("证件号码", group.key[1]),
                    _t(
                        QT_TRANSLATE_NOOP("Services", "row {row} gives the same customer another ID number"),
                        row=other.first.number,
                    ),
                )
            )
            continue
        if group.key[0] == "id":
            other.key = group.key
        other.rows.extend(group.rows)
    return result


@dataclass
class _Plan:
    """Everything the import will write, decided before the first write."""

    new_communities: list[str] = field(default_factory=list)
    new_buildings: list[tuple[str, str]] = field(default_factory=list)
    new_units: dict[UnitKey, Decimal | None] = field(default_factory=dict)
    area_updates: dict[int, Decimal] = field(default_factory=dict)
    # Per group: occupancies to create (unit key, row) and existing ones to end (id → (end, reason)).
    new_occupancies: dict[int, list[_Row]] = field(default_factory=lambda: defaultdict(list))
    ended: dict[int, dict[int, tuple[date | None, str | None]]] = field(default_factory=dict)
    unchanged_rows: int = 0


def _plan_units(rows: list[_Row], existing: _Existing, plan: _Plan) -> set[UnitKey]:
    """New communities, buildings and units; areas filled in where the archive has none. Returns new keys."""
    seen_communities: set[str] = set()
    seen_buildings: set[tuple[str, str]] = set()
    created_or_changed: set[UnitKey] = set()
    for row in rows:
        key = row.unit_key
        if key is None:
            continue
        community, building = key[0], key[1]
        community_id = existing.communities.get(community)
        if community_id is None and community not in seen_communities:
            seen_communities.add(community)
            plan.new_communities.append(community)
        building_id = existing.buildings.get((community_id, building)) if community_id is not None else None
        if building_id is None and (community, building) not in seen_buildings:
            seen_buildings.add((community, building))
            plan.new_buildings.append((community, building))
        unit = existing.units.get((building_id, key[2], key[3])) if building_id is not None else None
        if unit is None:
            if key not in plan.new_units or plan.new_units[key] is None:
                plan.new_units[key] = row.area
            created_or_changed.add(key)
        elif row.area is not None and unit[1] is None:
            plan.area_updates.setdefault(unit[0], row.area)
            created_or_changed.add(key)
    return created_or_changed


def _plan_occupancies(
    group: _Group, gid: int, existing: _Existing, plan: _Plan, problems: list[RowProblem]
) -> set[int]:
    """New occupancies of one customer and move-outs newly given; returns the numbers of rows that change."""
    if group.customer_id is None and len(group.rows) == 1:  # most rows of a first import: nothing to compare
        row = group.rows[0]
        if row.unit_key is None:
            return set()
        plan.new_occupancies[gid].append(row)
        return {row.number}
    changed_rows: set[int] = set()
    current = existing.occupancies.get(group.customer_id, []) if group.customer_id is not None else []
    by_identity = {(o["unit_id"], o["start"]): o for o in current}
    in_file: dict[tuple, _Row] = {}
    intervals: dict[object, list[tuple[date, date | None, _Row | None]]] = defaultdict(list)
    for o in current:
        intervals[o["unit_id"]].append((o["start"], o["end"], None))
    ended: dict[int, tuple[date | None, str | None]] = {}
    for row in group.rows:
        if row.unit_key is None or row.start is None:
            continue
        unit_id = existing.unit_id(row.unit_key)
        unit_ref: object = unit_id if unit_id is not None else row.unit_key
        identity = (unit_ref, row.start)
        twin = in_file.get(identity)
        if twin is not None:
            if (row.end, row.reason) != (twin.end, twin.reason) and (row.end or row.reason):
                problems.append(
                    RowProblem(
                        row.number,
                        "迁出日期",
                        row.end.isoformat() if row.end else "",
                        _t(
                            QT_TRANSLATE_NOOP("Services", "row {row} has the same occupancy with another move-out"),
                            row=twin.number,
                        ),
                    )
                )
            continue
        in_file[identity] = row
        stored = by_identity.get(identity) if unit_id is not None else None
        if stored is None:
            plan.new_occupancies[gid].append(row)
            intervals[unit_ref].append((row.start, row.end, row))
            changed_rows.add(row.number)
            continue
        end, reason = stored["end"], stored["reason"]
        if stored["end"] is None and row.end is not None:
            end, reason = row.end, row.reason
        elif stored["end"] is not None and row.end == stored["end"] and stored["reason"] is None and row.reason:
            reason = row.reason
        if (end, reason) != (stored["end"], stored["reason"]):
            ended[stored["id"]] = (end, reason)
            changed_rows.add(row.number)
            for index, (start, old_end, who) in enumerate(intervals[unit_ref]):
                if who is None and start == stored["start"] and old_end == stored["end"]:
                    intervals[unit_ref][index] = (start, end, row)
                    break
    # The same customer cannot live twice in one unit at the same time.
    for spans in intervals.values():
        if len(spans) < 2:
            continue
        spans.sort(key=lambda span: span[0])
        for later, (start_b, _end_b, row_b) in enumerate(spans):
            for start_a, end_a, row_a in spans[:later]:
                if (row_a is None and row_b is None) or not (end_a is None or end_a > start_b):
                    continue
                row = row_b or row_a
                assert row is not None
                problems.append(
                    RowProblem(
                        row.number,
                        "入住日期",
                        row.start.isoformat() if row.start else "",
                        _t(
                            QT_TRANSLATE_NOOP(
                                "Services", "{name} already lives in this unit from {start} ({until}) at that time"
                            ),
                            name=row.data.name,
                            start=start_a.isoformat(),
                            until=end_a.isoformat() if end_a else "not moved out",
                        ),
                    )
                )
                break
    if ended:
        plan.ended[gid] = ended
    return changed_rows


def import_customers(db: Database, principal: Principal, path: Path, progress: Progress | None = None) -> ImportResult:
    """Import a customers file (SPEC §6.2): everything, or nothing and every problem in ImportFileError."""
    path = Path(path)
    progress = progress or Progress()
    if not principal.may_edit:
        raise PermissionDeniedError(_t(QT_TRANSLATE_NOOP("Services", "Your role may only read records")))
    table = read_table(path, progress)
    columns, problems = match_headers(table, CUSTOMER_HEADERS, REQUIRED_HEADERS)
    if problems:
        raise ImportFileError(path=str(path), problems=problems)
    if not table.rows:
        raise ImportFileError(path=str(path), message=f"{path}: the file has a header row but no data rows")
    today = date.today()
    rows = _check_rows(table, columns, today, problems, progress)
    groups = _group_rows(rows, problems)
    refuse_formulas(table, columns, problems)
    if problems:
        problems.sort(key=lambda p: p.row)
        raise ImportFileError(path=str(path), problems=problems)
    total = len(table.rows)
    try:
        with unit_of_work(db, principal) as s:
            progress(0, total, QT_TRANSLATE_NOOP("Services", "Comparing with the archive"))
            existing = _load_existing(s, rows)
            bare, customer_ids = _resolve(groups, existing, problems)
            _load_occupancies(s, existing, customer_ids)
            _resolve_bare(groups, bare, existing)
            groups = _combine_same_customer(groups, problems)
            plan = _Plan()
            changed_units = _plan_units(rows, existing, plan)
            changed_rows: set[int] = set()
            for gid, group in enumerate(groups):
                _merge(group, today)
                changed_rows |= _plan_occupancies(group, gid, existing, plan, problems)
            if problems:
                problems.sort(key=lambda p: p.row)
                raise ImportFileError(path=str(path), problems=problems)
            result = _write(s, principal, groups, existing, plan, changed_units, changed_rows, today, progress, total)
            # The bulk inserts bypass the ORM's audit hook: one summary entry per import, in the same transaction.
            record_event(s, principal.username, "import", "customers", detail=f"{path.name}: {result}")
            return result
    except IntegrityError as exc:
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Someone else added the same units or customers while the file was imported; nothing was "
                    "imported. Import the file again.",
                )
            )
        ) from exc


def _check_rows(
    table: Table, columns: dict[str, int], today: date, problems: list[RowProblem], progress: Progress
) -> list[_Row]:
    checker = _RowChecker(columns, today)
    rows: list[_Row] = []
    total = len(table.rows)
    for done, sheet_row in enumerate(table.rows):
        if done % 1000 == 0:
            progress(done, total, QT_TRANSLATE_NOOP("Services", "Checking rows"))
        row = checker.check(sheet_row, problems)
        if row is not None:
            rows.append(row)
    progress(total, total, QT_TRANSLATE_NOOP("Services", "Checking rows"))
    return rows


_STORED_COLUMNS = (*IMPORTED_FIELDS, "phone2", "is_active", "unit_codes", "search_text")


def _stored_values(s: Session, customer_ids: Sequence[int]) -> dict[int, dict[str, object]]:
    columns = [Customer.id, *(getattr(Customer, name) for name in _STORED_COLUMNS)]
    values: dict[int, dict[str, object]] = {}
    for chunk in _chunks(sorted(customer_ids)):
        for record in s.execute(select(*columns).where(Customer.id.in_(chunk))):
            values[record[0]] = dict(zip(_STORED_COLUMNS, record[1:], strict=True))
    return values


def _write(
    s: Session,
    principal: Principal,
    groups: list[_Group],
    existing: _Existing,
    plan: _Plan,
    changed_units: set[UnitKey],
    changed_rows: set[int],
    today: date,
    progress: Progress,
    total: int,
) -> ImportResult:
    actor = principal.username

    def step(fraction: float) -> None:
        progress(int(total * fraction), total, QT_TRANSLATE_NOOP("Services", "Importing"))

    _write_units(s, actor, existing, plan)
    step(0.1)
    search_text = _SearchText()

    def derived(gid: int, group: _Group, values: dict[str, object]) -> dict[str, object]:
        """is_active, unit_codes and search_text by the rules of customers.refresh_derived."""
        phones, id_number = [values["mobile"], values["phone2"]], values["id_number"]
        new = plan.new_occupancies.get(gid, ())
        if group.customer_id is None and len(new) <= 1:  # most customers of a first import
            if not new:
                return {
                    "is_active": False,
                    "unit_codes": "",
                    "search_text": search_text(values["name"], phones, (), id_number),
                }
            row = new[0]
            code = existing.unit(row.unit_key)[2]  # type: ignore[arg-type,index]
            lives = row.start <= today and (row.end is None or row.end > today)  # type: ignore[operator]
            return {
                "is_active": lives,
                "unit_codes": code[:500] if lives else "",
                "search_text": search_text(values["name"], phones, (code,), id_number),
            }
        items: list[tuple[tuple, str, date, date | None]] = []
        ended = plan.ended.get(gid, {})
        if group.customer_id is not None:
            for o in existing.occupancies.get(group.customer_id, []):
                end = ended[o["id"]][0] if o["id"] in ended else o["end"]
                items.append(((o["start"], 0, o["id"]), o["code"], o["start"], end))
        for row in plan.new_occupancies.get(gid, []):
            unit = existing.unit(row.unit_key)  # type: ignore[arg-type]
            assert unit is not None and row.start is not None
            items.append(((row.start, 1, row.number), unit[2], row.start, row.end))
        items.sort(key=lambda item: item[0])
        current = [code for _, code, start, end in items if start <= today and (end is None or end > today)]
        all_codes = list(dict.fromkeys(code for _, code, _, _ in items))
        return {
            "is_active": bool(current),
            "unit_codes": ",".join(dict.fromkeys(current))[:500],
            "search_text": search_text(values["name"], phones, all_codes, id_number),
        }

    # New customers, with their derived columns, in multi-row INSERTs.
    new_gids = [gid for gid, group in enumerate(groups) if group.customer_id is None]
    created_ids: dict[int, int] = {}
    defaults: dict[str, object] = {
        **dict.fromkeys(IMPORTED_FIELDS),
        "customer_type": "owner",
        "id_type": "resident_id",
        "phone2": None,
        "tags": "",
        "version": 1,
        "updated_by": actor,
    }
    for start in range(0, len(new_gids), BATCH):
        gids = new_gids[start : start + BATCH]
        params = []
        for gid in gids:
            values = {**defaults, **groups[gid].merged}
            values.update(derived(gid, groups[gid], values))
            params.append(values)
        ids = _insert(s, Customer.__table__, params, key=("name", "id_number", "mobile"))
        created_ids.update(zip(gids, ids, strict=True))
        step(0.1 + 0.6 * (start + len(params)) / len(new_gids))

    # Customers already in the archive: only what the file changes, through the ORM so that a concurrent
    # edit at another desk is detected by the version check rather than overwritten.
    old_gids = [gid for gid, group in enumerate(groups) if group.customer_id is not None]
    stored = _stored_values(s, [groups[gid].customer_id for gid in old_gids])  # type: ignore[misc]
    updates: dict[int, dict[str, object]] = {}
    for gid in old_gids:
        group = groups[gid]
        before = stored[group.customer_id]  # type: ignore[index]
        changes = {attr: value for attr, value in group.merged.items() if before[attr] != value}
        if not (changes or plan.new_occupancies.get(gid) or plan.ended.get(gid)):
            continue
        after = {**before, **changes}
        changes.update({k: v for k, v in derived(gid, group, after).items() if before[k] != v})
        if changes:
            updates[group.customer_id] = changes  # type: ignore[index]
        group.changed = True
    for chunk in _chunks(sorted(updates)):
        for customer in s.scalars(select(Customer).where(Customer.id.in_(chunk))):
            for attr, value in updates[customer.id].items():
                setattr(customer, attr, value)
        s.flush()
    step(0.8)

    occupancy_params = []
    for gid, group in enumerate(groups):
        customer_id = group.customer_id if group.customer_id is not None else created_ids[gid]
        for row in plan.new_occupancies.get(gid, []):
            occupancy_params.append(
                {
                    "customer_id": customer_id,
                    "unit_id": existing.unit_id(row.unit_key),  # type: ignore[arg-type]
                    "role": row.role,
                    "start_date": row.start,
                    "end_date": row.end,
                    "end_reason": row.reason,
                    "start_kind": "import",
                }
            )
    for start in range(0, len(occupancy_params), BATCH * 5):
        _insert(s, Occupancy.__table__, occupancy_params[start : start + BATCH * 5])
    ended_params = [
        {"oid": oid, "new_end": end, "new_reason": reason}
        for by_id in plan.ended.values()
        for oid, (end, reason) in by_id.items()
    ]
    if ended_params:
        occupancies = Occupancy.__table__
        s.execute(
            update(occupancies)
            .where(occupancies.c.id == bindparam("oid"))
            .values(end_date=bindparam("new_end"), end_reason=bindparam("new_reason"), updated_at=func.now()),
            ended_params,
        )
    step(1.0)

    unchanged = sum(
        1
        for group in groups
        if group.customer_id is not None and not group.changed
        for row in group.rows
        if row.number not in changed_rows and row.unit_key not in changed_units
    )
    return ImportResult(
        rows=total,
        customers_created=len(created_ids),
        customers_updated=sum(1 for gid in old_gids if groups[gid].changed),
        occupancies_created=len(occupancy_params),
        units_created=len(plan.new_units),
        unchanged_rows=unchanged,
    )


def _insert(s: Session, table: SqlTable, params: list[dict[str, object]], key: tuple[str, ...] = ()) -> list[int]:
    """INSERT the rows; with `key` (columns that tell the rows apart), return their new ids in params' order.

    PostgreSQL: SQLAlchemy's multi-row INSERT … RETURNING in parameter order. SQLite: straight through the
    driver's executemany, with SQLAlchemy's own conversion of each value (its per-row parameter handling is
    a fifth of the time there, and it keeps RETURNING in order only by inserting row by row, 4 s for 50,000
    customers). While this transaction holds SQLite's write lock, new rows are numbered consecutively in the
    order they are inserted, so the ids are the last len(params) ones; the key columns are read back and
    compared to make sure of it.
    """
    if not params:
        return []
    connection = s.connection()
    if connection.dialect.name == "postgresql" and connection.dialect.driver == "psycopg":
        return _copy_into_postgresql(connection, table, params, bool(key))
    if connection.dialect.name != "sqlite":
        if key:
            statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            return list(s.scalars(statement, params).all())
        s.execute(insert(table).returning(table.c.id), params)  # RETURNING: multi-row INSERTs
        return []
    names = list(params[0])
    processors = [table.c[name].type.bind_processor(connection.dialect) for name in names]
    converted = [(i, f) for i, f in enumerate(processors) if f is not None]  # dates, decimals, booleans
    rows = []
    for p in params:
        values = [p[name] for name in names]
        for i, f in converted:
            if values[i] is not None:
                values[i] = f(values[i])
        rows.append(tuple(values))
    quote = connection.dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in names)
    connection.exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({', '.join('?' * len(names))})", rows
    )
    if not key:
        return []
    last = connection.execute(select(func.max(table.c.id))).scalar_one()
    first = last - len(params) + 1
    stored = connection.execute(
        select(table.c.id, *(table.c[k] for k in key)).where(table.c.id >= first).order_by(table.c.id)
    ).all()
    ids = [record[0] for record in stored]
    if ids != list(range(first, last + 1)) or [tuple(r[1:]) for r in stored] != [
        tuple(p[k] for k in key) for p in params
    ]:
        raise RuntimeError(f"SQLite numbered the new rows of {table.name} in an unexpected way")
    return ids


def _copy_into_postgresql(connection, table: SqlTable, params: list[dict[str, object]], want_ids: bool) -> list[int]:
    """COPY the rows, with ids drawn from the table's sequence beforehand; returns them in params' order.

    SQLAlchemy's multi-row INSERT … RETURNING took 5 s per 50,000 rows here, so that a 50,000-row import ran
    18 s on PostgreSQL (BENCHMARKS.md, import); COPY takes a tenth of that. The ids come from the same sequence
    the table's default uses, so rows inserted later by other desks never collide with them.
    """
    quote = connection.dialect.identifier_preparer.quote
    names = [name for name in params[0] if name != "id"]
    sequence = connection.exec_driver_sql("SELECT pg_get_serial_sequence(%s, 'id')", (table.name,)).scalar_one()
    ids = [
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT nextval(%s) FROM generate_series(1, %s)", (sequence, len(params))
        )
    ]
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        columns = ", ".join(quote(name) for name in ["id", *names])
        with cursor.copy(f"COPY {quote(table.name)} ({columns}) FROM STDIN") as copy:
            for new_id, p in zip(ids, params, strict=True):
                copy.write_row([new_id, *(p[name] for name in names)])
    finally:
        cursor.close()
    return ids if want_ids else []


def _write_units(s: Session, actor: str, existing: _Existing, plan: _Plan) -> None:
    """Create the communities, buildings and units of the plan and add them to `existing`.

    Communities and buildings are few: read back by their natural keys (RETURNING).
    """
    communities, buildings, units = Community.__table__, Building.__table__, Unit.__table__
    if plan.new_communities:
        statement = insert(communities).returning(communities.c.id, communities.c.name)
        params = [{"name": name, "version": 1, "updated_by": actor} for name in plan.new_communities]
        existing.communities.update({name: cid for cid, name in s.execute(statement, params)})
    if plan.new_buildings:
        statement = insert(buildings).returning(buildings.c.id, buildings.c.community_id, buildings.c.name)
        params = [
            {"community_id": existing.communities[c], "name": b, "version": 1, "updated_by": actor}
            for c, b in plan.new_buildings
        ]
        existing.buildings.update({(cid, name): bid for bid, cid, name in s.execute(statement, params)})
    keys = list(plan.new_units)
    for start in range(0, len(keys), BATCH * 5):
        params = [
            {
                "building_id": existing.buildings[(existing.communities[key[0]], key[1])],
                "entrance": key[2],
                "room": key[3],
                "floor": _floor_from_room(key[3]),
                "area_m2": plan.new_units[key],
                "usage": "residential",
                "code": unit_code(key[1], key[2], key[3]),
                "version": 1,
                "updated_by": actor,
            }
            for key in keys[start : start + BATCH * 5]
        ]
        ids = _insert(s, units, params, key=("building_id", "entrance", "room"))
        for values, unit_id in zip(params, ids, strict=True):
            existing.units[(values["building_id"], values["entrance"], values["room"])] = (
                unit_id,
                values["area_m2"],  # type: ignore[assignment]
                values["code"],  # type: ignore[assignment]
            )
    if plan.area_updates:
        s.execute(
            update(units)
            .where(units.c.id == bindparam("uid"), units.c.area_m2.is_(None))
            .values(area_m2=bindparam("area"), version=units.c.version + 1, updated_by=actor, updated_at=func.now()),
            [{"uid": uid, "area": area} for uid, area in plan.area_updates.items()],
        )


# --- export ---------------------------------------------------------------------------------------------


def _export_type(customer_type: str, role: str | None) -> str:
    """客户类型 of an export row: the occupancy's role, in the words the import reads back."""
    if role == "tenant":
        return CUSTOMER_TYPES["tenant"]
    if role == "resident":
        return CUSTOMER_TYPES["family"]
    if role == "owner":
        return CUSTOMER_TYPES["company"] if customer_type == "company" else CUSTOMER_TYPES["owner"]
    return CUSTOMER_TYPES.get(customer_type, "")


def _export_statement():
    return (
        select(
            Community.name,
            Building.name,
            Unit.entrance,
            Unit.room,
            Unit.area_m2,
            Customer.name,
            Customer.gender,
            Customer.mobile,
            Customer.id_type,
            Customer.id_number,
            Customer.customer_type,
            Occupancy.role,
            Occupancy.start_date,
            Occupancy.end_date,
            Occupancy.end_reason,
            Customer.special_needs,
            Customer.preferences,
            Customer.emergency_contact,
            Customer.emergency_phone,
            Customer.notes,
        )
        .select_from(Customer)
        .outerjoin(Occupancy, Occupancy.customer_id == Customer.id)
        .outerjoin(Unit, Unit.id == Occupancy.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .outerjoin(Community, Community.id == Building.community_id)
        .order_by(Customer.id, Occupancy.start_date, Occupancy.id)
    )


def _export_rows(result: Iterable[Row], reveal: bool) -> Iterator[list[object]]:
    for (
        community,
        building,
        entrance,
        room,
        area,
        name,
        gender,
        mobile,
        id_type,
        id_number,
        customer_type,
        role,
        start,
        end,
        reason,
        special_needs,
        preferences,
        emergency_contact,
        emergency_phone,
        notes,
    ) in result:
        yield [
            community or "",
            building or "",
            entrance or "",
            room or "",
            area,
            name,
            GENDERS.get(gender or "", ""),
            (mobile or "") if reveal else mask_phone(mobile),
            ID_TYPES.get(id_type, "") if id_number else "",
            (id_number or "") if reveal else mask_id_number(id_number),
            _export_type(customer_type, role),
            start,
            end,
            CHURN_REASONS.get(reason or "", ""),
            special_needs or "",
            preferences or "",
            emergency_contact or "",
            (emergency_phone or "") if reveal else mask_phone(emergency_phone),
            notes or "",
        ]


def export_customers(
    db: Database, principal: Principal, path: Path, unmasked: bool = False, progress: Progress | None = None
) -> int:
    """Write every customer, one row per occupancy, with the import's headers; returns the rows written.

    ID numbers and phones are masked unless `unmasked` is asked for by a role that may see them.
    """
    if unmasked and not principal.may_view_id_numbers:
        raise PermissionDeniedError(
            _t(QT_TRANSLATE_NOOP("Services", "Your role may not export unmasked ID numbers and phones"))
        )
    statement = _export_statement()
    with db.session() as s:
        total = s.scalar(select(func.count()).select_from(statement.order_by(None).subquery())) or 0
        result = s.execute(statement.execution_options(yield_per=2000))
        count = write_table(
            Path(path),
            CUSTOMER_HEADERS,
            _export_rows(result, reveal=unmasked),
            sheet_title="客户档案",
            column_widths=COLUMN_WIDTHS,
            progress=progress,
            total=total,
        )
    record_export(db, principal.username, "customers", path, count, unmasked)
    return count


def write_customers_template(path: Path) -> None:
    """An empty customers file with the import headers (SPEC §6.2)."""
    write_table(Path(path), CUSTOMER_HEADERS, [], sheet_title="客户档案", column_widths=COLUMN_WIDTHS)
