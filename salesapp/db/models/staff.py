"""Staff accounts, the activity trail (who did what to which record, when) and shop-wide settings."""

from __future__ import annotations

import peewee as pw

from salesapp.db.models.base import BaseModel


class User(BaseModel):
    """A staff member who signs in."""

    username = pw.TextField(unique=True)
    display_name = pw.TextField()
    role = pw.TextField()
    password_hash = pw.TextField()
    active = pw.BooleanField(default=True)
    must_change_password = pw.BooleanField(default=False)
    last_sign_in_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField("self", null=True, lazy_load=False)
    updated_by_id: int | None
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "users"


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
