"""Migration 11: the product catalogue managers keep: a description, a name-order key, retired units, and
search as you type over name and SKU.

- products.description; products.sort_name (domain/collation.py's key of the name) with indexes that read
  the list in name order per status and per category (the categories the upsell rules offer come from the
  category index).
- product_units.active: a unit taken off a product is retired, never deleted, so the lines of old orders
  keep pointing at it; the pickers offer active units only.
- products.search_key now holds the folded name and SKU (domain/catalogue.py); as for customers (migrations
  2 and 6) it is searched through a narrow trigram table kept in step by triggers: FTS5 trigram on SQLite,
  pg_trgm GIN on PostgreSQL; 1–2 character queries take a prefix index instead.

Existing products get their sort key and new search key from `backfill`.
"""

from __future__ import annotations

import peewee

from salesapp.domain.catalogue import product_search_key
from salesapp.domain.collation import sort_key

STATEMENTS = [
    "ALTER TABLE products ADD COLUMN description TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE products ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE product_units ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE",
]

SQLITE = [
    "CREATE INDEX products_name ON products (active, sort_name, id)",
    "CREATE INDEX products_category ON products (category, sort_name, id)",
    "CREATE INDEX products_search_prefix ON products (search_key)",
    "CREATE VIRTUAL TABLE products_search USING fts5("
    "search_key, content='products', content_rowid='id', tokenize='trigram')",
    "INSERT INTO products_search (products_search) VALUES ('rebuild')",
    "CREATE TRIGGER products_search_ai AFTER INSERT ON products BEGIN "
    "INSERT INTO products_search (rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER products_search_ad AFTER DELETE ON products BEGIN "
    "INSERT INTO products_search (products_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER products_search_au AFTER UPDATE OF search_key ON products BEGIN "
    "INSERT INTO products_search (products_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO products_search (rowid, search_key) VALUES (new.id, new.search_key); END",
]

POSTGRESQL = [
    # Byte order ("C"): the collation key's code-point order is the name order on every server.
    'CREATE INDEX products_name ON products (active, (sort_name COLLATE "C"), id)',
    'CREATE INDEX products_category ON products (category, (sort_name COLLATE "C"), id)',
    'CREATE INDEX products_search_prefix ON products ((search_key COLLATE "C"))',
    "CREATE TABLE products_search ("
    "id BIGINT PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE, search_key TEXT NOT NULL)",
    "INSERT INTO products_search (id, search_key) SELECT id, search_key FROM products",
    "CREATE INDEX products_search_key_trgm ON products_search USING gin (search_key gin_trgm_ops)",
    "CREATE FUNCTION products_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "INSERT INTO products_search (id, search_key) VALUES (NEW.id, NEW.search_key) "
    "ON CONFLICT (id) DO UPDATE SET search_key = EXCLUDED.search_key; RETURN NULL; END $$",
    "CREATE TRIGGER products_search_sync AFTER INSERT OR UPDATE OF search_key ON products "
    "FOR EACH ROW EXECUTE FUNCTION products_search_sync()",
]

BATCH = 10_000


def backfill(db: peewee.Database) -> None:
    """The name-order key and the name-and-SKU search key of every existing product, in batches by id."""
    param = db.param
    last = 0
    while True:
        rows = db.execute_sql(
            f"SELECT id, name, sku FROM products WHERE id > {param} ORDER BY id LIMIT {BATCH}", (last,)
        ).fetchall()
        if not rows:
            return
        db.cursor().executemany(
            f"UPDATE products SET sort_name = {param}, search_key = {param} WHERE id = {param}",
            [(sort_key(name), product_search_key(name, sku), pid) for pid, name, sku in rows],
        )
        last = rows[-1][0]
