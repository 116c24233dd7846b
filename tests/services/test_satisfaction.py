"""SPEC §4.1 satisfaction metrics against hand-computed values, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.models import Answer, Question, Response, Survey
from crm_desktop.models.database import Database
from crm_desktop.services.satisfaction import (
    answer_distributions,
    mean,
    month_bounds,
    nps_from_counts,
    percentage,
    round_half_up,
    satisfaction_breakdown,
    satisfaction_metrics,
    survey_comments,
)
from crm_desktop.services.uow import unit_of_work
from tests.factories import ADMIN, make_unit

MARCH = (datetime(2025, 3, 1), datetime(2025, 4, 1))
DIMENSIONS = ("tangibles", "reliability", "responsiveness", "assurance", "empathy")


def make_survey(db: Database, name: str | None = None, kinds=(("nps", None), ("csat", None))) -> dict:
    """A campaign with one question per (kind, dimension); returns {(kind, dimension): question id, 'id': …}."""
    with unit_of_work(db, ADMIN) as s:
        survey = Survey(name=name or f"测评 {uuid.uuid4().hex[:8]}", status="open")
        s.add(survey)
        s.flush()
        ids: dict = {"id": survey.id}
        for position, (kind, dimension) in enumerate(kinds, start=1):
            question = Question(survey_id=survey.id, position=position, kind=kind, dimension=dimension, text=kind)
            s.add(question)
            s.flush()
            ids[(kind, dimension)] = question.id
        return ids


def add_response(db: Database, survey: dict, at: datetime, unit_id: int | None = None, **answers) -> int:
    """answers: nps=9, csat=4, tangibles=(expectation, perception), text='…'."""
    with unit_of_work(db, ADMIN) as s:
        response = Response(survey_id=survey["id"], responded_at=at, unit_id=unit_id, channel="paper")
        s.add(response)
        s.flush()
        for key, value in answers.items():
            if key in ("nps", "csat"):
                s.add(Answer(response_id=response.id, question_id=survey[(key, None)], score=value))
            elif key == "text":
                s.add(Answer(response_id=response.id, question_id=survey[("text", None)], text=value))
            else:
                expectation, perception = value
                s.add(
                    Answer(
                        response_id=response.id,
                        question_id=survey[("servqual", key)],
                        score=perception,
                        expectation=expectation,
                    )
                )
        return response.id


# --- exact arithmetic ----------------------------------------------------------------------------------


def test_rounding_is_half_up_away_from_zero_and_exact() -> None:
    assert round_half_up(Fraction(625, 100), 1) == Decimal("6.3")  # banker's rounding would give 6.2
    assert round_half_up(Fraction(-625, 100), 1) == Decimal("-6.3")
    assert round_half_up(Fraction(3125, 1000), 2) == Decimal("3.13")  # float round(3.125, 2) gives 3.12
    assert round_half_up(Fraction(1, 3), 2) == Decimal("0.33")
    assert round_half_up(Fraction(-1, 1000), 1) == Decimal("0.0") and str(round_half_up(Fraction(-1, 1000), 1)) == "0.0"
    assert str(round_half_up(63, 1)) == "63.0"
    assert percentage(1, 8) == Decimal("12.5") and percentage(0, 0) is None
    assert mean(25, 8) == Decimal("3.13") and mean(0, 0) is None


def test_nps_from_counts_definition() -> None:
    assert nps_from_counts(0, 0, 0) is None
    assert nps_from_counts(5, 7, 4) == Decimal("6.3")  # 100 × (5 − 4) / 16 = 6.25 → 6.3
    assert nps_from_counts(4, 7, 5) == Decimal("-6.3")  # −6.25 → −6.3
    assert nps_from_counts(3, 0, 0) == Decimal("100.0")
    assert nps_from_counts(0, 0, 2) == Decimal("-100.0")
    assert nps_from_counts(0, 5, 0) == Decimal("0.0")


def _oracle_nps(scores: list[int]) -> Decimal | None:
    """The §4.1 definition written independently, with the decimal module's ROUND_HALF_UP."""
    if not scores:
        return None
    promoters = sum(1 for s in scores if s >= 9)
    detractors = sum(1 for s in scores if s <= 6)
    exact = Decimal(100 * (promoters - detractors)) / Decimal(len(scores))
    return exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@given(st.lists(st.integers(min_value=0, max_value=10), max_size=300))
