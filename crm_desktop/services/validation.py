"""Validators for Chinese personal data: mainland ID numbers (GB 11643) and mobile numbers."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CODES = "10X98765432"
MOBILE_RE = re.compile(r"1[3-9][0-9]{9}")  # ASCII digits only: str patterns' \d also matches ١٢٣
ID_RE = re.compile(r"[0-9]{17}[0-9X]")
# GB/T 2260 province codes start with 1–8 (11 Beijing … 65 Xinjiang, 71 Taiwan, 81/82 Hong Kong/Macao).
ID_REGION_FIRST_DIGITS = "12345678"
ID_TYPES = ("resident_id", "passport", "hk_macau_permit", "taiwan_permit", "other")


def id_check_digit(first17: str) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK_CODES[total % 11]


def _halfwidth(value: str) -> str:
    """Full-width digits and letters typed with a Chinese IME (１３８, ｘ) become ASCII."""
    return unicodedata.normalize("NFKC", value)


def normalize_id_number(value: str) -> str:
    return _halfwidth(value).strip().replace(" ", "").upper()


def mainland_id_problem(value: str, today: date | None = None) -> str | None:
    """Why `value` is not a valid 18-digit mainland ID number, or None when it is."""
    number = normalize_id_number(value)
    if len(number) != 18:
        return Text(QT_TRANSLATE_NOOP("Services", "must have 18 characters, has {count}"), count=len(number))
    if not ID_RE.fullmatch(number):
        return Text(QT_TRANSLATE_NOOP("Services", "must be 17 digits followed by a digit or X"))
    if number[0] not in ID_REGION_FIRST_DIGITS:
        return Text(QT_TRANSLATE_NOOP("Services", "the region code cannot start with {digit}"), digit=number[0])
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return Text(QT_TRANSLATE_NOOP("Services", "birth date {value} is not a real date"), value=number[6:14])
    if born.year < 1900 or born > (today or date.today()):
        return Text(QT_TRANSLATE_NOOP("Services", "birth date {value} is impossible"), value=born.isoformat())
    expected = id_check_digit(number[:17])
    if number[17] != expected:
        return Text(
            QT_TRANSLATE_NOOP("Services", "check digit should be {expected}, not {found}"),
            expected=expected,
            found=number[17],
        )
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
    digits = re.sub(r"[\s\-]", "", _halfwidth(value).strip())
    for prefix in ("+86", "0086"):
        if digits.startswith(prefix):
            return digits[len(prefix) :]
    return digits


def mobile_problem(value: str) -> str | None:
    number = normalize_mobile(value)
    if not MOBILE_RE.fullmatch(number):
        return Text(QT_TRANSLATE_NOOP("Services", "must be an 11-digit mainland mobile number starting with 13–19"))
    return None


def phone_problem(value: str) -> str | None:
    """Landlines and other phones: digits with the usual separators, 5–20 digits."""
    if not re.fullmatch(r"[0-9\-+() ]{5,30}", value.strip()) or sum(ch in "0123456789" for ch in value) < 5:
        return Text(QT_TRANSLATE_NOOP("Services", "must be a phone number (digits, spaces, - + ( ))"))
    return None


def require(value: str | None, field: str, label: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{label} is required", field=field)
    return text
