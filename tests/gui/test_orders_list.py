"""The orders list: windowed model over a filled database, tabs with counts, paging, model tester."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from salesapp.demo.demo import fill_demo
from salesapp.domain.enums import OrderStatus
from salesapp.services.orders.order_list import OrderFilter, OrderSort
from salesapp.ui.lists.windowed import RECORD_ROLE
from salesapp.ui.orders.orders_view import OrdersView
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from tests.helpers.gui import screenshot
from tests.helpers.people import manager_of


@pytest.fixture
def filled(services, admin):
    fill_demo(services.db, customers=120, orders=900, seed=3)
    return services


@pytest.fixture
def worker():
    w = DbWorker()
    yield w
    w.stop()


def test_orders_view_pages_counts_and_modeltester(qtbot, qtmodeltester, filled, admin, worker, db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("GUI list over the worker thread: SQLite here; PostgreSQL covered by service tests")
    view = OrdersView(ViewContext(worker, admin, UTC, True), filled.order_list)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        pass
    assert view.model.rowCount() == 900
    qtbot.waitUntil(lambda: view.model._ids is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "900" in view.list.tab_bar.tabText(0), timeout=10_000)
    first = view.model.index(0, 0).data(RECORD_ROLE)
    assert first is not None
    # newest first, as the keyset order says
    expected = filled.order_list.first_page(manager_of(filled), OrderFilter(), 1)[0]
    assert first.id == expected.id
    # a far row is fetched on demand, never in data()
    assert view.model.index(850, 0).data() == "…"
    qtbot.waitUntil(lambda: view.model.index(850, 0).data() != "…", timeout=10_000)
    assert view.model.index(850, 4).data().startswith("฿")
    date_text = view.model.index(0, 1).data()
    assert int(date_text.split()[0].split("/")[2]) > 2500  # Buddhist era years
    qtmodeltester.check(view.model, force_py=True)
    screenshot(view, "orders_list_en")
    # a status tab narrows the list
    delivered = view.list._tab_keys.index(OrderStatus.DELIVERED)
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        view.list.tab_bar.setCurrentIndex(delivered)
    assert 0 < view.model.rowCount() < 900
    record = view.model.index(0, 0).data(RECORD_ROLE)
    assert record.status is OrderStatus.DELIVERED
    assert view.model.index(0, 3).data(Qt.ItemDataRole.DisplayRole) == "Delivered"
    # the tab's id list arrives before the test ends (it would signal the model tester after its cleanup)
    qtbot.waitUntil(lambda: view.model._ids is not None, timeout=10_000)


def test_order_list_service_on_both_backends(filled, admin):
    svc = filled.order_list
    counts = {c.status: c for c in svc.status_counts(admin)}
    assert counts[None].count == 900
    assert sum(c.count for s, c in counts.items() if s is not None) == 900
    ids = svc.ids(admin, OrderFilter())
    assert len(ids) == 900 and len(set(ids)) == 900
    page = svc.rows(admin, ids[100:300].tolist())
    assert [r.id for r in page] == ids[100:300].tolist()
    stamps = [r.ordered_at for r in svc.first_page(admin, OrderFilter(), 50)]
    assert all(isinstance(s, datetime) and s.tzinfo is UTC for s in stamps)


def test_sales_staff_see_only_their_orders(filled, admin):
    from salesapp.domain.enums import Role

    somsri = next(u for u in filled.users.list_users() if u.username == "somsri")
    assert somsri.role is Role.SALES
    flt = filled.order_list.visible_filter(somsri, OrderFilter())
    ids = filled.order_list.ids(manager_of(filled), flt)
    rows = filled.order_list.rows(manager_of(filled), ids[:200].tolist())
    assert rows and all(r.owner_name == "สมศรี" for r in rows)
    assert filled.order_list.status_counts(somsri)[0].count == len(ids)


def test_a_superseded_id_load_stops_early(filled):
    boss = manager_of(filled)
    partial = filled.order_list.ids(boss, OrderFilter(), should_stop=lambda: True, batch_size=100)
    assert len(partial) == 100
    assert partial.tolist() == filled.order_list.ids(manager_of(filled), OrderFilter())[:100].tolist()


def test_header_clicks_sort_in_sql(qtbot, filled, admin, worker, db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("GUI list over the worker thread: SQLite here; the service sorts are checked on both")
    view = OrdersView(ViewContext(worker, admin, UTC, False), filled.order_list)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model._ids is not None, timeout=10_000)
    header = view.list.table.horizontalHeader()

    def press(column: int) -> None:
        pos = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)

    def click(column: int) -> list:
        with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
            press(column)
        return [view.model.index(r, 0).data(RECORD_ROLE) for r in range(5)]

    totals = [r.total_minor for r in click(4)]  # Total: highest first
    assert totals == sorted(totals, reverse=True) and totals[0] == max(
        r.total_minor
        for r in filled.order_list.rows(
            manager_of(filled), filled.order_list.ids(manager_of(filled), OrderFilter()).tolist()
        )
    )
    assert header.sortIndicatorSection() == 4 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    totals = [r.total_minor for r in click(4)]  # again: lowest first
    assert totals == sorted(totals)
    oldest = click(1)  # Date: newest first, then oldest first
    assert [r.ordered_at for r in oldest] == sorted(r.ordered_at for r in oldest)[::-1]
    oldest = click(1)
    assert [r.ordered_at for r in oldest] == sorted(r.ordered_at for r in oldest)
    press(3)  # the Status column does not sort: the list keeps its order and indicator
    assert header.sortIndicatorSection() == 1


def test_sorted_ids_on_both_backends(filled):
    svc = filled.order_list
    boss = manager_of(filled)
    for sort, key, reverse in (
        (OrderSort.TOTAL_DESC, lambda r: (r.total_minor, r.id), True),
        (OrderSort.TOTAL_ASC, lambda r: (r.total_minor, r.id), False),
        (OrderSort.OLDEST, lambda r: (r.ordered_at, r.id), False),
    ):
        rows = svc.rows(boss, svc.ids(boss, OrderFilter(OrderStatus.DELIVERED, sort=sort)).tolist())
        assert rows and [r.id for r in rows] == [r.id for r in sorted(rows, key=key, reverse=reverse)]
        assert [r.id for r in svc.first_page(boss, OrderFilter(OrderStatus.DELIVERED, sort=sort), 20)] == [
            r.id for r in rows[:20]
        ]


def _orders_of(services, customer_id: int) -> set[int]:
    from salesapp.db import models as m

    return {r[0] for r in m.tuples(m.Order.select(m.Order.id).where(m.Order.customer == customer_id))}


def test_order_search_on_both_backends(filled, admin):
    from salesapp.db import models as m
    from salesapp.domain.text import search_key

    svc = filled.order_list
    # by order number: prefix, any case, with a space
    some = svc.first_page(admin, OrderFilter(), 5)[4]
    assert some.id in svc.search_ids(admin, OrderFilter(), some.number.lower()[:2] + " " + some.number[2:])
    # by a Vietnamese name typed without accents
    viet = m.Customer.select().where(m.Customer.name.contains("ễ") | m.Customer.name.contains("ạ")).first()
    orders = _orders_of(filled, viet.id)
    plain = search_key(viet.name)
    found = svc.search_ids(admin, OrderFilter(), plain)
    assert orders and orders <= set(found)
    assert all(row.customer_name for row in svc.rows(admin, found[:20].tolist()))
    # by a Thai substring of a name, and a phone fragment written with a dash
    thai = m.Customer.select().where(m.Customer.name.contains("สม")).first()
    assert _orders_of(filled, thai.id) <= set(svc.search_ids(admin, OrderFilter(), thai.name[1:4]))
    national = "0" + thai.phone[3:]
    fragment = f"{national[:3]}-{national[3:7]}"
    assert _orders_of(filled, thai.id) <= set(svc.search_ids(admin, OrderFilter(), fragment))
    # the tab's status and the chosen sort still hold
    delivered = svc.search_ids(admin, OrderFilter(OrderStatus.DELIVERED), plain)
    assert {r.status for r in svc.rows(admin, delivered.tolist())} <= {OrderStatus.DELIVERED}
    by_total = svc.rows(admin, svc.search_ids(admin, OrderFilter(sort=OrderSort.TOTAL_DESC), plain).tolist())
    totals = [r.total_minor for r in by_total]
    assert totals == sorted(totals, reverse=True)
    # nothing matches nonsense
    assert len(svc.search_ids(admin, OrderFilter(), "zzqxw")) == 0


def test_sales_staff_search_only_their_orders(filled, admin):
    from salesapp.db import models as m

    seller = next(u for u in filled.users.list_users() if not u.is_manager)
    svc = filled.order_list
    flt = svc.visible_filter(seller, OrderFilter())
    mine = m.Order.select().where(m.Order.owner == seller.id).first()
    found = svc.search_ids(seller, flt, mine.number)
    assert mine.id in found
    assert {r.owner_name for r in svc.rows(seller, found.tolist())} == {seller.display_name}
    theirs = m.Order.select().where(m.Order.owner != seller.id).first()
    assert theirs.id not in svc.search_ids(seller, flt, theirs.number)


def test_typing_in_the_orders_search_box(qtbot, filled, admin, worker, db_url):
    from salesapp.db import models as m
    from tests.helpers.gui import type_text

    if not db_url.startswith("sqlite"):
        pytest.skip("GUI list over the worker thread: SQLite here; PostgreSQL covered by service tests")
    view = OrdersView(ViewContext(worker, admin, UTC, True), filled.order_list)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model._ids is not None, timeout=10_000)
    thai = m.Customer.select().where(m.Customer.name.contains("สม")).first()
    expected = _orders_of(filled, thai.id)
    view.search.setFocus()
    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        type_text(view.search, thai.name[:4])  # Thai typed as key events carrying the text
    shown = {view.model.index(r, 0).data(RECORD_ROLE).id for r in range(view.model.rowCount())}
    assert expected <= shown
    assert "found" in view.list.status.text()
    screenshot(view, "orders_search_th")
    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        view.search.clear()
    assert view.model.rowCount() == 900
