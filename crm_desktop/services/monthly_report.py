"""Everything the monthly reports and the dashboard show, gathered in one pass (no Qt, no reportlab).

The §4 figures come from services.metrics (one definition for the CLI, the dashboard and the PDFs);
this module adds what only the reports need: last month for the change column, a 12-month trend, the
per-staff table, churn by community, the tenure distribution, the CRM scorecard and notable comments.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Building,
    Community,
    Interaction,
    Occupancy,
    Response,
    Staff,
    StaffAssessment,
    Ticket,
    Unit,
)
from crm_desktop.models.database import Database
from crm_desktop.services.masking import mask_name, mask_phone
from crm_desktop.services.metrics import (
    COUNTED_ROLES,
    AtRiskCustomer,
    MonthMetrics,
    active_customers_at,
    month_metrics,
    shift_month,
)
from crm_desktop.services.office_settings import OfficeSettings, read_office_settings
from crm_desktop.services.progress import Progress
from crm_desktop.services.satisfaction import (
    Comment,
    month_bounds,
    percentage,
    round_half_up,
    satisfaction_metrics,
    survey_comments,
)
from crm_desktop.services.staff import figures_from
from crm_desktop.services.text import QT_TRANSLATE_NOOP

TREND_MONTHS = 12
NOTABLE_COMMENTS = 8
# Tenure bands in years: [low, high) with None as open-ended.
TENURE_BANDS: tuple[tuple[int, int | None], ...] = ((0, 1), (1, 3), (3, 5), (5, 10), (10, None))


@dataclass(frozen=True)
class TrendPoint:
    month: str  # YYYY-MM
    nps: Decimal | None
    csat: Decimal | None
    responses: int
    retention_rate: Decimal | None
    churn_rate: Decimal | None
    complaints_received: int
    sla_compliance: Decimal | None


@dataclass(frozen=True)
class StaffMonthRow:
    name: str
    is_team: bool
    handled: int
    median_resolution_hours: Decimal | None
    sla_compliance: Decimal | None
    callback_satisfaction: Decimal | None
    assessment_total: Decimal | None  # latest 客户人员素质测评 weighted total on or before the month's end


@dataclass(frozen=True)
class Scorecard:
    """CRM 绩效测评: knowledge, interaction, value, satisfaction (SPEC §5)."""

    archive_completeness: Decimal | None
    households: int
    interactions: int
    interactions_per_100_households: Decimal | None
    tickets_per_100_households: Decimal | None
    median_first_response_minutes: Decimal | None
    retention_rate: Decimal | None
    avg_tenure_years: Decimal | None
    nps: Decimal | None
    csat: Decimal | None


@dataclass(frozen=True)
class AtRiskLine:
    """One at-risk customer as printed for the owners' committee: name and phone masked, never the ID."""

    name: str
    unit_codes: str
    phone: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MonthlyReportData:
    month: date
    generated_at: datetime
    office: OfficeSettings
    current: MonthMetrics
    previous: MonthMetrics
    trend: list[TrendPoint]
    staff: list[StaffMonthRow]
    churn_by_community: dict[str, int]
    tenure_distribution: dict[str, int]  # band label "0-1", "1-3", …, "10+" → customers active at month end
    scorecard: Scorecard
    comments: list[Comment]
    comments_total: int
    nps_counts: tuple[int, int, int] = (0, 0, 0)  # promoters, passives, detractors
    at_risk: list[AtRiskLine] = field(default_factory=list)

    @property
    def has_data(self) -> bool:
        """False for a month before the office had any customer, ticket or survey response."""
        c = self.current
        return bool(
            c.satisfaction.get("responses")
            or c.service.get("tickets_received")
            or c.service.get("open_at_month_end")
            or c.retention.get("active_start")
            or c.retention.get("active_end")
        )


def change(current: Any, previous: Any) -> Decimal | None:
    """Month-over-month change of a figure; None when either month has no value."""
    if current is None or previous is None:
        return None
    return Decimal(str(current)) - Decimal(str(previous))


