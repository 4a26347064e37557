"""One message to one customer, from their profile: where they can be reached, queueing an e-mail, an
SMS or a LINE text in the outbox with a care-history entry that follows its delivery, the consent flags
and the LINE user id. Sales staff message only the customers they may see."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import NotFound, ValidationError, msg
from salesapp.domain.limits import PREVIEW_CHARS, preview
from salesapp.domain.messaging import (
    ATTACHMENTS_MAX,
    ATTACHMENTS_MAX_BYTES,
    EMAIL_BODY_CHARS,
    LINE_TEXT_CHARS,
    NO_ACCOUNT,
    SMS_MAX_PARTS,
    SUBJECT_CHARS,
    Attachment,
    DeliveryState,
    MessageChannel,
    MessagePurpose,
    OutboxRecord,
    Recipients,
)
from salesapp.domain.messaging.addresses import check_address, check_line_user_id
from salesapp.domain.messaging.sms import count_sms
from salesapp.domain.records import UserRecord
from salesapp.domain.text import clean_line, clean_text
from salesapp.services.customers.customer_service import (
    NOT_YOURS_CUSTOMER,
    check_customer_access,
    check_customer_id_access,
)
from salesapp.services.messaging import outbox
from salesapp.services.messaging.accounts import read_settings
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.hidden import refuse_missing

GONE = msg("This record no longer exists: it was deleted on another desktop.")


@dataclass(frozen=True)
class Draft:
    """What the person wrote: channel, address, subject (e-mail), text and files (e-mail)."""

    channel: MessageChannel
    to: str
    body: str
    subject: str = ""
    attachments: tuple[Attachment, ...] = ()


def check_draft(draft: Draft, country: str) -> Draft:
    """The draft cleaned and within the limits of its channel, or ValidationError naming the field."""
    to = check_address(draft.channel, draft.to, country)
    body = clean_text(draft.body)
    subject = clean_line(draft.subject)
    if not body.strip():
        raise ValidationError(msg("Write the message."), field="body")
    if draft.channel is MessageChannel.EMAIL:
        if not subject:
            raise ValidationError(msg("Write a subject."), field="subject")
        if len(subject) > SUBJECT_CHARS:
            raise ValidationError(
                msg("The subject can be at most {max} characters."), field="subject", max=SUBJECT_CHARS
            )
        if len(body) > EMAIL_BODY_CHARS:
            raise ValidationError(
                msg("The message can be at most {max} characters."), field="body", max=EMAIL_BODY_CHARS
            )
        if len(draft.attachments) > ATTACHMENTS_MAX:
            raise ValidationError(
                msg("At most {max} files can be attached."), field="attachments", max=ATTACHMENTS_MAX
            )
        total = sum(len(a.data) for a in draft.attachments)
        if total > ATTACHMENTS_MAX_BYTES:
            raise ValidationError(
                msg("The attached files come to {size} MB; at most {max} MB can be sent."),
                field="attachments",
                size=f"{total / 1048576:.1f}",
                max=ATTACHMENTS_MAX_BYTES // 1048576,
            )
        return Draft(draft.channel, to, body, subject, draft.attachments)
    if draft.channel is MessageChannel.SMS:
        parts = count_sms(body).parts
        if parts > SMS_MAX_PARTS:
            raise ValidationError(
                msg("The SMS would take {parts} parts; at most {max} are sent."),
                field="body",
                parts=parts,
                max=SMS_MAX_PARTS,
            )
    elif len(body) > LINE_TEXT_CHARS:
        raise ValidationError(
            msg("The message can be at most {max} characters."), field="body", max=LINE_TEXT_CHARS
        )
    return Draft(draft.channel, to, body)


def care_text(draft: Draft) -> str:
    """What the care history shows of a message: where it went, the subject, the start of the text."""
    head = f"{draft.to} · {draft.subject}" if draft.subject else draft.to
    names = "".join(f"\n📎 {a.name}" for a in draft.attachments)
    return f"{head}\n{preview(draft.body, PREVIEW_CHARS)}{names}"


@acts_as_stored_user
class MessageService:
    """Queues one-to-one messages and keeps the customer's reachability and consent."""

    def __init__(self, ctx: ServiceContext, wake_sender: Callable[[], None] | None = None) -> None:
        self.ctx = ctx
        self.wake_sender = wake_sender  # set by the UI once a sender runs: a new row goes out at once

    def recipients(self, actor: UserRecord, customer_id: int) -> Recipients:
        """Where the customer can be reached, if the actor may see them."""
        c = m.Customer
        row = (
            c.select(
                c.id,
                c.name,
                c.country,
                c.email,
                c.phone,
                c.phone2,
                c.line_user_id,
                c.no_marketing_email,
                c.no_marketing_sms,
                c.owner,
            )
            .where(c.id == customer_id)
            .tuples()
            .first()
        )
        if row is None:
            raise refuse_missing(m.Customer, customer_id, GONE, NOT_YOURS_CUSTOMER)
        cid, name, country, email, phone, phone2, line_user, no_email, no_sms, owner_id = row
        check_customer_access(actor, owner_id)
        phones = tuple(p for p in (phone, phone2) if p)
        return Recipients(cid, name, country, email, phones, line_user or "", bool(no_email), bool(no_sms))

    def ready_channels(self, actor: UserRecord) -> frozenset[MessageChannel]:
        """The channels whose account is set up (on any desktop)."""
        del actor
        return frozenset(c for c in MessageChannel if read_settings(c).ready)

    def send(self, actor: UserRecord, customer_id: int, draft: Draft) -> tuple[OutboxRecord, ChangeSet]:
        """Queue the message in the outbox with a care-history entry (queued; the sender updates it)."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            who = self.recipients(actor, customer_id)
            clean = check_draft(draft, who.country)
            if not read_settings(clean.channel).ready:
                raise ValidationError(NO_ACCOUNT, field="to")
            message_id = int(
                m.Message.insert(
                    channel=clean.channel.value,
                    purpose=MessagePurpose.ONE_TO_ONE.value,
                    subject=clean.subject,
                    body=clean.body,
                    created_at=to_db(now),
                    created_by=actor.id,
                ).execute()
            )
            for a in clean.attachments:
                m.MessageAttachment.insert(
                    message=message_id, name=a.name, mime=a.mime, data=a.data
                ).execute()
            note_id = int(
                m.CustomerNote.insert(
                    customer=customer_id,
                    kind=clean.channel.value,
                    text=care_text(clean),
                    at=to_db(now),
                    user=actor.id,
                    delivery=DeliveryState.QUEUED.value,
                ).execute()
            )
            row_id = outbox.queue_row(
                message_id, clean.channel, clean.to, now, customer_id, note_id, actor.id
            )
            m.Customer.update(last_contact_at=to_db(now)).where(m.Customer.id == customer_id).execute()
            log_activity(
                actor, EntityKind.CUSTOMER, customer_id, Action.NOTE_ADDED, now, summary=clean.channel.value
            )
            record = outbox.record(m.OutboxItem.get_by_id(row_id))
        if self.wake_sender is not None:
            self.wake_sender()
        return record, ChangeSet.of(EntityKind.CUSTOMER, [customer_id])

    def outbox_of(self, actor: UserRecord, customer_id: int, limit: int = 100) -> list[OutboxRecord]:
        """The customer's messages, newest first."""
        check_customer_id_access(actor, customer_id)
        o = m.OutboxItem
        rows = o.select().where(o.customer == customer_id).order_by(o.id.desc()).limit(limit)
        return [outbox.record(r) for r in rows]

    def resend(self, actor: UserRecord, outbox_id: int) -> ChangeSet:
        """Send a failed or unknown message again (with a new idempotency key): a person checked that it
        did not arrive."""
        row = m.OutboxItem.get_or_none(m.OutboxItem.id == outbox_id)
        if row is None:
            raise NotFound(GONE)
        if row.customer_id is not None:
            check_customer_id_access(actor, row.customer_id)
        elif not actor.is_manager and row.created_by_id != actor.id:
            raise NotFound(GONE)
        if row.state not in (DeliveryState.FAILED.value, DeliveryState.SENDING.value):
            raise ValidationError(msg("Only a failed or unknown message can be sent again."), field="state")
        outbox.resend(self.ctx.db.pw, outbox_id, self.ctx.clock())
        if self.wake_sender is not None:
            self.wake_sender()
        return ChangeSet.of(EntityKind.CUSTOMER, [row.customer_id] if row.customer_id else [])

    def set_contact(
        self,
        actor: UserRecord,
        customer_id: int,
        line_user_id: str,
        no_marketing_email: bool,
        no_marketing_sms: bool,
    ) -> tuple[Recipients, ChangeSet]:
        """Save the LINE user id and the consent flags, with an activity row of what changed."""
        line_user = check_line_user_id(line_user_id, "line_user_id") if clean_line(line_user_id) else ""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            before = self.recipients(actor, customer_id)
            values = {
                "line_user_id": line_user,
                "no_marketing_email": no_marketing_email,
                "no_marketing_sms": no_marketing_sms,
            }
            old = {
                "line_user_id": before.line_user_id,
                "no_marketing_email": before.no_marketing_email,
                "no_marketing_sms": before.no_marketing_sms,
            }
            changes = {k: (old[k], v) for k, v in values.items() if old[k] != v}
            if changes:
                m.Customer.update(
                    **values, updated_at=to_db(now), updated_by=actor.id, version=m.Customer.version + 1
                ).where(m.Customer.id == customer_id).execute()
                log_activity(actor, EntityKind.CUSTOMER, customer_id, Action.UPDATED, now, changes)
            after = self.recipients(actor, customer_id)
        return after, ChangeSet.of(EntityKind.CUSTOMER, [customer_id])
