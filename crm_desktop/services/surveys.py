"""Satisfaction survey campaigns (满意度测评), their questionnaires and the responses entered into them.

A campaign has a name (unique), a period, a status (draft → open → closed) and a questionnaire of
questions of six kinds (SPEC §3.4): `nps` 0–10, `csat` 1–5, `servqual` (one dimension; an expectation
and a perception score, each 1–7), `rating` 1–5, `choice` (one of its options) and `text`.
Responses are entered only while a campaign is open; imports (services.survey_io) may fill any campaign.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from crm_desktop.models import Answer, Building, Community, Customer, Occupancy, Question, Response, Survey, Unit
from crm_desktop.services.codes import SERVQUAL_DIMENSIONS, SURVEY_CHANNELS
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import Service, check_version

QUESTION_KINDS = ("nps", "csat", "servqual", "rating", "choice", "text")
SCORED_KINDS = ("nps", "csat", "servqual", "rating")
SCORE_RANGES: dict[str, tuple[int, int]] = {"nps": (0, 10), "csat": (1, 5), "rating": (1, 5), "servqual": (1, 7)}
DIMENSIONS: tuple[str, ...] = tuple(SERVQUAL_DIMENSIONS)  # tangibles, reliability, responsiveness, assurance, empathy
SURVEY_STATUSES = ("draft", "open", "closed")
RESPONSE_CHANNELS: tuple[str, ...] = tuple(SURVEY_CHANNELS)  # paper, phone, visit, online
NAME_MAX = 200
RESPONDENT_NAME_MAX = 100
OPTION_MAX = 200
TEXT_ANSWER_MAX = 10_000


@dataclass(frozen=True)
class QuestionInput:
    """One question as the editor holds it; `id` names a stored question that is kept."""

    kind: str
    text: str
    dimension: str | None = None
    choices: tuple[str, ...] = ()
    required: bool = False
    id: int | None = None


@dataclass(frozen=True)
class SurveyInput:
    name: str
    period_start: date | None = None
    period_end: date | None = None
    status: str = "draft"
    description: str = ""
    questions: tuple[QuestionInput, ...] = ()


@dataclass(frozen=True)
class QuestionRow:
    id: int
    position: int
    kind: str
    text: str
    dimension: str | None
    choices: tuple[str, ...]
    required: bool
    answer_count: int

    def as_input(self) -> QuestionInput:
        return QuestionInput(self.kind, self.text, self.dimension, self.choices, self.required, self.id)


@dataclass(frozen=True)
class SurveyRow:
    id: int
    name: str
    period_start: date | None
    period_end: date | None
    status: str
    description: str
    version: int
    question_count: int
    response_count: int


@dataclass(frozen=True)
class SurveyDetail:
    id: int
    name: str
    period_start: date | None
    period_end: date | None
    status: str
    description: str
    version: int
    response_count: int
    questions: tuple[QuestionRow, ...]

    def as_input(self) -> SurveyInput:
        return SurveyInput(
            self.name,
            self.period_start,
            self.period_end,
            self.status,
            self.description,
            tuple(q.as_input() for q in self.questions),
        )


@dataclass(frozen=True)
class AnswerInput:
    """What a respondent gave: `score` (nps/csat/rating; servqual perception), `expectation` (servqual), `text`."""

    score: int | None = None
    expectation: int | None = None
    text: str | None = None

    @property
    def is_empty(self) -> bool:
        return self.score is None and self.expectation is None and not (self.text or "").strip()


@dataclass(frozen=True)
class ResponseInput:
    survey_id: int
    responded_at: datetime
    channel: str = "paper"
    customer_id: int | None = None
    unit_id: int | None = None
    respondent_name: str = ""
    answers: Mapping[int, AnswerInput] = field(default_factory=dict)  # question id → answer


@dataclass(frozen=True)
class ResponseDetail:
    id: int
    survey_id: int
    survey_name: str
    responded_at: datetime
    channel: str
    customer_id: int | None
    unit_id: int | None
    unit_code: str
    community_name: str
    respondent_name: str
    created_by: str
    answers: Mapping[int, AnswerInput]


def _t(template: str, **params: object) -> Text:
    return Text(template, **params)


# --- the questionnaire that ships with the program ------------------------------------------------

DEFAULT_QUESTIONNAIRE: tuple[QuestionInput, ...] = (
    QuestionInput("nps", "您有多大可能向亲友推荐我们的物业服务？（0–10 分，10 分为非常愿意）", required=True),
    QuestionInput("csat", "总体而言，您对我们的物业服务满意吗？（1 非常不满意 – 5 非常满意）", required=True),
    QuestionInput("servqual", "小区环境整洁，公共设施、设备（电梯、门禁、照明等）维护完好", "tangibles"),
    QuestionInput("servqual", "物业人员着装整齐、佩戴工牌，服务中心环境整洁", "tangibles"),
    QuestionInput("servqual", "物业说到做到，按承诺的时间完成维修和服务", "reliability"),
    QuestionInput("servqual", "报修的问题一次修好，不用反复找物业", "reliability"),
    QuestionInput("servqual", "遇到问题打电话或上门，物业人员能及时响应", "responsiveness"),
    QuestionInput("servqual", "物业人员乐意帮忙，不推诿、不拖延", "responsiveness"),
    QuestionInput("servqual", "物业人员业务熟练，能解答您的问题", "assurance"),
    QuestionInput("servqual", "住在小区里您觉得安全、放心", "assurance"),
    QuestionInput("servqual", "物业人员了解并关心您家的特别需要（老人、小孩、行动不便等）", "empathy"),
    QuestionInput("servqual", "服务中心的办公时间和服务安排方便业主", "empathy"),
    QuestionInput("text", "您对我们的服务还有哪些意见和建议？"),
)
DEFAULT_DESCRIPTION = (
    "物业服务满意度问卷：净推荐值（NPS）、总体满意度（CSAT）以及 SERVQUAL 五个维度"
    "（有形性、可靠性、响应性、保证性、移情性）的期望与感知评分，每项 1–7 分。"
)


def default_questionnaire() -> list[QuestionInput]:
    """A fresh copy of the default property-service questionnaire (new questions, no ids)."""
    return list(DEFAULT_QUESTIONNAIRE)


# --- checks shared with the import ----------------------------------------------------------------


def score_problem(kind: str, value: int | None, expectation: bool = False) -> Text | None:
    """Why `value` is not a valid score for a question of `kind`, or None when it is (or is empty)."""
    if value is None:
        return None
    low, high = SCORE_RANGES[kind]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        if expectation:
            return _t(
                QT_TRANSLATE_NOOP("Services", "expectation {score} is outside {low}–{high}"),
                score=value,
                low=low,
                high=high,
            )
        return _t(
            QT_TRANSLATE_NOOP("Services", "score {score} is outside {low}–{high}"), score=value, low=low, high=high
        )
    return None


def split_choices(text: str | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def check_answer(question: QuestionRow, answer: AnswerInput) -> AnswerInput:
    """A clean answer to `question`; raises ValidationError naming `answer:<id>` or `expectation:<id>`."""
    where = f"answer:{question.id}"
    if question.kind in SCORED_KINDS:
        if answer.text:
            raise ValidationError(
                _t(QT_TRANSLATE_NOOP("Services", "“{question}”: give a score, not text"), question=question.text),
                field=where,
            )
        if problem := score_problem(question.kind, answer.score):
            raise ValidationError(
                _t(QT_TRANSLATE_NOOP("Services", "“{question}”: {problem}"), question=question.text, problem=problem),
                field=where,
            )
        if question.kind == "servqual":
            if problem := score_problem("servqual", answer.expectation, expectation=True):
                raise ValidationError(
                    _t(
                        QT_TRANSLATE_NOOP("Services", "“{question}”: {problem}"),
                        question=question.text,
                        problem=problem,
                    ),
                    field=f"expectation:{question.id}",
                )
        elif answer.expectation is not None:
            raise ValidationError(
                _t(
                    QT_TRANSLATE_NOOP("Services", "“{question}” has no expectation score"),
                    question=question.text,
                ),
                field=where,
            )
        return AnswerInput(score=answer.score, expectation=answer.expectation)
    if answer.score is not None or answer.expectation is not None:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("Services", "“{question}” takes no score"), question=question.text), field=where
        )
    text = (answer.text or "").strip()
    if question.kind == "choice" and text and text not in question.choices:
        raise ValidationError(
            _t(
                QT_TRANSLATE_NOOP("Services", "“{option}” is not an option of “{question}”"),
                option=text,
                question=question.text,
            ),
            field=where,
        )
    if len(text) > TEXT_ANSWER_MAX:
        raise ValidationError(
            _t(
                QT_TRANSLATE_NOOP("Services", "The answer to “{question}” is longer than {limit} characters"),
                question=question.text,
                limit=TEXT_ANSWER_MAX,
            ),
            field=where,
        )
    return AnswerInput(text=text or None)


def _check_questions(questions: Sequence[QuestionInput]) -> list[QuestionInput]:
    clean = []
    for number, q in enumerate(questions, start=1):
        where = f"question:{number - 1}"
        if q.kind not in QUESTION_KINDS:
            raise ValidationError(
                _t(QT_TRANSLATE_NOOP("Services", "Question {number}: unknown type {kind}"), number=number, kind=q.kind),
                field=where,
            )
        text = (q.text or "").strip()
        if not text:
            raise ValidationError(
                _t(QT_TRANSLATE_NOOP("Services", "Question {number}: the question text is required"), number=number),
                field=where,
            )
        if len(text) > 2000:
            raise ValidationError(
                _t(
                    QT_TRANSLATE_NOOP("Services", "Question {number}: the text is longer than {limit} characters"),
                    number=number,
                    limit=2000,
                ),
                field=where,
            )
        dimension = q.dimension or None
        if q.kind == "servqual":
            if dimension not in DIMENSIONS:
                raise ValidationError(
                    _t(
                        QT_TRANSLATE_NOOP("Services", "Question {number}: choose the SERVQUAL dimension"),
                        number=number,
                    ),
                    field=where,
                )
        else:
            dimension = None
        choices: tuple[str, ...] = ()
        if q.kind == "choice":
            choices = tuple(dict.fromkeys(c.strip() for c in q.choices if c.strip()))
            if len(choices) < 2:
                raise ValidationError(
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Services", "Question {number}: a choice question needs at least two options"
                        ),
                        number=number,
                    ),
                    field=where,
                )
            if any(len(c) > OPTION_MAX or "\n" in c for c in choices):
                raise ValidationError(
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Services", "Question {number}: each option is one line of at most {limit} characters"
                        ),
                        number=number,
                        limit=OPTION_MAX,
                    ),
                    field=where,
                )
        clean.append(QuestionInput(q.kind, text, dimension, choices, bool(q.required), q.id))
    return clean


def _check_survey(data: SurveyInput) -> SurveyInput:
    name = (data.name or "").strip()
    if not name:
        raise ValidationError(_t(QT_TRANSLATE_NOOP("Services", "The campaign name is required")), field="name")
    if len(name) > NAME_MAX:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("Services", "The campaign name is longer than {limit} characters"), limit=NAME_MAX),
            field="name",
        )
    if data.status not in SURVEY_STATUSES:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("Services", "Unknown campaign status {status}"), status=data.status), field="status"
        )
    if data.period_start and data.period_end and data.period_end < data.period_start:
        raise ValidationError(
            _t(
                QT_TRANSLATE_NOOP("Services", "The period ends ({end}) before it starts ({start})"),
                end=data.period_end.isoformat(),
                start=data.period_start.isoformat(),
            ),
            field="period_end",
        )
    questions = _check_questions(data.questions)
    if data.status == "open" and not questions:
        raise ValidationError(
            _t(QT_TRANSLATE_NOOP("Services", "A campaign needs at least one question before it can be opened")),
            field="questions",
        )
    return SurveyInput(
        name, data.period_start, data.period_end, data.status, (data.description or "").strip(), tuple(questions)
    )


# --- reading ---------------------------------------------------------------------------------------


def _question_rows(s: Session, survey_id: int) -> tuple[QuestionRow, ...]:
    counts = (
        select(Answer.question_id, func.count(Answer.id).label("n"))
        .join(Question, Question.id == Answer.question_id)
        .where(Question.survey_id == survey_id)
        .group_by(Answer.question_id)
        .subquery()
    )
    rows = s.execute(
        select(Question, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.question_id == Question.id)
        .where(Question.survey_id == survey_id)
        .order_by(Question.position, Question.id)
    ).all()
    return tuple(
        QuestionRow(q.id, q.position, q.kind, q.text, q.dimension, split_choices(q.choices), bool(q.required), int(n))
        for q, n in rows
    )


def _get_survey(s: Session, survey_id: int) -> Survey:
    survey = s.get(Survey, survey_id)
    if survey is None:
        raise NotFoundError(
            _t(QT_TRANSLATE_NOOP("Services", "Campaign #{id} does not exist (it may have been deleted)"), id=survey_id)
        )
    return survey


def _touch(survey: Survey) -> None:
    """Count a questionnaire change as a change of the campaign, so that its version moves on."""
    survey.updated_at = datetime.now().replace(microsecond=0)
    flag_modified(survey, "updated_at")


def current_unit_of(s: Session, customer_id: int, on: date) -> int | None:
    """The unit a customer lives in on `on` (the earliest moved into, when several), else their latest."""
    rows = s.execute(
        select(Occupancy.unit_id, Occupancy.start_date, Occupancy.end_date)
        .where(Occupancy.customer_id == customer_id)
        .order_by(Occupancy.start_date, Occupancy.id)
    ).all()
    current = [u for u, start, end in rows if start <= on and (end is None or end > on)]
    if current:
        return current[0]
    return rows[-1][0] if rows else None


class SurveyService(Service):
    # --- campaigns -------------------------------------------------------------------------------
    def list_surveys(self, status: str | None = None) -> list[SurveyRow]:
        """Campaigns, newest period first (campaigns without a period last)."""
        with self.db.session() as s:
            questions = (
                select(Question.survey_id, func.count(Question.id).label("n")).group_by(Question.survey_id).subquery()
            )
            responses = (
                select(Response.survey_id, func.count(Response.id).label("n")).group_by(Response.survey_id).subquery()
            )
            query = (
                select(Survey, func.coalesce(questions.c.n, 0), func.coalesce(responses.c.n, 0))
                .outerjoin(questions, questions.c.survey_id == Survey.id)
                .outerjoin(responses, responses.c.survey_id == Survey.id)
                .order_by(Survey.period_start.is_(None), Survey.period_start.desc(), Survey.name)
            )
            if status is not None:
                query = query.where(Survey.status == status)
            return [
                SurveyRow(
                    v.id,
                    v.name,
                    v.period_start,
                    v.period_end,
                    v.status,
                    v.description or "",
                    v.version,
                    int(nq),
                    int(nr),
                )
                for v, nq, nr in s.execute(query)
            ]

    def get_survey(self, survey_id: int) -> SurveyDetail:
        with self.db.session() as s:
            v = _get_survey(s, survey_id)
            responses = s.scalar(select(func.count(Response.id)).where(Response.survey_id == survey_id)) or 0
            return SurveyDetail(
                v.id,
                v.name,
                v.period_start,
                v.period_end,
                v.status,
                v.description or "",
                v.version,
                int(responses),
                _question_rows(s, survey_id),
            )

    def save_survey(self, data: SurveyInput, survey_id: int | None = None, expected_version: int | None = None) -> int:
        """Create or update a campaign with its whole questionnaire, in the order given."""
        self.require_edit()
        clean = _check_survey(data)
        with self.transaction() as s:
            clash = s.scalar(select(Survey.id).where(Survey.name == clean.name))
            if clash is not None and clash != survey_id:
                raise ValidationError(
                    _t(QT_TRANSLATE_NOOP("Services", "A campaign named {name} already exists"), name=clean.name),
                    field="name",
                )
            if survey_id is None:
                survey = Survey(status=clean.status)
                s.add(survey)
                stored: dict[int, Question] = {}
            else:
                survey = _get_survey(s, survey_id)
                check_version(survey, expected_version, f"Campaign {survey.name}")
                stored = {q.id: q for q in s.scalars(select(Question).where(Question.survey_id == survey_id))}
            survey.name, survey.status = clean.name, clean.status
            survey.period_start, survey.period_end = clean.period_start, clean.period_end
            survey.description = clean.description or None
            s.flush()
            if self._save_questions(s, survey, clean.questions, stored) and survey_id is not None:
                _touch(survey)
            s.flush()
            return survey.id

    def _save_questions(
        self, s: Session, survey: Survey, questions: Sequence[QuestionInput], stored: dict[int, Question]
    ) -> bool:
        """Write the questionnaire in the order given; returns whether anything changed."""
        answered = dict(
            s.execute(
                select(Answer.question_id, func.count(Answer.id))
                .where(Answer.question_id.in_(list(stored) or [-1]))
                .group_by(Answer.question_id)
            ).all()
        )
        kept = {q.id for q in questions if q.id is not None}
        unknown = sorted(kept - set(stored))
        if unknown:
            raise NotFoundError(
                _t(QT_TRANSLATE_NOOP("Services", "Question #{id} is not part of this campaign"), id=unknown[0])
            )
        changed = False
        for question_id, question in stored.items():
            if question_id in kept:
                continue
            if answered.get(question_id):
                raise ValidationError(
                    _t(
                        QT_TRANSLATE_NOOP("Services", "“{question}” cannot be removed: {count} responses answered it"),
                        question=question.text,
                        count=answered[question_id],
                    ),
                    field="questions",
                )
            s.delete(question)
            changed = True
        s.flush()
        for position, q in enumerate(questions, start=1):
            record = stored.get(q.id) if q.id is not None else None
            if record is None:
                record = Question(survey_id=survey.id, position=position, kind=q.kind, text=q.text)
                s.add(record)
                changed = True
            elif answered.get(record.id) and (record.kind, record.dimension) != (q.kind, q.dimension):
                raise ValidationError(
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Services", "“{question}” already has answers: its type and dimension cannot change"
                        ),
                        question=record.text,
                    ),
                    field=f"question:{position - 1}",
                )
            choices = "\n".join(q.choices) or None
            values = (position, q.kind, q.text, q.dimension, choices, q.required)
            if (record.position, record.kind, record.text, record.dimension, record.choices, record.required) != values:
                record.position, record.kind, record.text, record.dimension = values[:4]
                record.choices, record.required = choices, q.required
                changed = True
        return changed

    def set_status(self, survey_id: int, status: str, expected_version: int | None = None) -> None:
        """Open a draft for entry, close an open campaign, or reopen it."""
        self.require_edit()
        if status not in SURVEY_STATUSES:
            raise ValidationError(
                _t(QT_TRANSLATE_NOOP("Services", "Unknown campaign status {status}"), status=status), field="status"
            )
        with self.transaction() as s:
            survey = _get_survey(s, survey_id)
            check_version(survey, expected_version, f"Campaign {survey.name}")
            questions = s.scalar(select(func.count(Question.id)).where(Question.survey_id == survey_id))
            if status == "open" and not questions:
                raise ValidationError(
                    _t(QT_TRANSLATE_NOOP("Services", "A campaign needs at least one question before it can be opened")),
                    field="questions",
                )
            survey.status = status

    def delete_survey(self, survey_id: int, expected_version: int | None = None) -> None:
        """Only a campaign without responses can be deleted; otherwise close it."""
        self.require_edit()
        with self.transaction() as s:
            survey = _get_survey(s, survey_id)
            check_version(survey, expected_version, f"Campaign {survey.name}")
            count = s.scalar(select(func.count(Response.id)).where(Response.survey_id == survey_id)) or 0
            if count:
                raise ValidationError(
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Services", "Campaign {name} has {count} responses and cannot be deleted; close it instead"
                        ),
                        name=survey.name,
                        count=count,
                    ),
                    field="survey",
                )
            for question in s.scalars(select(Question).where(Question.survey_id == survey_id)):
                s.delete(question)
            s.flush()
            s.delete(survey)

    # --- responses -------------------------------------------------------------------------------
    def record_response(self, data: ResponseInput) -> int:
        """Store one filled-in questionnaire of an open campaign; returns the response id."""
        self.require_edit()
        if data.channel not in RESPONSE_CHANNELS:
            raise ValidationError(
                _t(QT_TRANSLATE_NOOP("Services", "Unknown channel {channel}"), channel=data.channel), field="channel"
            )
        if data.responded_at > datetime.now() + timedelta(minutes=5):
            raise ValidationError(
                _t(
                    QT_TRANSLATE_NOOP("Services", "The response date {at} is in the future"),
                    at=data.responded_at.strftime("%Y-%m-%d %H:%M"),
                ),
                field="responded_at",
            )
        if data.responded_at.year < 2000:
            raise ValidationError(
                _t(QT_TRANSLATE_NOOP("Services", "The response date {at} is impossible"), at=data.responded_at.date()),
                field="responded_at",
            )
        name = (data.respondent_name or "").strip()
        if len(name) > RESPONDENT_NAME_MAX:
            raise ValidationError(
                _t(
                    QT_TRANSLATE_NOOP("Services", "The respondent's name is longer than {limit} characters"),
                    limit=RESPONDENT_NAME_MAX,
                ),
                field="respondent",
            )
        with self.transaction() as s:
            survey = _get_survey(s, data.survey_id)
            if survey.status == "draft":
                raise ValidationError(
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Services", "Campaign {name} is still a draft: open it before entering responses"
                        ),
                        name=survey.name,
                    ),
                    field="survey",
                )
            if survey.status == "closed":
                raise ValidationError(
                    _t(
                        QT_TRANSLATE_NOOP("Services", "Campaign {name} is closed: responses can no longer be entered"),
                        name=survey.name,
                    ),
                    field="survey",
                )
            questions = _question_rows(s, survey.id)
            by_id = {q.id: q for q in questions}
            unknown = [qid for qid in data.answers if qid not in by_id]
            if unknown:
                raise ValidationError(
                    _t(QT_TRANSLATE_NOOP("Services", "Question #{id} is not part of this campaign"), id=unknown[0]),
                    field=f"answer:{unknown[0]}",
                )
            answers: dict[int, AnswerInput] = {}
            for question in questions:
                answer = check_answer(question, data.answers.get(question.id, AnswerInput()))
                incomplete = question.kind == "servqual" and (answer.score is None) != (answer.expectation is None)
                if question.required and (answer.is_empty or incomplete):
                    missing = "expectation" if question.kind == "servqual" and answer.expectation is None else "answer"
                    raise ValidationError(
                        _t(QT_TRANSLATE_NOOP("Services", "“{question}” must be answered"), question=question.text),
                        field=f"{missing}:{question.id}",
                    )
                if not answer.is_empty:
                    answers[question.id] = answer
            if not answers:
                raise ValidationError(
                    _t(QT_TRANSLATE_NOOP("Services", "The questionnaire is blank: enter at least one answer")),
                    field="answers",
                )
            unit_id = data.unit_id
            if data.customer_id is not None:
                customer = s.get(Customer, data.customer_id)
                if customer is None:
                    raise NotFoundError(
                        _t(QT_TRANSLATE_NOOP("Services", "Customer #{id} does not exist"), id=data.customer_id)
                    )
                name = name or customer.name
                if unit_id is None:
                    unit_id = current_unit_of(s, customer.id, data.responded_at.date())
            if unit_id is not None and s.get(Unit, unit_id) is None:
                raise NotFoundError(_t(QT_TRANSLATE_NOOP("Services", "Unit #{id} does not exist"), id=unit_id))
            response = Response(
                survey_id=survey.id,
                customer_id=data.customer_id,
                unit_id=unit_id,
                respondent_name=name or None,
                responded_at=data.responded_at.replace(second=0, microsecond=0),
                channel=data.channel,
                created_by=self.principal.username,
            )
            s.add(response)
            s.flush()
            for question_id, answer in answers.items():
                s.add(
                    Answer(
                        response_id=response.id,
                        question_id=question_id,
                        score=answer.score,
                        expectation=answer.expectation,
                        text=answer.text,
                    )
                )
            s.flush()
            return response.id

    def get_response(self, response_id: int) -> ResponseDetail:
        with self.db.session() as s:
            row = s.execute(
                select(Response, Survey.name, Unit.code, Community.name)
                .join(Survey, Survey.id == Response.survey_id)
                .outerjoin(Unit, Unit.id == Response.unit_id)
                .outerjoin(Building, Building.id == Unit.building_id)
                .outerjoin(Community, Community.id == Building.community_id)
                .where(Response.id == response_id)
            ).first()
            if row is None:
                raise NotFoundError(_t(QT_TRANSLATE_NOOP("Services", "Response #{id} does not exist"), id=response_id))
            response, survey_name, code, community = row
            answers = {
                a.question_id: AnswerInput(a.score, a.expectation, a.text)
                for a in s.scalars(select(Answer).where(Answer.response_id == response_id))
            }
            return ResponseDetail(
                response.id,
                response.survey_id,
                survey_name,
                response.responded_at,
                response.channel,
                response.customer_id,
                response.unit_id,
                code or "",
                community or "",
                response.respondent_name or "",
                response.created_by or "",
                answers,
            )

    def delete_response(self, response_id: int) -> None:
        """Remove a response entered by mistake, while its campaign is not closed."""
        self.require_edit()
        with self.transaction() as s:
            response = s.get(Response, response_id)
            if response is None:
                raise NotFoundError(_t(QT_TRANSLATE_NOOP("Services", "Response #{id} does not exist"), id=response_id))
            survey = _get_survey(s, response.survey_id)
            if survey.status == "closed":
                raise ValidationError(
                    _t(
                        QT_TRANSLATE_NOOP("Services", "Campaign {name} is closed: its responses can no longer change"),
                        name=survey.name,
                    ),
                    field="survey",
                )
            for answer in s.scalars(select(Answer).where(Answer.response_id == response_id)):
                s.delete(answer)
            s.flush()
            s.delete(response)


def response_time(day: date, now: datetime | None = None) -> datetime:
    """When a paper questionnaire dated `day` was answered: entered the same day, the time of entry."""
    now = now or datetime.now()
    if day == now.date():
        return now.replace(second=0, microsecond=0)
    return datetime.combine(day, time(0, 0))
