"""Migration 3: the follow-up desk: contact-back requests, payment notices, follow-ups and their notes.

One `followups` row per tracked record (order, contact request or payment notice) holds the stored facts
the status is computed from. `sort_at` is the list's sort key: the next follow-up time, or for items
without one the time they were received (new) or last noted (due); for closed items the closing time.
Due items therefore come first in ascending order, and every list filter is a range of one index.
"""

from __future__ import annotations

STATEMENTS = [
    """CREATE TABLE contact_requests (
        id {pk},
        number TEXT NOT NULL UNIQUE,
        customer_id BIGINT NOT NULL REFERENCES customers (id),
        name TEXT NOT NULL,
        phone TEXT,
        message TEXT NOT NULL DEFAULT '',
        product_interest TEXT NOT NULL DEFAULT '',
        received_at TIMESTAMP NOT NULL,
        created_at TIMESTAMP NOT NULL,
        created_by_id BIGINT REFERENCES users (id),
        updated_at TIMESTAMP NOT NULL,
        updated_by_id BIGINT REFERENCES users (id),
        version INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX contact_requests_customer ON contact_requests (customer_id)",
    """CREATE TABLE payment_notices (
        id {pk},
        number TEXT NOT NULL UNIQUE,
        customer_id BIGINT NOT NULL REFERENCES customers (id),
        name TEXT NOT NULL,
        phone TEXT,
        amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
        currency TEXT NOT NULL,
        bank TEXT NOT NULL DEFAULT '',
        transferred_at TIMESTAMP NOT NULL,
        order_number_given TEXT NOT NULL DEFAULT '',
        slip {blob},
        slip_type TEXT NOT NULL DEFAULT '',
        matched_order_id BIGINT REFERENCES orders (id),
        matched_at TIMESTAMP,
        matched_by_id BIGINT REFERENCES users (id),
        received_at TIMESTAMP NOT NULL,
        created_at TIMESTAMP NOT NULL,
        created_by_id BIGINT REFERENCES users (id),
        updated_at TIMESTAMP NOT NULL,
        updated_by_id BIGINT REFERENCES users (id),
        version INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX payment_notices_customer ON payment_notices (customer_id)",
    "CREATE INDEX payment_notices_order ON payment_notices (matched_order_id)",
    """CREATE TABLE followups (
        id {pk},
        kind TEXT NOT NULL,
        subject_id BIGINT NOT NULL,
        customer_id BIGINT NOT NULL REFERENCES customers (id),
        owner_id BIGINT REFERENCES users (id),
        title TEXT NOT NULL,
        received_at TIMESTAMP NOT NULL,
        next_at TIMESTAMP,
        sort_at TIMESTAMP NOT NULL,
        followed BOOLEAN NOT NULL DEFAULT FALSE,
        closed BOOLEAN NOT NULL DEFAULT FALSE,
        closed_at TIMESTAMP,
        closed_by_id BIGINT REFERENCES users (id),
        note_count INTEGER NOT NULL DEFAULT 0,
        last_note TEXT NOT NULL DEFAULT '',
        last_note_by_id BIGINT REFERENCES users (id),
        last_note_at TIMESTAMP,
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL,
        updated_by_id BIGINT REFERENCES users (id),
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (kind, subject_id)
    )""",
    # Orders already in the database get their follow-up: finished orders closed, the others new.
    """INSERT INTO followups (kind, subject_id, customer_id, owner_id, title, received_at, sort_at,
        closed, closed_at, created_at, updated_at)
    SELECT 'order', id, customer_id, owner_id, number, created_at,
        CASE WHEN status IN ('delivered', 'cancelled', 'returned') THEN updated_at ELSE created_at END,
        status IN ('delivered', 'cancelled', 'returned'),
        CASE WHEN status IN ('delivered', 'cancelled', 'returned') THEN updated_at END,
        created_at, updated_at
    FROM orders""",
    "CREATE INDEX followups_sort ON followups (closed, sort_at, id)",
    "CREATE INDEX followups_kind_sort ON followups (kind, closed, sort_at, id)",
    "CREATE INDEX followups_owner_sort ON followups (owner_id, closed, sort_at, id)",
    "CREATE INDEX followups_owner_kind_sort ON followups (owner_id, kind, closed, sort_at, id)",
    "CREATE INDEX followups_customer ON followups (customer_id)",
    """CREATE TABLE followup_notes (
        id {pk},
        followup_id BIGINT NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
        at TIMESTAMP NOT NULL,
        user_id BIGINT REFERENCES users (id),
        text TEXT NOT NULL,
        next_at TIMESTAMP,
        closing BOOLEAN NOT NULL DEFAULT FALSE
    )""",
    "CREATE INDEX followup_notes_followup ON followup_notes (followup_id, at)",
]
