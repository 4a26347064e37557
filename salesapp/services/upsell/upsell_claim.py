"""Getting orders into the upsell queue and handing cases out.

Claiming is atomic so that no case is ever given to two people, however many desktops press "Request
work" at once: on PostgreSQL one `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING`, so
concurrent claims take disjoint cases without waiting for each other; on SQLite a `BEGIN IMMEDIATE`
transaction, which holds the one write lock from the read of the oldest cases to the update.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.db.mapping import user_record
from salesapp.db.notify import CHANNEL
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.collation import sort_key
from salesapp.domain.enums import Action, Channel, Currency, EntityKind, OrderStatus
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.records import UserRecord
from salesapp.domain.search import fold_query
from salesapp.domain.text import digits_only, search_key
from salesapp.domain.upsell import (
    Distribution,
    OrderFacts,
    UpsellCandidate,
    UpsellSource,
    UpsellStatus,
    check_transition,
    split_tags,
)
from salesapp.services.shared.audit import log_activities, log_activity
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import chunks
from salesapp.services.upsell._upsell_common import case_changes, check_manager, open_count
from salesapp.services.upsell.upsell_settings import KEY as SETTINGS_KEY
from salesapp.services.upsell.upsell_settings import read_settings

CLAIM_LOCK = 0x5A1E  # first key of the per-user advisory lock that keeps max_open exact on PostgreSQL
FULL = msg("You already hold {count} open upsell cases, the most allowed. Finish some first.")
MAX_QUEUE = 5000
"""The most orders one "Select orders into upsell" takes."""

# PostgreSQL: the whole claim in one statement (one round trip while other desktops wait on the commit's
# NOTIFY): the distribution settings, the actor's open cases, the claim of the oldest unlocked pending
# cases, their activity rows and the change notice. Its CTEs share one snapshot, so the per-user advisory
# lock (keeping max_open exact for one person on two desktops) is taken by the statement before. The ids
# go through ARRAY(…): an IN (subquery) whose LIMIT the planner cannot see is planned as a hash join over
# the whole table.
_PG_CLAIM = """
WITH dist AS (
    SELECT COALESCE((SELECT (value::json->'distribution'->>'per_request')::int FROM settings
                     WHERE key = %(key)s), %(per_request)s) AS per_request,
           COALESCE((SELECT (value::json->'distribution'->>'max_open')::int FROM settings
                     WHERE key = %(key)s), %(max_open)s) AS max_open
), held AS (
    SELECT count(*) AS n FROM upsell_cases
    WHERE assignee_id = %(me)s AND status IN (%(assigned)s, %(follow_up)s)
), claimed AS (
    UPDATE upsell_cases SET status = %(assigned)s, assignee_id = %(me)s, assigned_at = %(at)s,
        updated_at = %(at)s, updated_by_id = %(me)s, version = version + 1
    WHERE status = %(pending)s AND id = ANY(ARRAY(
        SELECT id FROM upsell_cases WHERE status = %(pending)s ORDER BY queued_at, id
        LIMIT GREATEST(0, LEAST((SELECT per_request FROM dist), (SELECT max_open - n FROM dist, held)))
        FOR UPDATE SKIP LOCKED
    ))
    RETURNING id, queued_at
), logged AS (
    INSERT INTO activities (at, user_id, entity, entity_id, action, changes, summary)
    SELECT %(at)s, %(me)s, %(entity)s, id, %(action)s, %(changes)s, '' FROM claimed
), notified AS (
    SELECT pg_notify(%(channel)s, json_build_object(%(entity)s, json_agg(id ORDER BY id))::text) AS sent
    FROM claimed HAVING count(*) > 0
)
SELECT held.n, dist.max_open, claimed.id, claimed.queued_at, (SELECT count(*) FROM notified)
FROM held CROSS JOIN dist LEFT JOIN claimed ON TRUE
"""


def _case_values(order_id: int, customer_id: int, source: UpsellSource, at: datetime) -> dict[str, Any]:
    return {
        "order": order_id,
        "customer": customer_id,
        "status": UpsellStatus.PENDING.value,
        "source": source.value,
        "queued_at": at,
        "created_at": at,
        "updated_at": at,
    }


def queue_new_order(actor: UserRecord, order_id: int, facts: OrderFacts, now: datetime) -> int | None:
    """The order-creation hook: queue a new order as pending when it matches the upsell rules; call inside
    the order's transaction. Returns the new case id, or None when the order does not match."""
    if not read_settings().rules.matches(facts):
        return None
    customer_id = m.Order.select(m.Order.customer_id).where(m.Order.id == order_id).scalar()
    case_id = int(
        m.UpsellCase.insert(_case_values(order_id, customer_id, UpsellSource.RULE, to_db(now))).execute()
    )
    log_activity(
        actor,
        EntityKind.UPSELL_CASE,
        case_id,
        Action.QUEUED,
        now,
        {"status": (None, UpsellStatus.PENDING.value)},
        UpsellSource.RULE.value,
    )
    return case_id


