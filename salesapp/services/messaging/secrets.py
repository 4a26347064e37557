"""The messaging accounts' passwords, API secrets and tokens, in this computer's keyring only.

They are never written to the database or a config file. Each desktop that sends needs them in its own
keyring (an administrator types them once per desktop); a desktop without one leaves that channel's
rows queued for a desktop that has it.
"""

from __future__ import annotations

import logging

from salesapp.db.url import DatabaseUrl

log = logging.getLogger(__name__)

SERVICE = "salesapp-messaging"
SMTP_PASSWORD = "smtp"
SMS_SECRET = "sms"
LINE_TOKEN = "line"
NAMES = (SMTP_PASSWORD, SMS_SECRET, LINE_TOKEN)


def _key(url: DatabaseUrl, name: str) -> str:
    where = str(url.path) if url.is_sqlite else f"{url.host}:{url.port}/{url.database}"
    return f"{name}@{where}"


def store_secret(url: DatabaseUrl, name: str, secret: str) -> bool:
    """Keep `secret` (empty: forget it); False when this computer has no usable keyring."""
    import keyring

    try:
        if secret:
            keyring.set_password(SERVICE, _key(url, name), secret)
        else:
            try:
                keyring.delete_password(SERVICE, _key(url, name))
            except keyring.errors.PasswordDeleteError:
                pass
    except Exception:  # no keyring, a locked one, a failing D-Bus service
        log.warning("a messaging secret cannot be kept in a keyring", exc_info=True)
        return False
    return True


def load_secret(url: DatabaseUrl, name: str) -> str:
    """The kept secret, or "" (none kept, or no keyring)."""
    import keyring

    try:
        return keyring.get_password(SERVICE, _key(url, name)) or ""
    except Exception:
        log.warning("the keyring could not be read", exc_info=True)
        return ""