def at_risk_lines(customers: list[AtRiskCustomer]) -> list[AtRiskLine]:
    return [
        AtRiskLine(mask_name(c.name), c.unit_codes, mask_phone(c.mobile) if c.mobile else "", c.score, c.reasons)
        for c in customers
    ]


# --- pieces ----------------------------------------------------------------------------------------------


def month_trend(
    db: Database, month: date, months: int = TREND_MONTHS, progress: Progress | None = None
) -> list[TrendPoint]:
    """The `months` months ending with `month`, oldest first."""
    points = []
    firsts = [shift_month(month, offset) for offset in range(-(months - 1), 1)]
    with db.session() as s:
        retention = retention_series(s, firsts)
        for done, first in enumerate(firsts):
            if progress is not None:
                progress(done, months, QT_TRANSLATE_NOOP("Services", "Computing the 12-month trend"))
            start, end = month_bounds(first)
            complaints, resolved, within = _complaint_counts(s, start, end)
            satisfaction = satisfaction_metrics(db, start, end)
            started, kept = retention[first]
            points.append(
                TrendPoint(
                    month=f"{first:%Y-%m}",
                    nps=satisfaction.nps,
                    csat=satisfaction.csat,
                    responses=satisfaction.responses,
                    retention_rate=percentage(kept, started),
                    churn_rate=percentage(started - kept, started),
                    complaints_received=complaints,
                    sla_compliance=percentage(within, resolved),
                )
            )
    return points


def retention_series(s: Session, firsts: list[date]) -> dict[date, tuple[int, int]]:
    """{first day of month: (S, S − L)} for each month, in one grouped query (§4.3).

    Each counted customer gets one flag per month boundary ("active at that instant"); a customer kept
    through month i is active at boundaries i and i + 1. The database does the grouping and the sums.
    """
    boundaries = [*firsts, shift_month(firsts[-1], 1)]

    def active_at(day: date):
        return case(
            (and_(Occupancy.start_date <= day, or_(Occupancy.end_date.is_(None), Occupancy.end_date > day)), 1),
            else_=0,
        )

    flags = (
        select(*(func.max(active_at(day)).label(f"a{i}") for i, day in enumerate(boundaries)))
        .where(Occupancy.role.in_(COUNTED_ROLES))
        .group_by(Occupancy.customer_id)
        .subquery()
    )
    columns = [flags.c[f"a{i}"] for i in range(len(boundaries))]
    sums = []
    for i in range(len(firsts)):
        sums.append(func.coalesce(func.sum(columns[i]), 0))
        sums.append(func.coalesce(func.sum(columns[i] * columns[i + 1]), 0))
    row = s.execute(select(*sums)).one()
    return {first: (int(row[2 * i]), int(row[2 * i + 1])) for i, first in enumerate(firsts)}


def _complaint_counts(s: Session, start: datetime, end: datetime) -> tuple[int, int, int]:
    """(complaints received, complaints resolved, of those resolved by their due time) in [start, end),
    counted as §4.2 counts them."""
    complaint = Ticket.kind == "complaint"
    received = s.scalar(
        select(func.count()).where(complaint, Ticket.received_at >= start, Ticket.received_at < end)
    )
    resolved, within = s.execute(
        select(func.count(), func.count(case((Ticket.resolved_at <= Ticket.due_at, 1)))).where(
            complaint, Ticket.resolved_at >= start, Ticket.resolved_at < end
        )
    ).one()
    return int(received or 0), int(resolved), int(within)


