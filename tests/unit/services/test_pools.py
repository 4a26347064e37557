"""Several customer pools on SQLite and PostgreSQL: the default pool, managing pools, and pools through the
import, the handover, the take-back, the customers list's owner filter and its rows."""

from __future__ import annotations

import json

import pytest

from salesapp.db import models as m
from salesapp.domain.customers.customer_filter import CustomerFilter, OwnerScope
from salesapp.domain.customers.handover import HandoverMethod
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import NotFound, PermissionDenied, StaleRecordError, ValidationError
from salesapp.services.customers.customer_import import ImportMode
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.customers.pools import DEFAULT_POOL_ID, DEFAULT_POOL_NAME
from salesapp.services.registry import Services
from salesapp.services.shared.import_table import ImportTable
from tests.helpers.people import manager_of


@pytest.fixture
def staff(services: Services, admin):
    """A salesperson and a manager."""
    sales, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "password1")
    manager, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.MANAGER, "password1")
    return {"sales": sales, "manager": manager}


def customers(services: Services, admin, names: list[str]) -> list[int]:
    return [services.customers.create(admin, CustomerInput(name=n))[0].id for n in names]


def pool_of(ids: list[int]) -> dict[int, int | None]:
    return dict(m.Customer.select(m.Customer.id, m.Customer.pool).where(m.Customer.id.in_(ids)).tuples())


def listed(services: Services, actor, flt: CustomerFilter) -> set[int]:
    return set(services.customer_list.ids(actor, flt).tolist())


def test_default_pool_exists_and_counts_unowned_customers(services: Services, admin, staff) -> None:
    ids = customers(services, admin, ["สมชาย ใจดี", "Trần Văn Nam"])
    pools = services.pools.list_pools()
    assert [(p.id, p.name, p.customers) for p in pools] == [(DEFAULT_POOL_ID, DEFAULT_POOL_NAME, 2)]
    assert pools[0].is_default
    # A customer written with no pool (pool_id NULL) counts in the default pool.
    m.Customer.update(pool=None).where(m.Customer.id == ids[0]).execute()
    assert services.pools.list_pools()[0].customers == 2


def test_managers_add_rename_and_delete_pools(services: Services, admin, staff, clock) -> None:
    manager, sales = staff["manager"], staff["sales"]
    june, _ = services.pools.create(manager, "แคมเปญ มิถุนายน")
    with pytest.raises(ValidationError):
        services.pools.create(manager, "แคมเปญ มิถุนายน")
    with pytest.raises(PermissionDenied):
        services.pools.create(sales, "Chi nhánh Hà Nội")
    renamed, _ = services.pools.rename(manager, june.id, "Campaign June", june.version)
    assert renamed.name == "Campaign June" and renamed.version == 2
    with pytest.raises(StaleRecordError) as stale:
        services.pools.rename(admin, june.id, "Old", june.version)
    assert stale.value.changed_by == "Nguyễn Thị Lan"
    # Customers taken back into the pool; deleting the pool moves them to the default pool, confirmed.
    ids = customers(services, admin, ["อรุณี แก้วมณี", "Lê Thị Hoa", "วิไล รักสงบ"])
    services.handover.revoke(manager, ids, "campaign leads", pool_id=june.id)
    assert set(pool_of(ids).values()) == {june.id}
    with pytest.raises(ValidationError) as changed:
        services.pools.delete(manager, june.id, confirmed_customers=2)
    assert changed.value.field == "uses" and changed.value.params["count"] == "3"
    assert m.Pool.get_or_none(m.Pool.id == june.id) is not None  # nothing written
    moved, changes = services.pools.delete(manager, june.id, confirmed_customers=3)
    assert moved == 3 and set(pool_of(ids).values()) == {DEFAULT_POOL_ID}
    assert changes.ids(EntityKind.CUSTOMER) == set(ids) and changes.ids(EntityKind.POOL) == {june.id}
    rows = m.Activity.select().where((m.Activity.entity == "customer") & (m.Activity.action == "updated"))
    assert {json.loads(r.changes)["pool"][0] for r in rows} == {"Campaign June"}
    assert m.Activity.select().where((m.Activity.entity == "pool") & (m.Activity.action == "deleted")).count()
    with pytest.raises(ValidationError):
        services.pools.delete(manager, DEFAULT_POOL_ID, confirmed_customers=3)
    with pytest.raises(NotFound):
        services.handover.revoke(manager, ids, "again", pool_id=june.id)


