"""入伙 handovers: schedule, complete (which starts the occupancy), defects found and rectified.

Completing a handover records what was checked and handed over and creates the customer's occupancy in the
archive in the same transaction: either both are saved or neither is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session

from crm_desktop.models import Building, Customer, HandoverDefect, MoveIn, Occupancy, Staff, Unit
from crm_desktop.services.codes import OCCUPANCY_ROLES
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.housing import (
    append_note,
    check_date,
    clean_text,
    community_names,
    get_customer,
    get_staff,
    get_unit,
    parse_money,
)
from crm_desktop.services.occupancy import start_occupancy
from crm_desktop.services.search_text import escape_like, normalize_query
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import Service, check_version

MOVE_IN_VIEWS = ("upcoming", "overdue", "scheduled", "open_defects", "completed", "cancelled", "all")
MAX_KEYS = 50
LATEST_SCHEDULE_YEARS = 2

SORT_COLUMNS = {
    "scheduled": MoveIn.scheduled_date,
    "handover": MoveIn.handover_date,
    "unit": Unit.code,
    "customer": Customer.name,
    "status": MoveIn.status,
}


@dataclass(frozen=True)
class MoveInFilter:
    """`view`: upcoming (scheduled for today or later), overdue (scheduled before today, not done),
    scheduled (both), open_defects (completed with a defect not yet rectified), completed, cancelled, all."""

    view: str = "scheduled"
    query: str = ""
    community_id: int | None = None


@dataclass(frozen=True)
class MoveInRow:
    id: int
    unit_id: int
    unit_code: str
    community_name: str
    customer_id: int
    customer_name: str
    role: str
    scheduled_date: date
    handover_date: date | None
    status: str
    staff_name: str
    open_defects: int
    overdue: bool


@dataclass(frozen=True)
class DefectRow:
    id: int
    move_in_id: int
    description: str
    status: str  # open|rectified
    rectified_date: date | None


@dataclass(frozen=True)
class OpenDefectRow:
    """An unrectified handover defect with where it is, for the office's follow-up list."""

    id: int
    move_in_id: int
    unit_code: str
    community_name: str
    customer_name: str
    description: str
    handover_date: date | None
    days_open: int


@dataclass(frozen=True)
class MoveInDetail:
    id: int
    version: int
    unit_id: int
    unit_code: str
    community_name: str
    customer_id: int
    customer_name: str
    role: str
    scheduled_date: date
    handover_date: date | None
    status: str
    documents_checked: bool
    keys_handed: int
    water_reading: Decimal | None
    electricity_reading: Decimal | None
    gas_reading: Decimal | None
    staff_id: int | None
    staff_name: str
    occupancy_id: int | None
    notes: str
    defects: tuple[DefectRow, ...]

    @property
    def open_defects(self) -> int:
        return sum(1 for d in self.defects if d.status == "open")


@dataclass(frozen=True)
class MoveInCounts:
    upcoming: int
    overdue: int
    open_defects: int  # unrectified defects (not move-ins)


@dataclass(frozen=True)
class DefectInput:
    description: str
    rectified_date: date | None = None  # put right on the spot


@dataclass
class HandoverInput:
    """What happened at the handover. Meter readings may be Decimal or the text typed (never float)."""

    handover_date: date
    documents_checked: bool
    keys_handed: int
    water_reading: Decimal | str | None = None
    electricity_reading: Decimal | str | None = None
    gas_reading: Decimal | str | None = None
    staff_id: int | None = None
    notes: str = ""
    defects: list[DefectInput] = field(default_factory=list)


def _lives_there(s: Session, customer_id: int, unit_id: int, on: date) -> bool:
    return (
        s.scalar(
            select(Occupancy.id).where(
                Occupancy.customer_id == customer_id,
                Occupancy.unit_id == unit_id,
                or_(Occupancy.end_date.is_(None), Occupancy.end_date > on),
            )
        )
        is not None
    )


def _get_move_in(s: Session, move_in_id: int) -> MoveIn:
    move_in = s.get(MoveIn, move_in_id)
    if move_in is None:
        raise NotFoundError(
            Text(
                QT_TRANSLATE_NOOP("Services", "Handover #{id} does not exist (it may have been deleted)"), id=move_in_id
            )
        )
    return move_in


