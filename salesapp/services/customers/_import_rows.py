"""Customer import, pass 1: the column mapping checked and every row read into validated values."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from salesapp.domain.enums import Channel
from salesapp.domain.errors import SalesappError, ValidationError, msg
from salesapp.domain.phone import parse_phone
from salesapp.domain.text import clean_line, search_key
from salesapp.services.customers._import_types import ImportMode
from salesapp.services.customers.customer_service import CustomerInput, validate_customer
from salesapp.services.shared.import_table import CHANNEL_NAMES, IMPORT_FIELDS, PUNCTUATION, ImportTable

_DATE = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:[ T].*)?")


def parse_channel(text: str) -> Channel | None:
    if not text:
        return None
    channel = CHANNEL_NAMES.get(PUNCTUATION.sub("", search_key(text)))
    if channel is None:
        raise ValidationError(msg("“{text}” is not a sales channel."), field="channel", text=text)
    return channel


def parse_birth_date(text: str) -> date | None:
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
Entry = tuple[dict[str, Any] | None, SalesappError | None, str | None, str | None, str | None]
TEXT_FIELDS = frozenset(IMPORT_FIELDS) - {"phone", "phone2", "channel", "birth_date"}


def check_mapping(mapping: Mapping[int, str], width: int, mode: ImportMode) -> dict[str, int]:
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


class Validator:
    """Pass 1, pure Python (so it can run on a helper thread): every row checked by validate_customer,
    and the rows that repeat an earlier row's phone or e-mail.
    """

    def __init__(self, table: ImportTable, columns: dict[str, int], mode: ImportMode, country: str) -> None:
        self.table, self.pick, self.mode, self.country = table, list(columns.items()), mode, country
        self.seen_phone: dict[str, int] = {}
        self.seen_email: dict[str, int] = {}

    def chunk(self, start: int, stop: int) -> list[Entry | SalesappError]:
        out: list[Entry | SalesappError] = []
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

    def _validate(self, raw: dict[str, str]) -> Entry:
        values: dict[str, Any] = {name: text for name, text in raw.items() if name in TEXT_FIELDS}
        values.setdefault("name", "")
        phone, phone2 = _restore_zero(raw.get("phone", "")), _restore_zero(raw.get("phone2", ""))
        data = CustomerInput(
            **values, phone=phone, phone2=phone2, channel=parse_channel(raw.get("channel", "")),
            birth_date=parse_birth_date(raw.get("birth_date", "")), country=self.country,
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
