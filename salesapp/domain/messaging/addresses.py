"""Where a message may go: an e-mail address, a mobile number in E.164, a LINE user id."""

from __future__ import annotations

import re

from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.messaging import MessageChannel
from salesapp.domain.phone import parse_phone
from salesapp.domain.text import clean_line

_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")
_LINE_USER = re.compile(r"^U[0-9a-f]{32}$")


def check_email(text: str, field: str = "to") -> str:
    """A cleaned e-mail address, or ValidationError."""
    address = clean_line(text).strip()
    if not _EMAIL.match(address) or len(address) > 254:
        raise ValidationError(msg("“{text}” is not an e-mail address."), field=field, text=address)
    return address


def check_line_user_id(text: str, field: str = "to") -> str:
    """A LINE user id as the Messaging API knows it ("U" and 32 hex digits), or ValidationError. It is not
    the LINE ID people type to add a friend: it comes from the official account (webhook, export)."""
    value = clean_line(text).strip()
    if not _LINE_USER.match(value):
        raise ValidationError(
            msg("“{text}” is not a LINE user id (it starts with U followed by 32 letters and digits)."),
            field=field,
            text=value,
        )
    return value


def check_address(channel: MessageChannel, text: str, country: str = "TH") -> str:
    """The address for `channel`, cleaned: e-mail, E.164 mobile number, LINE user id."""
    if not clean_line(text).strip():
        raise ValidationError(msg("Choose who receives the message."), field="to")
    if channel is MessageChannel.EMAIL:
        return check_email(text)
    if channel is MessageChannel.SMS:
        try:
            return parse_phone(text, country)
        except ValidationError as exc:
            exc.field = "to"
            raise
    return check_line_user_id(text)
