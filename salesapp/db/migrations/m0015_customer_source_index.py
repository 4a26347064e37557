"""Migration 15: the sources customers came from, read from an index. The Customers filter offers every
source in use: a loose index scan over this index (one probe per distinct source, a recursive query) finds
them without reading the customers table; the lists managers keep count each source's customers from the
same index (an index-only count instead of a scan of the table)."""

from __future__ import annotations

STATEMENTS = [
    "CREATE INDEX customers_source ON customers (source)",
]
