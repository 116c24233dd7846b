"""Survey responses in and out of spreadsheets (SPEC §6.2 `surveys`).

Import is all or nothing, like the customers import: every row is checked first and every problem is
reported with its spreadsheet row (the header is row 1) and column; only a clean file is written, in one
transaction. A campaign named in the file is created when missing, with one question per answer column
(each SERVQUAL expectation/perception pair is one `servqual` question of its dimension). A response is
identified by 问卷名称 + 答卷时间 + unit + 姓名, so importing the same file again adds nothing; a changed
score or channel in a re-imported row updates that response. Responses are linked to the customer of
that unit with that name (and that phone, when the row gives one). Empty cells are unanswered questions.

Export writes the same columns, one row per response, phones masked unless asked otherwise. A column stands
for the campaign's first question of its kind (SERVQUAL: of its dimension), both ways: a campaign with two
SERVQUAL items per dimension (the default questionnaire) exports and imports the first item of each; the
other items, and `rating` and `choice` questions, have no column in this format.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crm_desktop.models import Answer, Building, Community, Customer, Occupancy, Question, Response, Survey, Unit
from crm_desktop.models.database import Database
from crm_desktop.services.audit import record_event, record_export
from crm_desktop.services.codes import SERVQUAL_DIMENSIONS, SURVEY_CHANNELS, code_for
from crm_desktop.services.errors import ConflictError, ImportFileError, PermissionDeniedError, RowProblem
from crm_desktop.services.masking import mask_phone
from crm_desktop.services.principal import Principal
from crm_desktop.services.progress import Progress
from crm_desktop.services.spreadsheet import (
    EXCEL_SERIAL_MAX,
    MAX_CELL_CHARS,
    SheetRow,
    cell_text,
    excel_serial_to_datetime,
    is_too_long,
    match_headers,
    read_table,
    refuse_formulas,
    unneutralise,
    write_table,
)
from crm_desktop.services.structure import building_label, entrance_label
from crm_desktop.services.surveys import DEFAULT_QUESTIONNAIRE, NAME_MAX, RESPONDENT_NAME_MAX, SCORE_RANGES
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import unit_of_work
from crm_desktop.services.validation import normalize_mobile, phone_problem

DIMENSION_NAMES = SERVQUAL_DIMENSIONS  # code → 有形性 …
# Answer columns: header → (question kind, dimension, what the cell holds).
ANSWER_COLUMNS: dict[str, tuple[str, str | None, str]] = {
    "推荐意愿": ("nps", None, "score"),
    "总体满意度": ("csat", None, "score"),
    **{
        f"{name}{part}": ("servqual", code, what)
        for code, name in SERVQUAL_DIMENSIONS.items()
        for part, what in (("期望", "expectation"), ("感知", "score"))
    },
    "意见建议": ("text", None, "text"),
}
SURVEY_HEADERS: list[str] = [
    "问卷名称",
    "答卷时间",
    "小区",
    "楼栋",
    "单元",
    "房号",
    "姓名",
    "手机号",
    "渠道",
    *ANSWER_COLUMNS,
]
REQUIRED_HEADERS = ("问卷名称", "答卷时间")
COLUMN_WIDTHS = (26, 17, 12, 8, 8, 8, 10, 14, 8, 9, 11, *([11] * 10), 40)
UNIT_COLUMNS = ("小区", "楼栋", "单元", "房号")
# Question texts of a campaign the import creates: the default questionnaire's wording where it has one.
IMPORTED_QUESTION_TEXTS: dict[tuple[str, str | None], str] = {
    ("nps", None): DEFAULT_QUESTIONNAIRE[0].text,
    ("csat", None): DEFAULT_QUESTIONNAIRE[1].text,
    ("servqual", "tangibles"): "有形性：小区环境、设施设备和服务人员的形象",
    ("servqual", "reliability"): "可靠性：说到做到，准确可靠地完成承诺的服务",
    ("servqual", "responsiveness"): "响应性：及时响应，乐意帮助业主",
    ("servqual", "assurance"): "保证性：业务熟练、值得信赖，让业主放心",
    ("servqual", "empathy"): "移情性：了解并关心业主的个别需要",
    ("text", None): DEFAULT_QUESTIONNAIRE[-1].text,
}
BATCH = 1000
ID_CHUNK = 500

_DATETIME_TEXT = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?")

QuestionKey = tuple[str, str | None]  # (kind, dimension)
UnitKey = tuple[str, str, str, str]  # 小区, 楼栋 label, 单元 label, 房号


@dataclass(frozen=True)
class SurveyImportResult:
    rows: int
    campaigns_created: int
    responses_created: int
    responses_updated: int
    unchanged_rows: int
    customers_linked: int

    def __str__(self) -> str:
        return (
            f"{self.rows} rows: {self.responses_created} responses created, {self.responses_updated} updated, "
            f"{self.unchanged_rows} unchanged; {self.campaigns_created} campaigns created; "
            f"{self.customers_linked} new responses linked to a customer"
        )


def _t(template: str, **params: object) -> Text:
    return Text(template, **params)


def to_minute(value: datetime) -> datetime:
    """The nearest whole minute: Excel stores times as fractions of a day, 10:00 comes back as 09:59:59.999."""
    return (value + timedelta(seconds=30)).replace(second=0, microsecond=0)


def cell_datetime(value: object) -> datetime:
    """A date-time cell, an Excel serial, or text YYYY-MM-DD [HH:MM[:SS]]; raises ValueError with a reason."""
    if isinstance(value, datetime):
        return to_minute(value)
    if isinstance(value, bool):
        raise ValueError("is not a time (YYYY-MM-DD HH:MM)")
    if isinstance(value, int | float):
        if 1 <= value <= EXCEL_SERIAL_MAX:
            return to_minute(excel_serial_to_datetime(float(value)))
        raise ValueError("is not a time (YYYY-MM-DD HH:MM)")
    match = _DATETIME_TEXT.fullmatch(cell_text(value))  # type: ignore[arg-type]
    if match is None:
        raise ValueError("is not a time (YYYY-MM-DD HH:MM)")
    try:
        return datetime(int(match[1]), int(match[2]), int(match[3]), int(match[4] or 0), int(match[5] or 0))
    except ValueError as exc:
        raise ValueError("is not a real date and time") from exc


# --- reading and checking rows ----------------------------------------------------------------------


@dataclass(slots=True)
class _Row:
    number: int
    campaign: str
    responded_at: datetime
    unit_key: UnitKey | None
    name: str
    phone: str  # normalised; empty when not given or masked
    channel: str
    answers: dict[QuestionKey, dict[str, object]]  # (kind, dimension) → {"score"/"expectation"/"text": value}
    unit_id: int | None = None
    customer_id: int | None = None


def _score(value: object) -> int:
    """A whole-number score from a cell: 7, 7.0 and '7' are 7; anything else raises ValueError."""
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError
    text = cell_text(value)  # type: ignore[arg-type]
    if re.fullmatch(r"[0-9]{1,3}(?:\.0+)?", text):
        return int(float(text))
    raise ValueError


def _check_row(row: SheetRow, columns: dict[str, int], now: datetime, problems: list[RowProblem]) -> _Row | None:
    found: list[RowProblem] = []
    texts: dict[str, str] = {}
    raw: dict[str, object] = {}
    for column, index in columns.items():
        value = row.get(index)
        if value is None:
            texts[column] = ""
            continue
        if is_too_long(value):
            found.append(
                RowProblem(
                    row.number,
                    column,
                    str(value)[:40],
                    _t(
                        QT_TRANSLATE_NOOP("Services", "the cell has {length} characters, more than {limit}"),
                        length=len(str(value)),
                        limit=MAX_CELL_CHARS,
                    ),
                )
            )
            texts[column] = ""
            continue
        text = cell_text(value)
        raw[column] = value
        texts[column] = unneutralise(text) if text[:1] == "'" else text

    def problem(column: str, reason: Text, value: str | None = None) -> None:
        shown = texts.get(column, "") if value is None else value
        if column == "手机号" and len(shown) >= 7:
            shown = mask_phone(shown)  # problems may end up in logs
        found.append(RowProblem(row.number, column, shown, reason))

    campaign = texts.get("问卷名称", "")
    if not campaign:
        problem("问卷名称", _t(QT_TRANSLATE_NOOP("Services", "{column} is required"), column="问卷名称"))
    elif len(campaign) > NAME_MAX:
        problem("问卷名称", _t(QT_TRANSLATE_NOOP("Services", "longer than {limit} characters"), limit=NAME_MAX))
    responded_at = None
    if not texts.get("答卷时间"):
        problem("答卷时间", _t(QT_TRANSLATE_NOOP("Services", "{column} is required"), column="答卷时间"))
    else:
        try:
            responded_at = cell_datetime(raw["答卷时间"])
        except ValueError as exc:
            problem(
                "答卷时间",
                _t(QT_TRANSLATE_NOOP("Services", "{problem}; write times as YYYY-MM-DD HH:MM"), problem=str(exc)),
            )
        else:
            if not 2000 <= responded_at.year <= 2100:
                problem(
                    "答卷时间",
                    _t(QT_TRANSLATE_NOOP("Services", "the year {year} is impossible"), year=responded_at.year),
                )
                responded_at = None
            elif responded_at > now + timedelta(days=1):
                problem("答卷时间", _t(QT_TRANSLATE_NOOP("Services", "is in the future")))
                responded_at = None

    unit_key: UnitKey | None = None
    if any(texts.get(c) for c in UNIT_COLUMNS):
        for column in ("小区", "楼栋", "房号"):
            if not texts.get(column):
                problem(
                    column,
                    _t(
                        QT_TRANSLATE_NOOP("Services", "{column} is required when the unit is given"),
                        column=column,
                    ),
                )
        unit_key = (
            texts.get("小区", ""),
            building_label(texts.get("楼栋", "")),
            entrance_label(texts.get("单元", "")),
            texts.get("房号", ""),
        )

    name = texts.get("姓名", "")
    if len(name) > RESPONDENT_NAME_MAX:
        problem("姓名", _t(QT_TRANSLATE_NOOP("Services", "longer than {limit} characters"), limit=RESPONDENT_NAME_MAX))
    phone = texts.get("手机号", "")
    if "*" in phone:  # a masked phone from one of our exports: it cannot identify anyone
        phone = ""
    elif phone:
        if why := phone_problem(phone):  # a landline is as good as a mobile for telling two people apart
            problem("手机号", _t(QT_TRANSLATE_NOOP("Services", "phone {problem}"), problem=why))
        phone = normalize_mobile(phone)

    channel = "paper"
    if texts.get("渠道"):
        channel = code_for(SURVEY_CHANNELS, texts["渠道"]) or ""
        if not channel:
            problem(
                "渠道",
                _t(
                    QT_TRANSLATE_NOOP("Services", "unknown channel; use one of {choices}"),
                    choices="/".join(SURVEY_CHANNELS.values()),
                ),
            )

    answers: dict[QuestionKey, dict[str, object]] = {}
    for column, (kind, dimension, what) in ANSWER_COLUMNS.items():
        if column not in columns or not texts.get(column):
            continue
        if what == "text":
            answers.setdefault((kind, dimension), {})["text"] = texts[column]
            continue
        low, high = SCORE_RANGES[kind]
        try:
            score = _score(raw[column])
        except ValueError:
            problem(
                column,
                _t(QT_TRANSLATE_NOOP("Services", "is not a whole-number score {low}–{high}"), low=low, high=high),
            )
            continue
        if not low <= score <= high:
            problem(
                column,
                _t(
                    QT_TRANSLATE_NOOP("Services", "score {score} is outside {low}–{high}"),
                    score=score,
                    low=low,
                    high=high,
                ),
            )
            continue
        answers.setdefault((kind, dimension), {})[what] = score
    if not answers and not found:
        problem(
            "问卷名称",
            _t(QT_TRANSLATE_NOOP("Services", "the row has no answers")),
            value=campaign,
        )
    if found:
        problems.extend(found)
        return None
    assert responded_at is not None
    return _Row(row.number, campaign, responded_at, unit_key, name, phone, channel, answers)


# --- what the database holds ---------------------------------------------------------------------


def _chunks(items: Sequence, size: int = ID_CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _find_units(s: Session, keys: set[UnitKey]) -> dict[UnitKey, int]:
    found: dict[UnitKey, int] = {}
    communities = sorted({k[0] for k in keys})
    for chunk in _chunks(communities):
        for unit_id, community, building, entrance, room in s.execute(
            select(Unit.id, Community.name, Building.name, Unit.entrance, Unit.room)
            .join(Building, Building.id == Unit.building_id)
            .join(Community, Community.id == Building.community_id)
            .where(Community.name.in_(chunk))
        ):
            key = (community, building, entrance, room)
            if key in keys:
                found[key] = unit_id
    return found


@dataclass
class _Resident:
    customer_id: int
    name: str
    phones: tuple[str, ...]
    start: date
    end: date | None


def _residents(s: Session, unit_ids: Sequence[int]) -> dict[int, list[_Resident]]:
    by_unit: dict[int, list[_Resident]] = defaultdict(list)
    for chunk in _chunks(sorted(set(unit_ids))):
        for unit_id, customer_id, name, mobile, phone2, start, end in s.execute(
            select(
                Occupancy.unit_id,
                Customer.id,
                Customer.name,
                Customer.mobile,
                Customer.phone2,
                Occupancy.start_date,
                Occupancy.end_date,
            )
            .join(Customer, Customer.id == Occupancy.customer_id)
            .where(Occupancy.unit_id.in_(chunk))
            .order_by(Occupancy.start_date, Occupancy.id)
        ):
            phones = tuple(normalize_mobile(p) for p in (mobile, phone2) if p)
            by_unit[unit_id].append(_Resident(customer_id, name, phones, start, end))
    return by_unit


def _link_customer(row: _Row, residents: dict[int, list[_Resident]]) -> int | None:
    """The customer of the row's unit with the row's name (and phone, when given); who lived there then first."""
    if row.unit_id is None or not row.name:
        return None
    day = row.responded_at.date()
    matches = [
        r for r in residents.get(row.unit_id, []) if r.name == row.name and (not row.phone or row.phone in r.phones)
    ]
    if not matches:
        return None
    matches.sort(key=lambda r: (not (r.start <= day and (r.end is None or r.end > day)), -r.start.toordinal()))
    return matches[0].customer_id


@dataclass
class _Campaign:
    id: int | None
    name: str
    questions: dict[QuestionKey, int] = field(default_factory=dict)  # first question of each kind/dimension
    new_questions: list[QuestionKey] = field(default_factory=list)
    first: date | None = None
    last: date | None = None


def _load_campaigns(s: Session, names: set[str]) -> dict[str, _Campaign]:
    campaigns: dict[str, _Campaign] = {}
    for chunk in _chunks(sorted(names)):
        for survey_id, name in s.execute(select(Survey.id, Survey.name).where(Survey.name.in_(chunk))):
            campaigns[name] = _Campaign(survey_id, name)
    ids = {c.id: c for c in campaigns.values()}
    for chunk in _chunks(sorted(ids)):  # type: ignore[arg-type]
        for survey_id, question_id, kind, dimension in s.execute(
            select(Question.survey_id, Question.id, Question.kind, Question.dimension)
            .where(Question.survey_id.in_(chunk))
            .order_by(Question.position, Question.id)
        ):
            ids[survey_id].questions.setdefault((kind, dimension if kind == "servqual" else None), question_id)
    return campaigns


def _identity(survey_id: int | None, campaign: str, at: datetime, unit_id: int | None, name: str) -> tuple:
    return (survey_id if survey_id is not None else campaign, at, unit_id, name)


def _stored_responses(s: Session, campaigns: dict[str, _Campaign]) -> dict[tuple, tuple[int, str]]:
    """Identity → (response id, channel) of the responses of the campaigns the file names."""
    stored: dict[tuple, tuple[int, str]] = {}
    ids = sorted(c.id for c in campaigns.values() if c.id is not None)
    for chunk in _chunks(ids):
        for response_id, survey_id, at, unit_id, name, customer_name, channel in s.execute(
            select(
                Response.id,
                Response.survey_id,
                Response.responded_at,
                Response.unit_id,
                Response.respondent_name,
                Customer.name,
                Response.channel,
            )
            .outerjoin(Customer, Customer.id == Response.customer_id)
            .where(Response.survey_id.in_(chunk))
        ):
            key = _identity(survey_id, "", to_minute(at), unit_id, name or customer_name or "")
            stored.setdefault(key, (response_id, channel))
    return stored


def _stored_answers(s: Session, response_ids: Sequence[int]) -> dict[int, dict[int, tuple]]:
    answers: dict[int, dict[int, tuple]] = defaultdict(dict)
    for chunk in _chunks(sorted(response_ids)):
        for response_id, question_id, score, expectation, text in s.execute(
            select(Answer.response_id, Answer.question_id, Answer.score, Answer.expectation, Answer.text).where(
                Answer.response_id.in_(chunk)
            )
        ):
            answers[response_id][question_id] = (score, expectation, text)
    return answers


def _answer_values(values: dict[str, object]) -> tuple:
    return (values.get("score"), values.get("expectation"), values.get("text"))


# --- the import ------------------------------------------------------------------------------------


def import_survey_responses(
    db: Database, principal: Principal, path: Path | str, progress: Progress | None = None
) -> SurveyImportResult:
    """Import a surveys file (SPEC §6.2): everything, or nothing and every problem in ImportFileError."""
    path = Path(path)
    progress = progress or Progress()
    if not principal.may_edit:
        raise PermissionDeniedError(_t(QT_TRANSLATE_NOOP("Services", "Your role may only read records")))
    table = read_table(path, progress)
    columns, problems = match_headers(table, SURVEY_HEADERS, REQUIRED_HEADERS)
    if not problems and not any(header in columns for header in ANSWER_COLUMNS):
        problems.append(
            RowProblem(
                table.header_row,
                ", ".join(ANSWER_COLUMNS),
                " | ".join(h for h in table.headers if h)[:200],
                _t(
                    QT_TRANSLATE_NOOP("Services", "the file has no answer columns; expected headers: {headers}"),
                    headers=", ".join(SURVEY_HEADERS),
                ),
            )
        )
    if problems:
        raise ImportFileError(path=str(path), problems=problems)
    if not table.rows:
        raise ImportFileError(path=str(path), message=f"{path}: the file has a header row but no data rows")
    now = datetime.now()
    total = len(table.rows)
    rows: list[_Row] = []
    for done, sheet_row in enumerate(table.rows):
        if done % 1000 == 0:
            progress(done, total, QT_TRANSLATE_NOOP("Services", "Checking rows"))
        row = _check_row(sheet_row, columns, now, problems)
        if row is not None:
            rows.append(row)
    refuse_formulas(table, columns, problems)
    if problems:
        raise ImportFileError(path=str(path), problems=problems)
    present: list[QuestionKey] = list(dict.fromkeys(ANSWER_COLUMNS[h][:2] for h in ANSWER_COLUMNS if h in columns))
    try:
        with unit_of_work(db, principal) as s:
            progress(0, total, QT_TRANSLATE_NOOP("Services", "Comparing with the archive"))
            result = _import(s, principal, rows, present, problems, progress, total)
            if problems:
                problems.sort(key=lambda p: p.row)
                raise ImportFileError(path=str(path), problems=problems)
            # The bulk inserts bypass the ORM's audit hook: one summary entry per import, in the same transaction.
            record_event(s, principal.username, "import", "responses", detail=f"{path.name}: {result}")
            return result
    except IntegrityError as exc:
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Someone else changed the same campaigns while the file was imported; nothing was imported. "
                    "Import the file again.",
                )
            )
        ) from exc


def _import(
    s: Session,
    principal: Principal,
    rows: list[_Row],
    present: list[QuestionKey],
    problems: list[RowProblem],
    progress: Progress,
    total: int,
) -> SurveyImportResult:
    units = _find_units(s, {row.unit_key for row in rows if row.unit_key is not None})
    for row in rows:
        if row.unit_key is None:
            continue
        row.unit_id = units.get(row.unit_key)
        if row.unit_id is None:
            community, building, entrance, room = row.unit_key
            problems.append(
                RowProblem(
                    row.number,
                    "房号",
                    " ".join(p for p in (community, building, entrance, room) if p),
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Services",
                            "this unit is not in the archive; add it (or import the customers first) or leave "
                            "the unit columns empty",
                        )
                    ),
                )
            )
    campaigns = _load_campaigns(s, {row.campaign for row in rows})
    for row in rows:
        campaign = campaigns.get(row.campaign)
        if campaign is None:
            campaign = campaigns[row.campaign] = _Campaign(None, row.campaign, new_questions=list(present))
        day = row.responded_at.date()
        campaign.first = min(campaign.first or day, day)
        campaign.last = max(campaign.last or day, day)
        if campaign.id is None:
            continue
        for key in row.answers:
            if key not in campaign.questions:
                column = next(h for h, (k, d, _) in ANSWER_COLUMNS.items() if (k, d) == key)
                problems.append(
                    RowProblem(
                        row.number,
                        column,
                        row.campaign,
                        _t(
                            QT_TRANSLATE_NOOP("Services", "the campaign {name} has no question for this column"),
                            name=row.campaign,
                        ),
                    )
                )
    residents = _residents(s, [row.unit_id for row in rows if row.unit_id is not None])
    for row in rows:
        row.customer_id = _link_customer(row, residents)
    stored = _stored_responses(s, campaigns)
    seen: dict[tuple, int] = {}
    for row in rows:
        key = _identity(campaigns[row.campaign].id, row.campaign, row.responded_at, row.unit_id, row.name)
        if key in seen:
            problems.append(
                RowProblem(
                    row.number,
                    "答卷时间",
                    row.responded_at.strftime("%Y-%m-%d %H:%M"),
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Services",
                            "row {row} is the same response (campaign, time, unit and name); give each "
                            "questionnaire its own time",
                        ),
                        row=seen[key],
                    ),
                )
            )
        seen.setdefault(key, row.number)
    if problems:
        return SurveyImportResult(len(rows), 0, 0, 0, 0, 0)

    # Campaigns the file names that do not exist yet, with one question per answer column.
    actor = principal.username
    created = 0
    for campaign in campaigns.values():
        if campaign.id is not None:
            continue
        survey = Survey(
            name=campaign.name,
            status="open",
            period_start=campaign.first,
            period_end=campaign.last,
            description=None,
        )
        s.add(survey)
        s.flush()
        campaign.id = survey.id
        for position, (kind, dimension) in enumerate(campaign.new_questions, start=1):
            question = Question(
                survey_id=survey.id,
                position=position,
                kind=kind,
                dimension=dimension,
                text=IMPORTED_QUESTION_TEXTS[(kind, dimension)],
                required=False,
            )
            s.add(question)
            s.flush()
            campaign.questions[(kind, dimension)] = question.id
        created += 1
    progress(int(total * 0.2), total, QT_TRANSLATE_NOOP("Services", "Importing"))

    # Rows of responses already stored: update what changed; the others are new.
    matched: list[tuple[_Row, int, str]] = []
    new_rows: list[_Row] = []
    for row in rows:
        campaign = campaigns[row.campaign]
        hit = stored.get(_identity(campaign.id, row.campaign, row.responded_at, row.unit_id, row.name))
        if hit is None:
            new_rows.append(row)
        else:
            matched.append((row, *hit))
    existing_answers = _stored_answers(s, [response_id for _, response_id, _ in matched])
    updated = unchanged = 0
    replaced: list[dict] = []
    for row, response_id, channel in matched:
        campaign = campaigns[row.campaign]
        have = existing_answers.get(response_id, {})
        changes = False
        for key in present:
            question_id = campaign.questions.get(key)
            if question_id is None:
                continue
            want = _answer_values(row.answers[key]) if key in row.answers else None
            if have.get(question_id) != want:
                changes = True
                s.execute(delete(Answer).where(Answer.response_id == response_id, Answer.question_id == question_id))
                if want is not None:
                    replaced.append(_answer_params(response_id, question_id, row.answers[key]))
        if channel != row.channel:
            s.execute(update(Response).where(Response.id == response_id).values(channel=row.channel))
            changes = True
        if changes:
            updated += 1
        else:
            unchanged += 1
    if replaced:
        s.execute(insert(Answer.__table__), replaced)
    progress(int(total * 0.4), total, QT_TRANSLATE_NOOP("Services", "Importing"))

    responses = Response.__table__
    linked = 0
    for start in range(0, len(new_rows), BATCH):
        batch = new_rows[start : start + BATCH]
        params = []
        for row in batch:
            linked += row.customer_id is not None
            params.append(
                {
                    "survey_id": campaigns[row.campaign].id,
                    "customer_id": row.customer_id,
                    "unit_id": row.unit_id,
                    "respondent_name": row.name or None,
                    "responded_at": row.responded_at,
                    "channel": row.channel,
                    "created_by": actor,
                }
            )
        ids = s.scalars(insert(responses).returning(responses.c.id, sort_by_parameter_order=True), params).all()
        answers = [
            _answer_params(response_id, campaigns[row.campaign].questions[key], values)
            for row, response_id in zip(batch, ids, strict=True)
            for key, values in row.answers.items()
        ]
        if answers:
            s.execute(insert(Answer.__table__), answers)
        progress(
            int(total * (0.4 + 0.6 * (start + len(batch)) / len(new_rows))),
            total,
            QT_TRANSLATE_NOOP("Services", "Importing"),
        )
    progress(total, total, QT_TRANSLATE_NOOP("Services", "Importing"))
    return SurveyImportResult(
        rows=len(rows),
        campaigns_created=created,
        responses_created=len(new_rows),
        responses_updated=updated,
        unchanged_rows=unchanged,
        customers_linked=linked,
    )


def _answer_params(response_id: int, question_id: int, values: dict[str, object]) -> dict[str, object]:
    return {
        "response_id": response_id,
        "question_id": question_id,
        "score": values.get("score"),
        "expectation": values.get("expectation"),
        "text": values.get("text"),
    }


# --- export --------------------------------------------------------------------------------------


def _first_questions(s: Session) -> dict[int, dict[QuestionKey, int]]:
    """Per campaign, the first question of each column's kind (and dimension): the one a column stands for."""
    first: dict[int, dict[QuestionKey, int]] = defaultdict(dict)
    for survey_id, question_id, kind, dimension in s.execute(
        select(Question.survey_id, Question.id, Question.kind, Question.dimension)
        .where(Question.kind.in_(("nps", "csat", "servqual", "text")))
        .order_by(Question.survey_id, Question.position, Question.id)
    ):
        first[survey_id].setdefault((kind, dimension if kind == "servqual" else None), question_id)
    return first


