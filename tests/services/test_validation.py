"""Mainland ID numbers (GB 11643), mobile numbers and the customer form's checks (SPEC §3.1)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.services.customers import CustomerInput, validate_customer
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.text import Text
from crm_desktop.services.validation import (
    ID_CHECK_CODES,
    birthday_from_id,
    gender_from_id,
    id_check_digit,
    mainland_id_problem,
    mobile_problem,
    normalize_id_number,
    normalize_mobile,
)
from tests.factories import make_id_number

TODAY = date(2026, 6, 15)

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


@st.composite
def id_parts(draw: st.DrawFn) -> tuple[str, date, str]:
    """(first 17 characters, birth date, sequence) of a well-formed mainland ID number."""
    region = draw(st.sampled_from("12345678")) + draw(st.text(alphabet="0123456789", min_size=5, max_size=5))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    seq = draw(st.text(alphabet="0123456789", min_size=3, max_size=3))
    return region + born.strftime("%Y%m%d") + seq, born, seq


def id_with_check_x() -> str:
    """A valid number whose check character is X (about one in eleven are)."""
    for seq in range(1000):
        first17 = f"11010519800101{seq:03d}"
        if id_check_digit(first17) == "X":
            return first17 + "X"
    raise AssertionError("no sequence gives X")


# --- ID numbers, property-based ---------------------------------------------------------------------


@given(id_parts())
def test_any_well_formed_id_number_is_accepted(parts: tuple[str, date, str]) -> None:
    first17, born, seq = parts
    number = first17 + id_check_digit(first17)
    assert mainland_id_problem(number, today=TODAY) is None
    assert birthday_from_id(number) == born
    assert gender_from_id(number) == ("male" if int(seq[-1]) % 2 else "female")


@given(id_parts(), st.sampled_from(ID_CHECK_CODES))
def test_a_wrong_check_digit_is_refused(parts: tuple[str, date, str], wrong: str) -> None:
    first17, _, _ = parts
    right = id_check_digit(first17)
    if wrong == right:
        wrong = ID_CHECK_CODES[(ID_CHECK_CODES.index(right) + 1) % len(ID_CHECK_CODES)]
    problem = mainland_id_problem(first17 + wrong, today=TODAY)
    assert problem is not None
    assert f"check digit should be {right}" in problem
    assert birthday_from_id(first17 + wrong) is None


@given(id_parts(), st.integers(min_value=0, max_value=16), st.integers(min_value=1, max_value=9))
def test_a_single_mistyped_digit_is_caught(parts: tuple[str, date, str], position: int, delta: int) -> None:
    """GB 11643's check digit catches every single-digit typo (if it still reads as a date)."""
    first17, _, _ = parts
    number = first17 + id_check_digit(first17)
    typo = number[:position] + str((int(number[position]) + delta) % 10) + number[position + 1 :]
    assert mainland_id_problem(typo, today=TODAY) is not None


@given(id_parts())
def test_lowercase_x_and_spaces_are_normalised(parts: tuple[str, date, str]) -> None:
    first17, _, _ = parts
    number = first17 + id_check_digit(first17)
    typed = f" {number[:6]} {number[6:14]} {number[14:].lower()} "
    assert normalize_id_number(typed) == number
    assert mainland_id_problem(typed, today=TODAY) is None


@given(st.text(alphabet="0123456789X", max_size=30).filter(lambda s: len(s) != 18))
def test_wrong_lengths_are_refused_with_the_length(text: str) -> None:
    assert mainland_id_problem(text) == f"must have 18 characters, has {len(text)}"


@given(st.text(max_size=25))
def test_arbitrary_text_never_crashes_the_check(text: str) -> None:
    problem = mainland_id_problem(text)
    assert problem is None or isinstance(problem, Text)
    assert (birthday_from_id(text) is None) == (problem is not None)


@given(id_parts(), st.integers(min_value=0, max_value=17), st.sampled_from("²³¹٣०０x-A"))
def test_a_stray_character_in_a_valid_number_never_crashes(parts: tuple[str, date, str], at: int, char: str) -> None:
    first17, _, _ = parts
    number = first17 + id_check_digit(first17)
    typed = number[:at] + char + number[at + 1 :]
    problem = mainland_id_problem(typed, today=TODAY)
    assert problem is None or isinstance(problem, Text)
    assert (birthday_from_id(typed) is None) == (problem is not None)


# --- ID numbers, examples ---------------------------------------------------------------------------


def test_lowercase_x_check_character_is_accepted_and_upper_cased() -> None:
    number = id_with_check_x()
    assert mainland_id_problem(number.lower()) is None
    assert normalize_id_number(number.lower()) == number
    clean = validate_customer(CustomerInput(name="张三", id_number=number.lower()))
    assert clean.id_number == number


@pytest.mark.parametrize("born", ["19990230", "19990229", "20011301", "19800000", "19800132"])
def test_impossible_birth_dates_are_refused(born: str) -> None:
    first17 = "110105" + born + "123"
    problem = mainland_id_problem(first17 + id_check_digit(first17))
    assert problem == f"birth date {born} is not a real date"


def test_leap_day_is_a_real_birth_date() -> None:
    assert mainland_id_problem(make_id_number(born="20000229")) is None


