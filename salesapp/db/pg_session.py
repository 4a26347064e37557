"""The PostgreSQL connection of a session: a lost server is noticed, the dead connection dropped and a new
one opened on the next use, with back-off; every way of losing it is a ConnectionLost with a plain message.

psycopg marks a connection `broken` once the server went away (restart, network cut): without this every
later call failed with "the connection is closed" until the app was restarted. Nothing is retried behind the
caller's back: a transaction that lost its connection was rolled back by the server, so the caller (the user)
decides whether to save again.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import Any

import peewee as pw

from salesapp.db.url import DatabaseUrl
from salesapp.domain.errors import ConnectionLost, DatabaseOpenError, msg

# Seconds before the next connect attempt after 1, 2, 3, 4+ failed ones: a task queued while the server is
# away fails at once instead of waiting for a connect time-out each (5 s against an unreachable host).
RETRY_DELAYS = (0.25, 0.5, 1.0, 2.0)

LOST = msg(
    "The connection to the database server {server} was lost: nothing was saved. "
    "salesapp is reconnecting; try again in a moment."
)
LOST_AT_COMMIT = msg(
    "The connection to the database server {server} was lost while saving: the change may or may not have "
    "been saved. Once the connection is back, check before saving it again."
)
_DB_ERRORS = (pw.OperationalError, pw.InterfaceError)


class SessionDatabase(pw.PostgresqlDatabase):
    """A PostgresqlDatabase that turns a dead connection into ConnectionLost and reconnects on next use."""

    _state: Any  # peewee's per-thread connection state (conn, closed, transactions)

    def __init__(self, database: str, *, url: DatabaseUrl, **kwargs: Any) -> None:
        self.url = url
        self.server = f"{url.host}:{url.port}"
        self._retry_lock = threading.Lock()
        self._failures = 0
        self._next_try = 0.0
        self._ever_connected = False
        self.hides_password_hash = False  # a staff login role: `User.select()` leaves the hash out
        self._opened: list[Any] = []  # every thread's connection, for close_all
        super().__init__(database, **kwargs)

    def _connect(self) -> Any:
        conn = super()._connect()  # type: ignore[misc]  # peewee defines it per backend
        with self._retry_lock:
            self._opened = [c for c in self._opened if not c.closed] + [conn]
        return conn

    def close_all(self) -> None:
        """Close the connection of every thread that used this session (signing out: the next person
        connects as themselves); call it when no other thread is using it."""
        with self._retry_lock:
            opened, self._opened = self._opened, []
        for conn in opened:
            with contextlib.suppress(Exception):
                conn.close()
        if not self.is_closed():
            self._state.conn, self._state.closed = None, True

    # -- connecting ------------------------------------------------------------------------------------
    def connect(self, reuse_if_open: bool = False) -> bool:
        if self._ever_connected:
            if self.in_transaction():  # its connection died: the rest of the transaction must not run alone
                raise ConnectionLost(LOST, server=self.server)
            with self._retry_lock:
                waiting = self._failures and time.monotonic() < self._next_try
            if waiting:
                raise ConnectionLost(LOST, server=self.server)
        try:
            opened = bool(super().connect(reuse_if_open))
        except pw.OperationalError as exc:
            with self._retry_lock:
                self._failures += 1
                delay = RETRY_DELAYS[min(self._failures, len(RETRY_DELAYS)) - 1]
                self._next_try = time.monotonic() + delay
            if self._ever_connected and not _is_refusal(exc):
                raise ConnectionLost(LOST, server=self.server) from exc
            raise connect_error(exc, self.url) from exc
        with self._retry_lock:
            self._failures = 0
        self._ever_connected = True
        return opened

    def reconnect_now(self) -> None:
        """Forget the back-off and check the connection with a round trip (opening one if needed); a
        connection found dead on the way is replaced at once, so the answer is about the server now."""
        for attempt in range(2):
            with self._retry_lock:
                self._next_try = 0.0
            try:
                self.execute_sql("SELECT 1")
                return
            except ConnectionLost:
                if attempt or self.in_transaction():
                    raise

    # -- noticing a dead connection --------------------------------------------------------------------
    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)
        except _DB_ERRORS as exc:
            self._raise_if_dead(exc, LOST)
            raise

    def begin(self, isolation_level: Any = None) -> None:
        try:
            super().begin(isolation_level)
        except _DB_ERRORS as exc:
            self._raise_if_dead(exc, LOST)
            raise

    def commit(self) -> None:
        try:
            super().commit()
        except _DB_ERRORS as exc:
            self._raise_if_dead(exc, LOST_AT_COMMIT)
            raise

    def rollback(self) -> None:
        if self._state.closed:
            return  # the connection died with the transaction in it: the server rolled it back
        try:
            super().rollback()
        except _DB_ERRORS:
            if not self._dead():
                raise
            self._drop()

    def raise_if_lost(self, exc: BaseException) -> None:
        """For code that used the raw psycopg connection (the upsell claim's one-round-trip statement):
        when `exc` came from a dead connection, drop it and raise ConnectionLost like every other call."""
        self._raise_if_dead(exc, LOST)

    def _dead(self) -> bool:
        conn = self._state.conn
        return conn is None or bool(conn.closed) or bool(getattr(conn, "broken", False))

    def _raise_if_dead(self, exc: BaseException, text: str) -> None:
        if self._state.closed or not self._dead():
            return
        self._drop()
        raise ConnectionLost(text, server=self.server) from exc

    def _drop(self) -> None:
        """Forget the dead connection; the transaction stack stays so the `with` blocks unwind normally."""
        conn = self._state.conn
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        self._state.conn = None
        self._state.closed = True


def _is_refusal(exc: BaseException) -> bool:
    text = str(exc)
    return "password authentication failed" in text or "no password supplied" in text


def connect_error(exc: BaseException, url: DatabaseUrl) -> Exception:
    """The readable error for a failed connect: wrong password, no such database, or no server."""
    text = str(exc)
    if _is_refusal(exc):
        return DatabaseOpenError(
            msg("The server {server} refused the user name or password."), server=url.display()
        )
    if "does not exist" in text:
        return DatabaseOpenError(msg("The server has no database “{name}”."), name=url.database)
    detail = text.strip().splitlines()[-1] if text.strip() else type(exc).__name__
    return ConnectionLost(
        msg("The database server {server} cannot be reached: {detail}"),
        server=f"{url.host}:{url.port}",
        detail=detail,
    )


def open_postgresql(url: DatabaseUrl, password: str | None) -> SessionDatabase:
    """Connect to the server named by `url`; raises DatabaseOpenError or ConnectionLost when it cannot."""
    options = dict(url.options)
    db = SessionDatabase(
        url.database,
        url=url,
        user=url.user or None,
        password=password if password is not None else url.password,
        host=url.host,
        port=url.port,
        connect_timeout=int(options.get("connect_timeout", 5)),
        application_name="salesapp",
        # psycopg prepares a statement after 5 runs and the server may then switch to a generic plan,
        # which cannot see the LIKE pattern: trigram searches fell back to a filtered pk scan (19–72 ms
        # instead of 3–10). Plan every statement for its parameters.
        # JIT compiles a query whose estimated cost is high, as the row-level policies' subplans make a
        # salesperson's list queries look: ~250 ms of compiling for a 4 ms count. Lists never gain from it.
        options="-c plan_cache_mode=force_custom_plan -c jit=off",
        prefer_psycopg3=True,
    )
    db.connect()
    return db
