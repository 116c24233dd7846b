"""What move-ins (入伙) and renovations (装修) share: money and text checks, staff, the office, unit history."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Building,
    Community,
    Customer,
    Inspection,
    MoveIn,
    Occupancy,
    Renovation,
    Staff,
    Unit,
)
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.office_settings import read_office_settings
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Message, Text
from crm_desktop.services.timeline import TimelineEntry
from crm_desktop.services.uow import Service

CENT = Decimal("0.01")
# Numeric(12, 2): ten digits before the point.
MONEY_MAX = Decimal("9999999999.99")
EARLIEST_DATE = date(1990, 1, 1)


def parse_money(value: object, field: str, label: Message, *, required: bool = True) -> Decimal | None:
    """An amount of money as a Decimal with two places, from what the clerk typed.

    Accepts `Decimal`, `int` and text such as "3,000.00", "¥3000" or full-width digits. Floats are refused:
    money never passes through binary floating point.
    """
    if isinstance(value, float):
        raise TypeError("money must be a Decimal or text, never a float")
    text = "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()
    for noise in (",", "¥", "￥", "元", " "):
        text = text.replace(noise, "")
    if not text:
        if required:
            raise ValidationError(Text(QT_TRANSLATE_NOOP("Services", "{label} is required"), label=label), field=field)
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "{label} {value} is not an amount"), label=label, value=str(value)),
            field=field,
        )
    if amount != amount.quantize(CENT):
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "{label} {value} has more than two decimal places"),
                label=label,
                value=str(value),
            ),
            field=field,
        )
    if amount < 0:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "{label} cannot be negative"), label=label), field=field
        )
    if amount > MONEY_MAX:
        raise ValidationError(Text(QT_TRANSLATE_NOOP("Services", "{label} is too large"), label=label), field=field)
    return amount.quantize(CENT)


def format_money(amount: Decimal | None) -> str:
    return "" if amount is None else f"{amount:,.2f}"


def clean_text(value: str | None, field: str, label: Message, limit: int | None = None, required: bool = False) -> str:
    """Stripped text; the column sizes are checked because PostgreSQL refuses what SQLite would keep."""
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(Text(QT_TRANSLATE_NOOP("Services", "{label} is required"), label=label), field=field)
    if limit is not None and len(text) > limit:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "{label} is longer than {limit} characters"), label=label, limit=limit),
            field=field,
        )
    return text


def check_date(value: date | None, field: str, label: Message, today: date, *, allow_future: bool = False) -> None:
    """A date the clerk entered is neither absurdly old nor (unless allowed) in the future."""
    if value is None:
        return
    if value < EARLIEST_DATE:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "{label} {date} is too far in the past"),
                label=label,
                date=value.isoformat(),
            ),
            field=field,
        )
    if not allow_future and value > today:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "{label} {date} is in the future"), label=label, date=value.isoformat()),
            field=field,
        )


def append_note(existing: str | None, day: date, note: str) -> str:
    """Status changes add a dated line to the record's notes; earlier notes are kept."""
    line = f"{day.isoformat()} {note.strip()}"
    return f"{existing.rstrip()}\n{line}" if existing and existing.strip() else line


@dataclass(frozen=True)
class StaffOption:
    id: int
    name: str
    department: str


@dataclass(frozen=True)
class OfficeInfo:
    """Printed at the top of the documents handed to owners and contractors."""

    name: str
    address: str
    phone: str


def office_info(s: Session) -> OfficeInfo:
    office = read_office_settings(s)
    return OfficeInfo(name=office.name, address=office.address, phone=office.phone)


def get_unit(s: Session, unit_id: int) -> Unit:
    unit = s.get(Unit, unit_id)
    if unit is None:
        raise NotFoundError(
            Text(QT_TRANSLATE_NOOP("Services", "Unit #{id} does not exist (it may have been deleted)"), id=unit_id)
        )
    return unit


def get_customer(s: Session, customer_id: int) -> Customer:
    customer = s.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(
            Text(
                QT_TRANSLATE_NOOP("Services", "Customer #{id} does not exist (it may have been deleted)"),
                id=customer_id,
            )
        )
    return customer


