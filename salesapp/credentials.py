"""Database server passwords in the operating system's keyring, never in a plain file."""

from __future__ import annotations

from urllib.parse import urlsplit

SERVICE = "salesapp"


def _key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.username or ''}@{parts.hostname or ''}:{parts.port or 5432}/{parts.path.lstrip('/')}"


def store_password(url: str, password: str) -> None:
    """Remember the password for the server named by `url` (user, host, port and database)."""
    import keyring

    keyring.set_password(SERVICE, _key(url), password)


def load_password(url: str) -> str | None:
    """The remembered password for `url`, or None."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, _key(url))
    except KeyringError:
        return None
