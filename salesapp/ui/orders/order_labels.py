"""Names of order things in the user's language: statuses and payment methods.

The texts keep the translation contexts they were written under ("OrdersView" for statuses, "Upsell" for
payment methods, which the upsell rules named first), so their Thai and Vietnamese stay as reviewed.
"""

from __future__ import annotations

from salesapp.domain.enums import OrderStatus
from salesapp.ui.shared.i18n import tr_noop, translate

STATUS_NAMES = {
    OrderStatus.AWAITING: tr_noop("OrdersView", "Awaiting"),
    OrderStatus.CONFIRMED: tr_noop("OrdersView", "Confirmed"),
    OrderStatus.PACKED: tr_noop("OrdersView", "Packed"),
    OrderStatus.SHIPPED: tr_noop("OrdersView", "Shipped"),
    OrderStatus.DELIVERED: tr_noop("OrdersView", "Delivered"),
    OrderStatus.CANCELLED: tr_noop("OrdersView", "Cancelled"),
    OrderStatus.RETURNED: tr_noop("OrdersView", "Returned"),
}


def status_name(status: OrderStatus) -> str:
    """An order status in the user's language."""
    return translate("OrdersView", STATUS_NAMES[status])


PAYMENT_METHODS = {
    "cod": tr_noop("Upsell", "Cash on delivery"),
    "bank_transfer": tr_noop("Upsell", "Bank transfer"),
    "promptpay": tr_noop("Upsell", "PromptPay / QR"),
    "card": tr_noop("Upsell", "Card"),
}


def payment_name(method: str) -> str:
    """A payment method as shown ("cod" → "Cash on delivery"); unknown codes as stored."""
    known = PAYMENT_METHODS.get(method)
    return translate("Upsell", known) if known else method
