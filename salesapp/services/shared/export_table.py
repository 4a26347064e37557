"""Writing a list to CSV (UTF-8 with BOM, so Excel shows Thai and Vietnamese) or XLSX, row by row, with
progress and Cancel: the file half every export shares (customers, products).

A feature reads its rows in chunks and yields None after each chunk (a chance to report progress and to
stop); this module writes them. Text never becomes a formula: CSV cells that would start one get an
apostrophe (the import takes it off again), XLSX cells are typed as text.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from salesapp.domain.errors import ValidationError, msg

# What a spreadsheet would run as a formula when the cell is opened (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Rows = Iterator[list[Any] | None]
"""The rows to write in order, None after each chunk of `chunk` rows read."""


class ExportFormat:
    """The file formats offered."""

    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class ExportResult:
    """How many rows were written, and whether the user cancelled (then no file is left)."""

    rows: int
    cancelled: bool = False


@dataclass(frozen=True)
class ExportColumn:
    """A column of the file: its title, its width in an XLSX sheet, its Excel number format for dates and
    numbers, and whether Excel must keep it as text when edited (phones, SKUs with leading zeros)."""

    title: str
    width: int = 16
    number_format: str | None = None
    keep_text: bool = False


def write_export(
    path: str | Path,
    fmt: str,
    columns: Sequence[ExportColumn],
    rows: Rows,
    total: int,
    chunk: int,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    sheet_title: str = "Sheet",
) -> ExportResult:
    """Write `rows` under the `columns`' titles to `path` as "csv" or "xlsx".

    `progress(done, total)` is called after every chunk; when `should_cancel()` turns true (the rows stop
    coming) the partial file is removed. A file that cannot be written is refused with its reason.
    """
    if fmt not in (ExportFormat.CSV, ExportFormat.XLSX):
        raise ValueError(f"unknown export format {fmt!r}")
    path = Path(path)
    cancel = should_cancel or (lambda: False)
    try:
        if fmt == ExportFormat.CSV:
            written = _write_csv(path, columns, rows, total, chunk, progress)
        else:
            written = _write_xlsx(path, columns, rows, total, chunk, progress, sheet_title)
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise ValidationError(
            msg("The file {path} cannot be written: {detail}"), path=path.name, detail=exc.strerror
        ) from exc
    if cancel():
        path.unlink(missing_ok=True)
        return ExportResult(written, cancelled=True)
    return ExportResult(written)


def _csv_text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _write_csv(
    path: Path,
    columns: Sequence[ExportColumn],
    rows: Rows,
    total: int,
    chunk: int,
    progress: Callable[[int, int], None] | None,
) -> int:
    written = seen = 0
    # The BOM tells Excel the file is UTF-8; without it Excel reads Thai and Vietnamese as mojibake.
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([c.title for c in columns])
        for row in rows:
            if row is None:
                seen = min(total, seen + chunk)
                if progress is not None:
                    progress(seen, total)
                continue
            writer.writerow([_csv_text(v) for v in row])
            written += 1
    return written


def _write_xlsx(
    path: Path,
    columns: Sequence[ExportColumn],
    rows: Rows,
    total: int,
    chunk: int,
    progress: Callable[[int, int], None] | None,
    sheet_title: str,
) -> int:
    import openpyxl  # imported here: only exports to Excel pay for loading it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title)
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    sheet.freeze_panes = "A2"
    for i, column in enumerate(columns):
        sheet.column_dimensions[get_column_letter(i + 1)].width = column.width
    written = seen = 0
    for row in rows:
        if row is None:
            seen = min(total, seen + chunk)
            if progress is not None:
                progress(seen, total)
            continue
        cells = []
        for column, value in zip(columns, row, strict=True):
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
                if column.keep_text:
                    cell.number_format = "@"  # text: Excel keeps "081-…" or "007" as typed when edited
            elif column.number_format:
                cell.number_format = column.number_format
            cells.append(cell)
        sheet.append(cells)
        written += 1
    book.save(path)
    return written
