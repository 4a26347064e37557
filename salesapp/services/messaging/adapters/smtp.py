"""E-mail through the office's SMTP server (STARTTLS, SSL or plain), as one MIME message per recipient.

The subject and the sender's name are RFC 2047 encoded words and the body UTF-8, so Thai and Vietnamese
arrive intact. The Message-ID is made from the outbox row's idempotency key, the same on every attempt:
SMTP servers do not deduplicate on it, but a person checking the sent folder or the server's log for an
*unknown* row can find it. That is why an SMTP row left *sending* is never sent again automatically.
"""

from __future__ import annotations

import smtplib
import ssl
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr, formatdate

from salesapp.domain.errors import msg
from salesapp.domain.messaging import Outgoing, SmtpSecurity, SmtpSettings
from salesapp.services.messaging.adapters import SendFailure, Sent

REFUSED = msg("The mail server refused the message: {detail}")
NO_LOGIN = msg("The mail server refused the user name or password.")
UNREACHABLE = msg("The mail server could not be reached ({detail}).")
CUT_OFF = msg("The connection to the mail server broke while sending; the message may have been sent.")


def message_id(key: str, settings: SmtpSettings) -> str:
    """The Message-ID of an outbox row: its key at the sender's domain."""
    domain = settings.sender_address.rpartition("@")[2] or "salesapp.invalid"
    return f"<{key}@{domain}>"


def build_mime(message: Outgoing, settings: SmtpSettings) -> EmailMessage:
    """The MIME message: headers, a UTF-8 text body, attachments."""
    mime = EmailMessage()
    mime["Subject"] = message.subject
    mime["From"] = formataddr((settings.sender_name, settings.sender_address))
    mime["To"] = message.to
    if settings.reply_to:
        mime["Reply-To"] = settings.reply_to
    mime["Date"] = formatdate(localtime=False)
    mime["Message-ID"] = message_id(message.key, settings)
    mime.set_content(message.body, charset="utf-8")
    for attachment in message.attachments:
        main, _, sub = (attachment.mime or "application/octet-stream").partition("/")
        mime.add_attachment(
            attachment.data, maintype=main, subtype=sub or "octet-stream", filename=attachment.name
        )
    return mime


class SmtpAdapter:
    """Sends e-mail through one SMTP server."""

    deduplicates = False

    def __init__(self, settings: SmtpSettings, password: str) -> None:
        self.settings = settings
        self.password = password

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.security is SmtpSecurity.SSL:
            return smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=ssl.create_default_context())
        client = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        if s.security is SmtpSecurity.STARTTLS:
            client.starttls(context=ssl.create_default_context())
        return client

    def send(self, message: Outgoing) -> Sent:
        """Connect, sign in when a user is set, send, quit."""
        mime = build_mime(message, self.settings)
        try:
            client = self._connect()
        except (OSError, smtplib.SMTPException) as exc:  # nothing went out
            raise SendFailure(UNREACHABLE, retry=True, detail=str(exc) or type(exc).__name__) from exc
        try:
            try:
                if self.settings.user:
                    client.login(self.settings.user, self.password)
            except smtplib.SMTPAuthenticationError as exc:
                raise SendFailure(NO_LOGIN, retry=False) from exc
            except (OSError, smtplib.SMTPException) as exc:
                raise SendFailure(UNREACHABLE, retry=True, detail=str(exc)) from exc
            try:
                client.send_message(mime, from_addr=self.settings.sender_address, to_addrs=[message.to])
            except smtplib.SMTPRecipientsRefused as exc:
                detail = "; ".join(f"{k}: {v[1]!r}" for k, v in exc.recipients.items())
                raise SendFailure(REFUSED, retry=False, detail=detail) from exc
            except smtplib.SMTPResponseException as exc:
                text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else ""
                raise SendFailure(
                    REFUSED, retry=400 <= exc.smtp_code < 500, detail=f"{exc.smtp_code} {text}"
                ) from exc
            except (TimeoutError, OSError, smtplib.SMTPServerDisconnected) as exc:
                raise SendFailure(CUT_OFF, retry=False, maybe_sent=True) from exc
        finally:
            try:
                client.quit()
            except (OSError, smtplib.SMTPException):
                client.close()
        return Sent(str(mime["Message-ID"]))


def sender_address(settings: SmtpSettings) -> Address:
    """The From address as an email.headerregistry.Address (for checks)."""
    user, _, domain = settings.sender_address.partition("@")
    return Address(settings.sender_name, user, domain)
