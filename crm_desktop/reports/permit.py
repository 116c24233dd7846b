"""装修施工许可证: the permit an office hands to the owner and contractor once a renovation is approved.

It is posted on the unit's door during the work, so it carries the rules inspections check against.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph, Spacer

from crm_desktop.reports.documents import (
    Styles,
    build,
    day_text,
    facts_table,
    header,
    markup,
    money_text,
    paragraphs,
    signature_table,
)
from crm_desktop.services.renovations import PermitData

TITLE = "装修施工许可证"

# The rules behind the violation types inspections record (load-bearing, facade, waterproofing,
# working hours/noise, debris).
RULES = (
    "施工时间：工作日 8:00–12:00、14:00–18:00；双休日及法定节假日不得进行电钻、电锤、切割等产生噪音的施工。",
    "严禁拆改承重墙、梁、柱、剪力墙及楼板，不得在承重结构上开槽、打洞或扩大原有门窗洞口。",
    "不得改变房屋外立面及外观颜色，不得擅自封闭阳台、安装防盗网或雨棚，空调外机须安装在指定位置。",
    "厨房、卫生间改动防水层的，须重做防水并做不少于 48 小时的闭水试验，经物业确认后方可覆盖。",
    "建筑垃圾须袋装并于指定时间运至指定地点，不得抛撒、堆放在楼道、电梯厅等公共区域。",
    "施工人员须佩戴出入证，服从物业巡查；本证须张贴于户门显著位置，施工期满或变更施工内容须重新申报。",
    "违反上述规定的，物业服务中心有权责令停工、限期整改，并按《装修管理协议》从装修押金中扣除相应费用。",
)


def build_permit_pdf(data: PermitData, path: Path | str) -> Path:
    """Write the permit as an A4 PDF at `path` and return the path."""
    styles = Styles()
    period = f"{day_text(data.planned_start)} 至 {day_text(data.planned_end)}"
    contractor = markup(data.contractor)
    if data.contractor_phone.strip():
        contractor += f"&nbsp;&nbsp;&nbsp;&nbsp;电话：{markup(data.contractor_phone)}"
    story = header(styles, data.office, TITLE, f"许可证编号：{markup(data.permit_number)}")
    story.append(
        facts_table(
            styles,
            [
                ("小区", markup(data.community_name)),
                ("房屋", markup(data.unit_code)),
                ("申请人（业主）", markup(data.applicant)),
                ("发证日期", escape(day_text(data.issued_on))),
            ],
            wide=[
                ("施工单位", contractor),
                ("施工期限", escape(period)),
                ("装修押金", escape(money_text(data.deposit_received))),
            ],
        )
    )
    story += [
        Paragraph("装修范围及内容", styles.heading),
        *paragraphs(data.scope, styles.body, "（未填写）"),
        Paragraph("施工须知", styles.heading),
        ListFlowable(
            [ListItem(Paragraph(escape(rule), styles.body), leftIndent=14) for rule in RULES],
            bulletType="1",
            bulletFontName=styles.body.fontName,
            bulletFontSize=10,
            leftIndent=14,
        ),
        Spacer(1, 8 * mm),
        KeepTogether(
            [
                Paragraph("以上须知已阅读并同意遵守。", styles.body),
                Spacer(1, 4 * mm),
                signature_table(styles, ["业主签字", "施工单位负责人签字", f"{data.office.name}（盖章）"]),
            ]
        ),
    ]
    return build(path, data.office, f"{TITLE} {data.permit_number}", story, styles)
