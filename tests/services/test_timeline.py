"""The interaction log and the one timeline of everything about a customer (SPEC §3.1)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from crm_desktop.models import (
    Inspection,
    Interaction,
    MoveIn,
    Renovation,
    Response,
    Staff,
    Survey,
    Ticket,
)
from crm_desktop.models.database import Database
from crm_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from crm_desktop.services.occupancy import OccupancyService
from crm_desktop.services.principal import Principal
from crm_desktop.services.timeline import TimelineService
from crm_desktop.services.uow import unit_of_work
from tests.factories import ADMIN, make_customer, make_resident


def interaction_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(Interaction.id))) or 0


def test_interactions_and_occupancies_newest_first(db: Database, clerk: Principal) -> None:
    customer_id, unit_id = make_resident(db, "张三", start=date(2020, 1, 1))
    timeline = TimelineService(db, clerk)
    timeline.add_interaction(customer_id, "call", datetime(2021, 3, 5, 10, 30), " 询问物业费 ", channel="phone")
    timeline.add_interaction(customer_id, "care_visit", datetime(2023, 9, 1, 15, 0), "中秋慰问", channel="visit")
    timeline.add_interaction(customer_id, "greeting", datetime(2019, 5, 1, 9, 0), "生日祝福")
    OccupancyService(db, ADMIN).transfer(unit_id, make_customer(db, "李四"), date(2024, 6, 1))

    entries = timeline.timeline(customer_id)

    assert [(e.at, e.kind) for e in entries] == [
        (datetime(2024, 6, 1), "occupancy_end"),
        (datetime(2023, 9, 1, 15, 0), "interaction"),
        (datetime(2021, 3, 5, 10, 30), "interaction"),
        (datetime(2020, 1, 1), "occupancy_start"),
        (datetime(2019, 5, 1, 9, 0), "interaction"),
    ]
    assert entries[0].fields == {"unit": "3栋-2单元-1202", "role": "owner", "reason": "natural"}
    assert entries[0].summary == "过户"
    assert entries[2].summary == "询问物业费"
    assert entries[2].fields == {"kind": "call", "channel": "phone", "staff": "clerk1"}
    assert entries[3].fields == {"unit": "3栋-2单元-1202", "role": "owner", "how": "move_in"}


def test_staff_member_is_named_on_the_interaction(db: Database) -> None:
    customer_id = make_customer(db, "张三")
    with unit_of_work(db, ADMIN) as s:
        staff = Staff(name="王管家", department="客服部")
        s.add(staff)
        s.flush()
        staff_id = staff.id
    TimelineService(db, ADMIN).add_interaction(customer_id, "visit", datetime(2024, 1, 2, 9), "上门", staff_id=staff_id)
    (entry,) = TimelineService(db, ADMIN).timeline(customer_id)
    assert entry.fields["staff"] == "王管家"


def test_timeline_gathers_every_kind_of_record(db: Database) -> None:
    customer_id, unit_id = make_resident(db, "张三", start=date(2020, 1, 1))
    other_id = make_customer(db, "李四")
    with unit_of_work(db, ADMIN) as s:
        s.add(
            MoveIn(
                unit_id=unit_id,
                customer_id=customer_id,
                scheduled_date=date(2019, 12, 20),
                handover_date=date(2019, 12, 28),
                status="completed",
                notes="钥匙 3 把",
            )
        )
        renovation = Renovation(
            permit_number="ZX-2020-001",
            unit_id=unit_id,
            customer_id=customer_id,
            applicant="张三",
            applied_date=date(2020, 2, 1),
            scope="厨房改造",
        )
        s.add(renovation)
        s.flush()
        s.add(
            Inspection(
                renovation_id=renovation.id,
                inspected_at=datetime(2020, 3, 1, 10),
                inspector="巡查员",
                result="violation",
                violation_type="hours_noise",
                description="午休时间施工",
            )
        )
        s.add(
            Ticket(
                number="TS-202201-0001",
                kind="complaint",
                customer_id=customer_id,
                unit_id=unit_id,
                channel="phone",
                category="noise",
                title="楼上噪音",
                received_at=datetime(2022, 1, 5, 20),
            )
        )
        s.add(
            Ticket(
                number="TS-202201-0002",
                kind="repair",
                customer_id=other_id,
                unit_id=unit_id,
                channel="phone",
                category="repairs",
                title="not theirs",
                received_at=datetime(2022, 1, 6),
            )
        )
        survey = Survey(name="2022 年第一季度满意度调查")
        s.add(survey)
        s.flush()
        s.add(
            Response(
                survey_id=survey.id, customer_id=customer_id, responded_at=datetime(2022, 3, 15, 11), channel="phone"
            )
        )

    entries = TimelineService(db, ADMIN).timeline(customer_id)

    assert [e.kind for e in entries] == ["survey", "ticket", "inspection", "renovation", "occupancy_start", "move_in"]
    survey_entry, ticket, inspection, renovation_entry, _, move_in = entries
    assert survey_entry.fields == {"survey": "2022 年第一季度满意度调查", "channel": "phone"}
    assert (ticket.summary, ticket.fields["number"]) == ("楼上噪音", "TS-202201-0001")
    assert (ticket.fields["kind"], ticket.fields["category"]) == ("complaint", "noise")
    assert (inspection.summary, inspection.fields["violation"]) == ("午休时间施工", "hours_noise")
    assert (renovation_entry.summary, renovation_entry.fields["permit"]) == ("厨房改造", "ZX-2020-001")
    assert (move_in.at, move_in.summary, move_in.fields["status"]) == (datetime(2019, 12, 28), "钥匙 3 把", "completed")


def test_future_calls_and_visits_are_refused(db: Database) -> None:
    customer_id = make_customer(db, "张三")
    later = datetime.now() + timedelta(hours=2)
    for kind in ("call", "visit", "care_visit", "greeting"):
        with pytest.raises(ValidationError) as info:
            TimelineService(db, ADMIN).add_interaction(customer_id, kind, later, "还没发生")
        assert info.value.field == "occurred_at"
    assert interaction_count(db) == 0


def test_a_notice_or_event_may_be_announced_ahead(db: Database) -> None:
    customer_id = make_customer(db, "张三")
    later = datetime.now().replace(microsecond=0) + timedelta(days=7)
    TimelineService(db, ADMIN).add_interaction(customer_id, "event", later, "业主联欢会")
    (entry,) = TimelineService(db, ADMIN).timeline(customer_id)
    assert (entry.at, entry.summary) == (later, "业主联欢会")


@pytest.mark.parametrize(
    ("kind", "summary", "channel", "field"),
    [("gossip", "x", None, "kind"), ("call", "  ", None, "summary"), ("call", "x", "telepathy", "channel")],
)
def test_bad_interactions_are_refused(db: Database, kind: str, summary: str, channel: str | None, field: str) -> None:
    customer_id = make_customer(db, "张三")
    with pytest.raises(ValidationError) as info:
        TimelineService(db, ADMIN).add_interaction(customer_id, kind, datetime(2024, 1, 1), summary, channel=channel)
    assert info.value.field == field
    assert interaction_count(db) == 0


def test_unknown_customer_or_staff_is_not_found(db: Database) -> None:
    customer_id = make_customer(db, "张三")
    with pytest.raises(NotFoundError):
        TimelineService(db, ADMIN).add_interaction(999, "call", datetime(2024, 1, 1), "x")
    with pytest.raises(NotFoundError):
        TimelineService(db, ADMIN).add_interaction(customer_id, "call", datetime(2024, 1, 1), "x", staff_id=999)
    with pytest.raises(NotFoundError):
        TimelineService(db, ADMIN).timeline(999)
    assert interaction_count(db) == 0


def test_viewer_cannot_log_interactions_but_can_read(db: Database, viewer: Principal) -> None:
    customer_id = make_customer(db, "张三")
    with pytest.raises(PermissionDeniedError):
        TimelineService(db, viewer).add_interaction(customer_id, "call", datetime(2024, 1, 1), "x")
    assert interaction_count(db) == 0
    TimelineService(db, ADMIN).add_interaction(customer_id, "call", datetime(2024, 1, 1), "x")
    assert len(TimelineService(db, viewer).timeline(customer_id)) == 1
