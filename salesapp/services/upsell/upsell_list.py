"""The upsell queue list: capped counts per tab, the ordered id list for scrolling, and pages of rows.

Every tab is a range of one `upsell_cases` index: (status, queued_at, id) for everyone's cases, and
(assignee_id, status, queued_at, id) for one person's, so counting and scrolling cost the same at 100,000
cases as at 100. Open tabs list the oldest queued first (the order work is handed out in); the finished
tabs list the newest first.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass, replace

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.clock import from_db
from salesapp.domain.enums import Channel, Currency
from salesapp.domain.records import UserRecord
from salesapp.domain.upsell import UpsellCount, UpsellRow, UpsellSource, UpsellStatus, split_tags
from salesapp.services.shared.acting import acts_as_stored_user, reads_no_database
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import COUNT_CAP, capped_counts, count, stream_ids


@dataclass(frozen=True)
class UpsellFilter:
    """Which cases a tab shows: a status, and an assignee's user id or None for everyone.

    Sales staff see every pending case (the queue they request work from) and only their own cases in
    the other tabs; `UpsellListService.visible_filter` enforces it.
    """

    status: UpsellStatus = UpsellStatus.PENDING
    assignee: int | None = None


@acts_as_stored_user
class UpsellListService:
    """Reads the upsell list with indexed queries only; nothing here loads the whole table."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @reads_no_database
    def visible_filter(self, actor: UserRecord, wanted: UpsellFilter) -> UpsellFilter:
        """What `actor` may see of `wanted`: managers everything; sales staff all pending cases (nobody
        holds them) and only their own cases in every other tab."""
        if actor.is_manager or wanted.status is UpsellStatus.PENDING:
            return wanted
        return replace(wanted, assignee=actor.id)

    def _where(self, flt: UpsellFilter) -> pw.Expression:
        c = m.UpsellCase
        where = c.status == flt.status.value
        if flt.assignee is not None and flt.status is not UpsellStatus.PENDING:
            where = (c.assignee == flt.assignee) & where
        return where

    def _ordered(self, flt: UpsellFilter) -> pw.Select:
        c = m.UpsellCase
        descending = flt.status.is_closed
        order = (c.queued_at.desc(), c.id.desc()) if descending else (c.queued_at, c.id)
        return c.select(c.id).where(self._where(flt)).order_by(*order)

    def counts(self, actor: UserRecord, assignee: int | None = None) -> list[UpsellCount]:
        """A capped count for every tab in UpsellStatus order, in one round trip, as `actor` sees them:
        `assignee` None means everyone for managers (sales staff always get their own)."""
        queries = []
        for status in UpsellStatus:
            flt = self.visible_filter(actor, UpsellFilter(status, assignee))
            queries.append(m.UpsellCase.select(pw.SQL("1")).where(self._where(flt)))
        counts = capped_counts(self.ctx.db, queries)
        return [UpsellCount(s, n, n >= COUNT_CAP) for s, n in zip(UpsellStatus, counts, strict=True)]

    def count(self, actor: UserRecord, flt: UpsellFilter, cap: int | None = COUNT_CAP) -> int:
        """Cases matching `flt` (within what the actor may see), stopping at `cap`."""
        where = self._where(self.visible_filter(actor, flt))
        return count(self.ctx.db, m.UpsellCase.select(pw.SQL("1")).where(where), cap)

    def first_page(self, actor: UserRecord, flt: UpsellFilter, limit: int = 200) -> list[UpsellRow]:
        """The first rows in list order (within what the actor may see), read by keyset from the tab's
        index (the first screen)."""
        query = self._ordered(self.visible_filter(actor, flt)).limit(limit)
        return self.rows(actor, [r[0] for r in m.tuples(query)])

    def ids(
        self,
        actor: UserRecord,
        flt: UpsellFilter,
        should_stop: Callable[[], bool] | None = None,
        batch_size: int = 50_000,
    ) -> array[int]:
        """Every matching id in list order (within what the actor may see), compactly (8 bytes each):
        serves scrollbar jumps."""
        query = self._ordered(self.visible_filter(actor, flt))
        return stream_ids(self.ctx.db, query, should_stop, batch_size)

    def rows(self, actor: UserRecord, ids: list[int]) -> list[UpsellRow]:
        """The rows for `ids` the actor may see (sales staff: pending cases and their own), in the order
        given (one query; ids that are gone are left out)."""
        if not ids:
            return []
        c, o, cu = m.UpsellCase, m.Order, m.Customer
        where = c.id.in_(ids)
        if not actor.is_manager:
            where &= (c.status == UpsellStatus.PENDING.value) | (c.assignee == actor.id)
        assignee = m.User.alias("assignee")
        query = (
            c.select(
                c.id,
                c.order_id,
                o.number,
                o.ordered_at,
                c.customer_id,
                cu.name,
                cu.phone,
                o.channel,
                c.status,
                c.source,
                c.queued_at,
                c.assignee_id,
                assignee.display_name,
                c.assigned_at,
                c.reason,
                c.next_call_at,
                c.closed_at,
                o.total_minor,
                c.upsell_minor,
                o.currency,
                o.payment_method,
                c.call_count,
                c.note_count,
                c.tags,
                c.version,
            )
            .join(o, on=(c.order == o.id))
            .switch(c)
            .join(cu, on=(c.customer == cu.id))
            .switch(c)
            .join(assignee, pw.JOIN.LEFT_OUTER, on=(c.assignee == assignee.id))
            .where(where)
        )
        by_id: dict[int, UpsellRow] = {}
        for (
            cid,
            order_id,
            number,
            ordered,
            customer_id,
            name,
            phone,
            channel,
            status,
            source,
            queued,
            assignee_id,
            assignee_name,
            assigned,
            reason,
            next_call,
            closed,
            total,
            upsell,
            currency,
            payment,
            calls,
            notes,
            tags,
            version,
        ) in m.tuples(query):
            ordered_at, queued_at = from_db(ordered), from_db(queued)
            assert ordered_at is not None and queued_at is not None
            by_id[cid] = UpsellRow(
                id=cid,
                order_id=order_id,
                order_number=number,
                ordered_at=ordered_at,
                customer_id=customer_id,
                customer_name=name,
                phone=phone,
                channel=Channel(channel) if channel else None,
                status=UpsellStatus(status),
                source=UpsellSource(source),
                queued_at=queued_at,
                assignee_id=assignee_id,
                assignee_name=assignee_name or "",
                assigned_at=from_db(assigned),
                reason=reason,
                next_call_at=from_db(next_call),
                closed_at=from_db(closed),
                order_total_minor=total,
                upsell_minor=upsell,
                currency=Currency(currency),
                payment_method=payment,
                call_count=calls,
                note_count=notes,
                tags=tuple(sorted(split_tags(tags))),
                version=version,
            )
        return [by_id[i] for i in ids if i in by_id]
