"""Service-level agreement (时限, SPEC §3.3): due times per severity, the office-hours clock, the holiday calendar.

The arithmetic is pure functions over plain data (`SlaTable`, `WorkCalendar`), so that tickets, imports,
metrics and tests compute due times the same way. `SlaService` reads and edits what the office set: the table
per severity, office hours, the call-back delay, the manager overdue tickets are escalated to, and the
holiday calendar with make-up workdays (调休).

Clocks: `24x7` counts every hour (the default for every severity); `office_hours` counts only the office hours
of workdays. A workday is Monday to Friday, except a public holiday, plus a make-up workday (a Saturday or
Sunday worked in exchange for a longer holiday).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from crm_desktop.models import Holiday, Setting, SlaPolicy
from crm_desktop.services.codes import SEVERITIES
from crm_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import Service

CLOCKS = ("24x7", "office_hours")
DEFAULT_POLICIES: dict[str, tuple[Decimal, Decimal]] = {  # severity: (response hours, resolution hours)
    "urgent": (Decimal("0.5"), Decimal("4")),
    "high": (Decimal("2"), Decimal("24")),
    "normal": (Decimal("8"), Decimal("72")),
    "low": (Decimal("24"), Decimal("168")),
}
DEFAULT_OFFICE_HOURS = (time(8, 30), time(17, 30))
DEFAULT_CALLBACK_DAYS = 2
MAX_HOURS = Decimal("8760")  # a year: anything longer is a typing mistake
MAX_CALENDAR_DAYS = 3660  # an office-hours due time never lies ten years ahead; guards a calendar without workdays

# Settings keys (the settings table is shared by every desk).
SETTING_OFFICE_START = "sla_office_start"
SETTING_OFFICE_END = "sla_office_end"
SETTING_CALLBACK_DAYS = "callback_days"  # also written by the demo generator
SETTING_SERVICE_MANAGER = "service_manager"
SETTING_SHIPPED_YEARS = "holiday_calendar_shipped_years"

# --- the holiday calendar that ships with the program -----------------------------------------------------
# Blocks of days off (first, last, name) and make-up workdays (day, name) per year.
# 2026: 国务院办公厅关于2026年部分节假日安排的通知 (published November 2025).
# 2027: NOT yet published when this was written (the State Council announces it around November 2026).
#       An estimate: the 2025 rules (春节 from 除夕, 4 statutory days; 劳动节 2) on the 2021 calendar,
#       which falls on the same weekdays (2021 and 2027 both start on a Friday and are not leap years).
#       Offices correct it in the SLA settings once the notice is out.
SHIPPED_CALENDAR: dict[int, tuple[tuple[tuple[str, str, str], ...], tuple[tuple[str, str], ...], bool]] = {
    2026: (
        (
            ("01-01", "01-03", "元旦"),
            ("02-15", "02-23", "春节"),
            ("04-04", "04-06", "清明节"),
            ("05-01", "05-05", "劳动节"),
            ("06-19", "06-21", "端午节"),
            ("09-25", "09-27", "中秋节"),
            ("10-01", "10-07", "国庆节"),
        ),
        (
            ("01-04", "元旦调休上班"),
            ("02-14", "春节调休上班"),
            ("02-28", "春节调休上班"),
            ("05-09", "劳动节调休上班"),
            ("09-20", "国庆节调休上班"),
            ("10-10", "国庆节调休上班"),
        ),
        True,  # official
    ),
    2027: (
        (
            ("01-01", "01-03", "元旦"),
            ("02-05", "02-12", "春节"),
            ("04-03", "04-05", "清明节"),
            ("05-01", "05-05", "劳动节"),
            ("06-09", "06-09", "端午节"),
            ("09-15", "09-15", "中秋节"),
            ("10-01", "10-07", "国庆节"),
        ),
        (
            ("01-31", "春节调休上班"),
            ("02-20", "春节调休上班"),
            ("05-08", "劳动节调休上班"),
            ("09-26", "国庆节调休上班"),
            ("10-09", "国庆节调休上班"),
        ),
        False,  # estimated: replace with the official schedule when it is published
    ),
}
ESTIMATE_MARK = "（预估）"  # appended to the names of estimated days, so the calendar shows what to check


def shipped_days(year: int) -> list[tuple[date, bool, str]]:
    """(day, is_workday, name) of the calendar shipped for `year`; empty for other years."""
    if year not in SHIPPED_CALENDAR:
        return []
    blocks, workdays, official = SHIPPED_CALENDAR[year]
    mark = "" if official else ESTIMATE_MARK
    days: list[tuple[date, bool, str]] = []
    for first, last, name in blocks:
        day, end = _month_day(year, first), _month_day(year, last)
        while day <= end:
            days.append((day, False, name + mark))
            day += timedelta(days=1)
    days += [(_month_day(year, md), True, name + mark) for md, name in workdays]
    return sorted(days)


def _month_day(year: int, text: str) -> date:
    month, day = text.split("-")
    return date(year, int(month), int(day))


# --- pure arithmetic ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkCalendar:
    """Office hours and the days that differ from an ordinary Monday-to-Friday week."""

    office_start: time = DEFAULT_OFFICE_HOURS[0]
    office_end: time = DEFAULT_OFFICE_HOURS[1]
    days_off: frozenset[date] = frozenset()  # public holidays (only weekdays matter)
    workdays: frozenset[date] = frozenset()  # make-up workdays (调休上班), usually a Saturday or Sunday

    def is_workday(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.days_off:
            return False
        return day.weekday() < 5

    def office_window(self, day: date) -> tuple[datetime, datetime] | None:
        if not self.is_workday(day):
            return None
        return datetime.combine(day, self.office_start), datetime.combine(day, self.office_end)


@dataclass(frozen=True)
class Policy:
    severity: str
    response_hours: Decimal
    resolution_hours: Decimal
    clock: str = "24x7"


@dataclass(frozen=True)
class SlaTable:
    """The SLA in force: a policy per severity and the calendar of the office-hours clock."""

    policies: Mapping[str, Policy]
    calendar: WorkCalendar = field(default_factory=WorkCalendar)

    @classmethod
    def defaults(cls) -> SlaTable:
        return cls({sev: Policy(sev, r, d) for sev, (r, d) in DEFAULT_POLICIES.items()})

    def policy(self, severity: str) -> Policy:
        found = self.policies.get(severity)
        if found is not None:
            return found
        response, resolution = DEFAULT_POLICIES.get(severity, DEFAULT_POLICIES["normal"])
        return Policy(severity, response, resolution)

    def add(self, start: datetime, amount: timedelta, severity: str) -> datetime:
        return add_clock_time(start, amount, self.policy(severity).clock, self.calendar)

    def counted(self, start: datetime, end: datetime, severity: str) -> timedelta:
        return clock_time_between(start, end, self.policy(severity).clock, self.calendar)

    def response_due(self, received: datetime, severity: str) -> datetime:
        return self.add(received, hours(self.policy(severity).response_hours), severity)

    def resolution_due(self, received: datetime, severity: str, paused: timedelta = timedelta(0)) -> datetime:
        """When a ticket received at `received` must be resolved; `paused` is clock time spent on hold."""
        return self.add(received, hours(self.policy(severity).resolution_hours) + paused, severity)

    def after_hold(self, due: datetime, hold_start: datetime, hold_end: datetime, severity: str) -> datetime:
        """The due time moved on by the clock time the ticket spent on hold."""
        return self.add(due, self.counted(hold_start, hold_end, severity), severity)


def hours(value: Decimal | float | int) -> timedelta:
    return timedelta(seconds=int(Decimal(str(value)) * 3600))


def add_clock_time(start: datetime, amount: timedelta, clock: str, calendar: WorkCalendar) -> datetime:
    """The moment `amount` of clock time after `start`: wall time for 24x7, office time of workdays otherwise.

    On the office-hours clock a budget used up exactly at closing time is due at closing time, not at the
    next opening.
    """
    if clock != "office_hours" or amount <= timedelta(0):
        return start + amount
    remaining = amount
    moment = start
    for _ in range(MAX_CALENDAR_DAYS):
        window = calendar.office_window(moment.date())
        if window is not None:
            opens, closes = window
            moment = max(moment, opens)
            if moment < closes:
                available = closes - moment
                if remaining <= available:
                    return moment + remaining
                remaining -= available
        moment = datetime.combine(moment.date() + timedelta(days=1), time.min)
    raise ValidationError(
        Text(QT_TRANSLATE_NOOP("Services", "The office-hours calendar has no workdays in the next ten years"))
    )


def clock_time_between(start: datetime, end: datetime, clock: str, calendar: WorkCalendar) -> timedelta:
    """Clock time from `start` to `end` (zero when `end` is not later)."""
    if end <= start:
        return timedelta(0)
    if clock != "office_hours":
        return end - start
    total = timedelta(0)
    day = start.date()
    last = end.date()
    while day <= last:
        window = calendar.office_window(day)
        if window is not None:
            opens, closes = max(window[0], start), min(window[1], end)
            if closes > opens:
                total += closes - opens
        day += timedelta(days=1)
    return total


# --- reading and writing what the office set --------------------------------------------------------------


@dataclass(frozen=True)
class HolidayRow:
    day: date
    is_workday: bool
    name: str


@dataclass(frozen=True)
class SlaSettings:
    """Everything of the SLA that the office edits in one dialog."""

    policies: tuple[Policy, ...]
    office_start: time = DEFAULT_OFFICE_HOURS[0]
    office_end: time = DEFAULT_OFFICE_HOURS[1]
    callback_days: int = DEFAULT_CALLBACK_DAYS
    service_manager: str = ""


def read_setting(s: Session, key: str, default: str = "") -> str:
    value = s.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def write_setting(s: Session, key: str, value: str) -> None:
    setting = s.get(Setting, key)
    if setting is None:
        s.add(Setting(key=key, value=value))
    elif setting.value != value:
        setting.value = value


def _parse_time(text: str, default: time) -> time:
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text or "")
    if match is None:
        return default
    try:
        return time(int(match[1]), int(match[2]))
    except ValueError:
        return default


def load_calendar(s: Session) -> WorkCalendar:
    start = _parse_time(read_setting(s, SETTING_OFFICE_START), DEFAULT_OFFICE_HOURS[0])
    end = _parse_time(read_setting(s, SETTING_OFFICE_END), DEFAULT_OFFICE_HOURS[1])
    if end <= start:
        start, end = DEFAULT_OFFICE_HOURS
    off, work = set(), set()
    for day, is_workday in s.execute(select(Holiday.day, Holiday.is_workday)):
        (work if is_workday else off).add(day)
    return WorkCalendar(start, end, frozenset(off), frozenset(work))


def load_policies(s: Session) -> dict[str, Policy]:
    policies = {sev: Policy(sev, r, d) for sev, (r, d) in DEFAULT_POLICIES.items()}
    for row in s.scalars(select(SlaPolicy)):
        if row.severity in SEVERITIES:
            clock = row.clock if row.clock in CLOCKS else "24x7"
            policies[row.severity] = Policy(
                row.severity, Decimal(row.response_hours), Decimal(row.resolution_hours), clock
            )
    return policies


def load_sla(s: Session, seed_calendar: bool = False) -> SlaTable:
    """The SLA in force; the office-hours calendar is read only when a severity uses it.

    Inside a write transaction pass `seed_calendar`, so that the shipped holidays are in the table before
    the first office-hours due time is computed.
    """
    policies = load_policies(s)
    if any(p.clock == "office_hours" for p in policies.values()):
        if seed_calendar:
            ensure_shipped_calendar(s)
        return SlaTable(policies, load_calendar(s))
    return SlaTable(policies)


def load_callback_days(s: Session) -> int:
    try:
        days = int(read_setting(s, SETTING_CALLBACK_DAYS, str(DEFAULT_CALLBACK_DAYS)))
    except ValueError:
        return DEFAULT_CALLBACK_DAYS
    return days if 0 <= days <= 60 else DEFAULT_CALLBACK_DAYS


def _insert_ignoring_duplicates(s: Session, table, rows: list[dict]) -> None:
    if not rows:
        return
    dialect = s.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    s.execute(insert(table).on_conflict_do_nothing(), rows)


def ensure_shipped_calendar(s: Session) -> int:
    """Put the shipped holidays of each shipped year into the table once; returns the days added.

    A year that already has days in the table (entered by hand, or by the demo generator) is left as it
    is, and a year seeded once is never seeded again, so the office's edits and deletions stay.
    """
    done = {y for y in read_setting(s, SETTING_SHIPPED_YEARS).split(",") if y.strip()}
    todo = [year for year in SHIPPED_CALENDAR if str(year) not in done]
    if not todo:
        return 0
    added = 0
    now = datetime.now().replace(microsecond=0)
    for year in todo:
        present = s.scalar(
            select(Holiday.id).where(Holiday.day >= date(year, 1, 1), Holiday.day <= date(year, 12, 31)).limit(1)
        )
        if present is None:
            rows = [
                {"day": day, "is_workday": workday, "name": name, "created_at": now, "updated_at": now}
                for day, workday, name in shipped_days(year)
            ]
            _insert_ignoring_duplicates(s, Holiday.__table__, rows)
            added += len(rows)
        done.add(str(year))
    setting = s.get(Setting, SETTING_SHIPPED_YEARS)
    value = ",".join(sorted(done))
    if setting is None:
        _insert_ignoring_duplicates(
            s,
            Setting.__table__,
            [{"key": SETTING_SHIPPED_YEARS, "value": value, "version": 1, "created_at": now, "updated_at": now}],
        )
    else:
        setting.value = value
    s.flush()
    return added


def _decimal_hours(value: object, field_name: str, severity: str) -> Decimal:
    try:
        number = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "{value} is not a number of hours"), value=value), field=field_name
        ) from exc
    if not Decimal("0.01") <= number <= MAX_HOURS:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "Hours for {severity} must be between 0.01 and {limit}"),
                severity=severity,
                limit=MAX_HOURS,
            ),
            field=field_name,
        )
    return number


class SlaService(Service):
    """The SLA table, office hours and holiday calendar (Settings); managers and administrators edit them."""

    def require_settings_role(self) -> None:
        self.require_edit()
        if self.principal.role not in ("admin", "manager"):
            raise PermissionDeniedError(
                Text(QT_TRANSLATE_NOOP("Services", "Only a manager or an administrator may change the SLA"))
            )

    def table(self) -> SlaTable:
        with self.db.session() as s:
            return SlaTable(load_policies(s), load_calendar(s))

    def settings(self) -> SlaSettings:
        with self.db.session() as s:
            calendar = load_calendar(s)
            policies = load_policies(s)
            return SlaSettings(
                policies=tuple(policies[sev] for sev in SEVERITIES),
                office_start=calendar.office_start,
                office_end=calendar.office_end,
                callback_days=load_callback_days(s),
                service_manager=read_setting(s, SETTING_SERVICE_MANAGER),
            )

    def save_settings(self, settings: SlaSettings) -> None:
        self.require_settings_role()
        clean: list[Policy] = []
        for policy in settings.policies:
            if policy.severity not in SEVERITIES:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "Unknown severity {severity}"), severity=policy.severity),
                    field="severity",
                )
            if policy.clock not in CLOCKS:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "Unknown SLA clock {clock}"), clock=policy.clock), field="clock"
                )
            response = _decimal_hours(policy.response_hours, "response_hours", policy.severity)
            resolution = _decimal_hours(policy.resolution_hours, "resolution_hours", policy.severity)
            if response > resolution:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Services", "The response time of {severity} is longer than its resolution time"
                        ),
                        severity=policy.severity,
                    ),
                    field="response_hours",
                )
            clean.append(Policy(policy.severity, response, resolution, policy.clock))
        if settings.office_end <= settings.office_start:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Office hours must end after they start")), field="office_end"
            )
        if not 0 <= settings.callback_days <= 60:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Call-backs are due within 0 to 60 days")), field="callback_days"
            )
        manager = settings.service_manager.strip()
        if len(manager) > 100:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "The manager's name is longer than 100 characters")),
                field="service_manager",
            )
        with self.transaction() as s:
            existing = {p.severity: p for p in s.scalars(select(SlaPolicy))}
            for policy in clean:
                row = existing.get(policy.severity)
                if row is None:
                    s.add(
                        SlaPolicy(
                            severity=policy.severity,
                            response_hours=policy.response_hours,
                            resolution_hours=policy.resolution_hours,
                            clock=policy.clock,
                        )
                    )
                else:
                    row.response_hours, row.resolution_hours, row.clock = (
                        policy.response_hours,
                        policy.resolution_hours,
                        policy.clock,
                    )
            write_setting(s, SETTING_OFFICE_START, settings.office_start.strftime("%H:%M"))
            write_setting(s, SETTING_OFFICE_END, settings.office_end.strftime("%H:%M"))
            write_setting(s, SETTING_CALLBACK_DAYS, str(settings.callback_days))
            write_setting(s, SETTING_SERVICE_MANAGER, manager)

    # --- holiday calendar ---------------------------------------------------------------------------
    def ensure_shipped_calendar(self) -> int:
        """Seed the shipped Chinese holidays (2026, 2027) on first use; see `ensure_shipped_calendar`."""
        with self.db.session() as s:
            done = read_setting(s, SETTING_SHIPPED_YEARS).split(",")
            if all(str(year) in done for year in SHIPPED_CALENDAR):
                return 0
        if not self.principal.may_edit:
            return 0
        with self.transaction() as s:
            return ensure_shipped_calendar(s)

    def holidays(self, year: int | None = None) -> list[HolidayRow]:
        self.ensure_shipped_calendar()
        stmt = select(Holiday).order_by(Holiday.day)
        if year is not None:
            stmt = stmt.where(Holiday.day >= date(year, 1, 1), Holiday.day <= date(year, 12, 31))
        with self.db.session() as s:
            return [HolidayRow(h.day, h.is_workday, h.name) for h in s.scalars(stmt)]

    def years_without_holidays(self, years: Iterable[int]) -> list[int]:
        """Which of `years` have no day in the calendar (the office-hours clock would count only weekends)."""
        with self.db.session() as s:
            found = {day.year for day in s.scalars(select(Holiday.day))}
        return [year for year in years if year not in found]

    def save_holiday(self, day: date, is_workday: bool, name: str) -> None:
        """Add or change one day of the calendar: a day off, or a make-up workday (调休上班)."""
        self.require_settings_role()
        name = name.strip()
        if not name:
            raise ValidationError(Text(QT_TRANSLATE_NOOP("Services", "Give the holiday a name")), field="name")
        if len(name) > 50:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "The holiday name is longer than 50 characters")), field="name"
            )
        with self.transaction() as s:
            ensure_shipped_calendar(s)
            row = s.scalar(select(Holiday).where(Holiday.day == day))
            if row is None:
                s.add(Holiday(day=day, is_workday=is_workday, name=name))
            else:
                row.is_workday, row.name = is_workday, name

    def delete_holiday(self, day: date) -> None:
        self.require_settings_role()
        with self.transaction() as s:
            ensure_shipped_calendar(s)
            deleted = s.execute(delete(Holiday).where(Holiday.day == day)).rowcount
            if not deleted:
                raise NotFoundError(
                    Text(QT_TRANSLATE_NOOP("Services", "{day} is not in the holiday calendar"), day=day.isoformat())
                )
