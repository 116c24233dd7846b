"""Communities (小区), buildings (楼栋) and units (房屋)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import Building, Community, Customer, Occupancy, Unit
from crm_desktop.services.codes import UNIT_USAGES
from crm_desktop.services.customers import refresh_derived
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.search_text import escape_like
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import Service, check_version
from crm_desktop.services.validation import require


def building_label(name: str) -> str:
    """A bare number becomes '3栋' so codes read like the buildings' signs."""
    name = name.strip()
    return f"{name}栋" if name.isdigit() else name


def entrance_label(entrance: str | None) -> str:
    entrance = (entrance or "").strip()
    return f"{entrance}单元" if entrance.isdigit() else entrance


def unit_code(building: str, entrance: str | None, room: str) -> str:
    """3栋-2单元-1202; the entrance part is left out when the building has none."""
    parts = [building_label(building), entrance_label(entrance), room.strip()]
    return "-".join(p for p in parts if p)


@dataclass(frozen=True)
class CommunityRow:
    id: int
    name: str
    address: str
    version: int
    building_count: int
    unit_count: int


@dataclass(frozen=True)
class BuildingRow:
    id: int
    community_id: int
    name: str
    floors: int | None
    version: int
    unit_count: int


@dataclass(frozen=True)
class UnitRow:
    id: int
    building_id: int
    community_name: str
    building_name: str
    entrance: str
    room: str
    floor: int | None
    area_m2: Decimal | None
    usage: str
    code: str
    version: int


def _limit(value: str, limit: int, field: str, label: str) -> str:
    """The column sizes: PostgreSQL refuses longer text where SQLite would quietly keep it."""
    if len(value) > limit:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "{label} is longer than {limit} characters"), label=label, limit=limit),
            field=field,
        )
    return value


def _refresh_residents(s: Session, unit_ids: list[int]) -> None:
    """A unit's code changed: its residents' (past and present) list codes and search text follow."""
    if not unit_ids:
        return
    s.flush()
    customers = s.scalars(
        select(Customer).where(Customer.id.in_(select(Occupancy.customer_id).where(Occupancy.unit_id.in_(unit_ids))))
    ).all()
    for customer in customers:
        refresh_derived(s, customer)


def parse_area(value: object, field: str = "area_m2") -> Decimal | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        area = Decimal(str(value).strip()).quantize(Decimal("0.01"))
    except InvalidOperation as exc:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "area {value!r} is not a number"), value=value), field=field
        ) from exc
    if area <= 0 or area > Decimal("100000"):
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "area {value} m² is out of range"), value=str(area)), field=field
        )
    return area


def _unit_row(unit: Unit) -> UnitRow:
    return UnitRow(
        id=unit.id,
        building_id=unit.building_id,
        community_name=unit.building.community.name,
        building_name=unit.building.name,
        entrance=unit.entrance,
        room=unit.room,
        floor=unit.floor,
        area_m2=unit.area_m2,
        usage=unit.usage,
        code=unit.code,
        version=unit.version,
    )


