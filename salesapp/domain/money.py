"""Money as integer minor units with a currency; parsing and plain formatting without floats."""

from __future__ import annotations

import re
from dataclasses import dataclass

from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.limits import AMOUNT_TOO_LARGE, MAX_AMOUNT_MINOR


@dataclass(frozen=True, order=True)
class Money:
    """An amount in minor units (satang, đồng) of one currency."""

    minor: int
    currency: Currency

    def __add__(self, other: Money) -> Money:
        if other.currency is not self.currency:
            raise ValueError("currency mismatch")
        return Money(self.minor + other.minor, self.currency)

    def format(self, with_symbol: bool = True) -> str:
        """Grouped amount with the right number of decimals: "฿1,234.50", "125.000 ₫"."""
        return format_minor(self.minor, self.currency, with_symbol)


_SYMBOL = {Currency.THB: "฿", Currency.VND: "₫"}


def format_minor(minor: int, currency: Currency, with_symbol: bool = True) -> str:
    """Format integer minor units as each country writes them: the baht sign before the amount
    ("฿1,234.50", "-฿50.00"), the dong sign after it with dots between thousands ("125.000 ₫")."""
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**currency.exponent)
    if currency is Currency.VND:
        text = f"{whole:,}".replace(",", ".")
    else:
        text = f"{whole:,}.{frac:0{currency.exponent}d}"
    if not with_symbol:
        return f"{sign}{text}"
    if currency is Currency.THB:
        return f"{sign}{_SYMBOL[currency]}{text}"
    return f"{sign}{text} {_SYMBOL[currency]}"


_AMOUNT = re.compile(
    r"^\s*(-?)\s*(?:฿|thb)?\s*(-?)([\d.,\s]+?)\s*(฿|₫|thb|vnd|đ|d|baht|บาท)?\s*$", re.IGNORECASE
)


def check_money(minor: int, currency: Currency, field: str = "amount") -> int:
    """`minor` when it is at most MAX_AMOUNT_MINOR in absolute value; the refusal shows the limit in the
    currency ("฿10,000,000,000,000.00")."""
    if abs(minor) > MAX_AMOUNT_MINOR:
        raise ValidationError(AMOUNT_TOO_LARGE, field=field, max=format_minor(MAX_AMOUNT_MINOR, currency))
    return minor


def parse_minor(text: str, currency: Currency) -> int:
    """Parse a typed amount ("1,250.50", "1.250.000 đ", "99") into minor units, exactly; an amount over
    MAX_AMOUNT_MINOR is refused (limits)."""
    m = _AMOUNT.match(text)
    if not m:
        raise ValidationError(msg("“{text}” is not an amount of money."), text=text.strip()[:40])
    if m.group(1) and m.group(2):
        raise ValidationError(msg("“{text}” is not an amount of money."), text=text.strip()[:40])
    sign, body = m.group(1) or m.group(2), re.sub(r"\s", "", m.group(3))
    if len(body) > 40:  # far more digits than any amount (and int() refuses thousands of them)
        raise ValidationError(AMOUNT_TOO_LARGE, field="amount", max=format_minor(MAX_AMOUNT_MINOR, currency))
    if currency is Currency.VND:
        digits = body.replace(".", "").replace(",", "")
        if not digits.isdigit():
            raise ValidationError(msg("“{text}” is not an amount of money."), text=text.strip()[:40])
        value = int(digits)
    else:
        body = body.replace(",", "")
        whole, _, frac = body.partition(".")
        if not whole:
            whole = "0"
        if not whole.isdigit() or (frac and not frac.isdigit()) or len(frac) > 2:
            raise ValidationError(msg("“{text}” is not an amount of money."), text=text.strip()[:40])
        value = int(whole) * 100 + int((frac + "00")[:2])
    return check_money(-value if sign else value, currency)
