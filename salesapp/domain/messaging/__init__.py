"""Reaching customers: the kinds of message, where they go, their delivery states and the records services
and screens exchange (no I/O here). `sms` counts characters and parts; `addresses` checks where a message
may go. Broadcasts, templates and calls build on these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from salesapp.domain.errors import msg
from salesapp.domain.limits import MIB


class MessageChannel(StrEnum):
    """How a message reaches a customer; each has one channel adapter (services/messaging/adapters)."""

    EMAIL = "email"
    SMS = "sms"
    LINE = "line"


class MessagePurpose(StrEnum):
    """Why a message is sent: consent rules differ (a marketing broadcast skips opted-out customers; a
    one-to-one message only warns)."""

    ONE_TO_ONE = "one_to_one"
    TEST = "test"
    MARKETING = "marketing"


class DeliveryState(StrEnum):
    """Where one outbox row is. `SENDING` is claimed by a desktop's sender: while its lease runs it is
    being sent; after the lease it is *unknown* (the desktop stopped between handing it to the provider
    and recording the answer) and is never sent again automatically unless the provider deduplicates."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class SmtpSecurity(StrEnum):
    """How the SMTP connection is protected."""

    STARTTLS = "starttls"
    SSL = "ssl"
    NONE = "none"


class SmsProvider(StrEnum):
    """The SMS gateways an adapter exists for."""

    ESMS = "esms"  # eSMS.vn (Vietnam)
    SPEEDSMS = "speedsms"  # SpeedSMS.vn (Vietnam)
    GENERIC = "generic"  # any HTTP gateway: URL, method and body template


SUBJECT_CHARS = 200
EMAIL_BODY_CHARS = 50_000
LINE_TEXT_CHARS = 5000  # the Messaging API's limit for one text message
SMS_MAX_PARTS = 10
ATTACHMENTS_MAX = 5
ATTACHMENTS_MAX_BYTES = 10 * MIB
MAX_ATTEMPTS = 5
"""Tries of one outbox row before it is marked failed (errors the provider answered, or no connection)."""

NO_ACCOUNT = msg("No account is set up for this kind of message. An administrator sets it up in Settings.")


@dataclass(frozen=True)
class Attachment:
    """A file sent with an e-mail."""

    name: str
    mime: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Outgoing:
    """One message to one address, as a channel adapter sends it. `key` is the row's idempotency key:
    the same on every attempt, handed to the provider wherever it deduplicates on one."""

    channel: MessageChannel
    to: str
    body: str
    key: str
    subject: str = ""
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class SmtpSettings:
    """The office's outgoing mail server (the password is in the keyring)."""

    host: str = ""
    port: int = 587
    security: SmtpSecurity = SmtpSecurity.STARTTLS
    user: str = ""
    sender_name: str = ""
    sender_address: str = ""
    reply_to: str = ""
    timeout: float = 30.0

    @property
    def ready(self) -> bool:
        """Enough is set up to send."""
        return bool(self.host and self.sender_address)


@dataclass(frozen=True)
class SmsSettings:
    """The office's SMS gateway (its API key / secret are in the keyring). `base_url` points the adapter
    at the gateway (tests point it at a local server); the generic adapter uses `base_url` as the whole
    URL with `method` and `body_template` ({to} {text} {sender} filled in)."""

    provider: SmsProvider = SmsProvider.ESMS
    base_url: str = ""
    api_key: str = ""  # the account's public key or user name (the secret is in the keyring)
    sender: str = ""  # the registered sender name (brand name)
    method: str = "POST"
    body_template: str = ""
    content_type: str = "application/json"
    timeout: float = 20.0

    @property
    def ready(self) -> bool:
        """Enough is set up to send."""
        if self.provider is SmsProvider.GENERIC:
            return bool(self.base_url)
        return bool(self.base_url)


@dataclass(frozen=True)
class LineSettings:
    """The LINE Official Account's Messaging API (the channel access token is in the keyring)."""

    base_url: str = "https://api.line.me"
    enabled: bool = False
    timeout: float = 20.0

    @property
    def ready(self) -> bool:
        """Enough is set up to send."""
        return self.enabled and bool(self.base_url)


@dataclass(frozen=True)
class AccountsState:
    """The three accounts with their stored versions and whether this desktop's keyring holds each one's
    secret (secrets never leave the keyring for the screens)."""

    smtp: SmtpSettings
    sms: SmsSettings
    line: LineSettings
    versions: dict[str, int]
    has_secret: dict[str, bool]


@dataclass(frozen=True)
class Recipients:
    """Where one customer can be reached, and what they agreed to."""

    customer_id: int
    name: str
    country: str
    email: str | None
    phones: tuple[str, ...]  # E.164
    line_user_id: str
    no_marketing_email: bool
    no_marketing_sms: bool

    def opted_out(self, channel: MessageChannel) -> bool:
        """The customer asked for no marketing on this channel (a one-to-one message only warns)."""
        if channel is MessageChannel.EMAIL:
            return self.no_marketing_email
        if channel is MessageChannel.SMS:
            return self.no_marketing_sms
        return False


@dataclass(frozen=True)
class OutboxRecord:
    """One outbox row as screens show it."""

    id: int
    message_id: int
    channel: MessageChannel
    address: str
    state: DeliveryState
    attempts: int
    error: str
    provider_id: str
    queued_at: datetime
    sent_at: datetime | None
    lease_until: datetime | None
    customer_id: int | None

    def unknown(self, now: datetime) -> bool:
        """Claimed by a sender that stopped before recording the provider's answer: it may or may not
        have gone out; someone checks before sending it again."""
        return self.state is DeliveryState.SENDING and (self.lease_until is None or self.lease_until < now)


def failure_json(text: str, params: dict[str, object]) -> str:
    """How an outbox row keeps why it failed: the English template and its values (screens translate)."""
    import json

    return json.dumps({"text": text, "params": {k: str(v) for k, v in params.items()}}, ensure_ascii=False)


def failure_parts(stored: str) -> tuple[str, dict[str, str]]:
    """The template and values of a kept failure ("" when none)."""
    import json

    if not stored:
        return "", {}
    try:
        raw = json.loads(stored)
        return str(raw["text"]), {str(k): str(v) for k, v in raw.get("params", {}).items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return stored, {}
