"""The customer profile: one read of everything the profile pane shows, care notes, and quick edits."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.customers.customer_profile import (
    AppointmentSummary,
    CareKind,
    CustomerProfile,
    OrderSummary,
    TagRecord,
    TimelineItem,
    TimelineKind,
)
from salesapp.domain.enums import Action, Currency, EntityKind, OrderStatus
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.limits import bounded_note
from salesapp.domain.records import CustomerRecord, UserRecord
from salesapp.services.customers.customer_service import CustomerInput, CustomerService, input_from_record
from salesapp.services.customers.duplicates import DuplicateService
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity
from salesapp.services.shared.context import ServiceContext

ORDER_LIMIT = 200
TIMELINE_LIMIT = 300
_NOT_SOLD = (OrderStatus.CANCELLED.value, OrderStatus.RETURNED.value)
_HANDOVER_ACTIONS = {Action.HANDED_OVER.value, Action.REVOKED.value}
_SKIPPED_ACTIONS = {Action.NOTE_ADDED.value}  # care notes come from their own table
_APPOINTMENT_KEYS = {"appointment", "appointment_outcome"}
QUICK_FIELDS = frozenset(
    {"name", "phone", "phone2", "email", "address_line", "subdistrict", "district", "province", "postcode",
     "source", "bill_note", "facebook", "line_id", "zalo"}
)  # fmt: skip


def _at(value: Any) -> Any:
    at = from_db(value)
    assert at is not None
    return at


@acts_as_stored_user
class CustomerProfileService:
    """Reads a whole profile in a few indexed queries; adds care notes; saves one field in place."""

    def __init__(self, ctx: ServiceContext, customers: CustomerService, duplicates: DuplicateService) -> None:
        self.ctx = ctx
        self.customers = customers
        self.duplicates = duplicates

    def profile(self, actor: UserRecord, customer_id: int) -> CustomerProfile:
        """The profile of one customer the actor may see (NotFound / PermissionDenied otherwise)."""
        customer = self.customers.get(actor, customer_id)
        owner = m.User.get_or_none(m.User.id == customer.owner_id) if customer.owner_id else None
        tags = tuple(
            TagRecord(t.id, t.name, t.color)
            for t in m.Tag.select()
            .join(m.CustomerTag)
            .where(m.CustomerTag.customer == customer_id)
            .order_by(m.Tag.name)
        )
        o = m.Order
        orders = tuple(
            OrderSummary(oid, number, _at(at), OrderStatus(status), total, Currency(cur))
            for oid, number, at, status, total, cur in m.tuples(
                o.select(o.id, o.number, o.ordered_at, o.status, o.total_minor, o.currency)
                .where(o.customer == customer_id)
                .order_by(o.ordered_at.desc(), o.id.desc())
                .limit(ORDER_LIMIT)
            )
        )
        order_count = o.select().where(o.customer == customer_id).count()
        lifetime = tuple(
            (Currency(cur), int(total))
            for cur, total in m.tuples(
                o.select(o.currency, pw.fn.SUM(o.total_minor))
                .where((o.customer == customer_id) & o.status.not_in(_NOT_SOLD))
                .group_by(o.currency)
                .order_by(o.currency)
            )
        )
        a = m.Appointment
        appointments = tuple(
            AppointmentSummary(
                r.id, _at(r.starts_at), r.minutes, r.place, r.purpose, r.outcome, r.done_at is not None,
                r.version,
            )
            for r in a.select().where(a.customer == customer_id).order_by(a.starts_at.desc()).limit(100)
        )  # fmt: skip
        timeline = self._timeline(actor, customer_id, orders, appointments)
        return CustomerProfile(
            customer, owner.display_name if owner else "", tags, orders, order_count, lifetime,
            appointments, timeline,
        )  # fmt: skip

    def _timeline(
        self,
        actor: UserRecord,
        customer_id: int,
        orders: tuple[OrderSummary, ...],
        appointments: tuple[AppointmentSummary, ...],
    ) -> tuple[TimelineItem, ...]:
        """Notes, orders, handovers, appointments and changes, newest first."""
        names = dict(m.tuples(m.User.select(m.User.id, m.User.display_name)))
        items: list[TimelineItem] = []
        n = m.CustomerNote
        for kind, text, at, user_id, delivery in m.tuples(
            n.select(n.kind, n.text, n.at, n.user, n.delivery)
            .where(n.customer == customer_id)
            .order_by(n.at.desc())
            .limit(TIMELINE_LIMIT)
        ):
            sent: dict[str, tuple[object, object]] = {"delivery": (None, delivery)} if delivery else {}
            items.append(TimelineItem(TimelineKind.CARE, kind, _at(at), names.get(user_id, ""), text, sent))
        for order in orders:
            details: dict[str, tuple[object, object]] = {
                "number": (None, order.number),
                "total": (order.currency.value, order.total_minor),
                "status": (None, order.status.value),
            }
            item = TimelineItem(TimelineKind.ORDER, "order", order.ordered_at, "", order.number, details)
            items.append(item)
        for appointment in appointments:
            text = " · ".join(p for p in (appointment.purpose, appointment.place) if p)
            details = {"outcome": (None, appointment.outcome)} if appointment.outcome else {}
            when = appointment.starts_at
            items.append(TimelineItem(TimelineKind.APPOINTMENT, "appointment", when, "", text, details))
        act = m.Activity
        # Merged duplicates' history belongs to the kept customer too.
        own_ids = self.duplicates.history_ids(actor, customer_id)
        for action, at, user_id, changes, summary in m.tuples(
            act.select(act.action, act.at, act.user, act.changes, act.summary)
            .where((act.entity == EntityKind.CUSTOMER.value) & act.entity_id.in_(own_ids))
            .order_by(act.at.desc(), act.id.desc())
            .limit(TIMELINE_LIMIT)
        ):
            if action in _SKIPPED_ACTIONS:
                continue
            kind = TimelineKind.HANDOVER if action in _HANDOVER_ACTIONS else TimelineKind.CHANGE
            raw = json.loads(changes or "{}")
            if _APPOINTMENT_KEYS & raw.keys():
                continue  # shown from the appointments themselves
            details = {k: (v[0], v[1]) for k, v in raw.items() if isinstance(v, list) and len(v) == 2}
            items.append(TimelineItem(kind, action, _at(at), names.get(user_id, ""), summary, details))
        items.sort(key=lambda i: i.at, reverse=True)
        return tuple(items[:TIMELINE_LIMIT])

    def add_care(
        self, actor: UserRecord, customer_id: int, kind: CareKind, text: str
    ) -> tuple[CustomerProfile, ChangeSet]:
        """Record a note, call, e-mail, SMS or meeting; a contact (not a plain note) sets the last contact."""
        cleaned = bounded_note(text, "text")
        if not cleaned:
            raise ValidationError(msg("Write what was said or done."), field="text")
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            self.customers.get(actor, customer_id)  # exists and is the actor's to see
            m.CustomerNote.insert(
                customer=customer_id, kind=kind.value, text=cleaned, at=to_db(now), user=actor.id
            ).execute()
            if kind is not CareKind.NOTE:
                m.Customer.update(last_contact_at=to_db(now)).where(m.Customer.id == customer_id).execute()
            log_activity(actor, EntityKind.CUSTOMER, customer_id, Action.NOTE_ADDED, now, summary=kind.value)
        return self.profile(actor, customer_id), ChangeSet.of(EntityKind.CUSTOMER, [customer_id])

    def quick_edit(
        self, actor: UserRecord, customer_id: int, expected_version: int, field: str, value: str
    ) -> tuple[CustomerRecord, ChangeSet]:
        """Save one field typed in place in the profile, with the same checks as the whole form."""
        if field not in QUICK_FIELDS:
            raise ValidationError(msg("This field cannot be edited here."), field=field)
        record = self.customers.get(actor, customer_id)
        changed: dict[str, Any] = {field: value}
        data: CustomerInput = replace(input_from_record(record), **changed)
        return self.customers.update(actor, customer_id, expected_version, data)
