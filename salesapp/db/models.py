"""peewee models over the migrated schema, bound to one proxy initialised by `open_database`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import peewee as pw

database_proxy = pw.DatabaseProxy()


class BaseModel(pw.Model):
    """Binds every model to the proxy; tables are created by migrations, never by peewee."""

    # Set by peewee at run time; declared for the type checker.
    id: Any

    class Meta:
        database = database_proxy
        legacy_table_names = False


class User(BaseModel):
    """A staff member who signs in."""

    username = pw.TextField(unique=True)
    display_name = pw.TextField()
    role = pw.TextField()
    password_hash = pw.TextField()
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField("self", null=True, lazy_load=False)
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "users"


class Customer(BaseModel):
    """A person or business that buys or may buy."""

    name = pw.TextField()
    search_key = pw.TextField()
    sort_name = pw.TextField(default="")
    phone = pw.TextField(null=True)
    phone2 = pw.TextField(null=True)
    email = pw.TextField(null=True)
    facebook = pw.TextField(default="")
    line_id = pw.TextField(default="")
    zalo = pw.TextField(default="")
    address_line = pw.TextField(default="")
    subdistrict = pw.TextField(default="")
    district = pw.TextField(default="")
    province = pw.TextField(default="")
    postcode = pw.TextField(default="")
    country = pw.TextField(default="TH")
    channel = pw.TextField(null=True)
    source = pw.TextField(default="")
    owner = pw.ForeignKeyField(User, null=True, lazy_load=False)
    owner_id: int | None
    birth_date = pw.DateField(null=True)
    bill_note = pw.TextField(default="")
    first_contact_at = pw.DateTimeField(null=True)
    last_contact_at = pw.DateTimeField(null=True)
    imported_at = pw.DateTimeField(null=True)
    handed_over_at = pw.DateTimeField(null=True)
    converted_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    created_by_id: int | None
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "customers"


class Tag(BaseModel):
    """A coloured label on customers."""

    name = pw.TextField(unique=True)
    color = pw.TextField(default="#607d8b")
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False)
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "tags"


class CustomerTag(BaseModel):
    """Which customers carry which tags."""

    customer = pw.ForeignKeyField(Customer, lazy_load=False, on_delete="CASCADE")
    customer_id: int
    tag = pw.ForeignKeyField(Tag, lazy_load=False, on_delete="CASCADE")
    tag_id: int

    class Meta:
        table_name = "customer_tags"
        primary_key = pw.CompositeKey("customer", "tag")


class CustomerNote(BaseModel):
    """A care entry on a customer: a note, a call, an e-mail, an SMS or a meeting, with who and when."""

    customer = pw.ForeignKeyField(Customer, lazy_load=False, on_delete="CASCADE")
    customer_id: int
    kind = pw.TextField()
    text = pw.TextField()
    at = pw.DateTimeField()
    user = pw.ForeignKeyField(User, null=True, lazy_load=False)
    user_id: int | None

    class Meta:
        table_name = "customer_notes"


class Appointment(BaseModel):
    """An in-person meeting with a customer: when, where, why, and afterwards how it went."""

    customer = pw.ForeignKeyField(Customer, lazy_load=False, on_delete="CASCADE")
    customer_id: int
    owner = pw.ForeignKeyField(User, null=True, lazy_load=False)
    owner_id: int | None
    starts_at = pw.DateTimeField()
    minutes = pw.IntegerField(default=60)
    place = pw.TextField(default="")
    purpose = pw.TextField(default="")
    outcome = pw.TextField(default="")
    done_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "appointments"


class Segment(BaseModel):
    """A saved customers filter (its criteria as JSON); shared when it has no owner."""

    name = pw.TextField()
    owner = pw.ForeignKeyField(User, null=True, lazy_load=False)
    owner_id: int | None
    criteria = pw.TextField()
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "segments"


class CustomerMerge(BaseModel):
    """A merge of a duplicate into a kept customer: the removed row and what moved, so it can be undone."""

    kept = pw.ForeignKeyField(Customer, lazy_load=False, on_delete="CASCADE")
    kept_id: int
    merged_id = pw.BigIntegerField()
    snapshot = pw.TextField()
    moved = pw.TextField()
    merged_at = pw.DateTimeField()
    merged_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    merged_by_id: int | None
    undone_at = pw.DateTimeField(null=True)
    undone_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    undone_by_id: int | None

    class Meta:
        table_name = "customer_merges"


class Product(BaseModel):
    """Something the shop sells."""

    sku = pw.TextField(unique=True)
    name = pw.TextField()
    search_key = pw.TextField()
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

    class Meta:
        table_name = "order_lines"


class ContactRequest(BaseModel):
    """A customer asked the shop to call back (web form, or entered by hand from a phone call)."""

    number = pw.TextField(unique=True)
    customer = pw.ForeignKeyField(Customer, lazy_load=False, backref="+")
    customer_id: int
    name = pw.TextField()
    phone = pw.TextField(null=True)
    message = pw.TextField(default="")
    product_interest = pw.TextField(default="")
    received_at = pw.DateTimeField()
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    created_by_id: int | None
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "contact_requests"


class PaymentNotice(BaseModel):
    """A customer reported a bank transfer; matched to the order it pays."""

    number = pw.TextField(unique=True)
    customer = pw.ForeignKeyField(Customer, lazy_load=False, backref="+")
    customer_id: int
    name = pw.TextField()
    phone = pw.TextField(null=True)
    amount_minor = pw.BigIntegerField()
    currency = pw.TextField()
    bank = pw.TextField(default="")
    transferred_at = pw.DateTimeField()
    order_number_given = pw.TextField(default="")
    slip = pw.BlobField(null=True)
    slip_type = pw.TextField(default="")
    matched_order = pw.ForeignKeyField(Order, null=True, lazy_load=False, backref="+")
    matched_order_id: int | None
    matched_at = pw.DateTimeField(null=True)
    matched_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    matched_by_id: int | None
    received_at = pw.DateTimeField()
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    created_by_id: int | None
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "payment_notices"


class FollowUp(BaseModel):
    """The tracking state of one order, contact request or payment notice (see migration 3)."""

    kind = pw.TextField()
    subject_id = pw.BigIntegerField()
    customer = pw.ForeignKeyField(Customer, lazy_load=False, backref="+")
    customer_id: int
    owner = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    owner_id: int | None
    title = pw.TextField()
    received_at = pw.DateTimeField()
    next_at = pw.DateTimeField(null=True)
    sort_at = pw.DateTimeField()
    followed = pw.BooleanField(default=False)
    closed = pw.BooleanField(default=False)
    closed_at = pw.DateTimeField(null=True)
    closed_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    closed_by_id: int | None
    note_count = pw.IntegerField(default=0)
    last_note = pw.TextField(default="")
    last_note_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    last_note_by_id: int | None
    last_note_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "followups"


class FollowUpNote(BaseModel):
    """An append-only note on a follow-up, with the next time set by it."""

    followup = pw.ForeignKeyField(FollowUp, lazy_load=False, on_delete="CASCADE")
    followup_id: int
    at = pw.DateTimeField()
    user = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    user_id: int | None
    text = pw.TextField()
    next_at = pw.DateTimeField(null=True)
    closing = pw.BooleanField(default=False)

    class Meta:
        table_name = "followup_notes"


class Activity(BaseModel):
    """One line of the audit history: who did what to which record, when, old → new."""

    at = pw.DateTimeField()
    user = pw.ForeignKeyField(User, null=True, lazy_load=False)
    user_id: int | None
    entity = pw.TextField()
    entity_id = pw.BigIntegerField()
    action = pw.TextField()
    changes = pw.TextField(default="{}")
    summary = pw.TextField(default="")

    class Meta:
        table_name = "activities"


class Setting(BaseModel):
    """A shop-wide setting (key → JSON value)."""

    key = pw.TextField(primary_key=True)
    value = pw.TextField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False)
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "settings"


ALL_MODELS: tuple[type[BaseModel], ...] = (
    User,
    Customer,
    Tag,
    CustomerTag,
    Product,
    ProductUnit,
    Order,
    OrderLine,
    ContactRequest,
    PaymentNotice,
    FollowUp,
    FollowUpNote,
    Activity,
    Setting,
)


def tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a peewee query as plain tuples (typed: peewee has no stubs)."""
    yield from query.tuples()
