"""The product catalogue with its priced units, and orders with their lines."""

from __future__ import annotations

import peewee as pw

from salesapp.db.models.base import BaseModel
from salesapp.db.models.customers import Customer
from salesapp.db.models.staff import User


class Product(BaseModel):
    """Something the shop sells."""

    sku = pw.TextField(unique=True)
    name = pw.TextField()
    search_key = pw.TextField()
    category = pw.TextField(default="")
    description = pw.TextField(default="")
    sort_name = pw.TextField(default="")  # collation key of the name (migration 11)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False)
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "products"


class ProductUnit(BaseModel):
    """A unit a product is sold in (piece, box of 12, …) with its price in minor units."""

    product = pw.ForeignKeyField(Product, lazy_load=False, on_delete="CASCADE")
    product_id: int
    name = pw.TextField()
    factor = pw.IntegerField(default=1)
    price_minor = pw.BigIntegerField()
    currency = pw.TextField()
    active = pw.BooleanField(default=True)  # False: taken off the product, kept for old orders' lines

    class Meta:
        table_name = "product_units"


class Order(BaseModel):
    """A sale to a customer."""

    number = pw.TextField(unique=True)
    customer = pw.ForeignKeyField(Customer, lazy_load=False)
    customer_id: int
    owner = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    owner_id: int | None
    status = pw.TextField()
    channel = pw.TextField(null=True)
    currency = pw.TextField()
    subtotal_minor = pw.BigIntegerField(default=0)
    discount_minor = pw.BigIntegerField(default=0)
    shipping_minor = pw.BigIntegerField(default=0)
    total_minor = pw.BigIntegerField(default=0)
    vat_invoice = pw.BooleanField(default=False)
    payment_method = pw.TextField(default="")
    payment_terms = pw.TextField(default="")
    note = pw.TextField(default="")
    carrier = pw.TextField(default="")
    pack_by = pw.DateField(null=True)
    # The order's life (migration 20, domain/orders/lifecycle.py).
    tracking_number = pw.TextField(default="")
    confirmed_at = pw.DateTimeField(null=True)
    packed_at = pw.DateTimeField(null=True)
    packed_on = pw.DateField(null=True)
    shipped_at = pw.DateTimeField(null=True)
    delivered_at = pw.DateTimeField(null=True)
    cancelled_at = pw.DateTimeField(null=True)
    returned_at = pw.DateTimeField(null=True)
    cancel_reason = pw.TextField(default="")
    return_reason = pw.TextField(default="")
    tags = pw.TextField(default="")  # labels separated by commas
    ordered_at = pw.DateTimeField()
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "orders"


class OrderLine(BaseModel):
    """One product × unit × quantity line of an order."""

    order = pw.ForeignKeyField(Order, lazy_load=False, on_delete="CASCADE")
    order_id: int
    position = pw.IntegerField()
    product = pw.ForeignKeyField(Product, null=True, lazy_load=False)
    product_id: int | None
    unit = pw.ForeignKeyField(ProductUnit, null=True, lazy_load=False)
    unit_id: int | None
    description = pw.TextField()
    quantity = pw.IntegerField()
    unit_price_minor = pw.BigIntegerField()
    discount_minor = pw.BigIntegerField(default=0)
    total_minor = pw.BigIntegerField()
    upsell = pw.BooleanField(default=False)  # added by a successful upsell call
    returned = pw.BooleanField(default=False)  # came back in the order's return (migration 20)

    class Meta:
        table_name = "order_lines"
