"""Staff accounts, the activity trail (who did what to which record, when) and shop-wide settings."""

from __future__ import annotations

from typing import Any

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

    @classmethod
    def select(cls, *fields: Any) -> pw.ModelSelect[User]:
        """Every column (for no fields, or the model among them), but the password hash on a connection
        that may not read it (a staff member's own login role on PostgreSQL: db/pg_security.py)."""
        if getattr(cls._meta.database.obj, "hides_password_hash", False):
            shown = [f for f in cls._meta.sorted_fields if f.name != "password_hash"]
            fields = tuple(x for f in fields or (cls,) for x in (shown if f is cls else [f]))
        return super().select(*fields)


class SignInLock(BaseModel):
    """Wrong passwords typed in a row for one user name (an unknown name is counted the same way): sign-in
    for the name waits, then locks, until `blocked_until`."""

    username = pw.TextField(primary_key=True)
    failures = pw.IntegerField(default=0)
    last_failed_at = pw.DateTimeField()
    blocked_until = pw.DateTimeField(null=True)

    class Meta:
        table_name = "sign_in_locks"


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
