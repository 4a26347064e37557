"""Migration 7 (PostgreSQL): a byte-order index on order numbers, for the orders search's prefix path.

SQLite's unique index on `number` already compares bytes; PostgreSQL's follows the database collation,
which a range `number >= 'SO12' AND number < 'SO12\\uffff'` cannot use in every locale.
"""

from __future__ import annotations

POSTGRESQL = ['CREATE INDEX orders_number_prefix ON orders ((number COLLATE "C"))']
