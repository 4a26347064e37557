"""Entering contact-back requests and payment notices by hand, and matching a payment notice to its order.

The customer is found by phone (E.164) or created; every new request or notice starts a follow-up.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.enums import Action, Channel, Currency, EntityKind
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from salesapp.domain.followup import FollowUpKind, FollowUpRow, MatchCandidate
from salesapp.domain.images import MIB, check_image
from salesapp.domain.limits import LABEL_CHARS, bounded_line, bounded_name, bounded_note
from salesapp.domain.money import check_money
from salesapp.domain.phone import parse_phone
from salesapp.domain.records import UserRecord
from salesapp.domain.text import clean_line
from salesapp.services.customers.customer_service import CustomerInput, CustomerService
from salesapp.services.followup.followup_list import FollowUpListService
from salesapp.services.followup.followups import GONE, KIND_ENTITY, followup_changes
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.hidden import phone_holder

SLIP_MAX_BYTES = 10 * MIB
SUBJECTS: dict[FollowUpKind, tuple[type[m.BaseModel], str]] = {
    FollowUpKind.CONTACT_REQUEST: (m.ContactRequest, "CR"),
    FollowUpKind.PAYMENT_NOTICE: (m.PaymentNotice, "PN"),
}
MAX_CANDIDATES = 20


@dataclass(frozen=True)
class ContactRequestInput:
    """A call-back request typed in from a phone call."""

    name: str
    phone: str
    message: str = ""
    product_interest: str = ""
    country: str = "TH"
    received_at: datetime | None = None


@dataclass(frozen=True)
class PaymentNoticeInput:
    """A reported bank transfer typed in by hand; the amount is already in minor units."""

    name: str
    phone: str
    amount_minor: int
    currency: Currency
    bank: str
    transferred_at: datetime
    order_number_given: str = ""
    slip: bytes | None = None
    slip_name: str = ""
    country: str = "TH"


@acts_as_stored_user
class IntakeService:
    """Creates requests and notices with their follow-ups; matches notices to orders."""

    def __init__(self, ctx: ServiceContext, customers: CustomerService, lists: FollowUpListService) -> None:
        self.ctx = ctx
        self.customers = customers
        self.lists = lists

    def _customer(self, actor: UserRecord, name: str, phone: str, country: str) -> tuple[int, int | None]:
        """(customer id, owner id) of the customer with this phone, created when there is none.

        Sales staff may attach a request only to their own customer or one nobody owns (its follow-up is
        then unassigned, for whoever takes it); a colleague's customer is refused, naming the colleague
        (and nothing else about the customer) so the request can be handed to them."""
        found = phone_holder(phone)
        if found is not None:
            if not actor.is_manager and found[1] not in (None, actor.id):
                owner = m.User.select(m.User.display_name).where(m.User.id == found[1]).scalar()
                raise PermissionDenied(
                    msg("This phone number belongs to a customer of {owner}. Pass the request on to them."),
                    owner=owner or "?",
                )
            return found
        record, _ = self.customers.create(
            actor, CustomerInput(name=name, phone=phone, country=country, channel=Channel.PHONE)
        )
        return record.id, record.owner_id

    def _create(
        self,
        actor: UserRecord,
        kind: FollowUpKind,
        person: tuple[str, str, str],
        values: dict[str, Any],
        received: datetime,
        now: datetime,
        logged: dict[str, tuple[Any, Any]],
    ) -> tuple[FollowUpRow, ChangeSet]:
        """In one transaction: find or create the customer (name, phone, country), insert the request or
        notice numbered CR/PN + its id, start its follow-up as new, and write the "created" activity."""
        model, prefix = SUBJECTS[kind]
        name, phone, country = person
        with self.ctx.db.atomic():
            customer_id, owner_id = self._customer(actor, name, phone, country)
            subject_id = int(
                model.insert(
                    number=uuid.uuid4().hex, customer=customer_id, name=name, phone=phone, **values,
                    received_at=to_db(received), created_at=to_db(now), created_by=actor.id,
                    updated_at=to_db(now), updated_by=actor.id,
                ).execute()
            )  # fmt: skip
            number = f"{prefix}{subject_id:07d}"
            model.update(number=number).where(model.id == subject_id).execute()
            at = to_db(received)
            fid = int(
                m.FollowUp.insert(
                    kind=kind.value, subject_id=subject_id, customer=customer_id, owner=owner_id,
                    title=number, received_at=at, sort_at=at, created_at=at, updated_at=at,
                ).execute()
            )  # fmt: skip
            log_activity(actor, KIND_ENTITY[kind], subject_id, Action.CREATED, now, logged, number)
        changes = followup_changes(fid, kind, subject_id)
        changes = changes.merged(ChangeSet.of(EntityKind.CUSTOMER, [customer_id]))
        return self.lists.rows(actor, [fid])[0], changes

    def _checked_person(self, name: str, phone: str, country: str) -> tuple[str, str]:
        clean_name = bounded_name(name)
        if not clean_name:
            raise ValidationError(msg("Enter the customer's name."), field="name")
        if not clean_line(phone):
            raise ValidationError(msg("Enter the customer's phone number."), field="phone")
        return clean_name, parse_phone(phone, country)

    def create_contact_request(
        self, actor: UserRecord, data: ContactRequestInput
    ) -> tuple[FollowUpRow, ChangeSet]:
        """Record a call-back request; its follow-up starts as new."""
        name, phone = self._checked_person(data.name, data.phone, data.country)
        now = self.ctx.clock()
        received = data.received_at or now
        if received > now:
            raise ValidationError(msg("The time received cannot be in the future."), field="received_at")
        values = {
            "message": bounded_note(data.message, "message"),
            "product_interest": bounded_line(data.product_interest, "product_interest"),
        }
        logged: dict[str, tuple[Any, Any]] = {"name": (None, name), "phone": (None, phone)}
        person = (name, phone, data.country)
        return self._create(actor, FollowUpKind.CONTACT_REQUEST, person, values, received, now, logged)

    def create_payment_notice(
        self, actor: UserRecord, data: PaymentNoticeInput
    ) -> tuple[FollowUpRow, ChangeSet]:
        """Record a reported transfer (with its slip image); its follow-up starts as new."""
        name, phone = self._checked_person(data.name, data.phone, data.country)
        if data.amount_minor <= 0:
            raise ValidationError(msg("Enter the amount transferred."), field="amount")
        check_money(data.amount_minor, data.currency)
        if not clean_line(data.bank):
            raise ValidationError(msg("Enter the bank the money was sent from."), field="bank")
        now = self.ctx.clock()
        if data.transferred_at > now:
            raise ValidationError(msg("The transfer time cannot be in the future."), field="transferred_at")
        slip_type = check_image(data.slip, data.slip_name, SLIP_MAX_BYTES) if data.slip is not None else ""
        bank = bounded_line(data.bank, "bank", LABEL_CHARS)
        values = {
            "amount_minor": data.amount_minor,
            "currency": data.currency.value,
            "bank": bank,
            "transferred_at": to_db(data.transferred_at),
            "order_number_given": bounded_line(data.order_number_given, "order_number", LABEL_CHARS).upper(),
            "slip": data.slip,
            "slip_type": slip_type,
        }
        logged: dict[str, tuple[Any, Any]] = {"amount_minor": (None, data.amount_minor), "bank": (None, bank)}
        person = (name, phone, data.country)
        return self._create(actor, FollowUpKind.PAYMENT_NOTICE, person, values, now, now, logged)

    def _notice(self, actor: UserRecord, notice_id: int) -> m.PaymentNotice:
        """The notice, once the actor may see it (sales staff: its follow-up is theirs or unassigned)."""
        notice = m.PaymentNotice.get_or_none(m.PaymentNotice.id == notice_id)
        if notice is None:
            raise NotFound(GONE)
        if not actor.is_manager:
            f = m.FollowUp
            kind = FollowUpKind.PAYMENT_NOTICE.value
            found = f.select(f.owner_id).where((f.kind == kind) & (f.subject_id == notice_id))
            owner = found.tuples().first()
            if owner is not None and owner[0] not in (None, actor.id):
                raise PermissionDenied(msg("This follow-up belongs to another salesperson."))
        return notice

    def match_candidates(self, actor: UserRecord, notice_id: int) -> list[MatchCandidate]:
        """Orders this notice may pay for: the order number given, then the same customer or phone and
        the same amount, then the customer's other recent orders; best first. Sales staff are offered
        their own orders only."""
        notice = self._notice(actor, notice_id)
        o = m.Order
        same_customer = o.customer == notice.customer_id
        if notice.phone:
            same_customer |= o.customer.in_(
                m.Customer.select(m.Customer.id).where(m.Customer.phone == notice.phone)
            )
        given = o.number == notice.order_number_given if notice.order_number_given else None
        condition = same_customer | given if given is not None else same_customer
        if not actor.is_manager:
            condition = condition & (o.owner == actor.id)
        query = (
            o.select(o.id, o.number, m.Customer.name, o.ordered_at, o.total_minor, o.currency, o.customer)
            .join(m.Customer, on=(o.customer == m.Customer.id))
            .where(condition)
            .order_by(o.ordered_at.desc())
            .limit(200)
        )
        out = []
        for oid, number, name, ordered, total, currency, cid in m.tuples(query):
            at = from_db(ordered)
            assert at is not None
            out.append(
                MatchCandidate(
                    oid, number, name, at, total, Currency(currency),
                    same_customer=cid == notice.customer_id,
                    same_amount=total == notice.amount_minor and currency == notice.currency,
                    number_given=number == notice.order_number_given,
                )
            )  # fmt: skip
        out.sort(key=lambda c: (not c.number_given, not c.same_amount, not c.same_customer))
        return out[:MAX_CANDIDATES]

    def match(
        self, actor: UserRecord, notice_id: int, expected_version: int, order_id: int
    ) -> tuple[FollowUpRow, ChangeSet]:
        """Mark the order as paid by this transfer; the notice shows the order, the order the notice.

        Refused, nothing written: an order already paid by another notice (even one matched at the same
        moment on another desktop), a stale notice, an order or notice that is gone; for sales staff a
        colleague's order or notice."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            self._notice(actor, notice_id)
            query = m.Order.select().where(m.Order.id == order_id)
            if not self.ctx.db.is_sqlite:
                # The order's row lock makes "already paid?" and the match one step: a second desktop
                # matching another notice to this order waits here, then sees the first match and is
                # refused (SQLite's IMMEDIATE transaction already holds the one write lock from the start).
                query = query.for_update("FOR NO KEY UPDATE")  # type: ignore[arg-type]  # the clause text
            order = query.first()
            if order is None:
                raise NotFound(GONE)
            if not actor.is_manager and order.owner_id != actor.id:
                raise PermissionDenied(
                    msg("Order {order} belongs to another salesperson: choose one of your own orders."),
                    order=order.number,
                )
            taken = (
                m.PaymentNotice.select(m.PaymentNotice.number)
                .where((m.PaymentNotice.matched_order == order_id) & (m.PaymentNotice.id != notice_id))
                .tuples()
                .first()
            )
            if taken is not None:
                raise ValidationError(
                    msg("Order {order} is already paid by payment notice {notice}."),
                    field="order", order=order.number, notice=taken[0],
                )  # fmt: skip
            notice = m.PaymentNotice.get_or_none(m.PaymentNotice.id == notice_id)
            if notice is None:
                raise NotFound(GONE)
            versioned_update(
                m.PaymentNotice, notice_id, expected_version,
                {"matched_order": order_id, "matched_at": to_db(now), "matched_by": actor.id}, actor, now,
            )  # fmt: skip
            m.Order.update(
                payment_method="bank_transfer", version=m.Order.version + 1, updated_at=to_db(now),
                updated_by=actor.id,
            ).where(m.Order.id == order_id).execute()  # fmt: skip
            log_activity(
                actor, EntityKind.PAYMENT_NOTICE, notice_id, Action.MATCHED, now,
                {"order": (None, order.number)}, order.number,
            )  # fmt: skip
            log_activity(
                actor, EntityKind.ORDER, order_id, Action.MATCHED, now,
                {
                    "payment_method": (order.payment_method, "bank_transfer"),
                    "payment_notice": (None, notice.number),
                },
                notice.number,
            )  # fmt: skip
            fid = (
                m.FollowUp.select(m.FollowUp.id)
                .where(
                    (m.FollowUp.kind == FollowUpKind.PAYMENT_NOTICE.value)
                    & (m.FollowUp.subject_id == notice_id)
                )
                .tuples()
                .first()
            )
        assert fid is not None
        changes = followup_changes(fid[0], FollowUpKind.PAYMENT_NOTICE, notice_id).merged(
            ChangeSet.of(EntityKind.ORDER, [order_id])
        )
        order_followup = m.FollowUp.select(m.FollowUp.id).where(
            (m.FollowUp.kind == FollowUpKind.ORDER.value) & (m.FollowUp.subject_id == order_id)
        )
        changes = changes.merged(ChangeSet.of(EntityKind.FOLLOWUP, [r[0] for r in m.tuples(order_followup)]))
        return self.lists.rows(actor, [fid[0]])[0], changes
