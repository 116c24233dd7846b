"""Complaints and service requests (工单, SPEC §3.3): numbering, workflow, SLA, call-backs, duplicates, lists.

Workflow: new → assigned (派工) → in_progress ⇄ on_hold → resolved → closed (after the call-back, 回访);
a resolved or closed ticket may be reopened with a reason. Every transition is one transaction that stores a
`TicketEvent` (time, user, note); a transition the ticket's status does not allow is refused with a message
that says what is allowed instead.

Numbers are `TS-YYYYMM-NNNN`, taken from the `ticket_counters` row of the month the ticket was received. The
row is locked for the rest of the transaction (SELECT … FOR UPDATE on PostgreSQL; on SQLite the INSERT that
makes sure the row exists opens the write transaction, which holds the database's only write lock), so two
desks never get the same number and a rolled-back ticket leaves no gap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, and_, case, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Building,
    Community,
    Customer,
    Occupancy,
    Staff,
    Ticket,
    TicketCounter,
    TicketEvent,
    Unit,
)
from crm_desktop.services.codes import SEVERITIES, TICKET_CATEGORIES, TICKET_CHANNELS, TICKET_KINDS, TICKET_STATUSES
from crm_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from crm_desktop.services.masking import mask_phone
from crm_desktop.services.search_text import escape_like, normalize_query
from crm_desktop.services.sla import (
    SETTING_SERVICE_MANAGER,
    SlaTable,
    load_callback_days,
    load_sla,
    read_setting,
)
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import Service, check_version

OPEN_STATUSES = ("new", "assigned", "in_progress", "on_hold")
CALLBACK_KINDS = ("complaint", "repair")  # resolving one of these schedules a call-back
DUPLICATE_WINDOW = timedelta(hours=24)
FUTURE_TOLERANCE = timedelta(minutes=5)  # desks' clocks differ a little
TITLE_MAX, DESCRIPTION_MAX, NOTE_MAX, NAME_MAX = 200, 100_000, 10_000, 100
EARLIEST = datetime(2000, 1, 1)

# action → {status it may start from: status it leads to}
TRANSITIONS: dict[str, dict[str, str]] = {
    "assign": {"new": "assigned", "assigned": "assigned", "in_progress": "in_progress", "on_hold": "on_hold"},
    "start": {"assigned": "in_progress"},
    "hold": {"in_progress": "on_hold"},
    "resume": {"on_hold": "in_progress"},
    "resolve": {"in_progress": "resolved"},
    "callback": {"resolved": "closed"},
    "close": {"resolved": "closed"},
    "reopen": {"resolved": "in_progress", "closed": "in_progress"},
    "escalate": {status: status for status in OPEN_STATUSES},
}
ACTIONS = tuple(TRANSITIONS)

_STATUS_NAMES = {
    "new": QT_TRANSLATE_NOOP("Services", "new"),
    "assigned": QT_TRANSLATE_NOOP("Services", "assigned"),
    "in_progress": QT_TRANSLATE_NOOP("Services", "being handled"),  # not "in progress": renovations use that
    "on_hold": QT_TRANSLATE_NOOP("Services", "on hold"),
    "resolved": QT_TRANSLATE_NOOP("Services", "resolved"),
    "closed": QT_TRANSLATE_NOOP("Services", "closed"),
}
_ACTION_VERBS = {
    "assign": QT_TRANSLATE_NOOP("Services", "dispatch"),
    "start": QT_TRANSLATE_NOOP("Services", "start work on"),
    "hold": QT_TRANSLATE_NOOP("Services", "put on hold"),
    "resume": QT_TRANSLATE_NOOP("Services", "resume"),
    "resolve": QT_TRANSLATE_NOOP("Services", "resolve"),
    "callback": QT_TRANSLATE_NOOP("Services", "record a call-back for"),
    "close": QT_TRANSLATE_NOOP("Services", "close"),
    "reopen": QT_TRANSLATE_NOOP("Services", "reopen"),
    "escalate": QT_TRANSLATE_NOOP("Services", "escalate"),
}
_STATUS_ORDER = {status: rank for rank, status in enumerate(TICKET_STATUSES)}
_SEVERITY_ORDER = {severity: rank for rank, severity in enumerate(SEVERITIES)}


def _status_text(status: str) -> Text:
    return Text(_STATUS_NAMES.get(status, status))


def _action_text(action: str) -> Text:
    return Text(_ACTION_VERBS.get(action, action))


def _listing(items: list[Text]) -> Text:
    """Several translated words joined; the joining itself needs no translation."""
    template = ", ".join(f"{{w{i}}}" for i in range(len(items)))
    return Text(template, **{f"w{i}": item for i, item in enumerate(items)})


def now_local() -> datetime:
    return datetime.now().replace(microsecond=0)


# --- plain data for callers --------------------------------------------------------------------------------


@dataclass
class TicketInput:
    """What the clerk typed. `received_at=None` means now; customer and unit may be empty (anonymous)."""

    kind: str = "complaint"
    channel: str = "phone"
    category: str = "other"
    severity: str = "normal"
    title: str = ""
    description: str = ""
    customer_id: int | None = None
    unit_id: int | None = None
    received_at: datetime | None = None


@dataclass(frozen=True)
class CreatedTicket:
    id: int
    number: str


@dataclass(frozen=True)
class TicketFilter:
    query: str = ""  # ticket number, title, customer (name, pinyin, phone digits) or unit code
    status: str | None = None  # a status code, "open" (new … on hold), or None for all
    kind: str | None = None
    category: str | None = None
    severity: str | None = None
    staff_id: int | None = None
    overdue: bool = False
    flagged: bool = False
    received_from: date | None = None
    received_to: date | None = None  # inclusive
    community_id: int | None = None


@dataclass(frozen=True)
class TicketRow:
    id: int
    number: str
    kind: str
    status: str
    category: str
    severity: str
    channel: str
    title: str
    customer_id: int | None
    customer_name: str
    customer_phone: str  # masked unless the role may see phones
    unit_code: str
    community_name: str
    staff_name: str
    received_at: datetime
    due_at: datetime | None
    resolved_at: datetime | None
    callback_due_at: datetime | None
    callback_at: datetime | None
    callback_score: int | None
    escalated_to: str | None
    flagged_for_manager: bool
    incident_id: int | None
    overdue: bool
    callback_overdue: bool


@dataclass(frozen=True)
class TicketEventRow:
    at: datetime
    action: str
    from_status: str | None
    to_status: str
    user: str
    note: str


@dataclass(frozen=True)
class LinkedTicket:
    id: int
    number: str
    title: str
    status: str
    received_at: datetime
    is_incident: bool  # the first report, to which the others are linked


@dataclass(frozen=True)
class TicketDetail:
    id: int
    version: int
    number: str
    status: str
    data: TicketInput
    customer_name: str
    customer_phone: str
    unit_code: str
    community_name: str
    response_due_at: datetime | None
    first_response_at: datetime | None
    due_at: datetime | None
    staff_id: int | None
    staff_name: str
    resolved_at: datetime | None
    resolution: str
    closed_at: datetime | None
    hold_started_at: datetime | None
    escalated_at: datetime | None
    escalated_to: str
    incident_id: int | None
    callback_due_at: datetime | None
    callback_at: datetime | None
    callback_by: str
    callback_score: int | None
    callback_note: str
    flagged_for_manager: bool
    overdue: bool
    allowed_actions: tuple[str, ...]
    events: tuple[TicketEventRow, ...] = ()
    linked: tuple[LinkedTicket, ...] = ()

    @property
    def received_at(self) -> datetime:
        assert self.data.received_at is not None
        return self.data.received_at

    @property
    def kind(self) -> str:
        return self.data.kind


@dataclass(frozen=True)
class CallbackOutcome:
    """A call-back was recorded; `flagged` (score 1–2) means the manager should look, and reopening is offered."""

    flagged: bool
    score: int


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str
    department: str
    is_team: bool


# --- rules ------------------------------------------------------------------------------------------------


def is_overdue(status: str, due_at: datetime | None, hold_started_at: datetime | None, now: datetime) -> bool:
    """Open and past due. A ticket on hold has its clock stopped: overdue only if it was when the hold began."""
    if due_at is None or status not in OPEN_STATUSES:
        return False
    if status == "on_hold":
        return hold_started_at is not None and due_at < hold_started_at
    return due_at < now


def overdue_clause(now: datetime):
    """`is_overdue` in SQL."""
    return or_(
        and_(Ticket.status.in_(("new", "assigned", "in_progress")), Ticket.due_at < now),
        and_(Ticket.status == "on_hold", Ticket.due_at < Ticket.hold_started_at),
    )


def allowed_actions(status: str, overdue: bool = False) -> tuple[str, ...]:
    """The workflow actions a ticket in `status` allows now (escalation only when overdue)."""
    return tuple(
        action for action, moves in TRANSITIONS.items() if status in moves and (action != "escalate" or overdue)
    )


def refuse_transition(status: str, action: str, overdue: bool = False) -> ValidationError:
    allowed = list(allowed_actions(status, overdue))
    return ValidationError(
        Text(
            QT_TRANSLATE_NOOP("Services", "Cannot {action} a ticket that is {status}; allowed now: {allowed}"),
            action=_action_text(action),
            status=_status_text(status),
            allowed=_listing([_action_text(a) for a in allowed]),
        ),
        field="status",
    )


def format_number(month: str, sequence: int) -> str:
    return f"TS-{month}-{sequence:04d}"


def parse_number(number: str) -> tuple[str, int] | None:
    """('202603', 12) for TS-202603-0012; None for numbers of another form (imported from other systems)."""
    parts = number.split("-")
    if len(parts) != 3 or parts[0] != "TS" or len(parts[1]) != 6 or not parts[1].isdigit() or not parts[2].isdigit():
        return None
    return parts[1], int(parts[2])


def _insert_ignore(s: Session):
    return postgresql_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert


def allocate_number(s: Session, received_at: datetime) -> str:
    """The next free number of the month of `received_at`; the counter row stays locked until commit."""
    return allocate_numbers(s, received_at.strftime("%Y%m"), 1)[0]


def allocate_numbers(s: Session, month: str, count: int) -> list[str]:
    """`count` consecutive free numbers of `month` (YYYYMM), taken from its locked counter row."""
    s.execute(_insert_ignore(s)(TicketCounter.__table__).values(month=month, last_value=0).on_conflict_do_nothing())
    counter = s.execute(
        select(TicketCounter)
        .where(TicketCounter.month == month)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()
    value = counter.last_value
    # Numbers imported from a file may lie above the counter; skip them (a number is never used twice).
    if count == 1:  # a desk taking one ticket: look the candidate up rather than read the whole month

        def is_taken(number: str) -> bool:
            return s.scalar(select(Ticket.id).where(Ticket.number == number)) is not None

    else:
        taken = set(s.scalars(select(Ticket.number).where(Ticket.number.like(f"TS-{month}-%"))))
        is_taken = taken.__contains__
    numbers: list[str] = []
    while len(numbers) < count:
        value += 1
        number = format_number(month, value)
        if not is_taken(number):
            numbers.append(number)
    counter.last_value = value
    s.flush()
    return numbers


def raise_counter(s: Session, month: str, at_least: int) -> None:
    """Make sure the month's counter is not below a number taken by an import."""
    s.execute(_insert_ignore(s)(TicketCounter.__table__).values(month=month, last_value=0).on_conflict_do_nothing())
    s.execute(
        update(TicketCounter)
        .where(TicketCounter.month == month, TicketCounter.last_value < at_least)
        .values(last_value=at_least)
    )


