"""The Customers filter's sources and the handover dialog's staff loads, read from indexes, give the same
answers as the plain scans they replaced, on SQLite and PostgreSQL."""

from __future__ import annotations

import peewee as pw

from salesapp.db import models as m
from salesapp.demo.demo import fill_demo
from salesapp.domain.enums import Role
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.customers.handover import OWNER_ROLES, HandoverService
from salesapp.services.lists import ListKind
from salesapp.services.registry import Services


def scanned_sources() -> set[str]:
    c = m.Customer
    query = c.select(c.source).where(c.source != "").group_by(c.source)
    return {r[0] for r in query.tuples()}


def scanned_loads() -> list[tuple[int, str, int]]:
    u, c = m.User, m.Customer
    query = (
        u.select(u.id, u.display_name, pw.fn.COUNT(c.id))
        .join(c, pw.JOIN.LEFT_OUTER, on=(c.owner == u.id))
        .where(u.active & u.role.in_(OWNER_ROLES))
        .group_by(u.id, u.display_name)
    )
    return sorted((int(i), n, int(k)) for i, n, k in query.tuples())


def test_sources_are_every_non_empty_source_in_use_by_name(services: Services, admin) -> None:
    fill_demo(services.db, customers=300, orders=0, seed=3)
    for i, source in enumerate(["ลูกค้าแนะนำ", "Đối tác", "facebook ads", "", "Facebook Ads", "ร้านค้า"]):
        services.customers.create(admin, CustomerInput(name=f"ลูกค้า {i}", source=source))
    found = services.customer_list.sources()
    assert set(found) == scanned_sources()
    assert len(found) == len(set(found)) and "" not in found
    in_use = {e.name for e in services.lists.entries(admin, ListKind.SOURCES) if e.uses}
    assert set(found) == in_use  # the filter offers what the lists managers keep count as in use
    first = services.customer_list.sources(limit=3)
    assert len(first) == 3 and set(first) <= set(found)


def test_sources_of_an_empty_shop(services: Services) -> None:
    assert services.customer_list.sources() == []


def test_staff_loads_match_a_count_of_every_customer(services: Services, admin) -> None:
    fill_demo(services.db, customers=300, orders=0, seed=4)
    lazy, _ = services.users.create_user(admin, "lazy", "ไม่มีลูกค้า", Role.SALES, "password1")
    svc = HandoverService(services.ctx)
    loads = svc.staff_loads(admin)
    assert sorted((s.user_id, s.name, s.current_count) for s in loads) == scanned_loads()
    assert any(s.user_id == lazy.id and s.current_count == 0 for s in loads)
    assert sum(s.current_count for s in loads) <= m.Customer.select().count()
