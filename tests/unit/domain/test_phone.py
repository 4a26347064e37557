from __future__ import annotations

import pytest

from salesapp.domain.errors import ValidationError
from salesapp.domain.phone import format_national, parse_phone, phone_search_key


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        # Thai mobiles in every common spelling
        ("081-234-5678", "TH", "+66812345678"),
        ("0812345678", "TH", "+66812345678"),
        ("081 234 5678", "TH", "+66812345678"),
        ("  081.234.5678  ", "TH", "+66812345678"),
        ("081–234–5678", "TH", "+66812345678"),  # en dashes pasted from a document
        ("+66 81 234 5678", "TH", "+66812345678"),
        ("+66812345678", "TH", "+66812345678"),
        ("+66 (0)81 234 5678", "TH", "+66812345678"),
        ("+66 081 234 5678", "TH", "+66812345678"),
        ("(+66) 81-234-5678", "TH", "+66812345678"),
        ("0066 81 234 5678", "TH", "+66812345678"),
        ("66812345678", "TH", "+66812345678"),
        ("๐๘๑๒๓๔๕๖๗๘", "TH", "+66812345678"),
        ("๐๘๑-๒๓๔-๕๖๗๘", "TH", "+66812345678"),
        ("０８１２３４５６７８", "TH", "+66812345678"),  # full-width digits
        ("061-234-5678", "TH", "+66612345678"),
        ("091-234-5678", "TH", "+66912345678"),
        # Thai landlines: 9 national digits
        ("(02) 123 4567", "TH", "+6621234567"),
        ("02-123-4567", "TH", "+6621234567"),
        ("053-123-456", "TH", "+6653123456"),
        ("+66 2 123 4567", "TH", "+6621234567"),
        # Vietnamese numbers
        ("0912.345.678", "VN", "+84912345678"),
        ("0912 345 678", "VN", "+84912345678"),
        ("0987654321", "VN", "+84987654321"),
        ("0387654321", "VN", "+84387654321"),
        ("0587654321", "VN", "+84587654321"),
        ("0787654321", "VN", "+84787654321"),
        ("0887654321", "VN", "+84887654321"),
        ("024 3825 1234", "VN", "+842438251234"),
        ("(028) 3822 1234", "VN", "+842838221234"),
        ("+84 987 654 321", "VN", "+84987654321"),
        ("84987654321", "VN", "+84987654321"),
        # A national number belongs to the given country
        ("0912.345.678", "TH", "+66912345678"),
        # A calling code wins over the given country
        ("+84 987 654 321", "TH", "+84987654321"),
        ("84987654321", "TH", "+84987654321"),
        ("+66 81 234 5678", "VN", "+66812345678"),
        ("66812345678", "VN", "+66812345678"),
        ("+842438251234", "TH", "+842438251234"),
        # Other countries: taken as given
        ("+1 415 555 1234", "TH", "+14155551234"),
        ("+65 6123 4567", "VN", "+6561234567"),
        ("+855 12 345 678", "TH", "+85512345678"),
    ],
)
def test_parse_phone(raw: str, country: str, expected: str) -> None:
    assert parse_phone(raw, country) == expected


def test_parse_phone_defaults_to_thailand() -> None:
    assert parse_phone("0912345678") == "+66912345678"


