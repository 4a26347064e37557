"""Duplicate customers: find the existing customer for a phone or e-mail, list likely pairs, merge, undo.

Finding is here; merging a pair into one customer and undoing a merge exactly are in `_merge`, whose
CustomerMerges is DuplicateService's base. Other modules import from this one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.clock import from_db
from salesapp.domain.errors import ValidationError
from salesapp.domain.phone import parse_phone
from salesapp.domain.records import UserRecord
from salesapp.domain.text import clean_line
from salesapp.services.customers._merge import CustomerMerges, MergeRecord
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.list_query import chunks

__all__ = [
    "FIND_LIMIT",
    "CustomerSummary",
    "DuplicatePair",
    "DuplicateReason",
    "DuplicateService",
    "MergeRecord",
]

FIND_LIMIT = 20
_COUNT = pw.fn.COUNT(pw.SQL("*"))  # COUNT(*), not COUNT(id): PostgreSQL then reads the index only
_NAME_ROWS = 20_000  # customers looked at for same-name pairs, at most
_SUMMARY_COLUMNS = (
    *("id", "name", "phone", "phone2", "email", "address_line", "subdistrict", "district", "province"),
    *("postcode", "owner_id", "created_at", "version"),
)


class DuplicateReason(StrEnum):
    """Why two customers look like one person, strongest first."""

    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"  # same name in the same province: the weakest hint


@dataclass(frozen=True)
class CustomerSummary:
    """A customer as a duplicates list and the merge comparison show it."""

    id: int
    name: str
    phone: str | None
    phone2: str | None
    email: str | None
    address: str
    province: str
    owner_id: int | None
    owner_name: str
    created_at: datetime
    version: int
    order_count: int
    hidden: bool = False  # a colleague's customer: only that it exists and whose it is (owner_name)


@dataclass(frozen=True)
class DuplicatePair:
    """Two customers that are probably one; `value` is the shared phone, e-mail or name."""

    first: CustomerSummary
    second: CustomerSummary
    reason: DuplicateReason
    value: str


def _all(*conditions: pw.Expression | None) -> pw.Node:
    """The conditions ANDed, leaving out the None ones (no owner condition for managers)."""
    present = [c for c in conditions if c is not None]
    if not present:
        return pw.SQL("1 = 1")
    result = present[0]
    for condition in present[1:]:
        result = result & condition
    return result


def _hidden(summary: CustomerSummary, typed: str | None) -> CustomerSummary:
    """What a salesperson may learn of a colleague's (or a pool's) customer: that the phone or e-mail
    they typed is taken, and the owner's name; id 0 (nothing to open)."""
    return CustomerSummary(
        0, "", typed, None, None, "", "", summary.owner_id, summary.owner_name, summary.created_at, 0, 0,
        hidden=True,
    )  # fmt: skip


