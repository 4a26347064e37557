"""Importing customers from CSV and XLSX: read the file, guess the columns, preview, write in one go.

`read_table` turns a file into a header and rows of strings; `guess_mapping` proposes which column holds
which customer field; `CustomerImportService.preview` says what each row would do and why a row is bad;
`run` writes everything in one transaction, or nothing at all when any row is bad or the user cancels.

A row is matched to an existing customer by its phone numbers (E.164, against both the phone and the
second phone on file) first, then by e-mail. 100,000 rows import in a few seconds: rows are validated
into plain dicts (no ORM objects) on a helper thread while the database thread looks up the customers of
the previous chunk (500 values a query) and writes it with multi-row INSERTs (COPY on PostgreSQL) and
batched UPDATEs, all in one transaction.
"""

from __future__ import annotations

import contextlib
import itertools
import queue
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from salesapp.db.connection import Database
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Action, Channel, EntityKind
from salesapp.domain.errors import SalesappError, ValidationError, msg
from salesapp.domain.phone import parse_phone
from salesapp.domain.records import UserRecord
from salesapp.domain.text import clean_line, search_key
from salesapp.services.customers.customer_service import (
    CustomerInput,
    check_customer_access,
    validate_customer,
)
from salesapp.services.shared.audit import diff, log_activities
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.import_table import CHANNEL_NAMES, IMPORT_FIELDS, PUNCTUATION, ImportTable

Progress = Callable[[int, int], None]
"""Called as progress(done, total) from the thread running the import."""
ShouldCancel = Callable[[], bool]

LOOKUP_CHUNK = 500  # values per look-up query
WRITE_CHUNK = 500  # rows per INSERT / UPDATE statement (SQLite allows 32,766 parameters)
PIPE_CHUNK = 1000  # rows validated, matched and written at a time; between two the user may cancel
PREVIEW_ROWS = 200  # rows of every kind a preview keeps (error rows are all kept)


class ImportMode(StrEnum):
    """What to do with rows that match an existing customer and rows that do not."""

    CREATE = "create"  # only add new customers; rows matching one are skipped
    CREATE_UPDATE = "create_update"  # add new customers and update the matched ones
    UPDATE_ONLY = "update_only"  # only update matched customers; other rows are skipped


class RowAction(StrEnum):
    """What an import does with one row."""

    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    ERROR = "error"


@dataclass(frozen=True)
class RowOutcome:
    """What happens to one row: its line, the action, and for errors and skips the reason."""

    line: int
    action: RowAction
    name: str
    phone: str
    email: str
    error: SalesappError | None = None
    customer_id: int | None = None

    @property
    def reason(self) -> str:
        """The reason in English (the UI translates `error` itself)."""
        return self.error.message if self.error is not None else ""


@dataclass(frozen=True)
class ImportPreview:
    """The counts of a planned import, the first rows and every bad row."""

    total: int
    to_create: int
    to_update: int
    skipped: int
    rows: tuple[RowOutcome, ...]
    errors: tuple[RowOutcome, ...]

    @property
    def ok(self) -> bool:
        """True when no row is bad, so the import may run."""
        return not self.errors


