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

from sqlalchemy import and_, case, func, literal, or_, select
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


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _median(values: list[Fraction]) -> Fraction | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _seconds(start: datetime, end: datetime) -> Fraction:
    delta = end - start
    return Fraction(delta.days * 86400 + delta.seconds) + Fraction(delta.microseconds, 1_000_000)


def _keyed(codes: dict[str, str] | tuple[str, ...], counts: dict[str | None, int]) -> dict[str, int]:
    """Every code present (0 where none), plus any unexpected code found in the data."""
    result = {code: 0 for code in codes}
    for code, count in counts.items():
        result[code or "other"] = result.get(code or "other", 0) + count
    return result


# --- §4.2 service -------------------------------------------------------------------------------


def service_metrics(s: Session, start: datetime, end: datetime) -> dict[str, Any]:
    in_month = and_(Ticket.received_at >= start, Ticket.received_at < end)
    complaint = Ticket.kind == "complaint"

    def grouped(column, *conditions) -> dict[str | None, int]:
        return dict(s.execute(select(column, func.count()).where(in_month, *conditions).group_by(column)).all())

    tickets_by_category = grouped(Ticket.category)
    complaints_by_category = grouped(Ticket.category, complaint)
    response_pairs = s.execute(
        select(Ticket.received_at, Ticket.first_response_at).where(
            in_month, complaint, Ticket.first_response_at.is_not(None)
        )
    ).all()
    resolved_in_month = and_(complaint, Ticket.resolved_at >= start, Ticket.resolved_at < end)
    resolution_pairs = s.execute(select(Ticket.received_at, Ticket.resolved_at).where(resolved_in_month)).all()
    resolved, within_sla, with_callback, scored, satisfied = s.execute(
        select(
            func.count(),
            func.count(case((Ticket.resolved_at <= Ticket.due_at, 1))),
            func.count(Ticket.callback_at),
            func.count(Ticket.callback_score),
            func.count(case((Ticket.callback_score >= 4, 1))),
        ).where(resolved_in_month)
    ).one()
    open_at_end = and_(
        complaint, Ticket.received_at < end, or_(Ticket.resolved_at.is_(None), Ticket.resolved_at >= end)
    )
    open_count, overdue_count = s.execute(
        select(func.count(), func.count(case((Ticket.due_at < end, 1)))).where(open_at_end)
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
    first_response = _median([_seconds(a, b) for a, b in response_pairs])
    resolution = _median([_seconds(a, b) for a, b in resolution_pairs])
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


def retention_metrics(s: Session, first: date, next_first: date) -> dict[str, Any]:
    at_start = active_customers_at(first).subquery()
    at_end = active_customers_at(next_first).subquery()
    started = s.scalar(select(func.count()).select_from(at_start)) or 0
    ended = s.scalar(select(func.count()).select_from(at_end)) or 0
    new = (
        s.scalar(
            select(func.count()).select_from(at_end).where(at_end.c.customer_id.not_in(select(at_start.c.customer_id)))
        )
        or 0
    )
    lost_ids = select(at_start.c.customer_id).where(at_start.c.customer_id.not_in(select(at_end.c.customer_id)))
    lost = s.scalar(select(func.count()).select_from(lost_ids.subquery())) or 0
    # The reason on each lost customer's latest-ending owner/tenant occupancy (none given → other).
    ranked = (
        select(
            Occupancy.customer_id,
            Occupancy.end_reason,
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
    reasons = dict(
        s.execute(
            select(ranked.c.end_reason, func.count()).where(ranked.c.rank == 1).group_by(ranked.c.end_reason)
        ).all()
    )
    tenure_rows = s.execute(
        select(func.min(Occupancy.start_date))
        .where(Occupancy.role.in_(COUNTED_ROLES), Occupancy.customer_id.in_(select(at_end.c.customer_id)))
        .group_by(Occupancy.customer_id)
    ).all()
    tenure_days = sum((next_first - _as_date(row[0])).days for row in tenure_rows)
    return {
        "active_start": started,
        "active_end": ended,
        "new_customers": new,
        "lost_customers": lost,
        "retention_rate": percentage(ended - new, started),
        "churn_rate": percentage(lost, started),
        "churn_by_reason": _keyed(tuple(CHURN_REASONS), reasons),
        "avg_tenure_years": round_half_up(Fraction(tenure_days, len(tenure_rows)) / Fraction("365.25"), 2)
        if tenure_rows
        else None,
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


def _latest_scores(s: Session, kind: str, customer_ids, since: datetime, end: datetime) -> dict[int, int]:
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
            Response.customer_id.in_(customer_ids),
        )
        .subquery()
    )
    return dict(s.execute(select(ranked.c.customer_id, ranked.c.score).where(ranked.c.rank == 1)).all())


def _quadrants(s: Session, customer_ids, since: datetime, end: datetime) -> dict[str, int]:
    """From each customer's latest response answering both NPS and CSAT (§4.4)."""
    nps = aliased_scores("nps")
    csat = aliased_scores("csat")
    both = (
        select(
            Response.customer_id,
            nps.c.score.label("nps"),
            csat.c.score.label("csat"),
            func.row_number()
            .over(partition_by=Response.customer_id, order_by=(Response.responded_at.desc(), Response.id.desc()))
            .label("rank"),
        )
        .join(nps, nps.c.response_id == Response.id)
        .join(csat, csat.c.response_id == Response.id)
        .where(Response.responded_at >= since, Response.responded_at < end, Response.customer_id.in_(customer_ids))
        .subquery()
    )
    satisfied, loyal = both.c.csat >= 4, both.c.nps >= 7
    quadrant = case(
        (and_(satisfied, loyal), literal("loyalist")),
        (satisfied, literal("mercenary")),
        (loyal, literal("hostage")),
        else_=literal("defector"),
    )
    labelled = select(quadrant.label("quadrant")).where(both.c.rank == 1).subquery()
    counts = dict(s.execute(select(labelled.c.quadrant, func.count()).group_by(labelled.c.quadrant)).all())
    total = s.scalar(select(func.count()).select_from(customer_ids.subquery())) or 0
    result = {q: int(counts.get(q, 0)) for q in QUADRANTS}
    result["unknown"] = total - sum(result.values())
    return result


def aliased_scores(kind: str):
    """The score each response gave to its first question of `kind`."""
    return (
        select(Answer.response_id, func.min(Answer.score).label("score"))
        .join(Question, Question.id == Answer.question_id)
        .where(Question.kind == kind, Answer.score.is_not(None))
        .group_by(Answer.response_id)
        .subquery()
    )


def at_risk_customers(s: Session, next_first: date) -> list[AtRiskCustomer]:
    end = datetime.combine(next_first, datetime.min.time())
    year_ago, days_90 = _shift_months(next_first, -12), end - timedelta(days=90)
    active = active_customers_at(next_first)
    since = datetime.combine(year_ago, datetime.min.time())
    latest_nps = _latest_scores(s, "nps", active, since, end)
    latest_csat = _latest_scores(s, "csat", active, since, end)
    overdue = set(
        s.scalars(
            select(Ticket.customer_id)
            .where(
                Ticket.kind == "complaint",
                Ticket.customer_id.in_(active),
                Ticket.received_at < end,
                or_(Ticket.resolved_at.is_(None), Ticket.resolved_at >= end),
                Ticket.due_at < end,
            )
            .distinct()
        )
    )
    repeat = set(
        s.scalars(
            select(Ticket.customer_id)
            .where(
                Ticket.kind == "complaint",
                Ticket.customer_id.in_(active),
                Ticket.received_at >= days_90,
                Ticket.received_at < end,
            )
            .group_by(Ticket.customer_id)
            .having(func.count() >= 2)
        )
    )
    low_callback = set(
        s.scalars(
            select(Ticket.customer_id)
            .where(
                Ticket.customer_id.in_(active),
                Ticket.callback_score <= 2,
                Ticket.callback_at >= days_90,
                Ticket.callback_at < end,
            )
            .distinct()
        )
    )
    reasons: dict[int, list[str]] = {}
    for customer_id, score in latest_nps.items():
        if score <= 6:
            reasons.setdefault(customer_id, []).append("detractor")
    for code, ids in (("overdue_complaint", overdue), ("repeat_complaints", repeat), ("low_callback", low_callback)):
        for customer_id in ids:
            reasons.setdefault(customer_id, []).append(code)
    for customer_id, score in latest_csat.items():
        if score <= 2:
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
    rows = s.execute(
        select(
            Customer.mobile,
            Customer.phone2,
            Customer.id_type,
            Customer.id_number,
            Customer.special_needs,
            Customer.preferences,
            Customer.emergency_contact,
        ).where(Customer.id.in_(active_customers_at(next_first)))
    ).all()
    complete = 0
    for mobile, phone2, id_type, id_number, needs, preferences, emergency in rows:
        has_phone = bool(mobile or phone2)
        valid_id = bool(id_number) and (id_type != "resident_id" or mainland_id_problem(id_number) is None)
        has_care = any((v or "").strip() for v in (needs, preferences, emergency))
        complete += has_phone and valid_id and has_care
    return {"archive_completeness": percentage(complete, len(rows)), "active_customers": len(rows)}


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
    satisfaction = satisfaction_metrics(db, start, end).to_json_dict()
    with db.session() as s:
        service = service_metrics(s, start, end)
        retention = retention_metrics(s, first, next_first)
        since = datetime.combine(_shift_months(next_first, -12), datetime.min.time())
        quadrant_counts = _quadrants(s, active_customers_at(next_first), since, end)
        risky = at_risk_customers(s, next_first)
        archive = archive_metrics(s, next_first)
    loyalty = {
        "quadrant_counts": quadrant_counts,
        "at_risk_count": len(risky),
        "at_risk": [{"customer_id": c.customer_id, "score": c.score, "reasons": list(c.reasons)} for c in risky],
    }
    return MonthMetrics(f"{first:%Y-%m}", satisfaction, service, retention, loyalty, archive, risky)


__all__ = ["AtRiskCustomer", "MonthMetrics", "mean", "month_metrics", "parse_month"]