def test_nps_stays_within_bounds_and_matches_the_definition(scores: list[int]) -> None:
    promoters = sum(1 for s in scores if s in (9, 10))
    passives = sum(1 for s in scores if s in (7, 8))
    detractors = sum(1 for s in scores if 0 <= s <= 6)
    nps = nps_from_counts(promoters, passives, detractors)
    assert nps == _oracle_nps(scores)
    if scores:
        assert Decimal(-100) <= nps <= Decimal(100)
        assert abs(float(nps) - 100 * (promoters - detractors) / len(scores)) <= 0.05 + 1e-9


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scores=st.lists(st.integers(min_value=0, max_value=10), min_size=0, max_size=25))
def test_nps_in_the_database_matches_the_definition(db: Database, scores: list[int]) -> None:
    survey = make_survey(db)
    for minute, score in enumerate(scores):
        add_response(db, survey, datetime(2025, 3, 10, 9, minute), nps=score)
    metrics = satisfaction_metrics(db, *MARCH, survey_id=survey["id"])
    assert metrics.nps == _oracle_nps(scores)
    assert metrics.responses == metrics.nps_answers == len(scores)
    if scores:
        assert -100 <= metrics.nps <= 100


# --- the crafted month ---------------------------------------------------------------------------------


@pytest.fixture
def march(db: Database) -> dict:
    """A small month of responses whose every §4.1 figure is computed by hand in the test below.

    NPS answers (16): building 3栋 9 10 10 7 8 0 3, building 5栋 9 10 7 8 7 6 5, no unit 8 7
      → promoters 5 (9 10 10 9 10), passives 7, detractors 4 (0 3 6 5).
    CSAT answers (8): 3栋 5 4 4 3, 5栋 2 4 1 2 → four of 4–5; sum 25.
    SERVQUAL (expectation, perception): tangibles (7,6) (6,5) (7,7); reliability (6,5) (6,4) (7,6) (5,3).
    One more response in 3栋 has only a comment; responses just outside March do not count.
    """
    a = make_unit(db, building="3", room="1202")
    b = make_unit(db, building="5", room="0301")
    kinds = (("nps", None), ("csat", None), ("servqual", "tangibles"), ("servqual", "reliability"), ("text", None))
    survey = make_survey(db, "2025 年第一季度满意度调查", kinds)
    day = datetime(2025, 3, 1)  # the first response is exactly at the start of the month: inside
    plan = [
        (a, {"nps": 9, "csat": 5, "tangibles": (7, 6), "reliability": (6, 5), "text": "保安很负责"}),
        (a, {"nps": 10, "csat": 4, "tangibles": (6, 5), "reliability": (6, 4)}),
        (a, {"nps": 10, "csat": 4, "tangibles": (7, 7)}),
        (a, {"nps": 7, "csat": 3}),
        (a, {"nps": 8}),
        (a, {"nps": 0, "text": "电梯经常坏"}),
        (a, {"nps": 3}),
        (b, {"nps": 9, "csat": 2, "reliability": (7, 6)}),
        (b, {"nps": 10, "csat": 4, "reliability": (5, 3)}),
        (b, {"nps": 7, "csat": 1}),
        (b, {"nps": 8, "csat": 2}),
        (b, {"nps": 7}),
        (b, {"nps": 6}),
        (b, {"nps": 5}),
        (None, {"nps": 8}),
        (None, {"nps": 7}),
        (a, {"text": "希望多组织社区活动"}),
    ]
    for index, (unit_id, answers) in enumerate(plan):
        add_response(db, survey, day.replace(day=1 + index, hour=0 if index == 0 else 10), unit_id, **answers)
    add_response(db, survey, datetime(2025, 4, 1, 0, 0), a, nps=0, csat=1)  # the next month
    add_response(db, survey, datetime(2025, 2, 28, 23, 59), b, nps=10, csat=5)  # the month before
    return {"survey": survey, "a": a, "b": b}


