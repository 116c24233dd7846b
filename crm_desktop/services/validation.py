"""Validators for Chinese personal data: mainland ID numbers (GB 11643) and mobile numbers."""

from __future__ import annotations

import re
from datetime import date

from crm_desktop.services.errors import ValidationError

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CODES = "10X98765432"
MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
ID_TYPES = ("resident_id", "passport", "hk_macau_permit", "taiwan_permit", "other")


def id_check_digit(first17: str) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK_CODES[total % 11]


def normalize_id_number(value: str) -> str:
    return value.strip().replace(" ", "").upper()


def mainland_id_problem(value: str, today: date | None = None) -> str | None:
    """Why `value` is not a valid 18-digit mainland ID number, or None when it is."""
    number = normalize_id_number(value)
    if len(number) != 18:
        return f"must have 18 characters, has {len(number)}"
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return "must be 17 digits followed by a digit or X"
    if number[0] == "0":
        return "the region code cannot start with 0"
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return f"birth date {number[6:14]} is not a real date"
    if born.year < 1900 or born > (today or date.today()):
        return f"birth date {born.isoformat()} is impossible"
    expected = id_check_digit(number[:17])
    if number[17] != expected:
        return f"check digit should be {expected}, not {number[17]}"
    return None


def birthday_from_id(value: str) -> date | None:
    number = normalize_id_number(value)
    if mainland_id_problem(number) is not None:
        return None
    return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


def gender_from_id(value: str) -> str | None:
    number = normalize_id_number(value)
    if mainland_id_problem(number) is not None:
        return None
    return "male" if int(number[16]) % 2 else "female"


def normalize_mobile(value: str) -> str:
    digits = re.sub(r"[\s\-]", "", value.strip())
    if digits.startswith("+86"):
        digits = digits[3:]
    return digits


def mobile_problem(value: str) -> str | None:
    number = normalize_mobile(value)
    if not MOBILE_RE.match(number):
        return "must be an 11-digit mainland mobile number starting with 13–19"
    return None


def phone_problem(value: str) -> str | None:
    """Landlines and other phones: digits with the usual separators, 5–20 digits."""
    if not re.fullmatch(r"[\d\-+() ]{5,30}", value.strip()) or sum(ch.isdigit() for ch in value) < 5:
        return "must be a phone number (digits, spaces, - + ( ))"
    return None


def require(value: str | None, field: str, label: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{label} is required", field=field)
    return text
