"""Database server passwords in the operating system's keyring, never in a plain file.

A computer may have no keyring at all (a Linux desktop without a secret service): then nothing is kept and
the password is asked at each start.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

SERVICE = "salesapp"


def _key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.username or ''}@{parts.hostname or ''}:{parts.port or 5432}/{parts.path.lstrip('/')}"


def store_password(url: str, password: str) -> bool:
    """Remember the password for the server named by `url` (user, host, port and database); False when
    this computer cannot keep it (no keyring, or the keyring refused)."""
    import keyring

    try:
        keyring.set_password(SERVICE, _key(url), password)
    except Exception:  # no keyring, a locked one, a failing D-Bus service: the password is simply not kept
        log.warning("the server password cannot be kept in a keyring", exc_info=True)
        return False
    return True


def load_password(url: str) -> str | None:
    """The remembered password for `url`, or None."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, _key(url))
    except KeyringError:
        return None


def can_remember() -> bool:
    """True when this computer has a keyring to keep passwords in."""
    import keyring
    from keyring.errors import NoKeyringError

    try:
        keyring.get_password(SERVICE, "")
    except NoKeyringError:
        return False
    except Exception:  # a keyring that is there but locked or failing still counts as one
        return True
    return True
