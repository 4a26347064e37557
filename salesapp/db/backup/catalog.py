"""What a database holds, read from its own catalogue at run time (never a list written here): the base
tables with their columns, primary keys and foreign keys, the virtual tables (SQLite's FTS5 search tables),
the tables that triggers write (the narrow search tables on PostgreSQL), and the columns a sequence numbers.

Tables added by any later migration are therefore backed up and restored without a change here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from salesapp.db.backup.raw import Raw, quote
from salesapp.db.backup.values import kind_of_postgresql, kind_of_sqlite

# Tables a trigger body writes into: INSERT INTO x, UPDATE x, DELETE FROM x (SQL and PL/pgSQL alike).
_WRITTEN = re.compile(r"\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?([A-Za-z_][\w]*)\"?", re.IGNORECASE)


@dataclass(frozen=True)
class Column:
    """A column: its name, the backend's type name and the kind values are converted by."""

    name: str
    kind: str
    type_name: str
    nullable: bool


@dataclass(frozen=True)
class Table:
    """A base table: columns in order, primary key columns, and (column, referenced table) per foreign key."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    references: tuple[tuple[str, str], ...] = ()

    def column(self, name: str) -> Column | None:
        """The column called `name`, if the table has one."""
        return next((c for c in self.columns if c.name == name), None)


@dataclass
class Catalog:
    """Every table of one database, as its catalogue describes it."""

    tables: dict[str, Table] = field(default_factory=dict)
    virtual: set[str] = field(default_factory=set)  # SQLite virtual tables (FTS5 search), kept by triggers
    trigger_written: set[str] = field(default_factory=set)  # base tables some trigger writes into
    serials: list[tuple[str, str]] = field(default_factory=list)  # (table, column) numbered by a sequence


def read_catalog(raw: Raw) -> Catalog:
    """The catalogue of the database behind `raw`."""
    return _sqlite_catalog(raw) if raw.is_sqlite else _postgresql_catalog(raw)


def _sqlite_catalog(raw: Raw) -> Catalog:
    catalog = Catalog()
    names: list[str] = []
    for name, kind in raw.execute("SELECT name, type FROM pragma_table_list WHERE schema = 'main'"):
        if name.startswith("sqlite_"):
            continue
        if kind == "virtual":
            catalog.virtual.add(name)
        elif kind == "table":
            names.append(name)
    for name in sorted(names):
        info = raw.execute(f"PRAGMA table_info({quote(name)})").fetchall()
        columns = tuple(Column(c[1], kind_of_sqlite(c[2] or ""), c[2] or "", not c[3]) for c in info)
        primary = tuple(c[1] for c in sorted((c for c in info if c[5]), key=lambda c: c[5]))
        fks = raw.execute(f"PRAGMA foreign_key_list({quote(name)})").fetchall()
        refs = tuple((fk[3], fk[2]) for fk in fks)
        catalog.tables[name] = Table(name, columns, primary, refs)
    triggers = [row[0] or "" for row in raw.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
    catalog.trigger_written = _written_by(triggers, set(catalog.tables))
    return catalog


def _postgresql_catalog(raw: Raw) -> Catalog:
    catalog = Catalog()
    columns: dict[str, list[Column]] = {}
    rows = raw.execute(
        "SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.column_default, "
        "c.is_identity FROM information_schema.columns c JOIN information_schema.tables t "
        "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
        "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
        "ORDER BY c.table_name, c.ordinal_position"
    ).fetchall()
    for table, column, data_type, udt, nullable, default, identity in rows:
        columns.setdefault(table, []).append(
            Column(column, kind_of_postgresql(data_type), udt, nullable == "YES")
        )
        if identity == "YES" or (default or "").startswith("nextval("):
            catalog.serials.append((table, column))
    primary: dict[str, list[str]] = {}
    for table, column in raw.execute(
        "SELECT i.indrelid::regclass::text, a.attname FROM pg_index i "
        "JOIN pg_class r ON r.oid = i.indrelid "
        "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
        "WHERE i.indisprimary AND r.relnamespace = current_schema()::regnamespace "
        "ORDER BY 1, array_position(i.indkey::int2[], a.attnum)"
    ).fetchall():
        primary.setdefault(_unquoted(table), []).append(column)
    refs: dict[str, list[tuple[str, str]]] = {}
    for table, column, target in raw.execute(
        "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text FROM pg_constraint c "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
        "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace"
    ).fetchall():
        refs.setdefault(_unquoted(table), []).append((column, _unquoted(target)))
    for table, cols in columns.items():
        catalog.tables[table] = Table(
            table, tuple(cols), tuple(primary.get(table, ())), tuple(refs.get(table, ()))
        )
    bodies = [
        row[0] or ""
        for row in raw.execute(
            "SELECT p.prosrc FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
            "JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
        ).fetchall()
    ]
    catalog.trigger_written = _written_by(bodies, set(catalog.tables))
    return catalog


def _unquoted(name: str) -> str:
    return name[1:-1].replace('""', '"') if name.startswith('"') else name


def _written_by(bodies: list[str], tables: set[str]) -> set[str]:
    """Base tables named as the target of an INSERT, UPDATE or DELETE in a trigger's body."""
    written: set[str] = set()
    for body in bodies:
        # A trigger's own header ("… AFTER UPDATE OF x ON customers BEGIN") names the table it watches:
        # only its body (after BEGIN, or a PL/pgSQL function's source) names the tables it writes.
        text = body.split("BEGIN", 1)[1] if re.search(r"\bCREATE\s+TRIGGER\b", body, re.I) else body
        written.update(name for name in _WRITTEN.findall(text) if name in tables)
    return written
