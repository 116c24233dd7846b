"""Staff, assessments with weights, and per-staff service figures against hand-computed values (SPEC §3.5)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from crm_desktop.services.errors import ConflictError, PermissionDeniedError, ValidationError
from crm_desktop.services.principal import Principal
from crm_desktop.services.staff import (
    INDICATORS,
    AssessmentInput,
    StaffFigures,
    StaffInput,
    StaffService,
    figures_from,
    looks_like_team,
    round_half_up,
    weighted_total,
)
from crm_desktop.services.tickets import TicketInput, TicketService

CLERK = Principal("clerk1", "clerk")
VIEWER = Principal("viewer1", "viewer")


def scores(*values: int) -> dict[str, int]:
    return dict(zip(INDICATORS, values, strict=True))


def test_weighted_total_equal_and_custom_weights_round_half_up():
    assert weighted_total(scores(5, 4, 3, 4, 5)) == Decimal("4.20")
    weights = dict(zip(INDICATORS, map(Decimal, (2, 1, 1, 1, 1)), strict=True))
    assert weighted_total(scores(5, 4, 3, 4, 5), weights) == Decimal("4.33")  # 26 / 6
    weights = dict(zip(INDICATORS, map(Decimal, (1, 1, 1, 1, 4)), strict=True))
    assert weighted_total(scores(4, 3, 3, 3, 4), weights) == Decimal("3.63")  # 29 / 8 = 3.625, half-up
    assert round_half_up(Decimal("2.65"), 1) == Decimal("2.7")  # not banker's 2.6


def test_staff_are_created_edited_and_unique(db):
    service = StaffService(db, CLERK)
    wang = service.save(StaffInput("王师傅", "工程", "维修工", "13812345678"))
    service.save(StaffInput("工程维修组", "工程", is_team=True))
    with pytest.raises(ValidationError) as info:
        service.save(StaffInput("王师傅"))
    assert info.value.field == "name"
    with pytest.raises(ValidationError):
        service.save(StaffInput("  "))
    with pytest.raises(ValidationError):
        service.save(StaffInput("赵六", phone="abc"))
    row = service.get(wang)
    service.save(StaffInput("王师傅", "工程", "维修主管", "13812345678", active=False), wang, row.version)
    with pytest.raises(ConflictError):
        service.save(StaffInput("王师傅", "工程", "维修工"), wang, row.version)
    assert [(r.name, r.position, r.active) for r in service.list_staff()] == [
        ("工程维修组", "", True), ("王师傅", "维修主管", False)
    ]
    assert [r.name for r in service.list_staff(include_inactive=False)] == ["工程维修组"]
    assert StaffService(db, VIEWER).get(wang).phone == "138****5678"
    with pytest.raises(PermissionDeniedError):
        StaffService(db, VIEWER).save(StaffInput("新人"))
    assert service.departments() == ["工程"]
    assert looks_like_team("工程维修组") and not looks_like_team("王师傅")


def test_assessments_over_time_with_office_weights(db):
    service = StaffService(db, CLERK)
    staff_id = service.save(StaffInput("李娜", "客服", "客服专员"))
    team = service.save(StaffInput("客服组", "客服", is_team=True))
    assert service.weights() == dict.fromkeys(INDICATORS, Decimal(1))
    later = service.add_assessment(
        staff_id, AssessmentInput("2026-Q2", date(2026, 7, 5), "interview", "张主管", scores(5, 4, 3, 4, 5), "进步明显")
    )
    service.save_weights({"business_skill": 2, "communication": 1, "service_attitude": 1, "work_enthusiasm": 1,
                          "team_spirit": 1})
    earlier = service.add_assessment(
        staff_id, AssessmentInput("2026-q1", date(2026, 4, 3), "observation", "张主管", scores(5, 4, 3, 4, 5))
    )
    rows = service.assessments(staff_id)
    assert [r.id for r in rows] == [earlier, later]  # oldest first
    assert [(r.period, r.weighted_total) for r in rows] == [("2026-Q1", Decimal("4.33")), ("2026-Q2", Decimal("4.20"))]
    assert rows[1].comment == "进步明显" and rows[1].scores["service_attitude"] == 3
    custom = dict.fromkeys(INDICATORS, Decimal(0)) | {"team_spirit": Decimal(1)}
    only_team = service.add_assessment(
        staff_id,
        AssessmentInput("2026-09", date(2026, 9, 30), "skill_test", "张主管", scores(1, 1, 1, 1, 5), weights=custom),
    )
    assert service.assessments(staff_id)[-1].weighted_total == Decimal("5.00")
    service.delete_assessment(only_team)
    assert len(service.assessments(staff_id)) == 2
    for bad in (
        AssessmentInput("2026-Q5", date(2026, 1, 1), "interview", "张", scores(3, 3, 3, 3, 3)),
        AssessmentInput("2026-Q1", date(2026, 1, 1), "gossip", "张", scores(3, 3, 3, 3, 3)),
        AssessmentInput("2026-Q1", date(2026, 1, 1), "interview", " ", scores(3, 3, 3, 3, 3)),
        AssessmentInput("2026-Q1", date(2026, 1, 1), "interview", "张", scores(0, 3, 3, 3, 3)),
        AssessmentInput("2026-Q1", date(2026, 1, 1), "interview", "张", scores(3, 3, 3, 3, 6)),
        AssessmentInput("2026-Q1", date.today() + timedelta(days=1), "interview", "张", scores(3, 3, 3, 3, 3)),
        AssessmentInput("2026-Q1", date(2026, 1, 1), "combined", "张", scores(3, 3, 3, 3, 3),
                        weights=dict.fromkeys(INDICATORS, Decimal(0))),
    ):
        with pytest.raises(ValidationError):
            service.add_assessment(staff_id, bad)
    with pytest.raises(ValidationError):
        service.add_assessment(team, AssessmentInput("2026-Q1", date(2026, 1, 1), "interview", "张",
                                                     scores(3, 3, 3, 3, 3)))


def _handled(db, staff_id: int, received: datetime, took: timedelta, kind="complaint", score=None) -> int:
    """A ticket of `kind` assigned to the staff member and resolved `took` after it was received."""
    service = TicketService(db, CLERK)
    ticket_id = service.create(TicketInput(kind=kind, category="repairs", title="工单", received_at=received)).id
    service.assign(ticket_id, staff_id, at=received + timedelta(minutes=5))
    service.start(ticket_id, at=received + timedelta(minutes=10))
    service.resolve(ticket_id, "已处理", at=received + took)
    if score is not None:
        service.record_callback(ticket_id, score, at=received + took + timedelta(hours=1))
    return ticket_id


def test_service_figures_match_hand_computed_values(db):
    staff = StaffService(db, CLERK)
    wang = staff.save(StaffInput("王师傅", "工程"))
    idle = staff.save(StaffInput("刘师傅", "工程"))
    base = datetime(2026, 5, 4, 8, 0)
    # normal severity: due 72 h after receipt
    _handled(db, wang, base, timedelta(hours=1), score=5)  # on time
    _handled(db, wang, base + timedelta(hours=1), timedelta(hours=2), score=2)  # on time
    _handled(db, wang, base + timedelta(hours=2), timedelta(hours=3, minutes=18), kind="inquiry")  # on time
    _handled(db, wang, base + timedelta(hours=3), timedelta(hours=96), score=4)  # late
    open_one = TicketService(db, CLERK).create(TicketInput(title="未完成", category="repairs")).id
    TicketService(db, CLERK).assign(open_one, wang)
    figures = staff.figures(wang)
    # durations 1, 2, 3.3, 96 h → median (2 + 3.3) / 2 = 2.65 → 2.7 (half-up)
    assert figures == StaffFigures(
        handled=4,
        median_resolution_hours=Decimal("2.7"),
        sla_compliance=Decimal("75.0"),  # 3 of 4
        callback_satisfaction=Decimal("66.7"),  # scores 5, 2, 4: two of three are 4–5
        callbacks_scored=3,
        open_now=1,
    )
    assert staff.figures(idle) == StaffFigures(0, None, None, None, 0, 0)
    # only what was resolved in the period counts: the late one was resolved on 8 May
    may_4_to_7 = staff.figures(wang, datetime(2026, 5, 4), datetime(2026, 5, 8))
    assert (may_4_to_7.handled, may_4_to_7.median_resolution_hours, may_4_to_7.sla_compliance) == (
        3, Decimal("2.0"), Decimal("100.0")
    )
    assert may_4_to_7.callback_satisfaction == Decimal("50.0")
    assert staff.handled_counts() == {wang: 4}
    profile = staff.profile(wang, datetime(2026, 5, 1), datetime(2026, 6, 1))
    assert profile.monthly == (("2026-05", 4),) and profile.figures.handled == 4


def test_figures_from_plain_rows():
    t0 = datetime(2026, 1, 1, 9)
    rows = [(t0, t0 + timedelta(hours=5), t0 + timedelta(hours=4), None)]
    assert figures_from(rows) == StaffFigures(1, Decimal("5.0"), Decimal("0.0"), None, 0, 0)
    assert figures_from([]).median_resolution_hours is None
