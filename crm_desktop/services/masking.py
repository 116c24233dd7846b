"""Masking of personal data (SPEC §3.1): 110105********1234, 138****5678.

Shorter values (passports, permits, landlines) keep fewer characters, so that a mask never shows
the whole value: a 9-character passport number must not come out in clear.
"""

from __future__ import annotations

import re


def mask_id_number(value: str | None) -> str:
    if not value:
        return ""
    n = len(value)
    if n >= 15:  # mainland ID numbers (18, or 15 for the old ones): region code and last four
        return value[:6] + "*" * (n - 10) + value[-4:]
    if n >= 9:  # passports and permits (9–11 characters): first one and last two
        return value[:1] + "*" * (n - 3) + value[-2:]
    if n >= 4:
        return value[:1] + "*" * (n - 1)
    return "*" * n


def mask_phone(value: str | None) -> str:
    if not value:
        return ""
    n = len(value)
    if n >= 11:  # mobiles, landlines with area code: 138****5678
        return value[:3] + "*" * (n - 7) + value[-4:]
    if n >= 7:  # local landline numbers: first two and last two
        return value[:2] + "*" * (n - 4) + value[-2:]
    return "*" * n


_MAINLAND_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])|(?<!\d)\d{15}(?!\d)")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")


def scrub_text(value: str) -> str:
    """Mask mainland ID numbers and mobile numbers wherever they appear in free text.

    Here rather than in services/audit.py (which uses it too) because the log filter installed at start needs
    it, and audit.py imports SQLAlchemy and every model: a tenth of a second or more before the first window.
    """
    value = _MAINLAND_ID.sub(lambda m: mask_id_number(m.group(0)), value)
    return _MOBILE.sub(lambda m: mask_phone(re.sub(r"\D", "", m.group(0))[-11:]), value)


def mask_name(name: str) -> str:
    """张三丰 → 张*丰, 李四 → 李*: enough for the office to recognise, not for a stranger to read."""
    name = (name or "").strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
