"""The outbox in the database: one row per recipient and message, claimed by one desktop's sender with a
lease, and recorded so that a crash between "sent" and "recorded" cannot cause a second send on resume.

The life of a row:
1. `queue_row` (in the caller's transaction): state *queued*, a fresh idempotency key (a UUID).
2. `claim` commits *sending* with the claimer's token, a lease and one more attempt, **before** the
   provider is called: on SQLite one `UPDATE … WHERE id = (SELECT … WHERE state = 'queued' …) AND
   state = 'queued'` inside BEGIN IMMEDIATE; on PostgreSQL the inner SELECT takes the row `FOR UPDATE
   SKIP LOCKED`, so two desktops never claim the same row.
3. The adapter sends with the row's key. `finish` records *sent* (provider id) or, for a failure the
   provider certainly did not take, *queued* again with a later `next_attempt_at` (up to MAX_ATTEMPTS,
   then *failed* with the reason); a failure that may have gone out stays *sending* (unknown).
4. A desktop that stopped after claiming leaves *sending* with a lapsed lease. `recover` puts such rows
   back to *queued* only for providers that deduplicate on our key (eSMS RequestId, LINE
   X-Line-Retry-Key): a second request cannot make a second message. For SMTP and gateways without a
   key (SpeedSMS, the generic adapter) the row stays *sending* and screens show it as "unknown, check
   before resending": it may have gone out and nothing here can tell. What remains possible there is
   only the opposite mistake — a message the provider never got waits for a person to resend it — never
   a duplicate sent by the app on its own. A person may `resend` it (a new key, a new attempt).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee as pw

from salesapp.db import models as m
from salesapp.db.notify import publish
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.enums import EntityKind
from salesapp.domain.messaging import (
    MAX_ATTEMPTS,
    Attachment,
    DeliveryState,
    MessageChannel,
    OutboxRecord,
    Outgoing,
)

LEASE = timedelta(minutes=5)
UNKNOWN = "unknown"
"""The care note's delivery of a row that may or may not have gone out (a row *sending* past its lease)."""
BACKOFF = (timedelta(seconds=30), timedelta(minutes=2), timedelta(minutes=10), timedelta(minutes=30))


@dataclass(frozen=True)
class Claimed:
    """A row this sender claimed, with what the adapter needs."""

    outbox_id: int
    note_id: int | None
    customer_id: int | None
    attempts: int
    message: Outgoing
    claim: str  # this claim's own token (the sender's token and a fresh suffix): finishing checks it


def new_key() -> str:
    """A fresh idempotency key (a UUID's hex: the LINE retry key is this UUID)."""
    return uuid.uuid4().hex


def queue_row(
    message_id: int,
    channel: MessageChannel,
    address: str,
    now: datetime,
    customer_id: int | None,
    note_id: int | None,
    user_id: int | None,
) -> int:
    """Insert one queued row (call inside the transaction that wrote the message)."""
    return int(
        m.OutboxItem.insert(
            message=message_id,
            customer=customer_id,
            note=note_id,
            channel=channel.value,
            address=address,
            state=DeliveryState.QUEUED.value,
            attempts=0,
            next_attempt_at=to_db(now),
            idempotency_key=new_key(),
            queued_at=to_db(now),
            created_by=user_id,
        ).execute()
    )


def claim(db: pw.Database, token: str, channels: Collection[MessageChannel], now: datetime) -> Claimed | None:
    """Claim the oldest due queued row of `channels` for `token` (committed before anything is sent)."""
    if not channels:
        return None
    o = m.OutboxItem
    mine = f"{token}/{uuid.uuid4().hex}"
    due = (
        o.select(o.id)
        .where(
            (o.state == DeliveryState.QUEUED.value)
            & o.channel.in_([c.value for c in channels])
            & (o.next_attempt_at <= to_db(now))
        )
        .order_by(o.next_attempt_at, o.id)
        .limit(1)
    )
    if not due.exists():  # a plain read first: an idle outbox takes no write lock every few seconds
        return None
    if isinstance(db, pw.PostgresqlDatabase):
        due = due.for_update("FOR UPDATE SKIP LOCKED")  # type: ignore[arg-type]  # another desktop's claimed row is passed over
    claim_row = o.update(
        state=DeliveryState.SENDING.value,
        claimed_by=mine,
        lease_until=to_db(now + LEASE),
        attempts=o.attempts + 1,
    ).where((o.id == due) & (o.state == DeliveryState.QUEUED.value))  # "= (…)": one InitPlan, one row
    with db.atomic():
        claim_row.execute()
        row = (
            o.select()
            .where(
                (o.claimed_by == mine)
                & (o.state == DeliveryState.SENDING.value)
                & (o.lease_until > to_db(now))
            )
            .order_by(o.id.desc())
            .first()
        )
        if row is None:
            return None
        msg_row = m.Message.get_by_id(row.message_id)
        files = tuple(
            Attachment(a.name, a.mime, bytes(a.data))
            for a in m.MessageAttachment.select().where(m.MessageAttachment.message == row.message_id)
        )
        _note_state(row.note_id, DeliveryState.SENDING.value)
    outgoing = Outgoing(
        MessageChannel(row.channel), row.address, msg_row.body, row.idempotency_key, msg_row.subject, files
    )
    return Claimed(row.id, row.note_id, row.customer_id, row.attempts, outgoing, mine)


