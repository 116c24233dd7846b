"""装修 renovations: permits, the status flow, inspections (巡查) with violations, deductions and the deposit refund.

Status flow: applied → approved → in_progress → awaiting_acceptance → accepted; rejected from applied or
approved; cancelled at any point before accepted. A failed acceptance sends the work back to in_progress.
Money is Decimal throughout: the refund proposed is the deposit received less the deductions, and a refund
can never be more than what was received.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from crm_desktop.models import Building, Customer, Deduction, Inspection, Renovation, Unit
from crm_desktop.services.codes import RENOVATION_STATUSES, VIOLATION_TYPES
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.housing import (
    OfficeInfo,
    append_note,
    check_date,
    clean_text,
    community_names,
    get_customer,
    get_unit,
    office_info,
    parse_money,
)
from crm_desktop.services.search_text import escape_like
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import Service, check_version
from crm_desktop.services.validation import phone_problem

ZERO = Decimal("0.00")

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "applied": ("approved", "rejected", "cancelled"),
    "approved": ("in_progress", "rejected", "cancelled"),
    "in_progress": ("awaiting_acceptance", "cancelled"),
    "awaiting_acceptance": ("accepted", "in_progress", "cancelled"),
    "accepted": (),
    "rejected": (),
    "cancelled": (),
}
WORKING = ("approved", "in_progress", "awaiting_acceptance")  # inspections happen in these
FINISHED = ("accepted", "rejected", "cancelled")  # the deposit is due back in these
NEEDS_REASON = ("rejected", "cancelled")
PERMIT_ISSUED = ("approved", "in_progress", "awaiting_acceptance", "accepted")
INSPECTION_RESULTS = ("ok", "violation")
RENOVATION_VIEWS = ("all", "active", "in_progress", "past_planned_end", "open_violations", "not_refunded")
PERMIT_PREFIX = "ZX"

# Status names inside sentences (the UI's own labels live in crm_desktop.ui.labels).
STATUS_TEXTS = {
    "applied": QT_TRANSLATE_NOOP("Services", "applied"),
    "approved": QT_TRANSLATE_NOOP("Services", "approved"),
    "in_progress": QT_TRANSLATE_NOOP("Services", "in progress"),
    "awaiting_acceptance": QT_TRANSLATE_NOOP("Services", "awaiting acceptance"),
    "accepted": QT_TRANSLATE_NOOP("Services", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("Services", "rejected"),
    "cancelled": QT_TRANSLATE_NOOP("Services", "cancelled"),
}

SORT_COLUMNS = {
    "permit": Renovation.permit_number,
    "unit": Unit.code,
    "applicant": Renovation.applicant,
    "contractor": Renovation.contractor,
    "status": Renovation.status,
    "applied": Renovation.applied_date,
    "planned_start": Renovation.planned_start,
    "planned_end": Renovation.planned_end,
    "deposit": Renovation.deposit_received,
}


def allowed_transitions(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def status_text(status: str) -> Text:
    return Text(STATUS_TEXTS.get(status, status))


def status_list_text(statuses: tuple[str, ...]) -> Text:
    """ "approved, rejected, cancelled" in the user's language (the separator is translated too)."""
    if not statuses:
        return Text("")
    names = {f"s{i}": status_text(code) for i, code in enumerate(statuses)}
    template = "{sep}".join("{" + key + "}" for key in names)
    return Text(template, sep=Text(QT_TRANSLATE_NOOP("Services", ", ")), **names)


# --- what the clerk enters ----------------------------------------------------------------------
@dataclass
class RenovationInput:
    permit_number: str
    unit_id: int
    applicant: str
    applied_date: date
    customer_id: int | None = None
    contractor: str = ""
    contractor_phone: str = ""
    scope: str = ""
    planned_start: date | None = None
    planned_end: date | None = None
    deposit_received: Decimal | str = ZERO
    notes: str = ""


@dataclass
class InspectionInput:
    inspected_at: datetime
    inspector: str
    result: str  # ok|violation
    violation_type: str | None = None
    description: str = ""
    rectification_due: date | None = None
    deduction_amount: Decimal | str | None = None  # optional deduction from the deposit for this violation
    deduction_reason: str = ""


@dataclass
class AcceptanceInput:
    accepted_on: date
    deduction_amount: Decimal | str | None = None  # damage found at acceptance
    deduction_reason: str = ""
    refund_amount: Decimal | str | None = None  # when the deposit is refunded on the spot
    refund_date: date | None = None
    note: str = ""


# --- what the UI gets back -----------------------------------------------------------------------
@dataclass(frozen=True)
class RefundProposal:
    received: Decimal
    deductions: Decimal
    proposed: Decimal  # received − deductions, never below zero
    refunded: Decimal | None
    refund_date: date | None


@dataclass(frozen=True)
class RenovationOverview:
    in_progress: int
    past_planned_end: int
    open_violations: int
    not_refunded: int


@dataclass(frozen=True)
class RenovationFilter:
    view: str = "all"  # one of RENOVATION_VIEWS
    status: str | None = None
    query: str = ""
    community_id: int | None = None


