"""Migration 8: the customer profile (second phone, chat handles), care notes, appointments, saved segments,
recorded merges, and indexes for the customers list's date filters and sorts."""

from __future__ import annotations

STATEMENTS = [
    "ALTER TABLE customers ADD COLUMN phone2 TEXT",
    "ALTER TABLE customers ADD COLUMN facebook TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN line_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN zalo TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX customers_phone2 ON customers (phone2)",
    # One index per date a list can be filtered or sorted by (the created date has customers_created).
    "CREATE INDEX customers_imported ON customers (imported_at, id)",
    "CREATE INDEX customers_handed_over ON customers (handed_over_at, id)",
    "CREATE INDEX customers_converted ON customers (converted_at, id)",
    "CREATE INDEX customers_first_contact ON customers (first_contact_at, id)",
    "CREATE INDEX customers_last_contact ON customers (last_contact_at, id)",
    "CREATE INDEX customers_channel ON customers (channel, created_at)",
    """CREATE TABLE customer_notes (
        id {pk},
        customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        at TIMESTAMP NOT NULL,
        user_id BIGINT REFERENCES users (id)
    )""",
    "CREATE INDEX customer_notes_customer ON customer_notes (customer_id, at)",
    """CREATE TABLE appointments (
        id {pk},
        customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        owner_id BIGINT REFERENCES users (id),
        starts_at TIMESTAMP NOT NULL,
        minutes INTEGER NOT NULL DEFAULT 60,
        place TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        done_at TIMESTAMP,
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL,
        updated_by_id BIGINT REFERENCES users (id),
        version INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX appointments_owner ON appointments (owner_id, starts_at)",
    "CREATE INDEX appointments_customer ON appointments (customer_id, starts_at)",
    """CREATE TABLE segments (
        id {pk},
        name TEXT NOT NULL,
        owner_id BIGINT REFERENCES users (id),
        criteria TEXT NOT NULL,
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL,
        updated_by_id BIGINT REFERENCES users (id),
        version INTEGER NOT NULL DEFAULT 1
    )""",
    """CREATE TABLE customer_merges (
        id {pk},
        kept_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        merged_id BIGINT NOT NULL,
        snapshot TEXT NOT NULL,
        moved TEXT NOT NULL,
        merged_at TIMESTAMP NOT NULL,
        merged_by_id BIGINT REFERENCES users (id),
        undone_at TIMESTAMP,
        undone_by_id BIGINT REFERENCES users (id)
    )""",
    "CREATE INDEX customer_merges_kept ON customer_merges (kept_id, merged_at)",
]
