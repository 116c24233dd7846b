"""The words of the monthly reports in 简体中文 and English.

The reports are built without Qt (the CLI prints them on machines with no display), so their words live
here rather than in the Qt .ts files; codes (categories, churn reasons…) get their Chinese names from the
SPEC's code lists in services.codes.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from crm_desktop.services.codes import CHURN_REASONS, SERVQUAL_DIMENSIONS, TICKET_CATEGORIES, TICKET_CHANNELS
from crm_desktop.services.metrics import RISK_RULES

LANGUAGES = ("zh_CN", "en")

WORDS: dict[str, tuple[str, str]] = {
    # titles and blocks
    "satisfaction_title": ("满意度月报", "Monthly satisfaction report"),
    "retention_title": ("客户保持月报", "Monthly retention report"),
    "month_title": ("{year}年{month}月", "{month_name} {year}"),
    "generated": ("生成时间：{at}", "Generated: {at}"),
    "signatory": ("审核人：{name}", "Approved by: {name}"),
    "footer": ("生成时间 {at}    第 {page} 页 / 共 {total} 页", "Generated {at}    Page {page} of {total}"),
    "no_data": (
        "{month}没有任何客户、工单或满意度答卷记录，本报告没有可报告的数字。",
        "There are no customers, tickets or survey responses on record for {month}; this report has no "
        "figures to show.",
    ),
    "no_responses": ("本月没有收到满意度答卷。", "No survey responses were received this month."),
    "no_complaints": ("本月没有受理投诉。", "No complaints were received this month."),
    "no_staff": ("本月没有员工或班组解决工单。", "No staff member or team resolved a ticket this month."),
    "no_trend": ("近 12 个月没有可画出的数据", "No figures in the last 12 months"),
    "no_comments": ("本月没有意见建议。", "No comments were written this month."),
    "no_churn": ("本月没有流失客户。", "No customer was lost this month."),
    "no_at_risk": ("本月末没有达到预警分值的客户。", "No customer reached the at-risk score at the month's end."),
    "more_comments": ("（本月共 {total} 条意见建议，此处列出最近 {shown} 条）",
                      "({total} comments this month; the latest {shown} are shown)"),
    "more_at_risk": ("（共 {total} 位预警客户，此处列出分值最高的 {shown} 位；完整名单见程序首页）",
                     "({total} customers are at risk; the {shown} with the highest scores are listed; the program's "
                     "dashboard has them all)"),
    # section headings
    "h_summary": ("一、核心指标", "1. Key figures"),
    "h_nps": ("二、推荐意愿（NPS）", "2. Net Promoter Score (NPS)"),
    "h_csat": ("三、总体满意度（CSAT）", "3. Overall satisfaction (CSAT)"),
    "h_servqual": ("四、服务质量差距（SERVQUAL）", "4. Service quality gaps (SERVQUAL)"),
    "h_trend": ("五、近 12 个月趋势", "5. Trend over 12 months"),
    "h_complaints": ("六、投诉处理", "6. Complaints"),
    "h_staff": ("七、员工服务情况", "7. Staff"),
    "h_scorecard": ("八、CRM 绩效测评", "8. CRM scorecard"),
    "h_comments": ("九、业主意见建议", "9. Comments from owners"),
    "h_retention": ("一、客户保持", "1. Retention"),
    "h_retention_trend": ("二、近 12 个月保持率与流失率", "2. Retention and churn over 12 months"),
    "h_churn": ("三、流失原因与分布", "3. Why and where customers left"),
    "h_tenure": ("四、客户居住年限分布", "4. Tenure of current customers"),
    "h_quadrant": ("五、满意度与忠诚度矩阵", "5. Satisfaction and loyalty"),
    "h_at_risk": ("六、流失预警客户", "6. Customers at risk"),
    # table headings
    "metric": ("指标", "Figure"),
    "this_month": ("本月", "This month"),
    "last_month": ("上月", "Last month"),
    "change": ("环比变化", "Change"),
    "count": ("人数", "Count"),
    "share": ("占比", "Share"),
    "dimension": ("维度", "Dimension"),
    "expectation": ("期望均值", "Expectation"),
    "perception": ("感知均值", "Perception"),
    "gap": ("差距", "Gap"),
    "ratio": ("满意度 C=b/a", "Ratio C=b/a"),
    "overall": ("总体", "Overall"),
    "category": ("类别", "Category"),
    "complaints": ("投诉数", "Complaints"),
    "staff_name": ("员工/班组", "Staff / team"),
    "handled": ("解决工单", "Resolved"),
    "median_hours": ("解决时长中位数", "Median time"),
    "sla": ("按时解决率", "Within SLA"),
    "callback_ok": ("回访满意率", "Call-back OK"),
    "assessment": ("素质测评", "Assessed"),
    "team_mark": ("（班组）", " (team)"),
    "sc_dimension": ("测评维度", "Dimension"),
    "sc_indicator": ("指标", "Indicator"),
    "sc_value": ("本月", "This month"),
    "sc_knowledge": ("客户知识", "Knowledge"),
    "sc_interaction": ("客户互动", "Interaction"),
    "sc_value_dim": ("客户价值", "Value"),
    "sc_satisfaction": ("客户满意", "Satisfaction"),
    "households": ("在住户数", "Occupied households"),
    "interactions_per_100": ("每百户互动次数", "Interactions per 100 households"),
    "tickets_per_100": ("每百户工单数", "Tickets per 100 households"),
    "comment_date": ("日期", "Date"),
    "comment_where": ("小区", "Community"),
    "comment_text": ("意见建议", "Comment"),
    "reason": ("流失原因", "Reason"),
    "community": ("小区", "Community"),
    "lost": ("流失客户", "Lost"),
    "tenure_band": ("居住年限", "Tenure"),
    "customers": ("客户数", "Customers"),
    "quadrant": ("类型", "Type"),
    "name": ("客户", "Customer"),
    "unit": ("房屋", "Unit"),
    "phone": ("手机", "Mobile"),
    "score": ("分值", "Score"),
    "reasons": ("预警原因", "Reasons"),
    "actions": ("建议挽回措施", "Suggested win-back actions"),
    # figures
    "responses": ("答卷数", "Responses"),
    "nps": ("NPS 净推荐值", "NPS"),
    "csat": ("CSAT 满意率", "CSAT"),
    "csat_mean": ("满意度均值（1–5）", "Mean satisfaction (1–5)"),
    "csat_answers": ("作答人数", "Answers"),
    "satisfaction_index": ("总体满意度指数 C=b/a", "Satisfaction index C=b/a"),
    "promoters": ("推荐者（9–10 分）", "Promoters (9–10)"),
    "passives": ("中立者（7–8 分）", "Passives (7–8)"),
    "detractors": ("贬损者（0–6 分）", "Detractors (0–6)"),
    "complaints_received": ("受理投诉", "Complaints received"),
    "tickets_received": ("受理工单（全部类型）", "Tickets received (all kinds)"),
    "median_first_response_minutes": ("首次响应时长中位数", "Median first response"),
    "median_resolution_hours": ("解决时长中位数", "Median resolution time"),
    "sla_compliance": ("按时解决率", "Resolved within SLA"),
    "open_at_month_end": ("月末未解决投诉", "Open complaints at month end"),
    "overdue_at_month_end": ("其中已超时", "of which overdue"),
    "callback_rate": ("回访率", "Call-back rate"),
    "callback_satisfaction": ("回访满意率", "Call-back satisfaction"),
    "repeat_complainants": ("重复投诉客户", "Repeat complainants"),
    "active_start": ("月初在住客户", "Customers at month start"),
    "active_end": ("月末在住客户", "Customers at month end"),
    "new_customers": ("新增客户", "New customers"),
    "lost_customers": ("流失客户", "Lost customers"),
    "retention_rate": ("客户保持率", "Retention rate"),
    "churn_rate": ("客户流失率", "Churn rate"),
    "avg_tenure_years": ("平均居住年限", "Average tenure"),
    "archive_completeness": ("档案完整率", "Archive completeness"),
    "at_risk_count": ("流失预警客户数", "Customers at risk"),
    # units
    "minutes": ("{v} 分钟", "{v} min"),
    "hours": ("{v} 小时", "{v} h"),
    "years": ("{v} 年", "{v} years"),
    "people": ("{v}", "{v}"),
    # charts
    "chart_nps_csat": ("NPS 与 CSAT（%）", "NPS and CSAT (%)"),
    "chart_gap": ("各维度感知−期望差距", "Perception − expectation by dimension"),
    "chart_categories": ("本月投诉类别", "Complaints by category this month"),
    "chart_retention": ("客户保持率（%）", "Retention rate (%)"),
    "chart_churn": ("客户流失率（%）", "Churn rate (%)"),
    "chart_reasons": ("流失原因", "Churn by reason"),
    "chart_communities": ("各小区流失客户", "Lost customers by community"),
    "chart_tenure": ("居住年限分布", "Tenure distribution"),
    "satisfied_axis": ("满意（CSAT ≥ 4）", "Satisfied (CSAT ≥ 4)"),
    "loyal_axis": ("忠诚（NPS ≥ 7）", "Loyal (NPS ≥ 7)"),
    "unknown_note": ("另有 {v} 位客户近 12 个月没有同时回答 NPS 与 CSAT，未能归类。",
                     "{v} more customers answered no survey with both NPS and CSAT in the last 12 months."),
    "scorecard_note": (
        "互动次数 = 沟通记录 + 受理工单 + 回访 + 问卷答卷；在住户数为月末有业主或租户的房屋数。",
        "Interactions = contact log entries + tickets received + call-backs + survey responses; occupied "
        "households are units with an owner or tenant at the month's end.",
    ),
    "at_risk_note": (
        "预警分：近 12 个月最近一次 NPS ≤ 6 计 3 分；有超时未解决投诉计 2 分；90 天内投诉 2 次及以上计 2 分；"
        "90 天内回访评分 ≤ 2 计 2 分；近 12 个月最近一次满意度 ≤ 2 计 1 分。3 分及以上为预警。姓名与电话已脱敏。",
        "Score: latest NPS ≤ 6 within 12 months 3; an overdue unresolved complaint 2; two or more complaints "
        "within 90 days 2; a call-back scored ≤ 2 within 90 days 2; latest CSAT ≤ 2 within 12 months 1. "
        "3 or more is at risk. Names and phones are masked.",
    ),
}

QUADRANT_WORDS = {
    "loyalist": ("忠诚型", "Loyalists"),
    "mercenary": ("图利型", "Mercenaries"),
    "hostage": ("人质型", "Hostages"),
    "defector": ("流失型", "Defectors"),
    "unknown": ("未归类", "Unknown"),
}
RISK_WORDS = {
    "detractor": ("近期 NPS 贬损", "Recent NPS detractor"),
    "overdue_complaint": ("投诉超时未解决", "Overdue complaint"),
    "repeat_complaints": ("90 天内多次投诉", "Repeat complaints in 90 days"),
    "low_callback": ("回访评分低", "Low call-back score"),
    "low_csat": ("近期满意度低", "Low recent CSAT"),
}
# Chinese for the win-back actions; English is the services' own text (metrics.RISK_RULES).
CHINESE_ACTIONS = {
    "detractor": "主管上门走访，了解改变其看法的条件",
    "overdue_complaint": "督办超时投诉，电话告知解决日期",
    "repeat_complaints": "梳理历次投诉，与业主商定一次性解决方案",
    "low_callback": "两天内再次回访，必要时重新处理",
    "low_csat": "安排关怀走访，征求改进意见",
}
ENGLISH_CATEGORIES = {
    "cleaning": "Cleaning", "security": "Security", "repairs": "Repairs", "parking": "Parking", "noise": "Noise",
    "greenery": "Greenery", "fees": "Fees", "staff_attitude": "Staff attitude", "renovation": "Renovation",
    "other": "Other",
}
ENGLISH_CHURN = {
    "natural": "Natural", "dissatisfied": "Dissatisfied", "competitive": "Competitive", "passive": "Passive",
    "other": "Other",
}
ENGLISH_DIMENSIONS = {
    "tangibles": "Tangibles", "reliability": "Reliability", "responsiveness": "Responsiveness",
    "assurance": "Assurance", "empathy": "Empathy",
}
ENGLISH_CHANNELS = {
    "phone": "Phone", "visit": "Visit", "wechat": "WeChat", "email": "E-mail", "letter": "Letter",
    "owners_meeting": "Owners' meeting", "other": "Other",
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


class Words:
    """`words("nps")` → the report's word for it in the chosen language."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown report language {language!r}; use one of {', '.join(LANGUAGES)}")
        self.language = language
        self._index = LANGUAGES.index(language)

    @property
    def chinese(self) -> bool:
        return self._index == 0

    def __call__(self, key: str, **values: Any) -> str:
        text = WORDS[key][self._index]
        return text.format(**values) if values else text

    def _pick(self, table: dict[str, tuple[str, str]], code: str) -> str:
        return table.get(code, (code, code))[self._index]

    def quadrant(self, code: str) -> str:
        return self._pick(QUADRANT_WORDS, code)

    def risk(self, code: str) -> str:
        return self._pick(RISK_WORDS, code)

    def action(self, code: str) -> str:
        return CHINESE_ACTIONS[code] if self.chinese else RISK_RULES[code][1]

    def category(self, code: str) -> str:
        return TICKET_CATEGORIES.get(code, code) if self.chinese else ENGLISH_CATEGORIES.get(code, code)

    def channel(self, code: str) -> str:
        return TICKET_CHANNELS.get(code, code) if self.chinese else ENGLISH_CHANNELS.get(code, code)

    def churn_reason(self, code: str) -> str:
        return CHURN_REASONS.get(code, code) if self.chinese else ENGLISH_CHURN.get(code, code)

    def dimension(self, code: str) -> str:
        return SERVQUAL_DIMENSIONS.get(code, code) if self.chinese else ENGLISH_DIMENSIONS.get(code, code)

    def tenure_band(self, band: str) -> str:
        if band.endswith("+"):
            return f"{band[:-1]} 年以上" if self.chinese else f"{band[:-1]}+ years"
        return f"{band} 年" if self.chinese else f"{band} years"

    def month(self, first: date) -> str:
        return self("month_title", year=first.year, month=first.month, month_name=MONTH_NAMES[first.month - 1])

    def short_month(self, key: str) -> str:
        """'2026-09' → '26/09' on a chart axis."""
        return f"{key[2:4]}/{key[5:7]}"

    def timestamp(self, at: datetime) -> str:
        return at.strftime("%Y-%m-%d %H:%M")

    # --- figures -----------------------------------------------------------------------------------
    def figure(self, value: Any, kind: str = "number") -> str:
        """A metric as printed: — for an empty denominator (SPEC §4), % for percentages, units for durations."""
        if value is None:
            return "—"
        if kind == "percent":
            return f"{Decimal(str(value)):.1f}%"
        if kind == "score":  # NPS: −100…100, not a percentage
            return f"{Decimal(str(value)):.1f}"
        if kind == "mean":
            return f"{Decimal(str(value)):.2f}"
        if kind == "minutes":
            return self("minutes", v=f"{Decimal(str(value)):.1f}")
        if kind == "hours":
            return self("hours", v=f"{Decimal(str(value)):.1f}")
        if kind == "years":
            return self("years", v=f"{Decimal(str(value)):.2f}")
        return f"{value:,}" if isinstance(value, int) else str(value)

    def change(self, current: Any, previous: Any, kind: str = "number") -> str:
        """Month-over-month change: +1.5 / −0.3 / 0; percentages in points (pp / 个百分点)."""
        if current is None or previous is None:
            return "—"
        delta = Decimal(str(current)) - Decimal(str(previous))
        places = {"mean": "0.01", "years": "0.01"}.get(kind, "0.1" if kind != "number" else "1")
        delta = delta.quantize(Decimal(places))
        sign = "+" if delta > 0 else ("−" if delta < 0 else "")
        magnitude = abs(delta)
        text = f"{sign}{magnitude:,}" if kind == "number" else f"{sign}{magnitude}"
        if kind == "percent":
            text += " 个百分点" if self.chinese else " pp"
        elif kind in ("minutes", "hours", "years"):
            text = self(kind, v=text)
        return text
