"""Column values between the backends: the kind of each column, the form a value takes in the backup file
(what salesapp on SQLite stores), and a canonical form both backends agree on for the manifest's checksums.

SQLite keeps timestamps as text ("2026-11-23 03:00:00.123456", naive UTC, as peewee writes them) and
booleans as 0/1; PostgreSQL hands back datetime and bool. The checksum of a table is the sum (modulo 2^128)
of one hash per row of its canonical values: the same on both backends and whatever order rows are read in.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

Convert = Callable[[Any], Any]
_MASK = (1 << 128) - 1


def kind_of_sqlite(declared: str) -> str:
    """The kind of a column from its declared SQLite type (as migrations write it)."""
    text = declared.upper()
    if "BOOL" in text:
        return "boolean"
    if "TIMESTAMPTZ" in text or "WITH TIME ZONE" in text:
        return "timestamptz"
    if "TIMESTAMP" in text or "DATETIME" in text:
        return "timestamp"
    if text == "DATE":
        return "date"
    if "INT" in text or "SERIAL" in text:
        return "integer"
    if "BLOB" in text or "BYTEA" in text:
        return "blob"
    if any(word in text for word in ("REAL", "FLOA", "DOUB")):
        return "real"
    if "NUMERIC" in text or "DECIMAL" in text:
        return "numeric"
    if "JSON" in text:
        return "json"
    return "text"


def kind_of_postgresql(data_type: str) -> str:
    """The kind of a column from information_schema's data_type."""
    return {
        "bigint": "integer",
        "integer": "integer",
        "smallint": "integer",
        "boolean": "boolean",
        "timestamp without time zone": "timestamp",
        "timestamp with time zone": "timestamptz",
        "date": "date",
        "bytea": "blob",
        "real": "real",
        "double precision": "real",
        "numeric": "numeric",
        "json": "json",
        "jsonb": "json",
    }.get(data_type, "text")


def sqlite_type(kind: str) -> str:
    """The declared type of a column of `kind` in the backup file."""
    return {
        "integer": "INTEGER",
        "boolean": "BOOLEAN",
        "timestamp": "TIMESTAMP",
        "timestamptz": "TIMESTAMPTZ",
        "date": "DATE",
        "blob": "BLOB",
        "real": "REAL",
        "numeric": "NUMERIC",
        "json": "JSON",
    }.get(kind, "TEXT")


# -- the form stored in the backup file ---------------------------------------------------------------------


def _stored_timestamp(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(" ") if value.tzinfo is None else _utc_text(value)
    return value


def _utc_text(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(" ")


def _stored_date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _stored_json(value: Any) -> Any:
    return value if value is None or isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _stored_numeric(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


def _stored_blob(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview | bytearray) else value


# sqlite3 stores bool as 0/1 and bytes or memoryview as BLOB by itself: only these need a function.
_STORED: dict[str, Convert] = {
    "timestamp": _stored_timestamp,
    "timestamptz": _stored_timestamp,
    "date": _stored_date,
    "json": _stored_json,
    "numeric": _stored_numeric,
}


def storage_converters(kinds: Sequence[str]) -> list[tuple[int, Convert]]:
    """(column index, function) turning a PostgreSQL value into the backup file's form, for the columns
    that need one."""
    return [(i, _STORED[kind]) for i, kind in enumerate(kinds) if kind in _STORED]


def to_storage(rows: list[Any], convert: list[tuple[int, Convert]]) -> list[Any]:
    """`rows` with the values of the `convert` columns in the backup file's form."""
    if not convert:
        return rows
    out = []
    for row in rows:
        values = list(row)
        for i, fn in convert:
            value = values[i]
            if value is not None:
                values[i] = fn(value)
        out.append(values)
    return out


# -- the canonical form of the checksums --------------------------------------------------------------------


def canonical_timestamp(value: Any) -> Any:
    if isinstance(value, str):
        if len(value) in (19, 26) and value[10] == " ":
            return value  # already "YYYY-MM-DD HH:MM:SS[.ffffff]", as stored
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        # PostgreSQL's TIMESTAMP drops an offset written into it (without converting): so does this.
        return value.replace(tzinfo=None).isoformat(" ")
    return value


def _canonical_timestamptz(value: Any) -> Any:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        return _utc_text(value if value.tzinfo else value.replace(tzinfo=UTC))
    return value


def canonical_date(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 10 and value[10] in " T":
        return value[:10]  # a time written into a DATE: PostgreSQL keeps the date only
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, date) else value


def canonical_boolean(value: Any) -> Any:
    if isinstance(value, str):
        return int(value.strip().lower() in ("1", "t", "true", "y", "yes", "on"))
    return int(value) if isinstance(value, bool | int) else value


def _canonical_real(value: Any) -> Any:
    return float(value) if isinstance(value, int | float | Decimal) else value


def _canonical_numeric(value: Any) -> Any:
    if isinstance(value, int | float | Decimal | str):
        try:
            number = Decimal(str(value)).normalize()
        except ArithmeticError:
            return value
        return format(number, "f")
    return value


def _canonical_json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_CANONICAL: dict[str, Convert] = {
    "timestamp": canonical_timestamp,
    "timestamptz": _canonical_timestamptz,
    "date": canonical_date,
    "boolean": canonical_boolean,
    "real": _canonical_real,
    "numeric": _canonical_numeric,
    "json": _canonical_json,
    "blob": _stored_blob,
}


class Digest:
    """Row count and order-independent checksum of a table's rows, in canonical form."""

    def __init__(self, kinds: Sequence[str]) -> None:
        self.count = 0
        self._sum = 0
        self._convert = [(i, _CANONICAL[kind]) for i, kind in enumerate(kinds) if kind in _CANONICAL]

    def add(self, rows: Iterable[Sequence[Any]]) -> None:
        """Count and hash `rows` (tuples of the table's columns in manifest order)."""
        total = self._sum
        count = 0
        blake = hashlib.blake2b
        convert = self._convert
        for row in rows:
            if convert:
                values = list(row)
                for i, fn in convert:
                    if values[i] is not None:
                        values[i] = fn(values[i])
                text = repr(tuple(values))
            else:
                text = repr(tuple(row))
            digest = blake(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
            total += int.from_bytes(digest, "big")
            count += 1
        self._sum = total & _MASK
        self.count += count

    def hexdigest(self) -> str:
        """The checksum as 32 hex digits."""
        return f"{self._sum:032x}"
