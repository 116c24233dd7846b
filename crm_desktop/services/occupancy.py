"""Occupancy actions: 入伙 move in, 过户 ownership transfer, 迁出 move out. History is only appended to."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crm_desktop.models import Customer, Occupancy, Unit
from crm_desktop.services.codes import CHURN_REASONS, OCCUPANCY_ROLES
from crm_desktop.services.customers import refresh_derived
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import Service


def current_occupants(s: Session, unit_id: int, on: date, role: str | None = None) -> list[Occupancy]:
    stmt = select(Occupancy).where(
        Occupancy.unit_id == unit_id,
        Occupancy.start_date <= on,
        or_(Occupancy.end_date.is_(None), Occupancy.end_date > on),
    )
    if role is not None:
        stmt = stmt.where(Occupancy.role == role)
    return list(s.scalars(stmt))


def start_occupancy(
    s: Session, customer: Customer, unit: Unit, role: str, start: date, kind: str = "move_in"
) -> Occupancy:
    """Add an occupancy inside the caller's transaction (also used by the move-in handover)."""
    if role not in OCCUPANCY_ROLES:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "Unknown occupancy role {value!r}"), value=role), field="role"
        )
    clash = s.scalar(
        select(Occupancy.id).where(
            Occupancy.customer_id == customer.id,
            Occupancy.unit_id == unit.id,
            or_(Occupancy.end_date.is_(None), Occupancy.end_date > start),
        )
    )
    if clash is not None:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "{name} already lives in {unit}"), name=customer.name, unit=unit.code),
            field="unit",
        )
    occupancy = Occupancy(customer_id=customer.id, unit_id=unit.id, role=role, start_date=start, start_kind=kind)
    s.add(occupancy)
    s.flush()
    refresh_derived(s, customer)
    return occupancy


def end_occupancy(s: Session, occupancy: Occupancy, end: date, reason: str, note: str = "") -> None:
    if reason not in CHURN_REASONS:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "Unknown move-out reason {value!r}"), value=reason), field="reason"
        )
    if occupancy.end_date is not None:  # history is appended to, never overwritten
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "This occupancy already ends on {day}"),
                day=occupancy.end_date.isoformat(),
            ),
            field="occupancy",
        )
    if end < occupancy.start_date:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "Move-out date {end} is before the move-in date {start}"),
                end=end.isoformat(),
                start=occupancy.start_date.isoformat(),
            ),
            field="end_date",
        )
    occupancy.end_date, occupancy.end_reason, occupancy.end_note = end, reason, note.strip() or None
    s.flush()
    refresh_derived(s, s.get(Customer, occupancy.customer_id))


class OccupancyService(Service):
    def move_in(self, customer_id: int, unit_id: int, role: str, start: date) -> int:
        """入伙: link a customer to a unit from `start`."""
        self.require_edit()
        with self.transaction() as s:
            customer, unit = _customer(s, customer_id), _unit(s, unit_id)
            return start_occupancy(s, customer, unit, role, start).id

    def transfer(self, unit_id: int, new_owner_id: int, on: date, reason: str = "natural", note: str = "") -> list[int]:
        """过户: end every current owner of the unit and start the new owner on the same date, atomically."""
        self.require_edit()
        with self.transaction() as s:
            unit, new_owner = _unit(s, unit_id), _customer(s, new_owner_id)
            owners = current_occupants(s, unit_id, on, "owner")
            if not owners:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "{unit} has no current owner to transfer from"), unit=unit.code),
                    field="unit",
                )
            if any(o.customer_id == new_owner_id for o in owners):
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "{name} already owns {unit}"), name=new_owner.name, unit=unit.code
                    ),
                    field="customer",
                )
            for occupancy in owners:
                end_occupancy(s, occupancy, on, reason, note or "过户")
            start_occupancy(s, new_owner, unit, "owner", on, kind="transfer")
            return [o.customer_id for o in owners]

    def move_out(self, occupancy_id: int, end: date, reason: str, note: str = "") -> None:
        """迁出 with a churn reason code (SPEC §4.3)."""
        self.require_edit()
        with self.transaction() as s:
            occupancy = s.get(Occupancy, occupancy_id)
            if occupancy is None:
                raise NotFoundError(
                    Text(QT_TRANSLATE_NOOP("Services", "Occupancy #{id} does not exist"), id=occupancy_id)
                )
            end_occupancy(s, occupancy, end, reason, note)

    def occupants(self, unit_id: int, on: date | None = None) -> list[tuple[int, str, str]]:
        """(customer id, name, role) of who lives in the unit on a day."""
        with self.db.session() as s:
            return [
                (o.customer_id, s.get(Customer, o.customer_id).name, o.role)
                for o in current_occupants(s, unit_id, on or date.today())
            ]


def _customer(s: Session, customer_id: int) -> Customer:
    customer = s.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(Text(QT_TRANSLATE_NOOP("Services", "Customer #{id} does not exist"), id=customer_id))
    return customer


def _unit(s: Session, unit_id: int) -> Unit:
    unit = s.get(Unit, unit_id)
    if unit is None:
        raise NotFoundError(Text(QT_TRANSLATE_NOOP("Services", "Unit #{id} does not exist"), id=unit_id))
    return unit
