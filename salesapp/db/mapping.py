"""Row → record mapping: the only place that turns peewee rows into frozen domain records."""

from __future__ import annotations

import json

from salesapp.db import models as m
from salesapp.domain.clock import from_db
from salesapp.domain.enums import Action, Channel, Currency, EntityKind, OrderStatus, Role
from salesapp.domain.records import (
    ActivityRecord,
    CustomerRecord,
    OrderLineRecord,
    OrderRecord,
    ProductRecord,
    ProductUnitRecord,
    UserRecord,
)


def user_record(row: m.User) -> UserRecord:
    """A UserRecord from a users row."""
    return UserRecord(
        row.id,
        row.username,
        row.display_name,
        Role(row.role),
        bool(row.active),
        row.version,
        bool(row.must_change_password),
    )


def customer_record(row: m.Customer) -> CustomerRecord:
    """A CustomerRecord from a customers row."""
    created, updated = from_db(row.created_at), from_db(row.updated_at)
    assert created is not None and updated is not None
    return CustomerRecord(
        id=row.id,
        name=row.name,
        phone=row.phone,
        email=row.email,
        address_line=row.address_line,
        subdistrict=row.subdistrict,
        district=row.district,
        province=row.province,
        postcode=row.postcode,
        country=row.country,
        channel=Channel(row.channel) if row.channel else None,
        source=row.source,
        owner_id=row.owner_id,
        birth_date=row.birth_date,
        bill_note=row.bill_note,
        created_at=created,
        updated_at=updated,
        version=row.version,
        phone2=row.phone2,
        facebook=row.facebook,
        line_id=row.line_id,
        zalo=row.zalo,
        first_contact_at=from_db(row.first_contact_at),
        last_contact_at=from_db(row.last_contact_at),
        imported_at=from_db(row.imported_at),
        handed_over_at=from_db(row.handed_over_at),
        converted_at=from_db(row.converted_at),
    )


def unit_record(row: m.ProductUnit) -> ProductUnitRecord:
    """A ProductUnitRecord from a product_units row."""
    return ProductUnitRecord(
        row.id, row.product_id, row.name, row.factor, row.price_minor, Currency(row.currency)
    )


def product_record(row: m.Product, units: list[m.ProductUnit]) -> ProductRecord:
    """A ProductRecord with its units."""
    return ProductRecord(
        row.id, row.sku, row.name, bool(row.active), tuple(unit_record(u) for u in units), row.version
    )


def order_line_record(row: m.OrderLine) -> OrderLineRecord:
    """An OrderLineRecord from an order_lines row."""
    return OrderLineRecord(
        row.id,
        row.position,
        row.product_id,
        row.unit_id,
        row.description,
        row.quantity,
        row.unit_price_minor,
        row.discount_minor,
        row.total_minor,
    )


def order_record(row: m.Order, lines: list[m.OrderLine]) -> OrderRecord:
    """An OrderRecord with its lines."""
    ordered = from_db(row.ordered_at)
    assert ordered is not None
    return OrderRecord(
        id=row.id,
        number=row.number,
        customer_id=row.customer_id,
        owner_id=row.owner_id,
        status=OrderStatus(row.status),
        channel=Channel(row.channel) if row.channel else None,
        currency=Currency(row.currency),
        subtotal_minor=row.subtotal_minor,
        discount_minor=row.discount_minor,
        shipping_minor=row.shipping_minor,
        total_minor=row.total_minor,
        vat_invoice=bool(row.vat_invoice),
        payment_method=row.payment_method,
        payment_terms=row.payment_terms,
        note=row.note,
        ordered_at=ordered,
        lines=tuple(order_line_record(line) for line in lines),
        version=row.version,
    )


def activity_record(row: m.Activity, user_name: str) -> ActivityRecord:
    """An ActivityRecord; `user_name` is joined in by the caller."""
    at = from_db(row.at)
    assert at is not None
    raw = json.loads(row.changes or "{}")
    return ActivityRecord(
        id=row.id,
        at=at,
        user_id=row.user_id,
        user_name=user_name,
        entity=EntityKind(row.entity),
        entity_id=row.entity_id,
        action=Action(row.action),
        changes={k: (v[0], v[1]) for k, v in raw.items()},
        summary=row.summary,
    )