def paused_time(s: Session, ticket: Ticket, sla: SlaTable, severity: str) -> timedelta:
    """Clock time the ticket spent on finished holds, from its history."""
    total = timedelta(0)
    hold_start: datetime | None = None
    for action, at in s.execute(
        select(TicketEvent.action, TicketEvent.at)
        .where(TicketEvent.ticket_id == ticket.id, TicketEvent.action.in_(("hold", "resume")))
        .order_by(TicketEvent.at, TicketEvent.id)
    ):
        if action == "hold":
            hold_start = at
        elif hold_start is not None:
            total += sla.counted(hold_start, at, severity)
            hold_start = None
    return total


def _clean_text(value: str, limit: int, field_name: str, label: str, required: bool = False) -> str:
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


def validate_ticket(data: TicketInput, now: datetime | None = None) -> TicketInput:
    now = now or now_local()
    for value, codes, field_name, label in (
        (data.kind, TICKET_KINDS, "kind", QT_TRANSLATE_NOOP("Services", "Kind")),
        (data.channel, TICKET_CHANNELS, "channel", QT_TRANSLATE_NOOP("Services", "Channel")),
        (data.category, TICKET_CATEGORIES, "category", QT_TRANSLATE_NOOP("Services", "Category")),
        (data.severity, SEVERITIES, "severity", QT_TRANSLATE_NOOP("Services", "Severity")),
    ):
        if value not in codes:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Unknown {label} {value!r}"), label=Text(label), value=value),
                field=field_name,
            )
    title = _clean_text(data.title, TITLE_MAX, "title", QT_TRANSLATE_NOOP("Services", "Title"), required=True)
    description = _clean_text(
        data.description, DESCRIPTION_MAX, "description", QT_TRANSLATE_NOOP("Services", "Description")
    )
    received = (data.received_at or now).replace(microsecond=0)
    if received > now + FUTURE_TOLERANCE:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "The received time {at} is in the future"), at=_stamp(received)),
            field="received_at",
        )
    if received < EARLIEST:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "The received time {at} is too long ago"), at=_stamp(received)),
            field="received_at",
        )
    return replace(data, title=title, description=description, received_at=received)


