"""Migration 14: sales staff's order counters and status tabs. A salesperson sees only their own orders:
the capped count per status (`owner_id = ? AND status = ?`) reads this index's first entries, and the
list of one status tab pages through it in created order; before it, PostgreSQL scanned every order of the
owner (or of the status) and filtered the other column."""

from __future__ import annotations

STATEMENTS = [
    "CREATE INDEX orders_owner_status_created ON orders (owner_id, status, created_at DESC, id DESC)",
]
