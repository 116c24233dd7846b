"""Code lists of the specification. Codes are stored; the UI translates them for display.

The Chinese names here are the file-format spellings of SPEC §6.2 (import/export), not UI labels.
"""

from __future__ import annotations

CUSTOMER_TYPES = {"owner": "业主", "tenant": "租户", "family": "家属", "company": "单位"}
OCCUPANCY_ROLES = ("owner", "tenant", "resident")
GENDERS = {"male": "男", "female": "女"}
ID_TYPES = {
    "resident_id": "居民身份证",
    "passport": "护照",
    "hk_macau_permit": "港澳居民来往内地通行证",
    "taiwan_permit": "台湾居民来往大陆通行证",
    "other": "其他",
}
UNIT_USAGES = ("residential", "commercial", "parking", "other")
CHURN_REASONS = {
    "natural": "自然流失",
    "dissatisfied": "过失流失",
    "competitive": "竞争流失",
    "passive": "被动流失",
    "other": "其他",
}
CONTACT_CHANNELS = ("phone", "wechat", "sms", "email", "visit")
INTERACTION_KINDS = ("call", "visit", "care_visit", "greeting", "notice", "event")
TICKET_KINDS = {"complaint": "投诉", "repair": "报修", "inquiry": "咨询", "suggestion": "建议", "praise": "表扬"}
TICKET_CHANNELS = {
    "phone": "电话",
    "visit": "来访",
    "wechat": "微信",
    "email": "邮件",
    "letter": "信函",
    "owners_meeting": "业主大会",
    "other": "其他",
}
TICKET_CATEGORIES = {
    "cleaning": "保洁",
    "security": "安保",
    "repairs": "维修",
    "parking": "停车",
    "noise": "噪音",
    "greenery": "绿化",
    "fees": "收费",
    "staff_attitude": "服务态度",
    "renovation": "装修",
    "other": "其他",
}
SEVERITIES = {"urgent": "紧急", "high": "高", "normal": "普通", "low": "低"}
TICKET_STATUSES = {
    "new": "新建",
    "assigned": "已派工",
    "in_progress": "处理中",
    "on_hold": "挂起",
    "resolved": "已解决",
    "closed": "已关闭",
}
SURVEY_CHANNELS = {"paper": "纸质", "phone": "电话", "visit": "上门", "online": "线上"}
SERVQUAL_DIMENSIONS = {
    "tangibles": "有形性",
    "reliability": "可靠性",
    "responsiveness": "响应性",
    "assurance": "保证性",
    "empathy": "移情性",
}
RENOVATION_STATUSES = (
    "applied",
    "approved",
    "in_progress",
    "awaiting_acceptance",
    "accepted",
    "rejected",
    "cancelled",
)
VIOLATION_TYPES = ("load_bearing", "facade", "waterproofing", "hours_noise", "debris", "other")


def code_for(mapping: dict[str, str], label: str) -> str | None:
    """The code whose file-format name (or the code itself) is `label`."""
    text = label.strip()
    for code, name in mapping.items():
        if text in (name, code):
            return code
    return None
