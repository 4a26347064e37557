"""Migration 5: indexes for the orders list's other sort (by total) and for a salesperson's own orders."""

from __future__ import annotations

STATEMENTS = [
    "CREATE INDEX orders_total ON orders (total_minor DESC, id DESC)",
    "CREATE INDEX orders_status_total ON orders (status, total_minor DESC, id DESC)",
    "CREATE INDEX orders_owner_created ON orders (owner_id, created_at DESC, id DESC)",
]
