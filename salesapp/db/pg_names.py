"""PostgreSQL role names of one shop's database: its group roles and each staff member's login role.

Roles belong to the whole server, which may hold several shops' databases, so every name starts with a
prefix made from the database name and a short hash of it: two databases never share a role, even when
their names differ only by characters a role name should not carry. A name stays within PostgreSQL's 63
bytes; a long user name is cut and ends with a hash of the whole name, so it stays unique.

The app computes a login role from the database and the user name typed at sign-in, before any
connection exists; the `users.pg_role` column keeps the same name for the row-level policies.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from salesapp.domain.text import clean_line

MAX_NAME_BYTES = 63
GROUPS = ("owner", "sales", "manager", "admin")
"""The group roles of a database: the owner of every table, and one per app role."""


def _hash(text: str, n: int = 6) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def role_prefix(database: str) -> str:
    """The prefix of every role of `database`: its name in [a-z0-9_] (at most 24 characters) and a hash."""
    clean = re.sub(r"[^a-z0-9_]+", "_", database.lower()).strip("_")[:24] or "db"
    return f"{clean}_{_hash(database)}"


def group_role(database: str, group: str) -> str:
    """The group role `group` (one of GROUPS) of `database`, e.g. ``shop_1a2b3c_sales``."""
    if group not in GROUPS:
        raise ValueError(group)
    return f"{role_prefix(database)}_{group}"


def _cut_bytes(text: str, limit: int) -> str:
    out = text.encode("utf-8")[:limit]
    return out.decode("utf-8", errors="ignore")


def login_role(database: str, username: str) -> str:
    """The login role of the staff member `username` (already casefolded) in `database`:
    ``<prefix>.<username>``, or ``<prefix>.<start of username>~<hash>`` when that is over 63 bytes."""
    head = f"{role_prefix(database)}."
    name = head + username
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    tail = "~" + _hash(username)
    room = MAX_NAME_BYTES - len(head.encode("utf-8")) - len(tail)
    return head + _cut_bytes(username, room) + tail


def server_address(url: str) -> str:
    """A PostgreSQL URL without its user and password: the office server and database alone (what a
    desktop keeps; each person signs in as themselves)."""
    parts = urlsplit(url.strip())
    netloc = f"{parts.hostname or 'localhost'}:{parts.port or 5432}"
    return urlunsplit(("postgresql", netloc, parts.path, parts.query, ""))


def login_url(url: str, username: str) -> str:
    """The URL that connects to the server of `url` as `username`'s own login role (the user name as
    typed at sign-in: trimmed and casefolded like the accounts' names)."""
    parts = urlsplit(server_address(url))
    database = unquote(parts.path.strip("/"))
    role = login_role(database, clean_line(username).casefold())
    return urlunsplit(("postgresql", f"{quote(role, safe='')}@{parts.netloc}", parts.path, parts.query, ""))
