"""Customers and what hangs on them: tags, care notes, appointments, segments, merges and logged calls."""

from __future__ import annotations

import peewee as pw

from salesapp.db.models.base import BaseModel
from salesapp.db.models.staff import User


class Pool(BaseModel):
    """Where unowned customers wait to be handed over (per campaign or branch); id 1 is the default pool."""

    name = pw.TextField(unique=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, lazy_load=False, backref="+")
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "pools"


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
    line_user_id = pw.TextField(default="")  # the LINE Messaging API's id of this person (not the LINE ID)
    no_marketing_email = pw.BooleanField(default=False)
    no_marketing_sms = pw.BooleanField(default=False)
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
    pool = pw.ForeignKeyField(Pool, null=True, lazy_load=False, backref="+")  # while unowned; NULL: pool 1
    pool_id: int | None
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
    delivery = pw.TextField(null=True)  # a message's delivery state (messaging's outbox keeps it current)

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