def order_facts(order_id: int) -> OrderFacts:
    """What the rules read of a stored order (its lines' products and their categories included)."""
    o = m.Order.get_by_id(order_id)
    lines = (
        m.OrderLine.select(m.OrderLine.product_id, m.Product.category)
        .join(m.Product, pw.JOIN.LEFT_OUTER, on=(m.OrderLine.product == m.Product.id))
        .where(m.OrderLine.order == order_id)
    )
    products, categories = set(), set()
    for pid, category in m.tuples(lines):
        if pid is not None:
            products.add(int(pid))
        if category:
            categories.add(category)
    return OrderFacts(
        o.channel,
        Currency(o.currency),
        o.total_minor,
        o.payment_method,
        frozenset(products),
        frozenset(categories),
        split_tags(o.tags),
    )


class UpsellQueue:
    """Queue orders by hand, request work, assign cases (the claim side of UpsellService)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def candidates(self, actor: UserRecord, search: str = "", limit: int = 500) -> list[UpsellCandidate]:
        """Awaiting orders with no upsell case, newest first (managers only); `search` narrows to an order
        number prefix, or a customer whose name contains the text or whose phone contains its digits."""
        check_manager(actor)
        o, c, cu = m.Order, m.UpsellCase, m.Customer
        query = (
            o.select(
                o.id,
                o.number,
                o.ordered_at,
                o.customer_id,
                cu.name,
                o.channel,
                o.payment_method,
                o.total_minor,
                o.currency,
            )
            .join(cu, on=(o.customer == cu.id))
            .switch(o)
            .join(c, pw.JOIN.LEFT_OUTER, on=(c.order == o.id))
            .where((o.status == OrderStatus.AWAITING.value) & c.id.is_null())
        )
        text = search.strip()
        if text and not fold_query(text).empty:
            key = search_key(text)
            wanted = (o.number.startswith(text.upper().replace(" ", ""))) | cu.search_key.contains(key)
            digits = digits_only(text)
            if len(digits) >= 3:
                wanted |= cu.phone.contains(digits[1:] if digits.startswith("0") else digits)
            query = query.where(wanted)
        out = []
        for oid, number, ordered, cid, name, channel, payment, total, currency in m.tuples(
            query.order_by(o.created_at.desc(), o.id.desc()).limit(limit)
        ):
            at = from_db(ordered)
            assert at is not None
            out.append(
                UpsellCandidate(
                    oid,
                    number,
                    at,
                    cid,
                    name,
                    Channel(channel) if channel else None,
                    payment,
                    total,
                    Currency(currency),
                )
            )
        return out

    def queue_orders(self, actor: UserRecord, order_ids: Sequence[int]) -> tuple[list[int], ChangeSet]:
        """Put awaiting orders into Pending by hand (managers only); orders already queued are left alone.
        Refused, nothing written: an order that is not awaiting (or gone), more than MAX_QUEUE orders."""
        check_manager(actor)
        wanted = list(dict.fromkeys(order_ids))
        if not wanted:
            raise ValidationError(msg("Select at least one order."), field="orders")
        if len(wanted) > MAX_QUEUE:
            raise ValidationError(msg("Select at most {max} orders at once."), field="orders", max=MAX_QUEUE)
        now = self.ctx.clock()
        at = to_db(now)
        o = m.Order
        with self.ctx.db.atomic():
            found: dict[int, tuple[str, str, int]] = {}
            for part in chunks(wanted):
                query = o.select(o.id, o.number, o.status, o.customer_id).where(o.id.in_(list(part)))
                found.update((r[0], (r[1], r[2], r[3])) for r in m.tuples(query))
            for oid in wanted:
                if oid not in found:
                    raise ValidationError(
                        msg("An order you selected no longer exists. Reload the list."), field="orders"
                    )
                number, status, _ = found[oid]
                if status != OrderStatus.AWAITING.value:
                    raise ValidationError(
                        msg(
                            "Order {number} is no longer awaiting confirmation, so it cannot enter the "
                            "upsell queue."
                        ),
                        field="orders",
                        number=number,
                    )
            queued: set[int] = set()
            for part in chunks(wanted):
                have = m.UpsellCase.select(m.UpsellCase.order_id).where(m.UpsellCase.order.in_(list(part)))
                queued.update(r[0] for r in m.tuples(have))
            new_ids: list[int] = []
            for oid in wanted:
                if oid in queued:
                    continue
                values = _case_values(oid, found[oid][2], UpsellSource.MANUAL, at)
                new_ids.append(int(m.UpsellCase.insert(values).execute()))
            log_activities(
                actor,
                EntityKind.UPSELL_CASE,
                [
                    (
                        cid,
                        Action.QUEUED,
                        {"status": (None, UpsellStatus.PENDING.value)},
                        UpsellSource.MANUAL.value,
                    )
                    for cid in new_ids
                ],
                now,
            )
        return new_ids, case_changes(*new_ids)

    def request_work(self, actor: UserRecord) -> tuple[list[int], ChangeSet]:
        """Claim up to `per_request` of the oldest pending cases for the actor, never beyond `max_open`
        open cases; [] when nothing is pending. Refused when the actor already holds `max_open`."""
        check_transition(UpsellStatus.PENDING, UpsellStatus.ASSIGNED)
        now = self.ctx.clock()
        db = self.ctx.db
        if not db.is_sqlite:
            claimed, holding, max_open = self._claim_pg(actor, now)
            if not claimed and holding >= max_open:  # nothing was written
                raise ValidationError(FULL, field="max_open", count=holding)
            return claimed, case_changes(*claimed)
        dist = read_settings().distribution
        # SQLite: BEGIN IMMEDIATE takes the write lock before the read, so two desktops cannot read the
        # same oldest cases. (Database.atomic() is IMMEDIATE already; said here because it is the point.)
        with db.pw.atomic("IMMEDIATE"):
            holding = open_count(actor.id)
            room = min(dist.per_request, dist.max_open - holding)
            if room <= 0:
                raise ValidationError(FULL, field="max_open", count=holding)
            claimed = self._claim_sqlite(actor, room, now)
            assigned: dict[str, tuple[Any, Any]] = {
                "status": (UpsellStatus.PENDING.value, UpsellStatus.ASSIGNED.value),
                "assignee": (None, actor.display_name),
            }
            rows: list[tuple[int, Action, Mapping[str, tuple[Any, Any]], str]] = [
                (cid, Action.ASSIGNED, assigned, "") for cid in claimed
            ]
            log_activities(actor, EntityKind.UPSELL_CASE, rows, now)
        return claimed, case_changes(*claimed)

    def _claim_pg(self, actor: UserRecord, now: datetime) -> tuple[list[int], int, int]:
        """Run _PG_CLAIM: (claimed ids oldest first, open cases held before, max_open)."""
        default = Distribution()
        changes = {
            "status": [UpsellStatus.PENDING.value, UpsellStatus.ASSIGNED.value],
            "assignee": [None, actor.display_name],
        }
        params = {
            "key": SETTINGS_KEY,
            "per_request": default.per_request,
            "max_open": default.max_open,
            "me": actor.id,
            "assigned": UpsellStatus.ASSIGNED.value,
            "follow_up": UpsellStatus.FOLLOW_UP.value,
            "pending": UpsellStatus.PENDING.value,
            "at": to_db(now),
            "entity": EntityKind.UPSELL_CASE.value,
            "action": Action.ASSIGNED.value,
            "changes": json.dumps(changes, ensure_ascii=False),
            "channel": CHANNEL,
        }
        rows = self._run_pg(actor, params)
        claimed = sorted((r for r in rows if r[2] is not None), key=lambda r: (r[3], r[2]))
        return [int(r[2]) for r in claimed], int(rows[0][0]), int(rows[0][1])

    def _run_pg(self, actor: UserRecord, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """The claim's transaction: the per-user advisory lock (the same person on two desktops: keeps
        max_open exact; other people do not wait), then _PG_CLAIM.

        Outside any other transaction it goes to the server as ONE round trip ("BEGIN; lock; claim;
        COMMIT", parameters bound client-side by psycopg): with 8 desktops on a small server every round
        trip is a wait for the CPU, and this is what keeps a claim under 10 ms. Inside a transaction
        (a caller's atomic block) it runs as two statements of that transaction.
        """
        db = self.ctx.db.pw
        lock = "SELECT pg_advisory_xact_lock(%(lock)s, %(me)s)"
        params = {**params, "lock": CLAIM_LOCK}
        if db.transaction_depth() > 0:
            db.execute_sql(lock, params)
            return list(db.execute_sql(_PG_CLAIM, params).fetchall())
        import psycopg

        conn = db.connection()
        with psycopg.ClientCursor(conn) as cursor:
            try:
                cursor.execute(f"BEGIN; {lock}; {_PG_CLAIM}; COMMIT", params)
                while cursor.description is None or len(cursor.description) != 5:
                    if not cursor.nextset():
                        raise RuntimeError("the claim statement returned no rows")
                return list(cursor.fetchall())
            except BaseException as exc:
                broken = conn.closed or conn.broken
                if not broken and conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                    conn.execute("ROLLBACK")
                lost = getattr(db, "raise_if_lost", None)  # the session database: a dead connection is
                if broken and lost is not None:  # dropped and reported as ConnectionLost, then reopened
                    lost(exc)
                if isinstance(exc, psycopg.OperationalError):  # as peewee raises it elsewhere
                    raise pw.OperationalError(str(exc)) from exc
                raise

    def _claim_sqlite(self, actor: UserRecord, limit: int, now: datetime) -> list[int]:
        """Mark up to `limit` oldest pending cases assigned to the actor; their ids, oldest first."""
        at = to_db(now)
        pending, assigned = UpsellStatus.PENDING.value, UpsellStatus.ASSIGNED.value
        c = m.UpsellCase
        oldest = c.select(c.id).where(c.status == pending).order_by(c.queued_at, c.id).limit(limit)
        ids = [int(r[0]) for r in m.tuples(oldest)]
        if ids:
            c.update(
                status=assigned,
                assignee=actor.id,
                assigned_at=at,
                updated_at=at,
                updated_by=actor.id,
                version=c.version + 1,
            ).where(c.id.in_(ids) & (c.status == pending)).execute()
        return ids

    def assign(self, actor: UserRecord, case_ids: Sequence[int], user_id: int) -> tuple[int, ChangeSet]:
        """Assign pending cases to a named staff member (managers only). Refused, nothing written: a case
        that is no longer pending, an inactive or unknown user, more than the user's `max_open`."""
        check_manager(actor)
        wanted = list(dict.fromkeys(case_ids))
        if not wanted:
            raise ValidationError(msg("Select at least one upsell case."), field="cases")
        user = m.User.get_or_none(m.User.id == user_id)
        if user is None or not user.active:
            raise ValidationError(msg("Choose an active staff member."), field="user")
        dist = read_settings().distribution
        now = self.ctx.clock()
        at = to_db(now)
        c = m.UpsellCase
        with self.ctx.db.atomic():
            if not self.ctx.db.is_sqlite:
                # The lock request_work takes for this person: their own claim and this assignment are
                # counted one after the other, so together they never exceed max_open.
                self.ctx.db.pw.execute_sql("SELECT pg_advisory_xact_lock(%s, %s)", (CLAIM_LOCK, user_id))
            holding = open_count(user_id)
            if holding + len(wanted) > dist.max_open:
                raise ValidationError(
                    msg("{name} holds {count} open upsell cases; the most is {max}. Assign fewer cases."),
                    field="max_open",
                    name=user.display_name,
                    count=holding,
                    max=dist.max_open,
                )
            check_transition(UpsellStatus.PENDING, UpsellStatus.ASSIGNED)
            done = 0
            for part in chunks(wanted):
                done += (
                    c.update(
                        status=UpsellStatus.ASSIGNED.value,
                        assignee=user_id,
                        assigned_at=at,
                        updated_at=at,
                        updated_by=actor.id,
                        version=c.version + 1,
                    )
                    .where(c.id.in_(list(part)) & (c.status == UpsellStatus.PENDING.value))
                    .execute()
                )
            if done != len(wanted):
                # Rolls the whole assignment back: the manager chose from a list that is out of date.
                raise ValidationError(
                    msg(
                        "{count} of the selected cases are no longer pending (someone took them). Nothing "
                        "was assigned; reload the list and choose again."
                    ),
                    field="status",
                    count=len(wanted) - done,
                )
            log_activities(
                actor,
                EntityKind.UPSELL_CASE,
                [
                    (
                        cid,
                        Action.ASSIGNED,
                        {
                            "status": (UpsellStatus.PENDING.value, UpsellStatus.ASSIGNED.value),
                            "assignee": (None, user.display_name),
                        },
                        "",
                    )
                    for cid in wanted
                ],
                now,
            )
        return done, case_changes(*wanted)

    def staff(self, actor: UserRecord) -> list[UserRecord]:
        """Active users cases can be assigned to, by display name."""
        users = [user_record(u) for u in m.User.select().where(m.User.active == True)]  # noqa: E712
        users.sort(key=lambda u: (sort_key(u.display_name), u.id))
        return users