def _what(s: Session, move_in: MoveIn) -> str:
    """How a conflict names the handover: its unit, in any language."""
    unit = s.get(Unit, move_in.unit_id)
    return unit.code if unit is not None else f"#{move_in.id}"


def _require_scheduled(move_in: MoveIn) -> None:
    if move_in.status == "completed":
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "This handover was already completed on {date}"),
                date=move_in.handover_date.isoformat() if move_in.handover_date else "—",
            ),
            field="status",
        )
    if move_in.status == "cancelled":
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "This handover was cancelled; schedule a new one")), field="status"
        )


def _check_role(role: str) -> None:
    if role not in OCCUPANCY_ROLES:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "Unknown occupancy role {role}"), role=role), field="role"
        )


def _check_schedule_date(scheduled: date, today: date) -> None:
    label = Text(QT_TRANSLATE_NOOP("Services", "Scheduled handover date"))
    check_date(scheduled, "scheduled_date", label, today, allow_future=True)
    if scheduled.year > today.year + LATEST_SCHEDULE_YEARS:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "Scheduled handover date {date} is too far ahead"),
                date=scheduled.isoformat(),
            ),
            field="scheduled_date",
        )


class MoveInService(Service):
    # --- writing ---------------------------------------------------------------------------------
    def schedule(
        self,
        unit_id: int,
        customer_id: int,
        scheduled_date: date,
        role: str = "owner",
        staff_id: int | None = None,
        notes: str = "",
        today: date | None = None,
    ) -> int:
        """Book a handover of `unit_id` to `customer_id`."""
        self.require_edit()
        today = today or date.today()
        _check_role(role)
        _check_schedule_date(scheduled_date, today)
        with self.transaction() as s:
            unit, customer = get_unit(s, unit_id), get_customer(s, customer_id)
            get_staff(s, staff_id)
            booked = s.scalar(
                select(MoveIn.scheduled_date).where(
                    MoveIn.unit_id == unit_id, MoveIn.customer_id == customer_id, MoveIn.status == "scheduled"
                )
            )
            if booked is not None:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "{customer} already has a handover of {unit} booked for {date}"),
                        customer=customer.name,
                        unit=unit.code,
                        date=booked.isoformat(),
                    ),
                    field="customer",
                )
            if _lives_there(s, customer_id, unit_id, scheduled_date):
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Services", "{customer} already lives in {unit}; there is nothing to hand over"
                        ),
                        customer=customer.name,
                        unit=unit.code,
                    ),
                    field="customer",
                )
            move_in = MoveIn(
                unit_id=unit_id,
                customer_id=customer_id,
                role=role,
                scheduled_date=scheduled_date,
                status="scheduled",
                staff_id=staff_id,
                notes=notes.strip() or None,
            )
            s.add(move_in)
            s.flush()
            return move_in.id

    def reschedule(
        self,
        move_in_id: int,
        expected_version: int,
        scheduled_date: date,
        role: str,
        staff_id: int | None = None,
        notes: str = "",
        today: date | None = None,
    ) -> None:
        """Change the booking of a handover that has not happened yet."""
        self.require_edit()
        today = today or date.today()
        _check_role(role)
        _check_schedule_date(scheduled_date, today)
        with self.transaction() as s:
            move_in = _get_move_in(s, move_in_id)
            check_version(move_in, expected_version, _what(s, move_in))
            _require_scheduled(move_in)
            get_staff(s, staff_id)
            move_in.scheduled_date, move_in.role, move_in.staff_id = scheduled_date, role, staff_id
            move_in.notes = notes.strip() or None

    def cancel(self, move_in_id: int, expected_version: int, reason: str, today: date | None = None) -> None:
        """Call a booked handover off (the buyer withdrew, the lease fell through…); the reason is kept."""
        self.require_edit()
        today = today or date.today()
        reason = clean_text(reason, "reason", Text(QT_TRANSLATE_NOOP("Services", "Reason")), required=True)
        with self.transaction() as s:
            move_in = _get_move_in(s, move_in_id)
            check_version(move_in, expected_version, _what(s, move_in))
            _require_scheduled(move_in)
            move_in.status = "cancelled"
            move_in.notes = append_note(move_in.notes, today, reason)

    def complete(
        self, move_in_id: int, handover: HandoverInput, expected_version: int, today: date | None = None
    ) -> int:
        """Record the handover and start the occupancy, in one transaction. Returns the occupancy id."""
        self.require_edit()
        today = today or date.today()
        day = handover.handover_date
        check_date(day, "handover_date", Text(QT_TRANSLATE_NOOP("Services", "Handover date")), today)
        if not handover.documents_checked:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Services", "Check the documents (ID card, purchase or lease contract) before handing over"
                    )
                ),
                field="documents_checked",
            )
        if not 0 <= handover.keys_handed <= MAX_KEYS:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Keys handed over must be between 0 and {max}"), max=MAX_KEYS),
                field="keys_handed",
            )
        readings = {
            name: parse_money(getattr(handover, name), name, label, required=False)
            for name, label in (
                ("water_reading", Text(QT_TRANSLATE_NOOP("Services", "Water meter reading"))),
                ("electricity_reading", Text(QT_TRANSLATE_NOOP("Services", "Electricity meter reading"))),
                ("gas_reading", Text(QT_TRANSLATE_NOOP("Services", "Gas meter reading"))),
            )
        }
        defects = []
        for defect in handover.defects:
            description = clean_text(
                defect.description,
                "defects",
                Text(QT_TRANSLATE_NOOP("Services", "Defect description")),
                required=True,
            )
            if defect.rectified_date is not None and not day <= defect.rectified_date <= today:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Services", "Defect {defect}: rectified on {date} must be between the handover and today"
                        ),
                        defect=description,
                        date=defect.rectified_date.isoformat(),
                    ),
                    field="defects",
                )
            defects.append((description, defect.rectified_date))
        notes = handover.notes.strip()
        with self.transaction() as s:
            move_in = _get_move_in(s, move_in_id)
            check_version(move_in, expected_version, _what(s, move_in))
            _require_scheduled(move_in)
            get_staff(s, handover.staff_id)
            unit, customer = get_unit(s, move_in.unit_id), get_customer(s, move_in.customer_id)
            if _lives_there(s, customer.id, unit.id, day):
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Services", "{customer} already lives in {unit}; there is nothing to hand over"
                        ),
                        customer=customer.name,
                        unit=unit.code,
                    ),
                    field="customer",
                )
            move_in.handover_date = day
            move_in.documents_checked = True
            move_in.keys_handed = handover.keys_handed
            move_in.water_reading = readings["water_reading"]
            move_in.electricity_reading = readings["electricity_reading"]
            move_in.gas_reading = readings["gas_reading"]
            if handover.staff_id is not None:
                move_in.staff_id = handover.staff_id
            if notes:
                move_in.notes = f"{move_in.notes.rstrip()}\n{notes}" if move_in.notes else notes
            for description, rectified in defects:
                s.add(
                    HandoverDefect(
                        move_in_id=move_in.id,
                        description=description,
                        status="rectified" if rectified else "open",
                        rectified_date=rectified,
                    )
                )
            occupancy = start_occupancy(s, customer, unit, move_in.role, day, kind="move_in")
            move_in.occupancy_id = occupancy.id
            move_in.status = "completed"
            s.flush()
            return occupancy.id

    def add_defect(self, move_in_id: int, description: str) -> int:
        """A defect found after the handover (a leak noticed in the first week) joins the same follow-up."""
        self.require_edit()
        description = clean_text(
            description, "description", Text(QT_TRANSLATE_NOOP("Services", "Defect description")), required=True
        )
        with self.transaction() as s:
            move_in = _get_move_in(s, move_in_id)
            if move_in.status != "completed":
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "Defects are recorded at or after a completed handover")),
                    field="status",
                )
            defect = HandoverDefect(move_in_id=move_in_id, description=description, status="open")
            s.add(defect)
            s.flush()
            return defect.id

    def rectify_defect(self, defect_id: int, rectified_date: date, today: date | None = None) -> None:
        self.require_edit()
        today = today or date.today()
        check_date(rectified_date, "rectified_date", Text(QT_TRANSLATE_NOOP("Services", "Rectification date")), today)
        with self.transaction() as s:
            defect = s.get(HandoverDefect, defect_id)
            if defect is None:
                raise NotFoundError(Text(QT_TRANSLATE_NOOP("Services", "Defect #{id} does not exist"), id=defect_id))
            if defect.status == "rectified":
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "This defect was already rectified on {date}"),
                        date=defect.rectified_date.isoformat() if defect.rectified_date else "—",
                    ),
                    field="rectified_date",
                )
            handed_over = defect.move_in.handover_date
            if handed_over is not None and rectified_date < handed_over:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "Rectification date {date} is before the handover {handover}"),
                        date=rectified_date.isoformat(),
                        handover=handed_over.isoformat(),
                    ),
                    field="rectified_date",
                )
            defect.status, defect.rectified_date = "rectified", rectified_date

    # --- reading ---------------------------------------------------------------------------------
    def get(self, move_in_id: int) -> MoveInDetail:
        with self.db.session() as s:
            m = _get_move_in(s, move_in_id)
            unit, customer = s.get(Unit, m.unit_id), s.get(Customer, m.customer_id)
            staff = s.get(Staff, m.staff_id) if m.staff_id else None
            defects = s.scalars(
                select(HandoverDefect).where(HandoverDefect.move_in_id == m.id).order_by(HandoverDefect.id)
            ).all()
            return MoveInDetail(
                id=m.id,
                version=m.version,
                unit_id=m.unit_id,
                unit_code=unit.code,
                community_name=community_names(s, {m.unit_id}).get(m.unit_id, ""),
                customer_id=m.customer_id,
                customer_name=customer.name,
                role=m.role,
                scheduled_date=m.scheduled_date,
                handover_date=m.handover_date,
                status=m.status,
                documents_checked=m.documents_checked,
                keys_handed=m.keys_handed,
                water_reading=m.water_reading,
                electricity_reading=m.electricity_reading,
                gas_reading=m.gas_reading,
                staff_id=m.staff_id,
                staff_name=staff.name if staff else "",
                occupancy_id=m.occupancy_id,
                notes=m.notes or "",
                defects=tuple(
                    DefectRow(d.id, d.move_in_id, d.description, d.status, d.rectified_date) for d in defects
                ),
            )

    def _statement(self, filters: MoveInFilter, today: date) -> Select:
        stmt = select(MoveIn.id).join(Unit, Unit.id == MoveIn.unit_id).join(Customer, Customer.id == MoveIn.customer_id)
        open_defect = exists().where(HandoverDefect.move_in_id == MoveIn.id, HandoverDefect.status == "open")
        view = filters.view
        if view == "upcoming":
            stmt = stmt.where(MoveIn.status == "scheduled", MoveIn.scheduled_date >= today)
        elif view == "overdue":
            stmt = stmt.where(MoveIn.status == "scheduled", MoveIn.scheduled_date < today)
        elif view == "scheduled":
            stmt = stmt.where(MoveIn.status == "scheduled")
        elif view == "open_defects":
            stmt = stmt.where(open_defect)
        elif view in ("completed", "cancelled"):
            stmt = stmt.where(MoveIn.status == view)
        if filters.community_id is not None:
            stmt = stmt.join(Building, Building.id == Unit.building_id).where(
                Building.community_id == filters.community_id
            )
        needle = filters.query.strip()
        if needle:
            like = f"%{escape_like(needle)}%"
            conditions = [Unit.code.like(like, escape="\\"), Customer.name.like(like, escape="\\")]
            if normalized := normalize_query(needle):  # pinyin, initials, phone digits
                conditions.append(Customer.search_text.like(f"%{escape_like(normalized)}%", escape="\\"))
            stmt = stmt.where(or_(*conditions))
        return stmt

    def search_ids(
        self,
        filters: MoveInFilter | None = None,
        sort: str = "scheduled",
        descending: bool = False,
        today: date | None = None,
    ) -> list[int]:
        """Ids of the matching handovers in display order; the list model fetches rows lazily."""
        filters = filters or MoveInFilter()
        column = SORT_COLUMNS.get(sort, MoveIn.scheduled_date)
        stmt = self._statement(filters, today or date.today()).order_by(
            column.desc() if descending else column.asc(), MoveIn.id.desc() if descending else MoveIn.id
        )
        with self.db.session() as s:
            return list(s.scalars(stmt))

    def rows(self, ids: list[int], today: date | None = None) -> list[MoveInRow]:
        """Rows for these ids, in the same order (ids deleted meanwhile are left out)."""
        if not ids:
            return []
        today = today or date.today()
        with self.db.session() as s:
            found = {
                r.id: r
                for r in s.execute(
                    select(
                        MoveIn.id,
                        MoveIn.unit_id,
                        Unit.code,
                        MoveIn.customer_id,
                        Customer.name.label("customer"),
                        MoveIn.role,
                        MoveIn.scheduled_date,
                        MoveIn.handover_date,
                        MoveIn.status,
                        Staff.name.label("staff"),
                    )
                    .join(Unit, Unit.id == MoveIn.unit_id)
                    .join(Customer, Customer.id == MoveIn.customer_id)
                    .outerjoin(Staff, Staff.id == MoveIn.staff_id)
                    .where(MoveIn.id.in_(ids))
                )
            }
            open_counts = dict(
                s.execute(
                    select(HandoverDefect.move_in_id, func.count(HandoverDefect.id))
                    .where(HandoverDefect.move_in_id.in_(ids), HandoverDefect.status == "open")
                    .group_by(HandoverDefect.move_in_id)
                ).all()
            )
            communities = community_names(s, {r.unit_id for r in found.values()})
        rows = []
        for move_in_id in ids:
            r = found.get(move_in_id)
            if r is None:
                continue
            rows.append(
                MoveInRow(
                    id=r.id,
                    unit_id=r.unit_id,
                    unit_code=r.code,
                    community_name=communities.get(r.unit_id, ""),
                    customer_id=r.customer_id,
                    customer_name=r.customer,
                    role=r.role,
                    scheduled_date=r.scheduled_date,
                    handover_date=r.handover_date,
                    status=r.status,
                    staff_name=r.staff or "",
                    open_defects=int(open_counts.get(r.id, 0)),
                    overdue=r.status == "scheduled" and r.scheduled_date < today,
                )
            )
        return rows

    def counts(self, today: date | None = None) -> MoveInCounts:
        """The overview: handovers coming up, handovers overdue, defects still to be rectified."""
        today = today or date.today()
        with self.db.session() as s:
            scheduled = select(func.count(MoveIn.id)).where(MoveIn.status == "scheduled")
            return MoveInCounts(
                upcoming=s.scalar(scheduled.where(MoveIn.scheduled_date >= today)) or 0,
                overdue=s.scalar(scheduled.where(MoveIn.scheduled_date < today)) or 0,
                open_defects=s.scalar(select(func.count(HandoverDefect.id)).where(HandoverDefect.status == "open"))
                or 0,
            )

    def open_defects(self, today: date | None = None) -> list[OpenDefectRow]:
        """Every unrectified handover defect, oldest first."""
        today = today or date.today()
        with self.db.session() as s:
            rows = s.execute(
                select(HandoverDefect, MoveIn.unit_id, Unit.code, Customer.name, MoveIn.handover_date)
                .join(MoveIn, MoveIn.id == HandoverDefect.move_in_id)
                .join(Unit, Unit.id == MoveIn.unit_id)
                .join(Customer, Customer.id == MoveIn.customer_id)
                .where(HandoverDefect.status == "open")
                .order_by(MoveIn.handover_date, HandoverDefect.id)
            ).all()
            communities = community_names(s, {unit_id for _d, unit_id, *_rest in rows})
        return [
            OpenDefectRow(
                id=defect.id,
                move_in_id=defect.move_in_id,
                unit_code=code,
                community_name=communities.get(unit_id, ""),
                customer_name=name,
                description=defect.description,
                handover_date=handed_over,
                days_open=max(0, (today - handed_over).days) if handed_over else 0,
            )
            for defect, unit_id, code, name, handed_over in rows
        ]
