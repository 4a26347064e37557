"""A new order ("bill") as typed: its lines, the rules a line must keep, and its totals in minor units.

The totals are pure integer arithmetic on minor units (satang, đồng), so the order form's live total and
the total the service stores are computed by the same function and always agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.money import format_minor
from salesapp.domain.records import ProductUnitRecord

NO_LINES = msg("Add at least one product to the order.")
MAX_LINES = 200
"""The most lines of one order: the order form is typed by hand, not an import."""
MAX_QUANTITY = 99_999
"""A line's largest quantity: more is a typing slip, and keeps every amount far inside BIGINT."""


@dataclass(frozen=True)
class ProductChoice:
    """An active product offered on the order form, with its units (and their prices) in name order."""

    id: int
    sku: str
    name: str
    units: tuple[ProductUnitRecord, ...]


@dataclass(frozen=True)
class BillLineInput:
    """One typed line: which product, in which of its units, how many, and the discount on the line."""

    product_id: int
    unit_id: int
    quantity: int
    discount_minor: int = 0


@dataclass(frozen=True)
class BillInput:
    """A new order for a customer as typed on the order form; amounts in minor units of `currency`."""

    customer_id: int
    currency: Currency
    lines: tuple[BillLineInput, ...]
    shipping_minor: int = 0
    note: str = ""
    payment_method: str = ""  # one of PAYMENT_METHODS, or "" when not said yet


PAYMENT_METHODS = ("cod", "bank_transfer", "promptpay", "card")
"""The payment methods an order can be taken with (cash on delivery first: most small-shop orders)."""


@dataclass(frozen=True)
class PricedLine:
    """What the totals need of a line: quantity, unit price and the line's discount (minor units)."""

    quantity: int
    unit_price_minor: int
    discount_minor: int = 0

    @property
    def amount_minor(self) -> int:
        """Quantity × unit price, before the discount."""
        return self.quantity * self.unit_price_minor

    @property
    def total_minor(self) -> int:
        """The line's amount less its discount."""
        return self.amount_minor - self.discount_minor


@dataclass(frozen=True)
class BillTotals:
    """The computed amounts of a bill: per line, and for the whole order."""

    line_totals: tuple[int, ...]
    amount_minor: int
    """Sum of quantity × unit price over the lines, before discounts."""
    discount_minor: int
    """Sum of the line discounts."""
    subtotal_minor: int
    """Sum of the line totals (after their discounts): the order's subtotal."""
    shipping_minor: int
    total_minor: int
    """Subtotal plus shipping: what the customer pays."""


@dataclass(frozen=True)
class OrderCreated:
    """What saving a bill produced: the new order, its follow-up, and whether the customer converted."""

    order_id: int
    number: str
    customer_id: int
    followup_id: int
    currency: Currency
    subtotal_minor: int
    shipping_minor: int
    total_minor: int
    converted_at: datetime | None
    """When this order made the customer a buyer (their first order); None when they had bought before."""


def bill_totals(lines: Iterable[PricedLine], shipping_minor: int = 0) -> BillTotals:
    """Line totals, subtotal and total; exact, since every amount is an integer of minor units."""
    priced = tuple(lines)
    line_totals = tuple(line.total_minor for line in priced)
    subtotal = sum(line_totals)
    return BillTotals(
        line_totals=line_totals,
        amount_minor=sum(line.amount_minor for line in priced),
        discount_minor=sum(line.discount_minor for line in priced),
        subtotal_minor=subtotal,
        shipping_minor=shipping_minor,
        total_minor=subtotal + shipping_minor,
    )


def check_quantity(quantity: int) -> None:
    """Refuse a quantity below 1 or above MAX_QUANTITY."""
    if quantity < 1:
        raise ValidationError(msg("The quantity must be at least 1."), field="quantity")
    if quantity > MAX_QUANTITY:
        raise ValidationError(
            msg("The quantity cannot be more than {max}."), field="quantity", max=f"{MAX_QUANTITY:,}"
        )


def check_line(line: PricedLine, currency: Currency, product: str) -> None:
    """Refuse a line the order cannot hold: quantity out of range, a negative discount, or a discount
    above the line's amount. `product` names the line in the message."""
    check_quantity(line.quantity)
    if line.discount_minor < 0:
        raise ValidationError(msg("A discount cannot be negative."), field="discount")
    if line.discount_minor > line.amount_minor:
        raise ValidationError(
            msg("The discount on “{product}” ({discount}) is more than the line amount ({amount})."),
            field="discount", product=product, discount=format_minor(line.discount_minor, currency),
            amount=format_minor(line.amount_minor, currency),
        )  # fmt: skip


def check_shipping(shipping_minor: int) -> None:
    """Refuse a negative shipping charge."""
    if shipping_minor < 0:
        raise ValidationError(msg("Shipping cannot be negative."), field="shipping")
