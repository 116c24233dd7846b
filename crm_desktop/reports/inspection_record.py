"""装修巡查记录: one inspection of a renovation, with a rectification notice when it found a violation.

Offices hand it to the contractor to sign; the renovation's earlier inspections are listed for context.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from crm_desktop.reports.documents import (
    RESULT_NAMES,
    VIOLATION_NAMES,
    Styles,
    build,
    day_text,
    facts_table,
    header,
    list_table,
    markup,
    money_text,
    paragraphs,
    signature_table,
    time_text,
)
from crm_desktop.services.renovations import InspectionRecordData

TITLE = "装修巡查记录"
CELL_LIMIT = 300


def build_inspection_record_pdf(data: InspectionRecordData, path: Path | str) -> Path:
    """Write the record as an A4 PDF at `path` and return the path."""
    styles = Styles()
    inspection = data.inspection
    violation = inspection.result == "violation"
    story = header(
        styles,
        data.office,
        TITLE,
        f"许可证编号：{markup(data.permit_number)}&nbsp;&nbsp;&nbsp;&nbsp;记录编号：XC-{inspection.id:06d}",
    )
    pairs = [
        ("小区", markup(data.community_name)),
        ("房屋", markup(data.unit_code)),
        ("申请人（业主）", markup(data.applicant)),
        ("巡查时间", escape(time_text(inspection.inspected_at))),
        ("巡查人", markup(inspection.inspector)),
        ("巡查结果", escape(RESULT_NAMES.get(inspection.result, inspection.result))),
    ]
    contractor = markup(data.contractor)
    if data.contractor_phone.strip():
        contractor += f"&nbsp;&nbsp;&nbsp;&nbsp;电话：{markup(data.contractor_phone)}"
    if violation:
        pairs += [
            ("违规类型", escape(VIOLATION_NAMES.get(inspection.violation_type or "", "—"))),
            ("整改期限", escape(day_text(inspection.rectification_due))),
            ("整改完成", escape(day_text(inspection.rectified_date) if inspection.rectified_date else "未完成")),
            ("扣除押金", escape(money_text(inspection.deducted) if inspection.deducted else "—")),
        ]
    story.append(facts_table(styles, pairs, wide=[("施工单位", contractor)]))
    story += [
        Paragraph("巡查情况", styles.heading),
        *paragraphs(inspection.description, styles.body, "未发现违规装修行为。" if not violation else "—"),
    ]
    if data.deductions:
        story += [
            Paragraph("押金扣除", styles.heading),
            list_table(
                styles,
                ["扣除金额", "原因"],
                [[escape(money_text(d.amount)), markup(d.reason, limit=CELL_LIMIT)] for d in data.deductions],
                [1, 4],
            ),
        ]
    if violation and inspection.rectified_date is None:
        story += [
            Paragraph("整改通知", styles.heading),
            Paragraph(
                escape(
                    f"经巡查，上述房屋装修存在违规行为。请施工单位于 {day_text(inspection.rectification_due)} 前"
                    "完成整改并通知物业服务中心复查；逾期未整改的，物业服务中心将依据《装修管理协议》"
                    "责令停工并从装修押金中扣除相应费用。"
                ),
                styles.body,
            ),
        ]
    if len(data.history) > 1:
        story += [
            Paragraph("本次装修巡查记录", styles.heading),
            list_table(
                styles,
                ["巡查时间", "巡查人", "结果", "违规类型", "整改期限", "整改完成"],
                [
                    [
                        i.inspected_at.strftime("%Y-%m-%d %H:%M") + ("（本次）" if i.id == inspection.id else ""),
                        markup(i.inspector),
                        escape(RESULT_NAMES.get(i.result, i.result)),
                        escape(VIOLATION_NAMES.get(i.violation_type or "", "—") if i.violation_type else "—"),
                        i.rectification_due.isoformat() if i.rectification_due else "—",
                        i.rectified_date.isoformat() if i.rectified_date else "—",
                    ]
                    for i in data.history
                ],
                [3.4, 1.5, 1.4, 2.6, 1.8, 1.8],
            ),
        ]
    story += [
        Spacer(1, 10 * mm),
        KeepTogether([signature_table(styles, ["巡查人签字", "施工单位签收", "业主签收"])]),
    ]
    return build(path, data.office, f"{TITLE} {data.permit_number}", story, styles)