def get_staff(s: Session, staff_id: int | None) -> Staff | None:
    if staff_id is None:
        return None
    staff = s.get(Staff, staff_id)
    if staff is None:
        raise NotFoundError(Text(QT_TRANSLATE_NOOP("Services", "Staff member #{id} does not exist"), id=staff_id))
    return staff


def community_names(s: Session, unit_ids: set[int]) -> dict[int, str]:
    """Community name per unit, in one query."""
    if not unit_ids:
        return {}
    return dict(
        s.execute(
            select(Unit.id, Community.name)
            .join(Building, Building.id == Unit.building_id)
            .join(Community, Community.id == Building.community_id)
            .where(Unit.id.in_(unit_ids))
        ).all()
    )


def _at(day: date) -> datetime:
    return datetime.combine(day, time.min)


class HousingService(Service):
    """Look-ups shared by the move-in and renovation views."""

    def list_staff(self) -> list[StaffOption]:
        """Active people (not teams) who can hand over a unit or inspect a renovation."""
        with self.db.session() as s:
            return [
                StaffOption(staff.id, staff.name, staff.department or "")
                for staff in s.scalars(
                    select(Staff)
                    .where(Staff.active.is_(True), Staff.is_team.is_(False))
                    .order_by(Staff.department, Staff.name)
                )
            ]

    def office(self) -> OfficeInfo:
        with self.db.session() as s:
            return office_info(s)

    def unit_history(self, unit_id: int) -> list[TimelineEntry]:
        """Everything that happened to one unit, newest first: who lived there, handovers, renovations,
        inspections. Same entry shape as the customer timeline; `fields` also name the people involved."""
        entries: list[TimelineEntry] = []
        with self.db.session() as s:
            unit = get_unit(s, unit_id)
            code = unit.code
            for occupancy, name in s.execute(
                select(Occupancy, Customer.name)
                .join(Customer, Customer.id == Occupancy.customer_id)
                .where(Occupancy.unit_id == unit_id)
            ):
                entries.append(
                    TimelineEntry(
                        _at(occupancy.start_date),
                        "occupancy_start",
                        "",
                        {"unit": code, "customer": name, "role": occupancy.role, "how": occupancy.start_kind},
                    )
                )
                if occupancy.end_date is not None:
                    entries.append(
                        TimelineEntry(
                            _at(occupancy.end_date),
                            "occupancy_end",
                            occupancy.end_note or "",
                            {
                                "unit": code,
                                "customer": name,
                                "role": occupancy.role,
                                "reason": occupancy.end_reason or "other",
                            },
                        )
                    )
            for move_in, name in s.execute(
                select(MoveIn, Customer.name)
                .join(Customer, Customer.id == MoveIn.customer_id)
                .where(MoveIn.unit_id == unit_id)
            ):
                entries.append(
                    TimelineEntry(
                        _at(move_in.handover_date or move_in.scheduled_date),
                        "move_in",
                        move_in.notes or "",
                        {"unit": code, "customer": name, "status": move_in.status},
                    )
                )
            renovations = s.scalars(select(Renovation).where(Renovation.unit_id == unit_id)).all()
            for renovation in renovations:
                entries.append(
                    TimelineEntry(
                        _at(renovation.applied_date),
                        "renovation",
                        renovation.scope or "",
                        {
                            "unit": code,
                            "applicant": renovation.applicant,
                            "permit": renovation.permit_number,
                            "status": renovation.status,
                        },
                    )
                )
            permits = {r.id: r.permit_number for r in renovations}
            if permits:
                for inspection in s.scalars(select(Inspection).where(Inspection.renovation_id.in_(permits))):
                    entries.append(
                        TimelineEntry(
                            inspection.inspected_at,
                            "inspection",
                            inspection.description or "",
                            {
                                "unit": code,
                                "inspector": inspection.inspector,
                                "permit": permits[inspection.renovation_id],
                                "result": inspection.result,
                                "violation": inspection.violation_type or "",
                            },
                        )
                    )
        entries.sort(key=lambda e: e.at, reverse=True)
        return entries
