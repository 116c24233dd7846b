"""Satisfaction metrics (SPEC §4.1), computed in the database and rounded exactly.

Every figure is aggregated with GROUP BY / COUNT / SUM in SQL; Python only divides the integer sums, as
fractions, and rounds half-up (ties away from zero: 6.25 → 6.3, −6.25 → −6.3) — percentages to one
decimal, means, gaps and ratios to two. A figure whose denominator is empty is None ("—", JSON null),
never 0. The dashboard, the `metrics` command and the monthly report reuse these functions.

Scope: responses with `responded_at` in [start, end), of every campaign unless `survey_id` is given, and
optionally of the units of one community or one building (responses without a unit are then left out).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import Select, case, func, select

from crm_desktop.models import Answer, Building, Community, Question, Response, Survey, Unit
from crm_desktop.models.database import Database
from crm_desktop.services.surveys import DIMENSIONS, SCORE_RANGES, split_choices

PROMOTER_MIN = 9  # 9–10
DETRACTOR_MAX = 6  # 0–6; passives 7–8
CSAT_SATISFIED_MIN = 4  # 4 or 5 of 1–5
COMMENT_LIMIT = 1000


# --- exact arithmetic -----------------------------------------------------------------------------


def round_half_up(value: Fraction | int, places: int) -> Decimal:
    """`value` rounded to `places` decimals, halves away from zero (Decimal's ROUND_HALF_UP), exactly."""
    value = Fraction(value)
    scaled = abs(value) * 10**places
    digits = int(scaled + Fraction(1, 2))  # floor(x + ½) of a non-negative x
    sign = -1 if value < 0 and digits else 1
    return Decimal(sign * digits).scaleb(-places)


def percentage(part: int, whole: int) -> Decimal | None:
    """100 × part / whole to one decimal; None when `whole` is 0."""
    return round_half_up(Fraction(100 * part, whole), 1) if whole else None


def mean(total: int, count: int) -> Decimal | None:
    """total / count to two decimals; None when `count` is 0."""
    return round_half_up(Fraction(total, count), 2) if count else None


def nps_from_counts(promoters: int, passives: int, detractors: int) -> Decimal | None:
    """NPS = 100 × (promoters − detractors) / answered, one decimal; None without answers. Always −100…100."""
    answered = promoters + passives + detractors
    if answered == 0:
        return None
    return round_half_up(Fraction(100 * (promoters - detractors), answered), 1)


def _ratio(a_total: int, a_count: int, b_total: int, b_count: int) -> Decimal | None:
    """(a_total / a_count) / (b_total / b_count) to two decimals (C = b/a with b the perception)."""
    if not (a_count and b_count and b_total):
        return None
    return round_half_up(Fraction(a_total, a_count) / Fraction(b_total, b_count), 2)


def _difference(a_total: int, a_count: int, b_total: int, b_count: int) -> Decimal | None:
    if not (a_count and b_count):
        return None
    return round_half_up(Fraction(a_total, a_count) - Fraction(b_total, b_count), 2)


def _json(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


# --- results ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SatisfactionMetrics:
    """The §4.1 figures, plus the counts behind them (for tooltips, tables and charts)."""

    responses: int
    nps: Decimal | None
    promoters_pct: Decimal | None
    passives_pct: Decimal | None
    detractors_pct: Decimal | None
    csat: Decimal | None
    csat_mean: Decimal | None
    perception_mean: dict[str, Decimal | None]
    expectation_mean: dict[str, Decimal | None]
    gap: dict[str, Decimal | None]
    ratio: dict[str, Decimal | None]
    satisfaction_index: Decimal | None
    nps_answers: int = 0
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    csat_answers: int = 0
    csat_satisfied: int = 0
    perception_answers: dict[str, int] = field(default_factory=dict)
    expectation_answers: dict[str, int] = field(default_factory=dict)

    def to_json_dict(self) -> dict[str, object]:
        """The §4.1 keys, numbers as JSON numbers, empty denominators as null."""

        def by_dimension(values: dict[str, Decimal | None]) -> dict[str, float | None]:
            return {d: _json(values.get(d)) for d in DIMENSIONS}

        return {
            "responses": self.responses,
            "nps": _json(self.nps),
            "promoters_pct": _json(self.promoters_pct),
            "passives_pct": _json(self.passives_pct),
            "detractors_pct": _json(self.detractors_pct),
            "csat": _json(self.csat),
            "csat_mean": _json(self.csat_mean),
            "perception_mean": by_dimension(self.perception_mean),
            "expectation_mean": by_dimension(self.expectation_mean),
            "gap": by_dimension(self.gap),
            "ratio": by_dimension(self.ratio),
            "satisfaction_index": _json(self.satisfaction_index),
        }


@dataclass(frozen=True)
class AreaSatisfaction:
    """NPS and CSAT of the responses of one community or building (ids None: responses without a unit)."""

    community_id: int | None
    community_name: str
    building_id: int | None
    building_name: str
    responses: int
    nps_answers: int
    promoters: int
    passives: int
    detractors: int
    nps: Decimal | None
    detractors_pct: Decimal | None
    csat_answers: int
    csat: Decimal | None
    csat_mean: Decimal | None


@dataclass(frozen=True)
class QuestionDistribution:
    """How the answers to one question (or, across campaigns, to questions worded alike) are spread."""

    key: str
    kind: str
    dimension: str | None
    text: str
    answered: int  # responses that answered it at all
    scores: dict[int, int]  # score (servqual: perception) → answers, every value of the scale present
    expectations: dict[int, int]  # servqual only
    options: dict[str, int]  # choice only, options in their order, then other texts found
    texts: int  # text questions: non-empty answers


@dataclass(frozen=True)
class Comment:
    response_id: int
    responded_at: datetime
    survey_name: str
    community_name: str
    unit_code: str
    respondent: str
    question: str
    text: str


@dataclass(frozen=True)
class CommentList:
    total: int
    items: list[Comment]


# --- scope ----------------------------------------------------------------------------------------------


def month_bounds(day: date) -> tuple[datetime, datetime]:
    """[first day 00:00, first day of next month 00:00) of the month of `day` (SPEC §4)."""
    start = datetime(day.year, day.month, 1)
    end = datetime(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return start, end


def _scoped(
    stmt: Select,
    start: datetime,
    end: datetime,
    survey_id: int | None,
    community_id: int | None,
    building_id: int | None,
) -> Select:
    stmt = stmt.where(Response.responded_at >= start, Response.responded_at < end)
    if survey_id is not None:
        stmt = stmt.where(Response.survey_id == survey_id)
    if building_id is not None:
        stmt = stmt.where(Response.unit_id.in_(select(Unit.id).where(Unit.building_id == building_id)))
    elif community_id is not None:
        stmt = stmt.where(
            Response.unit_id.in_(
                select(Unit.id)
                .join(Building, Building.id == Unit.building_id)
                .where(Building.community_id == community_id)
            )
        )
    return stmt


def _answer_sums(kind_filter: Iterable[str]):
    """Per (kind, dimension): count and sum of scores and of expectations, promoters, detractors, 4–5s."""
    score = Answer.score
    return (
        select(
            Question.kind,
            Question.dimension,
            func.count(score),
            func.coalesce(func.sum(score), 0),
            func.count(Answer.expectation),
            func.coalesce(func.sum(Answer.expectation), 0),
            func.coalesce(func.sum(case((score >= PROMOTER_MIN, 1), else_=0)), 0),
            func.coalesce(func.sum(case((score <= DETRACTOR_MAX, 1), else_=0)), 0),
            func.coalesce(func.sum(case((score >= CSAT_SATISFIED_MIN, 1), else_=0)), 0),
        )
        .select_from(Answer)
        .join(Question, Question.id == Answer.question_id)
        .join(Response, Response.id == Answer.response_id)
        .where(Question.kind.in_(list(kind_filter)))
        .group_by(Question.kind, Question.dimension)
    )


def satisfaction_metrics(
    db: Database,
    start: datetime,
    end: datetime,
    survey_id: int | None = None,
    community_id: int | None = None,
    building_id: int | None = None,
) -> SatisfactionMetrics:
    """Every §4.1 metric for responses with `responded_at` in [start, end)."""
    with db.session() as s:
        responses = (
            s.scalar(_scoped(select(func.count(Response.id)), start, end, survey_id, community_id, building_id)) or 0
        )
        rows = s.execute(
            _scoped(_answer_sums(("nps", "csat", "servqual")), start, end, survey_id, community_id, building_id)
        ).all()
    nps_n = promoters = detractors = csat_n = csat_sum = csat_ok = 0
    perception: dict[str, tuple[int, int]] = {d: (0, 0) for d in DIMENSIONS}  # dimension → (sum, count)
    expectation: dict[str, tuple[int, int]] = {d: (0, 0) for d in DIMENSIONS}
    for kind, dimension, n, total, e_n, e_total, promoted, detracted, satisfied in rows:
        n, total, e_n, e_total = int(n), int(total), int(e_n), int(e_total)
        if kind == "nps":
            nps_n += n
            promoters += int(promoted)
            detractors += int(detracted)
        elif kind == "csat":
            csat_n += n
            csat_sum += total
            csat_ok += int(satisfied)
        elif dimension in perception:
            p_sum, p_n = perception[dimension]
            perception[dimension] = (p_sum + total, p_n + n)
            x_sum, x_n = expectation[dimension]
            expectation[dimension] = (x_sum + e_total, x_n + e_n)
    passives = nps_n - promoters - detractors
    all_p = (sum(v[0] for v in perception.values()), sum(v[1] for v in perception.values()))
    all_e = (sum(v[0] for v in expectation.values()), sum(v[1] for v in expectation.values()))
    return SatisfactionMetrics(
        responses=int(responses),
        nps=nps_from_counts(promoters, passives, detractors),
        promoters_pct=percentage(promoters, nps_n),
        passives_pct=percentage(passives, nps_n),
        detractors_pct=percentage(detractors, nps_n),
        csat=percentage(csat_ok, csat_n),
        csat_mean=mean(csat_sum, csat_n),
        perception_mean={d: mean(*perception[d]) for d in DIMENSIONS},
        expectation_mean={d: mean(*expectation[d]) for d in DIMENSIONS},
        gap={d: _difference(*perception[d], *expectation[d]) for d in DIMENSIONS},
        ratio={d: _ratio(*perception[d], *expectation[d]) for d in DIMENSIONS},
        satisfaction_index=_ratio(*all_p, *all_e),
        nps_answers=nps_n,
        promoters=promoters,
        passives=passives,
        detractors=detractors,
        csat_answers=csat_n,
        csat_satisfied=csat_ok,
        perception_answers={d: perception[d][1] for d in DIMENSIONS},
        expectation_answers={d: expectation[d][1] for d in DIMENSIONS},
    )


def satisfaction_breakdown(
    db: Database,
    start: datetime,
    end: datetime,
    survey_id: int | None = None,
    by: str = "building",
    community_id: int | None = None,
) -> list[AreaSatisfaction]:
    """NPS and CSAT per community or per building, so that the office sees where detractors live.

    Areas are listed by community and building name; responses without a unit come last (ids None).
    """
    if by not in ("building", "community"):
        raise ValueError(f"by must be 'building' or 'community', not {by!r}")
    area = Unit.building_id if by == "building" else Building.community_id
    score = Answer.score

    def from_responses(stmt: Select) -> Select:
        return stmt.outerjoin(Unit, Unit.id == Response.unit_id).outerjoin(Building, Building.id == Unit.building_id)

    counts = _scoped(
        from_responses(select(area, func.count(Response.id)).select_from(Response)).group_by(area),
        start,
        end,
        survey_id,
        community_id,
        None,
    )
    answers = _scoped(
        from_responses(
            select(
                area,
                Question.kind,
                func.count(score),
                func.coalesce(func.sum(score), 0),
                func.coalesce(func.sum(case((score >= PROMOTER_MIN, 1), else_=0)), 0),
                func.coalesce(func.sum(case((score <= DETRACTOR_MAX, 1), else_=0)), 0),
                func.coalesce(func.sum(case((score >= CSAT_SATISFIED_MIN, 1), else_=0)), 0),
            )
            .select_from(Answer)
            .join(Question, Question.id == Answer.question_id)
            .join(Response, Response.id == Answer.response_id)
        )
        .where(Question.kind.in_(("nps", "csat")))
        .group_by(area, Question.kind),
        start,
        end,
        survey_id,
        community_id,
        None,
    )
    with db.session() as s:
        responses = {key: int(n) for key, n in s.execute(counts)}
        figures: dict[object, dict[str, tuple[int, int, int, int, int]]] = {}
        for key, kind, n, total, promoted, detracted, satisfied in s.execute(answers):
            figures.setdefault(key, {})[kind] = (int(n), int(total), int(promoted), int(detracted), int(satisfied))
        ids = [key for key in responses if key is not None]
        if by == "building":
            names = {
                bid: (cid, cname, bname)
                for bid, cid, cname, bname in s.execute(
                    select(Building.id, Community.id, Community.name, Building.name)
                    .join(Community, Community.id == Building.community_id)
                    .where(Building.id.in_(ids or [-1]))
                )
            }
        else:
            names = {
                cid: (cid, cname, "")
                for cid, cname in s.execute(select(Community.id, Community.name).where(Community.id.in_(ids or [-1])))
            }
    result = []
    for key, count in responses.items():
        community_id_, community_name, building_name = names.get(key, (None, "", ""))
        nps_n, _, promoted, detracted, _ = figures.get(key, {}).get("nps", (0, 0, 0, 0, 0))
        csat_n, csat_total, _, _, satisfied = figures.get(key, {}).get("csat", (0, 0, 0, 0, 0))
        result.append(
            AreaSatisfaction(
                community_id=community_id_,
                community_name=community_name,
                building_id=key if by == "building" else None,
                building_name=building_name,
                responses=count,
                nps_answers=nps_n,
                promoters=promoted,
                passives=nps_n - promoted - detracted,
                detractors=detracted,
                nps=nps_from_counts(promoted, nps_n - promoted - detracted, detracted),
                detractors_pct=percentage(detracted, nps_n),
                csat_answers=csat_n,
                csat=percentage(satisfied, csat_n),
                csat_mean=mean(csat_total, csat_n),
            )
        )
    result.sort(key=lambda a: (a.community_id is None, a.community_name, len(a.building_name), a.building_name))
    return result


def answer_distributions(
    db: Database,
    start: datetime,
    end: datetime,
    survey_id: int | None = None,
    community_id: int | None = None,
    building_id: int | None = None,
) -> list[QuestionDistribution]:
    """Counts of each answer per question, in questionnaire order.

    With a campaign chosen, every question of it is listed (unanswered ones with zero counts); across
    campaigns, questions of the same kind, dimension and wording are counted together.
    """
    scope = (start, end, survey_id, community_id, building_id)

    def grouped(value) -> Select:
        return _scoped(
            select(Answer.question_id, value, func.count(Answer.id))
            .select_from(Answer)
            .join(Response, Response.id == Answer.response_id)
            .where(value.is_not(None))
            .group_by(Answer.question_id, value),
            *scope,
        )

    answered_stmt = _scoped(
        select(Answer.question_id, func.count(func.distinct(Answer.response_id)))
        .select_from(Answer)
        .join(Response, Response.id == Answer.response_id)
        .group_by(Answer.question_id),
        *scope,
    )
    text_stmt = _scoped(
        select(Answer.question_id, Answer.text, func.count(Answer.id))
        .select_from(Answer)
        .join(Response, Response.id == Answer.response_id)
        .join(Question, Question.id == Answer.question_id)
        .where(Question.kind == "choice", Answer.text.is_not(None))
        .group_by(Answer.question_id, Answer.text),
        *scope,
    )
    comments_stmt = _scoped(
        select(Answer.question_id, func.count(Answer.id))
        .select_from(Answer)
        .join(Response, Response.id == Answer.response_id)
        .join(Question, Question.id == Answer.question_id)
        .where(Question.kind == "text", Answer.text.is_not(None), Answer.text != "")
        .group_by(Answer.question_id),
        *scope,
    )
    with db.session() as s:
        scores = s.execute(grouped(Answer.score)).all()
        expectations = s.execute(grouped(Answer.expectation)).all()
        options = s.execute(text_stmt).all()
        answered = dict(s.execute(answered_stmt).all())
        comments = dict(s.execute(comments_stmt).all())
        question_ids = set(answered)
        query = select(
            Question.id,
            Question.survey_id,
            Question.position,
            Question.kind,
            Question.dimension,
            Question.text,
            Question.choices,
        )
        if survey_id is not None:
            query = query.where(Question.survey_id == survey_id)
        else:
            query = query.where(Question.id.in_(sorted(question_ids) or [-1]))
        questions = s.execute(query.order_by(Question.position, Question.id)).all()
    key_of: dict[int, str] = {}
    entries: dict[str, dict] = {}
    for qid, _sid, _position, kind, dimension, text, choices in questions:
        key = str(qid) if survey_id is not None else f"{kind}|{dimension or ''}|{text}"
        key_of[qid] = key
        entry = entries.get(key)
        if entry is None:
            low, high = SCORE_RANGES.get(kind, (0, -1))
            entry = entries[key] = {
                "kind": kind,
                "dimension": dimension,
                "text": text,
                "answered": 0,
                "scores": dict.fromkeys(range(low, high + 1), 0),
                "expectations": dict.fromkeys(range(low, high + 1), 0) if kind == "servqual" else {},
                "options": dict.fromkeys(split_choices(choices), 0) if kind == "choice" else {},
                "texts": 0,
            }
        entry["answered"] += int(answered.get(qid, 0))
        entry["texts"] += int(comments.get(qid, 0))
    for target, rows in (("scores", scores), ("expectations", expectations), ("options", options)):
        for qid, value, n in rows:
            key = key_of.get(qid)
            if key is None:
                continue
            if target == "scores" and entries[key]["kind"] not in SCORE_RANGES:
                continue
            bucket = entries[key][target]
            bucket[value] = bucket.get(value, 0) + int(n)
    return [
        QuestionDistribution(
            key=key,
            kind=e["kind"],
            dimension=e["dimension"],
            text=e["text"],
            answered=e["answered"],
            scores=dict(sorted(e["scores"].items())),
            expectations=dict(sorted(e["expectations"].items())),
            options=e["options"],
            texts=e["texts"],
        )
        for key, e in entries.items()
    ]


def survey_comments(
    db: Database,
    start: datetime,
    end: datetime,
    survey_id: int | None = None,
    community_id: int | None = None,
    building_id: int | None = None,
    limit: int = COMMENT_LIMIT,
) -> CommentList:
    """The answers to text questions, newest first: at most `limit` of them, and how many there are."""
    base = (
        select(func.count(Answer.id))
        .select_from(Answer)
        .join(Response, Response.id == Answer.response_id)
        .join(Question, Question.id == Answer.question_id)
        .where(Question.kind == "text", Answer.text.is_not(None), Answer.text != "")
    )
    items = (
        select(
            Response.id,
            Response.responded_at,
            Survey.name,
            Community.name,
            Unit.code,
            Response.respondent_name,
            Question.text,
            Answer.text,
        )
        .select_from(Answer)
        .join(Response, Response.id == Answer.response_id)
        .join(Question, Question.id == Answer.question_id)
        .join(Survey, Survey.id == Response.survey_id)
        .outerjoin(Unit, Unit.id == Response.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .outerjoin(Community, Community.id == Building.community_id)
        .where(Question.kind == "text", Answer.text.is_not(None), Answer.text != "")
        .order_by(Response.responded_at.desc(), Response.id.desc(), Question.position)
        .limit(limit)
    )
    with db.session() as s:
        total = s.scalar(_scoped(base, start, end, survey_id, community_id, building_id)) or 0
        rows = s.execute(_scoped(items, start, end, survey_id, community_id, building_id)).all()
    return CommentList(
        total=int(total),
        items=[
            Comment(rid, at, survey, community or "", code or "", name or "", question, text)
            for rid, at, survey, community, code, name, question, text in rows
        ],
    )
