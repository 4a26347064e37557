"""Migration 9: the upsell queue (cases, their notes with images, logged calls) and the order facts the
upsell rules and the case screen read (carrier, expected packing date, order tags, product category, and
which order lines an upsell added)."""

from __future__ import annotations

STATEMENTS = [
    "ALTER TABLE orders ADD COLUMN carrier TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE orders ADD COLUMN pack_by DATE",
    # Order tags as one text of labels separated by commas ("vip,fragile"): read per order, never searched.
    "ALTER TABLE orders ADD COLUMN tags TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE products ADD COLUMN category TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE order_lines ADD COLUMN upsell BOOLEAN NOT NULL DEFAULT FALSE",
    """CREATE TABLE upsell_cases (
        id {pk},
        order_id BIGINT NOT NULL UNIQUE REFERENCES orders (id) ON DELETE CASCADE,
        customer_id BIGINT NOT NULL REFERENCES customers (id),
        status TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'rule',
        queued_at TIMESTAMP NOT NULL,
        assignee_id BIGINT REFERENCES users (id),
        assigned_at TIMESTAMP,
        reason TEXT NOT NULL DEFAULT '',
        next_call_at TIMESTAMP,
        tags TEXT NOT NULL DEFAULT '',
        closed_at TIMESTAMP,
        closed_by_id BIGINT REFERENCES users (id),
        upsell_minor BIGINT NOT NULL DEFAULT 0,
        call_count INTEGER NOT NULL DEFAULT 0,
        note_count INTEGER NOT NULL DEFAULT 0,
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL,
        updated_by_id BIGINT REFERENCES users (id),
        version INTEGER NOT NULL DEFAULT 1
    )""",
    # Claiming reads the oldest pending cases; every tab is a range of one of these two indexes.
    "CREATE INDEX upsell_cases_status ON upsell_cases (status, queued_at, id)",
    "CREATE INDEX upsell_cases_assignee ON upsell_cases (assignee_id, status, queued_at, id)",
    "CREATE INDEX upsell_cases_customer ON upsell_cases (customer_id)",
    """CREATE TABLE upsell_notes (
        id {pk},
        case_id BIGINT NOT NULL REFERENCES upsell_cases (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        pinned BOOLEAN NOT NULL DEFAULT FALSE,
        at TIMESTAMP NOT NULL,
        user_id BIGINT REFERENCES users (id),
        deleted_at TIMESTAMP,
        deleted_by_id BIGINT REFERENCES users (id)
    )""",
    "CREATE INDEX upsell_notes_case ON upsell_notes (case_id, at)",
    """CREATE TABLE upsell_note_images (
        id {pk},
        note_id BIGINT NOT NULL REFERENCES upsell_notes (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        data {blob} NOT NULL,
        thumb {blob}
    )""",
    "CREATE INDEX upsell_note_images_note ON upsell_note_images (note_id, position)",
    # Calls of any record (an upsell case now; opportunities later): entity + id as in activity rows.
    """CREATE TABLE calls (
        id {pk},
        entity TEXT NOT NULL,
        entity_id BIGINT NOT NULL,
        customer_id BIGINT REFERENCES customers (id) ON DELETE CASCADE,
        user_id BIGINT REFERENCES users (id),
        started_at TIMESTAMP NOT NULL,
        ended_at TIMESTAMP,
        seconds INTEGER,
        purpose TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX calls_entity ON calls (entity, entity_id, started_at)",
    "CREATE INDEX calls_user ON calls (user_id, started_at)",
]
