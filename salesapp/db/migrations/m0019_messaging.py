"""Migration 19: messages to customers and the outbox (one row per recipient and message, claimed by a
desktop's sender with a lease), their attachments, and on the customer: the LINE user id the Messaging
API pushes to and the consent flags (no marketing e-mail / SMS). A care note written for a message keeps
its delivery state (`customer_notes.delivery`), updated by the sender."""

from __future__ import annotations

STATEMENTS = [
    "CREATE TABLE messages ("
    " id {pk},"
    " channel TEXT NOT NULL,"
    " purpose TEXT NOT NULL,"
    " subject TEXT NOT NULL DEFAULT '',"
    " body TEXT NOT NULL,"
    " created_at TIMESTAMP NOT NULL,"
    " created_by_id INTEGER REFERENCES users (id)"
    ")",
    "CREATE TABLE message_attachments ("
    " id {pk},"
    " message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,"
    " name TEXT NOT NULL,"
    " mime TEXT NOT NULL,"
    " data {blob} NOT NULL"
    ")",
    "CREATE INDEX message_attachments_message ON message_attachments (message_id)",
    "CREATE TABLE outbox ("
    " id {pk},"
    " message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,"
    " customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,"
    " note_id INTEGER REFERENCES customer_notes (id) ON DELETE SET NULL,"
    " channel TEXT NOT NULL,"
    " address TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at TIMESTAMP NOT NULL,"
    " lease_until TIMESTAMP,"
    " claimed_by TEXT,"
    " idempotency_key TEXT NOT NULL UNIQUE,"
    " provider_id TEXT NOT NULL DEFAULT '',"
    " error TEXT NOT NULL DEFAULT '',"
    " queued_at TIMESTAMP NOT NULL,"
    " sent_at TIMESTAMP,"
    " created_by_id INTEGER REFERENCES users (id)"
    ")",
    # The sender's claim reads the oldest due queued row of a channel: one range of this index.
    "CREATE INDEX outbox_due ON outbox (state, channel, next_attempt_at, id)",
    "CREATE INDEX outbox_message ON outbox (message_id)",
    "CREATE INDEX outbox_customer ON outbox (customer_id)",
    "ALTER TABLE customers ADD COLUMN line_user_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN no_marketing_email BOOLEAN NOT NULL DEFAULT FALSE",
    "ALTER TABLE customers ADD COLUMN no_marketing_sms BOOLEAN NOT NULL DEFAULT FALSE",
    "ALTER TABLE customer_notes ADD COLUMN delivery TEXT",
]