@dataclass(frozen=True)
class ImportResult:
    """What an import did; with bad rows or a cancel nothing was written."""

    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: tuple[RowOutcome, ...] = ()
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when the rows were written."""
        return not self.errors and not self.cancelled


# ---------------------------------------------------------------------------------------------- reading


_DATE = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:[ T].*)?")


def _channel(text: str) -> Channel | None:
    if not text:
        return None
    channel = CHANNEL_NAMES.get(PUNCTUATION.sub("", search_key(text)))
    if channel is None:
        raise ValidationError(msg("“{text}” is not a sales channel."), field="channel", text=text)
    return channel


def _birth_date(text: str) -> date | None:
    """A date written as YYYY-MM-DD or DD/MM/YYYY (also with . or -), Buddhist-era years allowed."""
    if not text:
        return None
    match = _DATE.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError(text)
        a, b, c = (int(g) for g in match.groups())
        year, month, day = (a, b, c) if len(match.group(1)) == 4 else (c, b, a)
        if year > 2400:
            year -= 543  # พ.ศ.: Thai documents count years from 543 BC
        if year < 100:
            raise ValueError(text)
        return date(year, month, day)
    except ValueError:
        raise ValidationError(msg("“{text}” is not a date."), field="birth_date", text=text) from None


def _restore_zero(text: str) -> str:
    """A phone number that lost its leading 0 in a spreadsheet ("812345678") gets it back: 8 or 9 digits
    without it are never a valid number, so nothing valid is changed.
    """
    return "0" + text if len(text) in (8, 9) and text.isdigit() and text[0] != "0" else text


def _parse_phone(text: str, country: str, field_name: str) -> str | None:
    if not text:
        return None
    try:
        return parse_phone(_restore_zero(text), country)
    except ValidationError as exc:
        exc.field = field_name
        raise


# A validated row: its column values (None when it has no name), the missing-name error (it may still
# update a customer found by phone or e-mail), its phone, second phone and e-mail. A bad row is its error.
_Entry = tuple[dict[str, Any] | None, SalesappError | None, str | None, str | None, str | None]
_KEYS = ("search_key", "sort_name")
_TEXT_FIELDS = frozenset(IMPORT_FIELDS) - {"phone", "phone2", "channel", "birth_date"}
_NO_CHANGES: Mapping[str, tuple[Any, Any]] = {}
_NO_MATCH = ValidationError(msg("No customer has this phone number or e-mail address."))
_EXISTS = ValidationError(msg("Already a customer: left as it is."))
_UNCHANGED = ValidationError(msg("Nothing to change."))
# Columns read for a matched customer, in the order of the look-up query.
_MATCH_COLUMNS = ("id", "owner_id", "version", "country", *IMPORT_FIELDS)
_BULK_CACHE_KIB = 128 * 1024


def _check_mapping(mapping: Mapping[int, str], width: int, mode: ImportMode) -> dict[str, int]:
    columns: dict[str, int] = {}
    for column, name in sorted(mapping.items()):
        if name not in IMPORT_FIELDS or not 0 <= column < width:
            raise ValueError(f"bad mapping {column} → {name}")
        if name in columns:
            raise ValidationError(msg("Two columns are mapped to the same field."), field="mapping")
        columns[name] = column
    if mode is not ImportMode.UPDATE_ONLY and "name" not in columns:
        raise ValidationError(msg("Choose the column that holds the customer's name."), field="mapping")
    if mode is not ImportMode.CREATE and "phone" not in columns and "email" not in columns:
        raise ValidationError(
            msg("Choose the column with the phone number or the e-mail address to find customers by."),
            field="mapping",
        )
    return columns


class _Validator:
    """Pass 1, pure Python (so it can run on a helper thread): every row checked by validate_customer,
    and the rows that repeat an earlier row's phone or e-mail.
    """

    def __init__(self, table: ImportTable, columns: dict[str, int], mode: ImportMode, country: str) -> None:
        self.table, self.pick, self.mode, self.country = table, list(columns.items()), mode, country
        self.seen_phone: dict[str, int] = {}
        self.seen_email: dict[str, int] = {}

    def chunk(self, start: int, stop: int) -> list[_Entry | SalesappError]:
        out: list[_Entry | SalesappError] = []
        pick, seen_phone, seen_email = self.pick, self.seen_phone, self.seen_email
        for row, line in zip(self.table.rows[start:stop], self.table.lines[start:stop], strict=True):
            try:
                entry = self._validate({name: row[column] for name, column in pick})
                _, _, phone1, phone2, email = entry
                for phone in (phone1, phone2):
                    if phone and phone in seen_phone:
                        raise ValidationError(
                            msg("The phone number {phone} is also on line {line}."),
                            field="phone", phone=phone, line=seen_phone[phone],
                        )  # fmt: skip
                if email and email in seen_email:
                    raise ValidationError(
                        msg("The e-mail address {email} is also on line {line}."),
                        field="email", email=email, line=seen_email[email],
                    )  # fmt: skip
            except SalesappError as exc:
                out.append(exc)
                continue
            for phone in (phone1, phone2):
                if phone:
                    seen_phone[phone] = line
            if email:
                seen_email[email] = line
            out.append(entry)
        return out

    def _validate(self, raw: dict[str, str]) -> _Entry:
        values: dict[str, Any] = {name: text for name, text in raw.items() if name in _TEXT_FIELDS}
        values.setdefault("name", "")
        phone, phone2 = _restore_zero(raw.get("phone", "")), _restore_zero(raw.get("phone2", ""))
        data = CustomerInput(
            **values, phone=phone, phone2=phone2, channel=_channel(raw.get("channel", "")),
            birth_date=_birth_date(raw.get("birth_date", "")), country=self.country,
        )  # fmt: skip
        try:
            checked = validate_customer(data)
        except ValidationError as exc:
            if exc.field != "name" or self.mode is ImportMode.CREATE:
                raise
            email = clean_line(data.email).lower() or None
            p1, p2 = _parse_phone(phone, self.country, "phone"), _parse_phone(phone2, self.country, "phone2")
            return None, exc, p1, p2, email
        return checked, None, checked["phone"], checked["phone2"], checked["email"]


@dataclass
class _Plan:
    """What the rows do: new customers, updates, counts, the first outcomes and every bad row."""

    shown: tuple[int | None, int | None, int | None]  # the columns of name, phone and e-mail, to show
    creates: list[dict[str, Any]] = field(default_factory=list)
    updates: list[tuple[int, int, dict[str, Any], dict[str, tuple[Any, Any]]]] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    skipped: int = 0
    sample: list[RowOutcome] = field(default_factory=list)
    errors: list[RowOutcome] = field(default_factory=list)

    def add(
        self,
        row: tuple[str, ...],
        line: int,
        action: RowAction,
        error: SalesappError | None = None,
        customer_id: int | None = None,
    ) -> None:
        if action is RowAction.SKIP:
            self.skipped += 1
        elif action is RowAction.CREATE:
            self.created += 1
        elif action is RowAction.UPDATE:
            self.updated += 1
        # Outcomes are kept only for what a preview shows: 100,000 of them would cost half a second.
        if action is not RowAction.ERROR and len(self.sample) >= PREVIEW_ROWS:
            return
        shown = [row[c] if c is not None else "" for c in self.shown]
        outcome = RowOutcome(line, action, shown[0], shown[1], shown[2], error, customer_id)
        if action is RowAction.ERROR:
            self.errors.append(outcome)
        if len(self.sample) < PREVIEW_ROWS:
            self.sample.append(outcome)


class _Matcher:
    """Pass 2, on the database thread: find each row's customer (looked up per chunk, 500 values a query)
    and decide whether the row creates, updates, is skipped or is bad.
    """

    def __init__(
        self, db: Database, actor: UserRecord, table: ImportTable, columns: dict[str, int], mode: ImportMode,
        country: str,
    ) -> None:  # fmt: skip
        self.db, self.actor, self.table, self.mode, self.country = db, actor, table, mode, country
        self.pick = list(columns.items())
        self.plan = _Plan((columns.get("name"), columns.get("phone"), columns.get("email")))
        self.matched_lines: dict[int, int] = {}

    def chunk(self, start: int, entries: list[_Entry | SalesappError]) -> None:
        phones = [p for e in entries if not isinstance(e, SalesappError) for p in (e[2], e[3]) if p]
        emails = [e[4] for e in entries if not isinstance(e, SalesappError) and e[4]]
        by_phone, by_email = _lookup(self.db, phones, emails)
        plan, rows, lines = self.plan, self.table.rows, self.table.lines
        for i, entry in enumerate(entries, start):
            row, line = rows[i], lines[i]
            if isinstance(entry, SalesappError):
                plan.add(row, line, RowAction.ERROR, entry)
                continue
            values, nameless, phone1, phone2, email = entry
            existing = next((by_phone[p] for p in (phone1, phone2) if p and p in by_phone), None)
            if existing is None and email:
                existing = by_email.get(email)
            try:
                self._decide(row, line, values, nameless, phone1, phone2, existing)
            except SalesappError as exc:
                plan.add(row, line, RowAction.ERROR, exc)

    def _decide(
        self,
        row: tuple[str, ...],
        line: int,
        values: dict[str, Any] | None,
        nameless: SalesappError | None,
        phone1: str | None,
        phone2: str | None,
        existing: dict[str, Any] | None,
    ) -> None:
        plan = self.plan
        if existing is None:
            if self.mode is ImportMode.UPDATE_ONLY:
                plan.add(row, line, RowAction.SKIP, _NO_MATCH)
                return
            if nameless is not None:
                raise nameless
            assert values is not None
            plan.creates.append(values)
            plan.add(row, line, RowAction.CREATE)
            return
        customer_id = existing["id"]
        if self.mode is ImportMode.CREATE:
            plan.add(row, line, RowAction.SKIP, _EXISTS, customer_id)
            return
        if customer_id in self.matched_lines:
            raise ValidationError(
                msg("Line {line} matches the same customer."), line=self.matched_lines[customer_id]
            )
        self.matched_lines[customer_id] = line
        check_customer_access(self.actor, existing["owner_id"])
        raw = {name: row[column] for name, column in self.pick}
        values = validate_customer(self._merged(raw, existing, phone1, phone2))
        changes = diff({k: existing.get(k) for k in values}, values)
        for k in _KEYS:
            changes.pop(k, None)
        if not changes:
            plan.add(row, line, RowAction.SKIP, _UNCHANGED, customer_id)
            return
        plan.updates.append((customer_id, existing["version"], values, changes))
        plan.add(row, line, RowAction.UPDATE, None, customer_id)

    def _merged(
        self, raw: dict[str, str], existing: dict[str, Any], phone: str | None, phone2: str | None
    ) -> CustomerInput:
        """The input of a matched customer: the row's non-empty cells over what is on file (an empty cell
        never erases anything).
        """
        values: dict[str, Any] = {name: existing[name] or "" for name in _TEXT_FIELDS}
        values.update((name, text) for name, text in raw.items() if text and name in _TEXT_FIELDS)
        # A number already on file (as phone or second phone) stays where it is; a new one replaces.
        on_file = (existing["phone"], existing["phone2"])
        values["phone"] = (phone if phone not in on_file else None) or existing["phone"] or ""
        values["phone2"] = (phone2 if phone2 not in on_file else None) or existing["phone2"] or ""
        channel = _channel(raw.get("channel", ""))
        values["channel"] = channel or (Channel(existing["channel"]) if existing["channel"] else None)
        values["birth_date"] = _birth_date(raw.get("birth_date", "")) or existing["birth_date"]
        # The customer keeps their country: the import's country only reads the file's phone numbers.
        values["country"] = existing["country"] or self.country
        return CustomerInput(**values)


def _lookup(
    db: Database, phones: list[str], emails: list[str]
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Existing customers by each of their phones and by e-mail; the oldest wins where several match."""
    param = db.pw.param
    select = f"SELECT {', '.join(_MATCH_COLUMNS)} FROM customers WHERE "
    by_phone: dict[str, dict[str, Any]] = {}
    by_email: dict[str, dict[str, Any]] = {}
    found: dict[int, dict[str, Any]] = {}

    def rows(sql: str, values: list[str]) -> Iterator[dict[str, Any]]:
        for tup in db.pw.execute_sql(sql, values).fetchall():
            yield found.setdefault(tup[0], dict(zip(_MATCH_COLUMNS, tup, strict=True)))

    for start in range(0, len(phones), LOOKUP_CHUNK):
        chunk = phones[start : start + LOOKUP_CHUNK]
        marks = ", ".join([param] * len(chunk))
        sql = select + f"phone IN ({marks}) OR phone2 IN ({marks}) ORDER BY id DESC"
        for customer in rows(sql, chunk + chunk):
            for phone in (customer["phone"], customer["phone2"]):
                if phone:
                    by_phone[phone] = customer  # descending ids: the oldest is written last
    for start in range(0, len(emails), LOOKUP_CHUNK):
        chunk = emails[start : start + LOOKUP_CHUNK]
        sql = select + f"email IN ({', '.join([param] * len(chunk))}) ORDER BY id DESC"
        for customer in rows(sql, chunk):
            by_email[customer["email"]] = customer
    for customer in found.values():
        if isinstance(customer["birth_date"], str):  # SQLite hands back the stored text
            customer["birth_date"] = date.fromisoformat(customer["birth_date"])
    return by_phone, by_email