def _export_rows(stream: Session, s: Session, reveal: bool) -> Iterator[list[object]]:
    """Rows of the export; `stream` reads the responses in batches, `s` the answers of each batch."""
    first = _first_questions(s)
    statement = (
        select(
            Response.id,
            Response.survey_id,
            Survey.name,
            Response.responded_at,
            Community.name,
            Building.name,
            Unit.entrance,
            Unit.room,
            Response.respondent_name,
            Customer.name,
            Customer.mobile,
            Response.channel,
        )
        .join(Survey, Survey.id == Response.survey_id)
        .outerjoin(Unit, Unit.id == Response.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .outerjoin(Community, Community.id == Building.community_id)
        .outerjoin(Customer, Customer.id == Response.customer_id)
        .order_by(Survey.name, Response.responded_at, Response.id)
    )

    def rows_of(batch: list[tuple]) -> Iterator[list[object]]:
        answers: dict[tuple[int, int], tuple] = {}
        for chunk in _chunks([r[0] for r in batch]):
            for response_id, question_id, score, expectation, text in s.execute(
                select(Answer.response_id, Answer.question_id, Answer.score, Answer.expectation, Answer.text).where(
                    Answer.response_id.in_(chunk)
                )
            ):
                answers[(response_id, question_id)] = (score, expectation, text)
        for (
            response_id,
            survey_id,
            survey,
            at,
            community,
            building,
            entrance,
            room,
            respondent,
            customer,
            mobile,
            channel,
        ) in batch:
            questions = first.get(survey_id, {})
            cells: list[object] = [
                survey,
                at,
                community or "",
                building or "",
                entrance or "",
                room or "",
                respondent or customer or "",
                (mobile or "") if reveal else mask_phone(mobile),
                SURVEY_CHANNELS.get(channel, channel),
            ]
            for kind, dimension, what in ANSWER_COLUMNS.values():
                question_id = questions.get((kind, dimension))
                score, expectation, text = answers.get((response_id, question_id), (None, None, None))
                cells.append({"score": score, "expectation": expectation, "text": text}[what])
            yield cells

    batch: list[tuple] = []
    for record in stream.execute(statement.execution_options(yield_per=BATCH)):
        batch.append(tuple(record))
        if len(batch) >= BATCH:
            yield from rows_of(batch)
            batch = []
    if batch:
        yield from rows_of(batch)


def export_survey_responses(
    db: Database, principal: Principal, path: Path | str, unmasked: bool = False, progress: Progress | None = None
) -> int:
    """Write every response with the import's headers; returns the rows written. Phones masked unless asked."""
    if unmasked and not principal.may_view_phones:
        raise PermissionDeniedError(_t(QT_TRANSLATE_NOOP("Services", "Your role may not export unmasked phones")))
    with db.session() as stream, db.session() as s:
        total = s.scalar(select(func.count(Response.id))) or 0
        count = write_table(
            Path(path),
            SURVEY_HEADERS,
            _export_rows(stream, s, unmasked),
            sheet_title="满意度调查",
            column_widths=COLUMN_WIDTHS,
            progress=progress,
            total=total,
        )
    record_export(db, principal.username, "responses", path, count, unmasked)
    return count


def write_surveys_template(path: Path | str) -> None:
    """An empty surveys file with the import headers (SPEC §6.2)."""
    write_table(Path(path), SURVEY_HEADERS, [], sheet_title="满意度调查", column_widths=COLUMN_WIDTHS)
