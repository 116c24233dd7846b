"""Staff (员工) and staff assessment (客户人员素质测评, SPEC §3.5), with per-staff service figures from tickets.

Figures of a staff member over a period are taken from the tickets assigned to them and resolved in it
(all kinds): handled (how many), median resolution hours (received → resolved), SLA compliance (resolved by
the due time) and call-back satisfaction (call-backs scored 4–5 among those scored). Percentages and hours are
rounded half-up to one decimal (SPEC §4); a figure without data is None, shown as "—".
"""

from __future__ import annotations

import json
import re
import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from sqlalchemy import func, select

from crm_desktop.models import Staff, StaffAssessment, Ticket
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.masking import mask_phone
from crm_desktop.services.sla import read_setting, write_setting
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import Service, check_version
from crm_desktop.services.validation import phone_problem

INDICATORS = ("business_skill", "communication", "service_attitude", "work_enthusiasm", "team_spirit")
METHODS = ("observation", "interview", "skill_test", "combined")
SETTING_WEIGHTS = "assessment_weights"
MAX_WEIGHT = Decimal("100")
PERIOD_RE = re.compile(r"\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?")  # 2026, 2026-Q3 or 2026-09
TEAM_SUFFIXES = ("组", "部", "队", "班", "中心")


def round_half_up(value: Fraction | int, places: int) -> Decimal:
    """`value` to `places` decimals, halves away from zero, exactly (no binary floating point on the way)."""
    value = Fraction(value)
    digits = int(abs(value) * 10**places + Fraction(1, 2))
    sign = -1 if value < 0 and digits else 1
    return Decimal(sign * digits).scaleb(-places)


def percentage(part: int, whole: int) -> Decimal | None:
    return round_half_up(Fraction(100 * part, whole), 1) if whole else None


def default_weights() -> dict[str, Decimal]:
    return dict.fromkeys(INDICATORS, Decimal(1))


def weighted_total(scores: Mapping[str, int], weights: Mapping[str, Decimal] | None = None) -> Decimal:
    """Σ weight × score / Σ weight, on the 1–5 scale of the scores, to two decimals (half-up)."""
    weights = weights or default_weights()
    total_weight = sum((Decimal(weights[k]) for k in INDICATORS), Decimal(0))
    weighted = sum((Decimal(weights[k]) * scores[k] for k in INDICATORS), Decimal(0))
    return round_half_up(Fraction(weighted) / Fraction(total_weight), 2)


# --- plain data -------------------------------------------------------------------------------------------


@dataclass
class StaffInput:
    name: str
    department: str = ""
    position: str = ""
    phone: str = ""
    active: bool = True
    is_team: bool = False  # a team or department that tickets can be dispatched to


@dataclass(frozen=True)
class StaffRow:
    id: int
    version: int
    name: str
    department: str
    position: str
    phone: str  # masked unless the role may see phones
    active: bool
    is_team: bool


@dataclass
class AssessmentInput:
    period: str
    assessed_on: date
    method: str
    assessor: str
    scores: dict[str, int]
    comment: str = ""
    weights: dict[str, Decimal] | None = None  # None: the office's weights


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    staff_id: int
    period: str
    assessed_on: date
    method: str
    assessor: str
    scores: dict[str, int]
    weighted_total: Decimal
    comment: str


@dataclass(frozen=True)
class StaffFigures:
    handled: int
    median_resolution_hours: Decimal | None
    sla_compliance: Decimal | None
    callback_satisfaction: Decimal | None
    callbacks_scored: int = 0
    open_now: int = 0


@dataclass(frozen=True)
class StaffProfile:
    """The per-staff view: who, the assessments over time, and the service figures."""

    staff: StaffRow
    assessments: tuple[AssessmentRow, ...]
    figures: StaffFigures
    period_start: datetime | None
    period_end: datetime | None
    monthly: tuple[tuple[str, int], ...] = field(default=())  # (YYYY-MM, handled) over the period