@pytest.mark.parametrize(
    ("raw", "country"),
    [
        ("", "TH"),
        ("   ", "TH"),
        ("+", "TH"),
        ("081", "TH"),  # too short
        ("081-234-567", "TH"),  # one digit short
        ("081-234-56789", "TH"),  # one digit too many
        ("02-123-456", "TH"),  # landline one digit short
        ("02-123-45678", "TH"),  # landline one digit too many
        ("011-234-5678", "TH"),  # no such prefix
        ("0912 345 67", "VN"),
        ("0912 345 6789", "VN"),
        ("0612345678", "VN"),  # 06 is not a Vietnamese mobile prefix
        ("0412345678", "VN"),
        ("024 3825 123", "VN"),  # landline one digit short
        ("abc", "TH"),
        ("081-234-5678a", "TH"),
        ("call 0812345678", "TH"),
        ("O81-234-5678", "TH"),  # letter O for zero
        ("#100234567", "TH"),  # an order number
        ("100234567", "TH"),
        ("123-4-56789-0", "TH"),  # a bank account number
        ("123-4-56789-0", "VN"),
        ("081-234-5678 ext 12", "TH"),
        ("081+2345678", "TH"),  # plus not in front
        ("++66812345678", "TH"),
        ("+66 12 345 678", "TH"),  # +66 but not a Thai number
        ("+66 81 234 567", "TH"),
        ("+84 612 345 678", "VN"),  # +84 but not a Vietnamese number
        ("66812345", "TH"),  # 66 without the right length
        ("8498765432", "VN"),
        ("+1234567", "TH"),  # fewer than 8 digits
        ("+1234567890123456", "TH"),  # more than 15 digits
        ("+0812345678", "TH"),  # no calling code starts with 0
        ("0012345678", "TH"),
        ("081-234-5678 / 089-876-5432", "TH"),  # two numbers
        ("12.05.2024", "TH"),  # a date
        ("0" * 100, "TH"),
    ],
)
def test_parse_phone_rejects(raw: str, country: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(raw, country)
    error = caught.value
    assert error.field == "phone"
    assert error.text == "“{text}” is not a valid phone number."
    assert error.params == {"text": raw.strip()}
    assert error.message == f"“{raw.strip()}” is not a valid phone number."
    assert str(error) == error.message


def test_parse_phone_unknown_country_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown country"):
        parse_phone("0812345678", "LA")


@pytest.mark.parametrize(
    ("e164", "expected"),
    [
        ("+66812345678", "081-234-5678"),
        ("+66612345678", "061-234-5678"),
        ("+6621234567", "02-123-4567"),
        ("+6653123456", "053-123-456"),
        ("+84912345678", "0912 345 678"),
        ("+84387654321", "0387 654 321"),
        ("+842438251234", "024 3825 1234"),
        ("+842838221234", "028 3822 1234"),
        # anything else unchanged
        ("+14155551234", "+14155551234"),
        ("+6681234567", "+6681234567"),  # not a valid Thai number
        ("+84612345678", "+84612345678"),  # not a valid Vietnamese number
        ("0812345678", "0812345678"),
        ("", ""),
        ("garbage", "garbage"),
    ],
)
def test_format_national(e164: str, expected: str) -> None:
    assert format_national(e164) == expected


@pytest.mark.parametrize(
    ("raw", "country"),
    [
        ("081-234-5678", "TH"),
        ("(02) 123 4567", "TH"),
        ("053-123-456", "TH"),
        ("0912.345.678", "VN"),
        ("024 3825 1234", "VN"),
    ],
)
def test_format_national_round_trips(raw: str, country: str) -> None:
    e164 = parse_phone(raw, country)
    assert parse_phone(format_national(e164), country) == e164


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("081-234", "81234"),
        ("+66 81 234", "81234"),
        ("+66 (0)81 234", "81234"),
        ("0066 81 234", "81234"),
        ("0912", "912"),
        ("+84 912", "912"),
        ("5678", "5678"),
        ("234 5678", "2345678"),
        ("081-234-5678", "812345678"),
        ("๐๘๑๒", "812"),
        ("66812", "66812"),  # without a plus the digits may be from anywhere in the number
        ("(02) 123", "2123"),
        ("+1 415", "1415"),
        ("  081.234  ", "81234"),
    ],
)
def test_phone_search_key(raw: str, expected: str) -> None:
    assert phone_search_key(raw) == expected


@pytest.mark.parametrize(
    ("query", "stored"),
    [
        ("081-234", "+66812345678"),
        ("+66 81 234", "+66812345678"),
        ("0912", "+84912345678"),
        ("5678", "+66812345678"),
        ("024 3825", "+842438251234"),
        ("66812", "+66812345678"),
    ],
)
def test_phone_search_key_finds_stored_number(query: str, stored: str) -> None:
    key = phone_search_key(query)
    assert key is not None
    assert key in stored


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "12",
        "08",
        "+66",
        "+660",
        "abc",
        "Somchai",
        "สมชาย",
        "081 abc",
        "#123456",
        "a@b.com",
        "081+234",
        "++66812",
    ],
)
def test_phone_search_key_none(raw: str) -> None:
    assert phone_search_key(raw) is None
