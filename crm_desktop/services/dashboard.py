"""What the dashboard (首页, SPEC §3.6) shows: this month's KPIs against last month, 12-month trends,
complaints by category, renovations needing attention and the customers at risk."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, select

from crm_desktop.services.masking import mask_phone
from crm_desktop.services.metrics import MonthMetrics, month_metrics, open_complaints_at, shift_month
from crm_desktop.services.monthly_report import TrendPoint, month_trend
from crm_desktop.services.progress import Progress
from crm_desktop.services.renovations import RenovationOverview, RenovationService
from crm_desktop.services.text import QT_TRANSLATE_NOOP
from crm_desktop.services.uow import Service

AT_RISK_SHOWN = 200


@dataclass(frozen=True)
class Kpi:
    """One tile: this month's value and last month's (None: an empty denominator, shown as —)."""

    code: str  # nps | csat | open_complaints | overdue_complaints | sla_compliance | retention_rate | at_risk
    value: Any
    previous: Any
    kind: str  # score | percent | count — how to print it
    rise_is_good: bool

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return round(float(self.value) - float(self.previous), 1)


@dataclass(frozen=True)
class AtRiskRow:
    customer_id: int
    name: str
    unit_codes: str
    phone: str  # masked unless the role may see phones
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class DashboardData:
    month: date
    kpis: tuple[Kpi, ...]
    trend: tuple[TrendPoint, ...]
    complaints_by_category: dict[str, int]
    renovations: RenovationOverview
    at_risk: tuple[AtRiskRow, ...]
    at_risk_total: int

    def kpi(self, code: str) -> Kpi:
        return next(k for k in self.kpis if k.code == code)


def _open_and_overdue(s, now: datetime) -> tuple[int, int]:
    still_open = open_complaints_at(now)
    opened, overdue = s.execute(
        select(func.count(), func.count(case((still_open.c.due_at < now, 1)))).select_from(still_open)
    ).one()
    return int(opened), int(overdue)


def kpis(current: MonthMetrics, previous: MonthMetrics) -> tuple[Kpi, ...]:
    def pair(group: str, key: str) -> tuple[Any, Any]:
        return getattr(current, group).get(key), getattr(previous, group).get(key)

    return (
        Kpi("nps", *pair("satisfaction", "nps"), "score", True),
        Kpi("csat", *pair("satisfaction", "csat"), "percent", True),
        Kpi("open_complaints", *pair("service", "open_at_month_end"), "count", False),
        Kpi("overdue_complaints", *pair("service", "overdue_at_month_end"), "count", False),
        Kpi("sla_compliance", *pair("service", "sla_compliance"), "percent", True),
        Kpi("retention_rate", *pair("retention", "retention_rate"), "percent", True),
        Kpi("at_risk", *pair("loyalty", "at_risk_count"), "count", False),
    )


class DashboardService(Service):
    def _open_complaints(self, now: datetime) -> tuple[int, int]:
        """(complaints open now, of those past their due time) — the same counting as §4.2 at an instant."""
        with self.db.session() as s:
            return _open_and_overdue(s, now)

    def load(
        self,
        month: date | None = None,
        today: date | None = None,
        progress: Progress | None = None,
        now: datetime | None = None,
    ) -> DashboardData:
        """The dashboard of `month` (default: the current month). For the month still running, the open and
        overdue complaint tiles count as of `now`: "at the month's end" would call a complaint due next week
        overdue today."""
        progress = progress or Progress()
        if now is None:
            now = datetime.now() if today is None else datetime.combine(today, datetime.now().time())
        today = today or now.date()
        first = date((month or today).year, (month or today).month, 1)
        progress(0, 4, QT_TRANSLATE_NOOP("Services", "Computing this month's figures"))
        current = month_metrics(self.db, first)
        progress(1, 4, QT_TRANSLATE_NOOP("Services", "Computing last month's figures"))
        previous = month_metrics(self.db, shift_month(first, -1))
        progress(2, 4, QT_TRANSLATE_NOOP("Services", "Computing the 12-month trend"))
        trend = month_trend(self.db, first)
        progress(3, 4, QT_TRANSLATE_NOOP("Services", "Collecting renovations and customers at risk"))
        renovations = RenovationService(self.db, self.principal).overview(today)
        show_phone = self.principal.may_view_phones
        at_risk = tuple(
            AtRiskRow(c.customer_id, c.name, c.unit_codes, c.mobile if show_phone else mask_phone(c.mobile),
                      c.score, c.reasons)
            for c in current.at_risk[:AT_RISK_SHOWN]
        )
        figures = kpis(current, previous)
        if first == date(today.year, today.month, 1):
            open_now, overdue_now = self._open_complaints(now)
            figures = tuple(
                replace(k, value=open_now) if k.code == "open_complaints"
                else replace(k, value=overdue_now) if k.code == "overdue_complaints"
                else k
                for k in figures
            )
        progress(4, 4, QT_TRANSLATE_NOOP("Services", "Collecting renovations and customers at risk"))
        return DashboardData(
            month=first,
            kpis=figures,
            trend=tuple(trend),
            complaints_by_category=dict(current.service.get("complaints_by_category", {})),
            renovations=renovations,
            at_risk=at_risk,
            at_risk_total=len(current.at_risk),
        )
