"""Migration 2: trigram search over the customers' normalised search key, and a prefix index.

SQLite: an external-content FTS5 table with the trigram tokenizer, kept in step by triggers.
PostgreSQL: pg_trgm's GIN index. Both answer LIKE '%q%' for q of 3+ characters from the index; shorter
queries take the prefix index (SQLite 3.40's trigram table answers 2-character Thai LIKE wrongly).
"""

from __future__ import annotations

SQLITE = [
    "CREATE INDEX customers_search_prefix ON customers (search_key)",
    "CREATE VIRTUAL TABLE customers_search USING fts5("
    "search_key, content='customers', content_rowid='id', tokenize='trigram')",
    "INSERT INTO customers_search (customers_search) VALUES ('rebuild')",
    "CREATE TRIGGER customers_search_ai AFTER INSERT ON customers BEGIN "
    "INSERT INTO customers_search (rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER customers_search_ad AFTER DELETE ON customers BEGIN "
    "INSERT INTO customers_search (customers_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER customers_search_au AFTER UPDATE OF search_key ON customers BEGIN "
    "INSERT INTO customers_search (customers_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO customers_search (rowid, search_key) VALUES (new.id, new.search_key); END",
]

POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX customers_search_trgm ON customers USING gin (search_key gin_trgm_ops)",
    # Byte order ("C") for the 1–2 character prefix path: range scan and ORDER BY from one index.
    'CREATE INDEX customers_search_prefix ON customers ((search_key COLLATE "C"))',
]
