"""Masked personal data in lists, exports and reports (SPEC §3.1)."""

from __future__ import annotations

import pytest

from crm_desktop.services.masking import mask_id_number, mask_phone


def test_mainland_id_number_keeps_region_and_last_four() -> None:
    assert mask_id_number("110105198001011234") == "110105********1234"
    assert mask_id_number("11010519491231002X") == "110105********002X"


def test_mobile_keeps_first_three_and_last_four() -> None:
    assert mask_phone("13812345678") == "138****5678"


@pytest.mark.parametrize("empty", [None, ""])
def test_missing_values_mask_to_nothing(empty: str | None) -> None:
    assert mask_id_number(empty) == ""
    assert mask_phone(empty) == ""


@pytest.mark.parametrize("value", ["E12345678", "H1234567890", "1234567890", "A1234", "X", "AB", "ABCDEFGH"])
def test_short_id_numbers_never_come_out_in_clear(value: str) -> None:
    masked = mask_id_number(value)
    assert len(masked) == len(value)
    hidden = masked.count("*")
    assert hidden >= len(value) / 2, masked  # at least half hidden
    assert all(m in ("*", v) for m, v in zip(masked, value, strict=True))  # what shows is in place


def test_passport_number_shows_only_its_ends() -> None:
    assert mask_id_number("E12345678") == "E******78"


@pytest.mark.parametrize("value", ["1234", "123456", "6234567", "62345678", "0106234567", "010-62345678"])
def test_short_phones_never_come_out_in_clear(value: str) -> None:
    masked = mask_phone(value)
    assert len(masked) == len(value)
    assert masked.count("*") >= 3, masked
    assert all(m in ("*", v) for m, v in zip(masked, value, strict=True))


def test_landline_with_area_code_is_masked_like_a_mobile() -> None:
    assert mask_phone("010-62345678") == "010*****5678"
