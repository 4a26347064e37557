"""Telling a colleague's record from a deleted one when the database's row security hides it.

On PostgreSQL a salesperson's queries do not see a colleague's rows at all, where SQLite (one file, no
roles) shows them and the service refuses with PermissionDenied. A service that finds nothing asks here,
so the user gets the same clear refusal on both: the colleague's record exists (PermissionDenied) or it
was deleted (NotFound).
"""

from __future__ import annotations

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.errors import NotFound, PermissionDenied, msg

GONE = msg("This record no longer exists: it was deleted on another desktop.")
NOT_YOURS = msg("This record belongs to another salesperson.")


def exists_hidden(model: type[m.BaseModel], record_id: int) -> bool:
    """Whether a row the actor's queries did not find exists all the same (hidden by row security)."""
    db = m.database_proxy.obj
    if not isinstance(db, pw.PostgresqlDatabase):
        return False  # SQLite hides nothing: not found is gone
    table = model._meta.table_name
    row = db.execute_sql("SELECT public.salesapp_row_exists(%s, %s)", (table, record_id)).fetchone()
    return bool(row and row[0])


def refuse_missing(
    model: type[m.BaseModel], record_id: int, gone: str = GONE, not_yours: str = NOT_YOURS
) -> NotFound | PermissionDenied:
    """The error for a record the actor's query did not find: PermissionDenied (`not_yours`) when it is a
    colleague's the database hid, else NotFound (`gone`). Raise what it returns."""
    if exists_hidden(model, record_id):
        return PermissionDenied(not_yours)
    return NotFound(gone)


def phone_holder(phone: str) -> tuple[int, int | None] | None:
    """(customer id, owner id) of the customer with this phone number, whoever owns them (row security
    hides a colleague's and the pool's customers from a salesperson's own queries); None when none has it."""
    db = m.database_proxy.obj
    if isinstance(db, pw.PostgresqlDatabase):
        row = db.execute_sql("SELECT * FROM public.salesapp_phone_holder(%s)", (phone,)).fetchone()
    else:
        c = m.Customer
        row = c.select(c.id, c.owner_id).where(c.phone == phone).order_by(c.id).tuples().first()
    return None if row is None else (int(row[0]), row[1])
