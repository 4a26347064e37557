"""Reading opportunities as plain records: the one query (with customer, owner and stage) and its mapping,
shared by the opportunity use cases, the list and the board."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.clock import from_db
from salesapp.domain.enums import Currency
from salesapp.domain.opportunity import OpportunityRecord, StageKind, forecast, is_stale
from salesapp.services.shared.list_query import chunks


def record_query() -> Any:
    """SELECT of every column a record needs, joined to its customer, owner and stage."""
    o, s = m.Opportunity, m.OpportunityStage
    owner = m.User.alias("owner")
    return (
        o.select(
            o.id, o.customer_id, m.Customer.name, o.owner_id, owner.display_name, o.title, o.amount_minor,
            o.currency, o.expected_close, o.stage_id, s.name, s.kind, s.probability, o.products, o.notes,
            o.lost_reason, o.stage_entered_at, o.last_activity_at, o.closed_at, o.created_at, o.updated_at,
            o.version, s.idle_days,
        )
        .join(m.Customer, on=(o.customer == m.Customer.id))
        .switch(o)
        .join(s, on=(o.stage == s.id))
        .switch(o)
        .join(owner, pw.JOIN.LEFT_OUTER, on=(o.owner == owner.id))
    )  # fmt: skip


def to_records(query: Any, now: datetime) -> list[OpportunityRecord]:
    """The records of a `record_query()` (filtered and ordered by the caller); stale as of `now`."""
    out = []
    for row in m.tuples(query):
        (oid, customer_id, customer_name, owner_id, owner_name, title, amount, currency, expected_close,
         stage_id, stage_name, kind, probability, products, notes, lost_reason, entered, last, closed,
         created, updated, version, idle_days) = row  # fmt: skip
        stage_kind = StageKind(kind)
        entered_at, last_at = from_db(entered), from_db(last)
        created_at, updated_at = from_db(created), from_db(updated)
        assert entered_at and last_at and created_at and updated_at
        if isinstance(expected_close, datetime):  # SQLite may hand back a datetime for a DATE column
            expected_close = expected_close.date()
        out.append(
            OpportunityRecord(
                id=oid,
                customer_id=customer_id,
                customer_name=customer_name,
                owner_id=owner_id,
                owner_name=owner_name or "",
                title=title,
                amount_minor=int(amount),
                currency=Currency(currency),
                expected_close=expected_close,
                stage_id=stage_id,
                stage_name=stage_name,
                stage_kind=stage_kind,
                probability=probability,
                weighted_minor=forecast(int(amount), probability),
                products=products,
                notes=notes,
                lost_reason=lost_reason,
                stage_entered_at=entered_at,
                last_activity_at=last_at,
                closed_at=from_db(closed),
                created_at=created_at,
                updated_at=updated_at,
                version=version,
                idle_days=idle_days,
                stale=stage_kind is StageKind.OPEN and is_stale(last_at, idle_days, now),
            )
        )
    return out


def records_by_ids(ids: Sequence[int], now: datetime) -> list[OpportunityRecord]:
    """The records of `ids` in the order given (missing ones skipped)."""
    by_id: dict[int, OpportunityRecord] = {}
    for chunk in chunks(ids):
        for record in to_records(record_query().where(m.Opportunity.id.in_(list(chunk))), now):
            by_id[record.id] = record
    return [by_id[i] for i in ids if i in by_id]
