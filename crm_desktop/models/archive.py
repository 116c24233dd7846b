"""Customer archives (客户档案): communities, buildings, units, customers, occupancies, interactions."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.models.base import Base, TimestampMixin, VersionedMixin


class Community(VersionedMixin, Base):
    """小区."""

    __tablename__ = "communities"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    address: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    buildings: Mapped[list[Building]] = relationship(back_populates="community", order_by="Building.name")


class Building(VersionedMixin, Base):
    """楼栋."""

    __tablename__ = "buildings"
    __table_args__ = (UniqueConstraint("community_id", "name", name="uq_buildings_community_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    floors: Mapped[int | None] = mapped_column(Integer)
    community: Mapped[Community] = relationship(back_populates="buildings")
    units: Mapped[list[Unit]] = relationship(back_populates="building")


class Unit(VersionedMixin, Base):
    """房屋; displayed as 楼栋-单元-房号 (e.g. 3栋-2单元-1202)."""

    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("building_id", "entrance", "room", name="uq_units_building_entrance_room"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"), index=True)
    # 单元 (entrance); empty string when the building has none, so the unique key works everywhere.
    entrance: Mapped[str] = mapped_column(String(20), default="")
    room: Mapped[str] = mapped_column(String(20))
    floor: Mapped[int | None] = mapped_column(Integer)
    area_m2: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    usage: Mapped[str] = mapped_column(String(20), default="residential")  # residential|commercial|parking|other
    code: Mapped[str] = mapped_column(String(100), index=True)  # denormalised display code for search
    building: Mapped[Building] = relationship(back_populates="units")


class Customer(VersionedMixin, Base):
    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_id_number", "id_number"),
        Index("ix_customers_mobile", "mobile"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    gender: Mapped[str | None] = mapped_column(String(10))  # male|female|None
    mobile: Mapped[str | None] = mapped_column(String(20))
    phone2: Mapped[str | None] = mapped_column(String(30))
    id_type: Mapped[str] = mapped_column(String(20), default="resident_id")
    id_number: Mapped[str | None] = mapped_column(String(40))
    birthday: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(120))
    wechat: Mapped[str | None] = mapped_column(String(60))
    emergency_contact: Mapped[str | None] = mapped_column(String(100))
    emergency_phone: Mapped[str | None] = mapped_column(String(30))
    customer_type: Mapped[str] = mapped_column(String(20), default="owner")  # owner|tenant|family|company
    preferred_channel: Mapped[str | None] = mapped_column(String(20))
    special_needs: Mapped[str | None] = mapped_column(Text)
    preferences: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(String(500), default="")  # comma-separated, for filtering
    notes: Mapped[str | None] = mapped_column(Text)
    # Lower-case haystack: name, pinyin, initials, phone digits, unit codes, ID tail (see services.search_text).
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Current units' codes, comma-separated: shown and sorted in the list without a join per row.
    unit_codes: Mapped[str] = mapped_column(String(500), default="", index=True)
    # Denormalised for fast list filters; maintained by the occupancy service.
    is_active: Mapped[bool] = mapped_column(default=False, index=True)
    occupancies: Mapped[list[Occupancy]] = relationship(back_populates="customer")


class Occupancy(TimestampMixin, Base):
    """A customer–unit link; history is appended to, never overwritten."""

    __tablename__ = "occupancies"
    __table_args__ = (Index("ix_occupancies_dates", "start_date", "end_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # owner|tenant|resident
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(20))  # natural|dissatisfied|competitive|passive|other
    end_note: Mapped[str | None] = mapped_column(Text)
    start_kind: Mapped[str] = mapped_column(String(20), default="move_in")  # move_in|transfer|import
    customer: Mapped[Customer] = relationship(back_populates="occupancies")
    unit: Mapped[Unit] = relationship()


class Interaction(TimestampMixin, Base):
    """沟通/关怀记录."""

    __tablename__ = "interactions"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # call|visit|care_visit|greeting|notice|event
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[str | None] = mapped_column(String(20))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    summary: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str | None] = mapped_column(String(80))
