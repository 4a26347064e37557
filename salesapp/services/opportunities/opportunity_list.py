"""Opportunity lists and figures: the board's columns, the searchable list, each salesperson's pipeline.

Counts and totals are aggregate SQL (GROUP BY stage or owner and currency) over indexes; cards and list
pages are read by id; nothing here loads the whole table. Forecasts in SQL are `(amount * probability +
50) / 100` per opportunity, the integer rounding of domain.opportunity.forecast, then summed.
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, time, tzinfo
from functools import reduce
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.collation import sort_key
from salesapp.domain.enums import Currency, Role
from salesapp.domain.money import Money
from salesapp.domain.opportunity import (
    BoardColumn,
    MoneyTotal,
    OpportunityFilter,
    OpportunityRecord,
    OpportunitySort,
    PipelineRow,
    StageKind,
    StageRecord,
    add_totals,
    month_start,
    next_month_start,
    stale_before,
)
from salesapp.domain.records import UserRecord
from salesapp.domain.search import fold_query
from salesapp.domain.text import search_key
from salesapp.services.customers.customer_list import MAX_HITS, customer_hits
from salesapp.services.opportunities._opportunity_rows import records_by_ids
from salesapp.services.opportunities.opportunity_stages import OpportunityStageService
from salesapp.services.shared.acting import acts_as_stored_user, reads_no_database
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import count, stream_ids

CARDS_PER_COLUMN = 30
NEVER = -1  # an id no opportunity has: an empty IN list matches nothing


def _weighted() -> Any:
    """SQL forecast of one opportunity in minor units (needs the stages join)."""
    o, s = m.Opportunity, m.OpportunityStage
    return (o.amount_minor * s.probability + 50) / 100


def _int(value: Any) -> int:
    """A SUM from either backend (PostgreSQL gives Decimal, NULL for no rows) as an int."""
    return int(value or 0)


@acts_as_stored_user
class OpportunityListService:
    """Opportunity lists and figures."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @reads_no_database
    def visible_filter(self, actor: UserRecord, wanted: OpportunityFilter) -> OpportunityFilter:
        """Sales staff see only their own opportunities, whatever they ask for."""
        if actor.is_manager:
            return wanted
        return replace(wanted, owner_id=actor.id)

    def _now(self, now: datetime | None) -> datetime:
        return self.ctx.clock() if now is None else now

    # -- conditions ------------------------------------------------------------------------------------
    def _stages(self) -> list[StageRecord]:
        return OpportunityStageService(self.ctx).stages()

    @staticmethod
    def _stale_condition(stages: Sequence[StageRecord], now: datetime) -> pw.Expression | None:
        """Open opportunities past their stage's idle limit: last activity before the cutoff of its stage
        (one CASE on the stage id, which the stage index covers)."""
        o = m.Opportunity
        cutoffs = [
            (o.stage == s.id, to_db(stale_before(s.idle_days, now)))
            for s in stages
            if s.is_open and s.idle_days is not None
        ]
        if not cutoffs:
            return None
        ids = [s.id for s in stages if s.is_open and s.idle_days is not None]
        return o.stage.in_(ids) & (o.last_activity_at < pw.Case(None, cutoffs))

    def _stale_count(self, stages: Sequence[StageRecord], now: datetime) -> Any:
        """SUM of 1 per stale opportunity, for the aggregate queries."""
        stale = self._stale_condition(stages, now)
        return pw.fn.SUM(pw.Case(None, [(stale, 1)], 0)) if stale is not None else pw.Value(0)

    def _where(self, flt: OpportunityFilter, stages: Sequence[StageRecord], now: datetime) -> Any:
        o = m.Opportunity
        conditions: list[Any] = []
        if flt.state is not None:
            ids = [s.id for s in stages if s.kind is flt.state] or [NEVER]
            conditions.append(o.stage.in_(ids))
        if flt.stage_id is not None:
            conditions.append(o.stage == flt.stage_id)
        if flt.owner_id is not None:
            conditions.append(o.owner == flt.owner_id)
        if flt.customer_id is not None:
            conditions.append(o.customer == flt.customer_id)
        if flt.stale_only:
            stale = self._stale_condition(stages, now)
            conditions.append(stale if stale is not None else o.id == NEVER)
        return reduce(operator.and_, conditions) if conditions else True

    @staticmethod
    def _order(sort: OpportunitySort) -> tuple[Any, ...]:
        o = m.Opportunity
        return {
            OpportunitySort.STALEST: (o.last_activity_at, o.id),
            OpportunitySort.CLOSING: (o.expected_close.is_null(), o.expected_close, o.id),
            OpportunitySort.AMOUNT: (o.amount_minor.desc(), o.id.desc()),
            OpportunitySort.NEWEST: (o.id.desc(),),
        }[sort]

    def _ordered(self, actor: UserRecord, flt: OpportunityFilter, now: datetime) -> pw.Select:
        flt = self.visible_filter(actor, flt)
        o = m.Opportunity
        return o.select(o.id).where(self._where(flt, self._stages(), now)).order_by(*self._order(flt.sort))

    # -- the board -------------------------------------------------------------------------------------
    def board(
        self,
        actor: UserRecord,
        flt: OpportunityFilter | None = None,
        per_column: int = CARDS_PER_COLUMN,
        now: datetime | None = None,
    ) -> list[BoardColumn]:
        """One column per open stage in board order: count, totals per currency, stale count and the
        first `per_column` cards, stalest first. Uses flt.owner_id, customer_id and stale_only (state and
        stage are ignored); sales staff see their own. `now` defaults to the service clock."""
        now = self._now(now)
        flt = self.visible_filter(
            actor, replace(flt or OpportunityFilter(), state=StageKind.OPEN, stage_id=None)
        )
        stages = self._stages()
        open_stages = [s for s in stages if s.is_open]
        o, s = m.Opportunity, m.OpportunityStage
        where = self._where(flt, stages, now)
        stale_sum = self._stale_count(stages, now)
        totals = (
            o.select(o.stage_id, o.currency, pw.fn.COUNT(o.id), pw.fn.SUM(o.amount_minor),
                     pw.fn.SUM(_weighted()), stale_sum)
            .join(s, on=(o.stage == s.id))
            .where(where)
            .group_by(o.stage_id, o.currency)
        )  # fmt: skip
        per_stage: dict[int, tuple[int, int, list[MoneyTotal]]] = {}
        for stage_id, currency, n, amount, weighted, n_stale in m.tuples(totals):
            cnt, stale_n, money = per_stage.get(stage_id, (0, 0, []))
            money.append(MoneyTotal(Currency(currency), _int(amount), _int(weighted)))
            per_stage[stage_id] = (cnt + int(n), stale_n + _int(n_stale), money)
        card_ids: dict[int, list[int]] = {}
        for stage in open_stages:
            if stage.id not in per_stage or per_column <= 0:
                continue
            query = (
                o.select(o.id)
                .where(where & (o.stage == stage.id))
                .order_by(o.last_activity_at, o.id)
                .limit(per_column)
            )  # the opportunities_stage index (stage_id, last_activity_at, id) serves it
            card_ids[stage.id] = [r[0] for r in m.tuples(query)]
        cards = {r.id: r for r in records_by_ids([i for ids in card_ids.values() for i in ids], now)}
        columns = []
        for stage in open_stages:
            cnt, stale_n, money = per_stage.get(stage.id, (0, 0, []))
            shown = tuple(cards[i] for i in card_ids.get(stage.id, []) if i in cards)
            columns.append(BoardColumn(stage, cnt, add_totals(money), stale_n, shown))
        return columns

    def column_cards(
        self,
        actor: UserRecord,
        flt: OpportunityFilter,
        stage_id: int,
        after: OpportunityRecord | None,
        limit: int = CARDS_PER_COLUMN,
        now: datetime | None = None,
    ) -> list[OpportunityRecord]:
        """The next cards of a column after the card `after` (keyset on last activity, id)."""
        now = self._now(now)
        flt = self.visible_filter(actor, replace(flt, state=StageKind.OPEN, stage_id=stage_id))
        o = m.Opportunity
        where = self._where(flt, self._stages(), now)
        if after is not None:
            last = to_db(after.last_activity_at)
            where = where & ((o.last_activity_at > last) | ((o.last_activity_at == last) & (o.id > after.id)))
        query = o.select(o.id).where(where).order_by(o.last_activity_at, o.id).limit(limit)
        return records_by_ids([r[0] for r in m.tuples(query)], now)

    # -- the list (WindowedTableModel) -----------------------------------------------------------------
    def count(self, actor: UserRecord, flt: OpportunityFilter, cap: int | None = None) -> int:
        """Opportunities matching, stopping at `cap` when given."""
        flt = self.visible_filter(actor, flt)
        query = m.Opportunity.select(pw.SQL("1")).where(self._where(flt, self._stages(), self.ctx.clock()))
        return count(self.ctx.db, query, cap)

    def first_page(
        self, actor: UserRecord, flt: OpportunityFilter, limit: int = 200
    ) -> list[OpportunityRecord]:
        """The first rows in the filter's order."""
        now = self.ctx.clock()
        return self.rows(actor, [r[0] for r in m.tuples(self._ordered(actor, flt, now).limit(limit))], now)

    def ids(
        self,
        actor: UserRecord,
        flt: OpportunityFilter,
        should_stop: Callable[[], bool] | None = None,
        batch_size: int = 50_000,
    ) -> array[int]:
        """Every matching id in list order (serves scrollbar jumps)."""
        return stream_ids(self.ctx.db, self._ordered(actor, flt, self.ctx.clock()), should_stop, batch_size)

    def search_ids(self, actor: UserRecord, flt: OpportunityFilter, text: str) -> array[int]:
        """Opportunities of the filter whose title or products, customer (name, phone, e-mail) or
        salesperson's name match `text`, in the filter's order, at most MAX_HITS; empty text: `ids`."""
        query = fold_query(text)
        if query.empty:
            return self.ids(actor, flt)
        o = m.Opportunity
        key = search_key(text)
        contains = pw.fn.strpos if not self.ctx.db.is_sqlite else pw.fn.instr
        matches: list[Any] = []
        if key:
            matches.append(contains(o.search_key, key) > 0)
        customers = customer_hits(self.ctx, query, None)  # filtered to the actor's records below
        if customers:
            matches.append(o.customer.in_(customers.tolist()))
        users = [uid for uid, name in m.tuples(m.User.select(m.User.id, m.User.display_name))
                 if key and key in search_key(name)]  # fmt: skip
        if users:
            matches.append(o.owner.in_(users))
        if not matches:
            return array("q")
        ordered = self._ordered(actor, flt, self.ctx.clock()).where(reduce(operator.or_, matches))
        return array("q", (r[0] for r in m.tuples(ordered.limit(MAX_HITS))))

    def rows(self, actor: UserRecord, ids: list[int], now: datetime | None = None) -> list[OpportunityRecord]:
        """The records for `ids` the actor may see (sales staff: their own) in the order given (one query);
        stale with `now` (default: clock)."""
        records = records_by_ids(ids, self._now(now))
        return records if actor.is_manager else [r for r in records if r.owner_id == actor.id]

    # -- figures ---------------------------------------------------------------------------------------
    def pipeline(self, actor: UserRecord, tz: tzinfo, now: datetime | None = None) -> list[PipelineRow]:
        """Each salesperson's pipeline: open count, amount and forecast per currency, stale count, won and
        lost in the current month of `tz`. Managers: every active salesperson and every owner with
        opportunities (and a row for unowned ones when there are any), by name; sales: their own row."""
        now = self._now(now)
        stages = self._stages()
        o, s = m.Opportunity, m.OpportunityStage
        mine = [] if actor.is_manager else [o.owner == actor.id]
        open_ids = [x.id for x in stages if x.is_open] or [NEVER]
        stale_sum = self._stale_count(stages, now)
        open_q = (
            o.select(o.owner_id, o.currency, pw.fn.COUNT(o.id), pw.fn.SUM(o.amount_minor),
                     pw.fn.SUM(_weighted()), stale_sum)
            .join(s, on=(o.stage == s.id))
            .where(reduce(operator.and_, [o.stage.in_(open_ids), *mine]))
            .group_by(o.owner_id, o.currency)
        )  # fmt: skip
        local = now.astimezone(tz).date()
        start = datetime.combine(month_start(local), time(0), tzinfo=tz)
        end = datetime.combine(next_month_start(local), time(0), tzinfo=tz)
        closed_q = (
            o.select(o.owner_id, s.kind, o.currency, pw.fn.COUNT(o.id), pw.fn.SUM(o.amount_minor))
            .join(s, on=(o.stage == s.id))
            .where(reduce(operator.and_, [o.closed_at >= to_db(start), o.closed_at < to_db(end), *mine]))
            .group_by(o.owner_id, s.kind, o.currency)
        )  # the opportunities_closed index (closed_at, id) answers the month
        acc: dict[int | None, dict[str, Any]] = {}

        def slot(owner: int | None) -> dict[str, Any]:
            return acc.setdefault(owner, {"open": 0, "stale": 0, "totals": [], "won": 0, "lost": 0,
                                          "won_m": [], "lost_m": []})  # fmt: skip

        for owner, currency, n, amount, weighted, n_stale in m.tuples(open_q):
            row = slot(owner)
            row["open"] += int(n)
            row["stale"] += _int(n_stale)
            row["totals"].append(MoneyTotal(Currency(currency), _int(amount), _int(weighted)))
        for owner, kind, currency, n, amount in m.tuples(closed_q):
            if kind not in (StageKind.WON.value, StageKind.LOST.value):
                continue
            row = slot(owner)
            row[kind] += int(n)
            row[kind + "_m"].append(Money(_int(amount), Currency(currency)))
        names: dict[int, str] = {}
        u = m.User
        people = u.select(u.id, u.display_name, u.active, u.role)
        for uid, name, active, role in m.tuples(people):
            names[uid] = name
            if actor.is_manager and active and role == Role.SALES.value:
                slot(uid)
        if not actor.is_manager:
            slot(actor.id)
        out = [
            PipelineRow(
                owner, names.get(owner, "") if owner is not None else "", v["open"],
                add_totals(v["totals"]), v["stale"], v["won"], _sum_money(v["won_m"]), v["lost"],
                _sum_money(v["lost_m"]),
            )
            for owner, v in acc.items()
        ]  # fmt: skip
        out.sort(key=lambda r: (r.owner_id is None, sort_key(r.owner_name), r.owner_id or 0))
        return out


def _sum_money(items: list[Money]) -> tuple[Money, ...]:
    """Money summed per currency, THB first."""
    sums: dict[Currency, int] = {}
    for item in items:
        sums[item.currency] = sums.get(item.currency, 0) + item.minor
    return tuple(Money(sums[c], c) for c in Currency if c in sums)
