"""The follow-up list: capped counts per kind, the ordered id list for scrolling, and pages of plain rows.

Every filter is a range of one `followups` index (kind and owner first, then closed, then sort_at), so
opening a tab, counting and scrolling cost the same at a million follow-ups as at a hundred.
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from functools import reduce

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.enums import Currency
from salesapp.domain.followup import DueSummary, FollowUpKind, FollowUpRow, StatusFilter, start_of_day
from salesapp.domain.records import UserRecord
from salesapp.services.shared.acting import acts_as_stored_user, reads_no_database
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import COUNT_CAP, capped_counts, count, stream_ids

UNASSIGNED = 0
"""Owner scope of items nobody owns yet (a request from the web store before anyone took it)."""


@dataclass(frozen=True)
class FollowUpFilter:
    """Which follow-ups a list shows.

    kind: one kind or None for all; owner: a user id, UNASSIGNED, or None for everyone (managers);
    status: a StatusFilter; descending: newest sort_at first instead of due first.
    """

    kind: FollowUpKind | None = None
    owner: int | None = None
    status: StatusFilter = StatusFilter.OPEN
    descending: bool = False


@dataclass(frozen=True)
class KindCount:
    """How many follow-ups of a kind (None = all kinds) match; `capped` at COUNT_CAP."""

    kind: FollowUpKind | None
    count: int
    capped: bool


@acts_as_stored_user
class FollowUpListService:
    """Reads the follow-up list with indexed queries only; `now` decides due versus tracking."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @reads_no_database
    def visible_filter(self, actor: UserRecord, wanted: FollowUpFilter) -> FollowUpFilter:
        """Sales staff see their own items and the unassigned ones, never a colleague's."""
        if actor.is_manager or wanted.owner in (actor.id, UNASSIGNED):
            return wanted
        return replace(wanted, owner=actor.id)

    def _where(self, flt: FollowUpFilter, now: datetime) -> pw.Expression:
        f = m.FollowUp
        at = to_db(now)
        conditions: list[pw.Expression] = []
        if flt.owner == UNASSIGNED:
            conditions.append(f.owner.is_null())
        elif flt.owner is not None:
            conditions.append(f.owner == flt.owner)
        if flt.kind is not None:
            conditions.append(f.kind == flt.kind.value)
        conditions.append(f.closed == (flt.status is StatusFilter.CLOSED))
        if flt.status is StatusFilter.NEW:
            conditions.append(f.followed == False)  # noqa: E712  (SQL, not Python)
        elif flt.status is StatusFilter.DUE:
            conditions += [f.sort_at <= at, f.followed == True]  # noqa: E712
        elif flt.status is StatusFilter.TRACKING:
            conditions += [f.sort_at > at, f.followed == True]  # noqa: E712
        return reduce(operator.and_, conditions)

    def _matching(self, flt: FollowUpFilter, now: datetime) -> pw.Select:
        return m.FollowUp.select(pw.SQL("1")).where(self._where(flt, now))

    def _ordered(self, flt: FollowUpFilter, now: datetime) -> pw.Select:
        f = m.FollowUp
        order = (f.sort_at.desc(), f.id.desc()) if flt.descending else (f.sort_at, f.id)
        return f.select(f.id).where(self._where(flt, now)).order_by(*order)

    def kind_counts(self, actor: UserRecord, flt: FollowUpFilter) -> list[KindCount]:
        """A capped count for every kind and for all kinds under `flt`'s owner and status, in one trip
        (within what the actor may see: visible_filter)."""
        now = self.ctx.clock()
        flt = self.visible_filter(actor, flt)
        kinds: list[FollowUpKind | None] = [None, *FollowUpKind]
        queries = [self._matching(replace(flt, kind=k), now) for k in kinds]
        counts = capped_counts(self.ctx.db, queries)
        return [KindCount(k, c, c >= COUNT_CAP) for k, c in zip(kinds, counts, strict=True)]

    def count(self, actor: UserRecord, flt: FollowUpFilter, cap: int | None = COUNT_CAP) -> int:
        """Follow-ups matching `flt` now (within what the actor may see), stopping at `cap`."""
        flt = self.visible_filter(actor, flt)
        return count(self.ctx.db, self._matching(flt, self.ctx.clock()), cap)

    def first_page(self, actor: UserRecord, flt: FollowUpFilter, limit: int = 200) -> list[FollowUpRow]:
        """The first rows in list order (due first, unless descending), within what the actor may see."""
        query = self._ordered(self.visible_filter(actor, flt), self.ctx.clock()).limit(limit)
        return self.rows(actor, [r[0] for r in m.tuples(query)])

    def ids(
        self,
        actor: UserRecord,
        flt: FollowUpFilter,
        should_stop: Callable[[], bool] | None = None,
        batch_size: int = 50_000,
    ) -> array[int]:
        """Every matching id in list order (within what the actor may see), compactly: serves scrollbar
        jumps."""
        query = self._ordered(self.visible_filter(actor, flt), self.ctx.clock())
        return stream_ids(self.ctx.db, query, should_stop, batch_size)

    def due_summary(self, actor: UserRecord, tz: tzinfo) -> DueSummary:
        """The actor's items (everyone's for managers) due today (at any hour) and overdue from before."""
        now = self.ctx.clock()
        owner = None if actor.is_manager else actor.id
        followed = self._matching(FollowUpFilter(owner=owner, status=StatusFilter.OPEN), now).where(
            m.FollowUp.followed == True  # noqa: E712
        )
        start = start_of_day(now, tz)
        today = followed.where(
            (m.FollowUp.sort_at >= to_db(start)) & (m.FollowUp.sort_at < to_db(start + timedelta(days=1)))
        )
        overdue = followed.where(m.FollowUp.sort_at < to_db(start))
        counts = capped_counts(self.ctx.db, [today, overdue])
        return DueSummary(counts[0], counts[1])

    def became_due(
        self, actor: UserRecord, after: datetime, until: datetime, limit: int = 50
    ) -> list[FollowUpRow]:
        """The actor's tracking items whose next time fell in (after, until]: what to remind of now."""
        f = m.FollowUp
        owner_only = [] if actor.is_manager else [f.owner == actor.id]
        conditions = [
            *owner_only,
            f.closed == False,  # noqa: E712
            f.followed == True,  # noqa: E712
            f.next_at.is_null(False),
            f.sort_at > to_db(after),
            f.sort_at <= to_db(until),
        ]
        query = f.select(f.id).where(reduce(operator.and_, conditions)).order_by(f.sort_at, f.id).limit(limit)
        return self.rows(actor, [r[0] for r in m.tuples(query)])

    def next_due_at(self, actor: UserRecord) -> datetime | None:
        """When the actor's next tracking item turns due (for the reminder timer), None when nothing is."""
        f = m.FollowUp
        flt = FollowUpFilter(owner=None if actor.is_manager else actor.id, status=StatusFilter.TRACKING)
        row = (
            f.select(f.sort_at)
            .where(self._where(flt, self.ctx.clock()))
            .order_by(f.sort_at)
            .limit(1)
            .tuples()
            .first()
        )
        return None if row is None else from_db(row[0])

    def rows(self, actor: UserRecord, ids: list[int]) -> list[FollowUpRow]:
        """The rows for `ids` the actor may see (sales staff: theirs and unassigned ones), in the order
        given (one query; amounts from the order or the notice)."""
        if not ids:
            return []
        f = m.FollowUp
        where = f.id.in_(ids)
        if not actor.is_manager:
            where &= f.owner.is_null() | (f.owner == actor.id)
        owner, noter = m.User.alias("owner"), m.User.alias("noter")
        query = (
            f.select(
                f.id, f.kind, f.subject_id, f.title, f.customer_id, m.Customer.name, m.Customer.phone,
                m.Order.total_minor, m.Order.currency, m.PaymentNotice.amount_minor, m.PaymentNotice.currency,
                f.received_at, f.next_at, f.followed, f.closed, f.owner_id, owner.display_name, f.note_count,
                f.last_note, noter.display_name, f.last_note_at, f.version,
            )
            .join(m.Customer, on=(f.customer == m.Customer.id))
            .switch(f)
            .join(owner, pw.JOIN.LEFT_OUTER, on=(f.owner == owner.id))
            .switch(f)
            .join(noter, pw.JOIN.LEFT_OUTER, on=(f.last_note_by == noter.id))
            .switch(f)
            .join(
                m.Order, pw.JOIN.LEFT_OUTER,
                on=((f.kind == FollowUpKind.ORDER.value) & (f.subject_id == m.Order.id)),
            )
            .switch(f)
            .join(
                m.PaymentNotice, pw.JOIN.LEFT_OUTER,
                on=((f.kind == FollowUpKind.PAYMENT_NOTICE.value) & (f.subject_id == m.PaymentNotice.id)),
            )
            .where(where)
        )  # fmt: skip
        by_id: dict[int, FollowUpRow] = {}
        for (
            fid, kind, subject_id, title, customer_id, name, phone, order_total, order_currency,
            notice_amount, notice_currency, received, next_at, followed, closed, owner_id, owner_name,
            note_count, last_note, noter_name, last_note_at, version,
        ) in m.tuples(query):  # fmt: skip
            amount = order_total if order_total is not None else notice_amount
            currency = order_currency or notice_currency
            received_at = from_db(received)
            assert received_at is not None
            by_id[fid] = FollowUpRow(
                id=fid,
                kind=FollowUpKind(kind),
                subject_id=subject_id,
                title=title,
                customer_id=customer_id,
                customer_name=name,
                phone=phone,
                amount_minor=amount,
                currency=Currency(currency) if currency else None,
                received_at=received_at,
                next_at=from_db(next_at),
                followed=bool(followed),
                closed=bool(closed),
                owner_id=owner_id,
                owner_name=owner_name or "",
                note_count=note_count,
                last_note=last_note,
                last_note_by=noter_name or "",
                last_note_at=from_db(last_note_at),
                version=version,
            )
        return [by_id[i] for i in ids if i in by_id]
