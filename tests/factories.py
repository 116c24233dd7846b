"""Small builders for test data, so each test states only what matters to it."""

from __future__ import annotations

from datetime import date

from crm_desktop.models.database import Database
from crm_desktop.services.customers import CustomerInput, CustomerService
from crm_desktop.services.occupancy import OccupancyService
from crm_desktop.services.principal import Principal
from crm_desktop.services.structure import StructureService
from crm_desktop.services.validation import id_check_digit

ADMIN = Principal("test-admin", "admin")


def make_id_number(region: str = "110105", born: str = "19800101", seq: str = "123") -> str:
    first17 = region + born + seq
    return first17 + id_check_digit(first17)


def make_unit(
    db: Database, community: str = "阳光花园", building: str = "3", entrance: str = "2", room: str = "1202"
) -> int:
    structure = StructureService(db, ADMIN)
    community_id = next((c.id for c in structure.list_communities() if c.name == community), None)
    if community_id is None:
        community_id = structure.save_community(community)
    building_name = f"{building}栋" if building.isdigit() else building
    building_id = next(
        (b.id for b in structure.list_buildings(community_id) if b.name == building_name), None
    ) or structure.save_building(community_id, building)
    return structure.save_unit(building_id, room, entrance=entrance)


def make_customer(db: Database, name: str = "张三", **fields: object) -> int:
    data = CustomerInput(name=name, **fields)  # type: ignore[arg-type]
    return CustomerService(db, ADMIN).create(data, confirm_duplicates=True)


def make_resident(
    db: Database,
    name: str = "张三",
    room: str = "1202",
    start: date = date(2020, 1, 1),
    role: str = "owner",
    **fields: object,
) -> tuple[int, int]:
    customer_id = make_customer(db, name, **fields)
    unit_id = make_unit(db, room=room)
    OccupancyService(db, ADMIN).move_in(customer_id, unit_id, role, start)
    return customer_id, unit_id
