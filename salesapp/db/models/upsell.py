"""The upsell queue: cases on orders, their notes and the notes' images."""

from __future__ import annotations

import peewee as pw

from salesapp.db.models.base import BaseModel
from salesapp.db.models.customers import Customer
from salesapp.db.models.orders import Order
from salesapp.db.models.staff import User


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