def test_handover_from_a_pool_and_take_back_into_another(services: Services, admin, staff) -> None:
    manager, sales = staff["manager"], staff["sales"]
    branch, _ = services.pools.create(manager, "Chi nhánh Đà Nẵng")
    ids = customers(services, admin, ["สมชาย ใจดี", "Trần Văn Nam", "Phạm Minh Tuấn"])
    services.handover.revoke(manager, ids[:2], "branch leads", pool_id=branch.id)
    plan = services.handover.plan(manager, ids, HandoverMethod.ONE, [sales.id])
    services.handover.hand_over(manager, ids, plan)
    assert pool_of(ids) == {i: None for i in ids}  # an owned customer sits in no pool
    handed = (
        m.Activity.select()
        .where(m.Activity.action == Action.HANDED_OVER.value)
        .order_by(m.Activity.entity_id)
    )
    assert [json.loads(r.changes)["pool"] for r in handed] == [
        ["Chi nhánh Đà Nẵng", None], ["Chi nhánh Đà Nẵng", None], [DEFAULT_POOL_NAME, None]
    ]  # fmt: skip
    # Take-back into a chosen pool, named in the history; the default pool when none is named.
    services.handover.revoke(manager, ids[:1], "left the branch", pool_id=branch.id)
    services.handover.revoke(manager, ids[1:], "leaver")
    assert pool_of(ids) == {ids[0]: branch.id, ids[1]: DEFAULT_POOL_ID, ids[2]: DEFAULT_POOL_ID}
    revoked = (
        m.Activity.select()
        .where(
            (m.Activity.action == Action.REVOKED.value)
            & m.Activity.summary.in_(["left the branch", "leaver"])
        )
        .order_by(m.Activity.entity_id)
    )
    assert [json.loads(r.changes)["pool"][1] for r in revoked] == [
        "Chi nhánh Đà Nẵng",
        "Main pool",
        "Main pool",
    ]
    # An unowned customer taken back into another pool moves between pools; into its own, it stays.
    changes = services.handover.revoke(manager, ids, "regroup", pool_id=branch.id)
    assert sorted(changes.ids(EntityKind.CUSTOMER)) == sorted(ids[1:])
    assert set(pool_of(ids).values()) == {branch.id}
    assert [p.customers for p in services.handover.pools(manager)] == [0, 3]
    with pytest.raises(PermissionDenied):
        services.handover.pools(sales)


def test_owner_filter_offers_each_pool_and_rows_name_it(services: Services, admin, staff) -> None:
    manager, sales = staff["manager"], staff["sales"]
    branch, _ = services.pools.create(manager, "สาขาเชียงใหม่")
    ids = customers(services, admin, ["สมชาย ใจดี", "Trần Văn Nam", "Phạm Minh Tuấn", "วิไล รักสงบ"])
    services.handover.revoke(manager, ids[:2], "branch", pool_id=branch.id)
    plan = services.handover.plan(manager, ids[3:], HandoverMethod.ONE, [sales.id])
    services.handover.hand_over(manager, ids[3:], plan)
    m.Customer.update(pool=None).where(m.Customer.id == ids[2]).execute()  # written by code naming no pool
    every_pool = CustomerFilter(owner=OwnerScope.POOL)
    assert listed(services, manager, every_pool) == set(ids[:3])
    assert listed(services, manager, CustomerFilter(owner=OwnerScope.POOL, pool_id=branch.id)) == set(ids[:2])
    default = CustomerFilter(owner=OwnerScope.POOL, pool_id=DEFAULT_POOL_ID)
    assert listed(services, manager, default) == {ids[2]}
    assert (
        services.customer_list.count(manager, CustomerFilter(owner=OwnerScope.POOL, pool_id=branch.id)) == 2
    )
    # The criteria survive a saved segment.
    saved = CustomerFilter.from_json(CustomerFilter(owner=OwnerScope.POOL, pool_id=branch.id).to_json())
    assert saved.pool_id == branch.id
    rows = {r.id: r for r in services.customer_list.rows(manager_of(services), ids)}
    assert rows[ids[0]].pool_name == "สาขาเชียงใหม่" and rows[ids[2]].pool_name == DEFAULT_POOL_NAME
    assert rows[ids[3]].pool_name == "" and rows[ids[3]].owner_name == "สมศรี"


def test_import_names_the_pool_of_new_unowned_customers(services: Services, admin, staff) -> None:
    manager, sales = staff["manager"], staff["sales"]
    campaign, _ = services.pools.create(manager, "TikTok tháng 6")
    table = ImportTable(
        ("Name", "Phone"),
        [("สมชาย ใจดี", "081-234-5678"), ("Nguyễn Văn An", "+84 987 654 321")],
        [2, 3],
        "leads.csv",
    )
    mapping = {0: "name", 1: "phone"}
    result, changes = services.customer_import.run(
        manager, table, mapping, ImportMode.CREATE, "TH", pool_id=campaign.id
    )
    assert result.created == 2
    ids = sorted(changes.ids(EntityKind.CUSTOMER))
    assert set(pool_of(ids).values()) == {campaign.id}
    assert [p.customers for p in services.pools.list_pools() if p.id == campaign.id] == [2]
    imported = m.Activity.select().where(m.Activity.action == Action.IMPORTED.value)
    assert [json.loads(r.changes) for r in imported] == [{"pool": [None, "TikTok tháng 6"]}] * 2
    # A salesperson's import is theirs: no pool. Without a pool named: the default pool.
    other = ImportTable(("Name",), [("Lê Thị Hoa",)], [2], "mine.csv")
    _, mine = services.customer_import.run(
        sales, other, {0: "name"}, ImportMode.CREATE, "VN", pool_id=campaign.id
    )
    assert list(pool_of(list(mine.ids(EntityKind.CUSTOMER))).values()) == [None]
    third = ImportTable(("Name",), [("Phạm Minh Tuấn",)], [2], "more.csv")
    _, more = services.customer_import.run(manager, third, {0: "name"}, ImportMode.CREATE, "VN")
    assert list(pool_of(list(more.ids(EntityKind.CUSTOMER))).values()) == [DEFAULT_POOL_ID]