def staff_month_table(s: Session, start: datetime, end: datetime) -> list[StaffMonthRow]:
    """Per staff member or team: tickets resolved in the month and how well (as in the staff view)."""
    rows = s.execute(
        select(Ticket.assigned_staff_id, Ticket.received_at, Ticket.resolved_at, Ticket.due_at, Ticket.callback_score)
        .where(Ticket.assigned_staff_id.is_not(None), Ticket.resolved_at >= start, Ticket.resolved_at < end)
    ).all()
    by_staff: dict[int, list[tuple]] = {}
    for staff_id, *values in rows:
        by_staff.setdefault(staff_id, []).append(tuple(values))
    ranked = (
        select(
            StaffAssessment.staff_id,
            StaffAssessment.weighted_total,
            func.row_number()
            .over(
                partition_by=StaffAssessment.staff_id,
                order_by=(StaffAssessment.assessed_on.desc(), StaffAssessment.id.desc()),
            )
            .label("rank"),
        )
        .where(StaffAssessment.assessed_on < end.date())
        .subquery()
    )
    assessments = dict(s.execute(select(ranked.c.staff_id, ranked.c.weighted_total).where(ranked.c.rank == 1)).all())
    people = s.execute(
        select(Staff.id, Staff.name, Staff.is_team).where(
            or_(Staff.id.in_(list(by_staff)), and_(Staff.active.is_(True), Staff.id.in_(list(assessments))))
        )
    ).all()
    table = []
    for staff_id, name, is_team in people:
        figures = figures_from(by_staff.get(staff_id, []))
        total = assessments.get(staff_id)
        table.append(
            StaffMonthRow(
                name=name,
                is_team=bool(is_team),
                handled=figures.handled,
                median_resolution_hours=figures.median_resolution_hours,
                sla_compliance=figures.sla_compliance,
                callback_satisfaction=figures.callback_satisfaction,
                assessment_total=None if total is None else Decimal(str(total)),
            )
        )
    table.sort(key=lambda row: (-row.handled, row.is_team, row.name))
    return table


def churn_by_community(s: Session, first: date, next_first: date) -> dict[str, int]:
    """Customers lost in the month (§4.3 L), by the community of their latest-ending occupancy."""
    at_start = active_customers_at(first).subquery()
    at_end = active_customers_at(next_first).subquery()
    lost_ids = select(at_start.c.customer_id).where(at_start.c.customer_id.not_in(select(at_end.c.customer_id)))
    ranked = (
        select(
            Occupancy.customer_id,
            Occupancy.unit_id,
            func.row_number()
            .over(partition_by=Occupancy.customer_id, order_by=(Occupancy.end_date.desc(), Occupancy.id.desc()))
            .label("rank"),
        )
        .where(
            Occupancy.role.in_(COUNTED_ROLES),
            Occupancy.end_date.is_not(None),
            Occupancy.end_date <= next_first,
            Occupancy.customer_id.in_(lost_ids),
        )
        .subquery()
    )
    rows = s.execute(
        select(Community.name, func.count())
        .select_from(ranked)
        .join(Unit, Unit.id == ranked.c.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Community, Community.id == Building.community_id)
        .where(ranked.c.rank == 1)
        .group_by(Community.name)
        .order_by(func.count().desc(), Community.name)
    ).all()
    return {name: int(count) for name, count in rows}


def _band_label(low: int, high: int | None) -> str:
    return f"{low}+" if high is None else f"{low}-{high}"


def tenure_distribution(s: Session, next_first: date) -> dict[str, int]:
    """Customers active at the month's end by years since their earliest owner/tenant start (§4.3 tenure),
    banded and counted in the database: "at least Y years" is a start on or before the month's end minus
    ⌈365.25 × Y⌉ days."""
    earliest = (
        select(func.min(Occupancy.start_date).label("start"))
        .where(Occupancy.role.in_(COUNTED_ROLES), Occupancy.customer_id.in_(active_customers_at(next_first)))
        .group_by(Occupancy.customer_id)
        .subquery()
    )
    whens = []
    for low, high in TENURE_BANDS:
        if high is not None:  # shorter than `high` years: started after the `high`-year threshold
            threshold = next_first - timedelta(days=math.ceil(Fraction("365.25") * high))
            whens.append((earliest.c.start > threshold, literal(_band_label(low, high))))
    last_low = TENURE_BANDS[-1][0]
    band = case(*whens, else_=literal(_band_label(last_low, None))).label("band")
    counts = dict(s.execute(select(band, func.count()).select_from(earliest).group_by(band)).all())
    return {_band_label(low, high): int(counts.get(_band_label(low, high), 0)) for low, high in TENURE_BANDS}


