"""Migration 12: several customer pools. A customer without an owner sits in one pool (per campaign, per
branch); the first pool, id 1, is the default one every unowned customer of an older database moves into
and that can be renamed but not deleted. `customers.pool_id` is meaningful only while `owner_id` is NULL;
a NULL pool there means the default pool (customers written by code that names no pool)."""

from __future__ import annotations

DEFAULT_POOL_NAME = "Main pool"

STATEMENTS = [
    """CREATE TABLE pools (
        id {pk},
        name TEXT NOT NULL,
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL,
        updated_by_id BIGINT REFERENCES users (id),
        version INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE UNIQUE INDEX pools_name ON pools (name)",
    # A new table's first row gets id 1 on both backends (and the PostgreSQL sequence moves past it).
    f"INSERT INTO pools (name, created_at, updated_at, version) "
    f"VALUES ('{DEFAULT_POOL_NAME}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)",
    "ALTER TABLE customers ADD COLUMN pool_id BIGINT REFERENCES pools (id)",
    "UPDATE customers SET pool_id = 1 WHERE owner_id IS NULL",
    # The owner filter's "pool X" and the usage counts of the lists: unowned customers by pool.
    "CREATE INDEX customers_pool ON customers (pool_id, created_at)",
]
