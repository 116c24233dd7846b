"""The monthly satisfaction and retention PDFs (SPEC §5): made from a demo office, read back with pdftotext."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.models.database import Database, open_database
from crm_desktop.reports.monthly import write_monthly_report
from crm_desktop.reports.report_words import Words
from crm_desktop.services.demo import generate_demo
from crm_desktop.services.errors import OperationCancelled
from crm_desktop.services.metrics import month_metrics
from crm_desktop.services.monthly_report import monthly_report_data
from crm_desktop.services.office_settings import OfficeSettings, OfficeSettingsService
from crm_desktop.services.progress import Progress
from tests.factories import ADMIN
from tests.reports.test_permit import page_count, pdf_text

TODAY = date(2026, 12, 1)
NOVEMBER = date(2026, 11, 1)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "office.db"
    db = open_database(str(path))
    generate_demo(db, households=150, months=14, seed=5, today=TODAY)
    db.dispose()
    return path


@pytest.fixture
def demo(demo_path) -> Database:
    db = open_database(str(demo_path))
    yield db
    db.dispose()


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_satisfaction_report_prints_the_months_figures(demo, tmp_path):
    pdf = write_monthly_report(demo, "satisfaction", NOVEMBER, tmp_path / "sat.pdf")
    text = pdf_text(pdf)
    flat = _flat(text)
    words = Words("zh_CN")
    metrics = month_metrics(demo, NOVEMBER)
    assert "2026年11月 满意度月报" in flat
    for heading in ("核心指标", "推荐意愿（NPS）", "服务质量差距（SERVQUAL）", "近 12 个月趋势", "投诉处理",
                    "员工服务情况", "CRM 绩效测评", "业主意见建议"):
        assert heading in flat
    nps, csat = metrics.satisfaction["nps"], metrics.satisfaction["csat"]
    assert f"NPS 净推荐值 {words.figure(nps, 'score')}" in flat
    assert f"CSAT 满意率 {words.figure(csat, 'percent')}" in flat
    complaints = metrics.service["complaints_received"]
    assert f"受理投诉 {complaints}" in flat
    previous = month_metrics(demo, date(2026, 10, 1))
    # This month, last month and the change, on one line of the KPI table.
    row = (f"NPS 净推荐值 {words.figure(nps, 'score')} {words.figure(previous.satisfaction['nps'], 'score')} "
           f"{words.change(nps, previous.satisfaction['nps'], 'score')}")
    assert row in flat
    data = monthly_report_data(demo, NOVEMBER)
    assert f"档案完整率 {words.figure(data.scorecard.archive_completeness, 'percent')}" in flat  # CRM scorecard
    busiest = data.staff[0]
    assert f"{busiest.name} {busiest.handled}" in flat  # the per-staff table
    pages = page_count(pdf)
    squeezed = flat.replace(" ", "")  # pdftotext drops the spaces between Chinese and digits
    assert f"第1页/共{pages}页" in squeezed and f"第{pages}页/共{pages}页" in squeezed
    assert "生成时间" in flat


def test_retention_report_prints_retention_quadrant_and_masked_at_risk_list(demo, tmp_path):
    pdf = write_monthly_report(demo, "retention", NOVEMBER, tmp_path / "ret.pdf")
    flat = _flat(pdf_text(pdf))
    words = Words("zh_CN")
    metrics = month_metrics(demo, NOVEMBER)
    retention = metrics.retention
    assert "2026年11月 客户保持月报" in flat
    assert f"客户保持率 {words.figure(retention['retention_rate'], 'percent')}" in flat
    assert f"流失客户 {retention['lost_customers']}" in flat
    for quadrant in ("忠诚型", "图利型", "人质型", "流失型"):
        assert quadrant in flat
    assert metrics.at_risk, "the demo office has customers at risk"
    first = metrics.at_risk[0]
    assert first.unit_codes in flat
    assert first.name not in flat or len(first.name) == 1  # names are masked …
    if first.mobile:
        assert first.mobile not in flat and first.mobile[-4:] in flat  # … and phones show only the last digits
    with demo.session() as s:
        from sqlalchemy import select

        from crm_desktop.models import Customer

        id_numbers = [n for n in s.scalars(select(Customer.id_number).where(Customer.id_number.is_not(None)))]
    assert not any(number in flat for number in id_numbers)


def test_english_reports(demo, tmp_path):
    pdf = write_monthly_report(demo, "retention", NOVEMBER, tmp_path / "ret-en.pdf", lang="en")
    flat = _flat(pdf_text(pdf))
    assert "Monthly retention report — November 2026" in flat
    assert "Page 1 of" in flat and "Retention rate" in flat and "Loyalists" in flat
    assert "客户保持率" not in flat
    pdf = write_monthly_report(demo, "satisfaction", NOVEMBER, tmp_path / "sat-en.pdf", lang="en")
    flat = _flat(pdf_text(pdf))
    assert "Monthly satisfaction report — November 2026" in flat and "CRM scorecard" in flat


def test_a_month_without_records_gives_a_clean_one_page_report(demo, tmp_path):
    pdf = write_monthly_report(demo, "satisfaction", date(2015, 1, 1), tmp_path / "empty.pdf")
    flat = _flat(pdf_text(pdf))
    assert "2015年1月没有任何客户、工单或满意度答卷记录" in flat
    assert page_count(pdf) == 1
    assert "核心指标" not in flat


def test_office_header_logo_and_hostile_text(demo_path, tmp_path):
    copy = tmp_path / "copy.db"
    copy.write_bytes(demo_path.read_bytes())
    db = open_database(str(copy))
    try:
        from PIL import Image

        logo = tmp_path / "logo.png"
        Image.new("RGB", (120, 60), (30, 90, 160)).save(logo)
        OfficeSettingsService(db, ADMIN).save(
            OfficeSettings(name="<b>锦华</b> & 物业 '; DROP TABLE x;--", signatory="李主管", logo=logo.read_bytes())
        )
        pdf = write_monthly_report(db, "satisfaction", NOVEMBER, tmp_path / "office.pdf")
    finally:
        db.dispose()
    flat = _flat(pdf_text(pdf))
    assert "<b>锦华</b> & 物业 '; DROP TABLE x;--" in flat
    assert "审核人：李主管" in flat
    images = __import__("subprocess").run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) >= 3  # header, rule, and the logo


def test_cancelled_report_leaves_no_file(demo, tmp_path):
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(OperationCancelled):
        write_monthly_report(demo, "retention", NOVEMBER, target, progress=Progress(cancelled=lambda: True))
    assert list(tmp_path.iterdir()) == []


def test_report_command(demo_path, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    code = main(["report", "retention", "--month", "2026-11", "--db", str(demo_path), "--out", str(out),
                 "--lang", "en"])
    assert code == 0 and out.is_file()
    assert "Monthly retention report" in pdf_text(out)
    assert main(["report", "retention", "--month", "2026-13", "--db", str(demo_path), "--out", str(out)]) == 2
    assert "2026-13" in capsys.readouterr().err
    assert main(["report", "retention", "--month", "2026-11", "--db", str(demo_path), "--out",
                 str(tmp_path / "x.txt")]) == 2
    assert ".pdf" in capsys.readouterr().err
    assert not (tmp_path / "x.txt").exists()


def test_hostile_comments_print_as_text(demo_path, tmp_path):
    """HTML, SQL, control and RTL characters, emoji and a 100,000-character comment reach the PDF as text."""
    from datetime import datetime

    from sqlalchemy import select

    from crm_desktop.models import Answer, Question, Response

    copy = tmp_path / "hostile.db"
    copy.write_bytes(demo_path.read_bytes())
    db = open_database(str(copy))
    hostile = "<script>alert('x')</script> '; DROP TABLE answers;-- \u202e反向文字 😀 \x07"
    try:
        with db.session() as s:
            response = s.scalars(
                select(Response).where(Response.responded_at >= datetime(2026, 11, 1)).order_by(Response.id)
            ).first()
            question = s.scalars(
                select(Question).where(Question.survey_id == response.survey_id, Question.kind == "text")
            ).first()
            s.add(Answer(response_id=response.id, question_id=question.id, text=hostile + "长" * 100_000))
            response.responded_at = datetime(2026, 11, 30, 23, 59)  # the newest comment of the month
            s.commit()
        pdf = write_monthly_report(db, "satisfaction", NOVEMBER, tmp_path / "hostile.pdf")
    finally:
        db.dispose()
    flat = _flat(pdf_text(pdf))
    assert "<script>alert('x')</script> '; DROP TABLE answers;--" in flat
    assert "反向文字" in flat
    assert page_count(pdf) < 20  # the long comment is clipped in its cell, not printed over dozens of pages
