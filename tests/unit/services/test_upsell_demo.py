"""Demo upsell data: cases in every status that the upsell services read back, with consistent order totals.
On SQLite and on the real PostgreSQL server."""

from __future__ import annotations

from datetime import UTC, datetime

from salesapp.db import models as m
from salesapp.demo._upsell import seed_upsell, tiny_png
from salesapp.demo.demo import DEMO_PASSWORD, _Clock, _Writer, fill_demo
from salesapp.domain.upsell import UpsellStatus
from salesapp.services.registry import Services
from salesapp.services.upsell.upsell_list import UpsellFilter
from tests.helpers.people import manager_of

NOW = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)


def demo(services: Services, orders: int = 2000) -> int:
    fill_demo(services.db, customers=300, orders=orders, seed=11, now=NOW, sales_work=False)
    sales = m.User.select(m.User.id).where(m.User.role == "sales").order_by(m.User.id)
    staff = [r[0] for r in m.tuples(sales)]
    manager = m.User.get(m.User.username == "manager").id
    with services.db.atomic():
        return seed_upsell(_Writer(services.db), _Clock(NOW.replace(tzinfo=None)), 11, orders, staff, manager)


def test_demo_cases_in_every_status(services: Services) -> None:
    written = demo(services)
    assert written == 200 and m.UpsellCase.select().count() == 200
    manager = services.users.sign_in("manager", DEMO_PASSWORD)
    counts = {c.status: c.count for c in services.upsell_list.counts(manager)}
    assert all(counts[s] > 0 for s in UpsellStatus) and sum(counts.values()) == 200
    for status in UpsellStatus:
        row = services.upsell_list.first_page(manager_of(services), UpsellFilter(status))[0]
        detail = services.upsell.detail(manager, row.id)
        order = detail.order
        assert order.carrier and order.pack_by is not None
        assert order.total_minor == order.original_total_minor + order.upsell_total_minor
        assert order.upsell_total_minor == row.upsell_minor
        assert (order.upsell_lines != ()) is (status is UpsellStatus.SUCCESS)
        services.upsell.notes(manager, row.id)
        services.upsell.calls(manager, row.id)
        assert services.upsell.history(manager, row.id)
    stored = m.Order.select(m.Order.id, m.Order.subtotal_minor).where(
        m.Order.id.in_(m.UpsellCase.select(m.UpsellCase.order_id).where(m.UpsellCase.status == "success"))
    )
    for oid, subtotal in m.tuples(stored):
        lines = sum(x.total_minor for x in m.OrderLine.select().where(m.OrderLine.order == oid))
        assert lines == subtotal
    assert services.upsell_settings.get().rules.enabled
    assert m.Product.select().where(m.Product.category == "").count() == 0
    image = m.UpsellNoteImage.select().first()
    if image is not None:
        assert services.upsell.image(manager, image.id).data.startswith(b"\x89PNG")
    assert demo(services, orders=0) == 0  # nothing more without orders


def test_tiny_png_is_an_image() -> None:
    from salesapp.domain.images import image_type

    assert image_type(tiny_png((1, 2, 3))) == "image/png"
