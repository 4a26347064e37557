"""Migration 20: the order's life (domain/orders/lifecycle.py). The order keeps when it was confirmed,
packed, shipped, delivered, cancelled or returned, the tracking number beside its carrier, the reason of a
cancel or a return, and each line whether it came back in a return."""

from __future__ import annotations

STATEMENTS = [
    "ALTER TABLE orders ADD COLUMN tracking_number TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE orders ADD COLUMN confirmed_at TIMESTAMP",
    "ALTER TABLE orders ADD COLUMN packed_at TIMESTAMP",
    "ALTER TABLE orders ADD COLUMN packed_on DATE",
    "ALTER TABLE orders ADD COLUMN shipped_at TIMESTAMP",
    "ALTER TABLE orders ADD COLUMN delivered_at TIMESTAMP",
    "ALTER TABLE orders ADD COLUMN cancelled_at TIMESTAMP",
    "ALTER TABLE orders ADD COLUMN returned_at TIMESTAMP",
    "ALTER TABLE orders ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE orders ADD COLUMN return_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE order_lines ADD COLUMN returned BOOLEAN NOT NULL DEFAULT FALSE",
]
