"""Messages to customers and the outbox: one row per recipient and message, claimed by a desktop's sender."""

from __future__ import annotations

import peewee as pw

from salesapp.db.models.base import BaseModel
from salesapp.db.models.customers import Customer, CustomerNote
from salesapp.db.models.staff import User


class Message(BaseModel):
    """What was written once (subject, body), by whom, on which channel and why."""

    channel = pw.TextField()
    purpose = pw.TextField()
    subject = pw.TextField(default="")
    body = pw.TextField()
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    created_by_id: int | None

    class Meta:
        table_name = "messages"


class MessageAttachment(BaseModel):
    """A file sent with an e-mail, kept in the database so any desktop's sender can send it."""

    message = pw.ForeignKeyField(Message, lazy_load=False, on_delete="CASCADE", backref="+")
    message_id: int
    name = pw.TextField()
    mime = pw.TextField()
    data = pw.BlobField()

    class Meta:
        table_name = "message_attachments"


class OutboxItem(BaseModel):
    """One message to one address: its delivery state, tries, the provider's id and the idempotency key."""

    message = pw.ForeignKeyField(Message, lazy_load=False, on_delete="CASCADE", backref="+")
    message_id: int
    customer = pw.ForeignKeyField(Customer, null=True, lazy_load=False, on_delete="SET NULL", backref="+")
    customer_id: int | None
    note = pw.ForeignKeyField(CustomerNote, null=True, lazy_load=False, on_delete="SET NULL", backref="+")
    note_id: int | None
    channel = pw.TextField()
    address = pw.TextField()
    state = pw.TextField()
    attempts = pw.IntegerField(default=0)
    next_attempt_at = pw.DateTimeField()
    lease_until = pw.DateTimeField(null=True)
    claimed_by = pw.TextField(null=True)
    idempotency_key = pw.TextField(unique=True)
    provider_id = pw.TextField(default="")
    error = pw.TextField(default="")
    queued_at = pw.DateTimeField()
    sent_at = pw.DateTimeField(null=True)
    created_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    created_by_id: int | None

    class Meta:
        table_name = "outbox"
