"""Change notices between desktops sharing a PostgreSQL server (LISTEN/NOTIFY); nothing on SQLite."""

from __future__ import annotations

import json
from collections.abc import Mapping

import peewee as pw

from salesapp.db.models import database_proxy
from salesapp.db.url import DatabaseUrl

CHANNEL = "salesapp_changes"


def publish(payload: Mapping[str, list[int]]) -> None:
    """Queue a notice inside the current transaction: delivered to every listener on commit."""
    db = database_proxy.obj
    if isinstance(db, pw.PostgresqlDatabase):
        db.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, json.dumps(payload)))


class ChangeFeed:
    """A separate autocommit connection that LISTENs; the GUI watches `fileno()` and calls `read()`."""

    def __init__(self, url: DatabaseUrl, password: str | None) -> None:
        import psycopg

        self._conn = psycopg.connect(
            host=url.host, port=url.port, user=url.user or None, dbname=url.database,
            password=password if password is not None else url.password,
            autocommit=True, connect_timeout=5, application_name="salesapp-listen",
        )  # fmt: skip
        self._conn.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        """The socket to watch for readability."""
        return int(self._conn.fileno())

    def read(self) -> list[dict[str, list[int]]]:
        """Pending notices (never blocks); raises ConnectionError when the server is gone."""
        import psycopg

        try:
            return [json.loads(n.payload) for n in self._conn.notifies(timeout=0)]
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            raise ConnectionError(str(exc)) from exc

    def close(self) -> None:
        """Close the listening connection."""
        self._conn.close()
