"""The renovation permit (施工许可证) and inspection record (装修巡查记录) PDFs: Chinese text that extracts."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.models import Setting
from crm_desktop.models.database import Database
from crm_desktop.reports.inspection_record import build_inspection_record_pdf
from crm_desktop.reports.permit import build_permit_pdf
from crm_desktop.services.housing import OfficeInfo
from crm_desktop.services.principal import Principal
from crm_desktop.services.renovations import InspectionInput, PermitData, RenovationInput, RenovationService
from crm_desktop.services.uow import unit_of_work
from tests.factories import ADMIN, make_resident

TODAY = date(2026, 3, 10)
CLERK = Principal("clerk1", "clerk")


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return result.stdout


def page_count(path: Path) -> int:
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in result.stdout.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def approved(db: Database) -> tuple[RenovationService, int]:
    customer_id, unit_id = make_resident(db, "张三")
    with unit_of_work(db, ADMIN) as s:
        s.add(Setting(key="office_name", value="锦绣物业服务中心"))
        s.add(Setting(key="office_address", value="杭州市西湖区文三路100号"))
    service = RenovationService(db, CLERK)
    renovation_id = service.create(
        RenovationInput(
            permit_number="ZX-2026-0042",
            unit_id=unit_id,
            customer_id=customer_id,
            applicant="张三",
            applied_date=date(2026, 2, 1),
            contractor="杭州城建装饰工程有限公司",
            contractor_phone="13812345678",
            scope="厨房、卫生间翻新；更换木地板",
            planned_start=date(2026, 2, 10),
            planned_end=date(2026, 4, 30),
            deposit_received="3000.00",
        ),
        today=TODAY,
    )
    service.transition(renovation_id, "approved", 1, date(2026, 2, 3), today=TODAY)
    return service, renovation_id


def test_permit_pdf_shows_number_names_and_rules_in_chinese(approved, tmp_path: Path) -> None:
    service, renovation_id = approved
    path = build_permit_pdf(service.permit_document(renovation_id, TODAY), tmp_path / "permit.pdf")
    text = pdf_text(path)
    for expected in (
        "锦绣物业服务中心",
        "装修施工许可证",
        "ZX-2026-0042",
        "张三",
        "杭州城建装饰工程有限公司",
        "13812345678",
        "3栋-2单元-1202",
        "阳光花园",
        "厨房、卫生间翻新",
        "¥3,000.00",
        "2026年02月10日 至 2026年04月30日",
        "承重墙",
        "外立面",
        "防水",
        "建筑垃圾",
        "第1页/共1页",
        "杭州市西湖区文三路100号",
    ):
        assert expected in text or expected in text.replace(" ", ""), expected
    assert page_count(path) == 1


def test_inspection_record_pdf_shows_the_violation_and_notice(approved, tmp_path: Path) -> None:
    service, renovation_id = approved
    service.transition(renovation_id, "in_progress", service.get(renovation_id).version, TODAY, today=TODAY)
    service.add_inspection(
        renovation_id,
        InspectionInput(datetime(2026, 3, 1, 10, 0), "王工", "ok", description="施工正常"),
        now=datetime(2026, 3, 10, 12, 0),
    )
    inspection_id = service.add_inspection(
        renovation_id,
        InspectionInput(
            datetime(2026, 3, 9, 14, 20),
            "李工",
            "violation",
            violation_type="facade",
            description="擅自封闭阳台",
            rectification_due=date(2026, 3, 12),
            deduction_amount="200.50",
            deduction_reason="改变外立面罚扣",
        ),
        now=datetime(2026, 3, 10, 12, 0),
    )
    path = build_inspection_record_pdf(service.inspection_document(inspection_id, TODAY), tmp_path / "record.pdf")
    text = pdf_text(path)
    for expected in (
        "装修巡查记录",
        "ZX-2026-0042",
        "张三",
        "杭州城建装饰工程有限公司",
        "李工",
        "发现违规",
        "改变外立面",
        "擅自封闭阳台",
        "2026年03月12日",
        "¥200.50",
        "改变外立面罚扣",
        "整改通知",
        "王工",
        "（本次）",
        "施工单位签收",
    ):
        assert expected in text, expected


def test_hostile_text_prints_as_text(tmp_path: Path) -> None:
    """Markup, control characters, right-to-left marks, emoji and 100,000 characters print without error."""
    hostile = "<b>粗体</b> & <script>alert(1)</script> '; DROP TABLE renovations; -- \u202e反向\u202c 🏠 \x00\x07"
    data = PermitData(
        office=OfficeInfo(name="<i>物业</i>", address="路" * 500, phone="&amp;"),
        permit_number="ZX-<1>",
        community_name="小区&",
        unit_code="1栋-101",
        applicant=hostile,
        contractor="公司<br/>",
        contractor_phone="",
        scope=("很长的装修范围" * 15_000)[:100_000] + "\n" + hostile,
        planned_start=None,
        planned_end=None,
        deposit_received=Decimal("0.00"),
        status="approved",
        issued_on=TODAY,
    )
    path = build_permit_pdf(data, tmp_path / "hostile.pdf")
    text = pdf_text(path)
    assert "<b>粗体</b> & <script>alert(1)</script>" in text
    assert "ZX-<1>" in text and "<i>物业</i>" in text and "公司<br/>" in text
    assert page_count(path) > 10