@dataclass(frozen=True)
class RenovationRow:
    id: int
    permit_number: str
    unit_id: int
    unit_code: str
    community_name: str
    applicant: str
    contractor: str
    status: str
    applied_date: date
    planned_start: date | None
    planned_end: date | None
    actual_end: date | None
    deposit_received: Decimal
    deductions: Decimal
    deposit_refunded: Decimal | None
    refund_date: date | None
    open_violations: int
    past_planned_end: bool


@dataclass(frozen=True)
class InspectionRow:
    id: int
    renovation_id: int
    inspected_at: datetime
    inspector: str
    result: str
    violation_type: str | None
    description: str
    rectification_due: date | None
    rectified_date: date | None
    deducted: Decimal

    @property
    def is_open_violation(self) -> bool:
        return self.result == "violation" and self.rectified_date is None

    def is_overdue(self, today: date) -> bool:
        return self.is_open_violation and self.rectification_due is not None and self.rectification_due < today


@dataclass(frozen=True)
class DeductionRow:
    id: int
    renovation_id: int
    inspection_id: int | None
    amount: Decimal
    reason: str
    recorded_on: date | None


@dataclass(frozen=True)
class RenovationDetail:
    id: int
    version: int
    permit_number: str
    unit_id: int
    unit_code: str
    community_name: str
    customer_id: int | None
    customer_name: str
    applicant: str
    contractor: str
    contractor_phone: str
    scope: str
    applied_date: date
    planned_start: date | None
    planned_end: date | None
    actual_end: date | None
    status: str
    notes: str
    refund: RefundProposal
    inspections: tuple[InspectionRow, ...]
    deductions: tuple[DeductionRow, ...]
    allowed: tuple[str, ...]
    past_planned_end: bool

    @property
    def open_violations(self) -> int:
        return sum(1 for i in self.inspections if i.is_open_violation)

    def input(self) -> RenovationInput:
        """The record as an editable form."""
        return RenovationInput(
            permit_number=self.permit_number,
            unit_id=self.unit_id,
            applicant=self.applicant,
            applied_date=self.applied_date,
            customer_id=self.customer_id,
            contractor=self.contractor,
            contractor_phone=self.contractor_phone,
            scope=self.scope,
            planned_start=self.planned_start,
            planned_end=self.planned_end,
            deposit_received=self.refund.received,
            notes=self.notes,
        )


@dataclass(frozen=True)
class PermitData:
    """Everything printed on a 施工许可证."""

    office: OfficeInfo
    permit_number: str
    community_name: str
    unit_code: str
    applicant: str
    contractor: str
    contractor_phone: str
    scope: str
    planned_start: date | None
    planned_end: date | None
    deposit_received: Decimal
    status: str
    issued_on: date


@dataclass(frozen=True)
class InspectionRecordData:
    """A 装修巡查记录 for one inspection, with the renovation's earlier inspections for context."""

    office: OfficeInfo
    permit_number: str
    community_name: str
    unit_code: str
    applicant: str
    contractor: str
    contractor_phone: str
    inspection: InspectionRow
    deductions: tuple[DeductionRow, ...]
    history: tuple[InspectionRow, ...]
    printed_on: date


# --- SQL conditions shared by the overview and the list filters ----------------------------------
def _open_violation() -> ColumnElement[bool]:
    return exists().where(
        Inspection.renovation_id == Renovation.id,
        Inspection.result == "violation",
        Inspection.rectified_date.is_(None),
    )


def _past_planned_end(today: date) -> ColumnElement[bool]:
    """Work not finished although its planned end has passed."""
    return and_(Renovation.status.in_(("approved", "in_progress")), Renovation.planned_end < today)


def _not_refunded() -> ColumnElement[bool]:
    """Finished (accepted, rejected or cancelled) while the deposit received is still held."""
    return and_(Renovation.status.in_(FINISHED), Renovation.deposit_received > 0, Renovation.deposit_refunded.is_(None))


def _view_condition(view: str, today: date) -> ColumnElement[bool] | None:
    return {
        "active": Renovation.status.in_(("applied", *WORKING)),
        "in_progress": Renovation.status == "in_progress",
        "past_planned_end": _past_planned_end(today),
        "open_violations": _open_violation(),
        "not_refunded": _not_refunded(),
    }.get(view)


# --- helpers inside a transaction ----------------------------------------------------------------
def _get_renovation(s: Session, renovation_id: int) -> Renovation:
    renovation = s.get(Renovation, renovation_id)
    if renovation is None:
        raise NotFoundError(
            Text(
                QT_TRANSLATE_NOOP("Services", "Renovation #{id} does not exist (it may have been deleted)"),
                id=renovation_id,
            )
        )
    return renovation


def _get_inspection(s: Session, inspection_id: int) -> Inspection:
    inspection = s.get(Inspection, inspection_id)
    if inspection is None:
        raise NotFoundError(Text(QT_TRANSLATE_NOOP("Services", "Inspection #{id} does not exist"), id=inspection_id))
    return inspection


def _deductions_total(s: Session, renovation_id: int) -> Decimal:
    total = s.scalar(select(func.sum(Deduction.amount)).where(Deduction.renovation_id == renovation_id))
    return Decimal(total or 0).quantize(ZERO)


def _touch(renovation: Renovation) -> None:
    """A change below the renovation (inspection, deduction) bumps its version: a desk working from an
    older view of the deposit or the violations is then refused rather than silently wrong."""
    renovation.updated_at = datetime.now().replace(microsecond=0)
    flag_modified(renovation, "updated_at")


