"""What the monthly reports add to §4: trend, per-staff table, churn by community, tenure, scorecard.

Worked out by hand on the crafted March 2026 of test_metrics (see the comments there for each person).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from crm_desktop.models import Staff, StaffAssessment, Ticket
from crm_desktop.services.errors import PermissionDeniedError, ValidationError
from crm_desktop.services.masking import mask_name
from crm_desktop.services.metrics import month_metrics
from crm_desktop.services.monthly_report import month_trend, monthly_report_data
from crm_desktop.services.office_settings import OfficeSettings, OfficeSettingsService, load_office_settings
from crm_desktop.services.principal import Principal
from tests.factories import ADMIN
from tests.services.test_metrics import MARCH, _crafted


def test_report_figures_of_the_crafted_month(db):
    _crafted(db)
    data = monthly_report_data(db, MARCH)
    assert data.has_data
    # Lost in March: D (ends 03-15), H (过户 on 03-31), K (ends 04-01); all units are in 阳光花园.
    assert data.churn_by_community == {"阳光花园": 3}
    # Active at April 1st: A 2020-01-01 and G 2019-01-01 (5–10 years); B, E, I, J began in 2026 (under 1 year).
    assert data.tenure_distribution == {"0-1": 4, "1-3": 0, "3-5": 0, "5-10": 2, "10+": 0}
    card = data.scorecard
    assert card.households == 6  # units 0, 1, 4, 6, 8, 9 have an owner or tenant on April 1st
    # Tickets received T1 T2 T3 T4 T6 (5) + call-backs on 03-04 and 03-21 (2) + responses of B, E, G, I (4).
    assert card.interactions == 11
    assert card.interactions_per_100_households == Decimal("183.33")
    assert card.tickets_per_100_households == Decimal("83.33")
    assert card.retention_rate == data.current.retention["retention_rate"]
    assert card.archive_completeness == data.current.archive["archive_completeness"]
    assert data.nps_counts == (1, 1, 2)  # G 10; E 8; B 5 and I 6
    assert data.previous.month == "2026-02"
    # At risk (as in test_metrics): A (two complaints, call-back scored 2), B, I; names masked for print.
    assert {line.name for line in data.at_risk} == {"客*A", "客*B", "客*I"}
    assert all("客户" not in line.name for line in data.at_risk)


def test_trend_points_agree_with_the_month_metrics(db):
    _crafted(db)
    trend = month_trend(db, MARCH, months=3)
    assert [p.month for p in trend] == ["2026-01", "2026-02", "2026-03"]
    for point, first in zip(trend, (date(2026, 1, 1), date(2026, 2, 1), MARCH), strict=True):
        metrics = month_metrics(db, first)
        assert point.retention_rate == metrics.retention["retention_rate"]
        assert point.churn_rate == metrics.retention["churn_rate"]
        assert point.complaints_received == metrics.service["complaints_received"]
        assert point.sla_compliance == metrics.service["sla_compliance"]
        nps = metrics.satisfaction["nps"]
        assert (point.nps is None and nps is None) or float(point.nps) == nps
    assert trend[-1].complaints_received == 4 and trend[-1].sla_compliance == Decimal("33.3")
    assert trend[0].nps == Decimal("100.0")  # January: only I's 10


def test_staff_table_counts_tickets_resolved_in_the_month(db):
    with db.session() as s:
        wang, team = Staff(name="王师傅"), Staff(name="工程维修组", is_team=True)
        idle = Staff(name="李四")
        s.add_all([wang, team, idle])
        s.flush()

        def resolved(n, staff, received, hours, due_hours, score=None):
            s.add(Ticket(number=f"T-{n}", kind="repair", channel="phone", category="repairs", severity="normal",
                         title="t", status="resolved", received_at=received, resolved_at=received + hours,
                         due_at=received + due_hours, assigned_staff_id=staff.id, callback_score=score,
                         callback_at=received + hours if score else None))

        from datetime import timedelta as td

        resolved(1, wang, datetime(2026, 3, 2, 9), td(hours=2), td(hours=4), score=5)
        resolved(2, wang, datetime(2026, 3, 9, 9), td(hours=10), td(hours=4), score=3)
        resolved(3, wang, datetime(2026, 3, 16, 9), td(hours=4), td(hours=4))
        resolved(4, team, datetime(2026, 3, 20, 9), td(hours=30), td(hours=48))
        resolved(5, wang, datetime(2026, 2, 20, 9), td(hours=1), td(hours=4))  # February: not this month
        s.add(StaffAssessment(staff_id=wang.id, period="2026-02", assessed_on=date(2026, 2, 28), method="observation",
                              assessor="主管", business_skill=4, communication=4, service_attitude=5,
                              work_enthusiasm=4, team_spirit=4, weighted_total=Decimal("4.20")))
        s.add(StaffAssessment(staff_id=wang.id, period="2026-04", assessed_on=date(2026, 4, 2), method="observation",
                              assessor="主管", business_skill=1, communication=1, service_attitude=1,
                              work_enthusiasm=1, team_spirit=1, weighted_total=Decimal("1.00")))  # after March
        s.commit()
    rows = {row.name: row for row in monthly_report_data(db, MARCH).staff}
    assert set(rows) == {"王师傅", "工程维修组"}  # 李四 resolved nothing and has no assessment
    wang_row = rows["王师傅"]
    assert wang_row.handled == 3
    assert wang_row.median_resolution_hours == Decimal("4.0")  # 2, 4, 10
    assert wang_row.sla_compliance == Decimal("66.7")  # ticket 2 was late
    assert wang_row.callback_satisfaction == Decimal("50.0")  # 5 and 3
    assert wang_row.assessment_total == Decimal("4.20")  # the April assessment is after the month
    assert rows["工程维修组"].is_team and rows["工程维修组"].assessment_total is None


def test_an_office_without_records_has_no_data(db):
    data = monthly_report_data(db, MARCH)
    assert not data.has_data
    assert data.staff == [] and data.at_risk == [] and data.churn_by_community == {}
    assert all(point.nps is None and point.retention_rate is None for point in data.trend)


def test_names_are_masked_for_print():
    assert mask_name("张三丰") == "张*丰"
    assert mask_name("李四") == "李*"
    assert mask_name("欧阳娜娜") == "欧**娜"
    assert mask_name("王") == "王"


def test_office_settings_round_trip_and_rules(db):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    service = OfficeSettingsService(db, ADMIN)
    service.save(OfficeSettings(name=" 锦华物业 ", address="文三路 1 号", phone="0571-1", signatory="李主管", logo=png))
    stored = load_office_settings(db)
    assert (stored.name, stored.signatory, stored.logo) == ("锦华物业", "李主管", png)
    with pytest.raises(ValidationError) as error:
        service.save(OfficeSettings(name="锦华物业", logo=b"GIF89a"))
    assert error.value.field == "logo"
    with pytest.raises(ValidationError):
        service.save(OfficeSettings(name="  "))
    with pytest.raises(PermissionDeniedError):
        OfficeSettingsService(db, Principal("clerk1", "clerk")).save(OfficeSettings(name="别的名字"))
    assert load_office_settings(db).name == "锦华物业"


def test_tenure_bands_at_their_boundaries(db):
    from crm_desktop.services.monthly_report import tenure_distribution
    from tests.factories import make_resident

    end = date(2026, 4, 1)  # the end of March 2026
    make_resident(db, "甲", room="101", start=end - timedelta(days=365))  # 0.999 years: under one
    make_resident(db, "乙", room="102", start=end - timedelta(days=366))  # 1.002 years: one to three
    make_resident(db, "丙", room="103", start=end - timedelta(days=3653))  # 10.001 years (3652.5 days): 10+
    make_resident(db, "丁", room="104", start=end - timedelta(days=3652))  # 9.999 years: five to ten
    make_resident(db, "戊", room="105", start=end)  # moves in on April 1st: active at the end, 0 years
    with db.session() as s:
        assert tenure_distribution(s, end) == {"0-1": 2, "1-3": 1, "3-5": 0, "5-10": 1, "10+": 1}
