"""Fixtures of the database tests: a demo shop on the real PostgreSQL server for row-level security."""

from __future__ import annotations

from tests.helpers.pg_shop import pg_shop

__all__ = ["pg_shop"]
