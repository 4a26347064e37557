"""Importing customers from CSV and XLSX: read the file, guess the columns, preview, write in one go.

`read_table` turns a file into a header and rows of strings; `guess_mapping` proposes which column holds
which customer field; `CustomerImportService.preview` says what each row would do and why a row is bad;
`run` writes everything in one transaction, or nothing at all when any row is bad or the user cancels.

Columns may also give each customer's country, salesperson and created date (what the export writes), so
an exported file imports into another database as the same customers; owner and created date apply to new
customers only. A row is matched to an existing customer by its phone numbers (E.164, against both the
phone and the second phone on file) first, then by e-mail. 100,000 rows import in a few seconds: rows are
validated into plain dicts (no ORM objects) on a helper thread while the database thread looks up the
customers of the previous chunk (500 values a query) and writes it with multi-row INSERTs (COPY on
PostgreSQL) and batched UPDATEs, all in one transaction.

The passes live in private modules: `_import_rows` checks the mapping and validates rows, `_import_match`
looks customers up and decides each row, `_import_write` writes the decided rows; `_import_types` holds
the modes, outcomes, preview and result, re-exported here.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, tzinfo

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import EntityKind
from salesapp.domain.errors import SalesappError, ValidationError, msg
from salesapp.domain.records import UserRecord
from salesapp.services.customers._import_match import Matcher
from salesapp.services.customers._import_rows import Entry, Staff, Validator, check_mapping
from salesapp.services.customers._import_types import (
    ImportMode,
    ImportPreview,
    ImportResult,
    RowAction,
    RowOutcome,
)
from salesapp.services.customers._import_write import BULK_CACHE_KIB, Writer
from salesapp.services.customers.pools import existing_pool
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.import_table import ImportTable

__all__ = [
    "CustomerImportService",
    "ImportMode",
    "ImportPreview",
    "ImportResult",
    "Progress",
    "RowAction",
    "RowOutcome",
    "ShouldCancel",
]

Progress = Callable[[int, int], None]
"""Called as progress(done, total) from the thread running the import."""
ShouldCancel = Callable[[], bool]

PIPE_CHUNK = 1000  # rows validated, matched and written at a time; between two the user may cancel


class _Cancelled(Exception):
    """Raised inside the transaction to roll it back when the user cancels."""


class _Failed(Exception):
    """Raised inside the transaction to roll it back when a row turned out bad."""


@contextlib.contextmanager
def _validated_ahead(validator: Validator, n: int) -> Iterator[Iterator[list[Entry | SalesappError]]]:
    """The validator's chunks, computed on a helper thread ahead of the caller.

    The caller looks customers up and writes to the database, where SQLite and PostgreSQL work without
    holding Python's lock; validating meanwhile on the second core makes a big import about a third
    faster. The thread stops when the caller leaves (done, cancelled or failed).
    """
    chunks: queue.SimpleQueue[list[Entry | SalesappError] | BaseException] = queue.SimpleQueue()
    stop = threading.Event()

    def work() -> None:
        try:
            for start in range(0, n, PIPE_CHUNK):
                if stop.is_set():
                    return
                chunks.put(validator.chunk(start, min(n, start + PIPE_CHUNK)))
        except BaseException as exc:  # handed to the caller, which raises it
            chunks.put(exc)

    def results() -> Iterator[list[Entry | SalesappError]]:
        for _ in range(0, n, PIPE_CHUNK):
            item = chunks.get()
            if isinstance(item, BaseException):
                raise item
            yield item

    thread = threading.Thread(target=work, name="salesapp-import-validate", daemon=True)
    thread.start()
    try:
        yield results()
    finally:
        stop.set()
        thread.join()


@acts_as_stored_user
class CustomerImportService:
    """Previews and runs customer imports; sales staff import into their own list and update only their own
    customers, managers import into the unassigned pool.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _start(
        self,
        actor: UserRecord,
        table: ImportTable,
        mapping: Mapping[int, str],
        mode: ImportMode,
        country: str,
        tz: tzinfo,
    ) -> tuple[Validator, Matcher]:
        if country not in ("TH", "VN"):
            raise ValidationError(msg("Choose Thailand or Vietnam."), field="country")
        mode = ImportMode(mode)
        columns = check_mapping(mapping, len(table.headers), mode)
        users: list[tuple[int, str, str]] = []
        if "owner" in columns:
            u = m.User
            users = list(m.tuples(u.select(u.id, u.username, u.display_name).where(u.active == True)))  # noqa: E712
        now = self.ctx.clock()
        context = (actor, Staff(users), tz, now)
        return Validator(table, columns, mode, country, context), Matcher(
            self.ctx.db, actor, table, columns, mode, country, now.astimezone(tz).date()
        )

    def preview(
        self,
        actor: UserRecord,
        table: ImportTable,
        mapping: Mapping[int, str],
        mode: ImportMode,
        country: str,
        *,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
        tz: tzinfo = UTC,
    ) -> ImportPreview:
        """What importing `table` would do, row by row, without writing anything (cancelled: empty).
        `tz` is the shop's time zone, in which created dates in the file are read."""
        validator, matcher = self._start(actor, table, mapping, mode, country, tz)
        n = len(table.rows)
        for start in range(0, n, PIPE_CHUNK):
            if should_cancel is not None and should_cancel():
                return ImportPreview(n, 0, 0, 0, (), ())
            matcher.chunk(start, validator.chunk(start, min(n, start + PIPE_CHUNK)))
            if progress is not None:
                progress(min(n, start + PIPE_CHUNK), n)
        plan = matcher.plan
        return ImportPreview(
            n, plan.created, plan.updated, plan.skipped, tuple(plan.sample), tuple(plan.errors)
        )

    def run(
        self,
        actor: UserRecord,
        table: ImportTable,
        mapping: Mapping[int, str],
        mode: ImportMode,
        country: str,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
        tz: tzinfo = UTC,
        pool_id: int | None = None,
    ) -> tuple[ImportResult, ChangeSet]:
        """Validate every row and write them all in one transaction with their activity rows.

        Rows are written as they are validated, and the transaction is rolled back when a row turns out
        bad (the result lists every bad row) or when `should_cancel()` turns true (the result says
        cancelled): either way nothing is left written. `progress(done, total)` follows the rows; created
        dates in the file are read in the shop's time zone `tz`. New customers without a salesperson go
        into pool `pool_id` (None: the default pool).
        """
        validator, matcher = self._start(actor, table, mapping, mode, country, tz)
        n = len(table.rows)
        pool = existing_pool(pool_id)
        writer = Writer(self.ctx.db, actor, self.ctx.clock(), table.name, pool)
        plan = matcher.plan
        try:
            with (
                self.ctx.db.bulk_cache(BULK_CACHE_KIB),
                self.ctx.db.atomic(),
                _validated_ahead(validator, n) as chunks,
            ):
                for start, entries in zip(range(0, n, PIPE_CHUNK), chunks, strict=True):
                    if should_cancel is not None and should_cancel():
                        raise _Cancelled
                    matcher.chunk(start, entries)
                    if not plan.errors:  # after a bad row only the other bad rows are looked for
                        writer.write(plan)
                    if progress is not None:
                        progress(min(n, start + PIPE_CHUNK), n)
                if plan.errors:
                    raise _Failed
                if should_cancel is not None and should_cancel():
                    raise _Cancelled
                writer.finish()
        except _Cancelled:
            return ImportResult(cancelled=True), ChangeSet()
        except _Failed:
            return ImportResult(skipped=plan.skipped, errors=tuple(plan.errors)), ChangeSet()
        result: ImportResult[RowOutcome] = ImportResult(plan.created, plan.updated, plan.skipped)
        return result, ChangeSet.of(EntityKind.CUSTOMER, writer.ids)
