"""Exporting customers to CSV (UTF-8 with BOM, so Excel shows Thai and Vietnamese) and XLSX.

The caller passes the ids of the list as shown (filters and order applied) and the column headers in
the user's language; rows are read 1,000 ids at a time and written in that order. Phone numbers are
written as Thai and Vietnamese offices write them ("081-234-5678"), and as text cells in XLSX, so that
Excel neither drops the leading 0 nor turns them into numbers.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.phone import format_national
from salesapp.domain.records import UserRecord
from salesapp.services.shared.context import ServiceContext

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
# What a spreadsheet would run as a formula when the cell is opened (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportFormat:
    """The file formats offered."""

    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class ExportResult:
    """How many customers were written, and whether the user cancelled (then no file is left)."""

    rows: int
    cancelled: bool = False


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


def _csv_text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


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
    if fmt not in (ExportFormat.CSV, ExportFormat.XLSX):
        raise ValueError(f"unknown export format {fmt!r}")
    path = Path(path)
    cancel = should_cancel or (lambda: False)
    rows = _rows(actor, ids, fields, tz, cancel)
    try:
        if fmt == ExportFormat.CSV:
            written = _write_csv(path, titles, rows, len(ids), progress)
        else:
            written = _write_xlsx(path, fields, titles, rows, len(ids), progress)
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise ValidationError(
            msg("The file {path} cannot be written: {detail}"), path=path.name, detail=exc.strerror
        ) from exc
    if cancel():
        path.unlink(missing_ok=True)
        return ExportResult(written, cancelled=True)
    return ExportResult(written)


def _write_csv(
    path: Path,
    titles: list[str],
    rows: Iterator[list[Any] | None],
    total: int,
    progress: Callable[[int, int], None] | None,
) -> int:
    written = seen = 0
    # The BOM tells Excel the file is UTF-8; without it Excel reads Thai and Vietnamese as mojibake.
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(titles)
        for row in rows:
            if row is None:
                seen = min(total, seen + READ_CHUNK)
                if progress is not None:
                    progress(seen, total)
                continue
            writer.writerow([_csv_text(v) for v in row])
            written += 1
    return written


def _write_xlsx(
    path: Path,
    fields: list[str],
    titles: list[str],
    rows: Iterator[list[Any] | None],
    total: int,
    progress: Callable[[int, int], None] | None,
) -> int:
    import openpyxl  # imported here: only exports to Excel pay for loading it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Customers")
    bold = Font(bold=True)
    header = []
    for title in titles:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    sheet.freeze_panes = "A2"
    for i, name in enumerate(fields):
        letter = get_column_letter(i + 1)
        sheet.column_dimensions[letter].width = 32 if name in ("name", "address_line", "email") else 16
    formats = {"birth_date": "yyyy-mm-dd", "created_at": "yyyy-mm-dd hh:mm"}
    written = seen = 0
    for row in rows:
        if row is None:
            seen = min(total, seen + READ_CHUNK)
            if progress is not None:
                progress(seen, total)
            continue
        cells = []
        for name, value in zip(fields, row, strict=True):
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
                if name in _PHONES:
                    cell.number_format = "@"  # text: Excel keeps "081-…" as typed when edited
            elif name in formats:
                cell.number_format = formats[name]
            cells.append(cell)
        sheet.append(cells)
        written += 1
    book.save(path)
    return written