class StructureService(Service):
    # --- communities -------------------------------------------------------------------------
    def list_communities(self) -> list[CommunityRow]:
        with self.db.session() as s:
            buildings = (
                select(Building.community_id, func.count(Building.id).label("n")).group_by(Building.community_id)
            ).subquery()
            units = (
                select(Building.community_id, func.count(Unit.id).label("n"))
                .join(Unit, Unit.building_id == Building.id)
                .group_by(Building.community_id)
            ).subquery()
            rows = s.execute(
                select(Community, func.coalesce(buildings.c.n, 0), func.coalesce(units.c.n, 0))
                .outerjoin(buildings, buildings.c.community_id == Community.id)
                .outerjoin(units, units.c.community_id == Community.id)
                .order_by(Community.name)
            ).all()
            return [CommunityRow(c.id, c.name, c.address or "", c.version, int(nb), int(nu)) for c, nb, nu in rows]

    def save_community(
        self, name: str, address: str = "", community_id: int | None = None, expected_version: int | None = None
    ) -> int:
        self.require_edit()
        name = _limit(require(name, "name", "Community name"), 100, "name", "Community name")
        address = _limit((address or "").strip(), 300, "address", "Address")
        with self.transaction() as s:
            clash = s.scalar(select(Community.id).where(Community.name == name))
            if clash is not None and clash != community_id:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "A community named {name} already exists"), name=name),
                    field="name",
                )
            if community_id is None:
                community = Community(name=name, address=address.strip() or None)
                s.add(community)
            else:
                community = _get(s, Community, community_id, "Community")
                check_version(community, expected_version, f"Community {community.name}")
                community.name, community.address = name, address.strip() or None
            s.flush()
            return community.id

    # --- buildings ---------------------------------------------------------------------------
    def list_buildings(self, community_id: int | None = None) -> list[BuildingRow]:
        with self.db.session() as s:
            counts = select(Unit.building_id, func.count(Unit.id).label("n")).group_by(Unit.building_id).subquery()
            query = (
                select(Building, func.coalesce(counts.c.n, 0))
                .outerjoin(counts, counts.c.building_id == Building.id)
                .order_by(func.length(Building.name), Building.name)
            )
            if community_id is not None:
                query = query.where(Building.community_id == community_id)
            return [BuildingRow(b.id, b.community_id, b.name, b.floors, b.version, int(n)) for b, n in s.execute(query)]

    def save_building(
        self,
        community_id: int,
        name: str,
        floors: int | None = None,
        building_id: int | None = None,
        expected_version: int | None = None,
    ) -> int:
        self.require_edit()
        name = _limit(building_label(require(name, "name", "Building name")), 50, "name", "Building name")
        if floors is not None and not 1 <= floors <= 200:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "{floors} floors is out of range (1–200)"), floors=floors),
                field="floors",
            )
        with self.transaction() as s:
            _get(s, Community, community_id, "Community")
            clash = s.scalar(select(Building.id).where(Building.community_id == community_id, Building.name == name))
            if clash is not None and clash != building_id:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "Building {name} already exists in this community"), name=name),
                    field="name",
                )
            if building_id is None:
                building = Building(community_id=community_id, name=name, floors=floors)
                s.add(building)
            else:
                building = _get(s, Building, building_id, "Building")
                check_version(building, expected_version, f"Building {building.name}")
                renamed = building.name != name
                building.name, building.floors, building.community_id = name, floors, community_id
                if renamed:
                    for unit in building.units:
                        unit.code = unit_code(name, unit.entrance, unit.room)
                    _refresh_residents(s, [unit.id for unit in building.units])
            s.flush()
            return building.id

    # --- units -------------------------------------------------------------------------------
    def list_units(self, building_id: int) -> list[UnitRow]:
        with self.db.session() as s:
            units = s.scalars(
                select(Unit).where(Unit.building_id == building_id).order_by(Unit.entrance, Unit.floor, Unit.room)
            ).all()
            return [_unit_row(u) for u in units]

    def get_unit(self, unit_id: int) -> UnitRow:
        with self.db.session() as s:
            return _unit_row(_get(s, Unit, unit_id, "Unit"))

    def find_units(self, text: str, limit: int = 50) -> list[UnitRow]:
        """Units whose code or community contains `text` (for pickers)."""
        needle = f"%{escape_like(text.strip())}%"
        with self.db.session() as s:
            units = s.scalars(
                select(Unit)
                .join(Building)
                .join(Community)
                .where(Unit.code.like(needle, escape="\\") | Community.name.like(needle, escape="\\"))
                .order_by(Community.name, Unit.code)
                .limit(limit)
            ).all()
            return [_unit_row(u) for u in units]

    def save_unit(
        self,
        building_id: int,
        room: str,
        entrance: str = "",
        floor: int | None = None,
        area_m2: object = None,
        usage: str = "residential",
        unit_id: int | None = None,
        expected_version: int | None = None,
    ) -> int:
        self.require_edit()
        room = _limit(require(room, "room", "Room number"), 20, "room", "Room number")
        entrance = _limit(entrance_label(entrance), 20, "entrance", "Entrance")
        area = parse_area(area_m2)
        if usage not in UNIT_USAGES:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Unknown use {value!r}"), value=usage), field="usage"
            )
        if floor is not None and not -10 <= floor <= 200:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "Floor {floor} is out of range"), floor=floor), field="floor"
            )
        with self.transaction() as s:
            building = _get(s, Building, building_id, "Building")
            clash = s.scalar(
                select(Unit.id).where(Unit.building_id == building_id, Unit.entrance == entrance, Unit.room == room)
            )
            if clash is not None and clash != unit_id:
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "Unit {code} already exists"),
                        code=unit_code(building.name, entrance, room),
                    ),
                    field="room",
                )
            if unit_id is None:
                unit = Unit(building_id=building_id)
                s.add(unit)
            else:
                unit = _get(s, Unit, unit_id, "Unit")
                check_version(unit, expected_version, f"Unit {unit.code}")
            unit.building_id, unit.entrance, unit.room = building_id, entrance, room
            unit.floor = floor if floor is not None else _floor_from_room(room)
            unit.area_m2, unit.usage = area, usage
            old_code, unit.code = unit.code, unit_code(building.name, entrance, room)
            if unit_id is not None and old_code != unit.code:
                _refresh_residents(s, [unit.id])
            s.flush()
            return unit.id


def _floor_from_room(room: str) -> int | None:
    """1202 → 12; rooms are numbered floor + two digits in Chinese residential buildings."""
    return int(room[:-2]) if room.isdigit() and len(room) >= 3 else None


def find_or_create_unit(
    s: Session,
    community_name: str,
    building_name: str,
    entrance: str,
    room: str,
    area: Decimal | None = None,
    cache: dict | None = None,
) -> Unit:
    """Used by imports: communities, buildings and units are created as needed."""
    cache = cache if cache is not None else {}
    building_name, entrance = building_label(building_name), entrance_label(entrance)
    key = ("c", community_name)
    community = cache.get(key) or s.scalar(select(Community).where(Community.name == community_name))
    if community is None:
        community = Community(name=community_name)
        s.add(community)
        s.flush()
    cache[key] = community
    bkey = ("b", community.id, building_name)
    building = cache.get(bkey) or s.scalar(
        select(Building).where(Building.community_id == community.id, Building.name == building_name)
    )
    if building is None:
        building = Building(community_id=community.id, name=building_name)
        s.add(building)
        s.flush()
    cache[bkey] = building
    ukey = ("u", building.id, entrance, room)
    unit = cache.get(ukey) or s.scalar(
        select(Unit).where(Unit.building_id == building.id, Unit.entrance == entrance, Unit.room == room)
    )
    if unit is None:
        unit = Unit(
            building_id=building.id,
            entrance=entrance,
            room=room,
            floor=_floor_from_room(room),
            area_m2=area,
            code=unit_code(building.name, entrance, room),
        )
        s.add(unit)
        s.flush()
    elif area is not None and unit.area_m2 is None:
        unit.area_m2 = area
    cache[ukey] = unit
    return unit


def _get(s: Session, model: type, record_id: int, what: str):
    record = s.get(model, record_id)
    if record is None:
        raise NotFoundError(
            Text(
                QT_TRANSLATE_NOOP("Services", "{what} #{id} does not exist (it may have been deleted)"),
                what=what,
                id=record_id,
            )
        )
    return record