class _Writer:
    """Writes a plan's new rows as they are decided: multi-row INSERTs with ids given (COPY on PostgreSQL)
    and batched UPDATEs checking each row's version; the activity rows go in at the end.
    """

    def __init__(self, db: Database, actor: UserRecord, now: datetime, source: str) -> None:
        self.db, self.actor, self.now, self.source = db, actor, now, source
        self.cursor = db.pw.cursor()
        self.stamp = str(to_db(now))
        self.owner = None if actor.is_manager else actor.id
        self.ids: list[int] = []
        self.activities: list[tuple[int, Action, Mapping[str, tuple[Any, Any]], str]] = []

    def write(self, plan: _Plan) -> None:
        """Write what `plan` decided since the last call, and forget it."""
        if plan.creates:
            self._insert(plan.creates)
            plan.creates = []
        if plan.updates:
            self._update(plan.updates)
            plan.updates = []

    def _insert(self, creates: list[dict[str, Any]]) -> None:
        names = list(creates[0])
        columns = ("id", *names, "owner_id", "imported_at", "created_at", "created_by_id", "updated_at",
                   "updated_by_id", "version")  # fmt: skip
        tail = (self.owner, self.stamp, self.stamp, self.actor.id, self.stamp, self.actor.id, 1)
        ids = _reserve_ids(self.db, self.cursor, len(creates))
        rows = []
        for cid, values in zip(ids, creates, strict=True):
            # The activity names the file; the values are on the customer. Listing every field as for a
            # customer typed in would double the time of a big import.
            self.activities.append((cid, Action.IMPORTED, _NO_CHANGES, self.source))
            if values["birth_date"] is not None:
                values["birth_date"] = values["birth_date"].isoformat()  # SQLite's date adapter is deprecated
            rows.append((cid, *values.values(), *tail))
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


