"""Survey responses import and export (SPEC §6.2 `surveys`, §8)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from crm_desktop.models import Answer, Question, Response, Survey
from crm_desktop.models.database import Database
from crm_desktop.services.errors import ImportFileError, PermissionDeniedError
from crm_desktop.services.principal import Principal
from crm_desktop.services.satisfaction import satisfaction_metrics
from crm_desktop.services.survey_io import (
    SURVEY_HEADERS,
    export_survey_responses,
    import_survey_responses,
    write_surveys_template,
)
from crm_desktop.services.surveys import AnswerInput, ResponseInput, SurveyInput, SurveyService, default_questionnaire
from tests.factories import ADMIN, make_resident

CAMPAIGN = "2025 年第一季度满意度调查"


def write_xlsx(path: Path, rows: list[list[object]], headers: list[str] = SURVEY_HEADERS) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def row(
    campaign: str = CAMPAIGN,
    at: object = "2025-03-05 10:30",
    unit: tuple[str, str, str, str] = ("阳光花园", "3", "2", "1202"),
    name: str = "张三",
    phone: str = "",
    channel: str = "纸质",
    nps: object = 9,
    csat: object = 4,
    servqual: list[object] | None = None,
    comment: str = "",
) -> list[object]:
    pairs = servqual if servqual is not None else [6, 5, 7, 6, 7, 5, 6, 6, 6, 5]
    return [campaign, at, *unit, name, phone, channel, nps, csat, *pairs, comment]


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0 for m in (Survey, Question, Response, Answer))


@pytest.fixture
def residents(db: Database) -> dict:
    zhang, unit = make_resident(db, "张三", room="1202", mobile="13812345678")
    li, _ = make_resident(db, "李四", room="1203")
    return {"zhang": zhang, "li": li, "unit": unit}


def test_a_good_file_creates_the_campaign_and_links_customers(db: Database, residents: dict, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "surveys.xlsx",
        [
            row(phone="13812345678", comment="电梯维修及时"),
            row(at=datetime(2025, 3, 6, 9, 15), unit=("阳光花园", "3栋", "2单元", "1203"), name="李四", channel="电话",
                nps=6, csat=2),
            row(at="2025-03-07", unit=("", "", "", ""), name="", channel="线上", nps=10, csat=5, servqual=[None] * 10),
            row(name="王五", at="2025-03-08 08:00", nps="", csat=3),  # not a customer of that unit
        ],
    )
    result = import_survey_responses(db, ADMIN, path)
    assert (result.rows, result.campaigns_created, result.responses_created) == (4, 1, 4)
    assert result.customers_linked == 2 and result.unchanged_rows == 0
    service = SurveyService(db, ADMIN)
    survey = service.list_surveys()[0]
    assert survey.name == CAMPAIGN and survey.question_count == 8 and survey.response_count == 4
    detail = service.get_survey(survey.id)
    assert [(q.kind, q.dimension) for q in detail.questions] == [
        ("nps", None), ("csat", None), ("servqual", "tangibles"), ("servqual", "reliability"),
        ("servqual", "responsiveness"), ("servqual", "assurance"), ("servqual", "empathy"), ("text", None),
    ]
    assert (detail.period_start, detail.period_end) == (date(2025, 3, 5), date(2025, 3, 8))
    with db.session() as s:
        responses = s.scalars(select(Response).order_by(Response.responded_at)).all()
        assert [r.customer_id for r in responses] == [residents["zhang"], residents["li"], None, None]
        assert [r.channel for r in responses] == ["paper", "phone", "online", "paper"]
        assert responses[0].unit_id == residents["unit"] and responses[2].unit_id is None
        assert responses[1].responded_at == datetime(2025, 3, 6, 9, 15)  # an Excel date-time cell
        assert responses[2].responded_at == datetime(2025, 3, 7, 0, 0)
        assert responses[3].respondent_name == "王五"
    first = service.get_response(responses[0].id)
    assert first.answers[detail.questions[0].id] == AnswerInput(score=9)
    assert first.answers[detail.questions[2].id] == AnswerInput(score=5, expectation=6)
    assert first.answers[detail.questions[-1].id] == AnswerInput(text="电梯维修及时")
    assert detail.questions[0].id not in service.get_response(responses[3].id).answers  # empty cell: unanswered
    m = satisfaction_metrics(db, datetime(2025, 3, 1), datetime(2025, 4, 1))
    # NPS 9, 6, 10 → 100 × (2 − 1) / 3 = 33.33… → 33.3; CSAT 4 2 5 3 → 2 of 4.
    assert m.responses == 4 and str(m.nps) == "33.3" and str(m.csat) == "50.0"


def test_reimporting_the_same_file_adds_nothing_and_a_changed_score_updates(
    db: Database, residents: dict, tmp_path: Path
) -> None:
    rows = [row(), row(at="2025-03-06 11:00", name="李四", unit=("阳光花园", "3", "2", "1203"), nps=3)]
    path = write_xlsx(tmp_path / "a.xlsx", rows)
    import_survey_responses(db, ADMIN, path)
    before = counts(db)
    again = import_survey_responses(db, ADMIN, path)
    assert (again.responses_created, again.responses_updated, again.unchanged_rows, again.campaigns_created) == (
        0, 0, 2, 0
    )
    assert counts(db) == before
    rows[1] = row(at="2025-03-06 11:00", name="李四", unit=("阳光花园", "3", "2", "1203"), nps=8, channel="上门")
    changed = import_survey_responses(db, ADMIN, write_xlsx(tmp_path / "b.xlsx", rows))
    assert (changed.responses_created, changed.responses_updated, changed.unchanged_rows) == (0, 1, 1)
    assert counts(db) == before
    m = satisfaction_metrics(db, datetime(2025, 3, 1), datetime(2025, 4, 1))
    assert (m.promoters, m.passives, m.detractors) == (1, 1, 0)


def test_bad_rows_are_reported_by_row_and_column_and_nothing_is_written(
    db: Database, residents: dict, tmp_path: Path
) -> None:
    import_survey_responses(db, ADMIN, write_xlsx(tmp_path / "good.xlsx", [row()]))
    before = counts(db)
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            row(at="2025-03-09 10:00"),  # fine on its own
            row(at="2025-13-40", nps=11),  # row 3: two problems
            row(at="2025-03-09 10:05", csat=4.5, servqual=[8, 5, 7, 6, 7, 5, 6, 6, 6, 5]),  # row 4
            row(at="2025-03-09 10:06", channel="传真"),  # row 5
            row(at="2025-03-09 10:07", unit=("阳光花园", "9", "1", "101")),  # row 6: unknown unit
            row(campaign="", at="2025-03-09 10:08"),  # row 7
            row(at="=1+1"),  # row 8
            row(at="2025-03-09 10:10", phone="12ab"),  # row 9
            row(at="2025-03-09 10:11", nps=None, csat=None, servqual=[None] * 10),  # row 10: no answers
        ],
    )
    with pytest.raises(ImportFileError) as error:
        import_survey_responses(db, ADMIN, path)
    found = sorted((p.row, p.column) for p in error.value.problems)
    assert found == [
        (3, "推荐意愿"), (3, "答卷时间"), (4, "总体满意度"), (4, "有形性期望"), (5, "渠道"), (7, "问卷名称"),
        (8, "答卷时间"), (9, "手机号"), (10, "问卷名称"),
    ]
    messages = {(p.row, p.column): str(p.reason) for p in error.value.problems}
    assert "score 11 is outside 0–10" in messages[(3, "推荐意愿")]
    assert "score 8 is outside 1–7" in messages[(4, "有形性期望")]
    assert "whole-number" in messages[(4, "总体满意度")]
    assert counts(db) == before
    # The unknown unit is found when the rows are compared with the archive, once the rows are clean.
    with pytest.raises(ImportFileError) as error:
        import_survey_responses(
            db, ADMIN, write_xlsx(tmp_path / "u.xlsx", [row(at="2025-03-09 10:07", unit=("阳光花园", "9", "1", "101"))])
        )
    assert [(p.row, p.column) for p in error.value.problems] == [(2, "房号")]
    assert "not in the archive" in str(error.value)
    assert counts(db) == before


def test_the_same_response_twice_in_a_file_is_a_problem(db: Database, residents: dict, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "dup.xlsx", [row(), row(nps=3)])
    with pytest.raises(ImportFileError) as error:
        import_survey_responses(db, ADMIN, path)
    assert [(p.row, p.column) for p in error.value.problems] == [(3, "答卷时间")]
    assert counts(db) == (0, 0, 0, 0)


def test_missing_headers_and_wrong_files(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as error:
        import_survey_responses(db, ADMIN, write_xlsx(tmp_path / "h.xlsx", [["x"]], headers=["姓名", "推荐意愿"]))
    assert error.value.problems[0].row == 1 and "问卷名称" in error.value.problems[0].column
    with pytest.raises(ImportFileError):
        no_answers = write_xlsx(tmp_path / "n.xlsx", [["A", "2025-03-01"]], ["问卷名称", "答卷时间"])
        import_survey_responses(db, ADMIN, no_answers)
    garbage = tmp_path / "g.xlsx"
    garbage.write_bytes(b"\x00\x01binary garbage" * 100)
    with pytest.raises(ImportFileError):
        import_survey_responses(db, ADMIN, garbage)
    assert counts(db) == (0, 0, 0, 0)


def test_existing_campaign_columns_map_to_its_first_questions(db: Database, residents: dict, tmp_path: Path) -> None:
    service = SurveyService(db, ADMIN)
    survey_id = service.save_survey(SurveyInput(CAMPAIGN, status="closed", questions=tuple(default_questionnaire())))
    result = import_survey_responses(db, ADMIN, write_xlsx(tmp_path / "c.xlsx", [row(comment="好")]))
    assert result.campaigns_created == 0 and result.responses_created == 1
    questions = service.get_survey(survey_id).questions
    with db.session() as s:
        response_id = s.scalar(select(Response.id))
    answers = service.get_response(response_id).answers
    first_tangibles = next(q for q in questions if q.dimension == "tangibles")
    assert answers[first_tangibles.id] == AnswerInput(score=5, expectation=6)
    assert answers[questions[-1].id].text == "好"
    # A campaign without a question for a column refuses that column's values.
    only_nps = service.save_survey(SurveyInput("只问推荐", status="open", questions=(default_questionnaire()[0],)))
    assert only_nps
    with pytest.raises(ImportFileError) as error:
        import_survey_responses(db, ADMIN, write_xlsx(tmp_path / "d.xlsx", [row(campaign="只问推荐")]))
    assert {p.column for p in error.value.problems} >= {"总体满意度", "有形性期望"}


def test_csv_and_a_date_cell_that_lost_its_format(db: Database, residents: dict, tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    lines = [",".join(SURVEY_HEADERS), ",".join(str(v) for v in row(at="2025/3/5 10:30"))]
    path.write_text("\n".join(lines), encoding="utf-8-sig")
    assert import_survey_responses(db, ADMIN, path).responses_created == 1
    # A bare Excel serial number in a workbook: 45721.4375 is 2025-03-05 10:30.
    serial_row = row(at=45721.4375, name="李四", unit=("阳光花园", "3", "2", "1203"))
    serial = write_xlsx(tmp_path / "serial.xlsx", [serial_row])
    assert import_survey_responses(db, ADMIN, serial).responses_created == 1
    with db.session() as s:
        assert set(s.scalars(select(Response.responded_at))) == {datetime(2025, 3, 5, 10, 30)}


def test_viewer_may_not_import(db: Database, viewer: Principal, tmp_path: Path) -> None:
    with pytest.raises(PermissionDeniedError):
        import_survey_responses(db, viewer, write_xlsx(tmp_path / "v.xlsx", [row()]))


def test_export_masks_phones_neutralises_formulas_and_reimports_as_unchanged(
    db: Database, residents: dict, tmp_path: Path
) -> None:
    service = SurveyService(db, ADMIN)
    survey_id = service.save_survey(SurveyInput(CAMPAIGN, status="open", questions=tuple(default_questionnaire())))
    questions = service.get_survey(survey_id).questions
    answers = {q.id: AnswerInput(score=6, expectation=7) for q in questions if q.dimension not in (None, "empathy")}
    answers[questions[0].id] = AnswerInput(score=10)
    answers[questions[1].id] = AnswerInput(score=5)
    answers[questions[-1].id] = AnswerInput(text="=HYPERLINK(\"http://x\")")
    service.record_response(
        ResponseInput(survey_id, datetime(2025, 3, 5, 10, 30), "visit", customer_id=residents["zhang"], answers=answers)
    )
    anonymous = {questions[0].id: AnswerInput(score=3), questions[1].id: AnswerInput(score=2)}
    service.record_response(ResponseInput(survey_id, datetime(2025, 3, 6, 8, 0), answers=anonymous))
    path = tmp_path / "out.xlsx"
    assert export_survey_responses(db, ADMIN, path) == 2
    sheet = load_workbook(path).active
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    assert values[0] == SURVEY_HEADERS
    first = dict(zip(SURVEY_HEADERS, values[1], strict=True))
    assert first["手机号"] == "138****5678" and first["姓名"] == "张三" and first["渠道"] == "上门"
    assert (first["楼栋"], first["单元"], first["房号"]) == ("3栋", "2单元", "1202")
    assert first["推荐意愿"] == 10 and first["总体满意度"] == 5 and first["有形性期望"] == 7
    assert first["移情性期望"] is None and first["移情性感知"] is None  # unanswered: an empty cell
    assert first["意见建议"] == "'=HYPERLINK(\"http://x\")"  # neutralised: never runs as a formula
    assert isinstance(first["答卷时间"], datetime)
    assert all("13812345678" not in str(v) for line in values for v in line)
    unmasked = tmp_path / "clear.xlsx"
    export_survey_responses(db, ADMIN, unmasked, unmasked=True)
    assert load_workbook(unmasked).active["H2"].value == "13812345678"
    with pytest.raises(PermissionDeniedError):
        export_survey_responses(db, Principal("v", "viewer"), unmasked, unmasked=True)
    before = counts(db)
    again = import_survey_responses(db, ADMIN, path)
    assert (again.responses_created, again.responses_updated, again.unchanged_rows) == (0, 0, 2)
    assert counts(db) == before
    csv_path = tmp_path / "out.csv"
    export_survey_responses(db, ADMIN, csv_path)
    assert "138****5678" in csv_path.read_text("utf-8-sig")
    assert import_survey_responses(db, ADMIN, csv_path).unchanged_rows == 2


def test_template_has_the_import_headers(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_surveys_template(path)
    assert [c.value for c in next(load_workbook(path).active.iter_rows())] == SURVEY_HEADERS