def _check_transition(renovation: Renovation, target: str) -> None:
    if target not in RENOVATION_STATUSES:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "Unknown renovation status {status}"), status=target), field="status"
        )
    allowed = allowed_transitions(renovation.status)
    if target in allowed:
        return
    if not allowed:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "This renovation is {status}; its status can no longer change"),
                status=status_text(renovation.status),
            ),
            field="status",
        )
    raise ValidationError(
        Text(
            QT_TRANSLATE_NOOP(
                "Services",
                "A renovation that is {status} cannot become {target}; from {status} it can become: {allowed}",
            ),
            status=status_text(renovation.status),
            target=status_text(target),
            allowed=status_list_text(allowed),
        ),
        field="status",
    )


def _check_deduction(renovation: Renovation, already: Decimal, amount: Decimal, reason: str) -> None:
    if renovation.deposit_refunded is not None:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Services", "The deposit was already refunded on {date}; nothing more can be deducted"
                ),
                date=renovation.refund_date.isoformat() if renovation.refund_date else "—",
            ),
            field="deduction_amount",
        )
    if amount <= 0:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "A deduction must be more than zero")), field="deduction_amount"
        )
    if not reason:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "Give the reason for the deduction")), field="deduction_reason"
        )
    received = renovation.deposit_received or ZERO
    if already + amount > received:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Services", "Deductions of {total} in all would be more than the deposit received {deposit}"
                ),
                total=f"{already + amount:.2f}",
                deposit=f"{received:.2f}",
            ),
            field="deduction_amount",
        )


def _check_refund(renovation: Renovation, deductions: Decimal, amount: Decimal, on: date, today: date) -> None:
    if renovation.deposit_refunded is not None:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "The deposit was already refunded on {date} ({amount})"),
                date=renovation.refund_date.isoformat() if renovation.refund_date else "—",
                amount=f"{renovation.deposit_refunded:.2f}",
            ),
            field="refund_amount",
        )
    if renovation.status not in FINISHED:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The deposit is refunded once the renovation is accepted, rejected or cancelled; "
                    "this one is {status}",
                ),
                status=status_text(renovation.status),
            ),
            field="refund_amount",
        )
    received = renovation.deposit_received or ZERO
    if amount > received:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "Refund {refund} is more than the deposit received {deposit}"),
                refund=f"{amount:.2f}",
                deposit=f"{received:.2f}",
            ),
            field="refund_amount",
        )
    if amount > received - deductions:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Services", "Refund {refund} is more than the deposit {deposit} less the deductions {deductions}"
                ),
                refund=f"{amount:.2f}",
                deposit=f"{received:.2f}",
                deductions=f"{deductions:.2f}",
            ),
            field="refund_amount",
        )
    check_date(on, "refund_date", Text(QT_TRANSLATE_NOOP("Services", "Refund date")), today)
    if on < renovation.applied_date:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "Refund date {date} is before the application {applied}"),
                date=on.isoformat(),
                applied=renovation.applied_date.isoformat(),
            ),
            field="refund_date",
        )


def _inspection_rows(s: Session, renovation_ids: list[int]) -> list[InspectionRow]:
    if not renovation_ids:
        return []
    deducted = dict(
        s.execute(
            select(Deduction.inspection_id, func.sum(Deduction.amount))
            .where(Deduction.renovation_id.in_(renovation_ids), Deduction.inspection_id.is_not(None))
            .group_by(Deduction.inspection_id)
        ).all()
    )
    return [
        InspectionRow(
            id=i.id,
            renovation_id=i.renovation_id,
            inspected_at=i.inspected_at,
            inspector=i.inspector,
            result=i.result,
            violation_type=i.violation_type,
            description=i.description or "",
            rectification_due=i.rectification_due,
            rectified_date=i.rectified_date,
            deducted=Decimal(deducted.get(i.id) or 0).quantize(ZERO),
        )
        for i in s.scalars(
            select(Inspection)
            .where(Inspection.renovation_id.in_(renovation_ids))
            .order_by(Inspection.inspected_at, Inspection.id)
        )
    ]


def _deduction_rows(s: Session, renovation_id: int) -> list[DeductionRow]:
    return [
        DeductionRow(
            d.id,
            d.renovation_id,
            d.inspection_id,
            Decimal(d.amount).quantize(ZERO),
            d.reason,
            d.created_at.date() if d.created_at else None,
        )
        for d in s.scalars(select(Deduction).where(Deduction.renovation_id == renovation_id).order_by(Deduction.id))
    ]


def _proposal(renovation: Renovation, deductions: Decimal) -> RefundProposal:
    received = Decimal(renovation.deposit_received or 0).quantize(ZERO)
    return RefundProposal(
        received=received,
        deductions=deductions,
        proposed=max(ZERO, received - deductions),
        refunded=renovation.deposit_refunded,
        refund_date=renovation.refund_date,
    )


