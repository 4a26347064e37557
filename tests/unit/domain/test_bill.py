"""Bill totals and line rules: exact integer minor units in THB (satang) and VND (đồng), line discounts."""

from __future__ import annotations

import pytest

from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError
from salesapp.domain.money import format_minor, parse_minor
from salesapp.domain.orders.bill import (
    MAX_QUANTITY,
    PricedLine,
    bill_totals,
    check_line,
    check_quantity,
    check_shipping,
)


def test_totals_of_lines_with_discounts_and_shipping() -> None:
    lines = [PricedLine(2, 59000, 5000), PricedLine(1, 35000), PricedLine(3, 8900, 0)]
    totals = bill_totals(lines, shipping_minor=4000)
    assert totals.line_totals == (113000, 35000, 26700)
    assert totals.amount_minor == 118000 + 35000 + 26700
    assert totals.discount_minor == 5000
    assert totals.subtotal_minor == 174700
    assert totals.shipping_minor == 4000
    assert totals.total_minor == 178700
    assert format_minor(totals.total_minor, Currency.THB) == "฿1,787.00"


def test_no_lines_total_only_shipping() -> None:
    totals = bill_totals([], 5000)
    assert totals.line_totals == () and totals.subtotal_minor == 0 and totals.total_minor == 5000


def test_thb_satang_stay_exact() -> None:
    # 0.10 + 0.20 style sums are where floats drift; integers of satang do not.
    lines = [PricedLine(1, parse_minor("0.10", Currency.THB)) for _ in range(10)]
    lines.append(PricedLine(3, parse_minor("19.99", Currency.THB), parse_minor("0.07", Currency.THB)))
    totals = bill_totals(lines)
    assert totals.line_totals[-1] == 5990
    assert totals.total_minor == 100 + 5990
    assert format_minor(totals.total_minor, Currency.THB) == "฿60.90"


def test_thb_amounts_with_more_than_two_decimals_are_refused() -> None:
    with pytest.raises(ValidationError):
        parse_minor("19.999", Currency.THB)


def test_vnd_has_no_decimals_and_large_totals_are_exact() -> None:
    price = parse_minor("1.250.000 đ", Currency.VND)  # dots group thousands in Vietnamese
    assert price == 1_250_000
    discount = parse_minor("12.500", Currency.VND)
    totals = bill_totals([PricedLine(3, price, discount), PricedLine(7, 33_333)], shipping_minor=30_000)
    assert totals.line_totals == (3_737_500, 233_331)
    assert totals.total_minor == 4_000_831
    assert format_minor(totals.total_minor, Currency.VND) == "4.000.831 ₫"
    huge = bill_totals([PricedLine(MAX_QUANTITY, 999_999_999)])
    assert huge.total_minor == 99_999 * 999_999_999  # Python ints: no overflow, no rounding


def test_discount_may_equal_the_line_amount_but_not_exceed_it() -> None:
    check_line(PricedLine(2, 4500, 9000), Currency.THB, "น้ำปลาแท้ 700ml (ขวด)")
    with pytest.raises(ValidationError) as err:
        check_line(PricedLine(2, 4500, 9001), Currency.THB, "น้ำปลาแท้ 700ml (ขวด)")
    assert err.value.field == "discount"
    assert err.value.message == (
        "The discount on “น้ำปลาแท้ 700ml (ขวด)” (฿90.01) is more than the line amount (฿90.00)."
    )


def test_negative_discount_and_bad_quantities_are_refused() -> None:
    with pytest.raises(ValidationError) as err:
        check_line(PricedLine(1, 100, -1), Currency.VND, "x")
    assert err.value.field == "discount"
    for quantity in (0, -2, MAX_QUANTITY + 1):
        with pytest.raises(ValidationError) as err:
            check_quantity(quantity)
        assert err.value.field == "quantity"
    check_quantity(1)
    check_quantity(MAX_QUANTITY)


def test_shipping_cannot_be_negative() -> None:
    check_shipping(0)
    with pytest.raises(ValidationError) as err:
        check_shipping(-100)
    assert err.value.field == "shipping"


def test_baht_sign_stands_before_the_amount_and_dong_after() -> None:
    """Thai writes ฿1,234.50 (the sign first); Vietnamese writes 125.000 ₫; both are read back either way."""
    assert format_minor(123450, Currency.THB) == "฿1,234.50"
    assert format_minor(-5000, Currency.THB) == "-฿50.00"
    assert format_minor(125000, Currency.VND) == "125.000 ₫"
    for typed in ("฿1,234.50", "1,234.50 ฿", "฿ 1234.5", "1234.50 บาท"):
        assert parse_minor(typed, Currency.THB) == 123450
    assert parse_minor("-฿50", Currency.THB) == -5000
    with pytest.raises(ValidationError):
        parse_minor("-฿-50", Currency.THB)
