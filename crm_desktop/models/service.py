"""Complaints and service requests (工单), SLA policy, holiday calendar, staff and assessments."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.models.base import Base, TimestampMixin, VersionedMixin


class Staff(VersionedMixin, Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    department: Mapped[str | None] = mapped_column(String(100))
    position: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(30))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_team: Mapped[bool] = mapped_column(Boolean, default=False)  # a department/team rather than a person
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class StaffAssessment(TimestampMixin, Base):
    """客户人员素质测评."""

    __tablename__ = "staff_assessments"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    period: Mapped[str] = mapped_column(String(20))  # e.g. 2026-Q3 or 2026-09
    assessed_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(30))  # observation|interview|skill_test|combined
    assessor: Mapped[str] = mapped_column(String(100))
    business_skill: Mapped[int] = mapped_column(Integer)
    communication: Mapped[int] = mapped_column(Integer)
    service_attitude: Mapped[int] = mapped_column(Integer)
    work_enthusiasm: Mapped[int] = mapped_column(Integer)
    team_spirit: Mapped[int] = mapped_column(Integer)
    weighted_total: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    comment: Mapped[str | None] = mapped_column(Text)


class SlaPolicy(TimestampMixin, Base):
    __tablename__ = "sla_policies"
    id: Mapped[int] = mapped_column(primary_key=True)
    severity: Mapped[str] = mapped_column(String(20), unique=True)  # urgent|high|normal|low
    response_hours: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    resolution_hours: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    clock: Mapped[str] = mapped_column(String(20), default="24x7")  # 24x7|office_hours


class Holiday(TimestampMixin, Base):
    """One calendar day that differs from the normal week: a public holiday or a make-up workday (调休)."""

    __tablename__ = "holidays"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    is_workday: Mapped[bool] = mapped_column(Boolean, default=False)
    name: Mapped[str] = mapped_column(String(50))


class Ticket(VersionedMixin, Base):
    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_received_kind", "received_at", "kind"),
        Index("ix_tickets_resolved_at", "resolved_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # TS-YYYYMM-NNNN
    kind: Mapped[str] = mapped_column(String(20))  # complaint|repair|inquiry|suggestion|praise
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(30), index=True)
    severity: Mapped[str] = mapped_column(String(20), default="normal")
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="new", index=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    first_response_at: Mapped[datetime | None] = mapped_column(DateTime)
    response_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    due_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    assigned_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    hold_started_at: Mapped[datetime | None] = mapped_column(DateTime)
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime)
    escalated_to: Mapped[str | None] = mapped_column(String(100))
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)  # linked duplicates
    callback_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    callback_at: Mapped[datetime | None] = mapped_column(DateTime)
    callback_by: Mapped[str | None] = mapped_column(String(100))
    callback_score: Mapped[int | None] = mapped_column(Integer)
    callback_note: Mapped[str | None] = mapped_column(Text)
    flagged_for_manager: Mapped[bool] = mapped_column(Boolean, default=False)
    events: Mapped[list[TicketEvent]] = relationship(back_populates="ticket", order_by="TicketEvent.at")


class TicketEvent(Base):
    """One workflow transition, stored with time, user and note."""

    __tablename__ = "ticket_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(30))
    user: Mapped[str] = mapped_column(String(80))
    note: Mapped[str | None] = mapped_column(Text)
    ticket: Mapped[Ticket] = relationship(back_populates="events")


class TicketCounter(Base):
    """Next ticket sequence per month; a row lock makes numbers gap- and clash-free across desks."""

    __tablename__ = "ticket_counters"
    month: Mapped[str] = mapped_column(String(6), primary_key=True)  # YYYYMM
    last_value: Mapped[int] = mapped_column(Integer, default=0)