def test_every_metric_of_the_month_against_hand_computed_values(db: Database, march: dict) -> None:
    m = satisfaction_metrics(db, *MARCH)
    assert m.responses == 17
    # NPS over the 16 responses with an NPS answer: 100 × (5 − 4) / 16 = 6.25 → 6.3 (half-up).
    assert (m.nps_answers, m.promoters, m.passives, m.detractors) == (16, 5, 7, 4)
    assert m.nps == Decimal("6.3")
    assert m.promoters_pct == Decimal("31.3")  # 100 × 5 / 16 = 31.25 → 31.3
    assert m.passives_pct == Decimal("43.8")  # 100 × 7 / 16 = 43.75 → 43.8
    assert m.detractors_pct == Decimal("25.0")  # 100 × 4 / 16
    # CSAT: 4 of 8 answers are 4 or 5 → 50.0; mean 25 / 8 = 3.125 → 3.13 (half-up).
    assert m.csat == Decimal("50.0")
    assert m.csat_mean == Decimal("3.13")
    # Tangibles: perception (6 + 5 + 7) / 3 = 6.00, expectation (7 + 6 + 7) / 3 = 6.666… → 6.67,
    # gap 6 − 20/3 = −0.666… → −0.67, ratio 6 / (20/3) = 0.90.
    assert m.perception_mean["tangibles"] == Decimal("6.00")
    assert m.expectation_mean["tangibles"] == Decimal("6.67")
    assert m.gap["tangibles"] == Decimal("-0.67")
    assert m.ratio["tangibles"] == Decimal("0.90")
    # Reliability: perception (5 + 4 + 6 + 3) / 4 = 4.50, expectation (6 + 6 + 7 + 5) / 4 = 6.00,
    # gap −1.50, ratio 4.5 / 6 = 0.75.
    assert m.perception_mean["reliability"] == Decimal("4.50")
    assert m.expectation_mean["reliability"] == Decimal("6.00")
    assert m.gap["reliability"] == Decimal("-1.50")
    assert m.ratio["reliability"] == Decimal("0.75")
    # Dimensions nobody answered: no denominator, so None — never 0.
    for dimension in ("responsiveness", "assurance", "empathy"):
        assert m.perception_mean[dimension] is None and m.expectation_mean[dimension] is None
        assert m.gap[dimension] is None and m.ratio[dimension] is None
    # C = b/a overall: perception (18 + 18) / 7 over expectation (20 + 24) / 7 = 36/44 = 0.8181… → 0.82.
    assert m.satisfaction_index == Decimal("0.82")


def test_json_uses_the_spec_keys_numbers_and_nulls(db: Database, march: dict) -> None:
    data = satisfaction_metrics(db, *MARCH).to_json_dict()
    assert list(data) == [
        "responses", "nps", "promoters_pct", "passives_pct", "detractors_pct", "csat", "csat_mean",
        "perception_mean", "expectation_mean", "gap", "ratio", "satisfaction_index",
    ]
    assert data["nps"] == 6.3 and data["csat_mean"] == 3.13 and data["responses"] == 17
    assert list(data["gap"]) == list(DIMENSIONS)
    assert data["gap"]["tangibles"] == -0.67 and data["ratio"]["empathy"] is None


def test_an_empty_month_has_counts_of_zero_and_no_rates(db: Database, march: dict) -> None:
    m = satisfaction_metrics(db, datetime(2024, 1, 1), datetime(2024, 2, 1))
    assert m.responses == 0
    assert m.nps is None and m.promoters_pct is None and m.passives_pct is None and m.detractors_pct is None
    assert m.csat is None and m.csat_mean is None and m.satisfaction_index is None
    assert all(value is None for value in m.gap.values())
    data = m.to_json_dict()
    assert data["nps"] is None and data["perception_mean"]["tangibles"] is None


def test_month_bounds_are_half_open() -> None:
    assert month_bounds(datetime(2025, 3, 31).date()) == MARCH
    assert month_bounds(datetime(2025, 12, 5).date()) == (datetime(2025, 12, 1), datetime(2026, 1, 1))


def test_one_campaign_one_building_or_one_community(db: Database, march: dict) -> None:
    other = make_survey(db)
    for minute, score in enumerate([9, 9, 2]):
        add_response(db, other, datetime(2025, 3, 20, 9, minute), march["a"], nps=score)
    everything = satisfaction_metrics(db, *MARCH)
    assert everything.responses == 20 and everything.nps_answers == 19
    chosen = satisfaction_metrics(db, *MARCH, survey_id=march["survey"]["id"])
    assert chosen.nps == Decimal("6.3") and chosen.responses == 17
    # 3栋 in the crafted campaign: 9 10 10 7 8 0 3 → 100 × (3 − 2) / 7 = 14.285… → 14.3; 8 responses.
    unit_building = satisfaction_breakdown(db, *MARCH, survey_id=march["survey"]["id"])[0].building_id
    building = satisfaction_metrics(db, *MARCH, survey_id=march["survey"]["id"], building_id=unit_building)
    assert building.responses == 8 and building.nps == Decimal("14.3")
    community_id = satisfaction_breakdown(db, *MARCH, by="community")[0].community_id
    community = satisfaction_metrics(db, *MARCH, survey_id=march["survey"]["id"], community_id=community_id)
    # Both buildings, not the two responses without a unit: 100 × (5 − 4) / 14 = 7.142… → 7.1.
    assert community.responses == 15 and community.nps == Decimal("7.1")


