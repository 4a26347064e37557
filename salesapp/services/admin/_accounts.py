"""What the account services share for PostgreSQL: a users row read without its password hash (staff
roles may not read that column), and checking a password against the server itself."""

from __future__ import annotations

from salesapp.db import models as m
from salesapp.db.pg_logins import check_password
from salesapp.domain.errors import AuthError, msg
from salesapp.services.shared.context import ServiceContext


def account_row(user_id: int) -> m.User:
    """The users row of `user_id`, every column but `password_hash`."""
    fields = [f for f in m.User._meta.sorted_fields if f.name != "password_hash"]
    return m.User.select(*fields).where(m.User.id == user_id).get()


def check_server_password(ctx: ServiceContext, username: str, password: str) -> None:
    """On PostgreSQL the server checks a password (SCRAM against the login role); AuthError when wrong."""
    if not check_password(ctx.db.url, username, password):
        raise AuthError(msg("Wrong user name or password."))
