"""Customer import, pass 1: the column mapping checked and every row read into validated values.

Besides the profile, a row may say the customer's country (its phones are read as that country's numbers),
salesperson (a staff member's name, as the export writes it) and created date (local time, as exported):
so a file exported from one shop imports into another as the same customers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, tzinfo
from typing import Any

from salesapp.domain.enums import Channel
from salesapp.domain.errors import SalesappError, ValidationError, msg
from salesapp.domain.limits import check_record_time
from salesapp.domain.phone import parse_phone
from salesapp.domain.records import UserRecord
from salesapp.domain.text import clean_line, search_key
from salesapp.services.customers._import_types import ImportMode
from salesapp.services.customers.customer_service import (
    CustomerInput,
    check_customer_access,
    validate_customer,
)
from salesapp.services.shared.import_table import (
    CHANNEL_NAMES,
    IMPORT_FIELDS,
    PROFILE_FIELDS,
    PUNCTUATION,
    ImportTable,
)

_DATE = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2})\S*)?.*)?")
# A row's country as written: the code the export writes, or the country's name in any of our languages.
COUNTRY_NAMES = {
    "th": "TH", "tha": "TH", "thailand": "TH", "thai": "TH", "ไทย": "TH", "ประเทศไทย": "TH", "thailan": "TH",
    "vn": "VN", "vnm": "VN", "vietnam": "VN", "เวียดนาม": "VN", "ประเทศเวียดนาม": "VN",
}  # fmt: skip


def parse_channel(text: str) -> Channel | None:
    if not text:
        return None
    channel = CHANNEL_NAMES.get(PUNCTUATION.sub("", search_key(text)))
    if channel is None:
        raise ValidationError(msg("“{text}” is not a sales channel."), field="channel", text=text)
    return channel


def _parse_date(text: str, field: str) -> tuple[date, time | None]:
    """A date written as YYYY-MM-DD or DD/MM/YYYY (also with . or -), Buddhist-era years allowed, and the
    time of day after it when there is one ("2026-11-23 10:05")."""
    match = _DATE.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError(text)
        a, b, c = (int(g) for g in match.groups()[:3])
        year, month, day = (a, b, c) if len(match.group(1)) == 4 else (c, b, a)
        if year > 2400:
            year -= 543  # พ.ศ.: Thai documents count years from 543 BC
        if year < 100:
            raise ValueError(text)
        hour, minute, second = match.group(4, 5, 6)
        at = time(int(hour), int(minute), int(second or 0)) if hour is not None else None
        return date(year, month, day), at
    except ValueError:
        raise ValidationError(msg("“{text}” is not a date."), field=field, text=text[:40]) from None


def parse_birth_date(text: str) -> date | None:
    """A birth date as a file writes it (see `_parse_date`; a time after it is ignored)."""
    return _parse_date(text, "birth_date")[0] if text else None


def parse_created(text: str, tz: tzinfo) -> datetime | None:
    """A created date (and time) as the export writes it, in the shop's time zone `tz`; aware."""
    if not text:
        return None
    day, at = _parse_date(text, "created_at")
    return datetime.combine(day, at or time(0), tzinfo=tz)


def parse_country(text: str) -> str | None:
    """ "TH" or "VN" for a country written as a code or a name ("Thailand", "Việt Nam", "ประเทศไทย")."""
    if not text:
        return None
    country = COUNTRY_NAMES.get(PUNCTUATION.sub("", search_key(text)))
    if country is None:
        raise ValidationError(
            msg("“{text}” is not a country: write TH (Thailand) or VN (Vietnam)."),
            field="country",
            text=text[:40],
        )
    return country


class Staff:
    """The staff a salesperson column can name: active users by display name or user name (case ignored)."""

    def __init__(self, users: list[tuple[int, str, str]]) -> None:
        self.by_name: dict[str, set[int]] = {}
        for user_id, username, display_name in users:
            for key in {search_key(display_name), search_key(username)}:
                self.by_name.setdefault(key, set()).add(user_id)

    def owner(self, text: str, actor: UserRecord) -> int | None:
        """The id of the staff member `text` names (None for an empty cell: a manager's import puts the
        customer in the pool, a salesperson's in their own list); sales staff may name only themselves."""
        if not text:
            return None if actor.is_manager else actor.id
        found = self.by_name.get(search_key(text), set())
        if not found:
            raise ValidationError(
                msg("No active staff member is called “{name}”."), field="owner", name=text[:80]
            )
        if len(found) > 1:
            raise ValidationError(
                msg("Several staff members are called “{name}”: write the user name instead."),
                field="owner", name=text[:80],
            )  # fmt: skip
        (owner_id,) = found
        check_customer_access(actor, owner_id)
        return owner_id


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
TEXT_FIELDS = frozenset(PROFILE_FIELDS) - {"phone", "phone2", "channel", "birth_date"}


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
    and the rows that repeat an earlier row's phone or e-mail. A row's values also carry the new customer's
    owner_id and created_at (None: the defaults of the import).
    """

    def __init__(
        self, table: ImportTable, columns: dict[str, int], mode: ImportMode, country: str,
        context: tuple[UserRecord, Staff, tzinfo, datetime],
    ) -> None:  # fmt: skip
        self.table, self.pick, self.mode, self.country = table, list(columns.items()), mode, country
        self.actor, self.staff, self.tz, self.now = context
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
        country = parse_country(raw.get("country", "")) or self.country
        data = CustomerInput(
            **values, phone=phone, phone2=phone2, channel=parse_channel(raw.get("channel", "")),
            birth_date=parse_birth_date(raw.get("birth_date", "")), country=country,
        )  # fmt: skip
        today = self.now.astimezone(self.tz).date()
        try:
            checked = validate_customer(data, today)
        except ValidationError as exc:
            if exc.field != "name" or self.mode is ImportMode.CREATE:
                raise
            email = clean_line(data.email).lower() or None
            p1, p2 = _parse_phone(phone, country, "phone"), _parse_phone(phone2, country, "phone2")
            return None, exc, p1, p2, email
        created = parse_created(raw.get("created_at", ""), self.tz)
        checked["created_at"] = created and check_record_time(created, self.now)
        checked["owner_id"] = self.staff.owner(raw.get("owner", ""), self.actor)
        return checked, None, checked["phone"], checked["phone2"], checked["email"]
