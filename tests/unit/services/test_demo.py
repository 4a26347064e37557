"""Demo data: counts, consistent totals, valid phones and postcodes, folded search keys, determinism."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from salesapp.cli import main
from salesapp.db.connection import Database
from salesapp.demo.demo import fill_demo
from salesapp.domain.followup import FollowUpKind, StatusFilter
from salesapp.domain.search import customer_search_key
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.followup.followup_list import FollowUpFilter
from salesapp.services.registry import Services, connect
from tests.helpers.people import manager_of

NOW = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)
E164 = re.compile(r"\+(66[689]\d{8}|84[35789]\d{8})")


@pytest.fixture
def filled(db_url: str) -> Iterator[Services]:
    services = connect(db_url, hasher=cheap_hasher())
    fill_demo(services.db, customers=200, orders=1000, seed=11, now=NOW)
    yield services
    services.close()


def _rows(db: Database, sql: str) -> list[tuple]:
    return [tuple(row) for row in db.pw.execute_sql(sql).fetchall()]


def _checksum(db: Database) -> str:
    digest = hashlib.sha256()
    for sql in (
        "SELECT id, name, search_key, phone, email, postcode, owner_id, created_at "
        "FROM customers ORDER BY id",
        "SELECT number, customer_id, owner_id, status, channel, total_minor, ordered_at, updated_at "
        "FROM orders ORDER BY id",
        "SELECT order_id, position, description, quantity, total_minor "
        "FROM order_lines ORDER BY order_id, position",
        "SELECT entity, entity_id, user_id, at, changes, summary FROM activities "
        "ORDER BY entity, entity_id, at, action, summary",
        "SELECT kind, subject_id, owner_id, title, next_at, sort_at, note_count, last_note FROM followups "
        "ORDER BY kind, subject_id",
    ):
        for row in _rows(db, sql):
            digest.update(repr(tuple(str(v) for v in row)).encode())
    return digest.hexdigest()


def test_filled_data_is_consistent_and_realistic(filled: Services) -> None:
    _check_counts_and_totals(filled.db)
    _check_customers(filled.db)
    _check_statuses(filled.db)


def _check_counts_and_totals(db: Database) -> None:
    ((customers, orders, lines, activities, users),) = _rows(
        db,
        "SELECT (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM orders), "
        "(SELECT COUNT(*) FROM order_lines WHERE NOT upsell), "
        "(SELECT COUNT(*) FROM activities WHERE entity = 'order' AND action = 'created'), "
        "(SELECT COUNT(*) FROM users)",
    )
    assert (customers, orders, activities, users) == (200, 1000, 1000, 6)
    assert 1000 <= lines <= 3000
    # every order: subtotal = sum of its lines (upsell lines too), total = subtotal - discount + shipping,
    # 1-3 lines as ordered
    ((bad,),) = _rows(
        db,
        "SELECT COUNT(*) FROM orders o LEFT JOIN (SELECT order_id, SUM(total_minor) AS s, "
        "SUM(CASE WHEN upsell THEN 0 ELSE 1 END) AS n "
        "FROM order_lines GROUP BY order_id) l ON l.order_id = o.id "
        "WHERE l.s IS NULL OR o.subtotal_minor <> l.s OR l.n > 3 "
        "OR o.total_minor <> o.subtotal_minor - o.discount_minor + o.shipping_minor OR o.total_minor < 0",
    )
    assert bad == 0
    numbers = [r[0] for r in _rows(db, "SELECT number FROM orders")]
    assert len(set(numbers)) == 1000 and all(re.fullmatch(r"SO\d{8}", n) for n in numbers)
    ((late,),) = _rows(
        db,
        "SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE o.ordered_at < c.created_at",
    )
    assert late == 0


def _check_customers(db: Database) -> None:
    rows = _rows(
        db, "SELECT name, search_key, phone, country, postcode, province, owner_id, email FROM customers"
    )
    assert all(phone and E164.fullmatch(phone) for _, _, phone, *_ in rows)
    assert len({r[2] for r in rows}) == len(rows)  # no phone twice
    thai = [r for r in rows if r[3] == "TH"]
    vietnamese = [r for r in rows if r[3] == "VN"]
    assert thai and vietnamese
    assert all(r[2].startswith("+66") and re.fullmatch(r"\d{5}", r[4]) for r in thai)
    assert any(re.search("[\u0e00-\u0e7f]", r[0]) for r in thai)  # Thai script
    assert all(r[2].startswith("+84") for r in vietnamese)
    assert any(re.search("[ăâđêôơưĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", r[0]) for r in vietnamese)
    # the search key is what the customer service stores: folded name, phone digits, e-mail
    assert all(key == customer_search_key(r[0], r[2], r[7]) for r in rows for key in [r[1]])
    assert all(key.isascii() for _, key, *_ in vietnamese)
    assert any(r[6] is None for r in rows), "some customers are in the pool"
    assert any(r[6] is not None for r in rows)


def _check_statuses(db: Database) -> None:
    old = _rows(db, "SELECT status, COUNT(*) FROM orders WHERE ordered_at < '2026-10-01' GROUP BY status")
    counts = dict(old)
    assert counts["delivered"] > 0.7 * sum(counts.values())
    assert not {"awaiting", "confirmed", "packed"} & set(counts)


def test_same_seed_same_data_and_the_app_keeps_working(filled: Services, tmp_path: Path) -> None:
    from salesapp.services.customers.customer_service import CustomerInput

    first = _checksum(filled.db)
    # Explicit ids were written: the id sequences (PostgreSQL) must be past them for the app's inserts.
    manager = filled.users.sign_in("manager", "demo1234")
    assert manager.display_name == "คุณมานพ"
    record, _ = filled.customers.create(
        manager, CustomerInput(name="Đặng Thị Ngọc", phone="0912 345 678", country="VN")
    )
    assert record.id == 201
    # The same seed and time on another database (SQLite) give the same rows as on this backend.
    other = connect("sqlite:///" + (tmp_path / "again.sqlite3").as_posix(), hasher=cheap_hasher())
    try:
        fill_demo(other.db, customers=200, orders=1000, seed=11, now=NOW)
        assert _checksum(other.db) == first
    finally:
        other.close()


def test_cli_fills_twice_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = "sqlite:///" + (tmp_path / "cli.sqlite3").as_posix()
    assert main(["demo", "--db", url, "--customers", "30", "--orders", "100", "--seed", "3"]) == 0
    assert main(["demo", "--db", url, "--customers", "30", "--orders", "100", "--seed", "4"]) == 0
    out = capsys.readouterr()
    assert "100 orders" in out.out and "rows/s" in out.out
    assert "100 / 100 orders written" in out.err
    services = connect(url)
    try:
        ((orders, numbers, users),) = _rows(
            services.db,
            "SELECT COUNT(*), COUNT(DISTINCT number), (SELECT COUNT(*) FROM users) FROM orders",
        )
        assert (orders, numbers, users) == (200, 200, 6)
    finally:
        services.close()
    assert main(["demo", "--db", url, "--customers", "0", "--orders", "5"]) == 2


def test_every_order_is_followed_and_requests_and_notices_come_in_every_status(db_url: str) -> None:
    clock = lambda: NOW.replace(hour=3)  # noqa: E731  (10:00 in Bangkok on the demo's last day)
    services = connect(db_url, clock=clock, hasher=cheap_hasher())
    try:
        fill_demo(services.db, customers=300, orders=3000, seed=5, now=NOW)
        db = services.db
        followed_orders = _rows(db, "SELECT COUNT(*) FROM followups WHERE kind = 'order'")[0][0]
        assert followed_orders == 3000
        lists = services.followup_list
        for kind in FollowUpKind:
            for status in StatusFilter:
                flt = FollowUpFilter(kind=kind, status=status)
                assert lists.count(manager_of(services), flt) > 0, (kind, status)
        # Notes agree with the follow-ups that carry them; every note has its activity row.
        notes = _rows(db, "SELECT COUNT(*) FROM followup_notes")[0][0]
        assert notes == _rows(db, "SELECT SUM(note_count) FROM followups")[0][0] > 0
        noted = _rows(db, "SELECT COUNT(*) FROM activities WHERE entity = 'followup'")[0][0]
        assert noted == notes
        unnamed = _rows(db, "SELECT COUNT(*) FROM payment_notices WHERE name = '' OR phone IS NULL")[0][0]
        assert unnamed == 0
    finally:
        services.close()


def test_every_seed_fills_a_small_database(db_url: str) -> None:
    """Issue 22: `salesapp demo --seed 1` failed; several seeds, one after another, at a small size."""
    services = connect(db_url, hasher=cheap_hasher())
    try:
        for seed in range(1, 6):
            fill_demo(services.db, customers=40, orders=200, seed=seed, now=NOW)
        ((orders, bad),) = _rows(
            services.db, "SELECT (SELECT COUNT(*) FROM orders), "
            "(SELECT COUNT(*) FROM payment_notices WHERE amount_minor <= 0)",
        )  # fmt: skip
        assert (orders, bad) == (1000, 0)
    finally:
        services.close()


def test_an_order_totalling_zero_gets_no_payment_notice_of_zero(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The failure of seed 1 at a million orders, made certain: every recent order totals 0."""
    from salesapp.demo._followups import FollowUpDemo

    original = FollowUpDemo.order

    def free(self: FollowUpDemo, *args: object) -> None:
        original(self, *args[:-2], 0, args[-1])  # type: ignore[arg-type]

    monkeypatch.setattr(FollowUpDemo, "order", free)
    services = connect(db_url, hasher=cheap_hasher())
    try:
        fill_demo(services.db, customers=30, orders=150, seed=1, now=NOW, sales_work=False)
        ((notices, bad),) = _rows(
            services.db, "SELECT COUNT(*), SUM(CASE WHEN amount_minor <= 0 THEN 1 ELSE 0 END) "
            "FROM payment_notices",
        )  # fmt: skip
        assert notices > 0 and not bad
    finally:
        services.close()


def test_a_failed_demo_leaves_the_database_as_it_was(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever fails (here the opportunities, written last), no customer or order stays behind."""
    import salesapp.demo.demo as demo

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo, "seed_opportunities", broken)
    services = connect(db_url, hasher=cheap_hasher())
    try:
        with pytest.raises(RuntimeError):
            fill_demo(services.db, customers=30, orders=150, seed=2, now=NOW)
        ((customers, orders, users),) = _rows(
            services.db,
            "SELECT (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM orders), "
            "(SELECT COUNT(*) FROM users)",
        )
        assert (customers, orders, users) == (0, 0, 0)
    finally:
        services.close()


def test_cli_removes_the_sqlite_file_a_failed_demo_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import salesapp.demo.demo as demo

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo, "fill_demo", broken)
    path = tmp_path / "demo.sqlite"
    with pytest.raises(RuntimeError):
        main(["demo", "--db", f"sqlite:///{path.as_posix()}", "--customers", "10", "--orders", "20"])
    assert not any(tmp_path.iterdir())
