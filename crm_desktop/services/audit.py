"""Hash-chained, append-only audit log (SPEC §3.7, §8).

Every entry's `hash` is SHA-256 over a canonical JSON of its content plus the previous entry's hash, so
editing an entry breaks its own hash and deleting one breaks the link of the entry after it;
`verify_audit_chain` (run by `crm-desktop check`) finds both. Anyone who can write the database can
still rebuild the whole chain: the chain makes tampering evident, it does not prevent it.

Entries come from two places:
- every ORM insert/update/delete in a session that names its actor (`session.info["actor"]`, set by
  `unit_of_work`) is logged automatically by the `after_flush` hook below, with the changed columns;
- `record_event` / `AuditService.record` for what is not a row change: login, logout, reveal, export,
  print, and one summary entry per bulk import (Core inserts bypass the ORM).

Personal data never reaches the log in clear: ID numbers and phones are masked by column, and any
mainland ID number or mobile number typed into free text is masked as well. Core statements (bulk
inserts, `update()`/`delete()`) bypass the hook: their callers record a summary event instead.

Appends are serialized across desks. On PostgreSQL a transaction holds an advisory lock from its first
audited flush until it commits; code that locks rows explicitly (SELECT … FOR UPDATE) should do so before
its first flush, or two desks could deadlock (PostgreSQL would then abort one of them). On SQLite the
append takes the database's write lock before reading the previous hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, event, func, insert, inspect, select, text
from sqlalchemy.orm import Session

from crm_desktop.models.database import Database
from crm_desktop.models.system import AuditEntry
from crm_desktop.services.errors import PermissionDeniedError
from crm_desktop.services.masking import mask_id_number, mask_phone, scrub_text
from crm_desktop.services.principal import Principal
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text

GENESIS_HASH = "0" * 64
# Any constant works; all desks must use the same one so that their appends queue behind each other.
_ADVISORY_LOCK_KEY = 0x43524D_4155  # "CRM" "AU"

ACTIONS = (
    "create",
    "update",
    "delete",
    "login",
    "login_failed",
    "logout",
    "reveal",
    "export",
    "print",
    "import",
)

# Columns that are bookkeeping, derived, or secret: never written to the log.
_SKIPPED_COLUMNS = frozenset({"version", "updated_at", "updated_by", "created_at", "search_text", "password_hash"})


# --- masking --------------------------------------------------------------------------------------------------


def is_id_number_column(name: str) -> bool:
    return name == "id_number" or name.endswith("_id_number")


def is_phone_column(name: str) -> bool:
    return "phone" in name or "mobile" in name


def masked_value(column: str, value: Any) -> Any:
    """The value of `column` as the audit log may hold it: JSON-friendly, personal data masked."""
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    text_value = value if isinstance(value, str) else str(value)
    if is_id_number_column(column):
        return mask_id_number(text_value)
    if is_phone_column(column):
        return mask_phone(text_value)
    return scrub_text(text_value)


# --- hashing --------------------------------------------------------------------------------------------------


def _canonical_at(at: datetime) -> str:
    return at.isoformat(sep=" ", timespec="microseconds")


def entry_hash(
    *,
    at: datetime,
    actor: str,
    action: str,
    entity: str | None,
    entity_id: str | None,
    before: str | None,
    after: str | None,
    detail: str | None,
    prev_hash: str,
) -> str:
    """SHA-256 over a canonical JSON of the entry's content and the previous hash."""
    content = {
        "at": _canonical_at(at),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "before": before,
        "after": after,
        "detail": detail,
        "prev_hash": prev_hash,
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- appending ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PendingEntry:
    actor: str
    action: str
    entity: str | None = None
    entity_id: str | None = None
    before: str | None = None
    after: str | None = None
    detail: str | None = None


def _dump(values: dict[str, Any] | None) -> str | None:
    if not values:
        return None
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _clean_text(value: str | None, limit: int | None = None) -> str | None:
    if value is None:
        return None
    # PostgreSQL text cannot hold NUL; hostile input must not make the audit append (and the action) fail.
    cleaned = scrub_text(str(value).replace("\x00", "\ufffd"))
    return cleaned[:limit] if limit else cleaned


def _lock_chain(connection: Connection) -> None:
    """Make appends from several desks queue up, so two never chain onto the same previous hash."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_LOCK_KEY})
    else:
        # SQLite has one writer at a time; a write that matches nothing takes the write lock now (waiting
        # out the busy timeout), before the previous hash is read, so no other desk can append in between.
        connection.execute(text("UPDATE audit_log SET id = id WHERE id < 0"))


def append_entries(connection: Connection, entries: Iterable[PendingEntry], at: datetime | None = None) -> None:
    """Append entries to the chain inside the caller's transaction."""
    entries = list(entries)
    if not entries:
        return
    _lock_chain(connection)
    prev_hash = connection.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS_HASH
    stamp = at or datetime.now()
    rows = []
    for entry in entries:
        row = {
            "at": stamp,
            "actor": (_clean_text(entry.actor, 80) or "")[:80],
            "action": entry.action[:30],
            "entity": _clean_text(entry.entity, 50),
            "entity_id": _clean_text(entry.entity_id, 50),
            "before": entry.before,
            "after": entry.after,
            "detail": _clean_text(entry.detail),
            "prev_hash": prev_hash,
        }
        row["hash"] = entry_hash(**row)
        prev_hash = row["hash"]
        rows.append(row)
    # One row at a time keeps ids in chain order on every backend.
    for row in rows:
        connection.execute(insert(AuditEntry.__table__), [row])


def record_event(
    session: Session,
    actor: str,
    action: str,
    entity: str | None = None,
    entity_id: object | None = None,
    detail: str | None = None,
) -> None:
    """Append one event (login, reveal, export, print, import…) inside the session's transaction."""
    append_entries(
        session.connection(),
        [
            PendingEntry(
                actor=actor,
                action=action,
                entity=entity,
                entity_id=None if entity_id is None else str(entity_id),
                detail=detail,
            )
        ],
    )


def record_event_now(
    db: Database,
    actor: str,
    action: str,
    entity: str | None = None,
    entity_id: object | None = None,
    detail: str | None = None,
) -> None:
    """`record_event` in a transaction of its own (for callers without a session)."""
    with db.session_factory() as session, session.begin():
        record_event(session, actor, action, entity, entity_id, detail)


def record_export(db: Database, actor: str, entity: str, path: Path | str, rows: int, unmasked: bool) -> None:
    """One entry per spreadsheet export: which file, how many rows, whether personal data left in clear."""
    detail = f"{Path(path).name}: {rows} rows, {'unmasked' if unmasked else 'masked'}"
    record_event_now(db, actor, "export", entity, detail=detail)


# --- automatic entries for ORM writes -------------------------------------------------------------------------


def _identity(obj: object) -> str | None:
    # In after_flush new objects have their primary key but not yet an identity key.
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    if not key or all(part is None for part in key):
        return None
    return "/".join(str(part) for part in key)


def _column_values(obj: object) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    values: dict[str, Any] = {}
    for attr in mapper.column_attrs:
        if attr.key in _SKIPPED_COLUMNS:
            continue
        value = getattr(obj, attr.key, None)
        if value is not None:
            values[attr.key] = masked_value(attr.key, value)
    return values


def _changes(obj: object) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        before[attr.key] = masked_value(attr.key, old)
        after[attr.key] = masked_value(attr.key, new)
    return before, after


def _entity_name(obj: object) -> str:
    return type(obj).__tablename__  # type: ignore[attr-defined]


@event.listens_for(Session, "after_flush")
def _audit_flush(session: Session, _context: object) -> None:
    """Log every ORM create/update/delete of a session that names its actor (every unit of work does)."""
    actor = session.info.get("actor")
    if actor is None or session.info.get("audit_disabled"):
        return
    pending: list[PendingEntry] = []
    for obj in session.new:
        if isinstance(obj, AuditEntry):
            continue
        pending.append(
            PendingEntry(
                actor=actor,
                action="create",
                entity=_entity_name(obj),
                entity_id=_identity(obj),
                after=_dump(_column_values(obj)),
            )
        )
    for obj in session.dirty:
        if isinstance(obj, AuditEntry) or not session.is_modified(obj, include_collections=False):
            continue
        before, after = _changes(obj)
        if not before and not after:
            continue  # only bookkeeping columns changed
        pending.append(
            PendingEntry(
                actor=actor,
                action="update",
                entity=_entity_name(obj),
                entity_id=_identity(obj),
                before=_dump(before),
                after=_dump(after),
            )
        )
    for obj in session.deleted:
        if isinstance(obj, AuditEntry):
            continue
        pending.append(
            PendingEntry(
                actor=actor,
                action="delete",
                entity=_entity_name(obj),
                entity_id=_identity(obj),
                before=_dump(_column_values(obj)),
            )
        )
    append_entries(session.connection(), pending)


# --- verification ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditChainResult:
    """Outcome of `verify_audit_chain`; `problem` is None when the chain is intact."""

    entries_checked: int
    first_broken_id: int | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify_audit_chain(db: Database) -> AuditChainResult:
    """Walk the whole log in id order and report the first entry that was edited or follows a deleted one."""
    columns = AuditEntry.__table__.c
    checked = 0
    prev_hash = GENESIS_HASH
    prev_id: int | None = None
    with db.engine.connect() as connection:
        rows = connection.execution_options(yield_per=2000).execute(select(*columns).order_by(columns.id))
        for row in rows:
            checked += 1
            if row.prev_hash != prev_hash:
                if prev_id is None:
                    problem = (
                        f"Audit entry {row.id} is the first in the log but does not start the chain: "
                        "the entries before it were deleted"
                    )
                else:
                    problem = (
                        f"Audit entry {row.id} does not follow entry {prev_id} (its prev_hash does not match "
                        f"the hash of entry {prev_id}): an entry between them was deleted, or one was inserted"
                    )
                return AuditChainResult(checked, row.id, problem)
            expected = entry_hash(
                at=row.at,
                actor=row.actor,
                action=row.action,
                entity=row.entity,
                entity_id=row.entity_id,
                before=row.before,
                after=row.after,
                detail=row.detail,
                prev_hash=row.prev_hash,
            )
            if row.hash != expected:
                return AuditChainResult(
                    checked,
                    row.id,
                    f"Audit entry {row.id} was edited after it was written (its hash does not match its content)",
                )
            prev_hash = row.hash
            prev_id = row.id
    return AuditChainResult(checked, None, None)


# --- reading and recording for the UI -------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    """What the audit viewer shows; None means no restriction. `until` is exclusive."""

    since: datetime | None = None
    until: datetime | None = None
    actor: str | None = None
    action: str | None = None
    entity: str | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str | None
    entity_id: str | None
    before: str | None
    after: str | None
    detail: str | None


class AuditService:
    """Recording events in their own transaction, and reading the log (admins and managers)."""

    def __init__(self, db: Database, principal: Principal) -> None:
        self.db = db
        self.principal = principal

    def record(
        self, action: str, entity: str | None = None, entity_id: object | None = None, detail: str | None = None
    ) -> None:
        record_event_now(self.db, self.principal.username, action, entity, entity_id, detail)

    def _require_reader(self) -> None:
        if self.principal.role not in ("admin", "manager"):
            raise PermissionDeniedError(
                Text(QT_TRANSLATE_NOOP("Services", "Only administrators and managers may read the audit log"))
            )

    def _where(self, filters: AuditFilter) -> list:
        c = AuditEntry.__table__.c
        clauses = []
        if filters.since is not None:
            clauses.append(c.at >= filters.since)
        if filters.until is not None:
            clauses.append(c.at < filters.until)
        if filters.actor:
            clauses.append(c.actor == filters.actor)
        if filters.action:
            clauses.append(c.action == filters.action)
        if filters.entity:
            clauses.append(c.entity == filters.entity)
        return clauses

    def entry_ids(self, filters: AuditFilter, newest_first: bool = True) -> list[int]:
        """Ids of the matching entries; the viewer fetches rows for the visible ones only."""
        self._require_reader()
        c = AuditEntry.__table__.c
        order = c.id.desc() if newest_first else c.id.asc()
        with self.db.engine.connect() as connection:
            return list(connection.scalars(select(c.id).where(and_(True, *self._where(filters))).order_by(order)))

    def rows(self, ids: list[int]) -> list[AuditRow]:
        self._require_reader()
        if not ids:
            return []
        c = AuditEntry.__table__.c
        with self.db.engine.connect() as connection:
            found = {
                row.id: AuditRow(
                    id=row.id,
                    at=row.at,
                    actor=row.actor,
                    action=row.action,
                    entity=row.entity,
                    entity_id=row.entity_id,
                    before=row.before,
                    after=row.after,
                    detail=row.detail,
                )
                for row in connection.execute(select(*c).where(c.id.in_(ids)))
            }
        return [found[i] for i in ids if i in found]

    def actors(self) -> list[str]:
        self._require_reader()
        c = AuditEntry.__table__.c
        with self.db.engine.connect() as connection:
            return list(connection.scalars(select(c.actor).distinct().order_by(c.actor)))

    def entities(self) -> list[str]:
        self._require_reader()
        c = AuditEntry.__table__.c
        with self.db.engine.connect() as connection:
            return list(connection.scalars(select(c.entity).where(c.entity.is_not(None)).distinct().order_by(c.entity)))

    def count(self) -> int:
        self._require_reader()
        with self.db.engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(AuditEntry.__table__)) or 0


def iter_entries(db: Database) -> Iterator[AuditRow]:
    """Every entry in chain order (tests, `check`)."""
    c = AuditEntry.__table__.c
    with db.engine.connect() as connection:
        for row in connection.execute(select(*c).order_by(c.id)):
            yield AuditRow(
                row.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.before, row.after, row.detail
            )
