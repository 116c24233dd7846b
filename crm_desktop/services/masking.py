"""Masking of personal data (SPEC §3.1): 110105********1234, 138****5678.

Shorter values (passports, permits, landlines) keep fewer characters, so that a mask never shows
the whole value: a 9-character passport number must not come out in clear.
"""

from __future__ import annotations


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
