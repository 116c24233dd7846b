"""Every SPEC §4 metric for one month: service (§4.2), retention (§4.3), loyalty and risk (§4.4),
archive quality (§4.5), with satisfaction (§4.1) from services.satisfaction.

Counting and grouping run in the database; only medians take the month's durations into Python
(medians are not portable SQL). Rounding half-up and `None` for empty denominators as in §4.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from crm_desktop.models import Answer, Customer, Occupancy, Question, Response, Ticket
from crm_desktop.models.database import Database
from crm_desktop.services.codes import CHURN_REASONS, TICKET_CATEGORIES, TICKET_CHANNELS
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.satisfaction import mean, month_bounds, percentage, round_half_up, satisfaction_metrics
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.validation import mainland_id_problem

COUNTED_ROLES = ("owner", "tenant")  # family members and other residents are not counted (§4.3)
QUADRANTS = ("loyalist", "mercenary", "hostage", "defector", "unknown")
RISK_THRESHOLD = 3

# Reasons of the at-risk score (§4.4) with their points and the suggested win-back action (挽回措施).
RISK_RULES: dict[str, tuple[int, str]] = {
    "detractor": (3, QT_TRANSLATE_NOOP("Services", "Manager visits in person to hear what would change their mind")),
    "overdue_complaint": (2, QT_TRANSLATE_NOOP("Services", "Escalate the overdue complaint and call with a date")),
    "repeat_complaints": (2, QT_TRANSLATE_NOOP("Services", "Review the complaints together and agree on one fix")),
    "low_callback": (2, QT_TRANSLATE_NOOP("Services", "Call back again within two days and reopen if needed")),
    "low_csat": (1, QT_TRANSLATE_NOOP("Services", "Send a care visit and ask what to improve")),
}


def parse_month(text: str) -> date:
    """'2026-09' → date(2026, 9, 1); anything else is bad input."""
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        return date(year, month, 1)
    except ValueError as exc:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "Month {value} is not in the form YYYY-MM"), value=text), field="month"
        ) from exc


def shift_month(day: date, months: int) -> date:
    """The first day of the month `months` after (or before) the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _median_seconds(pairs) -> Fraction | None:
    """Exact median of `end - start` over (start, end) pairs, in seconds.

    Durations are sorted as whole microseconds (ints sort ten times faster than Fractions) and only the
    middle one or two become a Fraction.
    """
    ordered = sorted((end - start) // _MICROSECOND for start, end in pairs)
    if not ordered:
        return None
    middle = len(ordered) // 2
    micros = ordered[middle] if len(ordered) % 2 else Fraction(ordered[middle - 1] + ordered[middle], 2)
    return Fraction(micros, 1_000_000)


_MICROSECOND = timedelta(microseconds=1)


def _keyed(codes: dict[str, str] | tuple[str, ...], counts: dict[str | None, int]) -> dict[str, int]:
    """Every code present (0 where none), plus any unexpected code found in the data."""
    result = {code: 0 for code in codes}
    for code, count in counts.items():
        result[code or "other"] = result.get(code or "other", 0) + count
    return result


# --- §4.2 service -------------------------------------------------------------------------------


def open_complaints_at(end: datetime):
    """(customer_id, due_at) of the complaints received before `end` and not resolved by then.

    Two index ranges (unresolved, resolved later) joined with UNION ALL: written as one OR, SQLite walks a
    whole index of the tickets table instead (BENCHMARKS.md, "month metrics").
    """
    received = and_(Ticket.kind == "complaint", Ticket.received_at < end)
    return union_all(
        select(Ticket.customer_id, Ticket.due_at).where(received, Ticket.resolved_at.is_(None)),
        select(Ticket.customer_id, Ticket.due_at).where(received, Ticket.resolved_at >= end),
    ).subquery()


def service_metrics(s: Session, start: datetime, end: datetime) -> dict[str, Any]:
    in_month = and_(Ticket.received_at >= start, Ticket.received_at < end)
    complaint = Ticket.kind == "complaint"

    def grouped(column, *conditions) -> dict[str | None, int]:
        return dict(s.execute(select(column, func.count()).where(in_month, *conditions).group_by(column)).all())

    tickets_by_category = grouped(Ticket.category)
    complaints_by_category = grouped(Ticket.category, complaint)
    # Iterated, not fetched with .all(): one C loop over a whole result holds Python's lock for long, which
    # stalls the window while the dashboard computes this in a worker thread (BENCHMARKS.md, GUI stalls).
    first_response = _median_seconds(
        s.connection().execute(
            select(Ticket.received_at, Ticket.first_response_at).where(
                in_month, complaint, Ticket.first_response_at.is_not(None)
            )
        )
    )
    resolved_in_month = and_(complaint, Ticket.resolved_at >= start, Ticket.resolved_at < end)
    resolution = _median_seconds(
        s.connection().execute(select(Ticket.received_at, Ticket.resolved_at).where(resolved_in_month))
    )
    resolved, within_sla, with_callback, scored, satisfied = s.execute(
        select(
            func.count(),
            func.count(case((Ticket.resolved_at <= Ticket.due_at, 1))),
            func.count(Ticket.callback_at),
            func.count(Ticket.callback_score),
            func.count(case((Ticket.callback_score >= 4, 1))),
        ).where(resolved_in_month)
    ).one()
    still_open = open_complaints_at(end)
    open_count, overdue_count = s.execute(
        select(func.count(), func.count(case((still_open.c.due_at < end, 1)))).select_from(still_open)
    ).one()
    repeat = s.scalar(
        select(func.count()).select_from(
            select(Ticket.customer_id)
            .where(in_month, complaint, Ticket.customer_id.is_not(None))
            .group_by(Ticket.customer_id)
            .having(func.count() >= 2)
            .subquery()
        )
    )
    return {
        "complaints_received": sum(complaints_by_category.values()),
        "tickets_received": sum(tickets_by_category.values()),
        "complaints_by_category": _keyed(tuple(TICKET_CATEGORIES), complaints_by_category),
        "complaints_by_channel": _keyed(tuple(TICKET_CHANNELS), grouped(Ticket.channel, complaint)),
        "tickets_by_category": _keyed(tuple(TICKET_CATEGORIES), tickets_by_category),
        "tickets_by_channel": _keyed(tuple(TICKET_CHANNELS), grouped(Ticket.channel)),
        "median_first_response_minutes": None if first_response is None else round_half_up(first_response / 60, 1),
        "median_resolution_hours": None if resolution is None else round_half_up(resolution / 3600, 1),
        "sla_compliance": percentage(within_sla, resolved),
        "open_at_month_end": open_count,
        "overdue_at_month_end": overdue_count,
        "callback_rate": percentage(with_callback, resolved),
        "callback_satisfaction": percentage(satisfied, scored),
        "repeat_complainants": repeat or 0,
    }


# --- §4.3 retention -----------------------------------------------------------------------------
# Counting happens in the database. "Active at t" is asked in two shapes that SQLite plans well: one flag per
# customer from a single GROUP BY over the occupancies (retention), or a correlated EXISTS on the occupancies'
# customer index for the few thousand rows of a month or a year (quadrants, archive). As `IN (subquery)` /
# `NOT IN` filters SQLite probed every active customer's tickets or answers one by one (BENCHMARKS.md).


def active_customers_at(day: date):
    """Customers holding an owner/tenant occupancy at the instant `day` 00:00 starts."""
    return (
        select(Occupancy.customer_id)
        .where(
            Occupancy.role.in_(COUNTED_ROLES),
            Occupancy.start_date <= day,
            or_(Occupancy.end_date.is_(None), Occupancy.end_date > day),
        )
        .distinct()
    )


def is_active_at(customer_id, day: date):
    """SQL condition: the customer in column `customer_id` holds an owner/tenant occupancy at `day` 00:00."""
    return (
        select(Occupancy.id)
        .where(
            Occupancy.customer_id == customer_id,
            Occupancy.role.in_(COUNTED_ROLES),
            Occupancy.start_date <= day,
            or_(Occupancy.end_date.is_(None), Occupancy.end_date > day),
        )
        .exists()
    )


def activity_flags(first: date, next_first: date):
    """Per counted customer: at_start / at_end = 1 when active at `first` / `next_first` (one GROUP BY)."""

    def active_at(day: date):
        return case(
            (and_(Occupancy.start_date <= day, or_(Occupancy.end_date.is_(None), Occupancy.end_date > day)), 1),
            else_=0,
        )

    return (
        select(
            Occupancy.customer_id.label("customer_id"),
            func.max(active_at(first)).label("at_start"),
            func.max(active_at(next_first)).label("at_end"),
        )
        .where(
            Occupancy.role.in_(COUNTED_ROLES),
            Occupancy.start_date <= next_first,
            or_(Occupancy.end_date.is_(None), Occupancy.end_date > first),
        )
        .group_by(Occupancy.customer_id)
        .subquery()
    )


def _id_set(s: Session, stmt) -> set[int]:
    """The first column of `stmt` as a set, from Core rows (the ORM's are slower). The ticket queries passed here
    leave out DISTINCT: SQLite answers it by walking the customer index and fetching each row from it, several
    times slower than the plain scan or index range that the set then deduplicates."""
    return {row[0] for row in s.connection().execute(stmt)}


def active_customer_ids(s: Session, day: date) -> set[int]:
    """`active_customers_at(day)` as a set of ids."""
    return _id_set(s, active_customers_at(day))


def retention_metrics(s: Session, first: date, next_first: date) -> dict[str, Any]:
    """§4.3 for the month [first, next_first), counted in the database."""
    flags = activity_flags(first, next_first)
    started, ended, new, lost = (
        int(value or 0)
        for value in s.execute(
            select(
                func.sum(flags.c.at_start),
                func.sum(flags.c.at_end),
                func.sum(flags.c.at_end * (1 - flags.c.at_start)),
                func.sum(flags.c.at_start * (1 - flags.c.at_end)),
            )
        ).one()
    )
    # The reason on each lost customer's latest-ending owner/tenant occupancy (none given → other). A lost
    # customer held an occupancy at `first` that has ended by `next_first`, so that latest end lies within
    # (first, next_first]: only occupancies ending in the month need ranking.
    ranked = (
        select(
            Occupancy.customer_id,
            Occupancy.end_reason,
            func.row_number()
            .over(partition_by=Occupancy.customer_id, order_by=(Occupancy.end_date.desc(), Occupancy.id.desc()))
            .label("rank"),
        )
        .where(Occupancy.role.in_(COUNTED_ROLES), Occupancy.end_date > first, Occupancy.end_date <= next_first)
        .subquery()
    )
    reasons = dict(
        s.execute(
            select(ranked.c.end_reason, func.count())
            .where(
                ranked.c.rank == 1,
                is_active_at(ranked.c.customer_id, first),
                ~is_active_at(ranked.c.customer_id, next_first),
            )
            .group_by(ranked.c.end_reason)
        ).all()
    )
    # Tenure from each active customer's earliest owner/tenant start, counted per start day in SQL.
    earliest = (
        select(func.min(Occupancy.start_date).label("day"))
        .where(Occupancy.role.in_(COUNTED_ROLES), Occupancy.customer_id.in_(active_customers_at(next_first)))
        .group_by(Occupancy.customer_id)
        .subquery()
    )
    tenure_days = tenured = 0
    for day, count in s.connection().execute(select(earliest.c.day, func.count()).group_by(earliest.c.day)):
        tenure_days += (next_first - _as_date(day)).days * count
        tenured += count
    return {
        "active_start": started,
        "active_end": ended,
        "new_customers": new,
        "lost_customers": lost,
        "retention_rate": percentage(ended - new, started),
        "churn_rate": percentage(lost, started),
        "churn_by_reason": _keyed(tuple(CHURN_REASONS), reasons),
        "avg_tenure_years": round_half_up(Fraction(tenure_days, tenured) / Fraction("365.25"), 2) if tenured else None,
    }


def _as_date(value: date | datetime | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):  # SQLite returns MIN() over dates as text
        return date.fromisoformat(value[:10])
    return value


# --- §4.4 loyalty and risk ----------------------------------------------------------------------


@dataclass(frozen=True)
class AtRiskCustomer:
    customer_id: int
    name: str
    unit_codes: str
    mobile: str  # as stored; masking is the caller's job (role-dependent)
    score: int
    reasons: tuple[str, ...]  # codes of RISK_RULES

    @property
    def suggested_actions(self) -> tuple[Text, ...]:
        return tuple(Text(RISK_RULES[reason][1]) for reason in self.reasons)


def _latest_scores(s: Session, kind: str, since: datetime, end: datetime) -> dict[int, int]:
    """Each customer's latest answer of one question kind in [since, end)."""
    ranked = (
        select(
            Response.customer_id,
            Answer.score,
            func.row_number()
            .over(partition_by=Response.customer_id, order_by=(Response.responded_at.desc(), Response.id.desc()))
            .label("rank"),
        )
        .join(Answer, Answer.response_id == Response.id)
        .join(Question, Question.id == Answer.question_id)
        .where(
            Question.kind == kind,
            Answer.score.is_not(None),
            Response.responded_at >= since,
            Response.responded_at < end,
            Response.customer_id.is_not(None),
        )
        .subquery()
    )
    rows = s.connection().execute(select(ranked.c.customer_id, ranked.c.score).where(ranked.c.rank == 1))
    return {customer_id: score for customer_id, score in rows}


def _quadrants(s: Session, next_first: date, since: datetime, end: datetime) -> dict[str, int]:
    """From each active customer's latest response in [since, end) answering both NPS and CSAT (§4.4)."""
    # A response's score for a kind is its lowest answer to a question of that kind (normally the only one).
    nps = func.min(case((Question.kind == "nps", Answer.score)))
    csat = func.min(case((Question.kind == "csat", Answer.score)))
    both = (
        select(
            Response.customer_id,
            nps.label("nps"),
            csat.label("csat"),
            func.row_number()
            .over(partition_by=Response.customer_id, order_by=(Response.responded_at.desc(), Response.id.desc()))
            .label("rank"),
        )
        .join(Answer, Answer.response_id == Response.id)
        .join(Question, Question.id == Answer.question_id)
        .where(
            Question.kind.in_(("nps", "csat")),
            Answer.score.is_not(None),
            Response.responded_at >= since,
            Response.responded_at < end,
            Response.customer_id.is_not(None),
        )
        .group_by(Response.id, Response.customer_id, Response.responded_at)
        .having(and_(nps.is_not(None), csat.is_not(None)))
        .subquery()
    )
    satisfied, loyal = both.c.csat >= 4, both.c.nps >= 7
    quadrant = case(
        (and_(satisfied, loyal), literal("loyalist")),
        (satisfied, literal("mercenary")),
        (loyal, literal("hostage")),
        else_=literal("defector"),
    ).label("quadrant")
    latest = select(both.c.customer_id, quadrant).where(both.c.rank == 1).subquery()
    counts = dict(
        s.execute(
            select(latest.c.quadrant, func.count())
            .where(is_active_at(latest.c.customer_id, next_first))
            .group_by(latest.c.quadrant)
        ).all()
    )
    flags = activity_flags(next_first, next_first)
    active = int(s.scalar(select(func.coalesce(func.sum(flags.c.at_end), 0))) or 0)
    result = {q: int(counts.get(q, 0)) for q in QUADRANTS}
    result["unknown"] = active - sum(result.values())
    return result


def at_risk_customers(s: Session, next_first: date, active: set[int] | None = None) -> list[AtRiskCustomer]:
    """Active customers at `next_first` scoring RISK_THRESHOLD or more (§4.4), highest score first."""
    active = active_customer_ids(s, next_first) if active is None else active
    end = datetime.combine(next_first, datetime.min.time())
    year_ago, days_90 = shift_month(next_first, -12), end - timedelta(days=90)
    since = datetime.combine(year_ago, datetime.min.time())
    latest_nps = _latest_scores(s, "nps", since, end)
    latest_csat = _latest_scores(s, "csat", since, end)
    still_open = open_complaints_at(end)
    overdue = _id_set(s, select(still_open.c.customer_id).where(still_open.c.due_at < end))
    repeat = set(
        s.scalars(
            select(Ticket.customer_id)
            .where(Ticket.kind == "complaint", Ticket.received_at >= days_90, Ticket.received_at < end)
            .group_by(Ticket.customer_id)
            .having(func.count() >= 2)
        )
    )
    low_callback = _id_set(
        s,
        select(Ticket.customer_id).where(
            Ticket.callback_score <= 2, Ticket.callback_at >= days_90, Ticket.callback_at < end
        ),
    )
    reasons: dict[int, list[str]] = {}
    for customer_id, score in latest_nps.items():
        if score <= 6 and customer_id in active:
            reasons.setdefault(customer_id, []).append("detractor")
    for code, ids in (("overdue_complaint", overdue), ("repeat_complaints", repeat), ("low_callback", low_callback)):
        for customer_id in ids & active:
            reasons.setdefault(customer_id, []).append(code)
    for customer_id, score in latest_csat.items():
        if score <= 2 and customer_id in active:
            reasons.setdefault(customer_id, []).append("low_csat")
    scored = {cid: sum(RISK_RULES[r][0] for r in rs) for cid, rs in reasons.items()}
    risky = [cid for cid, score in scored.items() if score >= RISK_THRESHOLD]
    people = {
        row.id: row
        for row in s.execute(
            select(Customer.id, Customer.name, Customer.unit_codes, Customer.mobile).where(Customer.id.in_(risky))
        )
    }
    result = [
        AtRiskCustomer(
            cid,
            people[cid].name,
            people[cid].unit_codes,
            people[cid].mobile or "",
            scored[cid],
            tuple(r for r in RISK_RULES if r in reasons[cid]),
        )
        for cid in risky
        if cid in people
    ]
    result.sort(key=lambda c: (-c.score, c.name, c.customer_id))
    return result


# --- §4.5 archive quality -----------------------------------------------------------------------


def archive_metrics(s: Session, next_first: date) -> dict[str, Any]:
    flags = activity_flags(next_first, next_first)
    active = int(s.scalar(select(func.coalesce(func.sum(flags.c.at_end), 0))) or 0)

    def filled(column):
        return and_(column.is_not(None), column != "")

    today = date.today()
    complete = 0
    # SQL keeps only active customers' archives with a phone, an ID number and some care information; only the
    # ID number's check digit (GB 11643) and blank-but-not-empty texts are checked in Python on those rows.
    for id_type, id_number, needs, preferences, emergency in s.connection().execute(
        select(
            Customer.id_type,
            Customer.id_number,
            Customer.special_needs,
            Customer.preferences,
            Customer.emergency_contact,
        ).where(
            or_(filled(Customer.mobile), filled(Customer.phone2)),
            filled(Customer.id_number),
            or_(filled(Customer.special_needs), filled(Customer.preferences), filled(Customer.emergency_contact)),
            is_active_at(Customer.id, next_first),
        )
    ):
        if not any((v or "").strip() for v in (needs, preferences, emergency)):
            continue
        complete += id_type != "resident_id" or mainland_id_problem(id_number, today) is None
    return {"archive_completeness": percentage(complete, active), "active_customers": active}


# --- all of §4 ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthMetrics:
    month: str
    satisfaction: dict[str, Any]
    service: dict[str, Any]
    retention: dict[str, Any]
    loyalty: dict[str, Any]
    archive: dict[str, Any]
    at_risk: list[AtRiskCustomer] = field(default_factory=list)
    nps_counts: tuple[int, int, int] = (0, 0, 0)  # promoters, passives, detractors behind the percentages

    def to_json_dict(self) -> dict[str, Any]:
        """The `metrics` command's JSON (SPEC §6.1): Decimals as numbers, None as null."""
        return {
            "month": self.month,
            "satisfaction": _plain(self.satisfaction),
            "service": _plain(self.service),
            "retention": _plain(self.retention),
            "loyalty": _plain(self.loyalty),
            "archive": _plain(self.archive),
        }


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def month_metrics(db: Database, month: date) -> MonthMetrics:
    start, end = month_bounds(month)
    first, next_first = start.date(), end.date()
    answers = satisfaction_metrics(db, start, end)
    satisfaction = answers.to_json_dict()
    with db.session() as s:
        service = service_metrics(s, start, end)
        retention = retention_metrics(s, first, next_first)
        since = datetime.combine(shift_month(next_first, -12), datetime.min.time())
        quadrant_counts = _quadrants(s, next_first, since, end)
        risky = at_risk_customers(s, next_first)
        archive = archive_metrics(s, next_first)
    loyalty = {
        "quadrant_counts": quadrant_counts,
        "at_risk_count": len(risky),
        "at_risk": [{"customer_id": c.customer_id, "score": c.score, "reasons": list(c.reasons)} for c in risky],
    }
    counts = (answers.promoters, answers.passives, answers.detractors)
    return MonthMetrics(f"{first:%Y-%m}", satisfaction, service, retention, loyalty, archive, risky, counts)


__all__ = [
    "AtRiskCustomer",
    "MonthMetrics",
    "active_customer_ids",
    "mean",
    "month_metrics",
    "parse_month",
    "shift_month",
]