def _stamp(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def _get_ticket(s: Session, ticket_id: int) -> Ticket:
    ticket = s.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFoundError(
            Text(QT_TRANSLATE_NOOP("Services", "Ticket #{id} does not exist (it may have been deleted)"), id=ticket_id)
        )
    return ticket


def incident_root(s: Session, ticket_id: int) -> int:
    """The first report of the incident `ticket_id` belongs to (links are kept one level deep)."""
    parent = s.scalar(select(Ticket.incident_id).where(Ticket.id == ticket_id))
    return parent if parent is not None else ticket_id


# --- the service ------------------------------------------------------------------------------------------

_SORT_COLUMNS = {
    "number": Ticket.number,
    "received": Ticket.received_at,
    "kind": Ticket.kind,
    "category": Ticket.category,
    "channel": Ticket.channel,
    "title": Ticket.title,
    "due": Ticket.due_at,
    "resolved": Ticket.resolved_at,
    "callback_due": Ticket.callback_due_at,
}


class TicketService(Service):
    # --- entry --------------------------------------------------------------------------------------
    def create(self, data: TicketInput, link_to: int | None = None, now: datetime | None = None) -> CreatedTicket:
        """Take a ticket: number, due times from the SLA in force, and the first history entry."""
        self.require_edit()
        clean = validate_ticket(data, now)
        received = clean.received_at
        assert received is not None
        with self.transaction() as s:
            self._check_references(s, clean)
            number = allocate_number(s, received)
            sla = load_sla(s, seed_calendar=True)
            ticket = Ticket(
                number=number,
                kind=clean.kind,
                customer_id=clean.customer_id,
                unit_id=clean.unit_id,
                channel=clean.channel,
                category=clean.category,
                severity=clean.severity,
                title=clean.title,
                description=clean.description or None,
                status="new",
                received_at=received,
                response_due_at=sla.response_due(received, clean.severity),
                due_at=sla.resolution_due(received, clean.severity),
                flagged_for_manager=False,
            )
            if link_to is not None:
                _get_ticket(s, link_to)
                ticket.incident_id = incident_root(s, link_to)
            s.add(ticket)
            s.flush()
            self._event(s, ticket, received, None, "new", "create", "")
            if link_to is not None:
                linked_number = s.scalar(select(Ticket.number).where(Ticket.id == ticket.incident_id))
                self._event(s, ticket, received, "new", "new", "link", linked_number or "")
            return CreatedTicket(ticket.id, number)

    def update(self, ticket_id: int, data: TicketInput, expected_version: int | None = None) -> None:
        """Correct what was taken down. A new severity or received time recomputes the due times."""
        self.require_edit()
        clean = validate_ticket(data)
        with self.transaction() as s:
            ticket = _get_ticket(s, ticket_id)
            check_version(ticket, expected_version, f"Ticket {ticket.number}")
            if ticket.status == "closed":
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "A closed ticket cannot be changed; reopen it first")),
                    field="status",
                )
            self._check_references(s, clean)
            changed = [
                name
                for name, old, new in (
                    ("kind", ticket.kind, clean.kind),
                    ("channel", ticket.channel, clean.channel),
                    ("category", ticket.category, clean.category),
                    ("title", ticket.title, clean.title),
                    ("description", ticket.description or "", clean.description),
                    ("customer", ticket.customer_id, clean.customer_id),
                    ("unit", ticket.unit_id, clean.unit_id),
                    ("received_at", ticket.received_at, clean.received_at),
                )
                if old != new
            ]
            old_severity = ticket.severity
            recompute = old_severity != clean.severity or ticket.received_at != clean.received_at
            ticket.kind, ticket.channel, ticket.category = clean.kind, clean.channel, clean.category
            ticket.title, ticket.description = clean.title, clean.description or None
            ticket.customer_id, ticket.unit_id = clean.customer_id, clean.unit_id
            ticket.received_at, ticket.severity = clean.received_at, clean.severity  # type: ignore[assignment]
            at = now_local()
            if recompute:
                sla = load_sla(s, seed_calendar=True)
                self._recompute_due(s, ticket, sla)
            if old_severity != clean.severity:
                self._event(s, ticket, at, ticket.status, ticket.status, "severity", f"{old_severity}→{clean.severity}")
            if changed:
                self._event(s, ticket, at, ticket.status, ticket.status, "edit", ",".join(changed))

    def _check_references(self, s: Session, data: TicketInput) -> None:
        if data.customer_id is not None and s.get(Customer, data.customer_id) is None:
            raise NotFoundError(
                Text(QT_TRANSLATE_NOOP("Services", "Customer #{id} does not exist"), id=data.customer_id)
            )
        if data.unit_id is not None and s.get(Unit, data.unit_id) is None:
            raise NotFoundError(Text(QT_TRANSLATE_NOOP("Services", "Unit #{id} does not exist"), id=data.unit_id))

    def _recompute_due(self, s: Session, ticket: Ticket, sla: SlaTable) -> None:
        paused = paused_time(s, ticket, sla, ticket.severity)
        ticket.response_due_at = sla.response_due(ticket.received_at, ticket.severity)
        ticket.due_at = sla.resolution_due(ticket.received_at, ticket.severity, paused)

    def _event(
        self, s: Session, ticket: Ticket, at: datetime, from_status: str | None, to_status: str, action: str, note: str
    ) -> None:
        s.add(
            TicketEvent(
                ticket_id=ticket.id,
                at=at,
                from_status=from_status,
                to_status=to_status,
                action=action,
                user=self.principal.username[:80],
                note=note or None,
            )
        )

    # --- workflow -----------------------------------------------------------------------------------
    def _begin(
        self, s: Session, ticket_id: int, action: str, at: datetime | None, expected_version: int | None
    ) -> tuple[Ticket, str, datetime]:
        """The ticket, the status the action leads to, and the moment it happens; refuses what is not allowed."""
        ticket = _get_ticket(s, ticket_id)
        check_version(ticket, expected_version, f"Ticket {ticket.number}")
        moment = (at or now_local()).replace(microsecond=0)
        if moment > now_local() + FUTURE_TOLERANCE:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "{at} is in the future"), at=_stamp(moment)), field="at"
            )
        # Times typed by a clerk have whole minutes: within the minute of the previous step means right after it.
        if moment < ticket.received_at and moment >= ticket.received_at.replace(second=0):
            moment = ticket.received_at
        if moment < ticket.received_at:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("Services", "{at} is before the ticket was received ({received})"),
                    at=_stamp(moment),
                    received=_stamp(ticket.received_at),
                ),
                field="at",
            )
        last = s.scalar(
            select(func.max(TicketEvent.at)).where(
                TicketEvent.ticket_id == ticket.id,
                TicketEvent.from_status != TicketEvent.to_status,
                TicketEvent.action != "import",
            )
        )
        if last is not None and last.replace(second=0) <= moment < last:
            moment = last
        if last is not None and moment < last:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("Services", "{at} is before the ticket's last step ({last})"),
                    at=_stamp(moment),
                    last=_stamp(last),
                ),
                field="at",
            )
        moves = TRANSITIONS[action]
        overdue = is_overdue(ticket.status, ticket.due_at, ticket.hold_started_at, moment)
        if ticket.status not in moves:
            raise refuse_transition(ticket.status, action, overdue)
        return ticket, moves[ticket.status], moment

    def assign(
        self,
        ticket_id: int,
        staff_id: int,
        note: str = "",
        at: datetime | None = None,
        expected_version: int | None = None,
    ) -> None:
        """派工: give the ticket to a staff member or a team; the first dispatch is the first response."""
        self.require_edit()
        note = _clean_text(note, NOTE_MAX, "note", QT_TRANSLATE_NOOP("Services", "Note"))
        with self.transaction() as s:
            ticket, target, moment = self._begin(s, ticket_id, "assign", at, expected_version)
            staff = s.get(Staff, staff_id)
            if staff is None:
                raise NotFoundError(
                    Text(QT_TRANSLATE_NOOP("Services", "Staff member #{id} does not exist"), id=staff_id)
                )
            if not staff.active:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "{name} is no longer active"), name=staff.name), field="staff"
                )
            if staff.id == ticket.assigned_staff_id:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "Ticket {number} is already with {name}"),
                        number=ticket.number,
                        name=staff.name,
                    ),
                    field="staff",
                )
            before = ticket.status
            ticket.assigned_staff_id = staff.id
            if ticket.first_response_at is None:
                ticket.first_response_at = moment
            ticket.status = target
            self._event(s, ticket, moment, before, target, "assign", f"{staff.name}: {note}" if note else staff.name)

    def start(self, ticket_id: int, note: str = "", at: datetime | None = None, expected_version: int | None = None):
        self._simple(ticket_id, "start", note, at, expected_version)

    def hold(self, ticket_id: int, reason: str, at: datetime | None = None, expected_version: int | None = None):
        """挂起: waiting for the owner or for parts; the SLA clock stops until the ticket is resumed."""
        self.require_edit()
        reason = _clean_text(reason, NOTE_MAX, "note", QT_TRANSLATE_NOOP("Services", "Reason"), required=True)
        with self.transaction() as s:
            ticket, target, moment = self._begin(s, ticket_id, "hold", at, expected_version)
            before = ticket.status
            ticket.hold_started_at = moment
            ticket.status = target
            self._event(s, ticket, moment, before, target, "hold", reason)

    def resume(self, ticket_id: int, note: str = "", at: datetime | None = None, expected_version: int | None = None):
        """End a hold: the due time moves on by the clock time the ticket spent on hold."""
        self.require_edit()
        note = _clean_text(note, NOTE_MAX, "note", QT_TRANSLATE_NOOP("Services", "Note"))
        with self.transaction() as s:
            ticket, target, moment = self._begin(s, ticket_id, "resume", at, expected_version)
            hold_start = ticket.hold_started_at or moment
            if moment < hold_start:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "{at} is before the hold began ({start})"),
                        at=_stamp(moment),
                        start=_stamp(hold_start),
                    ),
                    field="at",
                )
            if ticket.due_at is not None:
                sla = load_sla(s, seed_calendar=True)
                ticket.due_at = sla.after_hold(ticket.due_at, hold_start, moment, ticket.severity)
            before = ticket.status
            ticket.hold_started_at = None
            ticket.status = target
            self._event(s, ticket, moment, before, target, "resume", note)

    def resolve(
        self, ticket_id: int, resolution: str, at: datetime | None = None, expected_version: int | None = None
    ) -> None:
        """Resolved: a complaint or repair gets its call-back scheduled (default within 2 days)."""
        self.require_edit()
        resolution = _clean_text(
            resolution, DESCRIPTION_MAX, "resolution", QT_TRANSLATE_NOOP("Services", "Resolution"), required=True
        )
        with self.transaction() as s:
            ticket, target, moment = self._begin(s, ticket_id, "resolve", at, expected_version)
            before = ticket.status
            ticket.resolved_at = moment
            ticket.resolution = resolution
            if ticket.kind in CALLBACK_KINDS:
                ticket.callback_due_at = moment + timedelta(days=load_callback_days(s))
            ticket.status = target
            self._event(s, ticket, moment, before, target, "resolve", resolution)

    def record_callback(
        self,
        ticket_id: int,
        score: int,
        note: str = "",
        by: str | None = None,
        at: datetime | None = None,
        expected_version: int | None = None,
    ) -> CallbackOutcome:
        """回访: the owner's satisfaction 1–5 closes the ticket; 1–2 flags it for the manager."""
        self.require_edit()
        if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "The call-back score must be 1 to 5, not {score}"), score=score),
                field="score",
            )
        note = _clean_text(note, NOTE_MAX, "note", QT_TRANSLATE_NOOP("Services", "Note"))
        caller = _clean_text(by or self.principal.username, NAME_MAX, "by", QT_TRANSLATE_NOOP("Services", "Called by"))
        with self.transaction() as s:
            ticket, target, moment = self._begin(s, ticket_id, "callback", at, expected_version)
            if ticket.resolved_at is not None and moment < ticket.resolved_at:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "{at} is before the ticket was resolved ({resolved})"),
                        at=_stamp(moment),
                        resolved=_stamp(ticket.resolved_at),
                    ),
                    field="at",
                )
            before = ticket.status
            ticket.callback_at, ticket.callback_by = moment, caller or self.principal.username
            ticket.callback_score, ticket.callback_note = score, note or None
            ticket.closed_at = moment
            flagged = score <= 2
            if flagged:
                ticket.flagged_for_manager = True
            ticket.status = target
            self._event(s, ticket, moment, before, target, "callback", f"{score}/5" + (f" · {note}" if note else ""))
            return CallbackOutcome(flagged, score)

    def close(self, ticket_id: int, note: str = "", at: datetime | None = None, expected_version: int | None = None):
        """Close without a call-back: for a complaint or repair the note must say why (e.g. owner unreachable)."""
        self.require_edit()
        note = _clean_text(note, NOTE_MAX, "note", QT_TRANSLATE_NOOP("Services", "Note"))
        with self.transaction() as s:
            ticket, target, moment = self._begin(s, ticket_id, "close", at, expected_version)
            if ticket.kind in CALLBACK_KINDS and not note:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Services",
                            "A complaint or repair is closed by its call-back; to close it without one, "
                            "say why in the note",
                        )
                    ),
                    field="note",
                )
            before = ticket.status
            ticket.closed_at = moment
            ticket.status = target
            self._event(s, ticket, moment, before, target, "close", note)

    def reopen(self, ticket_id: int, reason: str, at: datetime | None = None, expected_version: int | None = None):
        """Back to work with the same handler; the resolution and call-back stay in the history only."""
        self.require_edit()
        reason = _clean_text(reason, NOTE_MAX, "note", QT_TRANSLATE_NOOP("Services", "Reason"), required=True)
        with self.transaction() as s:
            ticket, target, moment = self._begin(s, ticket_id, "reopen", at, expected_version)
            before = ticket.status
            ticket.resolved_at = ticket.resolution = ticket.closed_at = None
            ticket.callback_due_at = ticket.callback_at = ticket.callback_by = None
            ticket.callback_score = ticket.callback_note = None
            ticket.status = target
            self._event(s, ticket, moment, before, target, "reopen", reason)

    def escalate(
        self,
        ticket_id: int,
        manager: str,
        note: str = "",
        at: datetime | None = None,
        expected_version: int | None = None,
    ) -> None:
        """An overdue ticket is escalated to a manager (named); the status does not change."""
        self.require_edit()
        manager = _clean_text(manager, NAME_MAX, "manager", QT_TRANSLATE_NOOP("Services", "Manager"), required=True)
        note = _clean_text(note, NOTE_MAX, "note", QT_TRANSLATE_NOOP("Services", "Note"))
        with self.transaction() as s:
            ticket, target, moment = self._begin(s, ticket_id, "escalate", at, expected_version)
            if not is_overdue(ticket.status, ticket.due_at, ticket.hold_started_at, moment):
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Services", "Ticket {number} is not overdue (due {due}); only overdue tickets are escalated"
                        ),
                        number=ticket.number,
                        due=_stamp(ticket.due_at),
                    ),
                    field="status",
                )
            ticket.escalated_at, ticket.escalated_to = moment, manager
            self._event(s, ticket, moment, ticket.status, target, "escalate", f"{manager}: {note}" if note else manager)

    def _simple(self, ticket_id: int, action: str, note: str, at: datetime | None, expected_version: int | None):
        self.require_edit()
        note = _clean_text(note, NOTE_MAX, "note", QT_TRANSLATE_NOOP("Services", "Note"))
        with self.transaction() as s:
            ticket, target, moment = self._begin(s, ticket_id, action, at, expected_version)
            before = ticket.status
            ticket.status = target
            self._event(s, ticket, moment, before, target, action, note)

    def clear_flag(self, ticket_id: int, note: str = "") -> None:
        """The manager has dealt with a low call-back score."""
        self.require_edit()
        if self.principal.role not in ("admin", "manager"):
            raise PermissionDeniedError(
                Text(QT_TRANSLATE_NOOP("Services", "Only a manager may clear the manager's flag"))
            )
        with self.transaction() as s:
            ticket = _get_ticket(s, ticket_id)
            if not ticket.flagged_for_manager:
                return
            ticket.flagged_for_manager = False
            self._event(s, ticket, now_local(), ticket.status, ticket.status, "unflag", note)

    # --- incidents (likely duplicates) --------------------------------------------------------------
    def likely_duplicates(
        self,
        category: str,
        unit_id: int | None,
        received_at: datetime | None = None,
        exclude_id: int | None = None,
        now: datetime | None = None,
    ) -> list[TicketRow]:
        """Tickets of the same category from the same building within 24 hours of `received_at`."""
        if unit_id is None or category not in TICKET_CATEGORIES:
            return []
        moment = received_at or now_local()
        with self.db.session() as s:
            building_id = s.scalar(select(Unit.building_id).where(Unit.id == unit_id))
            if building_id is None:
                return []
            stmt = (
                select(Ticket.id)
                .join(Unit, Unit.id == Ticket.unit_id)
                .where(
                    Unit.building_id == building_id,
                    Ticket.category == category,
                    Ticket.received_at >= moment - DUPLICATE_WINDOW,
                    Ticket.received_at <= moment + DUPLICATE_WINDOW,
                )
                .order_by(Ticket.received_at)
                .limit(50)
            )
            if exclude_id is not None:
                stmt = stmt.where(Ticket.id != exclude_id)
            ids = list(s.scalars(stmt))
        return self.rows(ids, now)

    def link_incident(self, ticket_id: int, incident_id: int | None) -> None:
        """Link a ticket to the incident another ticket reports (one broken lift, many callers); None unlinks."""
        self.require_edit()
        with self.transaction() as s:
            ticket = _get_ticket(s, ticket_id)
            at = now_local()
            if incident_id is None:
                if ticket.incident_id is not None:
                    ticket.incident_id = None
                    self._event(s, ticket, at, ticket.status, ticket.status, "unlink", "")
                return
            _get_ticket(s, incident_id)
            root = incident_root(s, incident_id)
            if root == ticket.id:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "A ticket cannot be linked to itself")), field="incident"
                )
            # Tickets linked to this one follow it, so the incident stays one level deep.
            s.execute(
                update(Ticket)
                .where(Ticket.incident_id == ticket.id)
                .values(incident_id=root, version=Ticket.version + 1)
                .execution_options(synchronize_session=False)
            )
            ticket.incident_id = root
            root_number = s.scalar(select(Ticket.number).where(Ticket.id == root))
            self._event(s, ticket, at, ticket.status, ticket.status, "link", root_number or "")

    # --- deletion -----------------------------------------------------------------------------------
    def delete(self, ticket_id: int, expected_version: int | None = None) -> None:
        """Delete a ticket taken by mistake; clerks may not delete closed tickets (SPEC §3.7)."""
        self.require_edit()
        with self.transaction() as s:
            ticket = _get_ticket(s, ticket_id)
            check_version(ticket, expected_version, f"Ticket {ticket.number}")
            if ticket.status == "closed" and self.principal.role not in ("admin", "manager"):
                raise PermissionDeniedError(
                    Text(QT_TRANSLATE_NOOP("Services", "Only a manager may delete a closed ticket"))
                )
            followers = list(
                s.scalars(select(Ticket).where(Ticket.incident_id == ticket.id).order_by(Ticket.received_at, Ticket.id))
            )
            if followers:  # the next report becomes the incident
                head = followers[0]
                head.incident_id = None
                for other in followers[1:]:
                    other.incident_id = head.id
            s.flush()
            s.execute(delete(TicketEvent).where(TicketEvent.ticket_id == ticket.id))
            s.delete(ticket)

    # --- reading ------------------------------------------------------------------------------------
    def get(self, ticket_id: int, now: datetime | None = None) -> TicketDetail:
        now = now or now_local()
        with self.db.session() as s:
            t = _get_ticket(s, ticket_id)
            customer = s.get(Customer, t.customer_id) if t.customer_id is not None else None
            unit_code = community = ""
            if t.unit_id is not None:
                found = s.execute(
                    select(Unit.code, Community.name)
                    .join(Building, Building.id == Unit.building_id)
                    .join(Community, Community.id == Building.community_id)
                    .where(Unit.id == t.unit_id)
                ).first()
                if found is not None:
                    unit_code, community = found
            staff_name = s.scalar(select(Staff.name).where(Staff.id == t.assigned_staff_id)) or ""
            events = tuple(
                TicketEventRow(e.at, e.action, e.from_status, e.to_status, e.user, e.note or "")
                for e in s.scalars(
                    select(TicketEvent).where(TicketEvent.ticket_id == t.id).order_by(TicketEvent.at, TicketEvent.id)
                )
            )
            root = t.incident_id if t.incident_id is not None else t.id
            linked = tuple(
                LinkedTicket(o.id, o.number, o.title, o.status, o.received_at, o.id == root)
                for o in s.scalars(
                    select(Ticket)
                    .where(or_(Ticket.id == root, Ticket.incident_id == root), Ticket.id != t.id)
                    .order_by(Ticket.received_at, Ticket.id)
                )
            )
            overdue = is_overdue(t.status, t.due_at, t.hold_started_at, now)
            phone = ""
            if customer is not None and customer.mobile:
                phone = customer.mobile if self.principal.may_view_phones else mask_phone(customer.mobile)
            return TicketDetail(
                id=t.id,
                version=t.version,
                number=t.number,
                status=t.status,
                data=TicketInput(
                    kind=t.kind,
                    channel=t.channel,
                    category=t.category,
                    severity=t.severity,
                    title=t.title,
                    description=t.description or "",
                    customer_id=t.customer_id,
                    unit_id=t.unit_id,
                    received_at=t.received_at,
                ),
                customer_name=customer.name if customer is not None else "",
                customer_phone=phone,
                unit_code=unit_code,
                community_name=community,
                response_due_at=t.response_due_at,
                first_response_at=t.first_response_at,
                due_at=t.due_at,
                staff_id=t.assigned_staff_id,
                staff_name=staff_name,
                resolved_at=t.resolved_at,
                resolution=t.resolution or "",
                closed_at=t.closed_at,
                hold_started_at=t.hold_started_at,
                escalated_at=t.escalated_at,
                escalated_to=t.escalated_to or "",
                incident_id=t.incident_id,
                callback_due_at=t.callback_due_at,
                callback_at=t.callback_at,
                callback_by=t.callback_by or "",
                callback_score=t.callback_score,
                callback_note=t.callback_note or "",
                flagged_for_manager=bool(t.flagged_for_manager),
                overdue=overdue,
                allowed_actions=allowed_actions(t.status, overdue),
                events=events,
                linked=linked,
            )

    def search_ids(
        self,
        filters: TicketFilter | None = None,
        sort: str = "received",
        descending: bool = True,
        now: datetime | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[int]:
        """Ids of the matching tickets in display order, all or the `limit` from `offset` on.

        The list model asks for a slice at a time: with over a million tickets, all the ids take seconds.
        """
        stmt, order = self._ordered(filters, sort, descending, now)
        stmt = stmt.order_by(*order)
        if offset:
            stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.session() as s:
            return [row[0] for row in s.connection().execute(stmt)]

    def position(
        self,
        ticket_id: int,
        filters: TicketFilter | None = None,
        sort: str = "received",
        descending: bool = True,
        now: datetime | None = None,
    ) -> int | None:
        """Where `ticket_id` stands (from 0) in `search_ids` with the same arguments; None when not listed."""
        stmt, order = self._ordered(filters, sort, descending, now)
        with self.db.session() as s:
            if s.scalar(stmt.where(Ticket.id == ticket_id).limit(1)) is None:
                return None
            numbered = stmt.add_columns(func.row_number().over(order_by=order).label("position")).subquery()
            found = s.scalar(select(numbered.c.position).where(numbered.c.id == ticket_id))
        return None if found is None else int(found) - 1

    def _ordered(
        self, filters: TicketFilter | None, sort: str, descending: bool, now: datetime | None
    ) -> tuple[Select, tuple]:
        stmt = self.filter_statement(filters or TicketFilter(), now or now_local())
        stmt, column = self._order(stmt, sort)
        tie = Ticket.id.desc() if descending else Ticket.id.asc()
        return stmt, (column.desc() if descending else column.asc(), tie)

    def count(self, filters: TicketFilter | None = None, now: datetime | None = None) -> int:
        stmt = self.filter_statement(filters or TicketFilter(), now or now_local())
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(stmt.subquery())) or 0

    @staticmethod
    def _order(stmt: Select, sort: str):
        if sort == "severity":
            return stmt, case(_SEVERITY_ORDER, value=Ticket.severity, else_=len(_SEVERITY_ORDER))
        if sort == "status":
            return stmt, case(_STATUS_ORDER, value=Ticket.status, else_=len(_STATUS_ORDER))
        if sort == "customer":
            return stmt.outerjoin(Customer, Customer.id == Ticket.customer_id), Customer.name
        if sort == "unit":
            return stmt.outerjoin(Unit, Unit.id == Ticket.unit_id), Unit.code
        if sort == "staff":
            return stmt.outerjoin(Staff, Staff.id == Ticket.assigned_staff_id), Staff.name
        return stmt, _SORT_COLUMNS.get(sort, Ticket.received_at)

    def filter_statement(self, filters: TicketFilter, now: datetime) -> Select:
        """SELECT of the ids of the tickets matching `filters` (lists, counts, exports)."""
        stmt = select(Ticket.id)
        if filters.status == "open":
            stmt = stmt.where(Ticket.status.in_(OPEN_STATUSES))
        elif filters.status:
            stmt = stmt.where(Ticket.status == filters.status)
        for column, value in (
            (Ticket.kind, filters.kind),
            (Ticket.category, filters.category),
            (Ticket.severity, filters.severity),
            (Ticket.assigned_staff_id, filters.staff_id),
        ):
            if value is not None:
                stmt = stmt.where(column == value)
        if filters.overdue:
            stmt = stmt.where(overdue_clause(now))
        if filters.flagged:
            stmt = stmt.where(Ticket.flagged_for_manager.is_(True))
        if filters.received_from is not None:
            stmt = stmt.where(Ticket.received_at >= datetime.combine(filters.received_from, time.min))
        if filters.received_to is not None:
            stmt = stmt.where(Ticket.received_at < datetime.combine(filters.received_to + timedelta(days=1), time.min))
        if filters.community_id is not None:
            in_community = (
                select(Unit.id)
                .join(Building, Building.id == Unit.building_id)
                .where(Building.community_id == filters.community_id)
            )
            stmt = stmt.where(Ticket.unit_id.in_(in_community))
        query = filters.query.strip()
        if query:
            like = f"%{escape_like(query)}%"
            conditions = [
                Ticket.number.like(f"%{escape_like(query.upper())}%", escape="\\"),
                Ticket.title.like(like, escape="\\"),
                Ticket.unit_id.in_(select(Unit.id).where(Unit.code.like(like, escape="\\"))),
            ]
            needle = normalize_query(query)
            if needle:
                conditions.append(
                    Ticket.customer_id.in_(
                        select(Customer.id).where(Customer.search_text.like(f"%{escape_like(needle)}%", escape="\\"))
                    )
                )
            stmt = stmt.where(or_(*conditions))
        return stmt

    def rows(self, ids: list[int], now: datetime | None = None) -> list[TicketRow]:
        """Rows for these ids, in the same order (deleted ones left out), phones masked for the role."""
        if not ids:
            return []
        now = now or now_local()
        with self.db.session() as s:
            found = {r.id: r for r in s.execute(_row_statement().where(Ticket.id.in_(ids)))}
        return [self._row(found[i], now) for i in ids if i in found]

    def _row(self, r, now: datetime) -> TicketRow:
        phone = (r.mobile or "") if self.principal.may_view_phones else mask_phone(r.mobile)
        return TicketRow(
            id=r.id,
            number=r.number,
            kind=r.kind,
            status=r.status,
            category=r.category,
            severity=r.severity,
            channel=r.channel,
            title=r.title,
            customer_id=r.customer_id,
            customer_name=r.customer_name or "",
            customer_phone=phone,
            unit_code=r.unit_code or "",
            community_name=r.community_name or "",
            staff_name=r.staff_name or "",
            received_at=r.received_at,
            due_at=r.due_at,
            resolved_at=r.resolved_at,
            callback_due_at=r.callback_due_at,
            callback_at=r.callback_at,
            callback_score=r.callback_score,
            escalated_to=r.escalated_to,
            flagged_for_manager=bool(r.flagged_for_manager),
            incident_id=r.incident_id,
            overdue=is_overdue(r.status, r.due_at, r.hold_started_at, now),
            callback_overdue=r.status == "resolved"
            and r.callback_at is None
            and r.callback_due_at is not None
            and r.callback_due_at < now,
        )

    # --- call-back queue ----------------------------------------------------------------------------
    def callback_queue(self, now: datetime | None = None, due_only: bool = False) -> list[TicketRow]:
        """Resolved complaints and repairs waiting for their call-back, the most urgent first.

        `due_only` keeps those due by the end of today (and the overdue ones).
        """
        now = now or now_local()
        stmt = (
            _row_statement()
            .where(Ticket.status == "resolved", Ticket.callback_at.is_(None), Ticket.callback_due_at.is_not(None))
            .order_by(Ticket.callback_due_at, Ticket.id)
        )
        if due_only:
            stmt = stmt.where(Ticket.callback_due_at < datetime.combine(now.date() + timedelta(days=1), time.min))
        with self.db.session() as s:
            return [self._row(r, now) for r in s.execute(stmt)]

    def callback_counts(self, now: datetime | None = None) -> tuple[int, int]:
        """(waiting, overdue) call-backs."""
        now = now or now_local()
        waiting = and_(Ticket.status == "resolved", Ticket.callback_at.is_(None), Ticket.callback_due_at.is_not(None))
        with self.db.session() as s:
            total = s.scalar(select(func.count()).select_from(Ticket).where(waiting)) or 0
            late = s.scalar(select(func.count()).select_from(Ticket).where(waiting, Ticket.callback_due_at < now)) or 0
        return total, late

    def overdue_count(self, now: datetime | None = None) -> int:
        now = now or now_local()
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(Ticket).where(overdue_clause(now))) or 0

    # --- choices for forms --------------------------------------------------------------------------
    def staff_choices(self, include_inactive: bool = False) -> list[StaffChoice]:
        stmt = select(Staff).order_by(Staff.is_team.desc(), Staff.department, Staff.name)
        if not include_inactive:
            stmt = stmt.where(Staff.active.is_(True))
        with self.db.session() as s:
            return [StaffChoice(x.id, x.name, x.department or "", bool(x.is_team)) for x in s.scalars(stmt)]

    def suggested_manager(self) -> str:
        """Whom overdue tickets are escalated to: the SLA settings' manager, else the customer-service head."""
        with self.db.session() as s:
            named = read_setting(s, SETTING_SERVICE_MANAGER).strip()
            if named:
                return named
            head = s.scalar(
                select(Staff.name)
                .where(Staff.active.is_(True), Staff.is_team.is_(False), Staff.position.like("%主管%"))
                .order_by(case((Staff.department == "客服", 0), else_=1), Staff.id)
                .limit(1)
            )
            return head or ""

    def customer_units(self, customer_id: int) -> list[tuple[int, str]]:
        """(unit id, 'community code') of the units the customer lives in now, then those they lived in."""
        today = date.today()
        with self.db.session() as s:
            rows = s.execute(
                select(Unit.id, Unit.code, Community.name, Occupancy.start_date, Occupancy.end_date)
                .join(Occupancy, Occupancy.unit_id == Unit.id)
                .join(Building, Building.id == Unit.building_id)
                .join(Community, Community.id == Building.community_id)
                .where(Occupancy.customer_id == customer_id)
                .order_by(Occupancy.start_date.desc(), Occupancy.id.desc())
            ).all()
        current = [r for r in rows if r.start_date <= today and (r.end_date is None or r.end_date > today)]
        past = [r for r in rows if r not in current]
        seen: dict[int, str] = {}
        for r in current + past:
            seen.setdefault(r.id, f"{r.name} {r.code}")
        return list(seen.items())


