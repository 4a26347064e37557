"""The model base: every model bound to the one proxy `open_database` initialises; a typed tuples()."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import peewee as pw

database_proxy = pw.DatabaseProxy()


class BaseModel(pw.Model):
    """Binds every model to the proxy; tables are created by migrations, never by peewee."""

    # Set by peewee at run time; declared for the type checker.
    id: Any

    class Meta:
        database = database_proxy
        legacy_table_names = False


def tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a peewee query as plain tuples (typed: peewee has no stubs)."""
    yield from query.tuples()
