"""Migration 10: the opportunities pipeline: configurable stages (one default; fixed won and lost stages),
opportunities, their stage history and their notes, with the seven stages every shop starts with."""

from __future__ import annotations

STATEMENTS = [
    """CREATE TABLE opportunity_stages (
        id {pk},
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        probability INTEGER NOT NULL,
        kind TEXT NOT NULL,
        is_default BOOLEAN NOT NULL DEFAULT FALSE,
        idle_days INTEGER,
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL,
        updated_by_id BIGINT REFERENCES users (id),
        version INTEGER NOT NULL DEFAULT 1
    )""",
    """CREATE TABLE opportunities (
        id {pk},
        customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        owner_id BIGINT REFERENCES users (id),
        title TEXT NOT NULL,
        amount_minor BIGINT NOT NULL DEFAULT 0,
        currency TEXT NOT NULL,
        expected_close DATE,
        stage_id BIGINT NOT NULL REFERENCES opportunity_stages (id),
        products TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        search_key TEXT NOT NULL DEFAULT '',
        lost_reason TEXT NOT NULL DEFAULT '',
        stage_entered_at TIMESTAMP NOT NULL,
        last_activity_at TIMESTAMP NOT NULL,
        closed_at TIMESTAMP,
        created_at TIMESTAMP NOT NULL,
        created_by_id BIGINT REFERENCES users (id),
        updated_at TIMESTAMP NOT NULL,
        updated_by_id BIGINT REFERENCES users (id),
        version INTEGER NOT NULL DEFAULT 1
    )""",
    # A board column's cards in stalest-first order, and (covering) its count, totals and stale count.
    "CREATE INDEX opportunities_stage ON opportunities"
    " (stage_id, last_activity_at, id, currency, amount_minor, owner_id)",
    "CREATE INDEX opportunities_owner ON opportunities (owner_id, stage_id, id)",
    "CREATE INDEX opportunities_customer ON opportunities (customer_id)",
    # Won and lost in a month per salesperson (covering).
    "CREATE INDEX opportunities_closed ON opportunities"
    " (closed_at, stage_id, owner_id, currency, amount_minor)",
    """CREATE TABLE opportunity_stage_changes (
        id {pk},
        opportunity_id BIGINT NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
        from_stage_id BIGINT REFERENCES opportunity_stages (id),
        to_stage_id BIGINT NOT NULL REFERENCES opportunity_stages (id),
        at TIMESTAMP NOT NULL,
        user_id BIGINT REFERENCES users (id)
    )""",
    "CREATE INDEX opportunity_stage_changes_opportunity ON opportunity_stage_changes (opportunity_id, at)",
    """CREATE TABLE opportunity_notes (
        id {pk},
        opportunity_id BIGINT NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'note',
        text TEXT NOT NULL,
        at TIMESTAMP NOT NULL,
        user_id BIGINT REFERENCES users (id)
    )""",
    "CREATE INDEX opportunity_notes_opportunity ON opportunity_notes (opportunity_id, at)",
    # The stages every shop starts with (renamed in Settings, or by `salesapp demo` in the shop's language).
    """INSERT INTO opportunity_stages
        (name, position, probability, kind, is_default, idle_days, created_at, updated_at, version) VALUES
        ('Interested', 1, 10, 'open', TRUE, 14, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1),
        ('Presented', 2, 25, 'open', FALSE, 14, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1),
        ('Quotation sent', 3, 50, 'open', FALSE, 10, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1),
        ('Considering', 4, 60, 'open', FALSE, 10, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1),
        ('Negotiating', 5, 80, 'open', FALSE, 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1),
        ('Won', 6, 100, 'won', FALSE, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1),
        ('Lost', 7, 0, 'lost', FALSE, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)""",
]
