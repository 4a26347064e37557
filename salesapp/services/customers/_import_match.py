"""Customer import, pass 2: each row's existing customer looked up and what the row does decided."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from salesapp.db.connection import Database
from salesapp.domain.enums import Channel
from salesapp.domain.errors import SalesappError, ValidationError, msg
from salesapp.domain.records import UserRecord
from salesapp.services.customers._import_rows import TEXT_FIELDS, Entry, parse_birth_date, parse_channel
from salesapp.services.customers._import_types import ImportMode, RowAction, RowOutcome
from salesapp.services.customers.customer_service import (
    CustomerInput,
    check_customer_access,
    validate_customer,
)
from salesapp.services.shared.audit import diff
from salesapp.services.shared.import_table import PROFILE_FIELDS, ImportTable

LOOKUP_CHUNK = 500  # values per look-up query
PREVIEW_ROWS = 200  # rows of every kind a preview keeps (error rows are all kept)

_KEYS = ("search_key", "sort_name")
_NO_MATCH = ValidationError(msg("No customer has this phone number or e-mail address."))
_EXISTS = ValidationError(msg("Already a customer: left as it is."))
_EXISTS_OTHER = ValidationError(msg("Already a customer of another salesperson: left as it is."))
_UNCHANGED = ValidationError(msg("Nothing to change."))
# Columns read for a matched customer, in the order of the look-up query.
_MATCH_COLUMNS = ("id", "owner_id", "version", "country", *PROFILE_FIELDS)


@dataclass
class Plan:
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


class Matcher:
    """Pass 2, on the database thread: find each row's customer (looked up per chunk, 500 values a query)
    and decide whether the row creates, updates, is skipped or is bad.
    """

    def __init__(
        self, db: Database, actor: UserRecord, table: ImportTable, columns: dict[str, int], mode: ImportMode,
        country: str, today: date,
    ) -> None:  # fmt: skip
        self.db, self.actor, self.table, self.mode, self.country = db, actor, table, mode, country
        self.today = today
        self.pick = list(columns.items())
        self.plan = Plan((columns.get("name"), columns.get("phone"), columns.get("email")))
        self.matched_lines: dict[int, int] = {}

    def chunk(self, start: int, entries: list[Entry | SalesappError]) -> None:
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
            if not self.actor.is_manager and existing["owner_id"] != self.actor.id:
                plan.add(row, line, RowAction.SKIP, _EXISTS_OTHER)  # not even its id: a colleague's
            else:
                plan.add(row, line, RowAction.SKIP, _EXISTS, customer_id)
            return
        if customer_id in self.matched_lines:
            raise ValidationError(
                msg("Line {line} matches the same customer."), line=self.matched_lines[customer_id]
            )
        self.matched_lines[customer_id] = line
        check_customer_access(self.actor, existing["owner_id"])
        raw = {name: row[column] for name, column in self.pick}
        values = validate_customer(self._merged(raw, existing, phone1, phone2), self.today)
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
        values: dict[str, Any] = {name: existing[name] or "" for name in TEXT_FIELDS}
        values.update((name, text) for name, text in raw.items() if text and name in TEXT_FIELDS)
        # A number already on file (as phone or second phone) stays where it is; a new one replaces.
        on_file = (existing["phone"], existing["phone2"])
        values["phone"] = (phone if phone not in on_file else None) or existing["phone"] or ""
        values["phone2"] = (phone2 if phone2 not in on_file else None) or existing["phone2"] or ""
        channel = parse_channel(raw.get("channel", ""))
        values["channel"] = channel or (Channel(existing["channel"]) if existing["channel"] else None)
        values["birth_date"] = parse_birth_date(raw.get("birth_date", "")) or existing["birth_date"]
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
