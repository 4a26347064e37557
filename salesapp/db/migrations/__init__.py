"""Numbered schema migrations, run forward in one transaction each when a database is opened."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import peewee

from salesapp import __version__
from salesapp.db.migrations import (
    m0001_core,
    m0002_search,
    m0003_followup,
    m0004_name_order,
    m0005_order_sorts,
    m0006_search_table,
    m0007_order_number_prefix,
    m0008_customer_profile,
    m0009_upsell,
    m0010_opportunities,
    m0011_catalogue,
    m0012_pools,
    m0013_staff,
    m0014_order_owner_status,
    m0015_customer_source_index,
    m0016_sign_in_lock,
    m0017_activity_audit,
    m0018_row_security,
    m0019_messaging,
    m0020_order_life,
    m0021_row_lookups,
)
from salesapp.domain.errors import DatabaseOpenError, msg


@dataclass(frozen=True)
class Migration:
    """One numbered step: SQL for both backends ({pk}/{blob} filled per backend), or per backend, and
    optionally a Python step after the SQL (for values only Python computes), in the same transaction."""

    number: int
    statements: Sequence[str] = ()
    sqlite: Sequence[str] = ()
    postgresql: Sequence[str] = ()
    python: Callable[[peewee.Database], None] | None = None
    vacuum: Sequence[str] = ()  # PostgreSQL tables whose rows the step rewrote: VACUUM ANALYZE after it

    def for_backend(self, backend: str) -> list[str]:
        """The statements to run on `backend` ("sqlite" or "postgresql")."""
        return [*self.statements, *(self.sqlite if backend == "sqlite" else self.postgresql)]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, m0001_core.STATEMENTS),
    Migration(2, sqlite=m0002_search.SQLITE, postgresql=m0002_search.POSTGRESQL),
    Migration(3, m0003_followup.STATEMENTS),
    Migration(
        4,
        sqlite=m0004_name_order.SQLITE,
        postgresql=m0004_name_order.POSTGRESQL,
        python=m0004_name_order.backfill,
        vacuum=("customers",),
    ),
    Migration(5, m0005_order_sorts.STATEMENTS),
    Migration(6, postgresql=m0006_search_table.POSTGRESQL, vacuum=("customers_search",)),
    Migration(7, postgresql=m0007_order_number_prefix.POSTGRESQL),
    Migration(8, m0008_customer_profile.STATEMENTS),
    Migration(9, m0009_upsell.STATEMENTS),
    Migration(10, m0010_opportunities.STATEMENTS),
    Migration(
        11,
        m0011_catalogue.STATEMENTS,
        sqlite=m0011_catalogue.SQLITE,
        postgresql=m0011_catalogue.POSTGRESQL,
        python=m0011_catalogue.backfill,
        vacuum=("products",),
    ),
    Migration(12, m0012_pools.STATEMENTS, vacuum=("customers",)),
    Migration(13, m0013_staff.STATEMENTS),
    Migration(14, m0014_order_owner_status.STATEMENTS, vacuum=("orders",)),
    Migration(15, m0015_customer_source_index.STATEMENTS, vacuum=("customers",)),
    Migration(16, m0016_sign_in_lock.STATEMENTS),
    Migration(17, m0017_activity_audit.STATEMENTS, vacuum=("activities",)),
    Migration(
        18,
        m0018_row_security.STATEMENTS,
        postgresql=m0018_row_security.POSTGRESQL,
        python=m0018_row_security.install,
        vacuum=("customers",),
    ),
    Migration(19, m0019_messaging.STATEMENTS),
    Migration(20, m0020_order_life.STATEMENTS),
    Migration(21, m0021_row_lookups.STATEMENTS),
)
LATEST = MIGRATIONS[-1].number

_DIALECT = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY", "blob": "BLOB"},
    "postgresql": {"pk": "BIGSERIAL PRIMARY KEY", "blob": "BYTEA"},
}


def backend_name(db: peewee.Database) -> str:
    """ "sqlite" or "postgresql"."""
    return "postgresql" if isinstance(db, peewee.PostgresqlDatabase) else "sqlite"


def current_version(db: peewee.Database) -> int:
    """The schema version of `db`; 0 for an empty database."""
    if not db.table_exists("schema_version"):
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def check_not_newer(version: int) -> None:
    """Refuse a database written by a newer salesapp: it is never modified."""
    if version > LATEST:
        raise DatabaseOpenError(
            msg(
                "This database was created by a newer version of salesapp (schema {found}, this app knows "
                "{latest}). Install the newer salesapp; the database was not changed."
            ),
            found=version,
            latest=LATEST,
        )


def pending(version: int) -> list[Migration]:
    """Migrations after `version`, in order."""
    return [m for m in MIGRATIONS if m.number > version]


def apply_pending(db: peewee.Database, up_to: int | None = None) -> list[int]:
    """Run each pending migration (up to number `up_to`, when given: a backup being restored is loaded into
    the schema it was taken from) in its own transaction; returns the numbers applied."""
    backend = backend_name(db)
    dialect = _DIALECT[backend]
    applied = []
    version = current_version(db)
    check_not_newer(version)
    if version == 0:
        with db.atomic():
            db.execute_sql(
                "CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL, app_version TEXT NOT NULL)"
            )
    for migration in pending(version):
        if up_to is not None and migration.number > up_to:
            break
        with db.atomic():
            for statement in migration.for_backend(backend):
                db.execute_sql(statement.format(**dialect))
            if migration.python is not None:
                migration.python(db)
            db.execute_sql(
                "INSERT INTO schema_version (version, applied_at, app_version) VALUES (%s, %s, %s)".replace(
                    "%s", db.param
                ),
                (migration.number, datetime.now(UTC).replace(tzinfo=None), __version__),
            )
        applied.append(migration.number)
        if backend == "postgresql":
            for table in migration.vacuum:  # outside the transaction: old row versions, fresh statistics
                db.execute_sql(f"VACUUM ANALYZE {table}")
    return applied
