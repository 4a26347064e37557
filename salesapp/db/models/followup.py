"""What the follow-up desk tracks: contact-back requests, payment notices, follow-ups and their notes."""

from __future__ import annotations

import peewee as pw

from salesapp.db.models.base import BaseModel
from salesapp.db.models.customers import Customer
from salesapp.db.models.orders import Order
from salesapp.db.models.staff import User


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
