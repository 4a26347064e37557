"""Migration 17: the audit trail's indexes. The Audit screen lists activity rows newest first (`at`, then
`id`), filtered by record kind, action, person and period. Each index is read in that order; the kind and
action indexes also carry the other filter columns (and the time index the person), so a combined filter
(a kind and a person, a kind and an action, a manager's staff-only rows) is checked inside the index, never
row by row in the table: the first page and the capped counts stay in milliseconds at millions of rows. A
person's rows alone already have `activities_user` (user_id, at) from migration 1."""

from __future__ import annotations

STATEMENTS = [
    "CREATE INDEX activities_at ON activities (at, id, user_id)",
    "CREATE INDEX activities_kind_at ON activities (entity, at, id, action, user_id)",
    "CREATE INDEX activities_action_at ON activities (action, at, id, entity, user_id)",
]