def _row_statement() -> Select:
    return (
        select(
            Ticket.id,
            Ticket.number,
            Ticket.kind,
            Ticket.status,
            Ticket.category,
            Ticket.severity,
            Ticket.channel,
            Ticket.title,
            Ticket.customer_id,
            Customer.name.label("customer_name"),
            Customer.mobile,
            Unit.code.label("unit_code"),
            Community.name.label("community_name"),
            Staff.name.label("staff_name"),
            Ticket.received_at,
            Ticket.due_at,
            Ticket.hold_started_at,
            Ticket.resolved_at,
            Ticket.callback_due_at,
            Ticket.callback_at,
            Ticket.callback_score,
            Ticket.escalated_to,
            Ticket.flagged_for_manager,
            Ticket.incident_id,
        )
        .select_from(Ticket)
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Unit, Unit.id == Ticket.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .outerjoin(Community, Community.id == Building.community_id)
        .outerjoin(Staff, Staff.id == Ticket.assigned_staff_id)
    )


def statuses_reached(events: Iterable[TicketEventRow]) -> list[str]:
    """The statuses a ticket went through, in order (for tests and the history view)."""
    seen: list[str] = []
    for event in events:
        if not seen or seen[-1] != event.to_status:
            seen.append(event.to_status)
    return seen


__all__ = [
    "ACTIONS",
    "CALLBACK_KINDS",
    "OPEN_STATUSES",
    "TRANSITIONS",
    "CallbackOutcome",
    "CreatedTicket",
    "LinkedTicket",
    "StaffChoice",
    "TicketDetail",
    "TicketEventRow",
    "TicketFilter",
    "TicketInput",
    "TicketRow",
    "TicketService",
    "allocate_number",
    "allowed_actions",
    "is_overdue",
    "overdue_clause",
    "validate_ticket",
]
