"""Communities (小区) → buildings (楼栋) → units (房屋) and their display codes (SPEC §3.1)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_desktop.models import Building, Community, Unit
from crm_desktop.models.database import Database
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from crm_desktop.services.principal import Principal
from crm_desktop.services.structure import StructureService, find_or_create_unit, unit_code
from crm_desktop.services.uow import unit_of_work
from tests.factories import ADMIN, make_resident


def count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def structure(db: Database) -> StructureService:
    return StructureService(db, ADMIN)


# --- codes ------------------------------------------------------------------------------------------


def test_unit_code_reads_like_the_signs() -> None:
    assert unit_code("3", "2", "1202") == "3栋-2单元-1202"
    assert unit_code("3栋", "2单元", "1202") == "3栋-2单元-1202"
    assert unit_code("3号楼", "东", "1202") == "3号楼-东-1202"
    assert unit_code("3", "", "1202") == "3栋-1202"
    assert unit_code(" 3 ", None, " 1202 ") == "3栋-1202"


# --- communities ------------------------------------------------------------------------------------


def test_communities_are_listed_with_counts(structure: StructureService) -> None:
    sunshine = structure.save_community("阳光花园", "朝阳区 1 号")
    structure.save_community("翠湖苑")
    b3 = structure.save_building(sunshine, "3")
    b5 = structure.save_building(sunshine, "5")
    structure.save_unit(b3, "1202", entrance="2")
    structure.save_unit(b3, "1203", entrance="2")
    structure.save_unit(b5, "101")

    rows = {row.name: row for row in structure.list_communities()}
    sunshine_row, lakeside_row = rows["阳光花园"], rows["翠湖苑"]
    assert (sunshine_row.building_count, sunshine_row.unit_count, sunshine_row.address) == (2, 3, "朝阳区 1 号")
    assert (lakeside_row.building_count, lakeside_row.unit_count, lakeside_row.address) == (0, 0, "")
    assert [row.name for row in structure.list_communities()] == sorted(rows)


def test_duplicate_community_is_refused(structure: StructureService, db: Database) -> None:
    structure.save_community("阳光花园")
    with pytest.raises(ValidationError) as info:
        structure.save_community(" 阳光花园 ")
    assert info.value.field == "name"
    assert count(db, Community) == 1


def test_community_name_is_required(structure: StructureService) -> None:
    with pytest.raises(ValidationError) as info:
        structure.save_community("  ")
    assert info.value.field == "name"


def test_too_long_names_are_refused_on_every_database(structure: StructureService, db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        structure.save_community("园" * 101)
    assert info.value.field == "name"
    community = structure.save_community("阳光花园")
    with pytest.raises(ValidationError):
        structure.save_community("阳光花园", address="路" * 301, community_id=community)
    with pytest.raises(ValidationError):
        structure.save_building(community, "楼" * 51)
    building = structure.save_building(community, "3")
    with pytest.raises(ValidationError) as info:
        structure.save_unit(building, "1" * 21)
    assert info.value.field == "room"
    assert count(db, Unit) == 0


def test_community_edit_checks_the_version(structure: StructureService) -> None:
    community = structure.save_community("阳光花园")
    (row,) = structure.list_communities()
    assert row.version == 1
    structure.save_community("阳光花园一期", "新地址", community_id=community, expected_version=1)
    (row,) = structure.list_communities()
    assert (row.name, row.address, row.version) == ("阳光花园一期", "新地址", 2)

    with pytest.raises(ConflictError):
        structure.save_community("阳光花园二期", community_id=community, expected_version=1)
    assert structure.list_communities()[0].name == "阳光花园一期"


def test_renaming_onto_another_community_is_refused_but_keeping_the_name_is_fine(structure: StructureService) -> None:
    first = structure.save_community("阳光花园")
    structure.save_community("翠湖苑")
    with pytest.raises(ValidationError):
        structure.save_community("翠湖苑", community_id=first, expected_version=1)
    structure.save_community("阳光花园", "地址", community_id=first, expected_version=1)
    assert {row.name for row in structure.list_communities()} == {"阳光花园", "翠湖苑"}


# --- buildings --------------------------------------------------------------------------------------


def test_bare_building_numbers_get_the_dong_suffix(structure: StructureService) -> None:
    community = structure.save_community("阳光花园")
    structure.save_building(community, "10", floors=18)
    structure.save_building(community, "2")
    structure.save_building(community, "A座")
    rows = structure.list_buildings(community)
    assert [row.name for row in rows] == ["2栋", "A座", "10栋"]  # 2 before 10, as the signs go
    assert rows[2].floors == 18


def test_duplicate_building_is_refused_within_a_community_only(structure: StructureService, db: Database) -> None:
    sunshine = structure.save_community("阳光花园")
    lakeside = structure.save_community("翠湖苑")
    structure.save_building(sunshine, "3")
    with pytest.raises(ValidationError) as info:
        structure.save_building(sunshine, "3栋")
    assert info.value.field == "name"
    structure.save_building(lakeside, "3")
    assert count(db, Building) == 2
    assert [b.name for b in structure.list_buildings(lakeside)] == ["3栋"]
    assert len(structure.list_buildings()) == 2


def test_building_floors_must_be_sane(structure: StructureService) -> None:
    community = structure.save_community("阳光花园")
    for floors in (0, 201):
        with pytest.raises(ValidationError) as info:
            structure.save_building(community, "3", floors=floors)
        assert info.value.field == "floors"


def test_building_in_unknown_community_is_not_found(structure: StructureService) -> None:
    with pytest.raises(NotFoundError):
        structure.save_building(999, "3")


def test_building_edit_checks_the_version(structure: StructureService) -> None:
    community = structure.save_community("阳光花园")
    building = structure.save_building(community, "3")
    structure.save_building(community, "3", floors=30, building_id=building, expected_version=1)
    with pytest.raises(ConflictError):
        structure.save_building(community, "3", floors=12, building_id=building, expected_version=1)
    (row,) = structure.list_buildings(community)
    assert (row.floors, row.version) == (30, 2)


def test_renaming_a_building_updates_its_units_and_their_residents(db: Database, structure: StructureService) -> None:
    customer_id, unit_id = make_resident(db, "张三")
    community = structure.list_communities()[0].id
    (building,) = structure.list_buildings(community)

    structure.save_building(community, "3号楼", building_id=building.id, expected_version=building.version)

    assert structure.get_unit(unit_id).code == "3号楼-2单元-1202"
    customers = CustomerService(db, ADMIN)
    assert customers.rows([customer_id])[0].unit_codes == "3号楼-2单元-1202"
    assert customers.search_ids("3号楼-2单元-1202") == [customer_id]
    assert customers.search_ids("3栋-2单元") == []
    assert customers.get(customer_id).occupancies[0].unit_code == "3号楼-2单元-1202"


# --- units ------------------------------------------------------------------------------------------


def test_units_get_codes_floors_and_areas(structure: StructureService) -> None:
    building = structure.save_building(structure.save_community("阳光花园"), "3")
    unit_id = structure.save_unit(building, "1202", entrance="2", area_m2="89.5")
    unit = structure.get_unit(unit_id)
    assert (unit.code, unit.entrance, unit.room, unit.floor) == ("3栋-2单元-1202", "2单元", "1202", 12)
    assert unit.area_m2 == Decimal("89.50")
    assert (unit.community_name, unit.building_name, unit.usage, unit.version) == ("阳光花园", "3栋", "residential", 1)

    shop = structure.get_unit(structure.save_unit(building, "S01", usage="commercial", floor=1))
    assert (shop.code, shop.floor, shop.usage, shop.area_m2) == ("3栋-S01", 1, "commercial", None)


def test_units_are_listed_by_entrance_and_floor(structure: StructureService) -> None:
    building = structure.save_building(structure.save_community("阳光花园"), "3")
    for entrance, room in [("2", "1202"), ("1", "902"), ("1", "1001"), ("2", "301")]:
        structure.save_unit(building, room, entrance=entrance)
    assert [u.code for u in structure.list_units(building)] == [
        "3栋-1单元-902",
        "3栋-1单元-1001",
        "3栋-2单元-301",
        "3栋-2单元-1202",
    ]
    assert structure.list_buildings()[0].unit_count == 4


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"area_m2": "大"}, "area_m2"),
        ({"area_m2": "-3"}, "area_m2"),
        ({"area_m2": "0"}, "area_m2"),
        ({"usage": "castle"}, "usage"),
        ({"floor": 500}, "floor"),
        ({"room": " "}, "room"),
    ],
)
def test_bad_unit_input_is_refused(structure: StructureService, db: Database, changes: dict, field: str) -> None:
    building = structure.save_building(structure.save_community("阳光花园"), "3")
    with pytest.raises(ValidationError) as info:
        structure.save_unit(building, **{"room": "1202", **changes})
    assert info.value.field == field
    assert count(db, Unit) == 0


def test_duplicate_unit_is_refused(structure: StructureService, db: Database) -> None:
    building = structure.save_building(structure.save_community("阳光花园"), "3")
    structure.save_unit(building, "1202", entrance="2")
    with pytest.raises(ValidationError, match="3栋-2单元-1202 already exists"):
        structure.save_unit(building, "1202", entrance="2单元")
    structure.save_unit(building, "1202", entrance="1")  # another entrance, another unit
    assert count(db, Unit) == 2


def test_unit_edit_checks_the_version_and_updates_residents(db: Database, structure: StructureService) -> None:
    customer_id, unit_id = make_resident(db, "张三")
    unit = structure.get_unit(unit_id)
    structure.save_unit(unit.building_id, "1201", entrance="2", area_m2="90", unit_id=unit_id, expected_version=1)
    with pytest.raises(ConflictError):
        structure.save_unit(unit.building_id, "1209", entrance="2", unit_id=unit_id, expected_version=1)
    after = structure.get_unit(unit_id)
    assert (after.code, after.area_m2, after.version) == ("3栋-2单元-1201", Decimal("90.00"), 2)
    assert CustomerService(db, ADMIN).search_ids("1201") == [customer_id]
    assert CustomerService(db, ADMIN).rows([customer_id])[0].unit_codes == "3栋-2单元-1201"


def test_unit_in_unknown_building_is_not_found(structure: StructureService) -> None:
    with pytest.raises(NotFoundError):
        structure.save_unit(999, "1202")
    with pytest.raises(NotFoundError):
        structure.get_unit(999)


def test_find_units_by_code_or_community(structure: StructureService) -> None:
    sunshine = structure.save_building(structure.save_community("阳光花园"), "3")
    lakeside = structure.save_building(structure.save_community("翠湖苑"), "1")
    structure.save_unit(sunshine, "1202", entrance="2")
    structure.save_unit(sunshine, "1203", entrance="2")
    structure.save_unit(lakeside, "101")
    assert [u.code for u in structure.find_units("2单元-120")] == ["3栋-2单元-1202", "3栋-2单元-1203"]
    assert [u.code for u in structure.find_units("翠湖")] == ["1栋-101"]
    assert [u.code for u in structure.find_units("1202")] == ["3栋-2单元-1202"]
    assert structure.find_units("%") == []  # a literal %, not "everything"
    assert structure.find_units("12_2") == []
    assert len(structure.find_units("", limit=2)) == 2


def test_viewer_cannot_change_the_structure(db: Database, viewer: Principal) -> None:
    structure = StructureService(db, viewer)
    with pytest.raises(PermissionDeniedError):
        structure.save_community("阳光花园")
    community = StructureService(db, ADMIN).save_community("阳光花园")
    with pytest.raises(PermissionDeniedError):
        structure.save_building(community, "3")
    building = StructureService(db, ADMIN).save_building(community, "3")
    with pytest.raises(PermissionDeniedError):
        structure.save_unit(building, "1202")
    assert (count(db, Community), count(db, Building), count(db, Unit)) == (1, 1, 0)
    assert structure.list_communities()[0].building_count == 1  # reading is allowed


def test_find_or_create_unit_creates_what_is_missing_once(db: Database) -> None:
    with unit_of_work(db, ADMIN) as s:
        first = find_or_create_unit(s, "阳光花园", "3", "2", "1202", Decimal("89.50"))
        again = find_or_create_unit(s, "阳光花园", "3栋", "2单元", "1202")
        other = find_or_create_unit(s, "阳光花园", "3", "2", "1203")
        assert first.id == again.id != other.id
        assert (first.code, first.floor, first.area_m2) == ("3栋-2单元-1202", 12, Decimal("89.50"))
    with unit_of_work(db, ADMIN) as s:  # a later import finds the same rows in the database
        assert find_or_create_unit(s, "阳光花园", "3", "2", "1202").id == first.id
    assert (count(db, Community), count(db, Building), count(db, Unit)) == (1, 1, 2)
