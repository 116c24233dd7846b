"""Tickets import and export (SPEC §6.2): all or nothing, row-numbered problems, idempotent, masked export."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.models import Staff, Ticket, TicketCounter, TicketEvent
from crm_desktop.services.errors import ImportFileError, PermissionDeniedError
from crm_desktop.services.principal import Principal
from crm_desktop.services.spreadsheet import header_key, read_table, write_table
from crm_desktop.services.staff import StaffInput, StaffService
from crm_desktop.services.ticket_io import (
    TICKET_HEADERS,
    cell_datetime,
    export_tickets,
    import_tickets,
    write_tickets_template,
)
from crm_desktop.services.tickets import TicketFilter, TicketInput, TicketService
from tests.factories import ADMIN, make_resident

CLERK = Principal("clerk1", "clerk")
MANAGER = Principal("manager1", "manager")
KEYS = [header_key(h) for h in TICKET_HEADERS]


def write_file(path: Path, rows: list[dict[str, object]]) -> Path:
    write_table(path, TICKET_HEADERS, [[row.get(key) for key in KEYS] for row in rows])
    return path


def row(**values: object) -> dict[str, object]:
    base: dict[str, object] = {"类型": "投诉", "类别": "噪音", "标题": "夜间施工噪音", "受理时间": "2026-03-02 21:15"}
    base.update(values)
    return base


def snapshot(db) -> tuple:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Ticket)),
            s.scalar(select(func.count()).select_from(TicketEvent)),
            s.scalar(select(func.count()).select_from(Staff)),
            tuple(s.execute(select(TicketCounter.month, TicketCounter.last_value).order_by(TicketCounter.month))),
        )


def test_import_links_customers_creates_staff_and_computes_due_times(db, tmp_path):
    customer_id, unit_id = make_resident(db, "张三", mobile="13812345678")
    StaffService(db, ADMIN).save(StaffInput("王师傅", "工程"))
    path = write_file(
        tmp_path / "tickets.xlsx",
        [
            row(工单号="TS-202603-0007", 小区="阳光花园", 楼栋="3", 单元="2", 房号="1202", 姓名="张三",
                手机号="13812345678", 渠道="电话", 紧急程度="高", 处理人="王师傅", 首次响应时间="2026-03-02 21:30",
                解决时间=datetime(2026, 3, 3, 10, 0), 处理结果="已劝停", 回访时间="2026-03-04 09:00",
                回访满意度=2, 回访备注="仍有噪音"),
            row(类型="报修", 类别="维修", 标题="楼道灯不亮", 受理时间="2026-03-05 08:00", 处理人="工程维修组"),
            row(类型="建议", 类别="绿化", 标题="增加绿化", 受理时间="2026-03-06", 状态="新建"),
            row(类型="表扬", 类别="服务态度", 标题="表扬保安", 受理时间="2026-04-01 10:00", 小区="阳光花园", 楼栋="3栋",
                单元="2单元", 房号="1202", 姓名="张三", 手机号="138****5678", 解决时间="2026-04-01 11:00",
                状态="已关闭"),
        ],
    )
    result = import_tickets(db, CLERK, path)
    assert (result.rows, result.created, result.skipped_existing, result.staff_created) == (4, 4, 0, 1)
    service = TicketService(db, CLERK)
    by_title = {r.title: service.get(r.id) for r in service.rows(service.search_ids())}
    noise = by_title["夜间施工噪音"]
    assert noise.number == "TS-202603-0007"
    assert (noise.status, noise.customer_name, noise.unit_code, noise.staff_name) == (
        "closed", "张三", "3栋-2单元-1202", "王师傅"
    )
    assert noise.data.severity == "high" and noise.data.channel == "phone"
    assert noise.due_at == datetime(2026, 3, 2, 21, 15) + timedelta(hours=24)
    assert noise.response_due_at == datetime(2026, 3, 2, 23, 15)
    assert noise.first_response_at == datetime(2026, 3, 2, 21, 30)
    assert (noise.callback_score, noise.flagged_for_manager, noise.callback_note) == (2, True, "仍有噪音")
    assert noise.callback_due_at == datetime(2026, 3, 5, 10, 0)
    assert [e.action for e in noise.events] == ["import"]
    lamp = by_title["楼道灯不亮"]
    assert lamp.number == "TS-202603-0008"  # after the number the file gave for March
    assert (lamp.status, lamp.staff_name, lamp.data.channel, lamp.data.severity) == (
        "assigned", "工程维修组", "other", "normal"
    )
    assert by_title["增加绿化"].number == "TS-202603-0009" and by_title["增加绿化"].customer_name == ""
    praise = by_title["表扬保安"]
    assert (praise.status, praise.customer_name, praise.number) == ("closed", "张三", "TS-202604-0001")
    team = [s for s in StaffService(db, CLERK).list_staff() if s.name == "工程维修组"]
    assert team and team[0].is_team
    # the desks go on numbering after the imported tickets
    assert service.create(TicketInput(title="新", category="other", received_at=datetime(2026, 3, 9))).number == (
        "TS-202603-0010"
    )
    assert customer_id and unit_id


def test_reimporting_the_same_file_creates_nothing(db, tmp_path):
    make_resident(db, "张三")
    path = write_file(
        tmp_path / "tickets.csv",
        [
            row(工单号="OLD-2024-001"),
            row(标题="无工单号的记录", 小区="阳光花园", 楼栋="3", 单元="2", 房号="1202", 姓名="张三"),
        ],
    )
    first = import_tickets(db, CLERK, path)
    assert (first.created, first.skipped_existing) == (2, 0)
    before = snapshot(db)
    second = import_tickets(db, CLERK, path)
    assert (second.created, second.skipped_existing) == (0, 2)
    assert snapshot(db) == before


def test_a_file_with_bad_rows_imports_nothing_and_names_every_problem(db, tmp_path):
    make_resident(db, "张三")
    before = snapshot(db)
    path = write_file(
        tmp_path / "bad.xlsx",
        [
            row(),  # row 2 is fine
            row(类型="抱怨"),  # 3
            row(受理时间="昨天"),  # 4
            row(紧急程度="特急", 回访满意度=7),  # 5
            row(工单号="TS-202603-0001"),  # 6
            row(工单号="TS-202603-0001"),  # 7: the same number twice
            row(解决时间="2026-03-01 08:00"),  # 8: before it was received
            row(状态="处理中"),  # 9: no 处理人
            row(标题="=HYPERLINK(\"http://x\")" * 1000),  # 10: 10 MB cells are refused, long titles too
            row(受理时间="2099-01-01 10:00"),  # 11: in the future
        ],
    )
    with pytest.raises(ImportFileError) as info:
        import_tickets(db, CLERK, path)
    found = {(p.row, p.column) for p in info.value.problems}
    assert found == {
        (3, "类型"), (4, "受理时间"), (5, "紧急程度"), (5, "回访满意度"), (7, "工单号"), (8, "解决时间"),
        (9, "处理人"), (10, "标题"), (11, "受理时间"),
    }
    assert "row 3, column 类型" in str(info.value)
    assert snapshot(db) == before


def test_units_and_customers_must_be_in_the_archive(db, tmp_path):
    make_resident(db, "张三")
    before = snapshot(db)
    path = write_file(
        tmp_path / "unknown.csv",
        [
            row(小区="阳光花园", 楼栋="9", 房号="0101", 处理人="新员工"),
            row(小区="阳光花园", 楼栋="3", 单元="2", 房号="1202", 姓名="李四"),
            row(姓名="王五"),
            row(小区="阳光花园", 房号="1202"),
        ],
    )
    with pytest.raises(ImportFileError) as info:
        import_tickets(db, CLERK, path)
    assert [(p.row, p.column) for p in info.value.problems] == [(2, "房号"), (3, "姓名"), (4, "姓名"), (5, "楼栋")]
    assert snapshot(db) == before  # not even the new staff member


def test_wrong_headers_and_garbage_files_are_refused(db, tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("编号,标题\n1,x\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        import_tickets(db, CLERK, path)
    assert "类型" in str(info.value)
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 10)
    with pytest.raises(ImportFileError):
        import_tickets(db, CLERK, garbage)
    with pytest.raises(PermissionDeniedError):
        import_tickets(db, Principal("v", "viewer"), path)


def test_export_masks_phones_and_round_trips(db, tmp_path):
    customer_id, unit_id = make_resident(db, "张三", mobile="13812345678")
    staff_id = StaffService(db, ADMIN).save(StaffInput("王师傅", "工程"))
    service = TicketService(db, CLERK)
    received = datetime.now().replace(microsecond=0) - timedelta(hours=5)
    created = service.create(
        TicketInput(kind="repair", category="repairs", title="=1+1 漏水", customer_id=customer_id, unit_id=unit_id,
                    received_at=received)
    )
    service.assign(created.id, staff_id, at=received + timedelta(hours=1))
    service.create(TicketInput(kind="inquiry", category="fees", title="咨询物业费"))
    path = tmp_path / "out.xlsx"
    assert export_tickets(db, CLERK, path) == 2
    table = read_table(path)
    assert [header_key(h) for h in table.headers] == KEYS
    first = dict(zip(KEYS, table.rows[0].cells, strict=False))
    assert first["手机号"] == "138****5678"
    assert first["标题"] == "'=1+1 漏水"  # neutralised: no formula runs in Excel
    assert (first["类型"], first["状态"], first["处理人"], first["楼栋"]) == ("报修", "已派工", "王师傅", "3栋")
    assert isinstance(first["受理时间"], datetime) and first["受理时间"] == received
    before = snapshot(db)
    again = import_tickets(db, CLERK, path)  # the export reads back as the same tickets
    assert (again.created, again.skipped_existing) == (0, 2)
    assert snapshot(db) == before
    with pytest.raises(PermissionDeniedError):
        export_tickets(db, CLERK, tmp_path / "clear.xlsx", unmasked=True)
    export_tickets(db, MANAGER, tmp_path / "clear.csv", unmasked=True)
    assert "13812345678" in (tmp_path / "clear.csv").read_text(encoding="utf-8-sig")
    assert export_tickets(db, CLERK, tmp_path / "some.xlsx", filters=TicketFilter(kind="inquiry")) == 1


def test_export_then_import_into_an_archive_without_those_tickets(db, tmp_path):
    make_resident(db, "张三", mobile="13812345678")
    service = TicketService(db, CLERK)
    service.create(TicketInput(title="一", category="cleaning", received_at=datetime(2026, 2, 3, 9)))
    path = tmp_path / "out.csv"
    export_tickets(db, CLERK, path)
    with db.session() as s:
        ticket = s.scalars(select(Ticket)).one()
        events = s.scalars(select(TicketEvent)).all()
        for event in events:
            s.delete(event)
        s.delete(ticket)
        s.commit()
    result = import_tickets(db, CLERK, path)
    assert result.created == 1
    assert service.rows(service.search_ids())[0].number == "TS-202602-0001"


def test_template_and_time_cells(tmp_path):
    path = tmp_path / "template.xlsx"
    write_tickets_template(path)
    assert read_table(path).headers == TICKET_HEADERS
    assert cell_datetime("2026/3/2 9:05") == datetime(2026, 3, 2, 9, 5)
    assert cell_datetime("2026-03-02") == datetime(2026, 3, 2)
    assert cell_datetime(46083.5) == datetime(2026, 3, 2, 12, 0)
    with pytest.raises(ValueError):
        cell_datetime("2026-02-30 10:00")