@acts_as_stored_user
class DuplicateService(CustomerMerges):
    """Finds duplicate customers and merges them; sales staff merge only customers they own."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- finding ---------------------------------------------------------------------------------------
    def summaries(self, actor: UserRecord, ids: Iterable[int]) -> dict[int, CustomerSummary]:
        """Summaries of these customers with their order counts (missing ids and, for sales staff,
        customers that are not theirs are left out)."""
        return self._summaries(ids, None if actor.is_manager else actor.id)

    def _summaries(self, ids: Iterable[int], owner_id: int | None) -> dict[int, CustomerSummary]:
        wanted = sorted(set(ids))
        out: dict[int, CustomerSummary] = {}
        c = m.Customer
        for chunk in chunks(wanted):
            counts = dict(
                m.tuples(
                    m.Order.select(m.Order.customer_id, pw.fn.COUNT(m.Order.id))
                    .where(m.Order.customer.in_(list(chunk)))
                    .group_by(m.Order.customer_id)
                )
            )
            columns = [getattr(c, name) for name in _SUMMARY_COLUMNS]
            query = (
                c.select(*columns, m.User.display_name)
                .join(m.User, pw.JOIN.LEFT_OUTER, on=(c.owner == m.User.id))
                .where(c.id.in_(list(chunk)))
            )
            if owner_id is not None:
                query = query.where(c.owner == owner_id)
            for row in m.tuples(query):
                cid, name, phone, phone2, email, line, sub, district, province, postcode = row[:10]
                owner_id, created, version, owner_name = row[10:]
                created_at = from_db(created)
                assert created_at is not None
                address = ", ".join(p for p in (line, sub, district, province, postcode) if p)
                out[cid] = CustomerSummary(
                    cid, name, phone, phone2, email, address, province, owner_id, owner_name or "",
                    created_at, version, int(counts.get(cid, 0)),
                )  # fmt: skip
        return out

    def find_existing(
        self, actor: UserRecord, phone: str | None, email: str | None, country: str = "TH"
    ) -> list[CustomerSummary]:
        """Customers a new entry would duplicate: same phone (first or second) in any format, then same
        e-mail. Customers of other staff (and the pools', for sales staff) are included, so that nobody
        adds a second copy of them, but `hidden`: a sales user learns only that the phone or e-mail is
        taken and by whom (to ask for a handover), never the customer's name, address or orders."""
        c = m.Customer
        found: list[int] = []
        number = None
        if clean_line(phone):
            try:
                number = parse_phone(phone or "", country)
            except ValidationError:
                number = None  # the form says what is wrong with it; nothing to match
        if number is not None:
            query = c.select(c.id).where((c.phone == number) | (c.phone2 == number)).order_by(c.id)
            found += [r[0] for r in m.tuples(query.limit(FIND_LIMIT))]
        address = clean_line(email).lower()
        if address:
            query = c.select(c.id).where(c.email == address).order_by(c.id).limit(FIND_LIMIT)
            found += [r[0] for r in m.tuples(query) if r[0] not in found]
        summaries = self._summaries(found, None)
        out = [summaries[i] for i in found[:FIND_LIMIT] if i in summaries]
        if actor.is_manager:
            return out
        typed = number or address or None
        return [s if s.owner_id == actor.id else _hidden(s, typed) for s in out]

    def pairs(self, actor: UserRecord, limit: int = 200) -> list[DuplicatePair]:
        """Likely duplicate pairs, strongest reason first: same phone (either phone of either customer),
        then same e-mail, then same name in the same province. Sales staff see pairs of their own
        customers. Each reason is a GROUP BY over an index with a LIMIT, so 300,000 customers are fine."""
        c = m.Customer
        other = c.alias("other")
        # Sales staff: both customers of a pair are theirs. `mine` is a condition ANDed to every query.
        mine = (c.owner == actor.id) if not actor.is_manager else None
        mine_other = (other.owner == actor.id) if not actor.is_manager else None
        groups: list[tuple[DuplicateReason, str, list[int]]] = []

        # Phones: shared first phones, shared second phones, and a second phone that is another's first.
        values = self._shared(c.phone, mine, limit) + self._shared(c.phone2, mine, limit)
        crossing = (
            c.select(c.phone2)
            .join(other, on=(other.phone == c.phone2))
            .where(_all(c.phone2.is_null(False), other.id != c.id, mine, mine_other))
            .distinct()
            .limit(limit)
        )
        values += [r[0] for r in m.tuples(crossing)]
        values = sorted(set(values))[:limit]
        members: dict[str, set[int]] = {v: set() for v in values}
        for chunk in chunks(values):
            query = c.select(c.id, c.phone, c.phone2).where(
                _all(c.phone.in_(chunk) | c.phone2.in_(chunk), mine)
            )
            for cid, phone, phone2 in m.tuples(query):
                for number in (phone, phone2):
                    if number in members:
                        members[number].add(cid)
        groups += [(DuplicateReason.PHONE, v, sorted(ids)) for v, ids in members.items() if len(ids) > 1]

        if len(groups) < limit:
            emails = self._shared(c.email, mine, limit)
            by_email: dict[str, list[int]] = {e: [] for e in emails}
            for chunk in chunks(emails):
                for cid, email in m.tuples(c.select(c.id, c.email).where(_all(c.email.in_(chunk), mine))):
                    by_email[email].append(cid)
            groups += [(DuplicateReason.EMAIL, e, sorted(ids)) for e, ids in by_email.items()]

        if len(groups) < limit:
            groups += self._name_groups(mine, limit)

        seen: set[tuple[int, int]] = set()
        raw: list[tuple[int, int, DuplicateReason, str]] = []
        for reason, value, ids in groups:
            for other_id in ids[1:]:  # the oldest customer of a group beside each of the others
                pair = (ids[0], other_id)
                if pair not in seen:
                    seen.add(pair)
                    raw.append((ids[0], other_id, reason, value))
        raw = raw[:limit]
        summaries = self.summaries(actor, (i for a, b, _, _ in raw for i in (a, b)))
        return [
            DuplicatePair(summaries[a], summaries[b], reason, value)
            for a, b, reason, value in raw
            if a in summaries and b in summaries
        ]

    def _shared(self, column: pw.Field, mine: pw.Expression | None, limit: int) -> list[Any]:
        """Values of `column` that two or more visible customers share, in order (at most `limit`): a
        GROUP BY read from the column's index that stops at the LIMIT."""
        c = m.Customer
        query = c.select(column).where(_all(column.is_null(False), mine))
        if mine is not None and not self.ctx.db.is_sqlite:
            # For one salesperson PostgreSQL would walk the whole index fetching every row for its owner;
            # taking the values shared by anyone from the index alone, then only those rows, is ~5× faster
            # at 300k customers. SQLite does better through the owner index as it is.
            inner = c.alias("inner")
            inner_column = getattr(inner, column.name)
            shared = inner.select(inner_column).where(inner_column.is_null(False)).group_by(inner_column)
            query = query.where(column.in_(shared.having(_COUNT > 1)))
        query = query.group_by(column).having(_COUNT > 1).order_by(column).limit(limit)
        return [r[0] for r in m.tuples(query)]

    def _name_groups(
        self, mine: pw.Expression | None, limit: int
    ) -> list[tuple[DuplicateReason, str, list[int]]]:
        """Customers with the same name (its collation key: case and spacing ignored) in one province.

        Names shared by several customers come from the name index in key order, a batch at a time (a
        covering-index GROUP BY that stops at LIMIT); their rows are then split by province here. Common
        names in many provinces can yield few pairs, so at most `_NAME_ROWS` rows are looked at.
        """
        c = m.Customer
        # PostgreSQL keeps the index in byte order (migration 4): group and page in that order too.
        key = c.sort_name if self.ctx.db.is_sqlite else c.sort_name.collate('"C"')
        groups: list[tuple[DuplicateReason, str, list[int]]] = []
        last: str | None = None
        examined = 0
        while len(groups) < limit and examined < _NAME_ROWS:
            after = key > last if last is not None else None
            query = c.select(key).where(_all(after, mine)).group_by(key).having(_COUNT > 1)
            names = [r[0] for r in m.tuples(query.order_by(key).limit(limit))]
            if not names:
                break
            last = names[-1]
            by_key: dict[tuple[str, str], list[int]] = {}
            shown: dict[tuple[str, str], str] = {}
            for chunk in chunks(names):
                query = c.select(c.id, c.sort_name, c.province, c.name).where(
                    _all(c.sort_name.in_(chunk), c.province != "", mine)
                )
                for cid, name_key, province, name in m.tuples(query.order_by(c.id)):
                    examined += 1
                    by_key.setdefault((name_key, province), []).append(cid)
                    shown.setdefault((name_key, province), name)
            groups += [
                (DuplicateReason.NAME, shown[k], ids) for k, ids in sorted(by_key.items()) if len(ids) > 1
            ]
        return groups[:limit]
