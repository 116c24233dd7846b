"""Unit of work: every user action is one transaction that commits whole or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.models.base import TimestampMixin, VersionedMixin
from crm_desktop.models.database import Database
from crm_desktop.services.errors import ConflictError, PermissionDeniedError, ValidationError
from crm_desktop.services.principal import Principal
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text


@event.listens_for(Session, "before_flush")
def _stamp_writer(session: Session, _context: object, _instances: object) -> None:
    """Record who last wrote each versioned record and when, so a conflict can name them.

    Times are the desk's local time: the server default (CURRENT_TIMESTAMP) is UTC on SQLite and the
    server's zone on PostgreSQL, which would tell a clerk in Beijing a change happened 8 hours earlier.
    """
    actor = session.info.get("actor")
    now = datetime.now().replace(microsecond=0)
    for obj in session.new:
        if isinstance(obj, TimestampMixin):
            obj.created_at = obj.created_at or now
            obj.updated_at = obj.updated_at or now
        if actor is not None and isinstance(obj, VersionedMixin):
            obj.updated_by = actor
    for obj in session.dirty:
        if isinstance(obj, TimestampMixin) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            flag_modified(obj, "updated_at")  # even when equal to the stored value: else onupdate (UTC) wins
            if actor is not None and isinstance(obj, VersionedMixin):
                obj.updated_by = actor


@event.listens_for(Session, "before_flush")
def _refuse_nul_characters(session: Session, _context: object, _instances: object) -> None:
    """PostgreSQL text cannot hold U+0000 (the driver fails) while SQLite keeps it: refuse it the same way on
    both, naming the field, instead of an unexpected error on one of them (hostile pasted text, SPEC §8)."""
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.dict.get(attr.key)
            if isinstance(value, str) and "\x00" in value:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Services", "{field} contains a NUL character (U+0000); remove it and save again"
                        ),
                        field=attr.key,
                    ),
                    field=attr.key,
                )


@contextmanager
def unit_of_work(db: Database, principal: Principal) -> Iterator[Session]:
    session = db.session_factory()
    session.info["actor"] = principal.username
    try:
        yield session
        session.commit()
    except StaleDataError as exc:
        session.rollback()
        raise ConflictError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Someone else saved this record at the same moment; your changes were not saved. "
                    "Reload it and apply them again.",
                )
            )
        ) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


class Service:
    """Base for use-case services: a database and the principal acting on it."""

    def __init__(self, db: Database, principal: Principal) -> None:
        self.db = db
        self.principal = principal

    def transaction(self):
        return unit_of_work(self.db, self.principal)

    def require_edit(self) -> None:
        """Viewers read only (SPEC §3.7); every write method calls this first."""
        if not self.principal.may_edit:
            raise PermissionDeniedError(Text(QT_TRANSLATE_NOOP("Services", "Your role may only read records")))


def check_version(record: VersionedMixin, expected_version: int | None, what: str) -> None:
    """Refuse a save based on a stale read, naming who changed the record meanwhile."""
    if expected_version is not None and record.version != expected_version:
        who = record.updated_by or "another user"
        when = record.updated_at.strftime("%Y-%m-%d %H:%M") if record.updated_at else "just now"
        raise ConflictError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{what} was changed by {who} at {when} after you opened it. Your edits are kept in the form; "
                    "reload to see their changes, then save again.",
                ),
                what=what,
                who=who,
                when=when,
            ),
            changed_by=who,
        )
