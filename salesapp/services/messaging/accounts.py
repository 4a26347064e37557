"""The messaging accounts (administrators): the SMTP server, the SMS gateway and LINE, kept in the
`settings` table without their secrets (which go to this computer's keyring), and the adapters built
from them for the sender and for "Send a test"."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, replace
from typing import Any

from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, ValidationError, msg
from salesapp.domain.limits import bounded_line
from salesapp.domain.messaging import (
    NO_ACCOUNT,
    AccountsState,
    LineSettings,
    MessageChannel,
    Outgoing,
    SmsProvider,
    SmsSettings,
    SmtpSecurity,
    SmtpSettings,
)
from salesapp.domain.messaging.addresses import check_address, check_email
from salesapp.domain.records import UserRecord
from salesapp.services.messaging import secrets
from salesapp.services.messaging.adapters import ChannelAdapter, SendFailure, Sent
from salesapp.services.messaging.adapters.line import LineAdapter
from salesapp.services.messaging.adapters.sms_gateways import sms_adapter
from salesapp.services.messaging.adapters.smtp import SmtpAdapter
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.settings_store import read_setting, write_setting

KEYS = {
    MessageChannel.EMAIL: "messaging.smtp",
    MessageChannel.SMS: "messaging.sms",
    MessageChannel.LINE: "messaging.line",
}
SECRET_OF = {
    MessageChannel.EMAIL: secrets.SMTP_PASSWORD,
    MessageChannel.SMS: secrets.SMS_SECRET,
    MessageChannel.LINE: secrets.LINE_TOKEN,
}
ADMINS_ONLY = msg("Only an administrator can change the messaging accounts.")
NO_KEYRING = msg("This computer has no keyring to keep the password in; nothing was saved.")
Settings = SmtpSettings | SmsSettings | LineSettings


def _load(channel: MessageChannel, text: str | None) -> Settings:
    raw: dict[str, Any] = json.loads(text) if text else {}
    if channel is MessageChannel.EMAIL:
        fields = {k: v for k, v in raw.items() if k in SmtpSettings.__dataclass_fields__}
        if "security" in fields:
            fields["security"] = SmtpSecurity(fields["security"])
        return SmtpSettings(**fields)
    if channel is MessageChannel.SMS:
        fields = {k: v for k, v in raw.items() if k in SmsSettings.__dataclass_fields__}
        if "provider" in fields:
            fields["provider"] = SmsProvider(fields["provider"])
        return SmsSettings(**fields)
    return LineSettings(**{k: v for k, v in raw.items() if k in LineSettings.__dataclass_fields__})


def read_settings(channel: MessageChannel) -> Settings:
    """The stored settings of one channel (defaults when never saved)."""
    stored = read_setting(KEYS[channel])
    return _load(channel, stored[0] if stored else None)


def _clean(settings: Settings) -> Settings:
    """Bounded, trimmed values; addresses checked."""
    if isinstance(settings, SmtpSettings):
        s = replace(
            settings,
            host=bounded_line(settings.host, "host"),
            user=bounded_line(settings.user, "user"),
            sender_name=bounded_line(settings.sender_name, "sender_name"),
            sender_address=bounded_line(settings.sender_address, "sender_address"),
            reply_to=bounded_line(settings.reply_to, "reply_to"),
        )
        if not s.host:
            raise ValidationError(msg("Enter the mail server's name."), field="host")
        if not 0 < s.port < 65536:
            raise ValidationError(msg("The port is a number from 1 to 65535."), field="port")
        check_email(s.sender_address, "sender_address")
        if s.reply_to:
            check_email(s.reply_to, "reply_to")
        return s
    if isinstance(settings, SmsSettings):
        s2 = replace(
            settings,
            base_url=bounded_line(settings.base_url, "base_url", 1000),
            api_key=bounded_line(settings.api_key, "api_key"),
            sender=bounded_line(settings.sender, "sender"),
            method=settings.method.upper() if settings.method.upper() in ("GET", "POST", "PUT") else "POST",
        )
        if not s2.base_url.startswith(("http://", "https://")):
            raise ValidationError(
                msg("Enter the gateway's address (starting with https://)."), field="base_url"
            )
        return s2
    s3 = replace(settings, base_url=bounded_line(settings.base_url, "base_url", 1000))
    if not s3.base_url.startswith(("http://", "https://")):
        raise ValidationError(msg("Enter the gateway's address (starting with https://)."), field="base_url")
    return s3


def channel_of(settings: Settings) -> MessageChannel:
    """Which channel a settings record belongs to."""
    if isinstance(settings, SmtpSettings):
        return MessageChannel.EMAIL
    if isinstance(settings, SmsSettings):
        return MessageChannel.SMS
    return MessageChannel.LINE


@acts_as_stored_user
class MessagingAccountsService:
    """Reads and saves the messaging accounts; builds their adapters; sends a test."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _secret(self, channel: MessageChannel) -> str:
        return secrets.load_secret(self.ctx.db.url, SECRET_OF[channel])

    def accounts(self, actor: UserRecord) -> AccountsState:
        """The three accounts as stored, their versions, and which secrets this computer keeps."""
        del actor  # every signed-in person may read them (the composer says what is set up)
        versions: dict[str, int] = {}
        values: dict[MessageChannel, Settings] = {}
        for channel, key in KEYS.items():
            stored = read_setting(key)
            versions[channel.value] = stored[1] if stored else 0
            values[channel] = _load(channel, stored[0] if stored else None)
        has = {c.value: bool(self._secret(c)) for c in MessageChannel}
        smtp, sms, line = (
            values[MessageChannel.EMAIL],
            values[MessageChannel.SMS],
            values[MessageChannel.LINE],
        )
        assert (
            isinstance(smtp, SmtpSettings) and isinstance(sms, SmsSettings) and isinstance(line, LineSettings)
        )
        return AccountsState(smtp, sms, line, versions, has)

    def save(
        self, actor: UserRecord, settings: Settings, expected_version: int, secret: str | None
    ) -> tuple[AccountsState, ChangeSet]:
        """Save one account (administrators); `secret` None keeps the kept one, "" forgets it."""
        if actor.role is not Role.ADMIN:
            raise PermissionDenied(ADMINS_ONLY)
        channel = channel_of(settings)
        cleaned = _clean(settings)
        now = self.ctx.clock()
        if secret is not None and not secrets.store_secret(self.ctx.db.url, SECRET_OF[channel], secret):
            raise ValidationError(NO_KEYRING, field="secret")
        text = json.dumps(asdict(cleaned), ensure_ascii=False, sort_keys=True)
        with self.ctx.db.atomic():
            write_setting(self.ctx, actor, KEYS[channel], text, expected_version, now)
            log_activity(actor, EntityKind.SETTING, 0, Action.UPDATED, now, summary=KEYS[channel])
        return self.accounts(actor), ChangeSet.of(EntityKind.SETTING, [0])

    def adapter(self, channel: MessageChannel) -> ChannelAdapter | None:
        """The adapter this computer can send `channel` with: None when the account is not set up or its
        secret is not in this computer's keyring (another desktop that has it sends those rows)."""
        settings = read_settings(channel)
        secret = self._secret(channel)
        if isinstance(settings, SmtpSettings):
            if not settings.ready or (settings.user and not secret):
                return None
            return SmtpAdapter(settings, secret)
        if isinstance(settings, SmsSettings):
            if not settings.ready or (settings.provider is not SmsProvider.GENERIC and not secret):
                return None
            return sms_adapter(settings, secret)
        if not settings.ready or not secret:
            return None
        return LineAdapter(settings, secret)

    def send_test(self, actor: UserRecord, channel: MessageChannel, to: str, text: str) -> Sent:
        """Send one message now, outside the outbox, to check the account (administrators); raises
        SendFailure with the provider's reason, or ValidationError."""
        if actor.role is not Role.ADMIN:
            raise PermissionDenied(ADMINS_ONLY)
        address = check_address(channel, to)
        adapter = self.adapter(channel)
        if adapter is None:
            raise ValidationError(NO_ACCOUNT, field="to")
        subject = "salesapp" if channel is MessageChannel.EMAIL else ""
        return adapter.send(Outgoing(channel, address, text, uuid.uuid4().hex, subject))


__all__ = ["MessagingAccountsService", "SendFailure", "read_settings"]
