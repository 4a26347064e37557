"""Each staff member's own PostgreSQL login role: created with their account, its password changed with
theirs, moved between group roles with their app role, NOLOGIN while the account is disabled.

Administrators' login roles have CREATEROLE (they create and change their colleagues' roles) and, through
the administrators' group, may `SET ROLE` to the owner to run migrations (see `pg_security`). On
PostgreSQL 15 a role with CREATEROLE may change any role of the server that is not a superuser: shops
that share one server but not their administrators need PostgreSQL 16 or later, or a server each.

Passwords never travel in clear text in a statement: libpq computes the SCRAM-SHA-256 verifier on this
computer and only the verifier is sent (it cannot be turned back into the password). Everything here runs
in the caller's transaction: a refused statement rolls the account's change back with it. Nothing happens
on SQLite.
"""

from __future__ import annotations

from typing import Any

import peewee as pw
import psycopg

from salesapp.db.pg_names import login_role
from salesapp.db.pg_security import database_name, groups, quote
from salesapp.db.url import DatabaseUrl

GROUP_OF_ROLE = {"sales": "sales", "manager": "manager", "admin": "admin"}


def _is_pg(db: pw.Database) -> bool:
    return isinstance(db, pw.PostgresqlDatabase)


def _exists(db: pw.Database, role: str) -> bool:
    return db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is not None


def _verifier(db: pw.Database, role: str, password: str) -> str:
    conn: Any = db.connection()
    raw = conn.pgconn.encrypt_password(password.encode("utf-8"), role.encode("utf-8"), b"scram-sha-256")
    text = bytes(raw).decode("ascii")
    return "'" + text.replace("'", "''") + "'"


def role_name(db: pw.Database, username: str) -> str:
    """The login role of `username` in this database."""
    return login_role(database_name(db), username)


def create_login(db: pw.Database, user_id: int, username: str, app_role: str, password: str | None) -> str:
    """Create (or take over, after a restore under the same name) the login role of an account, member
    of its app role's group; note it in `users.pg_role`. Returns the role name; nothing on SQLite."""
    if not _is_pg(db):
        return ""
    role = role_name(db, username)
    if not _exists(db, role):
        db.execute_sql(f"CREATE ROLE {quote(role)} LOGIN")
    if password is not None:
        db.execute_sql(f"ALTER ROLE {quote(role)} PASSWORD {_verifier(db, role, password)}")
    set_group(db, username, app_role)
    db.execute_sql("UPDATE users SET pg_role = %s WHERE id = %s", (role, user_id))
    return role


def set_password(db: pw.Database, user_id: int, username: str, app_role: str, password: str) -> None:
    """Give the login role of `username` a new password: `ALTER ROLE CURRENT_USER` when it is the
    connected role itself (needs no CREATEROLE), else by name (an administrator's reset); an account
    from before migration 18 gets its login role now."""
    if not _is_pg(db):
        return
    role = role_name(db, username)
    if db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None:
        create_login(db, user_id, username, app_role, password)
        return
    me = db.execute_sql("SELECT current_user").fetchone()[0]
    target = "CURRENT_USER" if me == role else quote(role)
    db.execute_sql(f"ALTER ROLE {target} PASSWORD {_verifier(db, role, password)}")
    if me == role:  # this session's next connection (another thread, a reconnect) needs the new one
        db.connect_params["password"] = password


def set_group(db: pw.Database, username: str, app_role: str) -> None:
    """Make the login role a member of `app_role`'s group only; CREATEROLE for administrators."""
    if not _is_pg(db) or not _exists(db, role_name(db, username)):
        return  # an account from before migration 18: its login role comes with its next password
    role = quote(role_name(db, username))
    g = groups(db)
    for name, group in GROUP_OF_ROLE.items():
        if name != app_role:
            db.execute_sql(f"REVOKE {quote(g[group])} FROM {role}")
    db.execute_sql(f"GRANT {quote(g[GROUP_OF_ROLE[app_role]])} TO {role}")
    db.execute_sql(f"ALTER ROLE {role} {'CREATEROLE' if app_role == 'admin' else 'NOCREATEROLE'}")


def set_enabled(db: pw.Database, username: str, active: bool) -> None:
    """LOGIN again, or NOLOGIN: a disabled person cannot connect; a session still open sees nothing,
    as the policies read the account's `active` at each query."""
    role = role_name(db, username) if _is_pg(db) else ""
    if role and _exists(db, role):
        db.execute_sql(f"ALTER ROLE {quote(role)} {'LOGIN' if active else 'NOLOGIN'}")


def check_password(url: DatabaseUrl, username: str, password: str) -> bool:
    """True when the server accepts `password` for `username`'s login role (a connection of its own,
    closed at once): how an old password is checked on PostgreSQL, where staff cannot read hashes."""
    try:
        conn = psycopg.connect(
            host=url.host,
            port=url.port,
            dbname=url.database,
            user=login_role(url.database, username),
            password=password,
            connect_timeout=5,
        )
    except psycopg.OperationalError:
        return False
    conn.close()
    return True