def _text(value: str, limit: int, field_name: str, label: str, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "{label} is required"), label=Text(label)), field=field_name
        )
    if len(text) > limit:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "{label} is longer than {limit} characters"),
                label=Text(label),
                limit=limit,
            ),
            field=field_name,
        )
    return text


def validate_staff(data: StaffInput) -> StaffInput:
    name = _text(data.name, 100, "name", QT_TRANSLATE_NOOP("Services", "Name"), required=True)
    department = _text(data.department, 100, "department", QT_TRANSLATE_NOOP("Services", "Department"))
    position = _text(data.position, 100, "position", QT_TRANSLATE_NOOP("Services", "Position"))
    phone = _text(data.phone, 30, "phone", QT_TRANSLATE_NOOP("Services", "Phone"))
    if phone and phone_problem(phone):
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "Phone {value} is not a phone number"), value=phone), field="phone"
        )
    return StaffInput(name, department, position, phone, bool(data.active), bool(data.is_team))


def validate_weights(weights: Mapping[str, object]) -> dict[str, Decimal]:
    clean: dict[str, Decimal] = {}
    for key in INDICATORS:
        try:
            value = Decimal(str(weights.get(key, 1))).quantize(Decimal("0.01"))
        except (InvalidOperation, ValueError) as exc:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Weight {value} is not a number"), value=weights.get(key)),
                field=key,
            ) from exc
        if not Decimal(0) <= value <= MAX_WEIGHT:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Weights must be between 0 and {limit}"), limit=MAX_WEIGHT),
                field=key,
            )
        clean[key] = value
    if sum(clean.values()) <= 0:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "At least one weight must be above 0")), field=INDICATORS[0]
        )
    return clean


def validate_assessment(data: AssessmentInput, today: date | None = None) -> AssessmentInput:
    period = (data.period or "").strip().upper().replace("Ｑ", "Q")
    if not PERIOD_RE.fullmatch(period):
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Services", "Period {value} is not a year, quarter or month (2026, 2026-Q3, 2026-09)"
                ),
                value=data.period,
            ),
            field="period",
        )
    if data.method not in METHODS:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "Unknown assessment method {value}"), value=data.method),
            field="method",
        )
    if data.assessed_on > (today or date.today()):
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "The assessment date is in the future")), field="assessed_on"
        )
    assessor = _text(data.assessor, 100, "assessor", QT_TRANSLATE_NOOP("Services", "Assessor"), required=True)
    scores: dict[str, int] = {}
    for key in INDICATORS:
        value = data.scores.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Every score must be 1 to 5, not {value}"), value=value), field=key
            )
        scores[key] = value
    comment = _text(data.comment, 10_000, "comment", QT_TRANSLATE_NOOP("Services", "Comment"))
    weights = validate_weights(data.weights) if data.weights is not None else None
    return AssessmentInput(period, data.assessed_on, data.method, assessor, scores, comment, weights)


def figures_from(rows: list[tuple[datetime, datetime, datetime | None, int | None]], open_now: int = 0) -> StaffFigures:
    """Figures from (received_at, resolved_at, due_at, callback_score) of the resolved tickets."""
    durations = [Fraction(int((resolved - received).total_seconds()), 3600) for received, resolved, _, _ in rows]
    with_due = [(resolved, due) for _, resolved, due, _ in rows if due is not None]
    scores = [score for *_, score in rows if score is not None]
    return StaffFigures(
        handled=len(rows),
        median_resolution_hours=round_half_up(statistics.median(durations), 1) if durations else None,
        sla_compliance=percentage(sum(1 for resolved, due in with_due if resolved <= due), len(with_due)),
        callback_satisfaction=percentage(sum(1 for score in scores if score >= 4), len(scores)),
        callbacks_scored=len(scores),
        open_now=open_now,
    )


