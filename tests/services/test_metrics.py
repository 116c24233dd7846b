"""SPEC §4.2–4.5 on a small crafted month (March 2026) whose figures are worked out by hand below."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal

import pytest

from crm_desktop.models import Answer, Customer, Occupancy, Question, Response, Survey, Ticket
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.metrics import month_metrics, parse_month
from tests.factories import make_id_number, make_unit

MARCH = date(2026, 3, 1)
APRIL = date(2026, 4, 1)


def _crafted(db):
    units = [make_unit(db, room=f"{1001 + i}") for i in range(12)]
    with db.session() as s:
        people = {}
        for letter in "ABCDEFGHIJK":
            complete = letter in "AE"
            c = Customer(
                name=f"客户{letter}",
                mobile=f"1380000000{ord(letter) - 65}" if letter in "ABE" else None,
                id_number=make_id_number(seq=f"{ord(letter):03d}") if letter in "ABE" else None,
                special_needs="独居老人" if letter == "A" else None,
                emergency_contact="家人" if letter == "E" else None,
                search_text="",
            )
            assert complete == (letter in "AE")
            s.add(c)
            s.flush()
            people[letter] = c.id

        def occ(letter, unit, role, start, end=None, reason=None):
            s.add(Occupancy(customer_id=people[letter], unit_id=units[unit], role=role, start_date=start,
                            end_date=end, end_reason=reason))

        occ("A", 0, "owner", date(2020, 1, 1))
        occ("B", 1, "owner", date(2026, 3, 1))  # starts on the 1st: active at the month's start
        occ("C", 2, "tenant", date(2025, 1, 1), date(2026, 3, 1), "natural")  # ends on the 1st: not active
        occ("D", 3, "owner", date(2024, 6, 1), date(2026, 3, 15), "dissatisfied")  # lost
        occ("E", 4, "owner", date(2026, 3, 10))  # new
        occ("F", 5, "resident", date(2020, 1, 1))  # family member: never counted
        occ("G", 6, "owner", date(2019, 1, 1))  # two units, counted once
        occ("G", 7, "tenant", date(2021, 1, 1), date(2026, 3, 20), "other")
        occ("H", 8, "owner", date(2018, 5, 1), date(2026, 3, 31), "natural")  # 过户 to I on 03-31: lost
        occ("I", 8, "owner", date(2026, 3, 31))  # new
        occ("J", 9, "owner", date(2026, 4, 1))  # starts on next month's 1st: active at the month's end
        occ("K", 10, "owner", date(2022, 1, 1), date(2026, 4, 1), "competitive")  # ends then: lost

        def ticket(n, kind, letter, received, *, response=None, resolved=None, due, cb_at=None, score=None):
            s.add(Ticket(number=f"TS-2026{n:02d}-{n:04d}", kind=kind, customer_id=people[letter] if letter else None,
                         channel="phone", category="noise" if kind == "complaint" else "repairs",
                         severity="normal", title="t", status="resolved" if resolved else "new",
                         received_at=received, first_response_at=response, resolved_at=resolved, due_at=due,
                         callback_at=cb_at, callback_score=score))

        ticket(1, "complaint", "A", datetime(2026, 3, 2, 10), response=datetime(2026, 3, 2, 10, 30),
               resolved=datetime(2026, 3, 3, 10), due=datetime(2026, 3, 5), cb_at=datetime(2026, 3, 4), score=5)
        ticket(2, "complaint", "A", datetime(2026, 3, 10, 8), response=datetime(2026, 3, 10, 9),
               resolved=datetime(2026, 3, 20, 8), due=datetime(2026, 3, 13), cb_at=datetime(2026, 3, 21), score=2)
        ticket(3, "complaint", "B", datetime(2026, 3, 25, 12), due=datetime(2026, 3, 28))
        ticket(4, "repair", "E", datetime(2026, 3, 5), due=datetime(2026, 3, 8))
        ticket(5, "complaint", None, datetime(2026, 2, 20), resolved=datetime(2026, 3, 1, 1),
               due=datetime(2026, 2, 23))
        ticket(6, "complaint", "G", datetime(2026, 3, 30, 23), response=datetime(2026, 3, 31, 0),
               resolved=datetime(2026, 4, 2), due=datetime(2026, 4, 1, 10))

        survey = Survey(name="2026 年第一季度满意度调查", status="open")
        s.add(survey)
        s.flush()
        nps = Question(survey_id=survey.id, position=1, kind="nps", text="推荐意愿")
        csat = Question(survey_id=survey.id, position=2, kind="csat", text="总体满意度")
        s.add_all([nps, csat])
        s.flush()

        def answered(letter, when, nps_score, csat_score=None):
            r = Response(survey_id=survey.id, customer_id=people[letter], responded_at=when, channel="paper")
            s.add(r)
            s.flush()
            s.add(Answer(response_id=r.id, question_id=nps.id, score=nps_score))
            if csat_score is not None:
                s.add(Answer(response_id=r.id, question_id=csat.id, score=csat_score))

        answered("A", datetime(2024, 1, 1), 0, 1)  # older than 12 months: ignored
        answered("A", datetime(2025, 6, 1), 9, 5)  # loyalist
        answered("B", datetime(2026, 3, 5), 5, 2)  # defector; detractor +3, low CSAT +1
        answered("E", datetime(2026, 3, 20), 8, 3)  # hostage
        answered("G", datetime(2026, 3, 15), 10)  # no CSAT: quadrant unknown
        answered("I", datetime(2026, 1, 1), 10, 5)  # superseded by the later answer
        answered("I", datetime(2026, 3, 28), 6, 4)  # mercenary; detractor +3
        s.commit()
        return people


def test_service_figures_of_the_month(db):
    _crafted(db)
    service = month_metrics(db, MARCH).service
    assert service["complaints_received"] == 4  # T1, T2, T3, T6 (T5 came in February)
    assert service["tickets_received"] == 5  # plus the repair T4
    assert service["complaints_by_category"]["noise"] == 4 and service["complaints_by_category"]["cleaning"] == 0
    assert service["tickets_by_category"]["repairs"] == 1
    assert service["complaints_by_channel"]["phone"] == 4
    assert service["median_first_response_minutes"] == Decimal("60.0")  # 30, 60, 60
    assert service["median_resolution_hours"] == Decimal("217.0")  # 24, 240, 217 (T5: Feb 20 → Mar 1 01:00)
    assert service["sla_compliance"] == Decimal("33.3")  # only T1 of the three resolved in March
    assert service["open_at_month_end"] == 2  # T3 unresolved, T6 resolved in April
    assert service["overdue_at_month_end"] == 1  # T3; T6 is due on April 1st 10:00
    assert service["callback_rate"] == Decimal("66.7")  # T1 and T2 of T1, T2, T5
    assert service["callback_satisfaction"] == Decimal("50.0")  # 5 and 2
    assert service["repeat_complainants"] == 1  # A


def test_retention_with_month_boundaries_two_units_and_a_transfer(db):
    people = _crafted(db)
    retention = month_metrics(db, MARCH).retention
    # Start of March: A B D G H K; start of April: A B E G I J.
    assert retention["active_start"] == 6 and retention["active_end"] == 6
    assert retention["new_customers"] == 3  # E, I, J
    assert retention["lost_customers"] == 3  # D, H, K
    assert retention["retention_rate"] == Decimal("50.0")  # 100 × (6 − 3) / 6
    assert retention["churn_rate"] == Decimal("50.0")
    assert retention["churn_by_reason"] == {"natural": 1, "dissatisfied": 1, "competitive": 1, "passive": 0,
                                            "other": 0}
    starts = [date(2020, 1, 1), date(2026, 3, 1), date(2026, 3, 10), date(2019, 1, 1), date(2026, 3, 31),
              date(2026, 4, 1)]  # earliest owner/tenant start of A B E G I J
    days = sum((APRIL - d).days for d in starts)
    expected = (Decimal(days) / 6 / Decimal("365.25")).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
    assert retention["avg_tenure_years"] == expected
    assert "F" in people  # the family member exists but is never counted


def test_loyalty_quadrant_and_at_risk_list(db):
    people = _crafted(db)
    metrics = month_metrics(db, MARCH)
    assert metrics.loyalty["quadrant_counts"] == {"loyalist": 1, "mercenary": 1, "hostage": 1, "defector": 1,
                                                  "unknown": 2}
    risky = {c.customer_id: c for c in metrics.at_risk}
    assert set(risky) == {people["A"], people["B"], people["I"]}
    assert risky[people["B"]].score == 6 and risky[people["B"]].reasons == ("detractor", "overdue_complaint",
                                                                             "low_csat")
    assert risky[people["A"]].score == 4 and risky[people["A"]].reasons == ("repeat_complaints", "low_callback")
    assert risky[people["I"]].score == 3
    assert metrics.at_risk[0].customer_id == people["B"]  # highest score first
    assert all(len(c.suggested_actions) == len(c.reasons) for c in metrics.at_risk)


def test_archive_completeness(db):
    _crafted(db)
    # Active at the end: A B E G I J; complete: A (special needs) and E (emergency contact).
    assert month_metrics(db, MARCH).archive["archive_completeness"] == Decimal("33.3")


def test_an_empty_month_gives_nulls_not_zeros(db):
    metrics = month_metrics(db, MARCH)
    assert metrics.service["sla_compliance"] is None
    assert metrics.service["median_resolution_hours"] is None
    assert metrics.retention["retention_rate"] is None and metrics.retention["avg_tenure_years"] is None
    assert metrics.archive["archive_completeness"] is None
    assert metrics.satisfaction["nps"] is None
    assert metrics.loyalty["quadrant_counts"]["unknown"] == 0


def test_metrics_command_prints_the_json_of_spec_6_1(db, db_url):
    _crafted(db)
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "metrics", "--month", "2026-03", "--db", db_url],
        capture_output=True, text=True, check=True,
    )
    data = json.loads(result.stdout)
    assert list(data) == ["month", "satisfaction", "service", "retention", "loyalty", "archive"]
    assert data["month"] == "2026-03"
    assert data["retention"]["retention_rate"] == 50.0
    assert data["service"]["median_first_response_minutes"] == 60.0
    assert set(data["satisfaction"]["gap"]) == {"tangibles", "reliability", "responsiveness", "assurance",
                                                "empathy"}
    assert data["satisfaction"]["nps"] == -25.0  # 5, 8, 6, 10 answered in March: (1 − 2) / 4


@pytest.mark.parametrize("text", ["2026-13", "March", "2026/03", ""])
def test_bad_month_is_refused(text):
    with pytest.raises(ValidationError):
        parse_month(text)
