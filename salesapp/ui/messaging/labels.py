"""Names of messaging things in the user's language: channels, delivery states, SMS providers, failures."""

from __future__ import annotations

from salesapp.domain.messaging import DeliveryState, MessageChannel, SmsProvider, SmtpSecurity, failure_parts
from salesapp.ui.shared.i18n import tr_noop, translate

CONTEXT = "Messaging"
_NAMES: dict[str, str] = {
    DeliveryState.QUEUED.value: tr_noop("Messaging", "queued"),
    DeliveryState.SENDING.value: tr_noop("Messaging", "sending…"),
    DeliveryState.SENT.value: tr_noop("Messaging", "sent"),
    DeliveryState.FAILED.value: tr_noop("Messaging", "failed"),
    DeliveryState.CANCELLED.value: tr_noop("Messaging", "cancelled"),
    "unknown": tr_noop("Messaging", "unknown: check before sending again"),
}
_CHANNELS = {
    MessageChannel.EMAIL: tr_noop("Messaging", "E-mail"),
    MessageChannel.SMS: tr_noop("Messaging", "SMS"),
    MessageChannel.LINE: tr_noop("Messaging", "LINE"),
}
_PROVIDERS = {
    SmsProvider.ESMS: tr_noop("Messaging", "eSMS.vn"),
    SmsProvider.SPEEDSMS: tr_noop("Messaging", "SpeedSMS.vn"),
    SmsProvider.GENERIC: tr_noop("Messaging", "Other gateway (HTTP)"),
}
_SECURITY = {
    SmtpSecurity.STARTTLS: tr_noop("Messaging", "STARTTLS"),
    SmtpSecurity.SSL: tr_noop("Messaging", "SSL/TLS"),
    SmtpSecurity.NONE: tr_noop("Messaging", "None (local server only)"),
}


def delivery_name(state: str) -> str:
    """ "sent", "failed", "unknown: check before sending again", …"""
    return translate(CONTEXT, _NAMES[state]) if state in _NAMES else state


def channel_name(channel: MessageChannel) -> str:
    """ "E-mail", "SMS", "LINE"."""
    return translate(CONTEXT, _CHANNELS[channel])


def provider_name(provider: SmsProvider) -> str:
    """The SMS gateway's name."""
    return translate(CONTEXT, _PROVIDERS[provider])


def security_name(security: SmtpSecurity) -> str:
    """How the SMTP connection is protected."""
    return translate(CONTEXT, _SECURITY[security])


def failure_text(stored: str) -> str:
    """Why a message failed, in the user's language (the provider's own words stay as they came)."""
    text, params = failure_parts(stored)
    if not text:
        return ""
    template = translate("errors", text)
    try:
        return template.format(**params) if params else template
    except (KeyError, IndexError, ValueError):
        return text
