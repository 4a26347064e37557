"""Starting a new order ("Open bill") for a customer: the product catalogue of the order form, and saving
the order with its lines, its follow-up and the customer's conversion in one transaction.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.collation import sort_key
from salesapp.domain.enums import Action, Currency, EntityKind, OrderStatus
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.followup import FollowUpKind
from salesapp.domain.limits import bounded_note
from salesapp.domain.money import check_money
from salesapp.domain.orders.bill import (
    MAX_LINES,
    NO_LINES,
    PAYMENT_METHODS,
    BillInput,
    OrderCreated,
    PricedLine,
    ProductChoice,
    bill_totals,
    check_line,
    check_quantity,
    check_shipping,
)
from salesapp.domain.records import ProductUnitRecord, UserRecord
from salesapp.domain.upsell import OrderFacts
from salesapp.services.customers.customer_service import NOT_YOURS_CUSTOMER, check_customer_access
from salesapp.services.followup.followups import GONE, followup_changes
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.hidden import refuse_missing

NewOrderHook = Callable[[UserRecord, int, OrderFacts, datetime], int | None]
"""Called inside a new order's transaction with (actor, order id, its facts, now); returns the id of the
upsell case it queued, or None. The registry wires the upsell queue in here, so orders need not know it."""


@acts_as_stored_user
class OrderService:
    """Creates orders from the order form; sales staff sell only to their own customers, managers to all."""

    def __init__(
        self,
        ctx: ServiceContext,
        on_new_order: NewOrderHook | None = None,
        number_prefix: Callable[[], str] | None = None,
    ) -> None:
        self.ctx = ctx
        self.on_new_order = on_new_order
        # The shop profile's order-number prefix, read inside the order's transaction (the registry
        # hands it over: orders do not know the shop profile).
        self.number_prefix = number_prefix or (lambda: "SO")

    def catalogue(self, currency: Currency | None = None) -> list[ProductChoice]:
        """Active products with their units and prices, by name (Thai and Vietnamese collation); with
        `currency`, only the units priced in it, and only products that have such a unit."""
        p, u = m.Product, m.ProductUnit
        units = u.select(u.id, u.product_id, u.name, u.factor, u.price_minor, u.currency).join(
            p, on=(u.product == p.id)
        )
        units = units.where((p.active == True) & (u.active == True))  # noqa: E712  (peewee builds SQL from ==)
        if currency is not None:
            units = units.where(u.currency == currency.value)
        by_product: dict[int, list[ProductUnitRecord]] = defaultdict(list)
        for uid, pid, name, factor, price, cur in m.tuples(units.order_by(u.factor, u.id)):
            by_product[pid].append(ProductUnitRecord(uid, pid, name, factor, price, Currency(cur)))
        if not by_product:
            return []
        products = p.select(p.id, p.sku, p.name).where(p.id.in_(list(by_product)))
        out = [ProductChoice(pid, sku, name, tuple(by_product[pid])) for pid, sku, name in m.tuples(products)]
        out.sort(key=lambda c: (sort_key(c.name), c.id))
        return out

    def create(self, actor: UserRecord, data: BillInput) -> tuple[OrderCreated, ChangeSet]:
        """Save a new order for `data.customer_id`, awaiting confirmation, numbered with the shop's prefix
        (SO unless the shop profile says otherwise) + its id.

        In one transaction: the order and its lines, its follow-up (new), the customer's conversion date
        when this is their first order, and the activity rows. Refused (nothing written): no lines, a
        quantity below 1, a negative discount or one above its line's amount, negative shipping, a unit
        not of its product or not priced in the bill's currency, a product no longer sold, a customer
        that is gone (NotFound) or belongs to another salesperson (PermissionDenied).
        """
        if not data.lines:
            raise ValidationError(NO_LINES, field="lines")
        if len(data.lines) > MAX_LINES:
            raise ValidationError(msg("An order can have at most {max} lines."), field="lines", max=MAX_LINES)
        currency = Currency(data.currency)
        for line in data.lines:
            check_quantity(line.quantity)
            if line.discount_minor < 0:
                raise ValidationError(msg("A discount cannot be negative."), field="discount")
            check_money(line.discount_minor, currency, "discount")
        check_shipping(data.shipping_minor)
        check_money(data.shipping_minor, currency, "shipping")
        if data.payment_method and data.payment_method not in PAYMENT_METHODS:
            raise ValidationError(msg("Choose a payment method from the list."), field="payment_method")
        note = bounded_note(data.note)
        now = self.ctx.clock()
        at = to_db(now)
        with self.ctx.db.atomic():
            customer_id, owner_id, channel = self._customer(actor, data.customer_id)
            rows, priced = self.price_lines(data, currency)
            totals = bill_totals(priced, data.shipping_minor)
            for amount in (*totals.line_totals, totals.amount_minor, totals.total_minor):
                check_money(amount, currency, "total")  # every stored amount fits, on both backends
            order_id = int(
                m.Order.insert(
                    number=uuid.uuid4().hex, customer=customer_id, owner=owner_id or actor.id,
                    status=OrderStatus.AWAITING.value, channel=channel, currency=currency.value,
                    subtotal_minor=totals.subtotal_minor, discount_minor=0,
                    shipping_minor=totals.shipping_minor, total_minor=totals.total_minor, note=note,
                    payment_method=data.payment_method, ordered_at=at, created_at=at, updated_at=at,
                    updated_by=actor.id,
                ).execute()
            )  # fmt: skip
            # The number comes from the id, known only after the insert (as intake numbers its records).
            number = f"{self.number_prefix()}{order_id:08d}"
            m.Order.update(number=number).where(m.Order.id == order_id).execute()
            for row, total in zip(rows, totals.line_totals, strict=True):
                row.update(order=order_id, total_minor=total)
            m.OrderLine.insert_many(rows).execute()
            # The upsell hook: a new order that matches the upsell rules enters Pending with the order.
            case_id = None
            if self.on_new_order is not None:
                facts = self._facts(channel, currency, totals.total_minor, data.payment_method, rows)
                case_id = self.on_new_order(actor, order_id, facts, now)
            # The order's follow-up, as every order gets one (migration 3, demo data): new, the order's owner.
            followup_id = int(
                m.FollowUp.insert(
                    kind=FollowUpKind.ORDER.value, subject_id=order_id, customer=customer_id,
                    owner=owner_id or actor.id, title=number, received_at=at, sort_at=at,
                    created_at=at, updated_at=at,
                ).execute()
            )  # fmt: skip
            log_activity(
                actor, EntityKind.ORDER, order_id, Action.CREATED, now,
                {"number": (None, number), "total_minor": (None, totals.total_minor)}, number,
            )  # fmt: skip
            # Only the first order converts the customer; the condition makes a second desktop's
            # simultaneous first order leave the earlier time alone. The customer's version is not bumped:
            # converted_at is not typed by anyone, so an open profile editor must not become stale over it.
            converted = (
                m.Customer.update(converted_at=at)
                .where((m.Customer.id == customer_id) & m.Customer.converted_at.is_null())
                .execute()
            )
            if converted:
                log_activity(
                    actor, EntityKind.CUSTOMER, customer_id, Action.UPDATED, now,
                    {"converted_at": (None, now)}, number,
                )  # fmt: skip
        created = OrderCreated(
            order_id, number, customer_id, followup_id, currency, totals.subtotal_minor,
            totals.shipping_minor, totals.total_minor, now if converted else None,
        )  # fmt: skip
        changes = followup_changes(followup_id, FollowUpKind.ORDER, order_id).merged(
            ChangeSet.of(EntityKind.CUSTOMER, [customer_id])
        )
        if case_id is not None:
            changes = changes.merged(ChangeSet.of(EntityKind.UPSELL_CASE, [case_id]))
        return created, changes

    def _facts(
        self,
        channel: str | None,
        currency: Currency,
        total_minor: int,
        payment_method: str,
        rows: list[dict[str, Any]],
    ) -> OrderFacts:
        """What the upsell rules read of a new order: its channel, total, payment method, products and
        their categories (an order from the form has no order tags yet)."""
        product_ids = frozenset(int(r["product"]) for r in rows)
        query = m.Product.select(m.Product.category).where(m.Product.id.in_(sorted(product_ids)))
        categories = frozenset(r[0] for r in m.tuples(query) if r[0])
        return OrderFacts(channel, currency, total_minor, payment_method, product_ids, categories)

    def _customer(self, actor: UserRecord, customer_id: int) -> tuple[int, int | None, str | None]:
        """(id, owner id, channel) of a customer the actor may sell to."""
        c = m.Customer
        found = c.select(c.id, c.owner_id, c.channel).where(c.id == customer_id).tuples().first()
        if found is None:
            raise refuse_missing(m.Customer, customer_id, GONE, NOT_YOURS_CUSTOMER)
        check_customer_access(actor, found[1])
        return int(found[0]), found[1], found[2]

    def price_lines(
        self, data: BillInput, currency: Currency
    ) -> tuple[list[dict[str, Any]], list[PricedLine]]:
        """The order_lines rows (without order and total) and the priced lines, checked against the
        catalogue as it is now: the unit belongs to the product, is priced in the bill's currency, and
        the product is still sold."""
        p, u = m.Product, m.ProductUnit
        query = (
            u.select(u.id, u.product_id, u.name, u.price_minor, u.currency, p.name, p.active)
            .join(p, on=(u.product == p.id))
            .where(u.id.in_(sorted({line.unit_id for line in data.lines})) & (u.active == True))  # noqa: E712
        )
        units = {row[0]: row[1:] for row in m.tuples(query)}
        rows: list[dict[str, Any]] = []
        priced: list[PricedLine] = []
        for position, line in enumerate(data.lines, start=1):
            unit = units.get(line.unit_id)
            if unit is None:
                raise ValidationError(
                    msg("A unit of this order is no longer in the catalogue. Choose the product again."),
                    field="unit",
                )
            if unit[0] != line.product_id:
                raise ValidationError(
                    msg("The unit “{unit}” is not sold for this product."), field="unit", unit=unit[1]
                )
            product_id, unit_name, price, unit_currency, product_name, active = unit
            if not active:
                raise ValidationError(
                    msg("“{product}” is no longer sold."), field="product", product=product_name
                )
            if unit_currency != currency.value:
                raise ValidationError(
                    msg("“{product}” ({unit}) is priced in {unit_currency}, not in {currency}."),
                    field="unit", product=product_name, unit=unit_name, unit_currency=unit_currency,
                    currency=currency.value,
                )  # fmt: skip
            description = f"{product_name} ({unit_name})"
            item = PricedLine(line.quantity, price, line.discount_minor)
            check_line(item, currency, description)
            priced.append(item)
            rows.append(
                {
                    "position": position,
                    "product": product_id,
                    "unit": line.unit_id,
                    "description": description,
                    "quantity": line.quantity,
                    "unit_price_minor": price,
                    "discount_minor": line.discount_minor,
                }
            )
        return rows, priced
