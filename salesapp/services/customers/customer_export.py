"""Exporting customers to CSV (UTF-8 with BOM, so Excel shows Thai and Vietnamese) and XLSX.

The caller passes the ids of the list as shown (filters and order applied) and the column headers in
the user's language; rows are read 1,000 ids at a time and written in that order. Phone numbers are
written as Thai and Vietnamese offices write them ("081-234-5678"), and as text cells in XLSX, so that
Excel neither drops the leading 0 nor turns them into numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.phone import format_national
from salesapp.domain.records import UserRecord
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.export_table import ExportColumn, ExportFormat, ExportResult, write_export

__all__ = ["EXPORT_FIELDS", "ExportFormat", "ExportResult", "export_customers"]

READ_CHUNK = 1000  # ids per query

# Field → English header; the UI passes its translated headers (any subset, in its order).
EXPORT_FIELDS: dict[str, str] = {
    "name": "Name",
    "phone": "Phone",
    "phone2": "Second phone",
    "email": "E-mail",
    "address_line": "Address",
    "subdistrict": "Subdistrict",
    "district": "District",
    "province": "Province",
    "postcode": "Postcode",
    "country": "Country",
    "channel": "Channel",
    "source": "Source",
    "birth_date": "Birth date",
    "bill_note": "Bill note",
    "facebook": "Facebook",
    "line_id": "LINE",
    "zalo": "Zalo",
    "owner": "Salesperson",
    "created_at": "Created",
}
_PHONES = frozenset({"phone", "phone2"})
_WIDE = frozenset({"name", "address_line", "email"})
_FORMATS = {"birth_date": "yyyy-mm-dd", "created_at": "yyyy-mm-dd hh:mm"}


def _columns(fields: Sequence[str]) -> list[Any]:
    owner = m.User.alias("owner")
    out: list[Any] = [m.Customer.id]
    for name in fields:
        out.append(owner.display_name if name == "owner" else getattr(m.Customer, name))
    return out


def _cell(name: str, value: Any, tz: tzinfo) -> Any:
    """A stored value as exported: phones in national format, times in the shop's time zone."""
    if value is None:
        return ""
    if name in _PHONES:
        return format_national(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)
    return value


def _rows(
    actor: UserRecord,
    ids: Sequence[int],
    fields: Sequence[str],
    tz: tzinfo,
    should_cancel: Callable[[], bool],
) -> Iterator[list[Any] | None]:
    """The export rows in the order of `ids`, READ_CHUNK at a time; None after each chunk (a chance to
    report progress and to stop). A salesperson gets only their own customers.
    """
    owner = m.User.alias("owner")
    for start in range(0, len(ids), READ_CHUNK):
        if should_cancel():
            return
        chunk = list(ids[start : start + READ_CHUNK])
        query = (
            m.Customer.select(*_columns(fields))
            .join(owner, pw.JOIN.LEFT_OUTER, on=(m.Customer.owner == owner.id))
            .where(m.Customer.id.in_(chunk))
        )
        if not actor.is_manager:
            query = query.where(m.Customer.owner == actor.id)
        found = {row[0]: row[1:] for row in m.tuples(query)}
        for cid in chunk:
            row = found.get(cid)
            if row is not None:
                yield [_cell(name, value, tz) for name, value in zip(fields, row, strict=True)]
        yield None


def export_customers(
    ctx: ServiceContext,
    actor: UserRecord,
    ids: Sequence[int],
    path: str | Path,
    fmt: str,
    headers: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    tz: tzinfo = UTC,
) -> ExportResult:
    """Write the customers `ids` (in that order) to `path` as "csv" or "xlsx".

    `headers` maps the fields to export to their column titles (default: every field, in English).
    Sales staff export only their own customers; other ids are left out. `progress(done, total)` is
    called after every chunk; when `should_cancel()` turns true the partial file is removed. Run it on
    the thread that owns the database connection of `ctx` (the models are bound to it).
    """
    fields = list(headers or EXPORT_FIELDS)
    titles = [(headers or EXPORT_FIELDS)[f] for f in fields]
    unknown = [f for f in fields if f not in EXPORT_FIELDS]
    if unknown:
        raise ValueError(f"unknown export fields {unknown}")
    columns = [
        ExportColumn(title, 32 if name in _WIDE else 16, _FORMATS.get(name), keep_text=name in _PHONES)
        for name, title in zip(fields, titles, strict=True)
    ]
    cancel = should_cancel or (lambda: False)
    rows = _rows(actor, ids, fields, tz, cancel)
    return write_export(path, fmt, columns, rows, len(ids), READ_CHUNK, progress, cancel, "Customers")