def _note_state(note_id: int | None, state: str) -> None:
    if note_id is not None:
        m.CustomerNote.update(delivery=state).where(m.CustomerNote.id == note_id).execute()


def _announce(customer_id: int | None) -> None:
    """Other desktops showing the customer refresh the care history (PostgreSQL; on commit)."""
    if customer_id is not None:
        publish({EntityKind.CUSTOMER.value: [customer_id]})


def finish_sent(db: pw.Database, claimed: Claimed, token: str, provider_id: str, now: datetime) -> bool:
    """Record *sent*; False when this sender no longer held the row (nothing changed)."""
    o = m.OutboxItem
    with db.atomic():
        done = (
            o.update(
                state=DeliveryState.SENT.value,
                provider_id=provider_id[:200],
                sent_at=to_db(now),
                error="",
                lease_until=None,
            )
            .where(
                (o.id == claimed.outbox_id)
                & (o.claimed_by == claimed.claim)
                & (o.state == DeliveryState.SENDING.value)
            )
            .execute()
        )
        if done:
            _note_state(claimed.note_id, DeliveryState.SENT.value)
            _announce(claimed.customer_id)
    return bool(done)


def finish_failed(
    db: pw.Database, claimed: Claimed, token: str, reason: str, retry: bool, maybe_sent: bool, now: datetime
) -> DeliveryState:
    """Record a failure: queued again later (retry, tries left), failed for good, or left *sending* with
    a lapsed lease when the provider may have taken it (unknown). Returns the row's new state."""
    o = m.OutboxItem
    if maybe_sent:
        state, values = DeliveryState.SENDING, {"lease_until": to_db(now), "error": reason[:500]}
    elif retry and claimed.attempts < MAX_ATTEMPTS:
        wait = BACKOFF[min(claimed.attempts - 1, len(BACKOFF) - 1)]
        state = DeliveryState.QUEUED
        values = {
            "state": state.value,
            "next_attempt_at": to_db(now + wait),
            "lease_until": None,
            "claimed_by": None,
            "error": reason[:500],
        }
    else:
        state = DeliveryState.FAILED
        values = {"state": state.value, "lease_until": None, "error": reason[:500]}
    with db.atomic():
        done = (
            o.update(**values)
            .where(
                (o.id == claimed.outbox_id)
                & (o.claimed_by == claimed.claim)
                & (o.state == DeliveryState.SENDING.value)
            )
            .execute()
        )
        if done:
            _note_state(claimed.note_id, UNKNOWN if maybe_sent else state.value)
            _announce(claimed.customer_id)
    return state


def recover(db: pw.Database, deduplicating: Collection[MessageChannel], now: datetime) -> list[int]:
    """Put rows left *sending* by a stopped sender (lease lapsed) back to *queued*, for channels whose
    provider deduplicates on the row's key; returns their ids. Other channels' rows stay unknown."""
    if not deduplicating:
        return []
    o = m.OutboxItem
    lapsed = (o.state == DeliveryState.SENDING.value) & (o.lease_until < to_db(now))
    channels = o.channel.in_([c.value for c in deduplicating])
    ids = [int(r[0]) for r in m.tuples(o.select(o.id).where(lapsed & channels))]  # a read: no lock when idle
    if ids:
        with db.atomic():
            o.update(state=DeliveryState.QUEUED.value, claimed_by=None, lease_until=None).where(
                o.id.in_(ids) & lapsed
            ).execute()
    return ids


def mark_unknown(db: pw.Database, now: datetime) -> int:
    """Say "unknown" in the care notes of rows left *sending* past their lease (after `recover` put back
    those that may be sent again); returns how many notes changed."""
    o, n = m.OutboxItem, m.CustomerNote
    lapsed = o.select(o.note).where(
        (o.state == DeliveryState.SENDING.value) & (o.lease_until < to_db(now)) & o.note.is_null(False)
    )
    waiting = n.select().where(n.id.in_(lapsed) & (n.delivery == DeliveryState.SENDING.value))
    if not waiting.exists():
        return 0
    with db.atomic():
        return int(
            n.update(delivery=UNKNOWN)
            .where(n.id.in_(lapsed) & (n.delivery == DeliveryState.SENDING.value))
            .execute()
        )


def resend(db: pw.Database, outbox_id: int, now: datetime) -> None:
    """Queue a failed or unknown row again with a new key (a person checked it did not arrive)."""
    o = m.OutboxItem
    with db.atomic():
        row = o.get_by_id(outbox_id)
        o.update(
            state=DeliveryState.QUEUED.value,
            idempotency_key=new_key(),
            attempts=0,
            next_attempt_at=to_db(now),
            lease_until=None,
            claimed_by=None,
            error="",
        ).where(o.id == outbox_id).execute()
        _note_state(row.note_id, DeliveryState.QUEUED.value)


def record(row: m.OutboxItem) -> OutboxRecord:
    """A row as screens show it."""
    queued = from_db(row.queued_at)
    assert queued is not None
    return OutboxRecord(
        row.id,
        row.message_id,
        MessageChannel(row.channel),
        row.address,
        DeliveryState(row.state),
        row.attempts,
        row.error,
        row.provider_id,
        queued,
        from_db(row.sent_at),
        from_db(row.lease_until),
        row.customer_id,
    )
