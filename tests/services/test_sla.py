"""SLA due times (SPEC §3.3): round-the-clock and office-hours clocks, weekends, holidays, 调休, holds."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_desktop.models import Holiday
from crm_desktop.services.errors import PermissionDeniedError, ValidationError
from crm_desktop.services.principal import Principal
from crm_desktop.services.sla import (
    SETTING_SHIPPED_YEARS,
    SHIPPED_CALENDAR,
    Policy,
    SlaService,
    SlaSettings,
    SlaTable,
    WorkCalendar,
    add_clock_time,
    clock_time_between,
    ensure_shipped_calendar,
    hours,
    read_setting,
    shipped_days,
)
from crm_desktop.services.tickets import TicketInput, TicketService
from tests.factories import ADMIN

MANAGER = Principal("manager1", "manager")
CLERK = Principal("clerk1", "clerk")


def calendar_2026() -> WorkCalendar:
    days = shipped_days(2026)
    return WorkCalendar(
        time(8, 30),
        time(17, 30),
        frozenset(d for d, workday, _ in days if not workday),
        frozenset(d for d, workday, _ in days if workday),
    )


def office_table() -> SlaTable:
    policies = {
        "urgent": Policy("urgent", Decimal("0.5"), Decimal("4"), "office_hours"),
        "high": Policy("high", Decimal("2"), Decimal("24"), "office_hours"),
        "normal": Policy("normal", Decimal("8"), Decimal("72"), "office_hours"),
        "low": Policy("low", Decimal("24"), Decimal("168"), "24x7"),
    }
    return SlaTable(policies, calendar_2026())


# --- the shipped calendar -------------------------------------------------------------------------------


def test_shipped_2026_calendar_is_the_official_schedule():
    days = {d: (workday, name) for d, workday, name in shipped_days(2026)}
    assert days[date(2026, 2, 15)] == (False, "春节") and days[date(2026, 2, 23)] == (False, "春节")
    assert days[date(2026, 2, 14)][0] is True and days[date(2026, 2, 28)][0] is True
    assert days[date(2026, 10, 1)] == (False, "国庆节") and days[date(2026, 10, 7)][0] is False
    assert {d for d, (workday, _) in days.items() if workday} == {
        date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9), date(2026, 9, 20),
        date(2026, 10, 10),
    }
    assert sum(1 for workday, _ in days.values() if not workday) == 3 + 9 + 3 + 5 + 3 + 3 + 7
    # every make-up workday is a weekend day, every holiday block is whole
    assert all(d.weekday() >= 5 for d, (workday, _) in days.items() if workday)


def test_the_2027_calendar_is_marked_as_an_estimate():
    assert SHIPPED_CALENDAR[2027][2] is False
    days = shipped_days(2027)
    assert days and all(name.endswith("（预估）") for _, _, name in days)
    assert (date(2027, 2, 5), False, "春节（预估）") in days  # 除夕 is a statutory day since 2025
    assert all(d.weekday() >= 5 for d, workday, _ in days if workday)


# --- pure arithmetic -------------------------------------------------------------------------------------


def test_round_the_clock_counts_every_hour():
    table = SlaTable.defaults()
    received = datetime(2026, 3, 6, 16, 30)  # a Friday
    assert table.resolution_due(received, "normal") == datetime(2026, 3, 9, 16, 30)
    assert table.response_due(received, "urgent") == datetime(2026, 3, 6, 17, 0)
    assert table.resolution_due(received, "low") == received + timedelta(hours=168)


def test_office_hours_skip_the_weekend():
    calendar = calendar_2026()
    friday = datetime(2026, 3, 6, 16, 30)
    # one office hour on Friday, seven on Monday
    assert add_clock_time(friday, hours(8), "office_hours", calendar) == datetime(2026, 3, 9, 15, 30)
    saturday = datetime(2026, 3, 7, 10, 0)
    assert add_clock_time(saturday, hours(1), "office_hours", calendar) == datetime(2026, 3, 9, 9, 30)


def test_office_hours_skip_a_public_holiday():
    calendar = calendar_2026()
    # 清明节 2026: Saturday 4 April to Monday 6 April
    received = datetime(2026, 4, 3, 16, 30)
    assert add_clock_time(received, hours(8), "office_hours", calendar) == datetime(2026, 4, 7, 15, 30)
    # 国庆节 2026: 1–7 October; a normal ticket on 30 September needs 72 office hours = 8 workdays
    due = add_clock_time(datetime(2026, 9, 30, 8, 30), hours(72), "office_hours", calendar)
    # workdays: 30 Sep, 8, 9, 10 (调休 Saturday), 12, 13, 14, 15 Oct → the eighth ends at 17:30
    assert due == datetime(2026, 10, 15, 17, 30)


def test_office_hours_count_a_make_up_workday():
    calendar = calendar_2026()
    # Saturday 14 February 2026 is worked (春节调休), then 15–23 February are off
    assert add_clock_time(datetime(2026, 2, 13, 16, 30), hours(8), "office_hours", calendar) == datetime(
        2026, 2, 14, 15, 30
    )
    assert add_clock_time(datetime(2026, 2, 14, 16, 30), hours(12), "office_hours", calendar) == datetime(
        2026, 2, 25, 10, 30
    )
    # Saturday 10 October 2026 is worked too
    assert add_clock_time(datetime(2026, 10, 9, 17, 0), hours(2), "office_hours", calendar) == datetime(
        2026, 10, 10, 10, 0
    )
    # without the calendar the same Saturday would not count
    assert add_clock_time(datetime(2026, 10, 9, 17, 0), hours(2), "office_hours", WorkCalendar()) == datetime(
        2026, 10, 12, 10, 0
    )


def test_a_budget_used_up_at_closing_time_is_due_at_closing_time():
    calendar = calendar_2026()
    assert add_clock_time(datetime(2026, 3, 6, 8, 30), hours(9), "office_hours", calendar) == datetime(
        2026, 3, 6, 17, 30
    )
    assert add_clock_time(datetime(2026, 3, 6, 6, 0), hours(1), "office_hours", calendar) == datetime(
        2026, 3, 6, 9, 30
    )


def test_clock_time_between_counts_office_hours_only():
    calendar = calendar_2026()
    start, end = datetime(2026, 3, 6, 16, 0), datetime(2026, 3, 9, 10, 0)
    assert clock_time_between(start, end, "office_hours", calendar) == timedelta(hours=3)
    assert clock_time_between(start, end, "24x7", calendar) == end - start
    assert clock_time_between(end, start, "24x7", calendar) == timedelta(0)


def test_a_hold_moves_the_due_time_by_the_clock_time_on_hold():
    table = SlaTable.defaults()
    received = datetime(2026, 3, 2, 9, 0)
    due = table.resolution_due(received, "normal")
    moved = table.after_hold(due, datetime(2026, 3, 2, 12, 0), datetime(2026, 3, 2, 17, 0), "normal")
    assert moved == due + timedelta(hours=5)
    office = office_table()
    due = office.resolution_due(datetime(2026, 3, 6, 16, 30), "high")  # 24 office hours
    # on hold from Friday 16:00 to Monday 10:00: 1.5 h on Friday and 1.5 h on Monday stop the clock
    moved = office.after_hold(due, datetime(2026, 3, 6, 16, 0), datetime(2026, 3, 9, 10, 0), "high")
    assert clock_time_between(due, moved, "office_hours", office.calendar) == timedelta(hours=3)
    assert office.resolution_due(datetime(2026, 3, 6, 16, 30), "high", paused=timedelta(hours=3)) == moved


def test_a_calendar_without_workdays_is_refused_not_looped_forever():
    every_day = frozenset(date(2026, 1, 1) + timedelta(days=i) for i in range(4000))
    with pytest.raises(ValidationError):
        add_clock_time(datetime(2026, 1, 1), hours(1), "office_hours", WorkCalendar(days_off=every_day))


# --- through the services (SQLite and PostgreSQL) -----------------------------------------------------------


def test_defaults_apply_until_the_office_changes_them(db):
    service = SlaService(db, CLERK)
    settings = service.settings()
    assert [(p.severity, p.response_hours, p.resolution_hours, p.clock) for p in settings.policies] == [
        ("urgent", Decimal("0.5"), Decimal("4"), "24x7"),
        ("high", Decimal("2"), Decimal("24"), "24x7"),
        ("normal", Decimal("8"), Decimal("72"), "24x7"),
        ("low", Decimal("24"), Decimal("168"), "24x7"),
    ]
    assert (settings.office_start, settings.office_end, settings.callback_days) == (time(8, 30), time(17, 30), 2)
    with pytest.raises(PermissionDeniedError):
        service.save_settings(settings)


def test_office_hours_policy_drives_ticket_due_times(db):
    service = SlaService(db, MANAGER)
    settings = service.settings()
    policies = tuple(
        Policy(p.severity, p.response_hours, p.resolution_hours, "office_hours" if p.severity == "normal" else p.clock)
        for p in settings.policies
    )
    service.save_settings(SlaSettings(policies, time(9, 0), time(17, 0), 3, "李经理"))
    saved = service.settings()
    assert saved.policies[2].clock == "office_hours"
    assert (saved.office_start, saved.office_end, saved.callback_days, saved.service_manager) == (
        time(9, 0), time(17, 0), 3, "李经理"
    )
    tickets = TicketService(db, CLERK)
    # Wednesday 30 September 2026, 16:00: one office hour, then 国庆节 1–7 October, then Thursday 8 October
    received = datetime(2026, 9, 30, 16, 0)
    created = tickets.create(
        TicketInput(kind="repair", category="repairs", title="电梯异响", received_at=received)
    )
    detail = tickets.get(created.id)
    assert detail.response_due_at == datetime(2026, 10, 8, 16, 0)  # 8 office hours: 1 + 7
    # 72 office hours of 8 a day: 1 h on 30 Sep, then 8, 9, 10 (调休), 12…16 October, 7 h on the 19th
    assert detail.due_at == datetime(2026, 10, 19, 16, 0)
    with db.session() as s:  # the shipped calendar was put in on first use
        assert s.scalar(select(func.count()).select_from(Holiday)) > 30
    urgent = tickets.create(TicketInput(kind="repair", category="repairs", title="停电", severity="urgent",
                                        received_at=received))
    assert tickets.get(urgent.id).due_at == received + timedelta(hours=4)  # urgent stays round the clock


def test_invalid_settings_are_refused(db):
    service = SlaService(db, MANAGER)
    settings = service.settings()
    bad = tuple(Policy(p.severity, Decimal("10"), Decimal("5"), p.clock) for p in settings.policies)
    with pytest.raises(ValidationError) as info:
        service.save_settings(SlaSettings(bad))
    assert info.value.field == "response_hours"
    with pytest.raises(ValidationError):
        service.save_settings(SlaSettings(settings.policies, time(17, 0), time(9, 0)))
    with pytest.raises(ValidationError):
        service.save_settings(
            SlaSettings(tuple(Policy(p.severity, p.response_hours, p.resolution_hours, "sometimes")
                              for p in settings.policies))
        )


def test_shipped_calendar_is_seeded_once_and_edits_stay(db):
    service = SlaService(db, MANAGER)
    days_2026 = service.holidays(2026)
    assert len(days_2026) == len(shipped_days(2026))
    service.delete_holiday(date(2026, 6, 19))
    service.save_holiday(date(2026, 12, 31), False, "公司年会")
    service.save_holiday(date(2026, 6, 20), True, "端午节调休上班")
    with db.session() as s:
        assert read_setting(s, SETTING_SHIPPED_YEARS) == "2026,2027"
    days = {h.day: h for h in service.holidays(2026)}
    assert date(2026, 6, 19) not in days  # not seeded again
    assert days[date(2026, 12, 31)].name == "公司年会" and days[date(2026, 6, 20)].is_workday
    with pytest.raises(PermissionDeniedError):
        SlaService(db, CLERK).save_holiday(date(2026, 12, 30), False, "x")
    assert service.years_without_holidays([2026, 2027, 2028]) == [2028]


def test_a_year_already_in_the_table_is_not_seeded(db):
    # e.g. the demo generator or an office put its own 2027 days in first
    from crm_desktop.services.uow import unit_of_work

    with unit_of_work(db, ADMIN) as s:
        s.add(Holiday(day=date(2027, 1, 1), is_workday=False, name="元旦"))
    with unit_of_work(db, ADMIN) as s:
        added = ensure_shipped_calendar(s)
    assert added == len(shipped_days(2026))
    assert [h.day for h in SlaService(db, MANAGER).holidays(2027)] == [date(2027, 1, 1)]
