"""Follow-up use cases: notes with the next time, closing and reopening, and the tracked record's details.

Every change checks the follow-up's version (a stale save from another desktop is refused, never
overwritten) and writes its activity row in the same transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import peewee as pw

from salesapp.db import models as m
from salesapp.db.mapping import activity_record, order_line_record
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.enums import Action, Currency, EntityKind, OrderStatus
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from salesapp.domain.followup import (
    NOW,
    ContactRequestRecord,
    FollowUpDetail,
    FollowUpKind,
    FollowUpNote,
    FollowUpRow,
    OrderSubject,
    PaymentNoticeRecord,
    Subject,
    to_minute,
)
from salesapp.domain.limits import PREVIEW_CHARS, bounded_note, check_ahead
from salesapp.domain.records import ActivityRecord, UserRecord
from salesapp.services.followup.followup_list import FollowUpListService
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.hidden import refuse_missing

NextTime = datetime | Literal["now"] | None
"""The next follow-up time a note sets: a future time, NOW, or None to keep the current one."""

KIND_ENTITY = {
    FollowUpKind.ORDER: EntityKind.ORDER,
    FollowUpKind.CONTACT_REQUEST: EntityKind.CONTACT_REQUEST,
    FollowUpKind.PAYMENT_NOTICE: EntityKind.PAYMENT_NOTICE,
}
NOT_YOURS = msg("This follow-up belongs to another salesperson.")
GONE = msg("This record no longer exists: it was deleted on another desktop.")


def followup_changes(followup_id: int, kind: FollowUpKind, subject_id: int) -> ChangeSet:
    """What a follow-up change touches: the follow-up and the record it tracks."""
    return ChangeSet.of(EntityKind.FOLLOWUP, [followup_id]).merged(
        ChangeSet.of(KIND_ENTITY[kind], [subject_id])
    )


@acts_as_stored_user
class FollowUpService:
    """Notes, next times, closing and reopening; sales staff act on their own and unassigned items."""

    def __init__(self, ctx: ServiceContext, lists: FollowUpListService) -> None:
        self.ctx = ctx
        self.lists = lists

    # -- reading ---------------------------------------------------------------------------------------
    def _row(self, followup_id: int) -> m.FollowUp:
        row = m.FollowUp.get_or_none(m.FollowUp.id == followup_id)
        if row is None:
            raise refuse_missing(m.FollowUp, followup_id, GONE, NOT_YOURS)
        return row

    def _check_access(self, actor: UserRecord, owner_id: int | None) -> None:
        if not actor.is_manager and owner_id not in (None, actor.id):
            raise PermissionDenied(msg("This follow-up belongs to another salesperson."))

    def _check_subject(self, actor: UserRecord, kind: FollowUpKind, subject_id: int) -> None:
        """Sales staff read a tracked record only through a follow-up they may see (theirs or unassigned);
        an order without one (never, since every order gets one) only when it is theirs."""
        if actor.is_manager:
            return
        f = m.FollowUp
        found = (
            f.select(f.owner_id).where((f.kind == kind.value) & (f.subject_id == subject_id)).tuples().first()
        )
        if found is not None:
            self._check_access(actor, found[0])
            return
        owner = None
        if kind is FollowUpKind.ORDER:
            owner = m.Order.select(m.Order.owner_id).where(m.Order.id == subject_id).tuples().first()
        if owner is None:
            raise NotFound(GONE)
        if owner[0] != actor.id:
            raise PermissionDenied(msg("This follow-up belongs to another salesperson."))

    def row(self, actor: UserRecord, followup_id: int) -> FollowUpRow:
        """One list row, if the actor may see it."""
        rows = self.lists.rows(actor, [followup_id])
        if not rows:
            self._check_access(actor, self._row(followup_id).owner_id)  # NotFound or PermissionDenied
            raise NotFound(GONE)
        return rows[0]

    def detail(self, actor: UserRecord, followup_id: int) -> FollowUpDetail:
        """The row, the tracked record, the notes (oldest first) and the history (newest first)."""
        row = self.row(actor, followup_id)
        return FollowUpDetail(
            row, self._subject(actor, row), tuple(self.notes(actor, followup_id)), tuple(self._history(row))
        )

    def notes(self, actor: UserRecord, followup_id: int) -> list[FollowUpNote]:
        """Every note of a follow-up the actor may see, oldest first (newest last, as a conversation
        reads)."""
        self._check_access(actor, self._row(followup_id).owner_id)
        n = m.FollowUpNote
        query = (
            n.select(n.id, n.at, m.User.display_name, n.text, n.next_at, n.closing)
            .join(m.User, pw.JOIN.LEFT_OUTER, on=(n.user == m.User.id))
            .where(n.followup == followup_id)
            .order_by(n.at, n.id)
        )
        out = []
        for nid, at, author, text, next_at, closing in m.tuples(query):
            when = from_db(at)
            assert when is not None
            out.append(FollowUpNote(nid, when, author or "", text, from_db(next_at), bool(closing)))
        return out

    def _history(self, row: FollowUpRow) -> list[ActivityRecord]:
        a = m.Activity
        subject = (a.entity == KIND_ENTITY[row.kind].value) & (a.entity_id == row.subject_id)
        own = (a.entity == EntityKind.FOLLOWUP.value) & (a.entity_id == row.id)
        query = (
            a.select(a, m.User.display_name.alias("user_name"))
            .join(m.User, pw.JOIN.LEFT_OUTER, on=(a.user == m.User.id))
            .where(subject | own)
            .order_by(a.at.desc(), a.id.desc())
            .limit(500)
            .objects()
        )
        return [activity_record(r, getattr(r, "user_name", None) or "") for r in query]

    def _subject(self, actor: UserRecord, row: FollowUpRow) -> Subject:
        if row.kind is FollowUpKind.ORDER:
            return self.order_subject(actor, row.subject_id)
        if row.kind is FollowUpKind.CONTACT_REQUEST:
            return self.contact_request(actor, row.subject_id)
        return self.payment_notice(actor, row.subject_id)

    def order_subject(self, actor: UserRecord, order_id: int) -> OrderSubject:
        """An order with its lines and the payment notice matched to it (sales staff: through a follow-up
        they may see)."""
        self._check_subject(actor, FollowUpKind.ORDER, order_id)
        order = m.Order.get_or_none(m.Order.id == order_id)
        if order is None:
            raise NotFound(GONE)
        lines = m.OrderLine.select().where(m.OrderLine.order == order_id).order_by(m.OrderLine.position)
        notice = (
            m.PaymentNotice.select(m.PaymentNotice.number)
            .where(m.PaymentNotice.matched_order == order_id)
            .tuples()
            .first()
        )
        ordered = from_db(order.ordered_at)
        assert ordered is not None
        return OrderSubject(
            order.id, order.number, OrderStatus(order.status), ordered, Currency(order.currency),
            order.subtotal_minor, order.discount_minor, order.shipping_minor, order.total_minor,
            order.payment_method, order.note, tuple(order_line_record(x) for x in lines),
            notice[0] if notice else None,
        )  # fmt: skip

    def contact_request(self, actor: UserRecord, request_id: int) -> ContactRequestRecord:
        """One contact-back request (sales staff: theirs or unassigned)."""
        self._check_subject(actor, FollowUpKind.CONTACT_REQUEST, request_id)
        r = m.ContactRequest.get_or_none(m.ContactRequest.id == request_id)
        if r is None:
            raise NotFound(GONE)
        received = from_db(r.received_at)
        assert received is not None
        return ContactRequestRecord(
            r.id, r.number, r.customer_id, r.name, r.phone, r.message, r.product_interest, received, r.version
        )

    def payment_notice(self, actor: UserRecord, notice_id: int) -> PaymentNoticeRecord:
        """One payment notice (without the slip's bytes: see `slip`; sales staff: theirs or unassigned)."""
        self._check_subject(actor, FollowUpKind.PAYMENT_NOTICE, notice_id)
        p = m.PaymentNotice
        row = (
            p.select(
                p.id, p.number, p.customer_id, p.name, p.phone, p.amount_minor, p.currency, p.bank,
                p.transferred_at, p.order_number_given, p.slip.is_null(False), p.matched_order_id,
                m.Order.number, p.received_at, p.version,
            )
            .join(m.Order, pw.JOIN.LEFT_OUTER, on=(p.matched_order == m.Order.id))
            .where(p.id == notice_id)
            .tuples()
            .first()
        )  # fmt: skip
        if row is None:
            raise NotFound(GONE)
        (
            nid,
            number,
            cid,
            name,
            phone,
            amount,
            currency,
            bank,
            transferred,
            given,
            slip,
            oid,
            onum,
            rec,
            ver,
        ) = row
        transferred_at, received_at = from_db(transferred), from_db(rec)
        assert transferred_at is not None and received_at is not None
        return PaymentNoticeRecord(
            nid, number, cid, name, phone, amount, Currency(currency), bank, transferred_at, given,
            bool(slip), oid, onum, received_at, ver,
        )  # fmt: skip

    def slip(self, actor: UserRecord, notice_id: int) -> tuple[bytes, str] | None:
        """The slip image of a payment notice and its MIME type, None when there is none (sales staff: a
        notice that is theirs or unassigned)."""
        self._check_subject(actor, FollowUpKind.PAYMENT_NOTICE, notice_id)
        row = (
            m.PaymentNotice.select(m.PaymentNotice.slip, m.PaymentNotice.slip_type)
            .where(m.PaymentNotice.id == notice_id)
            .tuples()
            .first()
        )
        if row is None or row[0] is None:
            return None
        return bytes(row[0]), row[1]

    # -- changing --------------------------------------------------------------------------------------
    def _next_time(self, chosen: NextTime, now: datetime) -> datetime | None:
        if chosen is None:
            return None
        if chosen == NOW:
            return to_minute(now)
        assert isinstance(chosen, datetime)
        if chosen.tzinfo is None:
            raise ValueError("next follow-up times must be aware datetimes")
        moment = to_minute(chosen)
        if moment < to_minute(now):
            raise ValidationError(
                msg("The next follow-up time has passed. Choose a later time, or “Now” to follow up now."),
                field="next_at",
            )
        return check_ahead(moment, now, "next_at")

    def add_note(
        self, actor: UserRecord, followup_id: int, expected_version: int, text: str, next_at: NextTime = None
    ) -> tuple[FollowUpRow, ChangeSet]:
        """Append a note and/or set the next follow-up time; an unassigned item becomes the actor's.

        Refused: an empty note without a time, a past time other than NOW, a closed follow-up, a stale
        version (StaleRecordError names who saved last).
        """
        body = bounded_note(text)
        now = self.ctx.clock()
        moment = self._next_time(next_at, now)
        if not body and moment is None:
            raise ValidationError(msg("Write a note or choose the next follow-up time."), field="note")
        with self.ctx.db.atomic():
            row = self._row(followup_id)
            self._check_access(actor, row.owner_id)
            if row.closed:
                raise ValidationError(msg("This follow-up is closed; a manager can reopen it."), field="note")
            values = self._note_values(row, actor, body, moment, now)
            old_next = from_db(row.next_at)
            versioned_update(m.FollowUp, followup_id, expected_version, values, actor, now)
            self._insert_note(followup_id, actor, body, moment, now, closing=False)
            changes: dict[str, tuple[Any, Any]] = {}
            if moment is not None and moment != old_next:
                changes["next_at"] = (old_next, moment)
            if row.owner_id is None and not actor.is_manager:
                changes["owner"] = (None, actor.display_name)
            log_activity(
                actor, EntityKind.FOLLOWUP, followup_id, Action.NOTE_ADDED, now, changes, body[:PREVIEW_CHARS]
            )
        return self.row(actor, followup_id), followup_changes(
            followup_id, FollowUpKind(row.kind), row.subject_id
        )

    def _note_values(
        self, row: m.FollowUp, actor: UserRecord, body: str, moment: datetime | None, now: datetime
    ) -> dict[str, Any]:
        values: dict[str, Any] = {"followed": True}
        next_at = moment if moment is not None else from_db(row.next_at)
        if moment is not None:
            values["next_at"] = to_db(moment)
        if body:
            values.update(
                note_count=m.FollowUp.note_count + 1,
                last_note=body[:PREVIEW_CHARS],
                last_note_by=actor.id,
                last_note_at=to_db(now),
            )
        last_noted = now if body else from_db(row.last_note_at)
        values["sort_at"] = to_db(next_at or last_noted or now)
        if row.owner_id is None and not actor.is_manager:
            values["owner"] = actor.id
        return values

    def _insert_note(
        self,
        followup_id: int,
        actor: UserRecord,
        body: str,
        moment: datetime | None,
        now: datetime,
        closing: bool,
    ) -> None:
        if body or moment is not None:
            m.FollowUpNote.insert(
                followup=followup_id,
                at=to_db(now),
                user=actor.id,
                text=body,
                next_at=to_db(moment) if moment else None,
                closing=closing,
            ).execute()

    def close(
        self, actor: UserRecord, followup_id: int, expected_version: int, summary: str = ""
    ) -> tuple[FollowUpRow, ChangeSet]:
        """End the follow-up, with the summary note when one was written."""
        body = bounded_note(summary)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._row(followup_id)
            self._check_access(actor, row.owner_id)
            if row.closed:
                raise ValidationError(msg("This follow-up is already closed."), field="closed")
            values: dict[str, Any] = {"closed": True, "closed_at": to_db(now), "closed_by": actor.id}
            if body:
                values.update(self._note_values(row, actor, body, None, now))
            values["sort_at"] = to_db(now)
            versioned_update(m.FollowUp, followup_id, expected_version, values, actor, now)
            self._insert_note(followup_id, actor, body, None, now, closing=True)
            log_activity(
                actor, EntityKind.FOLLOWUP, followup_id, Action.CLOSED, now,
                {"closed": (False, True)}, body[:PREVIEW_CHARS],
            )  # fmt: skip
        return self.row(actor, followup_id), followup_changes(
            followup_id, FollowUpKind(row.kind), row.subject_id
        )

    def reopen(
        self, actor: UserRecord, followup_id: int, expected_version: int
    ) -> tuple[FollowUpRow, ChangeSet]:
        """Reopen a closed follow-up (managers only); it is due again at once unless a time is ahead."""
        if not actor.is_manager:
            raise PermissionDenied(msg("Only a manager can reopen a closed follow-up."))
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._row(followup_id)
            if not row.closed:
                raise ValidationError(msg("This follow-up is open."), field="closed")
            next_at = from_db(row.next_at)
            pending = next_at if next_at is not None and next_at > now else None
            values = {
                "closed": False,
                "closed_at": None,
                "closed_by": None,
                "followed": True,
                "sort_at": to_db(pending or now),
            }
            if pending is None:
                values["next_at"] = to_db(to_minute(now))
            versioned_update(m.FollowUp, followup_id, expected_version, values, actor, now)
            log_activity(
                actor, EntityKind.FOLLOWUP, followup_id, Action.REOPENED, now, {"closed": (True, False)}
            )
        return self.row(actor, followup_id), followup_changes(
            followup_id, FollowUpKind(row.kind), row.subject_id
        )
