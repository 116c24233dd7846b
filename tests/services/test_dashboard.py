"""The dashboard's tiles (SPEC §3.6): the month still running counts open and overdue complaints as of now."""

from __future__ import annotations

from datetime import date, datetime

from crm_desktop.models import Ticket
from crm_desktop.services.dashboard import DashboardService
from tests.factories import ADMIN


def _complaint(s, number: str, received: datetime, due: datetime) -> None:
    s.add(Ticket(number=number, kind="complaint", channel="phone", category="noise", severity="normal", title="t",
                 status="new", received_at=received, due_at=due))


def test_overdue_now_in_the_running_month_and_at_the_end_of_a_past_one(db):
    with db.session() as s:
        _complaint(s, "T-1", datetime(2026, 12, 1, 8), due=datetime(2026, 12, 2, 8))  # due tomorrow
        _complaint(s, "T-2", datetime(2026, 11, 28, 8), due=datetime(2026, 11, 30, 8))  # overdue since yesterday
        _complaint(s, "T-3", datetime(2026, 12, 1, 9), due=datetime(2026, 12, 20, 9))  # due later this month
        s.commit()
    service = DashboardService(db, ADMIN)
    running = service.load(today=date(2026, 12, 1), now=datetime(2026, 12, 1, 10))
    assert running.kpi("open_complaints").value == 3
    assert running.kpi("overdue_complaints").value == 1  # only T-2; T-1 and T-3 are not late yet
    assert running.kpi("overdue_complaints").previous == 1  # November's end: T-2 was already late
    # Looked at after it ended, December counts at its end (§4.2): by then all three are past due.
    ended = service.load(date(2026, 12, 1), today=date(2027, 1, 5), now=datetime(2027, 1, 5, 10))
    assert ended.kpi("open_complaints").value == 3 and ended.kpi("overdue_complaints").value == 3
