"""Customer import, writing: the decided rows inserted and updated in bulk, with their activity rows."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from salesapp.db.connection import Database
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.records import UserRecord
from salesapp.services.customers._import_match import Plan
from salesapp.services.shared.audit import log_activities

WRITE_CHUNK = 500  # rows per INSERT / UPDATE statement (SQLite allows 32,766 parameters)

_NO_CHANGES: Mapping[str, tuple[Any, Any]] = {}
_PER_ROW = ("owner_id", "created_at")  # a new customer's own owner and created date, not profile columns
BULK_CACHE_KIB = 128 * 1024


class Writer:
    """Writes a plan's new rows as they are decided: multi-row INSERTs with ids given (COPY on PostgreSQL)
    and batched UPDATEs checking each row's version; the activity rows go in at the end.
    """

    def __init__(
        self, db: Database, actor: UserRecord, now: datetime, source: str, pool: tuple[int, str]
    ) -> None:
        self.db, self.actor, self.now, self.source = db, actor, now, source
        self.pool_id, pool_name = pool  # where new customers without a salesperson wait
        self.into_pool: Mapping[str, tuple[Any, Any]] = {"pool": (None, pool_name)}
        self.cursor = db.pw.cursor()
        self.stamp = str(to_db(now))
        self.owner = None if actor.is_manager else actor.id
        self.ids: list[int] = []
        self.activities: list[tuple[int, Action, Mapping[str, tuple[Any, Any]], str]] = []

    def write(self, plan: Plan) -> None:
        """Write what `plan` decided since the last call, and forget it."""
        if plan.creates:
            self._insert(plan.creates)
            plan.creates = []
        if plan.updates:
            self._update(plan.updates)
            plan.updates = []

    def _insert(self, creates: list[dict[str, Any]]) -> None:
        names = [name for name in creates[0] if name not in _PER_ROW]
        columns = ("id", *names, "owner_id", "pool_id", "created_at", "imported_at", "created_by_id",
                   "updated_at", "updated_by_id", "version")  # fmt: skip
        tail = (self.stamp, self.actor.id, self.stamp, self.actor.id, 1)
        ids = _reserve_ids(self.db, self.cursor, len(creates))
        rows = []
        for cid, values in zip(ids, creates, strict=True):
            # The activity names the file; the values are on the customer. Listing every field as for a
            # customer typed in would double the time of a big import.
            owner_id, created = values.pop("owner_id", self.owner), values.pop("created_at", None)
            logged = self.into_pool if owner_id is None else _NO_CHANGES  # the history names the pool
            self.activities.append((cid, Action.IMPORTED, logged, self.source))
            if values["birth_date"] is not None:
                values["birth_date"] = values["birth_date"].isoformat()  # SQLite's date adapter is deprecated
            # The created date the file gives (a customer exported elsewhere), else now, as naive UTC text.
            created_at = str(to_db(created)) if created is not None else self.stamp
            pool_id = self.pool_id if owner_id is None else None
            rows.append((cid, *values.values(), owner_id, pool_id, created_at, *tail))
        for start in range(0, len(rows), WRITE_CHUNK):
            _insert(self.db, self.cursor, "customers", columns, rows[start : start + WRITE_CHUNK])
        self.ids.extend(ids)

    def _update(self, updates: list[tuple[int, int, dict[str, Any], dict[str, tuple[Any, Any]]]]) -> None:
        names = list(updates[0][2])
        param = self.db.pw.param
        sql = (
            "UPDATE customers SET " + ", ".join(f"{k} = {param}" for k in names)
            + f", version = version + 1, updated_at = {param}, updated_by_id = {param}, imported_at = {param}"
            + f" WHERE id = {param} AND version = {param}"
        )  # fmt: skip
        for start in range(0, len(updates), WRITE_CHUNK):
            batch = updates[start : start + WRITE_CHUNK]
            params = [
                (*[_db_value(values[k]) for k in names], self.stamp, self.actor.id, self.stamp, cid, version)
                for cid, version, values, _ in batch
            ]
            self.cursor.executemany(sql, params)
            if self.cursor.rowcount != len(batch):
                raise ValidationError(
                    msg("Another desktop changed some of these customers meanwhile. Nothing was imported: "
                        "run the import again.")
                )  # fmt: skip
        self.activities.extend((cid, Action.UPDATED, changes, self.source) for cid, _, _, changes in updates)
        self.ids.extend(u[0] for u in updates)

    def finish(self) -> None:
        if self.activities:
            log_activities(self.actor, EntityKind.CUSTOMER, self.activities, self.now)


def _db_value(value: Any) -> Any:
    # Dates as ISO text: SQLite's default date adapter is deprecated, and PostgreSQL parses the text.
    return value.isoformat() if isinstance(value, date) else value


def _reserve_ids(db: Database, cursor: Any, count: int) -> list[int]:
    """Ids for `count` new customers, given explicitly so that nothing is read back after inserting.

    SQLite: the write transaction holds the only write lock, so the ids after the largest are free.
    PostgreSQL: taken from the id sequence, so other desktops inserting meanwhile get other ids.
    """
    if db.is_sqlite:
        cursor.execute("SELECT COALESCE(MAX(id), 0) FROM customers")
        first = int(cursor.fetchone()[0]) + 1
        return list(range(first, first + count))
    cursor.execute(
        "SELECT nextval(pg_get_serial_sequence('customers', 'id')) FROM generate_series(1, %s)", (count,)
    )
    return [int(r[0]) for r in cursor.fetchall()]


def _insert(
    db: Database, cursor: Any, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """A multi-row INSERT on SQLite (the full-text trigger then flushes once per statement, not per row)
    and COPY on PostgreSQL, as demo.py writes its bulk data.
    """
    if not db.is_sqlite:
        cursor.execute("SELECT row_security_active(%s)", (table,))
        if not cursor.fetchone()[0]:
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
    # SQLite, and a staff member's own role on PostgreSQL: COPY refuses a table under row-level security.
    marks = "(" + ", ".join(("?" if db.is_sqlite else "%s") for _ in columns) + ")"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES " + ", ".join([marks] * len(rows))
    cursor.execute(sql, tuple(itertools.chain.from_iterable(rows)))