def test_a_negative_tie_rounds_away_from_zero(db: Database) -> None:
    survey = make_survey(db)
    scores = [9, 10, 9, 10] + [7, 8] * 3 + [7] + [0, 1, 2, 3, 4]  # 4 promoters, 7 passives, 5 detractors
    for minute, score in enumerate(scores):
        add_response(db, survey, datetime(2025, 3, 2, 8, minute), nps=score)
    assert satisfaction_metrics(db, *MARCH, survey_id=survey["id"]).nps == Decimal("-6.3")  # −6.25


def test_breakdown_by_building_shows_where_detractors_live(db: Database, march: dict) -> None:
    rows = satisfaction_breakdown(db, *MARCH, survey_id=march["survey"]["id"])
    assert [(r.community_name, r.building_name) for r in rows] == [("阳光花园", "3栋"), ("阳光花园", "5栋"), ("", "")]
    three, five, nowhere = rows
    # 3栋: 8 responses; NPS 9 10 10 7 8 0 3 → 14.3, detractors 2/7 = 28.571… → 28.6;
    # CSAT 5 4 4 3 → 3 of 4 = 75.0, mean 16/4 = 4.00.
    assert (three.responses, three.promoters, three.passives, three.detractors) == (8, 3, 2, 2)
    assert three.nps == Decimal("14.3") and three.detractors_pct == Decimal("28.6")
    assert three.csat == Decimal("75.0") and three.csat_mean == Decimal("4.00")
    # 5栋: NPS 9 10 7 8 7 6 5 → 100 × (2 − 2) / 7 = 0.0; CSAT 2 4 1 2 → 1 of 4 = 25.0, mean 9/4 = 2.25.
    assert (five.responses, five.nps, five.detractors_pct) == (7, Decimal("0.0"), Decimal("28.6"))
    assert five.csat == Decimal("25.0") and five.csat_mean == Decimal("2.25")
    # Without a unit: 8 7 → 0.0; no CSAT answers → None.
    assert nowhere.building_id is None and nowhere.responses == 2 and nowhere.nps == Decimal("0.0")
    assert nowhere.csat is None and nowhere.csat_mean is None
    communities = satisfaction_breakdown(db, *MARCH, by="community")
    assert [(c.community_name, c.responses, c.nps) for c in communities] == [
        ("阳光花园", 15, Decimal("7.1")),
        ("", 2, Decimal("0.0")),
    ]


def test_distributions_count_every_answer_per_question(db: Database, march: dict) -> None:
    survey = march["survey"]
    by_kind = {(d.kind, d.dimension): d for d in answer_distributions(db, *MARCH, survey_id=survey["id"])}
    nps = by_kind[("nps", None)]
    assert nps.scores == {0: 1, 1: 0, 2: 0, 3: 1, 4: 0, 5: 1, 6: 1, 7: 4, 8: 3, 9: 2, 10: 3}
    assert nps.answered == 16
    assert by_kind[("csat", None)].scores == {1: 1, 2: 2, 3: 1, 4: 3, 5: 1}
    tangibles = by_kind[("servqual", "tangibles")]
    assert tangibles.scores == {1: 0, 2: 0, 3: 0, 4: 0, 5: 1, 6: 1, 7: 1}
    assert tangibles.expectations == {1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 1, 7: 2}
    assert by_kind[("text", None)].texts == 3 and by_kind[("text", None)].scores == {}
    # Across campaigns, questions worded alike are counted together.
    other = make_survey(db)
    add_response(db, other, datetime(2025, 3, 25, 9, 0), nps=10)
    merged = {(d.kind, d.text): d for d in answer_distributions(db, *MARCH)}
    assert merged[("nps", "nps")].scores[10] == 4


def test_comments_newest_first_with_where_they_came_from(db: Database, march: dict) -> None:
    comments = survey_comments(db, *MARCH)
    assert comments.total == 3
    assert [c.text for c in comments.items] == ["希望多组织社区活动", "电梯经常坏", "保安很负责"]
    assert comments.items[0].unit_code == "3栋-2单元-1202" and comments.items[0].community_name == "阳光花园"
    assert survey_comments(db, *MARCH, limit=1).total == 3
    assert len(survey_comments(db, *MARCH, limit=1).items) == 1
    assert survey_comments(db, datetime(2024, 1, 1), datetime(2024, 2, 1)).total == 0
