"""Migration 4: customers.sort_name, the collation key of the name (domain/collation.py), and its index.

The key is computed in Python, so existing customers get theirs from `backfill`. PostgreSQL compares it
in byte order ("C") so that the index order is the key's code-point order on every server.
"""

from __future__ import annotations

import peewee

from salesapp.domain.collation import sort_key

SQLITE = [
    "ALTER TABLE customers ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX customers_sort_name ON customers (sort_name, id)",
]
POSTGRESQL = [
    "ALTER TABLE customers ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''",
    'CREATE INDEX customers_sort_name ON customers ((sort_name COLLATE "C"), id)',
]
BATCH = 10_000


def backfill(db: peewee.Database) -> None:
    """Compute the key of every existing customer, in batches by id."""
    param = db.param
    last = 0
    while True:
        rows = db.execute_sql(
            f"SELECT id, name FROM customers WHERE id > {param} ORDER BY id LIMIT {BATCH}", (last,)
        ).fetchall()
        if not rows:
            return
        db.cursor().executemany(
            f"UPDATE customers SET sort_name = {param} WHERE id = {param}",
            [(sort_key(name), cid) for cid, name in rows],
        )
        last = rows[-1][0]
