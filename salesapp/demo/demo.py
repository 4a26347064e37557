"""Demo data: Thai and Vietnamese staff, customers, products and orders for trying salesapp out.

`fill_demo` writes a realistic data set fast enough for a million orders (about 35 s on SQLite on a
2-core machine): rows are generated as tuples from one seeded random stream, so a seed and an anchor time
always give the same data, and written in chunks through the raw DB-API cursor (multi-row INSERT with
`executemany` on SQLite, COPY on PostgreSQL) in one transaction. Customers and orders get explicit ids, so
nothing is read back; secondary indexes (and on PostgreSQL foreign keys) are dropped for the load and
built again before the commit.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from salesapp.db.connection import Database
from salesapp.db.pg_logins import create_login
from salesapp.demo._bulk import BULK_CACHE_KIB, Progress, _bulk_load, _Clock, _Writer
from salesapp.demo._customers import (
    DEMO_PASSWORD,
    MAIL_DOMAINS,
    STAFF,
    TH_FIRST,
    TH_LAST,
    TH_PLACES,
    TH_SHOPS,
    VN_FAMILY,
    VN_GIVEN_F,
    VN_GIVEN_M,
    VN_MIDDLE_F,
    VN_PLACES,
    VN_SHOPS,
    _CustomerPlan,
    _ensure_catalogue,
    _ensure_staff,
)
from salesapp.demo._followups import FollowUpDemo
from salesapp.demo._opportunities import seed_opportunities
from salesapp.demo._orders import _write_orders, _write_requests_and_notices
from salesapp.demo._upsell import seed_upsell
from salesapp.domain.clock import to_db, utc_now
from salesapp.domain.records import UserRecord
from salesapp.services.registry import Services, connect

# The public face of the demo package; the name and place tables are re-exported for the benchmark's
# import file and the collation tests, the writer and clock for the upsell demo's tests.
__all__ = [
    "DEMO_PASSWORD",
    "MAIL_DOMAINS",
    "TH_FIRST",
    "TH_LAST",
    "TH_PLACES",
    "TH_SHOPS",
    "VN_FAMILY",
    "VN_GIVEN_F",
    "VN_GIVEN_M",
    "VN_MIDDLE_F",
    "VN_PLACES",
    "VN_SHOPS",
    "DemoCounts",
    "Progress",
    "_Clock",
    "_Writer",
    "fill_demo",
    "prepare_demo_database",
]

BULK_TABLES = (
    "customers", "orders", "order_lines", "activities", "followups", "followup_notes", "contact_requests",
    "payment_notices",
)  # fmt: skip


@dataclass(frozen=True)
class DemoCounts:
    """Rows written by `fill_demo`, per table."""

    users: int
    products: int
    customers: int
    orders: int
    order_lines: int
    activities: int
    followups: int = 0

    @property
    def rows(self) -> int:
        """All rows written."""
        return (
            self.users + self.products + self.customers + self.orders + self.order_lines + self.activities
            + self.followups
        )  # fmt: skip


def fill_demo(
    db: Database,
    customers: int = 300,
    orders: int = 1500,
    seed: int = 7,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    sales_work: bool = True,
) -> DemoCounts:
    """Insert staff, products, customers, orders with their lines and an activity row per order.

    Everything is written in one transaction, so a failure leaves nothing behind. The data depends only
    on `seed` and on `now`, the end of the five demo years (by default today 00:00 UTC, 07:00 in Bangkok
    and Hanoi): the same seed on the same day, or with the same `now`, gives the same rows on every
    backend. Existing demo staff and products are reused, so a database can be filled twice.
    `progress(stage, done, total)` is called after every chunk of customers and of orders. `sales_work`
    adds the upsell queue's cases and the opportunities pipeline (their own tests seed them separately).
    """
    if customers < 0 or orders < 0:
        raise ValueError("customers and orders must not be negative")
    if orders and not customers:
        raise ValueError("orders need at least one customer")
    if now is None:
        anchor = to_db(utc_now()).replace(hour=0, minute=0, second=0, microsecond=0)
    else:
        anchor = to_db(now).replace(second=0, microsecond=0)
    rng = random.Random(seed)
    rand = rng.random
    clock = _Clock(anchor)
    # One transaction for everything, the opportunities too: a failure leaves the database as it was.
    with db.atomic():
        with db.bulk_cache(BULK_CACHE_KIB), db.atomic(), _bulk_load(db, BULK_TABLES):
            writer = _Writer(db)
            if not db.is_sqlite:
                writer.cursor.execute("LOCK TABLE customers, orders IN SHARE ROW EXCLUSIVE MODE")
            staff, users_added = _ensure_staff(writer, clock.text(0))
            catalogue, products_added = _ensure_catalogue(writer, clock.text(0))
            plan = _CustomerPlan(rand, customers, orders, clock, staff)
            first_customer = writer.next_id("customers")
            plan.write(writer, first_customer, progress)
            writer.sync_sequence("customers")
            followups = FollowUpDemo(writer, rand, clock.text, clock.limit, plan.staff_ids)
            lines, activities = _write_orders(
                writer, rand, plan, first_customer, catalogue, clock, followups, progress
            )
            writer.sync_sequence("orders")
            if orders:
                _write_requests_and_notices(
                    writer, rand, plan, first_customer, followups, max(20, orders // 100)
                )
                if sales_work:
                    seed_upsell(writer, clock, seed, orders, plan.staff_ids, staff[0][0])
            for table in ("followups", "contact_requests", "payment_notices"):
                writer.sync_sequence(table)
            _demo_logins(db, staff)
        if sales_work:
            seed_opportunities(db, None, seed, now=anchor, language="auto")
    if not db.is_sqlite:
        # Fresh statistics and visibility map: the planner picks the indexes, counts read index-only.
        for table in BULK_TABLES:
            db.pw.execute_sql(f"VACUUM ANALYZE {table}")
    return DemoCounts(users_added, products_added, customers, orders, lines, activities, followups.written)


def _demo_logins(db: Database, staff: list[tuple[int, int]]) -> None:
    """On PostgreSQL each demo person gets a login role with the demo password, so the database's own
    rules can be tried at once (psql as `somsri`, say); nothing on SQLite."""
    if db.is_sqlite:
        return
    for (uid, _share), (username, _name, role, _) in zip(staff, STAFF, strict=True):
        create_login(db.pw, uid, username, role.value, DEMO_PASSWORD)


def prepare_demo_database(path: Path) -> tuple[Services, UserRecord]:
    """A fresh demo database at `path`, filled, with its manager signed in."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    services = connect("sqlite:///" + path.as_posix())  # the default hasher, as the app's
    fill_demo(services.db)
    return services, services.users.sign_in("manager", DEMO_PASSWORD)
