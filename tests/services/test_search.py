"""Search-as-you-type, filters, sorting and masked rows of the customer list (SPEC §3.1)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest

from crm_desktop.models.database import Database
from crm_desktop.services.customers import CustomerFilter, CustomerService
from crm_desktop.services.occupancy import OccupancyService
from crm_desktop.services.principal import Principal
from crm_desktop.services.structure import StructureService
from tests.factories import ADMIN, make_customer, make_id_number, make_unit

ZHANG_ID = make_id_number("110105", "19800101", "123")


@dataclass
class People:
    zhang: int  # owner, 阳光花园 3栋-2单元-1202, tags VIP and 独居老人
    li: int  # tenant, 阳光花园 5栋-1单元-0301
    wang: int  # family member, 翠湖苑 1栋-1单元-101, tag VIPx1
    zhao: int  # owner of 阳光花园 3栋-2单元-1203 until 2019, moved out; tag VIP_1
    qian: int  # no unit at all
    company: int  # a company whose name holds a % sign
    sunshine: int  # community 阳光花园
    building3: int  # its building 3栋

    def all(self) -> set[int]:
        return {self.zhang, self.li, self.wang, self.zhao, self.qian, self.company}


@pytest.fixture
def people(db: Database) -> People:
    occupancy = OccupancyService(db, ADMIN)
    zhang = make_customer(db, "张三", mobile="13812345678", id_number=ZHANG_ID, tags=["VIP", "独居老人"])
    occupancy.move_in(zhang, make_unit(db, "阳光花园", "3", "2", "1202"), "owner", date(2020, 1, 1))
    li = make_customer(db, "李四", mobile="13987654321", customer_type="tenant", tags=["租户群"])
    occupancy.move_in(li, make_unit(db, "阳光花园", "5", "1", "0301"), "tenant", date(2022, 3, 1))
    wang = make_customer(db, "王五", customer_type="family", tags=["VIPx1"])
    occupancy.move_in(wang, make_unit(db, "翠湖苑", "1", "1", "101"), "resident", date(2021, 5, 1))
    zhao = make_customer(db, "赵六", mobile="15900007777", tags=["VIP_1"])
    zhao_unit = make_unit(db, "阳光花园", "3", "2", "1203")
    occupancy_id = occupancy.move_in(zhao, zhao_unit, "owner", date(2015, 1, 1))
    occupancy.move_out(occupancy_id, date(2019, 6, 30), "natural")
    qian = make_customer(db, "钱七", phone2="010-62340000")
    company = make_customer(db, "100%物业公司", customer_type="company")
    structure = StructureService(db, ADMIN)
    sunshine = next(c.id for c in structure.list_communities() if c.name == "阳光花园")
    building3 = next(b.id for b in structure.list_buildings(sunshine) if b.name == "3栋")
    return People(zhang, li, wang, zhao, qian, company, sunshine, building3)


def ids(db: Database, query: str = "", **filters: object) -> set[int]:
    return set(CustomerService(db, ADMIN).search_ids(query, CustomerFilter(**filters)))  # type: ignore[arg-type]


# --- search-as-you-type -----------------------------------------------------------------------------


def test_name_pinyin_and_initials_find_the_customer(db: Database, people: People) -> None:
    for query in ["张三", "张", "zhangsan", "ZhangSan", "zhang san", "zhan", "zs", "ZS"]:
        assert ids(db, query) == {people.zhang}, query
    assert ids(db, "lisi") == {people.li}
    assert ids(db, "zl") == {people.zhao}


def test_any_four_or_more_phone_digits_find_the_customer(db: Database, people: People) -> None:
    for query in ["5678", "1234", "8123", "13812345678", "138 1234 5678", "138-1234-5678", "+86 13812345678"]:
        assert ids(db, query) == {people.zhang}, query


def test_second_phone_digits_find_the_customer(db: Database, people: People) -> None:
    assert ids(db, "62340000") == {people.qian}


def test_unit_code_and_part_of_it_find_the_resident(db: Database, people: People) -> None:
    for query in ["3栋-2单元-1202", "栋-2单元-1202", "2单元-1202", "1202", "３栋-２单元-１２０２"]:
        assert ids(db, query) == {people.zhang}, query


def test_units_written_the_short_way_find_the_resident(db: Database, people: People) -> None:
    assert ids(db, "3-2-1202") == {people.zhang}  # as clerks write 3栋-2单元-1202
    assert ids(db, "5-1-0301") == {people.li}
    assert ids(db, "13-2-1202") == set()  # not a unit of 13栋, nor a part of one
    assert ids(db, "138-1234-5678") == {people.zhang}  # a phone written with dashes is still a phone


def test_unit_code_prefix_finds_everyone_in_the_building(db: Database, people: People) -> None:
    # 赵六 moved out of 3栋-2单元-1203; the search still knows where they lived.
    assert ids(db, "3栋-2单元") == {people.zhang, people.zhao}
    assert ids(db, "1栋-1单元") == {people.wang}


def test_last_digits_of_the_id_number_find_the_customer(db: Database, people: People) -> None:
    assert ids(db, ZHANG_ID[-4:]) == {people.zhang}
    assert ids(db, ZHANG_ID[-6:]) == {people.zhang}


def test_a_query_never_matches_across_two_fields(db: Database, people: People) -> None:
    # The haystack of 张三 is |张三|zhangsan|zs|13812345678|3栋-2单元-1202|…: none of these straddle a boundary.
    for query in ("sanzs", "zs138", "张三zhang", "56783栋", "1202" + ZHANG_ID[-6:-4]):
        assert ids(db, query) == set(), query


def test_the_middle_of_an_id_number_is_not_searchable(db: Database, people: People) -> None:
    assert ids(db, ZHANG_ID[:6]) == set()  # only the last digits are in the haystack, never the whole number


def test_like_wildcards_in_a_query_are_literal(db: Database, people: People) -> None:
    for query in ["_", "%%", "1_02", "张%", "z_", "\\", "%1202"]:
        assert ids(db, query) == set(), query
    assert ids(db, "%") == {people.company}


def test_a_literal_percent_sign_finds_the_name_holding_it(db: Database, people: People) -> None:
    assert ids(db, "100%") == {people.company}


def test_empty_query_lists_everybody(db: Database, people: People) -> None:
    assert ids(db, "") == people.all()
    assert ids(db, "   ") == people.all()
    assert CustomerService(db, ADMIN).count("") == 6


def test_count_agrees_with_search(db: Database, people: People) -> None:
    service = CustomerService(db, ADMIN)
    for query, filters in [("3栋", CustomerFilter()), ("", CustomerFilter(status="active")), ("zs", CustomerFilter())]:
        assert service.count(query, filters) == len(service.search_ids(query, filters))


def test_search_follows_an_edit_of_the_phone(db: Database, people: People) -> None:
    service = CustomerService(db, ADMIN)
    detail = service.get(people.zhang)
    service.update(people.zhang, replace(detail.data, mobile="13600001111"), detail.version)
    assert ids(db, "5678") == set()
    assert ids(db, "0001111") == {people.zhang}


# --- filters ----------------------------------------------------------------------------------------


def test_filter_by_community(db: Database, people: People) -> None:
    assert ids(db, community_id=people.sunshine) == {people.zhang, people.li, people.zhao}


def test_filter_by_building(db: Database, people: People) -> None:
    assert ids(db, building_id=people.building3) == {people.zhang, people.zhao}


def test_filter_by_customer_type(db: Database, people: People) -> None:
    assert ids(db, customer_type="tenant") == {people.li}
    assert ids(db, customer_type="family") == {people.wang}
    assert ids(db, customer_type="company") == {people.company}


def test_filter_by_tag_matches_whole_tags_only(db: Database, people: People) -> None:
    assert ids(db, tag="VIP") == {people.zhang}
    assert ids(db, tag="独居老人") == {people.zhang}
    assert ids(db, tag="VIP_1") == {people.zhao}  # _ is not a wildcard: VIPx1 is another tag
    assert ids(db, tag="VI") == set()
    assert ids(db, tag="%") == set()


def test_filter_by_active_and_moved_out(db: Database, people: People) -> None:
    assert ids(db, status="active") == {people.zhang, people.li, people.wang}
    assert ids(db, status="moved_out") == {people.zhao}
    assert ids(db, status="all") == people.all()


def test_filters_combine_with_the_query(db: Database, people: People) -> None:
    assert ids(db, "zs", status="moved_out") == set()
    assert ids(db, "3栋", status="moved_out") == {people.zhao}
    assert ids(db, "3栋", status="active", community_id=people.sunshine) == {people.zhang}


# --- sorting and rows -------------------------------------------------------------------------------


@pytest.mark.parametrize("descending", [False, True])
def test_sort_by_name(db: Database, people: People, descending: bool) -> None:
    service = CustomerService(db, ADMIN)
    names = [row.name for row in service.rows(service.search_ids("", sort="name", descending=descending))]
    assert names == sorted(names, reverse=descending)
    assert len(names) == 6


@pytest.mark.parametrize("descending", [False, True])
def test_sort_by_units(db: Database, people: People, descending: bool) -> None:
    service = CustomerService(db, ADMIN)
    ordered = service.search_ids("", sort="units", descending=descending)
    codes = [row.unit_codes for row in service.rows(ordered)]
    assert codes == sorted(codes, reverse=descending)
    living = [c for c in codes if c]
    expected = ["1栋-1单元-101", "3栋-2单元-1202", "5栋-1单元-0301"]
    assert living == (expected[::-1] if descending else expected)


def test_rows_come_back_in_the_order_of_the_ids(db: Database, people: People) -> None:
    service = CustomerService(db, ADMIN)
    ordered = service.search_ids("", sort="name", descending=True)
    assert [row.id for row in service.rows(ordered)] == ordered
    shuffled = [ordered[2], ordered[0], ordered[5], ordered[1]]
    assert [row.id for row in service.rows(shuffled)] == shuffled
    assert service.rows([]) == []
    assert [row.id for row in service.rows([ordered[0], 999_999])] == [ordered[0]]


def test_rows_show_current_units_and_status(db: Database, people: People) -> None:
    row = CustomerService(db, ADMIN).rows([people.zhang, people.zhao])
    assert (row[0].unit_codes, row[0].is_active, row[0].tags) == ("3栋-2单元-1202", True, "VIP,独居老人")
    assert (row[1].unit_codes, row[1].is_active) == ("", False)


def test_clerk_sees_phone_but_not_id_number(db: Database, people: People, clerk: Principal) -> None:
    (row,) = CustomerService(db, clerk).rows([people.zhang])
    assert row.mobile == "13812345678"
    assert row.id_number == "110105********" + ZHANG_ID[-4:]


def test_viewer_sees_neither_phone_nor_id_number(db: Database, people: People, viewer: Principal) -> None:
    (row,) = CustomerService(db, viewer).rows([people.zhang])
    assert row.mobile == "138****5678"
    assert row.id_number == "110105********" + ZHANG_ID[-4:]


def test_manager_sees_phones_and_reveals_id_numbers(db: Database, people: People, manager: Principal) -> None:
    (row,) = CustomerService(db, manager).rows([people.zhang])
    assert row.mobile == "13812345678"
    assert row.id_number == "110105********" + ZHANG_ID[-4:]  # lists never show it in clear: reveals are logged
    assert CustomerService(db, manager).reveal_id_number(people.zhang) == ZHANG_ID


def test_viewer_may_search_and_list(db: Database, people: People, viewer: Principal) -> None:
    service = CustomerService(db, viewer)
    assert service.search_ids("zs") == [people.zhang]
    assert service.all_tags() == ["VIP", "VIP_1", "VIPx1", "独居老人", "租户群"]
