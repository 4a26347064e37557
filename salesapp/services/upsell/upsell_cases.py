"""Upsell case use cases: queueing orders, claiming work, calls, notes with images, outcomes.

Every mutation runs in one transaction with its activity rows (EntityKind.UPSELL_CASE, and ORDER where the
order changes) and returns (result, ChangeSet). Every status change goes through
domain.upsell.check_transition. Sales staff act only on the cases assigned to them, managers on every case.
The claim side lives in services/upsell/upsell_claim.py, notes and calls in
services/upsell/_upsell_notes.py; this class
is the one face the UI talks to.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.db.mapping import order_line_record
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.enums import Action, Channel, Currency, EntityKind, OrderStatus
from salesapp.domain.errors import NotFound, ValidationError, msg
from salesapp.domain.followup import to_minute
from salesapp.domain.limits import LABEL_CHARS, bounded_name
from salesapp.domain.orders.bill import BillInput, BillLineInput, check_quantity
from salesapp.domain.records import ActivityRecord, UserRecord
from salesapp.domain.text import clean_line
from salesapp.domain.upsell import (
    MAX_REASON_CHARS,
    MAX_TAGS,
    CallRecord,
    NoteImage,
    NoteImageInput,
    UpsellCandidate,
    UpsellCustomer,
    UpsellDetail,
    UpsellLineInput,
    UpsellNoteRecord,
    UpsellOrder,
    UpsellRow,
    UpsellStatus,
    check_transition,
    join_tags,
    split_tags,
)
from salesapp.services.orders.new_order import OrderService
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.history import record_history
from salesapp.services.upsell._upsell_common import (
    GONE,
    case_changes,
    check_act,
    check_version,
    check_view,
    load_case,
    user_name,
)
from salesapp.services.upsell._upsell_followup import feed_followup
from salesapp.services.upsell._upsell_notes import UpsellNotes
from salesapp.services.upsell.upsell_claim import UpsellQueue
from salesapp.services.upsell.upsell_list import UpsellListService
from salesapp.services.upsell.upsell_settings import read_settings

ADDABLE_ORDER = frozenset({OrderStatus.AWAITING.value, OrderStatus.CONFIRMED.value})


@acts_as_stored_user
class UpsellService:
    """Upsell case use cases (see the module docstring); signatures are in /tmp/s4/upsell_contract.txt."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.lists = UpsellListService(ctx)
        self.queue = UpsellQueue(ctx)
        self.note_book = UpsellNotes(ctx)

    # -- reading ---------------------------------------------------------------------------------------
    def row(self, actor: UserRecord, case_id: int) -> UpsellRow:
        """One list row. NotFound when gone; PermissionDenied for a sales user on a colleague's case."""
        rows = self.lists.rows(actor, [case_id])
        if not rows:
            gone = load_case(case_id)  # NotFound when gone, else the reason it is hidden
            check_view(actor, UpsellStatus(gone.status), gone.assignee_id)
            raise NotFound(GONE)
        return rows[0]

    def detail(self, actor: UserRecord, case_id: int) -> UpsellDetail:
        """Everything the case screen shows: the case, the customer, the order with its original and upsell
        lines and three totals, the reason lists, and the actor's running call (sales staff: pending cases
        and their own)."""
        case = self.row(actor, case_id)
        settings = read_settings()
        return UpsellDetail(
            case,
            self._customer(case.customer_id),
            self._order(case.order_id, case.upsell_minor),
            settings.failure_reasons,
            settings.skip_reasons,
            self.note_book.running_call(actor, case_id),
        )

    def _customer(self, customer_id: int) -> UpsellCustomer:
        c = m.Customer.get_or_none(m.Customer.id == customer_id)
        if c is None:
            raise NotFound(GONE)
        tags = (
            m.Tag.select(m.Tag.name)
            .join(m.CustomerTag, on=(m.CustomerTag.tag == m.Tag.id))
            .where(m.CustomerTag.customer == customer_id)
        )
        return UpsellCustomer(
            c.id,
            c.name,
            c.phone,
            c.phone2,
            c.email,
            c.address_line,
            c.subdistrict,
            c.district,
            c.province,
            c.postcode,
            c.country,
            Channel(c.channel) if c.channel else None,
            tuple(sorted(r[0] for r in m.tuples(tags))),
        )

    def _order(self, order_id: int, upsell_minor: int) -> UpsellOrder:
        o = m.Order.get_or_none(m.Order.id == order_id)
        if o is None:
            raise NotFound(GONE)
        lines = list(m.OrderLine.select().where(m.OrderLine.order == order_id).order_by(m.OrderLine.position))
        ordered = from_db(o.ordered_at)
        assert ordered is not None
        upsell_total = sum(line.total_minor for line in lines if line.upsell)
        return UpsellOrder(
            o.id,
            o.number,
            OrderStatus(o.status),
            ordered,
            o.pack_by,
            o.carrier,
            o.payment_method,
            tuple(sorted(split_tags(o.tags))),
            Currency(o.currency),
            tuple(order_line_record(x) for x in lines if not x.upsell),
            tuple(order_line_record(x) for x in lines if x.upsell),
            o.shipping_minor,
            o.discount_minor,
            o.total_minor - upsell_total,
            upsell_total,
            o.total_minor,
            o.version,
        )

    def staff(self, actor: UserRecord) -> list[UserRecord]:
        """Active users cases can be assigned to, by display name."""
        return self.queue.staff(actor)

    def candidates(self, actor: UserRecord, search: str = "", limit: int = 500) -> list[UpsellCandidate]:
        """Awaiting orders with no upsell case, newest first (managers only); see UpsellQueue.candidates."""
        return self.queue.candidates(actor, search, limit)

    def history(self, actor: UserRecord, case_id: int, limit: int = 500) -> list[ActivityRecord]:
        """The case's activity rows (status changes, tags, notes, calls, skip, give back), newest first."""
        self.row(actor, case_id)
        return record_history(EntityKind.UPSELL_CASE, case_id, limit)

    def calls(self, actor: UserRecord, case_id: int) -> list[CallRecord]:
        """The case's calls, newest first."""
        return self.note_book.calls(actor, case_id)

    def notes(self, actor: UserRecord, case_id: int) -> list[UpsellNoteRecord]:
        """The case's notes, pinned first, then newest first (deleted ones left out)."""
        return self.note_book.notes(actor, case_id)

    def image(self, actor: UserRecord, image_id: int) -> NoteImage:
        """One full image of a note."""
        return self.note_book.image(actor, image_id)

    # -- queue and claim -------------------------------------------------------------------------------
    def queue_orders(self, actor: UserRecord, order_ids: Sequence[int]) -> tuple[list[int], ChangeSet]:
        """Put awaiting orders into Pending by hand (managers only); see UpsellQueue.queue_orders."""
        return self.queue.queue_orders(actor, order_ids)

    def request_work(self, actor: UserRecord) -> tuple[list[int], ChangeSet]:
        """Claim up to `per_request` oldest pending cases for the actor; see UpsellQueue.request_work."""
        return self.queue.request_work(actor)

    def assign(self, actor: UserRecord, case_ids: Sequence[int], user_id: int) -> tuple[int, ChangeSet]:
        """Assign pending cases to a named staff member (managers only); see UpsellQueue.assign."""
        return self.queue.assign(actor, case_ids, user_id)

    # -- calls -----------------------------------------------------------------------------------------
    def start_call(self, actor: UserRecord, case_id: int) -> tuple[CallRecord, ChangeSet]:
        """Start the call timer on an open case; see UpsellNotes.start_call."""
        return self.note_book.start_call(actor, case_id)

    def stop_call(self, actor: UserRecord, call_id: int) -> tuple[CallRecord, ChangeSet]:
        """Stop a running call; see UpsellNotes.stop_call."""
        return self.note_book.stop_call(actor, call_id)

    # -- outcomes --------------------------------------------------------------------------------------
    def _move(
        self,
        actor: UserRecord,
        case_id: int,
        expected_version: int,
        target: UpsellStatus,
        values: dict[str, Any],
        now: datetime,
    ) -> m.UpsellCase:
        """Check access, version and the transition, then write the case's new status and `values`;
        returns the row as it was. Call inside the transaction."""
        row = self._checked(actor, case_id, expected_version, target)
        self._write(actor, row, expected_version, target, values, now)
        return row

    def _checked(
        self, actor: UserRecord, case_id: int, expected_version: int, target: UpsellStatus
    ) -> m.UpsellCase:
        """The case row, once the actor may act on it, it is not stale and it may move to `target`."""
        row = load_case(case_id)
        check_act(actor, row.assignee_id)
        check_version(row, expected_version)
        check_transition(UpsellStatus(row.status), target)
        return row

    def _write(
        self,
        actor: UserRecord,
        row: m.UpsellCase,
        expected_version: int,
        target: UpsellStatus,
        values: dict[str, Any],
        now: datetime,
    ) -> None:
        """Write a checked case's new status and `values` (still refused if another desktop saved since)."""
        versioned_update(
            m.UpsellCase, row.id, expected_version, {**values, "status": target.value}, actor, now
        )

    def _closing(self, actor: UserRecord, now: datetime) -> dict[str, Any]:
        return {"closed_at": to_db(now), "closed_by": actor.id, "next_call_at": None}

    def _status_logged(
        self,
        actor: UserRecord,
        row: m.UpsellCase,
        target: UpsellStatus,
        now: datetime,
        extra: dict[str, tuple[Any, Any]],
        summary: str,
    ) -> None:
        changes = {"status": (row.status, target.value), **extra}
        log_activity(actor, EntityKind.UPSELL_CASE, row.id, Action.STATUS_CHANGED, now, changes, summary)

    def _close_with_reason(
        self,
        actor: UserRecord,
        row: m.UpsellCase,
        expected_version: int,
        target: UpsellStatus,
        reason: str,
        now: datetime,
    ) -> None:
        """Close a checked case (see _checked) as failed or skipped with its (checked) reason and log the
        status change. Call inside the transaction."""
        self._write(
            actor, row, expected_version, target, {"reason": reason, **self._closing(actor, now)}, now
        )
        self._status_logged(actor, row, target, now, {"reason": (row.reason, reason)}, reason)

    def follow_up(
        self, actor: UserRecord, case_id: int, expected_version: int, reason: str, next_call_at: datetime
    ) -> tuple[UpsellRow, ChangeSet]:
        """Call again later: the case becomes follow-up with the reason and the next call time, and the
        order's follow-up gets a note with that time (owned by the assignee), so the Follow-up section's
        reminders fire then. Refused: no reason, a time in the past."""
        text = _reason(reason)
        if next_call_at.tzinfo is None:
            raise ValueError("next call times must be aware datetimes")
        now = self.ctx.clock()
        moment = to_minute(next_call_at)
        if moment < to_minute(now):
            raise ValidationError(
                msg("The next call time has passed. Choose a later time."), field="next_call_at"
            )
        with self.ctx.db.atomic():
            row = self._move(
                actor,
                case_id,
                expected_version,
                UpsellStatus.FOLLOW_UP,
                {"reason": text, "next_call_at": to_db(moment)},
                now,
            )
            self._status_logged(
                actor,
                row,
                UpsellStatus.FOLLOW_UP,
                now,
                {"reason": (row.reason, text), "next_call_at": (from_db(row.next_call_at), moment)},
                text,
            )
            fed = feed_followup(self.ctx, actor, row, text, moment, now)
        return self.row(actor, case_id), case_changes(case_id).merged(fed)

    def fail(
        self, actor: UserRecord, case_id: int, expected_version: int, reason: str
    ) -> tuple[UpsellRow, ChangeSet]:
        """The customer bought nothing more: failed, with a reason from the settings' failure list."""
        text = _listed(reason, read_settings().failure_reasons)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._checked(actor, case_id, expected_version, UpsellStatus.FAILED)
            self._close_with_reason(actor, row, expected_version, UpsellStatus.FAILED, text, now)
        return self.row(actor, case_id), case_changes(case_id)

    def succeed(
        self, actor: UserRecord, case_id: int, expected_version: int, lines: Sequence[UpsellLineInput]
    ) -> tuple[UpsellRow, ChangeSet]:
        """The customer bought more: the products become upsell lines of the order (priced from the
        catalogue in the order's currency), the order's totals grow, the case records the upsell amount.
        Refused: no lines, a quantity below 1, a unit not sold (any more) or not in the order's currency,
        an order that is no longer awaiting or confirmed."""
        if not lines:
            raise ValidationError(msg("Choose at least one product the customer added."), field="lines")
        for line in lines:
            check_quantity(line.quantity)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            case = self._checked(actor, case_id, expected_version, UpsellStatus.SUCCESS)
            order = m.Order.get_or_none(m.Order.id == case.order_id)
            if order is None:
                raise NotFound(GONE)
            if order.status not in ADDABLE_ORDER:
                raise ValidationError(
                    msg(
                        "Order {number} has already been packed, shipped or closed: products can no "
                        "longer be added to it."
                    ),
                    field="order",
                    number=order.number,
                )
            rows, added = self._upsell_lines(order, lines)
            self._write(
                actor,
                case,
                expected_version,
                UpsellStatus.SUCCESS,
                {"upsell_minor": case.upsell_minor + added, **self._closing(actor, now)},
                now,
            )
            m.OrderLine.insert_many(rows).execute()
            at = to_db(now)
            o = m.Order
            o.update(
                subtotal_minor=o.subtotal_minor + added,
                total_minor=o.total_minor + added,
                version=o.version + 1,
                updated_at=at,
                updated_by=actor.id,
            ).where(o.id == order.id).execute()
            summary = ", ".join(f"{r['description']} × {r['quantity']}" for r in rows)
            self._status_logged(
                actor,
                case,
                UpsellStatus.SUCCESS,
                now,
                {"upsell_minor": (case.upsell_minor, case.upsell_minor + added)},
                summary,
            )
            log_activity(
                actor,
                EntityKind.ORDER,
                order.id,
                Action.UPDATED,
                now,
                {"total_minor": (order.total_minor, order.total_minor + added)},
                "upsell: " + summary,
            )
        return self.row(actor, case_id), case_changes(case_id).merged(
            ChangeSet.of(EntityKind.ORDER, [order.id])
        )

    def _upsell_lines(
        self, order: m.Order, lines: Sequence[UpsellLineInput]
    ) -> tuple[list[dict[str, Any]], int]:
        """The order_lines rows of the added products (upsell=True, numbered after the order's lines) and
        their sum; priced and checked by the order form's own rules (OrderService)."""
        u = m.ProductUnit
        wanted = sorted({line.unit_id for line in lines})
        products = {r[0]: r[1] for r in m.tuples(u.select(u.id, u.product_id).where(u.id.in_(wanted)))}
        bill = BillInput(
            order.customer_id,
            Currency(order.currency),
            tuple(BillLineInput(products.get(x.unit_id, -1), x.unit_id, x.quantity) for x in lines),
        )
        rows, priced = OrderService(self.ctx).price_lines(bill, Currency(order.currency))
        last = (
            m.OrderLine.select(pw.fn.MAX(m.OrderLine.position)).where(m.OrderLine.order == order.id).scalar()
        )
        total = 0
        for offset, (case, item) in enumerate(zip(rows, priced, strict=True), start=1):
            case.update(
                order=order.id, position=(last or 0) + offset, total_minor=item.total_minor, upsell=True
            )
            total += item.total_minor
        return rows, total

    def skip(
        self, actor: UserRecord, case_id: int, expected_version: int, reason: str
    ) -> tuple[UpsellRow, ChangeSet]:
        """No upsell: skipped with a reason from the settings' skip list, and a confirmed order is released
        to shipping (recorded on the order; it stays confirmed). An order still awaiting confirmation is
        refused with a message to confirm it first (nothing written)."""
        text = _listed(reason, read_settings().skip_reasons)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            case = self._checked(actor, case_id, expected_version, UpsellStatus.SKIPPED)
            number, status = m.Order.select(m.Order.number, m.Order.status).where(
                m.Order.id == case.order_id
            ).tuples().first() or (None, None)
            if number is None:
                raise NotFound(GONE)
            if status == OrderStatus.AWAITING.value:
                raise ValidationError(
                    msg(
                        "Order {number} is not confirmed yet. Confirm it in Orders first, then skip the "
                        "upsell to send it to shipping."
                    ),
                    field="order",
                    number=number,
                )
            self._close_with_reason(actor, case, expected_version, UpsellStatus.SKIPPED, text, now)
            changes = case_changes(case_id)
            if status == OrderStatus.CONFIRMED.value:
                log_activity(
                    actor,
                    EntityKind.ORDER,
                    case.order_id,
                    Action.UPDATED,
                    now,
                    {"released_to_shipping": (None, now)},
                    "released to shipping: upsell skipped",
                )
                changes = changes.merged(ChangeSet.of(EntityKind.ORDER, [case.order_id]))
        return self.row(actor, case_id), changes

    def give_back(
        self, actor: UserRecord, case_id: int, expected_version: int
    ) -> tuple[UpsellRow, ChangeSet]:
        """Return an assigned or follow-up case to Pending (the UI asks to confirm first); it keeps its
        place in the queue (its queued time)."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._move(
                actor,
                case_id,
                expected_version,
                UpsellStatus.PENDING,
                {"assignee": None, "assigned_at": None, "next_call_at": None},
                now,
            )
            log_activity(
                actor,
                EntityKind.UPSELL_CASE,
                case_id,
                Action.GIVEN_BACK,
                now,
                {
                    "status": (row.status, UpsellStatus.PENDING.value),
                    "assignee": (user_name(row.assignee_id), None),
                },
                "",
            )
        return self.row(actor, case_id), case_changes(case_id)

    def set_tags(
        self, actor: UserRecord, case_id: int, expected_version: int, tags: Sequence[str]
    ) -> tuple[UpsellRow, ChangeSet]:
        """Replace the case's upsell tags (at most MAX_TAGS, one line each); one TAGGED / UNTAGGED activity
        row names the labels added / removed. Allowed on finished cases too."""
        wanted = split_tags(join_tags(bounded_name(t, "tags", LABEL_CHARS) for t in tags))
        if len(wanted) > MAX_TAGS:
            raise ValidationError(msg("A case can carry at most {max} tags."), field="tags", max=MAX_TAGS)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = load_case(case_id)
            check_act(actor, row.assignee_id)
            check_version(row, expected_version)
            old = split_tags(row.tags)
            if old != wanted:
                versioned_update(
                    m.UpsellCase, case_id, expected_version, {"tags": join_tags(wanted)}, actor, now
                )
            if added := sorted(wanted - old):
                log_activity(
                    actor,
                    EntityKind.UPSELL_CASE,
                    case_id,
                    Action.TAGGED,
                    now,
                    {"tags": (None, ", ".join(added))},
                    ", ".join(added),
                )
            if removed := sorted(old - wanted):
                log_activity(
                    actor,
                    EntityKind.UPSELL_CASE,
                    case_id,
                    Action.UNTAGGED,
                    now,
                    {"tags": (", ".join(removed), None)},
                    ", ".join(removed),
                )
        return self.row(actor, case_id), case_changes(case_id)

    # -- notes -----------------------------------------------------------------------------------------
    def add_note(
        self, actor: UserRecord, case_id: int, text: str, images: Sequence[NoteImageInput] = ()
    ) -> tuple[UpsellNoteRecord, ChangeSet]:
        """Add a note with up to 12 images; see UpsellNotes.add_note."""
        return self.note_book.add_note(actor, case_id, text, images)

    def delete_note(self, actor: UserRecord, note_id: int) -> ChangeSet:
        """Delete a note softly (author or manager)."""
        return self.note_book.delete_note(actor, note_id)

    def set_pinned(self, actor: UserRecord, note_id: int, pinned: bool) -> tuple[UpsellNoteRecord, ChangeSet]:
        """Pin or unpin a note."""
        return self.note_book.set_pinned(actor, note_id, pinned)


def _reason(text: str) -> str:
    reason = clean_line(text)
    if not reason:
        raise ValidationError(msg("Give a reason."), field="reason")
    if len(reason) > MAX_REASON_CHARS:
        raise ValidationError(
            msg("A reason can be at most {max} characters."), field="reason", max=MAX_REASON_CHARS
        )
    return reason


def _listed(text: str, reasons: Sequence[str]) -> str:
    reason = _reason(text)
    if reason not in reasons:
        raise ValidationError(
            msg("“{reason}” is not in the list of reasons any more. Choose one from the list."),
            field="reason",
            reason=reason,
        )
    return reason
