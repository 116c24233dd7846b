"""Interaction log (沟通/关怀记录) and the one timeline of everything about a customer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from crm_desktop.models import (
    Customer,
    Inspection,
    Interaction,
    MoveIn,
    Occupancy,
    Renovation,
    Response,
    Staff,
    Survey,
    Ticket,
    Unit,
)
from crm_desktop.services.codes import CONTACT_CHANNELS, INTERACTION_KINDS
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import Service


@dataclass(frozen=True)
class TimelineEntry:
    """One event; `kind` and `fields` let the UI phrase it in the user's language."""

    at: datetime
    kind: str  # occupancy_start|occupancy_end|move_in|renovation|inspection|ticket|survey|interaction
    summary: str  # free text from the record itself (titles, notes)
    fields: dict[str, str]


def _at(day: date) -> datetime:
    return datetime.combine(day, time.min)


class TimelineService(Service):
    def add_interaction(
        self,
        customer_id: int,
        kind: str,
        occurred_at: datetime,
        summary: str,
        channel: str | None = None,
        staff_id: int | None = None,
    ) -> int:
        self.require_edit()
        if kind not in INTERACTION_KINDS:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Unknown interaction kind {value!r}"), value=kind), field="kind"
            )
        if not summary.strip():
            raise ValidationError(Text(QT_TRANSLATE_NOOP("Services", "Summary is required")), field="summary")
        if channel not in (None, "", *CONTACT_CHANNELS):
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Unknown channel {value!r}"), value=channel), field="channel"
            )
        if occurred_at > datetime.now().replace(second=59, microsecond=999999) and kind not in ("notice", "event"):
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "A call or visit cannot be in the future")), field="occurred_at"
            )
        with self.transaction() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFoundError(
                    Text(QT_TRANSLATE_NOOP("Services", "Customer #{id} does not exist"), id=customer_id)
                )
            if staff_id is not None and s.get(Staff, staff_id) is None:
                raise NotFoundError(
                    Text(QT_TRANSLATE_NOOP("Services", "Staff member #{id} does not exist"), id=staff_id)
                )
            entry = Interaction(
                customer_id=customer_id,
                kind=kind,
                occurred_at=occurred_at,
                summary=summary.strip(),
                channel=channel or None,
                staff_id=staff_id,
                created_by=self.principal.username,
            )
            s.add(entry)
            s.flush()
            return entry.id

    def timeline(self, customer_id: int) -> list[TimelineEntry]:
        """Newest first: occupancies, move-ins, renovations, inspections, tickets, surveys, interactions."""
        entries: list[TimelineEntry] = []
        with self.db.session() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFoundError(
                    Text(QT_TRANSLATE_NOOP("Services", "Customer #{id} does not exist"), id=customer_id)
                )
            for occ, code in s.execute(
                select(Occupancy, Unit.code).join(Unit).where(Occupancy.customer_id == customer_id)
            ):
                entries.append(
                    TimelineEntry(
                        _at(occ.start_date),
                        "occupancy_start",
                        "",
                        {"unit": code, "role": occ.role, "how": occ.start_kind},
                    )
                )
                if occ.end_date is not None:
                    entries.append(
                        TimelineEntry(
                            _at(occ.end_date),
                            "occupancy_end",
                            occ.end_note or "",
                            {"unit": code, "role": occ.role, "reason": occ.end_reason or "other"},
                        )
                    )
            for move_in, code in s.execute(
                select(MoveIn, Unit.code).join(Unit).where(MoveIn.customer_id == customer_id)
            ):
                day = move_in.handover_date or move_in.scheduled_date
                entries.append(
                    TimelineEntry(_at(day), "move_in", move_in.notes or "", {"unit": code, "status": move_in.status})
                )
            renovation_ids = []
            for renovation, code in s.execute(
                select(Renovation, Unit.code).join(Unit).where(Renovation.customer_id == customer_id)
            ):
                renovation_ids.append(renovation.id)
                entries.append(
                    TimelineEntry(
                        _at(renovation.applied_date),
                        "renovation",
                        renovation.scope or "",
                        {"unit": code, "permit": renovation.permit_number, "status": renovation.status},
                    )
                )
            if renovation_ids:
                for inspection, permit in s.execute(
                    select(Inspection, Renovation.permit_number)
                    .join(Renovation)
                    .where(Inspection.renovation_id.in_(renovation_ids))
                ):
                    entries.append(
                        TimelineEntry(
                            inspection.inspected_at,
                            "inspection",
                            inspection.description or "",
                            {
                                "permit": permit,
                                "result": inspection.result,
                                "violation": inspection.violation_type or "",
                            },
                        )
                    )
            for ticket in s.scalars(select(Ticket).where(Ticket.customer_id == customer_id)):
                entries.append(
                    TimelineEntry(
                        ticket.received_at,
                        "ticket",
                        ticket.title,
                        {
                            "number": ticket.number,
                            "kind": ticket.kind,
                            "status": ticket.status,
                            "category": ticket.category,
                        },
                    )
                )
            for response, survey_name in s.execute(
                select(Response, Survey.name).join(Survey).where(Response.customer_id == customer_id)
            ):
                entries.append(
                    TimelineEntry(
                        response.responded_at, "survey", "", {"survey": survey_name, "channel": response.channel}
                    )
                )
            for interaction, staff_name in s.execute(
                select(Interaction, Staff.name)
                .outerjoin(Staff, Staff.id == Interaction.staff_id)
                .where(Interaction.customer_id == customer_id)
            ):
                entries.append(
                    TimelineEntry(
                        interaction.occurred_at,
                        "interaction",
                        interaction.summary,
                        {
                            "kind": interaction.kind,
                            "channel": interaction.channel or "",
                            "staff": staff_name or interaction.created_by or "",
                        },
                    )
                )
        entries.sort(key=lambda e: e.at, reverse=True)
        return entries
