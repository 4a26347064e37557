"""Customer use cases of the foundation: create, read and edit a profile with optimistic locking."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from salesapp.db import models as m
from salesapp.db.mapping import customer_record
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.collation import sort_key
from salesapp.domain.enums import Action, Channel, EntityKind
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from salesapp.domain.limits import (
    EMAIL_CHARS,
    EMAIL_TOO_LONG,
    bounded_line,
    bounded_name,
    bounded_note,
    check_birth_date,
    check_length,
)
from salesapp.domain.phone import parse_phone
from salesapp.domain.records import CustomerRecord, UserRecord
from salesapp.domain.search import customer_search_key
from salesapp.domain.text import clean_line
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import diff, log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.hidden import refuse_missing

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# The one-line fields bounded at LINE_CHARS, in the order of the table's columns (source last).
_LINE_FIELDS = (
    "facebook", "line_id", "zalo", "address_line", "subdistrict", "district", "province", "source",
)  # fmt: skip


@dataclass(frozen=True)
class CustomerInput:
    """What a user typed into the customer form, before validation."""

    name: str
    phone: str = ""
    email: str = ""
    phone2: str = ""
    facebook: str = ""
    line_id: str = ""
    zalo: str = ""
    address_line: str = ""
    subdistrict: str = ""
    district: str = ""
    province: str = ""
    postcode: str = ""
    country: str = "TH"
    channel: Channel | None = None
    source: str = ""
    birth_date: date | None = None
    bill_note: str = ""


def validate_customer(data: CustomerInput, today: date | None = None) -> dict[str, Any]:
    """Clean and check the input; returns column values or raises ValidationError for the first bad field.

    Every text is bounded (limits): the name NAME_CHARS, the e-mail EMAIL_CHARS, the bill note NOTE_CHARS,
    every other line LINE_CHARS; a birth date is in the past, at most MAX_AGE_YEARS ago (from `today`,
    by default the computer's date).
    """
    name = bounded_name(data.name)
    if not name:
        raise ValidationError(msg("Enter the customer's name."), field="name")
    phone = parse_phone(data.phone, data.country) if clean_line(data.phone) else None
    try:
        phone2 = parse_phone(data.phone2, data.country) if clean_line(data.phone2) else None
    except ValidationError as exc:
        exc.field = "phone2"
        raise
    if phone2 is not None and phone2 == phone:
        phone2 = None
    email = check_length(clean_line(data.email).lower(), EMAIL_CHARS, "email", EMAIL_TOO_LONG) or None
    if email and not _EMAIL.match(email):
        raise ValidationError(msg("“{text}” is not an e-mail address."), field="email", text=email)
    postcode = bounded_line(data.postcode, "postcode")
    if postcode and not (postcode.isdigit() and len(postcode) in (5, 6)):
        raise ValidationError(msg("“{text}” is not a postcode."), field="postcode", text=postcode)
    if data.country not in ("TH", "VN"):
        raise ValidationError(msg("Choose Thailand or Vietnam."), field="country")
    lines = {f: bounded_line(getattr(data, f), f) for f in _LINE_FIELDS}
    return {
        "name": name,
        "search_key": customer_search_key(name, phone, email, phone2),
        "sort_name": sort_key(name),
        "phone": phone,
        "phone2": phone2,
        "email": email,
        **{f: lines[f] for f in _LINE_FIELDS[:7]},
        "postcode": postcode,
        "country": data.country,
        "channel": data.channel.value if data.channel else None,
        "source": lines["source"],
        "birth_date": check_birth_date(data.birth_date, today or date.today()),
        "bill_note": bounded_note(data.bill_note, "bill_note"),
    }


def input_from_record(record: CustomerRecord) -> CustomerInput:
    """The form input that reproduces `record` (for editing)."""
    values = {f.name: getattr(record, f.name) for f in fields(CustomerInput)}
    values["phone"] = record.phone or ""
    values["phone2"] = record.phone2 or ""
    values["email"] = record.email or ""
    return CustomerInput(**values)


NOT_YOURS_CUSTOMER = msg("This customer belongs to another salesperson.")


def check_customer_access(actor: UserRecord, owner_id: int | None) -> None:
    """Sales staff may see and change only their own customers (not even the pool's); managers all.
    Every service that touches a customer asks here."""
    if not actor.is_manager and owner_id != actor.id:
        raise PermissionDenied(NOT_YOURS_CUSTOMER)


def check_customer_id_access(actor: UserRecord, customer_id: int) -> None:
    """check_customer_access for a customer known by its id (one small query); NotFound when it is gone."""
    owner = m.Customer.select(m.Customer.owner_id).where(m.Customer.id == customer_id).tuples().first()
    if owner is None:
        raise refuse_missing(m.Customer, customer_id, not_yours=NOT_YOURS_CUSTOMER)
    check_customer_access(actor, owner[0])


def with_customer(kind: EntityKind, record_id: int, customer_id: int) -> ChangeSet:
    """The ChangeSet of a record that shows on its customer's profile: the record and the customer."""
    return ChangeSet.of(kind, [record_id]).merged(ChangeSet.of(EntityKind.CUSTOMER, [customer_id]))


@acts_as_stored_user
class CustomerService:
    """Creates and edits customers; sales staff may only touch their own."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, actor: UserRecord, customer_id: int) -> CustomerRecord:
        """One customer, if the actor may see it."""
        row = m.Customer.get_or_none(m.Customer.id == customer_id)
        if row is None:
            raise refuse_missing(m.Customer, customer_id, not_yours=NOT_YOURS_CUSTOMER)
        check_customer_access(actor, row.owner_id)
        return customer_record(row)

    def create(self, actor: UserRecord, data: CustomerInput) -> tuple[CustomerRecord, ChangeSet]:
        """Add a customer owned by the actor (sales) or unassigned in the pool (managers)."""
        now = self.ctx.clock()
        values = validate_customer(data, now.date())
        with self.ctx.db.atomic():
            customer_id = m.Customer.insert(
                **values,
                owner=None if actor.is_manager else actor.id,
                created_at=to_db(now),
                created_by=actor.id,
                updated_at=to_db(now),
                updated_by=actor.id,
                first_contact_at=to_db(now),
            ).execute()
            log_activity(
                actor,
                EntityKind.CUSTOMER,
                int(customer_id),
                Action.CREATED,
                now,
                {
                    k: (None, v)
                    for k, v in values.items()
                    if v not in (None, "") and k not in ("search_key", "sort_name")
                },
            )
            record = customer_record(m.Customer.get_by_id(customer_id))
        return record, ChangeSet.of(EntityKind.CUSTOMER, [record.id])

    def update(
        self, actor: UserRecord, customer_id: int, expected_version: int, data: CustomerInput
    ) -> tuple[CustomerRecord, ChangeSet]:
        """Save an edited profile; a stale version is refused with who changed it and when."""
        now = self.ctx.clock()
        values = validate_customer(data, now.date())
        with self.ctx.db.atomic():
            row = m.Customer.get_or_none(m.Customer.id == customer_id)
            if row is None:
                raise NotFound(msg("This record no longer exists: it was deleted on another desktop."))
            check_customer_access(actor, row.owner_id)
            old = {k: getattr(row, k) for k in values}
            changes = diff(old, values)
            changes.pop("search_key", None)
            changes.pop("sort_name", None)
            versioned_update(m.Customer, customer_id, expected_version, values, actor, now)
            if changes:
                log_activity(actor, EntityKind.CUSTOMER, customer_id, Action.UPDATED, now, changes)
            record = customer_record(m.Customer.get_by_id(customer_id))
        return record, ChangeSet.of(EntityKind.CUSTOMER, [customer_id])