class _Cancelled(Exception):
    """Raised inside the transaction to roll it back when the user cancels."""


class _Failed(Exception):
    """Raised inside the transaction to roll it back when a row turned out bad."""


@contextlib.contextmanager
def _validated_ahead(validator: _Validator, n: int) -> Iterator[Iterator[list[_Entry | SalesappError]]]:
    """The validator's chunks, computed on a helper thread ahead of the caller.

    The caller looks customers up and writes to the database, where SQLite and PostgreSQL work without
    holding Python's lock; validating meanwhile on the second core makes a big import about a third
    faster. The thread stops when the caller leaves (done, cancelled or failed).
    """
    chunks: queue.SimpleQueue[list[_Entry | SalesappError] | BaseException] = queue.SimpleQueue()
    stop = threading.Event()

    def work() -> None:
        try:
            for start in range(0, n, PIPE_CHUNK):
                if stop.is_set():
                    return
                chunks.put(validator.chunk(start, min(n, start + PIPE_CHUNK)))
        except BaseException as exc:  # handed to the caller, which raises it
            chunks.put(exc)

    def results() -> Iterator[list[_Entry | SalesappError]]:
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


@contextlib.contextmanager
def _bulk_cache(db: Database) -> Iterator[None]:
    """A larger SQLite page cache while writing: the phone, e-mail and name indexes take keys in random
    order and would otherwise spill pages to the WAL and read them back.
    """
    if not db.is_sqlite:
        yield
        return
    conn = db.pw.connection()
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {-_BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


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
    ) -> tuple[_Validator, _Matcher]:
        if country not in ("TH", "VN"):
            raise ValidationError(msg("Choose Thailand or Vietnam."), field="country")
        mode = ImportMode(mode)
        columns = _check_mapping(mapping, len(table.headers), mode)
        return _Validator(table, columns, mode, country), _Matcher(
            self.ctx.db, actor, table, columns, mode, country
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
    ) -> ImportPreview:
        """What importing `table` would do, row by row, without writing anything (cancelled: empty)."""
        validator, matcher = self._start(actor, table, mapping, mode, country)
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
    ) -> tuple[ImportResult, ChangeSet]:
        """Validate every row and write them all in one transaction with their activity rows.

        Rows are written as they are validated, and the transaction is rolled back when a row turns out
        bad (the result lists every bad row) or when `should_cancel()` turns true (the result says
        cancelled): either way nothing is left written. `progress(done, total)` follows the rows.
        """
        validator, matcher = self._start(actor, table, mapping, mode, country)
        n = len(table.rows)
        writer = _Writer(self.ctx.db, actor, self.ctx.clock(), table.name)
        plan = matcher.plan
        try:
            with (
                _bulk_cache(self.ctx.db),
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
        result = ImportResult(plan.created, plan.updated, plan.skipped)
        return result, ChangeSet.of(EntityKind.CUSTOMER, writer.ids)


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
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = "(" + ", ".join("?" * len(columns)) + ")"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES " + ", ".join([marks] * len(rows))
    cursor.execute(sql, tuple(itertools.chain.from_iterable(rows)))
