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
    category = pw.TextField(default="")
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
    carrier = pw.TextField(default="")
    pack_by = pw.DateField(null=True)
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


class UpsellCase(BaseModel):
    """One order in the telesales upsell queue (status per domain.upsell's state machine)."""

    order = pw.ForeignKeyField(Order, unique=True, lazy_load=False, on_delete="CASCADE", backref="+")
    order_id: int
    customer = pw.ForeignKeyField(Customer, lazy_load=False, backref="+")
    customer_id: int
    status = pw.TextField()
    source = pw.TextField(default="rule")  # "rule" (matched the upsell rules) or "manual" (selected by hand)
    queued_at = pw.DateTimeField()
    assignee = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    assignee_id: int | None
    assigned_at = pw.DateTimeField(null=True)
    reason = pw.TextField(default="")
    next_call_at = pw.DateTimeField(null=True)
    tags = pw.TextField(default="")  # the case's upsell tags, separated by commas (see domain.upsell)
    closed_at = pw.DateTimeField(null=True)
    closed_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    closed_by_id: int | None
    upsell_minor = pw.BigIntegerField(default=0)
    call_count = pw.IntegerField(default=0)
    note_count = pw.IntegerField(default=0)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "upsell_cases"


class UpsellNote(BaseModel):
    """A note on an upsell case (separate from the order's notes); may be pinned; deleted softly."""

    case = pw.ForeignKeyField(UpsellCase, lazy_load=False, on_delete="CASCADE", backref="+")
    case_id: int
    text = pw.TextField()
    pinned = pw.BooleanField(default=False)
    at = pw.DateTimeField()
    user = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    user_id: int | None
    deleted_at = pw.DateTimeField(null=True)
    deleted_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    deleted_by_id: int | None

    class Meta:
        table_name = "upsell_notes"


class UpsellNoteImage(BaseModel):
    """An image attached to an upsell note, stored in the database so every desktop of an office sees it."""

    note = pw.ForeignKeyField(UpsellNote, lazy_load=False, on_delete="CASCADE", backref="+")
    note_id: int
    position = pw.IntegerField()
    name = pw.TextField(default="")
    mime = pw.TextField()
    size = pw.IntegerField()
    data = pw.BlobField()
    thumb = pw.BlobField(null=True)

    class Meta:
        table_name = "upsell_note_images"


class Call(BaseModel):
    """A logged phone call on a record (entity + id as in activity rows): start, end, duration, staff."""

    entity = pw.TextField()
    entity_id = pw.BigIntegerField()
    customer = pw.ForeignKeyField(Customer, null=True, lazy_load=False, on_delete="CASCADE", backref="+")
    customer_id: int | None
    user = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    user_id: int | None
    started_at = pw.DateTimeField()
    ended_at = pw.DateTimeField(null=True)
    seconds = pw.IntegerField(null=True)
    purpose = pw.TextField(default="")

    class Meta:
        table_name = "calls"


class OpportunityStage(BaseModel):
    """A stage of the sales pipeline: name, order, win probability, kind (open/won/lost), idle limit."""

    name = pw.TextField()
    position = pw.IntegerField()
    probability = pw.IntegerField()
    kind = pw.TextField()
    is_default = pw.BooleanField(default=False)
    idle_days = pw.IntegerField(null=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "opportunity_stages"


class Opportunity(BaseModel):
    """A possible sale for a customer moving through the pipeline's stages."""

    customer = pw.ForeignKeyField(Customer, lazy_load=False, on_delete="CASCADE", backref="+")
    customer_id: int
    owner = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    owner_id: int | None
    title = pw.TextField()
    amount_minor = pw.BigIntegerField(default=0)
    currency = pw.TextField()
    expected_close = pw.DateField(null=True)
    stage = pw.ForeignKeyField(OpportunityStage, lazy_load=False, backref="+")
    stage_id: int
    products = pw.TextField(default="")
    notes = pw.TextField(default="")
    search_key = pw.TextField(default="")
    lost_reason = pw.TextField(default="")
    stage_entered_at = pw.DateTimeField()
    last_activity_at = pw.DateTimeField()  # the last note, call or stage change: what "stale" is measured by
    closed_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    created_by_id: int | None
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "opportunities"


class OpportunityStageChange(BaseModel):
    """One move of an opportunity between stages (from is None when it was created)."""

    opportunity = pw.ForeignKeyField(Opportunity, lazy_load=False, on_delete="CASCADE", backref="+")
    opportunity_id: int
    from_stage = pw.ForeignKeyField(OpportunityStage, null=True, lazy_load=False, backref="+")
    from_stage_id: int | None
    to_stage = pw.ForeignKeyField(OpportunityStage, lazy_load=False, backref="+")
    to_stage_id: int
    at = pw.DateTimeField()
    user = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    user_id: int | None

    class Meta:
        table_name = "opportunity_stage_changes"


class OpportunityNote(BaseModel):
    """A note or logged call on an opportunity; each one resets its idle time."""

    opportunity = pw.ForeignKeyField(Opportunity, lazy_load=False, on_delete="CASCADE", backref="+")
    opportunity_id: int
    kind = pw.TextField(default="note")
    text = pw.TextField()
    at = pw.DateTimeField()
    user = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    user_id: int | None

    class Meta:
        table_name = "opportunity_notes"


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
    CustomerNote,
    Appointment,
    Segment,
    CustomerMerge,
    UpsellCase,
    UpsellNote,
    UpsellNoteImage,
    Call,
    OpportunityStage,
    Opportunity,
    OpportunityStageChange,
    OpportunityNote,
    Activity,
    Setting,
)


def tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a peewee query as plain tuples (typed: peewee has no stubs)."""
    yield from query.tuples()
