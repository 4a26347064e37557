"""The shop the service-permission test attacks: an administrator, a manager and two salespeople, the
victim (Lan) owning one of everything, her secrets marked with SECRET so a leak shows in any result.

Lan's second customer has an order waiting in the shared upsell queue (pending): the case screen shows
that customer to every telesales person by design, so that customer carries no mark; the order's
follow-up and its note are Lan's alone and do.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.customers.customer_filter import CustomerFilter
from salesapp.domain.enums import Currency, Role
from salesapp.domain.opportunity import OpportunityInput
from salesapp.domain.orders.bill import BillInput, BillLineInput
from salesapp.domain.records import UserRecord
from salesapp.domain.text import search_key
from salesapp.domain.upsell import Distribution, NoteImageInput, UpsellRules, UpsellStatus
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.followup.intake import ContactRequestInput, PaymentNoticeInput
from salesapp.services.registry import Services
from tests.helpers.images import png_bytes

SECRET = "zqxsecret"
"""In every text of the victim's own records: seen in a salesperson's result, it is a leak."""


@dataclass
class World:
    """Who is who and the ids of the victim's records (all owned by `lan` unless said otherwise)."""

    s: Services
    admin: UserRecord
    boss: UserRecord
    somsri: UserRecord  # the attacker
    lan: UserRecord  # the victim
    mine: int  # somsri's own customer
    my_order: int
    customer: int
    order: int
    order_followup: int
    contact_request: int
    contact_followup: int
    notice: int
    notice_followup: int
    case: int  # lan's claimed upsell case on her own order
    case_note: int
    call: int  # lan's running call on that case
    shared_customer: int  # unmarked: the pending queue shows it
    pending_case: int
    shared_order: int
    shared_followup: int
    opportunity: int
    appointment: int
    segment: int
    merge: int
    tag: int
    product: int
    unit: int

    def version(self, model: type[m.BaseModel], row_id: int) -> int:
        """The row's current version (what an editor would have loaded)."""
        return int(model.select(model.version).where(model._meta.primary_key == row_id).scalar())  # type: ignore[attr-defined]

    def ids(self, model: type[m.BaseModel], **where: Any) -> set[int]:
        """Ids of `model`'s rows matching the equalities."""
        query = model.select(model._meta.primary_key)
        for field, value in where.items():
            query = query.where(getattr(model, field) == value)
        return {r[0] for r in query.tuples()}


def _product(services: Services) -> tuple[int, int]:
    now = to_db(services.ctx.clock())
    pid = m.Product.insert(
        sku="SER",
        name="Serum",
        search_key=search_key("Serum"),
        category="skin",
        created_at=now,
        updated_at=now,
    ).execute()
    unit = m.ProductUnit.insert(
        product=pid, name="bottle", factor=1, price_minor=59000, currency="THB"
    ).execute()
    return int(pid), int(unit)