def households_at(s: Session, next_first: date) -> int:
    """Units with an owner or tenant at the month's end (the 户 of 'per 100 households')."""
    return s.scalar(
        select(func.count(func.distinct(Occupancy.unit_id))).where(
            Occupancy.role.in_(COUNTED_ROLES),
            Occupancy.start_date <= next_first,
            or_(Occupancy.end_date.is_(None), Occupancy.end_date > next_first),
        )
    ) or 0


def interactions_in(s: Session, start: datetime, end: datetime) -> tuple[int, int]:
    """(all interactions, tickets) in [start, end): contact log entries, tickets received, call-backs made and
    survey responses — every time the office and a customer spoke."""
    contacts = s.scalar(
        select(func.count()).where(Interaction.occurred_at >= start, Interaction.occurred_at < end)
    ) or 0
    tickets = s.scalar(select(func.count()).where(Ticket.received_at >= start, Ticket.received_at < end)) or 0
    callbacks = s.scalar(select(func.count()).where(Ticket.callback_at >= start, Ticket.callback_at < end)) or 0
    responses = s.scalar(
        select(func.count()).where(Response.responded_at >= start, Response.responded_at < end)
    ) or 0
    return int(contacts + tickets + callbacks + responses), int(tickets)


def per_hundred(count: int, households: int) -> Decimal | None:
    if not households:
        return None
    return round_half_up(Fraction(count * 100, households), 2)


def scorecard(current: MonthMetrics, households: int, interactions: int, tickets: int) -> Scorecard:
    return Scorecard(
        archive_completeness=current.archive.get("archive_completeness"),
        households=households,
        interactions=interactions,
        interactions_per_100_households=per_hundred(interactions, households),
        tickets_per_100_households=per_hundred(tickets, households),
        median_first_response_minutes=current.service.get("median_first_response_minutes"),
        retention_rate=current.retention.get("retention_rate"),
        avg_tenure_years=current.retention.get("avg_tenure_years"),
        nps=_decimal(current.satisfaction.get("nps")),
        csat=_decimal(current.satisfaction.get("csat")),
    )


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


# --- all of it ---------------------------------------------------------------------------------------------


def monthly_report_data(db: Database, month: date, progress: Progress | None = None) -> MonthlyReportData:
    """The figures of both monthly reports for `month` (any day of it)."""
    progress = progress or Progress()
    first = date(month.year, month.month, 1)
    start, end = month_bounds(first)
    progress(0, 4, QT_TRANSLATE_NOOP("Services", "Computing this month's figures"))
    current = month_metrics(db, first)
    progress(1, 4, QT_TRANSLATE_NOOP("Services", "Computing last month's figures"))
    previous = month_metrics(db, shift_month(first, -1))
    progress(2, 4, QT_TRANSLATE_NOOP("Services", "Computing the 12-month trend"))
    trend = month_trend(db, first, progress=progress)
    progress(3, 4, QT_TRANSLATE_NOOP("Services", "Collecting staff, churn and comments"))
    with db.session() as s:
        office = read_office_settings(s)
        staff = staff_month_table(s, start, end)
        communities = churn_by_community(s, first, end.date())
        tenure = tenure_distribution(s, end.date())
        households = households_at(s, end.date())
        interactions, tickets = interactions_in(s, start, end)
    comments = survey_comments(db, start, end, limit=NOTABLE_COMMENTS)
    return MonthlyReportData(
        month=first,
        generated_at=datetime.now().replace(microsecond=0),
        office=office,
        current=current,
        previous=previous,
        trend=trend,
        staff=staff,
        churn_by_community=communities,
        tenure_distribution=tenure,
        scorecard=scorecard(current, households, interactions, tickets),
        comments=comments.items,
        comments_total=comments.total,
        nps_counts=current.nps_counts,
        at_risk=at_risk_lines(current.at_risk),
    )
