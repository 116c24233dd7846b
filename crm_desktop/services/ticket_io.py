"""Tickets in and out of spreadsheets (SPEC §6.2): import, export and the import template.

Import is all or nothing: every row is checked first, against the file and then against the archive (units,
customers), and every problem is reported with its spreadsheet row and column; only a clean file is written,
in one transaction. A ticket is its 工单号. A row whose 工单号 is already in the archive is skipped, and so
is a row without one that matches a ticket already there (same kind, received time, title, unit and
customer), so importing a file twice creates nothing the second time. Rows without a 工单号 are numbered
TS-YYYYMM-NNNN from the month's counter, as the desks number them.

A row names its customer by 姓名 (and 手机号, when given) at the unit of 小区+楼栋+单元+房号; without a name the
ticket is anonymous. 处理人 names a staff member or a team; an unknown name is added to the staff list.
`due_at` is computed from 受理时间 with the SLA in force.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from crm_desktop.models import Building, Community, Customer, Occupancy, Staff, Ticket, TicketEvent, Unit
from crm_desktop.models.database import Database
from crm_desktop.services.audit import record_event, record_export
from crm_desktop.services.codes import (
    SEVERITIES,
    TICKET_CATEGORIES,
    TICKET_CHANNELS,
    TICKET_KINDS,
    TICKET_STATUSES,
)
from crm_desktop.services.errors import ImportFileError, PermissionDeniedError, RowProblem
from crm_desktop.services.masking import mask_phone
from crm_desktop.services.principal import Principal
from crm_desktop.services.progress import Progress
from crm_desktop.services.sla import load_callback_days, load_sla
from crm_desktop.services.spreadsheet import (
    EXCEL_SERIAL_MAX,
    MAX_CELL_CHARS,
    SheetRow,
    cell_text,
    excel_serial_to_datetime,
    match_headers,
    read_table,
    refuse_formulas,
    unneutralise,
    write_table,
)
from crm_desktop.services.staff import looks_like_team
from crm_desktop.services.structure import building_label, entrance_label
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.tickets import (
    CALLBACK_KINDS,
    FUTURE_TOLERANCE,
    TITLE_MAX,
    TicketFilter,
    TicketService,
    allocate_numbers,
    parse_number,
    raise_counter,
)
from crm_desktop.services.uow import unit_of_work
from crm_desktop.services.validation import mobile_problem, normalize_mobile

TICKET_HEADERS: list[str] = [
    "工单号",
    "类型(投诉/报修/咨询/建议/表扬)",
    "小区",
    "楼栋",
    "单元",
    "房号",
    "姓名",
    "手机号",
    "渠道",
    "类别",
    "紧急程度(紧急/高/普通/低)",
    "标题",
    "内容",
    "受理时间",
    "首次响应时间",
    "处理人",
    "解决时间",
    "状态(新建/已派工/处理中/挂起/已解决/已关闭)",
    "处理结果",
    "回访时间",
    "回访满意度(1–5)",
    "回访备注",
]
REQUIRED_HEADERS = ("类型", "类别", "标题", "受理时间")
COLUMN_WIDTHS = (16, 8, 14, 8, 8, 8, 10, 14, 8, 10, 8, 28, 40, 17, 17, 12, 17, 8, 30, 17, 8, 24)
NUMBER_MAX, NAME_MAX = 20, 100
BATCH = 1000
_DATETIME_TEXT = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?")


@dataclass(frozen=True)
class TicketImportResult:
    rows: int
    created: int
    skipped_existing: int
    staff_created: int

    def __str__(self) -> str:
        return (
            f"{self.rows} rows: {self.created} tickets created, {self.skipped_existing} already in the archive, "
            f"{self.staff_created} staff added"
        )


def _t(template: str, **params: object) -> Text:
    return Text(template, **params)


def cell_datetime(value: object) -> datetime:
    """A date-time cell, or text YYYY-MM-DD HH:MM (a date alone is midnight); ValueError with a reason."""
    if isinstance(value, datetime):
        return _to_second(value)
    if isinstance(value, bool):
        raise ValueError("is not a time (YYYY-MM-DD HH:MM)")
    if isinstance(value, int | float):
        if 1 <= value <= EXCEL_SERIAL_MAX:
            return _to_second(excel_serial_to_datetime(float(value)))
        raise ValueError("is not a time (YYYY-MM-DD HH:MM)")
    match = _DATETIME_TEXT.fullmatch(cell_text(value))  # type: ignore[arg-type]
    if match is None:
        raise ValueError("is not a time (YYYY-MM-DD HH:MM)")
    try:
        return datetime(
            int(match[1]), int(match[2]), int(match[3]), int(match[4] or 0), int(match[5] or 0), int(match[6] or 0)
        )
    except ValueError as exc:
        raise ValueError("is not a real date and time") from exc


def _to_second(value: datetime) -> datetime:
    """Excel stores times as fractions of a day: 09:00:00 may come back as 08:59:59.999999."""
    return (value + timedelta(microseconds=500_000)).replace(microsecond=0)


# --- checking rows ----------------------------------------------------------------------------------------

UnitKey = tuple[str, str, str, str]


@dataclass(slots=True)
class _Row:
    number: int
    ticket_number: str
    kind: str
    unit_key: UnitKey | None
    name: str
    mobile: str  # empty when not given or masked
    channel: str
    category: str
    severity: str
    title: str
    description: str
    received: datetime
    first_response: datetime | None
    handler: str
    resolved: datetime | None
    status: str
    resolution: str
    callback_at: datetime | None
    callback_score: int | None
    callback_note: str
    unit_id: int | None = None
    customer_id: int | None = None


def _labels(mapping: dict[str, str]) -> dict[str, str]:
    return {**{code: code for code in mapping}, **{name: code for code, name in mapping.items()}}


class _RowChecker:
    def __init__(self, columns: dict[str, int], now: datetime) -> None:
        self.columns = list(columns.items())
        self.width = max(columns.values()) + 1
        self.now = now
        self.kinds = _labels(TICKET_KINDS)
        self.channels = _labels(TICKET_CHANNELS)
        self.categories = _labels(TICKET_CATEGORIES)
        self.severities = _labels(SEVERITIES)
        self.statuses = _labels(TICKET_STATUSES)

    def check(self, row: SheetRow, problems: list[RowProblem]) -> _Row | None:
        cells = row.cells + [None] * max(0, self.width - len(row.cells))
        texts: dict[str, str] = {}
        raw: dict[str, object] = {}
        found: list[RowProblem] = []
        reported: set[str] = set()

        def problem(column: str, reason: Text, value: str | None = None) -> None:
            if column not in reported:
                reported.add(column)
                shown = texts.get(column, "") if value is None else value
                found.append(RowProblem(row.number, column, mask_phone(shown) if column == "手机号" else shown, reason))

        for column, index in self.columns:
            value = cells[index]
            if value is None:
                continue
            if isinstance(value, str):
                if len(value) > MAX_CELL_CHARS:
                    problem(
                        column,
                        _t(
                            QT_TRANSLATE_NOOP("Services", "the cell has {length} characters, more than {limit}"),
                            length=len(value),
                            limit=MAX_CELL_CHARS,
                        ),
                        value[:40],
                    )
                    continue
                text = value.strip()
                if text[:1] == "'":
                    text = unneutralise(text)
            else:
                raw[column] = value
                text = cell_text(value)  # type: ignore[arg-type]
            if text:
                texts[column] = text

        def code(column: str, mapping: dict[str, str], names: dict[str, str], default: str | None) -> str:
            if column not in texts:
                if default is None:
                    problem(column, _t(QT_TRANSLATE_NOOP("Services", "{column} is required"), column=column))
                    return ""
                return default
            found_code = mapping.get(texts[column])
            if found_code is None:
                problem(
                    column,
                    _t(
                        QT_TRANSLATE_NOOP("Services", "unknown value; use one of {choices}"),
                        choices="/".join(names.values()),
                    ),
                )
                return ""
            return found_code

        def moment(column: str, required: bool = False) -> datetime | None:
            if column not in texts:
                if required:
                    problem(column, _t(QT_TRANSLATE_NOOP("Services", "{column} is required"), column=column))
                return None
            try:
                value = cell_datetime(raw.get(column, texts[column]))
            except ValueError as exc:
                problem(
                    column,
                    _t(QT_TRANSLATE_NOOP("Services", "{problem}; write times as YYYY-MM-DD HH:MM"), problem=str(exc)),
                )
                return None
            if not 2000 <= value.year <= 2100:
                problem(column, _t(QT_TRANSLATE_NOOP("Services", "the year {year} is impossible"), year=value.year))
                return None
            if value > self.now + FUTURE_TOLERANCE:
                problem(column, _t(QT_TRANSLATE_NOOP("Services", "is in the future")))
                return None
            return value

        def text(column: str, limit: int, required: bool = False) -> str:
            value = texts.get(column, "")
            if required and not value:
                problem(column, _t(QT_TRANSLATE_NOOP("Services", "{column} is required"), column=column))
            elif len(value) > limit:
                problem(column, _t(QT_TRANSLATE_NOOP("Services", "longer than {limit} characters"), limit=limit))
            return value

        ticket_number = text("工单号", NUMBER_MAX)
        if ticket_number and re.search(r"\s", ticket_number):
            problem("工单号", _t(QT_TRANSLATE_NOOP("Services", "a ticket number has no spaces")))
        kind = code("类型", self.kinds, TICKET_KINDS, None)
        channel = code("渠道", self.channels, TICKET_CHANNELS, "other")
        category = code("类别", self.categories, TICKET_CATEGORIES, None)
        severity = code("紧急程度", self.severities, SEVERITIES, "normal")
        title = text("标题", TITLE_MAX, required=True)
        description = texts.get("内容", "")
        received = moment("受理时间", required=True)
        first_response = moment("首次响应时间")
        resolved = moment("解决时间")
        callback_at = moment("回访时间")
        handler = text("处理人", NAME_MAX)
        name = text("姓名", NAME_MAX)
        mobile = texts.get("手机号", "")
        if mobile and "*" in mobile:
            mobile = ""  # masked by an export: not usable to tell customers apart
        elif mobile:
            mobile = normalize_mobile(mobile)
            if mobile_problem(mobile):
                problem("手机号", _t(QT_TRANSLATE_NOOP("Services", "not an 11-digit mobile number")))
        unit_key = self._unit_key(texts, problem)
        score = None
        if "回访满意度" in texts:
            value = raw.get("回访满意度", texts["回访满意度"])
            try:
                number = float(value)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                number = 0.0
            if isinstance(value, bool) or not number.is_integer() or not 1 <= number <= 5:
                problem("回访满意度", _t(QT_TRANSLATE_NOOP("Services", "the call-back score must be 1 to 5")))
            else:
                score = int(number)
        for column, later in (("首次响应时间", first_response), ("解决时间", resolved)):
            if received is not None and later is not None and later < received:
                problem(column, _t(QT_TRANSLATE_NOOP("Services", "is before the 受理时间")))
        if callback_at is not None and resolved is None and "解决时间" not in reported:
            problem("回访时间", _t(QT_TRANSLATE_NOOP("Services", "a call-back needs a 解决时间")))
        elif callback_at is not None and resolved is not None and callback_at < resolved:
            problem("回访时间", _t(QT_TRANSLATE_NOOP("Services", "is before the 解决时间")))
        if score is not None and callback_at is None and "回访时间" not in reported:
            problem("回访满意度", _t(QT_TRANSLATE_NOOP("Services", "a call-back score needs a 回访时间")))
        status = self._status(texts, handler, resolved, callback_at, problem)
        if found or received is None:
            problems.extend(found)
            return None
        return _Row(
            number=row.number,
            ticket_number=ticket_number,
            kind=kind,
            unit_key=unit_key,
            name=name,
            mobile=mobile,
            channel=channel,
            category=category,
            severity=severity,
            title=title,
            description=description,
            received=received,
            first_response=first_response,
            handler=handler,
            resolved=resolved,
            status=status,
            resolution=texts.get("处理结果", ""),
            callback_at=callback_at,
            callback_score=score,
            callback_note=texts.get("回访备注", ""),
        )

    @staticmethod
    def _unit_key(texts: dict[str, str], problem) -> UnitKey | None:
        columns = ("小区", "楼栋", "单元", "房号")
        if not any(c in texts for c in columns):
            return None
        for column in ("小区", "楼栋", "房号"):
            if column not in texts:
                problem(
                    column,
                    _t(QT_TRANSLATE_NOOP("Services", "{column} is required when a unit is given"), column=column),
                )
        return (
            texts.get("小区", ""),
            building_label(texts.get("楼栋", "")),
            entrance_label(texts.get("单元", "")),
            texts.get("房号", ""),
        )

    def _status(self, texts, handler: str, resolved, callback_at, problem) -> str:
        if "状态" not in texts:
            if callback_at is not None:
                return "closed"
            if resolved is not None:
                return "resolved"
            return "assigned" if handler else "new"
        status = self.statuses.get(texts["状态"])
        if status is None:
            problem(
                "状态",
                _t(
                    QT_TRANSLATE_NOOP("Services", "unknown value; use one of {choices}"),
                    choices="/".join(TICKET_STATUSES.values()),
                ),
            )
            return ""
        if status in ("resolved", "closed") and resolved is None:
            problem("状态", _t(QT_TRANSLATE_NOOP("Services", "a resolved or closed ticket needs a 解决时间")))
        elif status not in ("resolved", "closed") and resolved is not None:
            problem("状态", _t(QT_TRANSLATE_NOOP("Services", "an open ticket cannot have a 解决时间")))
        elif status == "resolved" and callback_at is not None:
            problem("状态", _t(QT_TRANSLATE_NOOP("Services", "a ticket with a call-back is closed, not resolved")))
        elif status in ("assigned", "in_progress", "on_hold") and not handler:
            problem("处理人", _t(QT_TRANSLATE_NOOP("Services", "a dispatched ticket needs a 处理人")))
        return status


# --- against the archive ----------------------------------------------------------------------------------


@dataclass
class _Archive:
    units: dict[UnitKey, int] = field(default_factory=dict)
    residents: dict[int, list[tuple[int, str, str]]] = field(default_factory=lambda: defaultdict(list))
    by_name: dict[str, list[tuple[int, str]]] = field(default_factory=lambda: defaultdict(list))
    staff: dict[str, int] = field(default_factory=dict)


def _load_archive(s: Session, rows: list[_Row]) -> _Archive:
    archive = _Archive()
    keys = {row.unit_key for row in rows if row.unit_key is not None}
    communities = sorted({key[0] for key in keys})
    for start in range(0, len(communities), 500):
        for uid, community, building, entrance, room in s.execute(
            select(Unit.id, Community.name, Building.name, Unit.entrance, Unit.room)
            .join(Building, Building.id == Unit.building_id)
            .join(Community, Community.id == Building.community_id)
            .where(Community.name.in_(communities[start : start + 500]))
        ):
            key = (community, building, entrance, room)
            if key in keys:
                archive.units[key] = uid
    unit_ids = sorted(set(archive.units.values()))
    for start in range(0, len(unit_ids), 500):
        for unit_id, cid, name, mobile in s.execute(
            select(Occupancy.unit_id, Customer.id, Customer.name, Customer.mobile)
            .join(Customer, Customer.id == Occupancy.customer_id)
            .where(Occupancy.unit_id.in_(unit_ids[start : start + 500]))
            .order_by(Occupancy.end_date.is_not(None), Occupancy.start_date.desc())
        ):
            archive.residents[unit_id].append((cid, name, mobile or ""))
    names = sorted({row.name for row in rows if row.name and row.unit_key is None})
    for start in range(0, len(names), 500):
        for cid, name, mobile in s.execute(
            select(Customer.id, Customer.name, Customer.mobile).where(Customer.name.in_(names[start : start + 500]))
        ):
            archive.by_name[name].append((cid, mobile or ""))
    archive.staff = {name: sid for sid, name in s.execute(select(Staff.id, Staff.name))}
    return archive


def _link(rows: list[_Row], archive: _Archive, problems: list[RowProblem]) -> None:
    for row in rows:
        if row.unit_key is not None:
            row.unit_id = archive.units.get(row.unit_key)
            if row.unit_id is None:
                problems.append(
                    RowProblem(
                        row.number,
                        "房号",
                        " ".join(p for p in row.unit_key if p),
                        _t(QT_TRANSLATE_NOOP("Services", "no such unit in the archive; import the customers first")),
                    )
                )
                continue
        if not row.name:
            continue
        if row.unit_id is not None:
            candidates = [(cid, mobile) for cid, name, mobile in archive.residents[row.unit_id] if name == row.name]
        else:
            candidates = archive.by_name.get(row.name, [])
        if row.mobile:
            same_phone = [c for c in candidates if c[1] == row.mobile]
            candidates = same_phone or candidates
        if not candidates:
            reason = (
                _t(QT_TRANSLATE_NOOP("Services", "no customer of this name lives or lived in this unit"))
                if row.unit_id is not None
                else _t(QT_TRANSLATE_NOOP("Services", "no customer of this name in the archive; give the unit"))
            )
            problems.append(RowProblem(row.number, "姓名", row.name, reason))
        elif row.unit_id is None and len({cid for cid, _ in candidates}) > 1:
            problems.append(
                RowProblem(
                    row.number,
                    "姓名",
                    row.name,
                    _t(QT_TRANSLATE_NOOP("Services", "several customers have this name; give the unit or the phone")),
                )
            )
        else:
            row.customer_id = candidates[0][0]


def _already_there(s: Session, rows: list[_Row]) -> set[int]:
    """Spreadsheet row numbers of tickets the archive already has (by number, or without one by content)."""
    numbers = sorted({row.ticket_number for row in rows if row.ticket_number})
    existing: set[str] = set()
    for start in range(0, len(numbers), 500):
        existing.update(s.scalars(select(Ticket.number).where(Ticket.number.in_(numbers[start : start + 500]))))
    skipped = {row.number for row in rows if row.ticket_number in existing}
    unnumbered = [row for row in rows if not row.ticket_number]
    if unnumbered:
        first = min(row.received for row in unnumbered)
        last = max(row.received for row in unnumbered)
        known = {
            tuple(r)
            for r in s.execute(
                select(Ticket.kind, Ticket.received_at, Ticket.title, Ticket.unit_id, Ticket.customer_id).where(
                    Ticket.received_at >= first, Ticket.received_at <= last
                )
            )
        }
        for row in unnumbered:
            if (row.kind, row.received, row.title, row.unit_id, row.customer_id) in known:
                skipped.add(row.number)
    return skipped


def _check_rows(table, columns, now, problems, progress) -> list[_Row]:
    checker = _RowChecker(columns, now)
    rows: list[_Row] = []
    total = len(table.rows)
    seen: dict[str, int] = {}
    for done, sheet_row in enumerate(table.rows):
        if done % 1000 == 0:
            progress(done, total, QT_TRANSLATE_NOOP("Services", "Checking rows"))
        row = checker.check(sheet_row, problems)
        if row is None:
            continue
        if row.ticket_number:
            if row.ticket_number in seen:
                problems.append(
                    RowProblem(
                        row.number,
                        "工单号",
                        row.ticket_number,
                        _t(
                            QT_TRANSLATE_NOOP("Services", "the same 工单号 is on row {row}"),
                            row=seen[row.ticket_number],
                        ),
                    )
                )
                continue
            seen[row.ticket_number] = row.number
        rows.append(row)
    progress(total, total, QT_TRANSLATE_NOOP("Services", "Checking rows"))
    return rows


def import_tickets(
    db: Database, principal: Principal, path: Path, progress: Progress | None = None
) -> TicketImportResult:
    """Import a tickets file (SPEC §6.2): everything, or nothing and every problem in ImportFileError."""
    path = Path(path)
    progress = progress or Progress()
    if not principal.may_edit:
        raise PermissionDeniedError(_t(QT_TRANSLATE_NOOP("Services", "Your role may only read records")))
    table = read_table(path, progress)
    columns, problems = match_headers(table, TICKET_HEADERS, REQUIRED_HEADERS)
    if problems:
        raise ImportFileError(path=str(path), problems=problems)
    if not table.rows:
        raise ImportFileError(path=str(path), message=f"{path}: the file has a header row but no data rows")
    now = datetime.now().replace(microsecond=0)
    rows = _check_rows(table, columns, now, problems, progress)
    refuse_formulas(table, columns, problems)
    total = len(table.rows)
    with unit_of_work(db, principal) as s:
        # The rows that passed are compared with the archive even when others did not, so that the clerk
        # sees every problem of the file at once.
        progress(0, total, QT_TRANSLATE_NOOP("Services", "Comparing with the archive"))
        archive = _load_archive(s, rows)
        _link(rows, archive, problems)
        if problems:
            problems.sort(key=lambda p: p.row)
            raise ImportFileError(path=str(path), problems=problems)
        skipped = _already_there(s, rows)
        new_rows = [row for row in rows if row.number not in skipped]
        staff_created = _write(s, principal, new_rows, archive, now, progress, total)
        result = TicketImportResult(total, len(new_rows), len(skipped), staff_created)
        # The bulk inserts bypass the ORM's audit hook: one summary entry per import, in the same transaction.
        record_event(s, principal.username, "import", "tickets", detail=f"{path.name}: {result}")
    return result


def _write(
    s: Session,
    principal: Principal,
    rows: list[_Row],
    archive: _Archive,
    now: datetime,
    progress: Progress,
    total: int,
) -> int:
    actor = principal.username[:80]
    # Staff first: an unknown 处理人 joins the staff list (a name ending in 组/部/队/班 is a team).
    new_staff = sorted({row.handler for row in rows if row.handler and row.handler not in archive.staff})
    if new_staff:
        statement = insert(Staff.__table__).returning(Staff.__table__.c.id, Staff.__table__.c.name)
        params = [
            {
                "name": name,
                "active": True,
                "is_team": looks_like_team(name),
                "version": 1,
                "updated_by": actor,
                "created_at": now,
                "updated_at": now,
            }
            for name in new_staff
        ]
        archive.staff.update({name: sid for sid, name in s.execute(statement, params)})
    # Numbers: those the file gives keep the counters above them; the others are taken in file order.
    for row in rows:
        parsed = parse_number(row.ticket_number) if row.ticket_number else None
        if parsed is not None:
            raise_counter(s, parsed[0], parsed[1])
    unnumbered: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        if not row.ticket_number:
            unnumbered[row.received.strftime("%Y%m")].append(row)
    for month, month_rows in sorted(unnumbered.items()):
        month_rows.sort(key=lambda r: (r.received, r.number))
        for row, number in zip(month_rows, allocate_numbers(s, month, len(month_rows)), strict=True):
            row.ticket_number = number
    sla = load_sla(s, seed_calendar=True)
    callback_days = timedelta(days=load_callback_days(s))
    table = Ticket.__table__
    statement = insert(table).returning(table.c.id, table.c.number)
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        params = [_ticket_values(row, archive, sla, callback_days, now, actor) for row in batch]
        ids = {number: tid for tid, number in s.execute(statement, params)}
        s.execute(
            insert(TicketEvent.__table__),
            [
                {
                    "ticket_id": ids[row.ticket_number],
                    "at": now,
                    "from_status": None,
                    "to_status": row.status,
                    "action": "import",
                    "user": actor,
                    "note": None,
                }
                for row in batch
            ],
        )
        progress(start + len(batch), total, QT_TRANSLATE_NOOP("Services", "Importing"))
    return len(new_staff)


def _ticket_values(row: _Row, archive: _Archive, sla, callback_days: timedelta, now: datetime, actor: str) -> dict:
    resolved = row.resolved if row.status in ("resolved", "closed") else None
    closed = (row.callback_at or row.resolved) if row.status == "closed" else None
    staff_id = archive.staff.get(row.handler) if row.handler else None
    return {
        "number": row.ticket_number,
        "kind": row.kind,
        "customer_id": row.customer_id,
        "unit_id": row.unit_id,
        "channel": row.channel,
        "category": row.category,
        "severity": row.severity,
        "title": row.title,
        "description": row.description or None,
        "status": row.status,
        "received_at": row.received,
        "first_response_at": row.first_response,
        "response_due_at": sla.response_due(row.received, row.severity),
        "due_at": sla.resolution_due(row.received, row.severity),
        "assigned_staff_id": staff_id,
        "resolved_at": resolved,
        "resolution": row.resolution or None,
        "closed_at": closed,
        "hold_started_at": now if row.status == "on_hold" else None,
        "escalated_at": None,
        "escalated_to": None,
        "incident_id": None,
        "callback_due_at": resolved + callback_days if resolved is not None and row.kind in CALLBACK_KINDS else None,
        "callback_at": row.callback_at,
        "callback_by": actor if row.callback_at is not None else None,
        "callback_score": row.callback_score,
        "callback_note": row.callback_note or None,
        "flagged_for_manager": row.callback_score is not None and row.callback_score <= 2,
        "version": 1,
        "updated_by": actor,
        "created_at": now,
        "updated_at": now,
    }


# --- export -----------------------------------------------------------------------------------------------


def _export_statement():
    return (
        select(
            Ticket.number,
            Ticket.kind,
            Community.name,
            Building.name,
            Unit.entrance,
            Unit.room,
            Customer.name,
            Customer.mobile,
            Ticket.channel,
            Ticket.category,
            Ticket.severity,
            Ticket.title,
            Ticket.description,
            Ticket.received_at,
            Ticket.first_response_at,
            Staff.name,
            Ticket.resolved_at,
            Ticket.status,
            Ticket.resolution,
            Ticket.callback_at,
            Ticket.callback_score,
            Ticket.callback_note,
        )
        .select_from(Ticket)
        .outerjoin(Unit, Unit.id == Ticket.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .outerjoin(Community, Community.id == Building.community_id)
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Staff, Staff.id == Ticket.assigned_staff_id)
    )


def _export_rows(result, reveal: bool) -> Iterator[list[object]]:
    for (
        number,
        kind,
        community,
        building,
        entrance,
        room,
        name,
        mobile,
        channel,
        category,
        severity,
        title,
        description,
        received,
        first_response,
        handler,
        resolved,
        status,
        resolution,
        callback_at,
        score,
        note,
    ) in result:
        yield [
            number,
            TICKET_KINDS.get(kind, kind),
            community or "",
            building or "",
            entrance or "",
            room or "",
            name or "",
            (mobile or "") if reveal else mask_phone(mobile),
            TICKET_CHANNELS.get(channel, channel),
            TICKET_CATEGORIES.get(category, category),
            SEVERITIES.get(severity, severity),
            title,
            description or "",
            received,
            first_response,
            handler or "",
            resolved,
            TICKET_STATUSES.get(status, status),
            resolution or "",
            callback_at,
            score,
            note or "",
        ]


def export_tickets(
    db: Database,
    principal: Principal,
    path: Path,
    unmasked: bool = False,
    progress: Progress | None = None,
    filters: TicketFilter | None = None,
) -> int:
    """Write tickets with the import's headers (all, or those matching `filters`); returns the rows written.

    Phones are masked unless `unmasked` is asked for by a role that may see personal data.
    """
    if unmasked and not principal.may_view_id_numbers:
        raise PermissionDeniedError(
            _t(QT_TRANSLATE_NOOP("Services", "Your role may not export unmasked ID numbers and phones"))
        )
    statement = _export_statement()
    if filters is not None:
        matching = TicketService(db, principal).filter_statement(filters, datetime.now().replace(microsecond=0))
        statement = statement.where(Ticket.id.in_(matching))
    statement = statement.order_by(Ticket.received_at, Ticket.id)
    with db.session() as s:
        total = s.scalar(select(func.count()).select_from(statement.order_by(None).subquery())) or 0
        result = s.execute(statement.execution_options(yield_per=2000))
        count = write_table(
            Path(path),
            TICKET_HEADERS,
            _export_rows(result, reveal=unmasked),
            sheet_title="工单",
            column_widths=COLUMN_WIDTHS,
            progress=progress,
            total=total,
        )
    record_export(db, principal.username, "tickets", path, count, unmasked)
    return count


def write_tickets_template(path: Path) -> None:
    """An empty tickets file with the import headers (SPEC §6.2)."""
    write_table(Path(path), TICKET_HEADERS, [], sheet_title="工单", column_widths=COLUMN_WIDTHS)


__all__ = [
    "TICKET_HEADERS",
    "TicketImportResult",
    "cell_datetime",
    "export_tickets",
    "import_tickets",
    "write_tickets_template",
]