def build_world(s: Services) -> World:
    """Create the shop (about a second on SQLite)."""
    admin, _ = s.users.create_first_admin("admin", "Admin Ann", "secret-pass")
    boss, _ = s.users.create_user(admin, "boss", "Boss Bee", Role.MANAGER, "secret-pass")
    somsri, _ = s.users.create_user(admin, "somsri", "Somsri", Role.SALES, "secret-pass")
    lan, _ = s.users.create_user(admin, "lan", "Lan", Role.SALES, "secret-pass")
    product, unit = _product(s)
    settings = s.upsell_settings.get()
    wanted = replace(settings, rules=UpsellRules(enabled=True), distribution=Distribution(1, 5))
    s.upsell_settings.save(boss, wanted, settings.version)

    def order(actor: UserRecord, customer_id: int, note: str = "") -> tuple[int, int]:
        bill = BillInput(customer_id, Currency.THB, (BillLineInput(product, unit, 1),), 4000, note=note)
        created, _ = s.orders.create(actor, bill)
        return created.order_id, created.followup_id

    mine, _ = s.customers.create(somsri, CustomerInput(name="Somsri's own", phone="0811111111"))
    my_order, _ = order(somsri, mine.id)
    s.upsell.request_work(somsri)  # somsri's own order's case is hers: the queue is empty again
    secret = CustomerInput(
        name=f"Khun {SECRET}", phone="0822222222", email=f"{SECRET}@example.com",
        address_line=f"{SECRET} road", bill_note=f"{SECRET} bill",
    )  # fmt: skip
    customer, _ = s.customers.create(lan, secret)
    order_id, order_followup = order(lan, customer.id, note=f"{SECRET} order note")
    (case,), _ = s.upsell.request_work(lan)
    note, _ = s.upsell.add_note(lan, case, f"{SECRET} case note", (NoteImageInput("a.png", png_bytes()),))
    call, _ = s.upsell.start_call(lan, case)
    row = s.followup_list.rows(lan, [order_followup])[0]
    s.followups.add_note(lan, order_followup, row.version, f"{SECRET} follow-up note", None)
    request, _ = s.intake.create_contact_request(
        lan, ContactRequestInput(f"Khun {SECRET}", "0822222222", message=f"{SECRET} call me")
    )
    notice, _ = s.intake.create_payment_notice(
        lan,
        PaymentNoticeInput(
            f"Khun {SECRET}", "0822222222", 63000, Currency.THB, f"{SECRET} bank",
            s.ctx.clock() - timedelta(hours=1), slip=png_bytes(), slip_name="slip.png",
        ),
    )  # fmt: skip
    shared, _ = s.customers.create(lan, CustomerInput(name="Khun Queue", phone="0833333333"))
    shared_order, shared_followup = order(lan, shared.id)
    row = s.followup_list.rows(lan, [shared_followup])[0]
    s.followups.add_note(lan, shared_followup, row.version, f"{SECRET} queue follow-up note", None)
    pending = m.UpsellCase.get(m.UpsellCase.order == shared_order).id
    assert m.UpsellCase.get_by_id(pending).status == UpsellStatus.PENDING.value
    opportunity, _ = s.opportunities.create(lan, customer.id, OpportunityInput(f"{SECRET} deal", 100000))
    s.opportunities.add_note(lan, opportunity.id, f"{SECRET} deal note")
    appointment, _ = s.appointments.schedule(
        lan, customer.id, s.ctx.clock() + timedelta(days=2), 30, f"{SECRET} cafe", f"{SECRET} demo"
    )
    segment, _ = s.segments.save(lan, f"{SECRET} segment", CustomerFilter(), shared=False)
    twin, _ = s.customers.create(lan, CustomerInput(name=f"{SECRET} twin", phone="0822222222"))
    keep = s.customers.get(lan, customer.id)
    s.duplicates.merge(lan, keep.id, twin.id, (keep.version, twin.version))
    (merge,) = s.duplicates.merges_of(lan, customer.id)
    tag, _ = s.tags.create(boss, "VIP", "#e53935")
    s.tags.set_tag(lan, [customer.id], tag.id, True)
    return World(
        s, admin, boss, somsri, lan, mine.id, my_order, customer.id, order_id, order_followup,
        request.subject_id, request.id, notice.subject_id, notice.id, case, note.id, call.id, shared.id,
        pending, shared_order, shared_followup, opportunity.id, appointment.id, segment.id, merge.id, tag.id,
        product, unit,
    )  # fmt: skip


def snapshot(w: World) -> list[Any]:
    """Every row of the victim's private records, to compare before and after an attempt."""
    fu = [w.order_followup, w.contact_followup, w.notice_followup, w.shared_followup]
    parts: list[Any] = []
    for model, condition in (
        (m.Customer, m.Customer.id.in_([w.customer, w.shared_customer])),
        (m.Order, m.Order.id == w.order),
        (m.OrderLine, m.OrderLine.order == w.order),
        (m.FollowUp, m.FollowUp.id.in_(fu)),
        (m.FollowUpNote, m.FollowUpNote.followup.in_(fu)),
        (m.ContactRequest, m.ContactRequest.id == w.contact_request),
        (m.PaymentNotice, m.PaymentNotice.id == w.notice),
        (m.UpsellCase, m.UpsellCase.id == w.case),
        (m.UpsellNote, m.UpsellNote.case == w.case),
        (m.Call, m.Call.id == w.call),
        (m.Opportunity, m.Opportunity.id == w.opportunity),
        (m.OpportunityNote, m.OpportunityNote.opportunity == w.opportunity),
        (m.Appointment, m.Appointment.id == w.appointment),
        (m.Segment, m.Segment.id == w.segment),
        (m.CustomerTag, m.CustomerTag.customer == w.customer),
        (m.CustomerMerge, m.CustomerMerge.id == w.merge),
    ):
        parts.append(sorted(map(repr, model.select().where(condition).dicts())))
    return parts
