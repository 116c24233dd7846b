"""装修 renovations (SPEC §3.2): permits, the status flow, inspections, deductions and the deposit refund."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_desktop.models import Deduction, Renovation, Setting
from crm_desktop.models.database import Database
from crm_desktop.services.errors import ConflictError, PermissionDeniedError, ValidationError
from crm_desktop.services.housing import HousingService
from crm_desktop.services.principal import Principal
from crm_desktop.services.renovations import (
    TRANSITIONS,
    AcceptanceInput,
    InspectionInput,
    RenovationFilter,
    RenovationInput,
    RenovationOverview,
    RenovationService,
)
from crm_desktop.services.timeline import TimelineService
from crm_desktop.services.uow import unit_of_work
from tests.factories import ADMIN, make_resident, make_unit

TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 15, 30)
CLERK = Principal("clerk1", "clerk")
# The legal way to reach each status from "applied".
PATHS = {
    "applied": [],
    "approved": ["approved"],
    "in_progress": ["approved", "in_progress"],
    "awaiting_acceptance": ["approved", "in_progress", "awaiting_acceptance"],
    "accepted": ["approved", "in_progress", "awaiting_acceptance", "accepted"],
    "rejected": ["rejected"],
    "cancelled": ["cancelled"],
}


def application(unit_id: int, permit: str = "ZX-2026-0001", **changes: object) -> RenovationInput:
    data = RenovationInput(
        permit_number=permit,
        unit_id=unit_id,
        applicant="张三",
        applied_date=date(2026, 2, 1),
        contractor="城建装饰工程有限公司",
        contractor_phone="0571-88886666",
        scope="厨房、卫生间翻新",
        planned_start=date(2026, 2, 10),
        planned_end=date(2026, 4, 30),
        deposit_received="3000.00",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def walk(service: RenovationService, renovation_id: int, targets: list[str]) -> None:
    for target in targets:
        reason = "业主撤回申请" if target in ("rejected", "cancelled") else ""
        service.transition(renovation_id, target, service.get(renovation_id).version, TODAY, reason, today=TODAY)


def violation(at: datetime = NOW, **changes: object) -> InspectionInput:
    data = InspectionInput(
        inspected_at=at,
        inspector="李工",
        result="violation",
        violation_type="load_bearing",
        description="拆除承重墙一处",
        rectification_due=at.date() + timedelta(days=3),
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def renovations(db: Database) -> RenovationService:
    return RenovationService(db, CLERK)


def test_every_legal_transition_is_allowed(db: Database, renovations: RenovationService) -> None:
    unit_id = make_unit(db)
    number = 0
    for source, targets in TRANSITIONS.items():
        for target in targets:
            number += 1
            renovation_id = renovations.create(application(unit_id, f"ZX-2026-{number:04d}"), today=TODAY)
            walk(renovations, renovation_id, PATHS[source])
            assert renovations.get(renovation_id).status == source
            walk(renovations, renovation_id, [target])
            after = renovations.get(renovation_id)
            assert after.status == target, (source, target)
            assert after.allowed == TRANSITIONS[target]
    assert number == 11


def test_illegal_transitions_are_refused_saying_what_is_allowed(db: Database, renovations: RenovationService) -> None:
    unit_id = make_unit(db)
    for number, (status, path) in enumerate(PATHS.items(), start=1):
        renovation_id = renovations.create(application(unit_id, f"ZX-2026-{number:04d}"), today=TODAY)
        walk(renovations, renovation_id, path)
        for target in TRANSITIONS:
            if target in TRANSITIONS[status] or target == status:
                continue
            with pytest.raises(ValidationError) as caught:
                renovations.transition(
                    renovation_id, target, renovations.get(renovation_id).version, TODAY, "原因", today=TODAY
                )
            message = str(caught.value)
            if TRANSITIONS[status]:
                assert "it can become:" in message
                assert all(str(s).replace("_", " ") in message for s in TRANSITIONS[status])
            else:
                assert "can no longer change" in message
            assert renovations.get(renovation_id).status == status
    renovation_id = renovations.create(application(unit_id, "ZX-2026-0099"), today=TODAY)
    with pytest.raises(
        ValidationError,
        match="applied cannot become in progress; from applied it can become: approved, rejected, cancelled",
    ):
        renovations.transition(renovation_id, "in_progress", 1, TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="Unknown renovation status"):
        renovations.transition(renovation_id, "demolished", 1, TODAY, today=TODAY)


def test_rejecting_or_cancelling_needs_a_reason_kept_in_the_notes(db: Database, renovations: RenovationService) -> None:
    renovation_id = renovations.create(application(make_unit(db), notes="首次申请"), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        renovations.transition(renovation_id, "rejected", 1, TODAY, "  ", today=TODAY)
    assert caught.value.field == "reason"
    renovations.transition(renovation_id, "rejected", 1, TODAY, "方案涉及拆改承重墙", today=TODAY)
    assert renovations.get(renovation_id).notes == "首次申请\n2026-03-10 方案涉及拆改承重墙"


def test_work_finished_records_the_actual_end_and_a_failed_acceptance_reopens_it(
    db: Database, renovations: RenovationService
) -> None:
    renovation_id = renovations.create(application(make_unit(db)), today=TODAY)
    walk(renovations, renovation_id, ["approved", "in_progress"])
    with pytest.raises(ValidationError, match="in the future"):
        renovations.transition(
            renovation_id,
            "awaiting_acceptance",
            renovations.get(renovation_id).version,
            TODAY + timedelta(days=1),
            today=TODAY,
        )
    renovations.transition(
        renovation_id, "awaiting_acceptance", renovations.get(renovation_id).version, date(2026, 3, 8), today=TODAY
    )
    assert renovations.get(renovation_id).actual_end == date(2026, 3, 8)
    renovations.transition(
        renovation_id,
        "in_progress",
        renovations.get(renovation_id).version,
        TODAY,
        "验收不合格：卫生间闭水试验渗漏",
        today=TODAY,
    )
    again = renovations.get(renovation_id)
    assert again.status == "in_progress" and again.actual_end is None


def test_refund_is_the_deposit_less_deductions_in_decimal(db: Database, renovations: RenovationService) -> None:
    renovation_id = renovations.create(application(make_unit(db), deposit_received="3000.00"), today=TODAY)
    walk(renovations, renovation_id, ["approved", "in_progress"])
    inspection_id = renovations.add_inspection(
        renovation_id,
        violation(deduction_amount="200.50", deduction_reason="违规拆改罚扣"),
        renovations.get(renovation_id).version,
        now=NOW,
    )
    version = renovations.get(renovation_id).version
    renovations.add_deduction(renovation_id, Decimal("99.50"), "公共走廊墙面污损", version)
    proposal = renovations.refund_proposal(renovation_id)
    assert proposal.received == Decimal("3000.00") and proposal.deductions == Decimal("300.00")
    assert proposal.proposed == Decimal("2700.00") and isinstance(proposal.proposed, Decimal)
    assert proposal.refunded is None

    renovations.record_rectification(inspection_id, TODAY, renovations.get(renovation_id).version, today=TODAY)
    walk(renovations, renovation_id, ["awaiting_acceptance", "accepted"])
    version = renovations.get(renovation_id).version
    with pytest.raises(ValidationError, match=re.escape("Refund 3000.01 is more than the deposit received 3000.00")):
        renovations.record_refund(renovation_id, "3000.01", TODAY, version, today=TODAY)
    with pytest.raises(ValidationError, match=re.escape("less the deductions 300.00")):
        renovations.record_refund(renovation_id, "2700.01", TODAY, version, today=TODAY)
    with pytest.raises(ValidationError, match="in the future"):
        renovations.record_refund(renovation_id, "2700.00", TODAY + timedelta(days=1), version, today=TODAY)
    assert renovations.overview(TODAY).not_refunded == 1

    renovations.record_refund(renovation_id, "2700.00", date(2026, 3, 9), version, today=TODAY)

    with db.session() as s:
        stored = s.get(Renovation, renovation_id)
        assert stored.deposit_refunded == Decimal("2700.00") and stored.refund_date == date(2026, 3, 9)
    refund = renovations.get(renovation_id).refund
    assert (refund.refunded, refund.refund_date, refund.proposed) == (
        Decimal("2700.00"),
        date(2026, 3, 9),
        Decimal("2700.00"),
    )
    assert renovations.overview(TODAY).not_refunded == 0
    version = renovations.get(renovation_id).version
    with pytest.raises(ValidationError, match="already refunded"):
        renovations.record_refund(renovation_id, "1.00", TODAY, version, today=TODAY)
    with pytest.raises(ValidationError, match="already refunded"):
        renovations.add_deduction(renovation_id, "1.00", "迟到的扣款", version)


def test_deductions_never_exceed_the_deposit(db: Database, renovations: RenovationService) -> None:
    unit_id = make_unit(db)
    renovation_id = renovations.create(application(unit_id, deposit_received="500"), today=TODAY)
    renovations.add_deduction(renovation_id, "400.00", "损坏电梯轿厢")
    with pytest.raises(ValidationError, match=re.escape("Deductions of 500.01 in all would be more than the deposit")):
        renovations.add_deduction(renovation_id, "100.01", "建筑垃圾清运费")
    for amount, reason in (("0", "零"), ("-5", "负数"), ("10", "  ")):
        with pytest.raises(ValidationError):
            renovations.add_deduction(renovation_id, amount, reason)
    with pytest.raises(TypeError):
        renovations.add_deduction(renovation_id, 10.5, "float money")  # type: ignore[arg-type]
    deduction_id = renovations.add_deduction(renovation_id, "100.00", "建筑垃圾清运费")
    assert renovations.refund_proposal(renovation_id).proposed == Decimal("0.00")
    renovations.remove_deduction(deduction_id)
    assert renovations.refund_proposal(renovation_id).proposed == Decimal("100.00")
    with pytest.raises(ValidationError, match=re.escape("less than the deductions already recorded 400.00")):
        renovations.update(
            renovation_id,
            application(unit_id, deposit_received="399.99"),
            renovations.get(renovation_id).version,
            today=TODAY,
        )


def test_acceptance_is_refused_while_a_violation_is_open(db: Database, renovations: RenovationService) -> None:
    renovation_id = renovations.create(application(make_unit(db)), today=TODAY)
    walk(renovations, renovation_id, ["approved", "in_progress"])
    inspection_id = renovations.add_inspection(renovation_id, violation(violation_type="facade"), now=NOW)
    walk(renovations, renovation_id, ["awaiting_acceptance"])
    with pytest.raises(ValidationError, match="1 violation"):
        walk(renovations, renovation_id, ["accepted"])
    assert renovations.get(renovation_id).status == "awaiting_acceptance"
    with pytest.raises(ValidationError, match="before the inspection"):
        renovations.record_rectification(inspection_id, TODAY - timedelta(days=1), today=TODAY)
    renovations.record_rectification(inspection_id, TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="already rectified"):
        renovations.record_rectification(inspection_id, TODAY, today=TODAY)
    walk(renovations, renovation_id, ["accepted"])
    assert renovations.get(renovation_id).status == "accepted"


def test_acceptance_with_a_deduction_and_refund_is_one_transaction(
    db: Database, renovations: RenovationService
) -> None:
    renovation_id = renovations.create(application(make_unit(db), deposit_received="2000"), today=TODAY)
    walk(renovations, renovation_id, ["approved", "in_progress", "awaiting_acceptance"])
    version = renovations.get(renovation_id).version
    too_much = AcceptanceInput(TODAY, deduction_amount="150.00", deduction_reason="门禁损坏", refund_amount="1900.00")
    with pytest.raises(ValidationError, match=re.escape("less the deductions 150.00")):
        renovations.accept(renovation_id, version, too_much, today=TODAY)
    unchanged = renovations.get(renovation_id)
    assert unchanged.status == "awaiting_acceptance" and unchanged.deductions == ()
    proposal = renovations.accept(
        renovation_id,
        version,
        AcceptanceInput(TODAY, deduction_amount="150.00", deduction_reason="门禁损坏", refund_amount="1850.00"),
        today=TODAY,
    )
    assert (proposal.deductions, proposal.proposed, proposal.refunded) == (
        Decimal("150.00"),
        Decimal("1850.00"),
        Decimal("1850.00"),
    )
    accepted = renovations.get(renovation_id)
    assert accepted.status == "accepted" and accepted.refund.refund_date == TODAY
    assert [(d.amount, d.reason, d.inspection_id) for d in accepted.deductions] == [
        (Decimal("150.00"), "门禁损坏", None)
    ]


def test_overviews_and_filters_with_a_fixed_today(db: Database, renovations: RenovationService) -> None:
    unit_id = make_unit(db)
    late = renovations.create(application(unit_id, "ZX-2026-0001", planned_end=date(2026, 3, 1)), today=TODAY)
    walk(renovations, late, ["approved", "in_progress"])
    on_time = renovations.create(application(unit_id, "ZX-2026-0002", planned_end=date(2026, 3, 10)), today=TODAY)
    walk(renovations, on_time, ["approved", "in_progress"])
    renovations.add_inspection(
        on_time, violation(description="夜间施工噪音扰民", violation_type="hours_noise"), now=NOW
    )
    fixed = renovations.create(application(unit_id, "ZX-2026-0003"), today=TODAY)
    walk(renovations, fixed, ["approved", "in_progress"])
    old = renovations.add_inspection(fixed, violation(datetime(2026, 2, 20, 10, 0), violation_type="debris"), now=NOW)
    renovations.record_rectification(old, date(2026, 2, 22), today=TODAY)
    held = renovations.create(application(unit_id, "ZX-2026-0004", planned_end=date(2026, 2, 28)), today=TODAY)
    walk(renovations, held, ["approved", "in_progress", "awaiting_acceptance", "accepted"])
    nothing_held = renovations.create(application(unit_id, "ZX-2026-0005", deposit_received="0"), today=TODAY)
    walk(renovations, nothing_held, ["cancelled"])
    cancelled_held = renovations.create(application(unit_id, "ZX-2026-0006"), today=TODAY)
    walk(renovations, cancelled_held, ["approved", "cancelled"])
    waiting = renovations.create(
        application(unit_id, "ZX-2026-0007", planned_end=date(2026, 1, 31), planned_start=None), today=TODAY
    )

    assert renovations.overview(TODAY) == RenovationOverview(
        in_progress=3, past_planned_end=1, open_violations=1, not_refunded=2
    )

    def ids(view: str = "all", **kwargs: object) -> set[int]:
        return set(renovations.search_ids(RenovationFilter(view=view, **kwargs), today=TODAY))

    assert ids("in_progress") == {late, on_time, fixed}
    assert ids("past_planned_end") == {late}  # the accepted one past its plan is finished, not late
    assert ids("open_violations") == {on_time}
    assert ids("not_refunded") == {held, cancelled_held}
    assert ids("active") == {late, on_time, fixed, waiting}
    assert ids(status="cancelled") == {nothing_held, cancelled_held}
    assert ids(query="0004") == {held}
    assert ids(query="城建") == ids()
    # The day after its planned end the on-time one is late too.
    assert renovations.overview(TODAY + timedelta(days=1)).past_planned_end == 2
    (overdue,) = renovations.overdue_rectifications(TODAY + timedelta(days=4))
    assert overdue.renovation_id == on_time and overdue.violation_type == "hours_noise"
    assert renovations.overdue_rectifications(TODAY) == []
    rows = {r.id: r for r in renovations.rows(renovations.search_ids(today=TODAY), TODAY)}
    assert rows[late].past_planned_end and not rows[on_time].past_planned_end
    assert rows[on_time].open_violations == 1 and rows[fixed].open_violations == 0
    assert rows[held].deposit_received == Decimal("3000.00") and rows[held].deposit_refunded is None


def test_permit_numbers_are_unique(db: Database, renovations: RenovationService) -> None:
    unit_id = make_unit(db)
    assert renovations.suggest_permit_number(TODAY) == "ZX-2026-0001"
    first = renovations.create(application(unit_id, " ZX-2026-0001 "), today=TODAY)
    assert renovations.get(first).permit_number == "ZX-2026-0001"
    other_unit = make_unit(db, room="1301")
    with pytest.raises(ValidationError, match="ZX-2026-0001 is already used by the renovation of 3栋-2单元-1202") as c:
        renovations.create(application(other_unit, "ZX-2026-0001"), today=TODAY)
    assert c.value.field == "permit_number"
    second = renovations.create(application(other_unit, "ZX-2026-0002"), today=TODAY)
    with pytest.raises(ValidationError, match="already used"):
        renovations.update(
            second, application(other_unit, "ZX-2026-0001"), renovations.get(second).version, today=TODAY
        )
    renovations.update(
        first, application(unit_id, "ZX-2026-0001", contractor="新城装饰"), renovations.get(first).version, today=TODAY
    )  # keeping its own number is fine
    assert renovations.suggest_permit_number(TODAY) == "ZX-2026-0003"
    with db.session() as s:
        assert s.scalar(select(func.count(Renovation.id))) == 2


def test_the_unique_index_catches_a_number_taken_meanwhile_on_another_desk(
    db: Database, renovations: RenovationService, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit_id = make_unit(db)
    renovations.create(application(unit_id, "ZX-2026-0001"), today=TODAY)
    monkeypatch.setattr(RenovationService, "_check_permit_free", staticmethod(lambda *_a: None))
    with pytest.raises(ValidationError, match="just taken on another desk"):
        renovations.create(application(unit_id, "ZX-2026-0001"), today=TODAY)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"permit_number": " "}, "permit_number"),
        ({"permit_number": "ZX-" + "9" * 40}, "permit_number"),
        ({"applicant": ""}, "applicant"),
        ({"contractor_phone": "call me"}, "contractor_phone"),
        ({"planned_end": date(2026, 2, 1)}, "planned_end"),
        ({"planned_start": date(2026, 1, 1)}, "planned_start"),
        ({"applied_date": TODAY + timedelta(days=1)}, "applied_date"),
        ({"deposit_received": "3000.001"}, "deposit_received"),
    ],
)
def test_invalid_renovations_are_refused(db: Database, renovations: RenovationService, changes, field) -> None:
    with pytest.raises(ValidationError) as caught:
        renovations.create(application(make_unit(db), **changes), today=TODAY)
    assert caught.value.field == field


def test_inspection_rules(db: Database, renovations: RenovationService) -> None:
    renovation_id = renovations.create(application(make_unit(db)), today=TODAY)
    with pytest.raises(ValidationError, match="this one is applied"):
        renovations.add_inspection(renovation_id, violation(), now=NOW)
    walk(renovations, renovation_id, ["approved", "in_progress"])
    for changes, field in (
        ({"violation_type": None}, "violation_type"),
        ({"violation_type": "arson"}, "violation_type"),
        ({"rectification_due": None}, "rectification_due"),
        ({"rectification_due": date(2026, 3, 9)}, "rectification_due"),
        ({"inspector": " "}, "inspector"),
        ({"result": "meh"}, "result"),
        ({"inspected_at": NOW + timedelta(hours=1)}, "inspected_at"),
        ({"inspected_at": datetime(2026, 1, 5, 9, 0)}, "inspected_at"),
        ({"deduction_amount": "100", "deduction_reason": ""}, "deduction_reason"),
        ({"deduction_amount": "3000.01", "deduction_reason": "罚款"}, "deduction_amount"),
        ({"deduction_amount": None, "deduction_reason": "罚款"}, "deduction_amount"),
    ):
        with pytest.raises(ValidationError) as caught:
            renovations.add_inspection(renovation_id, violation(**changes), now=NOW)
        assert caught.value.field == field, changes
    assert renovations.get(renovation_id).inspections == ()
    ok_id = renovations.add_inspection(
        renovation_id,
        InspectionInput(NOW, "王工", "ok", violation_type="facade", rectification_due=TODAY, description="正常"),
        now=NOW,
    )
    (ok,) = renovations.get(renovation_id).inspections
    assert ok.id == ok_id and (ok.violation_type, ok.rectification_due, ok.is_open_violation) == (None, None, False)
    with pytest.raises(ValidationError, match="no violation"):
        renovations.record_rectification(ok_id, TODAY, today=TODAY)


def test_changes_below_a_renovation_bump_its_version(db: Database, renovations: RenovationService) -> None:
    renovation_id = renovations.create(application(make_unit(db)), today=TODAY)
    walk(renovations, renovation_id, ["approved", "in_progress"])
    stale = renovations.get(renovation_id).version
    RenovationService(db, Principal("desk2", "clerk")).add_inspection(renovation_id, violation(), stale, now=NOW)
    assert renovations.get(renovation_id).version > stale
    with pytest.raises(ConflictError, match="desk2"):
        renovations.transition(renovation_id, "awaiting_acceptance", stale, TODAY, today=TODAY)
    with pytest.raises(ConflictError):
        renovations.add_deduction(renovation_id, "10", "扣款", stale)
    with db.session() as s:
        assert s.scalar(select(func.count(Deduction.id))) == 0


def test_viewer_reads_only(db: Database, renovations: RenovationService) -> None:
    renovation_id = renovations.create(application(make_unit(db)), today=TODAY)
    viewer = RenovationService(db, Principal("v", "viewer"))
    assert viewer.get(renovation_id).permit_number == "ZX-2026-0001"
    for call in (
        lambda: viewer.create(application(make_unit(db, room="1301"), "ZX-2026-0009"), today=TODAY),
        lambda: viewer.transition(renovation_id, "approved", 1, TODAY, today=TODAY),
        lambda: viewer.add_deduction(renovation_id, "1", "x"),
        lambda: viewer.record_refund(renovation_id, "1", TODAY, 1, today=TODAY),
    ):
        with pytest.raises(PermissionDeniedError):
            call()


def test_documents_for_printing(db: Database, renovations: RenovationService) -> None:
    customer_id, unit_id = make_resident(db, "张三")
    renovation_id = renovations.create(application(unit_id, customer_id=customer_id), today=TODAY)
    with pytest.raises(ValidationError, match="permit is issued once the renovation is approved"):
        renovations.permit_document(renovation_id, TODAY)
    walk(renovations, renovation_id, ["approved"])
    permit = renovations.permit_document(renovation_id, TODAY)
    assert permit.office.name == "物业服务中心"  # the neutral default without settings
    assert (permit.permit_number, permit.unit_code, permit.community_name) == (
        "ZX-2026-0001",
        "3栋-2单元-1202",
        "阳光花园",
    )
    with unit_of_work(db, ADMIN) as s:
        s.add(Setting(key="office_name", value="阳光花园物业服务中心"))
        s.add(Setting(key="office_phone", value="0571-88001234"))
    assert renovations.permit_document(renovation_id, TODAY).office.name == "阳光花园物业服务中心"
    walk(renovations, renovation_id, ["in_progress"])
    inspection_id = renovations.add_inspection(
        renovation_id, violation(deduction_amount="200", deduction_reason="罚扣"), now=NOW
    )
    record = renovations.inspection_document(inspection_id, TODAY)
    assert record.inspection.id == inspection_id and record.inspection.deducted == Decimal("200.00")
    assert [d.amount for d in record.deductions] == [Decimal("200.00")]
    assert record.office.phone == "0571-88001234" and len(record.history) == 1
    # Renovations and inspections show in the owner's timeline and the unit's history.
    kinds = {e.kind for e in TimelineService(db, ADMIN).timeline(customer_id)}
    assert {"renovation", "inspection"} <= kinds
    history = HousingService(db, ADMIN).unit_history(unit_id)
    assert [e.kind for e in history][:2] == ["inspection", "renovation"]
    assert history[0].fields["violation"] == "load_bearing" and history[0].fields["inspector"] == "李工"