def test_future_birth_dates_are_refused() -> None:
    tomorrow = TODAY + timedelta(days=1)
    number = make_id_number(born=tomorrow.strftime("%Y%m%d"))
    assert "impossible" in (mainland_id_problem(number, today=TODAY) or "")
    assert mainland_id_problem(make_id_number(born=TODAY.strftime("%Y%m%d")), today=TODAY) is None


def test_birth_years_before_1900_are_refused() -> None:
    assert "impossible" in (mainland_id_problem(make_id_number(born="18991231")) or "")


@pytest.mark.parametrize("region", ["010105", "910105"])
def test_region_codes_outside_1_to_8_are_refused(region: str) -> None:
    problem = mainland_id_problem(make_id_number(region=region))
    assert problem is not None and "region" in problem


@pytest.mark.parametrize("bad", ["11010519800101123A", "1101051980010112X5", "1101O5198001011235"])
def test_letters_other_than_a_final_x_are_refused(bad: str) -> None:
    assert mainland_id_problem(bad) == "must be 17 digits followed by a digit or X"


def test_non_ascii_digits_are_refused_or_converted_never_crash() -> None:
    number = make_id_number()
    # Full-width digits typed with a Chinese input method mean the same number.
    fullwidth = number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert normalize_id_number(fullwidth) == number
    assert mainland_id_problem(fullwidth) is None
    # Arabic-Indic digits are "digits" to str.isdigit() but not an ID number.
    arabic = number.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert mainland_id_problem(arabic) == "must be 17 digits followed by a digit or X"
    # A superscript two is a "digit" that int() refuses: it used to crash the check-digit sum.
    assert mainland_id_problem("1101051980010112³4") is not None


def test_birthday_and_gender_come_from_the_id_number() -> None:
    male = make_id_number(born="19800101", seq="123")  # 17th digit 3: odd, male
    female = make_id_number(born="19920815", seq="124")
    assert birthday_from_id(male) == date(1980, 1, 1)
    assert gender_from_id(male) == "male"
    assert birthday_from_id(female) == date(1992, 8, 15)
    assert gender_from_id(female) == "female"
    assert birthday_from_id("123") is None
    assert gender_from_id("123") is None


# --- mobile numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("good", ["13812345678", "19912345678", "15000000000"])
def test_mainland_mobiles_are_accepted(good: str) -> None:
    assert mobile_problem(good) is None


@pytest.mark.parametrize(
    "bad", ["12345678901", "1381234567", "138123456789", "23812345678", "1381234567a", "", "010-62345678"]
)
def test_other_numbers_are_refused_as_mobiles(bad: str) -> None:
    assert mobile_problem(bad) is not None


@pytest.mark.parametrize(
    "typed", ["+86 138 1234 5678", "138-1234-5678", " 13812345678 ", "0086 13812345678", "１３８１２３４５６７８"]
)
def test_mobile_formats_are_normalised(typed: str) -> None:
    assert normalize_mobile(typed) == "13812345678"
    assert mobile_problem(typed) is None


def test_arabic_indic_digits_are_not_a_mobile() -> None:
    assert mobile_problem("١٣٨١٢٣٤٥٦٧٨") is not None


# --- the customer form ------------------------------------------------------------------------------


def test_customer_form_derives_birthday_and_gender_from_the_id() -> None:
    clean = validate_customer(
        CustomerInput(name=" 李四 ", id_number=make_id_number(born="19750607", seq="452"), mobile="+86 139 0000 1111")
    )
    assert clean.name == "李四"
    assert clean.birthday == date(1975, 6, 7)
    assert clean.gender == "female"
    assert clean.mobile == "13900001111"


def test_customer_form_refuses_a_birthday_in_the_future() -> None:
    with pytest.raises(ValidationError) as info:
        validate_customer(CustomerInput(name="王五", birthday=TODAY + timedelta(days=1)), today=TODAY)
    assert info.value.field == "birthday"


def test_passport_numbers_are_not_checked_as_mainland_ids() -> None:
    clean = validate_customer(CustomerInput(name="John Smith", id_type="passport", id_number="e1234567 8"))
    assert clean.id_number == "E12345678"
    assert clean.birthday is None
    with pytest.raises(ValidationError) as info:
        validate_customer(CustomerInput(name="John Smith", id_type="passport", id_number="E1"))
    assert info.value.field == "id_number"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"email": "zhang@"}, "email"),
        ({"email": "a" * 120 + "@x.cn"}, "email"),
        ({"wechat": "w" * 61}, "wechat"),
        ({"emergency_contact": "联" * 101}, "emergency_contact"),
        ({"phone2": "abc"}, "phone2"),
        ({"emergency_phone": "12"}, "emergency_phone"),
        ({"customer_type": "landlord"}, "customer_type"),
        ({"gender": "x"}, "gender"),
        ({"id_type": "driving_licence"}, "id_type"),
        ({"preferred_channel": "pigeon"}, "preferred_channel"),
        ({"tags": ["标签" * 30 + str(i) for i in range(10)]}, "tags"),
        ({"name": "张" * 101}, "name"),
        ({"name": "  "}, "name"),
    ],
)
def test_customer_form_names_the_offending_field(changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_customer(CustomerInput(**{"name": "张三", **changes}))
    assert info.value.field == field
