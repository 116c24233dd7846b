"""The surveys tab driven through its widgets, as a clerk with a stack of paper questionnaires would."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.services.principal import Principal
from crm_desktop.services.survey_io import SURVEY_HEADERS
from crm_desktop.services.surveys import (
    AnswerInput,
    QuestionInput,
    ResponseInput,
    SurveyInput,
    SurveyService,
    default_questionnaire,
)
from crm_desktop.ui.surveys import labels
from crm_desktop.ui.surveys.entry_form import ScoreEdit, ScoreValidator
from crm_desktop.ui.surveys.survey_tab import SurveyTab
from tests.factories import ADMIN, make_resident

CLERK = Principal("clerk1", "clerk")
DASH = "—"


def open_default_campaign(db, name: str = "2026 年第一季度满意度调查") -> int:
    return SurveyService(db, ADMIN).save_survey(
        SurveyInput(name, date(2026, 1, 1), date(2026, 3, 31), "open", "", tuple(default_questionnaire()))
    )


def _tab(qtbot, db, principal: Principal = CLERK) -> SurveyTab:
    tab = SurveyTab(db, principal)
    qtbot.addWidget(tab)
    tab.resize(1400, 860)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    return tab


def _type(qtbot, keys: str) -> None:
    """Type into whatever has the focus, then press Tab: the clerk never touches the mouse."""
    widget = QApplication.focusWidget()
    assert widget is not None
    if keys:
        qtbot.keyClicks(widget, keys)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_three_paper_questionnaires_with_the_keyboard_alone(app, qtbot, ui_db) -> None:
    zhang, _ = make_resident(ui_db, "张三", room="1201")
    li, _ = make_resident(ui_db, "李四", room="1202")
    wang, _ = make_resident(ui_db, "王五", room="1203")
    survey_id = open_default_campaign(ui_db)
    tab = _tab(qtbot, ui_db)
    tab.enter_responses(survey_id)
    entry = tab.entry
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.owner.search)
    fields = entry.input_widgets()  # 1 NPS, 1 CSAT, 10 × (expectation, perception), 1 comment
    assert len(fields) == 1 + 1 + 20 + 1

    papers = [
        ("1201", "9", "5", ["7", "6"] * 10, zhang),  # the unit code's ASCII part
        ("ls", "6", "2", ["6", "4"] * 10, li),  # pinyin initials of 李四
        ("1203", "10", "4", [], wang),  # SERVQUAL left blank on the paper
    ]
    for owner, nps, csat, servqual, _customer in papers:
        search = QApplication.focusWidget()
        assert search is entry.owner.search
        qtbot.keyClicks(search, owner)
        qtbot.keyClick(search, Qt.Key.Key_Return)  # takes the first hit and goes to question 1
        assert QApplication.focusWidget() is fields[0]
        _type(qtbot, nps)
        assert QApplication.focusWidget() is fields[1]  # the tab order follows the paper
        _type(qtbot, csat)
        for index in range(20):
            _type(qtbot, servqual[index] if servqual else "")
        assert QApplication.focusWidget() is fields[-1]
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # saves, opens the next blank form
        assert QApplication.focusWidget() is entry.owner.search and entry.owner.search.text() == ""
        assert all(not f.text() for f in fields)

    assert "3" in entry.counter.text() and entry.session.rowCount() == 3
    assert tab.entry.message.text() == "" or not tab.entry.message.isVisible()
    service = SurveyService(ui_db, ADMIN)
    detail = service.get_survey(survey_id)
    assert detail.response_count == 3
    nps_q, csat_q, first_servqual = detail.questions[0], detail.questions[1], detail.questions[2]
    stored = {}
    for row in range(3):
        response_id = entry.session.row_at(row)[1].id
        response = service.get_response(response_id)
        stored[response.customer_id] = response
    assert stored[zhang].answers[nps_q.id] == AnswerInput(score=9)
    assert stored[zhang].answers[csat_q.id] == AnswerInput(score=5)
    assert stored[zhang].answers[first_servqual.id] == AnswerInput(score=6, expectation=7)
    assert stored[li].answers[nps_q.id].score == 6 and stored[li].answers[first_servqual.id].expectation == 6
    assert stored[wang].answers[nps_q.id].score == 10 and first_servqual.id not in stored[wang].answers
    assert stored[zhang].unit_code.endswith("1201") and stored[wang].channel == "paper"


def test_scores_outside_the_scale_are_refused_as_they_are_typed(app, qtbot, ui_db) -> None:
    survey_id = open_default_campaign(ui_db)
    tab = _tab(qtbot, ui_db)
    tab.enter_responses(survey_id)
    nps, csat = tab.entry.input_widgets()[:2]
    qtbot.keyClicks(nps, "11")
    assert nps.text() == "1"  # the second 1 is refused: 11 is not on a 0–10 scale
    assert "0" in tab.entry.message.text() and "10" in tab.entry.message.text()
    assert "#c62828" in nps.styleSheet()  # flagged in red
    nps.clear()
    qtbot.keyClicks(nps, "10")
    assert nps.text() == "10"
    qtbot.keyClicks(csat, "7")
    assert csat.text() == ""
    qtbot.keyClicks(csat, "0a-3")
    assert csat.text() == "3"


def test_score_validator() -> None:
    nps, csat = ScoreValidator(0, 10), ScoreValidator(1, 5)
    state = {text: nps.validate(text, len(text))[0] for text in ("", "0", "1", "10", "11", "01", "x", "５")}
    accepted = ScoreValidator.State.Acceptable
    assert state["0"] == state["10"] == state["1"] == state["５"] == accepted  # full-width 5 from an IME
    assert state["11"] == state["01"] == state["x"] == ScoreValidator.State.Invalid
    assert state[""] == ScoreValidator.State.Intermediate
    assert csat.validate("0", 1)[0] == csat.validate("6", 1)[0] == ScoreValidator.State.Invalid
    assert ScoreEdit(1, 7).maxLength() == 1


def test_a_missing_required_answer_keeps_the_form_and_points_at_it(app, qtbot, ui_db) -> None:
    survey_id = open_default_campaign(ui_db)
    tab = _tab(qtbot, ui_db)
    tab.enter_responses(survey_id)
    nps, csat = tab.entry.input_widgets()[:2]
    qtbot.keyClicks(nps, "8")
    qtbot.keyClick(nps, Qt.Key.Key_Return)
    assert SurveyService(ui_db, ADMIN).get_survey(survey_id).response_count == 0
    assert tab.entry.message.isVisibleTo(tab.entry) and tab.entry.message.text()
    assert QApplication.focusWidget() is csat and nps.text() == "8"
    qtbot.keyClicks(csat, "3")
    qtbot.keyClick(csat, Qt.Key.Key_Return)
    assert SurveyService(ui_db, ADMIN).get_survey(survey_id).response_count == 1


def test_anonymous_questionnaire_with_a_unit_and_an_unknown_owner(app, qtbot, ui_db) -> None:
    make_resident(ui_db, "张三", room="1201")
    survey_id = open_default_campaign(ui_db)
    tab = _tab(qtbot, ui_db)
    tab.enter_responses(survey_id)
    entry = tab.entry
    qtbot.keyClicks(entry.owner.search, "nobody")
    nps, csat = entry.input_widgets()[:2]
    qtbot.keyClicks(nps, "7")
    qtbot.keyClicks(csat, "4")
    qtbot.keyClick(csat, Qt.Key.Key_Return)
    assert entry.message.text() and QApplication.focusWidget() is entry.owner.search
    assert SurveyService(ui_db, ADMIN).get_survey(survey_id).response_count == 0
    entry.anonymous.setChecked(True)
    qtbot.keyClicks(entry.unit.search, "1201")
    qtbot.keyClick(entry.unit.search, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    sessions = [entry.session.row_at(r)[1] for r in range(entry.session.rowCount())]
    assert len(sessions) == 1 and sessions[0].customer_id is None and sessions[0].unit_code.endswith("1201")
    entry.session_view.selectRow(0)
    answer_yes = lambda *args, **kwargs: QMessageBox.StandardButton.Yes  # noqa: E731
    QMessageBox.question, original = answer_yes, QMessageBox.question
    try:
        entry.delete_selected()
    finally:
        QMessageBox.question = original
    assert entry.session.rowCount() == 0 and SurveyService(ui_db, ADMIN).get_survey(survey_id).response_count == 0


def test_only_open_campaigns_can_be_entered(app, qtbot, ui_db) -> None:
    SurveyService(ui_db, ADMIN).save_survey(SurveyInput("草稿", questions=(QuestionInput("csat", "满意吗"),)))
    tab = _tab(qtbot, ui_db)
    assert tab.entry.campaign.count() == 0
    assert tab.entry.notice.isVisibleTo(tab.entry) and not tab.entry.save_button.isEnabled()
    viewer = _tab(qtbot, ui_db, Principal("v", "viewer"))
    assert not viewer.import_button.isEnabled() and not viewer.editor.save_button.isEnabled()


def test_campaign_editor_copies_the_default_questionnaire_reorders_and_saves(
    app, qtbot, qtmodeltester, ui_db
) -> None:
    tab = _tab(qtbot, ui_db)
    editor = tab.editor
    editor.new_campaign(ask=False)
    editor.name.clear()
    editor.name.insert("2026 年第二季度满意度调查")
    editor.default_button.click()
    model = editor.questions
    assert model.rowCount() == 13
    qtmodeltester.check(model)
    editor.question_view.selectRow(1)  # CSAT first
    editor.up_button.click()
    assert model.question(0).kind == "csat" and editor.question_view.currentIndex().row() == 0
    model.setData(model.index(1, 4), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)  # NPS optional
    model.setData(model.index(12, 3), "还有什么想对物业说的？")
    editor.question_view.selectRow(12)
    editor.remove_button.click()
    assert model.rowCount() == 12
    editor.status.set_code("open")
    assert editor.save()
    saved = SurveyService(ui_db, ADMIN).list_surveys()
    assert [(s.name, s.status, s.question_count) for s in saved] == [("2026 年第二季度满意度调查", "open", 12)]
    detail = SurveyService(ui_db, ADMIN).get_survey(saved[0].id)
    assert [q.kind for q in detail.questions[:2]] == ["csat", "nps"] and not detail.questions[1].required
    assert tab.entry.campaign.count() == 1  # the entry page offers the campaign just opened
    qtmodeltester.check(editor.campaigns)


def test_campaign_editor_shows_service_messages_in_place(app, qtbot, ui_db) -> None:
    open_default_campaign(ui_db, "一季度")
    tab = _tab(qtbot, ui_db)
    editor = tab.editor
    editor.new_campaign(ask=False)
    editor.name.clear()
    editor.name.insert("一季度")
    assert not editor.save()
    assert editor.message.text() and editor.name.hasFocus()
    editor.name.insert("（补录）")
    editor.status.set_code("open")
    assert not editor.save()  # an open campaign needs questions
    assert editor.message.text()


def _add_responses(db, survey_id: int) -> None:
    service = SurveyService(db, ADMIN)
    questions = service.get_survey(survey_id).questions
    nps, csat, tangibles, comment = questions[0].id, questions[1].id, questions[2].id, questions[-1].id
    for day, (n, c, e, p, text) in enumerate(
        [(9, 5, 7, 6, "电梯维修很及时"), (10, 4, 6, 5, None), (3, 2, 7, 3, "车库太脏"), (7, 4, 6, 6, None)], start=1
    ):
        answers = {
            nps: AnswerInput(score=n), csat: AnswerInput(score=c), tangibles: AnswerInput(score=p, expectation=e)
        }
        if text:
            answers[comment] = AnswerInput(text=text)
        service.record_response(ResponseInput(survey_id, datetime(2026, 1, day, 10, 0), answers=answers))


def test_results_view_shows_the_metrics_of_a_campaign(app, qtbot, qtmodeltester, ui_db) -> None:
    survey_id = open_default_campaign(ui_db)
    _add_responses(ui_db, survey_id)
    tab = _tab(qtbot, ui_db)
    tab.show_results(survey_id)
    results = tab.results
    # NPS 9 10 3 7 → 100 × (2 − 1) / 4 = 25.0; CSAT 5 4 2 4 → 3 of 4 = 75.0%, mean 15/4 = 3.75.
    assert results.responses_card.value.text() == "4"
    assert results.nps_card.value.text() == "25.0"
    assert results.csat_card.value.text() == "75.0%" and "3.75" in results.csat_card.detail.text()
    # Tangibles: perception (6 + 5 + 3 + 6) / 4 = 5.00, expectation 26/4 = 6.50, gap −1.50, C = 0.77.
    servqual = results.servqual
    assert [servqual.data(servqual.index(0, c)) for c in range(1, 5)] == ["6.50", "5.00", "-1.50", "0.77"]
    assert servqual.data(servqual.index(1, 1)) == DASH  # nobody answered reliability
    assert results.index_card.value.text() == "0.77"
    definitions = labels.definitions()  # in the language installed, whichever it is
    assert servqual.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == definitions["gap"]
    assert results.nps_card.toolTip() == definitions["nps"]
    assert results.breakdown.rowCount() == 1  # all four without a unit
    assert results.comments.rowCount() == 2
    results.pages.setCurrentWidget(results.charts)
    qtbot.waitUntil(lambda: not results.charts.building)  # charts are built one per turn of the event loop
    kinds = [d.kind for d in results.charts.distributions]
    assert kinds[:3] == ["nps", "csat", "servqual"] and len(results.charts.plots) == len(kinds)
    assert results.charts.distributions[0].scores[9] == 1
    for model in (results.servqual, results.breakdown, results.comments):
        qtmodeltester.check(model)


def test_results_view_shows_a_dash_for_an_empty_campaign(app, qtbot, ui_db) -> None:
    survey_id = open_default_campaign(ui_db)
    tab = _tab(qtbot, ui_db)
    tab.show_results(survey_id)
    results = tab.results
    assert results.responses_card.value.text() == "0"
    for card in (results.nps_card, results.csat_card, results.index_card):
        assert card.value.text() == DASH
    servqual = results.servqual
    assert all(servqual.data(servqual.index(r, c)) == DASH for r in range(5) for c in range(1, 5))
    assert servqual.data(servqual.index(0, 1), Qt.ItemDataRole.ToolTipRole) == labels.definitions()["empty"]
    assert results.breakdown.rowCount() == 0 and results.comments.rowCount() == 0
    results.pages.setCurrentWidget(results.charts)
    assert results.charts.empty.isVisibleTo(results.charts)


def test_results_by_period(app, qtbot, ui_db) -> None:
    survey_id = open_default_campaign(ui_db)
    _add_responses(ui_db, survey_id)
    tab = _tab(qtbot, ui_db)
    tab.pages.setCurrentWidget(tab.results)
    results = tab.results
    results.by_period.setChecked(True)
    results.start.set_value(date(2026, 1, 2))
    results.end.set_value(date(2026, 1, 3))  # the last day is included
    assert results.responses_card.value.text() == "2"
    assert results.nps_card.value.text() == "0.0"  # 10 and 3: 100 × (1 − 1) / 2
    results.start.set_value(date(2025, 1, 1))
    results.end.set_value(date(2025, 1, 31))
    assert results.responses_card.value.text() == "0" and results.nps_card.value.text() == DASH


def test_import_and_export_from_the_tab(app, qtbot, ui_db, tmp_path: Path, monkeypatch) -> None:
    make_resident(ui_db, "张三", room="1202", mobile="13812345678")
    workbook = Workbook()
    workbook.active.append(SURVEY_HEADERS)
    workbook.active.append(
        ["2026 年第一季度满意度调查", datetime(2026, 1, 5, 9, 30), "阳光花园", "3", "2", "1202", "张三", "", "纸质",
         9, 4, 6, 5, 6, 6, 7, 6, 6, 6, 6, 5, "挺好"]
    )
    path = tmp_path / "surveys.xlsx"
    workbook.save(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    changed = []
    tab = _tab(qtbot, ui_db)
    tab.data_changed.connect(lambda: changed.append(True))
    task = tab.import_responses(str(path))
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    task.wait()
    assert changed and SurveyService(ui_db, ADMIN).list_surveys()[0].response_count == 1
    assert tab.editor.campaigns.rowCount() == 1
    out = tmp_path / "out.xlsx"
    shown.clear()
    tab.export_responses(str(out))
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert out.exists() and "138****5678" in str([c.value for c in next(iter(_rows(out)))])


def _rows(path: Path):
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    return [list(r) for r in sheet.iter_rows(min_row=2)]


@pytest.fixture(autouse=True)
def _no_modal_surprises(monkeypatch):
    """A modal box nobody answers would hang the test run: fail instead."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "warning", refuse)
    monkeypatch.setattr(QMessageBox, "critical", refuse)


def test_rating_and_choice_questions_are_typed_with_digits_too(app, qtbot, ui_db) -> None:
    service = SurveyService(ui_db, ADMIN)
    survey_id = service.save_survey(
        SurveyInput(
            "保洁专项调查",
            status="open",
            questions=(
                QuestionInput("rating", "楼道保洁"),
                QuestionInput("choice", "您最常用的报修方式", choices=("电话", "微信", "上门")),
                QuestionInput("text", "其他意见"),
            ),
        )
    )
    tab = _tab(qtbot, ui_db)
    tab.enter_responses(survey_id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.entry.owner.search)
    _type(qtbot, "")  # anonymous: nothing in the owner field
    _type(qtbot, "4")
    choice = QApplication.focusWidget()
    qtbot.keyClicks(choice, "2")  # "2. 微信"
    qtbot.keyClick(choice, Qt.Key.Key_Return)
    questions = service.get_survey(survey_id).questions
    response_id = tab.entry.session.row_at(0)[1].id
    answers = service.get_response(response_id).answers
    assert answers[questions[0].id] == AnswerInput(score=4)
    assert answers[questions[1].id] == AnswerInput(text="微信")
    assert questions[2].id not in answers