class RenovationService(Service):
    # --- the record itself -----------------------------------------------------------------------
    def _validate(self, data: RenovationInput, today: date) -> RenovationInput:
        permit = clean_text(
            data.permit_number,
            "permit_number",
            Text(QT_TRANSLATE_NOOP("Services", "Permit number")),
            40,
            required=True,
        )
        applicant = clean_text(
            data.applicant, "applicant", Text(QT_TRANSLATE_NOOP("Services", "Applicant")), 100, required=True
        )
        contractor = clean_text(data.contractor, "contractor", Text(QT_TRANSLATE_NOOP("Services", "Contractor")), 200)
        phone = clean_text(
            data.contractor_phone, "contractor_phone", Text(QT_TRANSLATE_NOOP("Services", "Contractor phone")), 30
        )
        if phone and (problem := phone_problem(phone)):
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("Services", "Contractor phone {phone}: {problem}"), phone=phone, problem=problem
                ),
                field="contractor_phone",
            )
        check_date(data.applied_date, "applied_date", Text(QT_TRANSLATE_NOOP("Services", "Application date")), today)
        for value, name, label in (
            (data.planned_start, "planned_start", Text(QT_TRANSLATE_NOOP("Services", "Planned start"))),
            (data.planned_end, "planned_end", Text(QT_TRANSLATE_NOOP("Services", "Planned end"))),
        ):
            check_date(value, name, label, today, allow_future=True)
        if data.planned_start and data.planned_end and data.planned_end < data.planned_start:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("Services", "Planned end {end} is before the planned start {start}"),
                    end=data.planned_end.isoformat(),
                    start=data.planned_start.isoformat(),
                ),
                field="planned_end",
            )
        if data.planned_start and data.planned_start < data.applied_date:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("Services", "Planned start {start} is before the application {applied}"),
                    start=data.planned_start.isoformat(),
                    applied=data.applied_date.isoformat(),
                ),
                field="planned_start",
            )
        deposit = (
            parse_money(
                data.deposit_received,
                "deposit_received",
                Text(QT_TRANSLATE_NOOP("Services", "Deposit received")),
                required=False,
            )
            or ZERO
        )
        return RenovationInput(
            permit_number=permit,
            unit_id=data.unit_id,
            applicant=applicant,
            applied_date=data.applied_date,
            customer_id=data.customer_id,
            contractor=contractor,
            contractor_phone=phone,
            scope=(data.scope or "").strip(),
            planned_start=data.planned_start,
            planned_end=data.planned_end,
            deposit_received=deposit,
            notes=(data.notes or "").strip(),
        )

    @staticmethod
    def _check_permit_free(s: Session, permit: str, renovation_id: int | None) -> None:
        clash = s.execute(
            select(Renovation.id, Unit.code)
            .join(Unit, Unit.id == Renovation.unit_id)
            .where(Renovation.permit_number == permit)
        ).first()
        if clash is not None and clash.id != renovation_id:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("Services", "Permit number {permit} is already used by the renovation of {unit}"),
                    permit=permit,
                    unit=clash.code,
                ),
                field="permit_number",
            )

    @staticmethod
    def _flush_permit(s: Session, permit: str) -> None:
        """Another desk may have taken the number between the check and the save: the unique index decides."""
        try:
            s.flush()
        except IntegrityError as exc:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("Services", "Permit number {permit} was just taken on another desk"),
                    permit=permit,
                ),
                field="permit_number",
            ) from exc

    def create(self, data: RenovationInput, today: date | None = None) -> int:
        self.require_edit()
        clean = self._validate(data, today or date.today())
        with self.transaction() as s:
            get_unit(s, clean.unit_id)
            if clean.customer_id is not None:
                get_customer(s, clean.customer_id)
            self._check_permit_free(s, clean.permit_number, None)
            renovation = Renovation(status="applied")
            self._apply(renovation, clean)
            s.add(renovation)
            self._flush_permit(s, clean.permit_number)
            return renovation.id

    def update(
        self, renovation_id: int, data: RenovationInput, expected_version: int, today: date | None = None
    ) -> None:
        self.require_edit()
        clean = self._validate(data, today or date.today())
        with self.transaction() as s:
            renovation = _get_renovation(s, renovation_id)
            check_version(renovation, expected_version, renovation.permit_number)
            get_unit(s, clean.unit_id)
            if clean.customer_id is not None:
                get_customer(s, clean.customer_id)
            self._check_permit_free(s, clean.permit_number, renovation_id)
            deposit = Decimal(clean.deposit_received)
            if deposit != renovation.deposit_received:
                if renovation.deposit_refunded is not None:
                    raise ValidationError(
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Services",
                                "The deposit was refunded on {date}; the amount received can no longer change",
                            ),
                            date=renovation.refund_date.isoformat() if renovation.refund_date else "—",
                        ),
                        field="deposit_received",
                    )
                deducted = _deductions_total(s, renovation_id)
                if deposit < deducted:
                    raise ValidationError(
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Services",
                                "Deposit received {deposit} is less than the deductions already recorded {total}",
                            ),
                            deposit=f"{deposit:.2f}",
                            total=f"{deducted:.2f}",
                        ),
                        field="deposit_received",
                    )
            self._apply(renovation, clean)
            self._flush_permit(s, clean.permit_number)

    @staticmethod
    def _apply(renovation: Renovation, data: RenovationInput) -> None:
        renovation.permit_number = data.permit_number
        renovation.unit_id = data.unit_id
        renovation.customer_id = data.customer_id
        renovation.applicant = data.applicant
        renovation.contractor = data.contractor or None
        renovation.contractor_phone = data.contractor_phone or None
        renovation.scope = data.scope or None
        renovation.applied_date = data.applied_date
        renovation.planned_start = data.planned_start
        renovation.planned_end = data.planned_end
        renovation.deposit_received = Decimal(data.deposit_received)
        renovation.notes = data.notes or None

    def suggest_permit_number(self, applied: date | None = None) -> str:
        """The next free number of the year, ZX-2026-0001 style."""
        year = (applied or date.today()).year
        prefix = f"{PERMIT_PREFIX}-{year}-"
        with self.db.session() as s:
            taken = s.scalars(select(Renovation.permit_number).where(Renovation.permit_number.like(f"{prefix}%"))).all()
        numbers = [int(p[len(prefix) :]) for p in taken if p[len(prefix) :].isdigit()]
        return f"{prefix}{max(numbers, default=0) + 1:04d}"

    # --- status flow -----------------------------------------------------------------------------
    def transition(
        self,
        renovation_id: int,
        target: str,
        expected_version: int,
        on: date | None = None,
        reason: str = "",
        today: date | None = None,
    ) -> None:
        """Move the renovation to `target` if the flow allows it from its current status.

        `on` is the day it happened (default today): for awaiting_acceptance it is the actual end of the
        work. Rejecting or cancelling needs a reason; reasons are added to the notes with the date.
        Acceptance with a final deduction or a refund on the spot is `accept`.
        """
        self.require_edit()
        today = today or date.today()
        day = on or today
        reason = reason.strip()
        if target == "accepted":
            self.accept(renovation_id, expected_version, AcceptanceInput(accepted_on=day, note=reason), today=today)
            return
        check_date(day, "on", Text(QT_TRANSLATE_NOOP("Services", "Date")), today)
        if target in NEEDS_REASON and not reason:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("Services", "Give the reason why the renovation is {target}"),
                    target=status_text(target),
                ),
                field="reason",
            )
        with self.transaction() as s:
            renovation = _get_renovation(s, renovation_id)
            check_version(renovation, expected_version, renovation.permit_number)
            _check_transition(renovation, target)
            if day < renovation.applied_date:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "Date {date} is before the application {applied}"),
                        date=day.isoformat(),
                        applied=renovation.applied_date.isoformat(),
                    ),
                    field="on",
                )
            if target == "awaiting_acceptance":
                renovation.actual_end = day
            elif target == "in_progress" and renovation.status == "awaiting_acceptance":
                renovation.actual_end = None  # acceptance failed: work goes on
            renovation.status = target
            if reason:
                renovation.notes = append_note(renovation.notes, day, reason)

    def accept(
        self, renovation_id: int, expected_version: int, acceptance: AcceptanceInput, today: date | None = None
    ) -> RefundProposal:
        """验收: accept the finished work, optionally deducting for damage and refunding the deposit at once.

        Refused while a violation found at an inspection has not been rectified.
        """
        self.require_edit()
        today = today or date.today()
        day = acceptance.accepted_on
        check_date(day, "accepted_on", Text(QT_TRANSLATE_NOOP("Services", "Acceptance date")), today)
        deduction = parse_money(
            acceptance.deduction_amount,
            "deduction_amount",
            Text(QT_TRANSLATE_NOOP("Services", "Deduction")),
            required=False,
        )
        deduction_reason = acceptance.deduction_reason.strip()
        refund = parse_money(
            acceptance.refund_amount, "refund_amount", Text(QT_TRANSLATE_NOOP("Services", "Refund")), required=False
        )
        with self.transaction() as s:
            renovation = _get_renovation(s, renovation_id)
            check_version(renovation, expected_version, renovation.permit_number)
            _check_transition(renovation, "accepted")
            if renovation.actual_end is not None and day < renovation.actual_end:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "Acceptance date {date} is before the end of the work {end}"),
                        date=day.isoformat(),
                        end=renovation.actual_end.isoformat(),
                    ),
                    field="accepted_on",
                )
            open_count = (
                s.scalar(
                    select(func.count(Inspection.id)).where(
                        Inspection.renovation_id == renovation_id,
                        Inspection.result == "violation",
                        Inspection.rectified_date.is_(None),
                    )
                )
                or 0
            )
            if open_count:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Services",
                            "{count} violation(s) found at inspections are not rectified yet; "
                            "record their rectification before acceptance",
                        ),
                        count=open_count,
                    ),
                    field="status",
                )
            deducted = _deductions_total(s, renovation_id)
            if deduction or deduction_reason:  # a reason without an amount is refused, not dropped
                deduction = deduction or ZERO
                _check_deduction(renovation, deducted, deduction, deduction_reason)
                s.add(Deduction(renovation_id=renovation_id, amount=deduction, reason=deduction_reason))
                deducted += deduction
            renovation.status = "accepted"
            if acceptance.note.strip():
                renovation.notes = append_note(renovation.notes, day, acceptance.note)
            if refund is not None:
                refund_day = acceptance.refund_date or day
                _check_refund(renovation, deducted, refund, refund_day, today)
                renovation.deposit_refunded, renovation.refund_date = refund, refund_day
            s.flush()
            return _proposal(renovation, deducted)

    # --- deposit ---------------------------------------------------------------------------------
    def refund_proposal(self, renovation_id: int) -> RefundProposal:
        with self.db.session() as s:
            renovation = _get_renovation(s, renovation_id)
            return _proposal(renovation, _deductions_total(s, renovation_id))

    def record_refund(
        self,
        renovation_id: int,
        amount: Decimal | str,
        on: date,
        expected_version: int,
        today: date | None = None,
    ) -> None:
        """Record the deposit paid back: never more than received, nor than received less deductions."""
        self.require_edit()
        today = today or date.today()
        refund = parse_money(amount, "refund_amount", Text(QT_TRANSLATE_NOOP("Services", "Refund")))
        with self.transaction() as s:
            renovation = _get_renovation(s, renovation_id)
            check_version(renovation, expected_version, renovation.permit_number)
            _check_refund(renovation, _deductions_total(s, renovation_id), refund, on, today)
            renovation.deposit_refunded, renovation.refund_date = refund, on

    def add_deduction(
        self,
        renovation_id: int,
        amount: Decimal | str,
        reason: str,
        expected_version: int | None = None,
        inspection_id: int | None = None,
    ) -> int:
        self.require_edit()
        money = parse_money(amount, "deduction_amount", Text(QT_TRANSLATE_NOOP("Services", "Deduction")))
        reason = reason.strip()
        with self.transaction() as s:
            renovation = _get_renovation(s, renovation_id)
            check_version(renovation, expected_version, renovation.permit_number)
            if inspection_id is not None and _get_inspection(s, inspection_id).renovation_id != renovation_id:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "That inspection belongs to another renovation")),
                    field="inspection",
                )
            _check_deduction(renovation, _deductions_total(s, renovation_id), money, reason)
            deduction = Deduction(renovation_id=renovation_id, inspection_id=inspection_id, amount=money, reason=reason)
            s.add(deduction)
            _touch(renovation)
            s.flush()
            return deduction.id

    def remove_deduction(self, deduction_id: int, expected_version: int | None = None) -> None:
        """Correct a deduction recorded by mistake (only while the deposit has not been refunded)."""
        self.require_edit()
        with self.transaction() as s:
            deduction = s.get(Deduction, deduction_id)
            if deduction is None:
                raise NotFoundError(
                    Text(QT_TRANSLATE_NOOP("Services", "Deduction #{id} does not exist"), id=deduction_id)
                )
            renovation = _get_renovation(s, deduction.renovation_id)
            check_version(renovation, expected_version, renovation.permit_number)
            if renovation.deposit_refunded is not None:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Services", "The deposit was already refunded on {date}; deductions can no longer change"
                        ),
                        date=renovation.refund_date.isoformat() if renovation.refund_date else "—",
                    ),
                    field="deduction",
                )
            s.delete(deduction)
            _touch(renovation)

    # --- inspections -----------------------------------------------------------------------------
    def add_inspection(
        self,
        renovation_id: int,
        data: InspectionInput,
        expected_version: int | None = None,
        now: datetime | None = None,
    ) -> int:
        """巡查: record an inspection; a violation needs its type and a rectification due date, and may
        deduct from the deposit in the same step."""
        self.require_edit()
        now = now or datetime.now()
        today = now.date()
        inspector = clean_text(
            data.inspector, "inspector", Text(QT_TRANSLATE_NOOP("Services", "Inspector")), 100, required=True
        )
        if data.result not in INSPECTION_RESULTS:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Unknown inspection result {result}"), result=data.result),
                field="result",
            )
        if data.inspected_at > now.replace(second=59, microsecond=999999):
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("Services", "Inspection time {time} is in the future"),
                    time=data.inspected_at.strftime("%Y-%m-%d %H:%M"),
                ),
                field="inspected_at",
            )
        check_date(
            data.inspected_at.date(), "inspected_at", Text(QT_TRANSLATE_NOOP("Services", "Inspection time")), today
        )
        violation_type, due = None, None
        if data.result == "violation":
            if data.violation_type not in VIOLATION_TYPES:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "Choose the type of violation")), field="violation_type"
                )
            if data.rectification_due is None:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "A violation needs a rectification due date")),
                    field="rectification_due",
                )
            if data.rectification_due < data.inspected_at.date():
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "Rectification due {due} is before the inspection {date}"),
                        due=data.rectification_due.isoformat(),
                        date=data.inspected_at.date().isoformat(),
                    ),
                    field="rectification_due",
                )
            violation_type, due = data.violation_type, data.rectification_due
        deduction = parse_money(
            data.deduction_amount, "deduction_amount", Text(QT_TRANSLATE_NOOP("Services", "Deduction")), required=False
        )
        deduction_reason = data.deduction_reason.strip()
        with self.transaction() as s:
            renovation = _get_renovation(s, renovation_id)
            check_version(renovation, expected_version, renovation.permit_number)
            if renovation.status not in WORKING:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Services",
                            "Inspections are recorded while a renovation is approved, in progress or "
                            "awaiting acceptance; this one is {status}",
                        ),
                        status=status_text(renovation.status),
                    ),
                    field="status",
                )
            if data.inspected_at.date() < renovation.applied_date:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "Inspection time {time} is before the application {applied}"),
                        time=data.inspected_at.strftime("%Y-%m-%d %H:%M"),
                        applied=renovation.applied_date.isoformat(),
                    ),
                    field="inspected_at",
                )
            inspection = Inspection(
                renovation_id=renovation_id,
                inspected_at=data.inspected_at.replace(microsecond=0),
                inspector=inspector,
                result=data.result,
                violation_type=violation_type,
                description=data.description.strip() or None,
                rectification_due=due,
            )
            s.add(inspection)
            s.flush()
            if deduction or deduction_reason:  # a reason without an amount is refused, not dropped
                deduction = deduction or ZERO
                _check_deduction(renovation, _deductions_total(s, renovation_id), deduction, deduction_reason)
                s.add(
                    Deduction(
                        renovation_id=renovation_id,
                        inspection_id=inspection.id,
                        amount=deduction,
                        reason=deduction_reason,
                    )
                )
            _touch(renovation)
            s.flush()
            return inspection.id

    def record_rectification(
        self,
        inspection_id: int,
        rectified_date: date,
        expected_version: int | None = None,
        today: date | None = None,
    ) -> None:
        """The violation found at this inspection has been put right."""
        self.require_edit()
        today = today or date.today()
        check_date(rectified_date, "rectified_date", Text(QT_TRANSLATE_NOOP("Services", "Rectification date")), today)
        with self.transaction() as s:
            inspection = _get_inspection(s, inspection_id)
            renovation = _get_renovation(s, inspection.renovation_id)
            check_version(renovation, expected_version, renovation.permit_number)
            if inspection.result != "violation":
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "This inspection found no violation to rectify")),
                    field="rectified_date",
                )
            if inspection.rectified_date is not None:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "This violation was already rectified on {date}"),
                        date=inspection.rectified_date.isoformat(),
                    ),
                    field="rectified_date",
                )
            if rectified_date < inspection.inspected_at.date():
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "Rectification date {date} is before the inspection {inspected}"),
                        date=rectified_date.isoformat(),
                        inspected=inspection.inspected_at.date().isoformat(),
                    ),
                    field="rectified_date",
                )
            inspection.rectified_date = rectified_date
            _touch(renovation)

    # --- lists and overviews ---------------------------------------------------------------------
    def overview(self, today: date | None = None) -> RenovationOverview:
        """Counts of renovations needing attention (each also a list filter, see RENOVATION_VIEWS)."""
        today = today or date.today()
        with self.db.session() as s:

            def count(condition: ColumnElement[bool]) -> int:
                return s.scalar(select(func.count(Renovation.id)).where(condition)) or 0

            return RenovationOverview(
                in_progress=count(Renovation.status == "in_progress"),
                past_planned_end=count(_past_planned_end(today)),
                open_violations=count(_open_violation()),
                not_refunded=count(_not_refunded()),
            )

    def _statement(self, filters: RenovationFilter, today: date) -> Select:
        stmt = select(Renovation.id).join(Unit, Unit.id == Renovation.unit_id)
        condition = _view_condition(filters.view, today)
        if condition is not None:
            stmt = stmt.where(condition)
        if filters.status:
            stmt = stmt.where(Renovation.status == filters.status)
        if filters.community_id is not None:
            stmt = stmt.join(Building, Building.id == Unit.building_id).where(
                Building.community_id == filters.community_id
            )
        needle = filters.query.strip()
        if needle:
            like = f"%{escape_like(needle)}%"
            stmt = stmt.where(
                or_(
                    Renovation.permit_number.like(like, escape="\\"),
                    Unit.code.like(like, escape="\\"),
                    Renovation.applicant.like(like, escape="\\"),
                    Renovation.contractor.like(like, escape="\\"),
                )
            )
        return stmt

    def search_ids(
        self,
        filters: RenovationFilter | None = None,
        sort: str = "applied",
        descending: bool = True,
        today: date | None = None,
    ) -> list[int]:
        """Ids of the matching renovations in display order; the list model fetches rows lazily."""
        column = SORT_COLUMNS.get(sort, Renovation.applied_date)
        stmt = self._statement(filters or RenovationFilter(), today or date.today()).order_by(
            column.desc() if descending else column.asc(), Renovation.id.desc() if descending else Renovation.id
        )
        with self.db.session() as s:
            return list(s.scalars(stmt))

    def rows(self, ids: list[int], today: date | None = None) -> list[RenovationRow]:
        if not ids:
            return []
        today = today or date.today()
        with self.db.session() as s:
            found = {
                r.id: (r, code)
                for r, code in s.execute(
                    select(Renovation, Unit.code)
                    .join(Unit, Unit.id == Renovation.unit_id)
                    .where(Renovation.id.in_(ids))
                )
            }
            deductions = dict(
                s.execute(
                    select(Deduction.renovation_id, func.sum(Deduction.amount))
                    .where(Deduction.renovation_id.in_(ids))
                    .group_by(Deduction.renovation_id)
                ).all()
            )
            violations = dict(
                s.execute(
                    select(Inspection.renovation_id, func.count(Inspection.id))
                    .where(
                        Inspection.renovation_id.in_(ids),
                        Inspection.result == "violation",
                        Inspection.rectified_date.is_(None),
                    )
                    .group_by(Inspection.renovation_id)
                ).all()
            )
            communities = community_names(s, {r.unit_id for r, _code in found.values()})
        rows = []
        for renovation_id in ids:
            if renovation_id not in found:
                continue
            r, code = found[renovation_id]
            rows.append(
                RenovationRow(
                    id=r.id,
                    permit_number=r.permit_number,
                    unit_id=r.unit_id,
                    unit_code=code,
                    community_name=communities.get(r.unit_id, ""),
                    applicant=r.applicant,
                    contractor=r.contractor or "",
                    status=r.status,
                    applied_date=r.applied_date,
                    planned_start=r.planned_start,
                    planned_end=r.planned_end,
                    actual_end=r.actual_end,
                    deposit_received=Decimal(r.deposit_received or 0).quantize(ZERO),
                    deductions=Decimal(deductions.get(r.id) or 0).quantize(ZERO),
                    deposit_refunded=r.deposit_refunded,
                    refund_date=r.refund_date,
                    open_violations=int(violations.get(r.id, 0)),
                    past_planned_end=_is_past_planned_end(r, today),
                )
            )
        return rows

    def get(self, renovation_id: int, today: date | None = None) -> RenovationDetail:
        today = today or date.today()
        with self.db.session() as s:
            r = _get_renovation(s, renovation_id)
            unit = s.get(Unit, r.unit_id)
            customer = s.get(Customer, r.customer_id) if r.customer_id else None
            return RenovationDetail(
                id=r.id,
                version=r.version,
                permit_number=r.permit_number,
                unit_id=r.unit_id,
                unit_code=unit.code,
                community_name=community_names(s, {r.unit_id}).get(r.unit_id, ""),
                customer_id=r.customer_id,
                customer_name=customer.name if customer else "",
                applicant=r.applicant,
                contractor=r.contractor or "",
                contractor_phone=r.contractor_phone or "",
                scope=r.scope or "",
                applied_date=r.applied_date,
                planned_start=r.planned_start,
                planned_end=r.planned_end,
                actual_end=r.actual_end,
                status=r.status,
                notes=r.notes or "",
                refund=_proposal(r, _deductions_total(s, r.id)),
                inspections=tuple(_inspection_rows(s, [r.id])),
                deductions=tuple(_deduction_rows(s, r.id)),
                allowed=allowed_transitions(r.status),
                past_planned_end=_is_past_planned_end(r, today),
            )

    def overdue_rectifications(self, today: date | None = None) -> list[InspectionRow]:
        """Violations whose rectification due date has passed, oldest due first."""
        today = today or date.today()
        with self.db.session() as s:
            ids = list(
                s.scalars(
                    select(Inspection.renovation_id)
                    .where(
                        Inspection.result == "violation",
                        Inspection.rectified_date.is_(None),
                        Inspection.rectification_due < today,
                    )
                    .distinct()
                )
            )
            rows = [i for i in _inspection_rows(s, ids) if i.is_overdue(today)]
        return sorted(rows, key=lambda i: (i.rectification_due, i.id))

    # --- printed documents -----------------------------------------------------------------------
    def permit_document(self, renovation_id: int, today: date | None = None) -> PermitData:
        """What the 施工许可证 shows; only an approved renovation has a permit to print."""
        with self.db.session() as s:
            r = _get_renovation(s, renovation_id)
            if r.status not in PERMIT_ISSUED:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Services", "A permit is issued once the renovation is approved; this one is {status}"
                        ),
                        status=status_text(r.status),
                    ),
                    field="status",
                )
            return PermitData(
                office=office_info(s),
                permit_number=r.permit_number,
                community_name=community_names(s, {r.unit_id}).get(r.unit_id, ""),
                unit_code=s.get(Unit, r.unit_id).code,
                applicant=r.applicant,
                contractor=r.contractor or "",
                contractor_phone=r.contractor_phone or "",
                scope=r.scope or "",
                planned_start=r.planned_start,
                planned_end=r.planned_end,
                deposit_received=Decimal(r.deposit_received or 0).quantize(ZERO),
                status=r.status,
                issued_on=today or date.today(),
            )

    def inspection_document(self, inspection_id: int, today: date | None = None) -> InspectionRecordData:
        """What the 装修巡查记录 for one inspection shows (handed to the contractor on a violation)."""
        with self.db.session() as s:
            inspection = _get_inspection(s, inspection_id)
            r = _get_renovation(s, inspection.renovation_id)
            history = _inspection_rows(s, [r.id])
            return InspectionRecordData(
                office=office_info(s),
                permit_number=r.permit_number,
                community_name=community_names(s, {r.unit_id}).get(r.unit_id, ""),
                unit_code=s.get(Unit, r.unit_id).code,
                applicant=r.applicant,
                contractor=r.contractor or "",
                contractor_phone=r.contractor_phone or "",
                inspection=next(i for i in history if i.id == inspection_id),
                deductions=tuple(d for d in _deduction_rows(s, r.id) if d.inspection_id == inspection_id),
                history=tuple(history),
                printed_on=today or date.today(),
            )


def _is_past_planned_end(renovation: Renovation, today: date) -> bool:
    return (
        renovation.status in ("approved", "in_progress")
        and renovation.planned_end is not None
        and renovation.planned_end < today
    )
