"""Move-in (入伙) and renovation (装修) records with inspections (巡查) and deductions."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.models.base import Base, TimestampMixin, VersionedMixin


class MoveIn(VersionedMixin, Base):
    __tablename__ = "move_ins"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="owner")
    scheduled_date: Mapped[date] = mapped_column(Date, index=True)
    handover_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="scheduled")  # scheduled|completed|cancelled
    documents_checked: Mapped[bool] = mapped_column(default=False)
    keys_handed: Mapped[int] = mapped_column(Integer, default=0)
    water_reading: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    electricity_reading: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    gas_reading: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    occupancy_id: Mapped[int | None] = mapped_column(ForeignKey("occupancies.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    defects: Mapped[list[HandoverDefect]] = relationship(back_populates="move_in")


class HandoverDefect(TimestampMixin, Base):
    __tablename__ = "handover_defects"
    id: Mapped[int] = mapped_column(primary_key=True)
    move_in_id: Mapped[int] = mapped_column(ForeignKey("move_ins.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open|rectified
    rectified_date: Mapped[date | None] = mapped_column(Date)
    move_in: Mapped[MoveIn] = relationship(back_populates="defects")


class Renovation(VersionedMixin, Base):
    __tablename__ = "renovations"
    id: Mapped[int] = mapped_column(primary_key=True)
    permit_number: Mapped[str] = mapped_column(String(40), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    applicant: Mapped[str] = mapped_column(String(100))
    contractor: Mapped[str | None] = mapped_column(String(200))
    contractor_phone: Mapped[str | None] = mapped_column(String(30))
    scope: Mapped[str | None] = mapped_column(Text)
    applied_date: Mapped[date] = mapped_column(Date)
    planned_start: Mapped[date | None] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date, index=True)
    actual_end: Mapped[date | None] = mapped_column(Date)
    # applied|approved|in_progress|awaiting_acceptance|accepted|rejected|cancelled
    status: Mapped[str] = mapped_column(String(30), default="applied", index=True)
    deposit_received: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    deposit_refunded: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    refund_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    inspections: Mapped[list[Inspection]] = relationship(back_populates="renovation")
    deductions: Mapped[list[Deduction]] = relationship(back_populates="renovation")


class Inspection(TimestampMixin, Base):
    __tablename__ = "inspections"
    id: Mapped[int] = mapped_column(primary_key=True)
    renovation_id: Mapped[int] = mapped_column(ForeignKey("renovations.id"), index=True)
    inspected_at: Mapped[datetime] = mapped_column(DateTime)
    inspector: Mapped[str] = mapped_column(String(100))
    result: Mapped[str] = mapped_column(String(20))  # ok|violation
    # load_bearing|facade|waterproofing|hours_noise|debris|other
    violation_type: Mapped[str | None] = mapped_column(String(30))
    description: Mapped[str | None] = mapped_column(Text)
    rectification_due: Mapped[date | None] = mapped_column(Date)
    rectified_date: Mapped[date | None] = mapped_column(Date)
    renovation: Mapped[Renovation] = relationship(back_populates="inspections")


class Deduction(TimestampMixin, Base):
    __tablename__ = "deductions"
    id: Mapped[int] = mapped_column(primary_key=True)
    renovation_id: Mapped[int] = mapped_column(ForeignKey("renovations.id"), index=True)
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspections.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    reason: Mapped[str] = mapped_column(Text)
    renovation: Mapped[Renovation] = relationship(back_populates="deductions")
