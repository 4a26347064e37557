"""Exporting products to CSV or XLSX, one row per unit, in the columns the import reads back (SKU, name,
category, description, unit, base units, price, currency, status): a file exported here imports into
another shop as the same catalogue.

The caller passes the ids of the list as shown and the headers and status words in the user's language
(the import recognises them in English, Thai and Vietnamese); products are read 500 at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from salesapp.db import models as m
from salesapp.domain.catalogue import ProductStatus
from salesapp.services.catalogue._product_write import active_units
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.export_table import ExportColumn, ExportFormat, ExportResult, write_export
from salesapp.services.shared.list_query import IN_CHUNK

__all__ = ["EXPORT_FIELDS", "ExportFormat", "ExportResult", "export_products"]

# Field → English header, in the import's order; the UI passes its translated headers.
EXPORT_FIELDS: dict[str, str] = {
    "sku": "SKU",
    "name": "Name",
    "category": "Category",
    "description": "Description",
    "unit": "Unit",
    "factor": "Base units",
    "price": "Price",
    "currency": "Currency",
    "status": "Status",
}
STATUS_WORDS = {ProductStatus.ACTIVE: "Active", ProductStatus.ARCHIVED: "Archived"}
_WIDTHS = {"sku": 16, "name": 36, "category": 18, "description": 40, "unit": 16, "factor": 10, "price": 12}


def _price(minor: int, exponent: int) -> Decimal:
    """Minor units as the amount a person types (590.00, 180000): exact, never a float."""
    return Decimal(minor).scaleb(-exponent) if exponent else Decimal(minor)


def _rows(
    ids: Sequence[int], status_words: Mapping[ProductStatus, str], should_cancel: Callable[[], bool]
) -> Iterator[list[Any] | None]:
    """One row per unit of each product in the order of `ids` (a product without units: one row);
    None after each chunk of products."""
    p = m.Product
    for start in range(0, len(ids), IN_CHUNK):
        if should_cancel():
            return
        chunk = list(ids[start : start + IN_CHUNK])
        query = p.select(p.id, p.sku, p.name, p.category, p.description, p.active).where(p.id.in_(chunk))
        found = {row[0]: row for row in m.tuples(query)}
        units = active_units(list(found))
        for pid in chunk:
            if pid not in found:
                continue
            _, sku, name, category, description, active = found[pid]
            status = status_words[ProductStatus.ACTIVE if active else ProductStatus.ARCHIVED]
            head = [sku, name, category, description]
            if not units[pid]:
                yield [*head, "", "", "", "", status]
            for unit in units[pid]:
                price = _price(unit.price_minor, unit.currency.exponent)
                yield [*head, unit.name, unit.factor, price, unit.currency.value, status]
        yield None


def export_products(
    ctx: ServiceContext,
    ids: Sequence[int],
    path: str | Path,
    fmt: str,
    headers: Mapping[str, str] | None = None,
    status_words: Mapping[ProductStatus, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the products `ids` (in that order) to `path` as "csv" or "xlsx"; ExportResult.rows counts
    the rows written (one per unit). Everyone may export the catalogue they can read. Run it on the
    thread that owns the database connection of `ctx`."""
    titles = {**EXPORT_FIELDS, **(headers or {})}
    columns = [
        ExportColumn(titles[name], _WIDTHS.get(name, 12), keep_text=name == "sku") for name in EXPORT_FIELDS
    ]
    cancel = should_cancel or (lambda: False)
    rows = _rows(ids, status_words or STATUS_WORDS, cancel)
    return write_export(path, fmt, columns, rows, len(ids), IN_CHUNK, progress, cancel, "Products")
