"""Migration 21: nothing changes in the tables. On PostgreSQL, a migration after 18 re-applies the grants,
policies and functions (`pg_security.refresh`), which brings the row-lookup functions added since 20
(whether a hidden row exists, who holds a phone, who owns a customer) to databases already at 20."""

from __future__ import annotations

STATEMENTS: list[str] = []
