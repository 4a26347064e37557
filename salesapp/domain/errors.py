"""Domain errors carrying an English message template that the UI translates (context "errors")."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def msg(text: str) -> str:
    """Mark `text` for translation in the "errors" context; returns it unchanged."""
    return text


class SalesappError(Exception):
    """Base of every error a user may be shown; `text` is a translatable template, `params` fill it."""

    def __init__(self, text: str, /, **params: Any) -> None:
        self.text = text
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message with its parameters filled in."""
        return self.text.format(**self.params) if self.params else self.text


class ValidationError(SalesappError):
    """Input that breaks a rule; `field` names the offending input when there is one."""

    def __init__(self, text: str, /, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(text, **params)


class AuthError(SalesappError):
    """Sign-in refused: wrong user name or password, or an inactive account."""


class SignInLocked(AuthError):
    """Sign-in refused before the password was checked: too many wrong passwords in a row for this user
    name. `until` (aware UTC) is when it may be tried again; the UI shows it in local time."""

    def __init__(self, text: str, /, until: datetime, **params: Any) -> None:
        self.until = until
        super().__init__(text, time=until.strftime("%H:%M"), **params)


class PermissionDenied(SalesappError):
    """The acting user's role does not allow this action."""


class NotFound(SalesappError):
    """The record no longer exists (deleted on another desktop, say)."""


class StaleRecordError(SalesappError):
    """Another desktop saved the record after it was loaded here; the save was refused."""

    def __init__(self, changed_by: str, changed_at: datetime) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at
        super().__init__(
            msg("This record was changed by {user} at {time}. Reload it and apply your change again."),
            user=changed_by,
            time=changed_at.strftime("%H:%M"),
        )


class DatabaseOpenError(SalesappError):
    """The database cannot be opened or used: missing, not a database, newer schema, unsafe location."""


class ConnectionLost(SalesappError):
    """The database server cannot be reached right now."""
