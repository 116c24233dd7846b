"""Survey campaigns, questionnaires and response entry (SPEC §3.4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from crm_desktop.models import Answer, Response
from crm_desktop.models.database import Database
from crm_desktop.services.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from crm_desktop.services.principal import Principal
from crm_desktop.services.surveys import (
    DEFAULT_QUESTIONNAIRE,
    AnswerInput,
    QuestionInput,
    ResponseInput,
    SurveyInput,
    SurveyService,
    default_questionnaire,
    response_time,
)
from crm_desktop.services.timeline import TimelineService
from tests.factories import ADMIN, make_resident, make_unit

AT = datetime(2025, 3, 5, 10, 30)


def open_campaign(db: Database, principal: Principal = ADMIN, name: str = "2025 年第一季度满意度调查") -> int:
    service = SurveyService(db, principal)
    return service.save_survey(
        SurveyInput(name, date(2025, 1, 1), date(2025, 3, 31), "open", "", tuple(default_questionnaire()))
    )


def answers_for(db: Database, survey_id: int, nps=9, csat=4, servqual=(6, 5), comment=None) -> dict:
    questions = SurveyService(db, ADMIN).get_survey(survey_id).questions
    answers = {questions[0].id: AnswerInput(score=nps), questions[1].id: AnswerInput(score=csat)}
    for q in questions:
        if q.kind == "servqual" and servqual is not None:
            answers[q.id] = AnswerInput(score=servqual[1], expectation=servqual[0])
        if q.kind == "text" and comment:
            answers[q.id] = AnswerInput(text=comment)
    return answers


def count(db: Database, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


# --- campaigns and questionnaires ----------------------------------------------------------------------


def test_default_questionnaire_has_nps_csat_two_items_per_dimension_and_a_comment_box() -> None:
    kinds = [q.kind for q in DEFAULT_QUESTIONNAIRE]
    assert kinds[:2] == ["nps", "csat"] and kinds[-1] == "text"
    dimensions = [q.dimension for q in DEFAULT_QUESTIONNAIRE if q.kind == "servqual"]
    for dimension in ("tangibles", "reliability", "responsiveness", "assurance", "empathy"):
        assert dimensions.count(dimension) == 2
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in q.text) for q in DEFAULT_QUESTIONNAIRE)  # plain Chinese
    assert default_questionnaire() == list(DEFAULT_QUESTIONNAIRE)


def test_create_campaign_from_the_default_questionnaire(db: Database, clerk: Principal) -> None:
    service = SurveyService(db, clerk)
    survey_id = open_campaign(db, clerk)
    detail = service.get_survey(survey_id)
    assert detail.name == "2025 年第一季度满意度调查" and detail.status == "open" and detail.version == 1
    assert [q.position for q in detail.questions] == list(range(1, 14))
    assert detail.questions[0].required and detail.questions[2].dimension == "tangibles"
    rows = service.list_surveys()
    assert [(r.name, r.question_count, r.response_count) for r in rows] == [(detail.name, 13, 0)]


def test_name_must_be_unique_and_the_period_in_order(db: Database, clerk: Principal) -> None:
    service = SurveyService(db, clerk)
    open_campaign(db, clerk)
    with pytest.raises(ValidationError) as error:
        service.save_survey(SurveyInput(" 2025 年第一季度满意度调查 "))
    assert error.value.field == "name" and "already exists" in str(error.value)
    with pytest.raises(ValidationError) as error:
        service.save_survey(SurveyInput("B", date(2025, 3, 1), date(2025, 2, 1)))
    assert error.value.field == "period_end"
    with pytest.raises(ValidationError) as error:
        service.save_survey(SurveyInput("  "))
    assert error.value.field == "name"
    with pytest.raises(ValidationError):
        service.save_survey(SurveyInput("C", status="open"))  # no questions


def test_question_rules(db: Database, clerk: Principal) -> None:
    service = SurveyService(db, clerk)
    cases = [
        (QuestionInput("servqual", "环境整洁"), "dimension"),
        (QuestionInput("choice", "渠道", choices=("微信",)), "two options"),
        (QuestionInput("stars", "?"), "unknown type"),
        (QuestionInput("nps", "  "), "text is required"),
    ]
    for question, words in cases:
        with pytest.raises(ValidationError) as error:
            service.save_survey(SurveyInput("D", questions=(QuestionInput("csat", "总体"), question)))
        assert words in str(error.value) and error.value.field == "question:1"


def test_reorder_edit_remove_and_required_flags(db: Database, clerk: Principal) -> None:
    service = SurveyService(db, clerk)
    survey_id = service.save_survey(
        SurveyInput(
            "E",
            questions=(
                QuestionInput("nps", "推荐"),
                QuestionInput("csat", "满意"),
                QuestionInput("choice", "渠道", choices=("微信", " 电话 ", "微信")),
            ),
        )
    )
    detail = service.get_survey(survey_id)
    nps, csat, choice = detail.questions
    assert choice.choices == ("微信", "电话")
    reordered = (replace(choice.as_input(), required=True), nps.as_input(), replace(csat.as_input(), text="总体满意"))
    service.save_survey(replace(detail.as_input(), questions=reordered), survey_id, detail.version)
    after = service.get_survey(survey_id)
    assert [(q.id, q.position) for q in after.questions] == [(choice.id, 1), (nps.id, 2), (csat.id, 3)]
    assert after.questions[0].required and after.questions[2].text == "总体满意"
    assert after.version == detail.version + 1
    service.save_survey(replace(after.as_input(), questions=after.as_input().questions[:2]), survey_id, after.version)
    assert [q.id for q in service.get_survey(survey_id).questions] == [choice.id, nps.id]


def test_a_question_with_answers_keeps_its_type_and_cannot_be_removed(db: Database, clerk: Principal) -> None:
    service = SurveyService(db, clerk)
    survey_id = open_campaign(db, clerk)
    service.record_response(ResponseInput(survey_id, AT, answers=answers_for(db, survey_id)))
    detail = service.get_survey(survey_id)
    assert detail.questions[0].answer_count == 1 and detail.response_count == 1
    without_nps = replace(detail.as_input(), questions=detail.as_input().questions[1:])
    with pytest.raises(ValidationError) as error:
        service.save_survey(without_nps, survey_id, detail.version)
    assert "cannot be removed: 1 responses" in str(error.value)
    retyped = (replace(detail.questions[0].as_input(), kind="rating"), *detail.as_input().questions[1:])
    with pytest.raises(ValidationError):
        service.save_survey(replace(detail.as_input(), questions=retyped), survey_id, detail.version)
    reworded = (replace(detail.questions[0].as_input(), text="推荐意愿"), *detail.as_input().questions[1:])
    service.save_survey(replace(detail.as_input(), questions=reworded), survey_id, detail.version)
    assert service.get_survey(survey_id).questions[0].text == "推荐意愿"


def test_second_writer_of_a_campaign_gets_a_conflict(db: Database, clerk: Principal) -> None:
    survey_id = open_campaign(db, clerk)
    mine = SurveyService(db, clerk).get_survey(survey_id)
    other = SurveyService(db, Principal("desk2", "clerk"))
    other.save_survey(replace(mine.as_input(), description="第二台电脑"), survey_id, mine.version)
    with pytest.raises(ConflictError) as error:
        SurveyService(db, clerk).save_survey(replace(mine.as_input(), description="我的"), survey_id, mine.version)
    assert "desk2" in str(error.value)


def test_status_changes_and_deletion(db: Database, clerk: Principal) -> None:
    service = SurveyService(db, clerk)
    empty = service.save_survey(SurveyInput("空白"))
    with pytest.raises(ValidationError):
        service.set_status(empty, "open")
    service.delete_survey(empty)
    assert [r.name for r in service.list_surveys()] == []
    survey_id = open_campaign(db, clerk)
    service.record_response(ResponseInput(survey_id, AT, answers=answers_for(db, survey_id)))
    with pytest.raises(ValidationError) as error:
        service.delete_survey(survey_id)
    assert "close it instead" in str(error.value)
    service.set_status(survey_id, "closed")
    assert service.list_surveys(status="closed")[0].id == survey_id
    with pytest.raises(NotFoundError):
        service.get_survey(9999)


def test_a_viewer_may_not_change_anything(db: Database, viewer: Principal) -> None:
    survey_id = open_campaign(db)
    service = SurveyService(db, viewer)
    assert service.get_survey(survey_id).name
    with pytest.raises(PermissionDeniedError):
        service.save_survey(SurveyInput("V"))
    with pytest.raises(PermissionDeniedError):
        service.record_response(ResponseInput(survey_id, AT, answers=answers_for(db, survey_id)))


# --- responses -----------------------------------------------------------------------------------------


def test_a_response_of_a_customer_is_stored_with_their_unit_and_shows_in_their_timeline(
    db: Database, clerk: Principal
) -> None:
    customer_id, unit_id = make_resident(db, "张三", start=date(2020, 1, 1))
    survey_id = open_campaign(db, clerk)
    service = SurveyService(db, clerk)
    response_id = service.record_response(
        ResponseInput(survey_id, AT, "phone", customer_id=customer_id, answers=answers_for(db, survey_id, comment="好"))
    )
    stored = service.get_response(response_id)
    assert stored.unit_id == unit_id and stored.unit_code == "3栋-2单元-1202" and stored.respondent_name == "张三"
    assert stored.channel == "phone" and stored.created_by == "clerk1"
    questions = service.get_survey(survey_id).questions
    assert stored.answers[questions[0].id] == AnswerInput(score=9)
    assert stored.answers[questions[2].id] == AnswerInput(score=5, expectation=6)
    assert stored.answers[questions[-1].id] == AnswerInput(text="好")
    entries = TimelineService(db, clerk).timeline(customer_id)
    assert entries[0].kind == "survey"
    assert entries[0].fields == {"survey": "2025 年第一季度满意度调查", "channel": "phone"}


def test_anonymous_response_with_only_a_unit(db: Database, clerk: Principal) -> None:
    unit_id = make_unit(db)
    survey_id = open_campaign(db, clerk)
    service = SurveyService(db, clerk)
    answers = answers_for(db, survey_id)
    response_id = service.record_response(ResponseInput(survey_id, AT, unit_id=unit_id, answers=answers))
    stored = service.get_response(response_id)
    assert stored.customer_id is None and stored.unit_id == unit_id and stored.respondent_name == ""


def test_scores_outside_their_scale_are_refused_naming_the_field(db: Database, clerk: Principal) -> None:
    survey_id = open_campaign(db, clerk)
    service = SurveyService(db, clerk)
    questions = service.get_survey(survey_id).questions
    bad = [
        (answers_for(db, survey_id, nps=11), f"answer:{questions[0].id}", "score 11 is outside 0–10"),
        (answers_for(db, survey_id, nps=-1), f"answer:{questions[0].id}", "outside 0–10"),
        (answers_for(db, survey_id, csat=0), f"answer:{questions[1].id}", "score 0 is outside 1–5"),
        (answers_for(db, survey_id, servqual=(8, 5)), f"expectation:{questions[2].id}", "expectation 8 is outside 1–7"),
        (answers_for(db, survey_id, servqual=(5, 0)), f"answer:{questions[2].id}", "score 0 is outside 1–7"),
    ]
    for answers, field, words in bad:
        with pytest.raises(ValidationError) as error:
            service.record_response(ResponseInput(survey_id, AT, answers=answers))
        assert error.value.field == field and words in str(error.value)
    assert count(db, Response) == 0


def test_required_questions_and_blank_forms(db: Database, clerk: Principal) -> None:
    survey_id = open_campaign(db, clerk)
    service = SurveyService(db, clerk)
    questions = service.get_survey(survey_id).questions
    answers = answers_for(db, survey_id)
    del answers[questions[1].id]  # CSAT is required in the default questionnaire
    with pytest.raises(ValidationError) as error:
        service.record_response(ResponseInput(survey_id, AT, answers=answers))
    assert error.value.field == f"answer:{questions[1].id}" and "must be answered" in str(error.value)
    optional = SurveyInput("无必答", status="open", questions=(QuestionInput("csat", "满意"),))
    blank = SurveyService(db, clerk).save_survey(optional)
    with pytest.raises(ValidationError) as error:
        service.record_response(ResponseInput(blank, AT, answers={}))
    assert error.value.field == "answers"


def test_choice_answers_must_be_one_of_the_options(db: Database, clerk: Principal) -> None:
    service = SurveyService(db, clerk)
    survey_id = service.save_survey(
        SurveyInput("F", status="open", questions=(QuestionInput("choice", "渠道", choices=("微信", "电话")),))
    )
    question = service.get_survey(survey_id).questions[0]
    with pytest.raises(ValidationError):
        service.record_response(ResponseInput(survey_id, AT, answers={question.id: AnswerInput(text="短信")}))
    response_id = service.record_response(ResponseInput(survey_id, AT, answers={question.id: AnswerInput(text="电话")}))
    assert service.get_response(response_id).answers[question.id].text == "电话"


def test_responses_only_go_into_open_campaigns(db: Database, clerk: Principal) -> None:
    service = SurveyService(db, clerk)
    draft = service.save_survey(SurveyInput("草稿", questions=(QuestionInput("csat", "满意"),)))
    question = service.get_survey(draft).questions[0]
    with pytest.raises(ValidationError) as error:
        service.record_response(ResponseInput(draft, AT, answers={question.id: AnswerInput(score=4)}))
    assert "still a draft" in str(error.value)
    service.set_status(draft, "open")
    response_id = service.record_response(ResponseInput(draft, AT, answers={question.id: AnswerInput(score=4)}))
    service.set_status(draft, "closed")
    with pytest.raises(ValidationError) as error:
        service.record_response(ResponseInput(draft, AT, answers={question.id: AnswerInput(score=4)}))
    assert "is closed" in str(error.value)
    with pytest.raises(ValidationError):
        service.delete_response(response_id)
    service.set_status(draft, "open")
    service.delete_response(response_id)
    assert count(db, Response) == 0 and count(db, Answer) == 0


def test_future_dates_and_unknown_channels_are_refused(db: Database, clerk: Principal) -> None:
    survey_id = open_campaign(db, clerk)
    service = SurveyService(db, clerk)
    with pytest.raises(ValidationError) as error:
        service.record_response(
            ResponseInput(survey_id, datetime.now() + timedelta(days=2), answers=answers_for(db, survey_id))
        )
    assert error.value.field == "responded_at"
    with pytest.raises(ValidationError) as error:
        service.record_response(ResponseInput(survey_id, AT, "fax", answers=answers_for(db, survey_id)))
    assert error.value.field == "channel"


def test_response_time_of_a_paper_form() -> None:
    now = datetime(2025, 3, 5, 14, 7, 31)
    assert response_time(date(2025, 3, 5), now) == datetime(2025, 3, 5, 14, 7)
    assert response_time(date(2025, 3, 1), now) == datetime(2025, 3, 1, 0, 0)