class StaffService(Service):
    # --- staff --------------------------------------------------------------------------------------
    def list_staff(self, include_inactive: bool = True, query: str = "") -> list[StaffRow]:
        stmt = select(Staff).order_by(Staff.active.desc(), Staff.is_team, Staff.department, Staff.name)
        if not include_inactive:
            stmt = stmt.where(Staff.active.is_(True))
        text = query.strip()
        if text:
            like = f"%{text}%"
            stmt = stmt.where(Staff.name.like(like) | Staff.department.like(like) | Staff.position.like(like))
        with self.db.session() as s:
            return [self._row(x) for x in s.scalars(stmt)]

    def get(self, staff_id: int) -> StaffRow:
        with self.db.session() as s:
            return self._row(self._staff(s, staff_id))

    def _row(self, x: Staff) -> StaffRow:
        phone = (x.phone or "") if self.principal.may_view_phones else mask_phone(x.phone)
        return StaffRow(
            x.id, x.version, x.name, x.department or "", x.position or "", phone, bool(x.active), bool(x.is_team)
        )

    @staticmethod
    def _staff(s, staff_id: int) -> Staff:
        staff = s.get(Staff, staff_id)
        if staff is None:
            raise NotFoundError(Text(QT_TRANSLATE_NOOP("Services", "Staff member #{id} does not exist"), id=staff_id))
        return staff

    def save(self, data: StaffInput, staff_id: int | None = None, expected_version: int | None = None) -> int:
        """Create a staff member (or team), or change one; names are unique."""
        self.require_edit()
        clean = validate_staff(data)
        with self.transaction() as s:
            clash = s.scalar(select(Staff.id).where(Staff.name == clean.name))
            if clash is not None and clash != staff_id:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "A staff member named {name} already exists"), name=clean.name),
                    field="name",
                )
            if staff_id is None:
                staff = Staff()
                s.add(staff)
            else:
                staff = self._staff(s, staff_id)
                check_version(staff, expected_version, f"Staff member {staff.name}")
            staff.name, staff.department, staff.position = clean.name, clean.department or None, clean.position or None
            if clean.phone or self.principal.may_view_phones:  # a masked phone shown to a viewer is not re-saved
                staff.phone = clean.phone or None
            staff.active, staff.is_team = clean.active, clean.is_team
            s.flush()
            return staff.id

    def departments(self) -> list[str]:
        with self.db.session() as s:
            return [d for d in s.scalars(select(Staff.department).where(Staff.department.is_not(None)).distinct()) if d]

    # --- assessments --------------------------------------------------------------------------------
    def weights(self) -> dict[str, Decimal]:
        """The office's weights of the five indicators (default equal)."""
        with self.db.session() as s:
            raw = read_setting(s, SETTING_WEIGHTS)
        if not raw:
            return default_weights()
        try:
            return validate_weights(json.loads(raw))
        except (ValueError, TypeError, AttributeError, ValidationError):
            return default_weights()

    def save_weights(self, weights: Mapping[str, object]) -> dict[str, Decimal]:
        self.require_edit()
        clean = validate_weights(weights)
        with self.transaction() as s:
            write_setting(s, SETTING_WEIGHTS, json.dumps({k: str(v) for k, v in clean.items()}))
        return clean

    def add_assessment(self, staff_id: int, data: AssessmentInput) -> int:
        """Record one assessment; its weighted total uses the weights given, else the office's weights."""
        self.require_edit()
        clean = validate_assessment(data)
        weights = clean.weights or self.weights()
        with self.transaction() as s:
            staff = self._staff(s, staff_id)
            if staff.is_team:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "{name} is a team; assess its members one by one"),
                        name=staff.name,
                    ),
                    field="staff",
                )
            row = StaffAssessment(
                staff_id=staff_id,
                period=clean.period,
                assessed_on=clean.assessed_on,
                method=clean.method,
                assessor=clean.assessor,
                weighted_total=weighted_total(clean.scores, weights),
                comment=clean.comment or None,
                **clean.scores,
            )
            s.add(row)
            s.flush()
            return row.id

    def delete_assessment(self, assessment_id: int) -> None:
        self.require_edit()
        with self.transaction() as s:
            row = s.get(StaffAssessment, assessment_id)
            if row is None:
                raise NotFoundError(
                    Text(QT_TRANSLATE_NOOP("Services", "Assessment #{id} does not exist"), id=assessment_id)
                )
            s.delete(row)

    def assessments(self, staff_id: int) -> list[AssessmentRow]:
        """Oldest first, so that the list reads as the staff member's progress over time."""
        with self.db.session() as s:
            rows = s.scalars(
                select(StaffAssessment)
                .where(StaffAssessment.staff_id == staff_id)
                .order_by(StaffAssessment.assessed_on, StaffAssessment.id)
            ).all()
            return [
                AssessmentRow(
                    a.id,
                    a.staff_id,
                    a.period,
                    a.assessed_on,
                    a.method,
                    a.assessor,
                    {k: getattr(a, k) for k in INDICATORS},
                    Decimal(a.weighted_total),
                    a.comment or "",
                )
                for a in rows
            ]

    # --- service figures ----------------------------------------------------------------------------
    def figures(self, staff_id: int, start: datetime | None = None, end: datetime | None = None) -> StaffFigures:
        """Figures of the tickets assigned to the staff member and resolved in [start, end)."""
        with self.db.session() as s:
            stmt = select(Ticket.received_at, Ticket.resolved_at, Ticket.due_at, Ticket.callback_score).where(
                Ticket.assigned_staff_id == staff_id, Ticket.resolved_at.is_not(None)
            )
            if start is not None:
                stmt = stmt.where(Ticket.resolved_at >= start)
            if end is not None:
                stmt = stmt.where(Ticket.resolved_at < end)
            rows = [tuple(r) for r in s.execute(stmt)]
            open_now = s.scalar(
                select(func.count())
                .select_from(Ticket)
                .where(Ticket.assigned_staff_id == staff_id, Ticket.status.in_(("assigned", "in_progress", "on_hold")))
            )
        return figures_from(rows, open_now or 0)  # type: ignore[arg-type]

    def handled_counts(self, start: datetime | None = None, end: datetime | None = None) -> dict[int, int]:
        """{staff id: tickets resolved in [start, end)} for the staff list."""
        stmt = (
            select(Ticket.assigned_staff_id, func.count())
            .where(Ticket.assigned_staff_id.is_not(None), Ticket.resolved_at.is_not(None))
            .group_by(Ticket.assigned_staff_id)
        )
        if start is not None:
            stmt = stmt.where(Ticket.resolved_at >= start)
        if end is not None:
            stmt = stmt.where(Ticket.resolved_at < end)
        with self.db.session() as s:
            return {staff_id: int(n) for staff_id, n in s.execute(stmt)}

    def profile(self, staff_id: int, start: datetime | None = None, end: datetime | None = None) -> StaffProfile:
        staff = self.get(staff_id)
        figures = self.figures(staff_id, start, end)
        stmt = select(Ticket.resolved_at).where(Ticket.assigned_staff_id == staff_id, Ticket.resolved_at.is_not(None))
        if start is not None:
            stmt = stmt.where(Ticket.resolved_at >= start)
        if end is not None:
            stmt = stmt.where(Ticket.resolved_at < end)
        months: dict[str, int] = {}
        with self.db.session() as s:
            for (resolved,) in s.execute(stmt):
                key = resolved.strftime("%Y-%m")
                months[key] = months.get(key, 0) + 1
        return StaffProfile(
            staff=staff,
            assessments=tuple(self.assessments(staff_id)),
            figures=figures,
            period_start=start,
            period_end=end,
            monthly=tuple(sorted(months.items())),
        )


def looks_like_team(name: str) -> bool:
    """处理人 names from an import file: '工程维修组' is a team, '王师傅' a person."""
    return name.strip().endswith(TEAM_SUFFIXES)
