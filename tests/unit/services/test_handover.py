"""Handover service on SQLite and PostgreSQL: split methods, owners and history, revoke, move, roles."""

from __future__ import annotations

import time
import unicodedata

import pytest

from salesapp.db import models as m
from salesapp.demo.demo import fill_demo
from salesapp.domain.customers.handover import HandoverMethod
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.domain.errors import NotFound, PermissionDenied, StaleRecordError, ValidationError
from salesapp.services.customers.customer_service import CustomerInput, input_from_record
from salesapp.services.customers.handover import HandoverService
from salesapp.services.registry import Services
from tests.helpers.people import manager_of

M = HandoverMethod
THAI_NAMES = ["สมชาย ใจดี", "Đặng Thị Ngọc", "วิไล รักสงบ", "Trần Văn Nam", "ประเสริฐ ศรีสุข"]


@pytest.fixture
def staff(services: Services, admin):
    """Three sales staff and a manager (who can own customers too), as UserRecords by short name."""
    users = {}
    for username, name, role in (
        ("somsri", "สมศรี", Role.SALES),
        ("lan", "Nguyễn Thị Lan", Role.SALES),
        ("anan", "อนันต์", Role.SALES),
        ("manop", "คุณมานพ", Role.MANAGER),
    ):
        users[username], _ = services.users.create_user(admin, username, name, role, "password1")
    return users


def make_customers(services: Services, admin, n: int) -> list[int]:
    return [
        services.customers.create(admin, CustomerInput(name=f"{THAI_NAMES[i % 5]} {i}"))[0].id
        for i in range(n)
    ]


def owners(ids: list[int]) -> dict[int, int | None]:
    return dict(m.Customer.select(m.Customer.id, m.Customer.owner).where(m.Customer.id.in_(ids)).tuples())


def handover_rows(ids: list[int], action: Action = Action.HANDED_OVER) -> list[m.Activity]:
    return list(
        m.Activity.select()
        .where(
            (m.Activity.entity == "customer")
            & m.Activity.entity_id.in_(ids)
            & (m.Activity.action == action.value)
        )
        .order_by(m.Activity.entity_id)
    )


def test_staff_loads_counts_owned_customers_of_active_owners(services: Services, admin, staff) -> None:
    svc = HandoverService(services.ctx)
    ids = make_customers(services, admin, 5)
    m.Customer.update(owner=staff["lan"].id).where(m.Customer.id.in_(ids[:3])).execute()
    m.Customer.update(owner=staff["manop"].id).where(m.Customer.id == ids[3]).execute()
    disabled, _ = services.users.create_user(admin, "gone", "Gone", Role.SALES, "password1")
    m.User.update(active=False).where(m.User.id == disabled.id).execute()
    loads = {s.name: s.current_count for s in svc.staff_loads(admin)}
    # the admin and the disabled account cannot receive customers
    assert loads == {"Nguyễn Thị Lan": 3, "คุณมานพ": 1, "สมศรี": 0, "อนันต์": 0}
    with pytest.raises(PermissionDenied):
        svc.staff_loads(staff["somsri"])


def test_hand_over_evenly_sets_owner_time_version_and_history(
    services: Services, admin, staff, clock
) -> None:
    svc = HandoverService(services.ctx)
    ids = make_customers(services, admin, 10)
    clock.advance(hours=2)
    chosen = [staff["somsri"].id, staff["lan"].id, staff["anan"].id]
    plan = svc.plan(admin, ids, M.EVENLY, chosen, minimum=3, maximum=4)
    assert [(s.name, s.current_count, s.new_count, s.after) for s in plan.shares] == [
        ("สมศรี", 0, 4, 4),
        ("Nguyễn Thị Lan", 0, 3, 3),
        ("อนันต์", 0, 3, 3),
    ]
    result, changes = svc.hand_over(admin, ids, plan, reason="  แคมเปญ 11.11  ")
    assert result.handed_over == {staff["somsri"].id: 4, staff["lan"].id: 3, staff["anan"].id: 3}
    assert result.total == 10 and result.unchanged == 0 and result.missing == 0
    assert changes.ids(EntityKind.CUSTOMER) == set(ids)
    got = owners(ids)
    assert [got[i] for i in ids] == [staff["somsri"].id] * 4 + [staff["lan"].id] * 3 + [staff["anan"].id] * 3
    record = services.customers.get(admin, ids[0])
    assert record.handed_over_at == clock.now and record.updated_at == clock.now
    assert record.version == 2
    assert m.Customer.get_by_id(ids[0]).updated_by_id == admin.id
    rows = handover_rows(ids)
    assert len(rows) == 10
    (first, *_) = services.history.for_record(manager_of(services), EntityKind.CUSTOMER, ids[0])
    assert first.action is Action.HANDED_OVER and first.user_name == "Admin Ann" and first.at == clock.now
    assert first.changes == {
        "owner_id": (None, staff["somsri"].id), "owner": (None, "สมศรี"), "pool": ("Main pool", None)
    }  # fmt: skip
    assert first.summary == "แคมเปญ 11.11"
    loads = {s.name: s.current_count for s in svc.staff_loads(admin)}
    assert loads == {"Nguyễn Thị Lan": 3, "คุณมานพ": 0, "สมศรี": 4, "อนันต์": 3}


def test_hand_over_manual_least_loaded_and_one_person(services: Services, admin, staff) -> None:
    svc = HandoverService(services.ctx)
    ids = make_customers(services, admin, 12)
    somsri, lan, anan = staff["somsri"].id, staff["lan"].id, staff["anan"].id
    plan = svc.plan(admin, ids[:5], M.MANUAL, [lan, somsri], counts={lan: 2, somsri: 3})
    svc.hand_over(admin, ids[:5], plan)
    assert [owners(ids)[i] for i in ids[:5]] == [lan, lan, somsri, somsri, somsri]
    with pytest.raises(ValidationError, match="add up to 4"):
        svc.plan(admin, ids[5:], M.MANUAL, [lan], counts={lan: 4})
    # loads now: somsri 3, lan 2, anan 0 → anan is filled first, ties go by the order chosen:
    # anan 1, 2; lan (2, earlier than anan) 3; anan 3; then all at 3 and somsri comes first
    plan = svc.plan(admin, ids[5:10], M.LEAST_LOADED, [somsri, lan, anan])
    assert plan.split == {somsri: 1, lan: 1, anan: 3}
    svc.hand_over(admin, ids[5:10], plan)
    loads = {s.user_id: s.current_count for s in svc.staff_loads(admin)}
    assert (loads[somsri], loads[lan], loads[anan]) == (4, 3, 3)
    plan = svc.plan(admin, ids[10:], M.ONE, [staff["manop"].id])
    result, _ = svc.hand_over(admin, ids[10:], plan)
    assert result.handed_over == {staff["manop"].id: 2}
    assert owners(ids[10:]) == {ids[10]: staff["manop"].id, ids[11]: staff["manop"].id}
    with pytest.raises(ValidationError, match="exactly one"):
        svc.plan(admin, ids, M.ONE, [somsri, lan])
    assert len(handover_rows(ids)) == 12


def test_same_owner_is_skipped_and_missing_ids_ignored(services: Services, admin, staff) -> None:
    svc = HandoverService(services.ctx)
    ids = make_customers(services, admin, 4)
    lan = staff["lan"].id
    svc.hand_over(admin, ids[:2], svc.plan(admin, ids[:2], M.ONE, [lan]))
    m.Customer.delete().where(m.Customer.id == ids[3]).execute()
    result, changes = svc.hand_over(admin, ids, svc.plan(admin, ids, M.ONE, [lan]))
    assert result.handed_over == {lan: 1} and result.unchanged == 2 and result.missing == 1
    assert changes.ids(EntityKind.CUSTOMER) == {ids[2]}
    assert m.Customer.get_by_id(ids[0]).version == 2  # not bumped a second time
    assert len(handover_rows(ids)) == 3
    m.Customer.delete().where(m.Customer.id.in_(ids)).execute()
    with pytest.raises(NotFound):
        svc.hand_over(admin, ids[:2], svc.plan(admin, ids[:2], M.ONE, [lan]))
    with pytest.raises(NotFound):
        svc.revoke(admin, ids[:2], "gone")


def test_disabled_target_is_refused_and_nothing_written(services: Services, admin, staff) -> None:
    svc = HandoverService(services.ctx)
    ids = make_customers(services, admin, 3)
    plan = svc.plan(admin, ids, M.EVENLY, [staff["lan"].id, staff["anan"].id])
    m.User.update(active=False).where(m.User.id == staff["anan"].id).execute()
    with pytest.raises(ValidationError, match="อนันต์ cannot receive customers"):
        svc.hand_over(admin, ids, plan)
    assert set(owners(ids).values()) == {None}
    assert handover_rows(ids) == []
    with pytest.raises(ValidationError):
        svc.move(admin, ids, staff["anan"].id, "ลาออก")
    with pytest.raises(ValidationError):
        svc.plan(admin, ids, M.ONE, [admin.id])  # administrators are not handed customers


def test_revoke_needs_a_reason_and_empties_the_owner(services: Services, admin, staff, clock) -> None:
    svc = HandoverService(services.ctx)
    ids = make_customers(services, admin, 3)
    lan = staff["lan"].id
    svc.hand_over(admin, ids[:2], svc.plan(admin, ids[:2], M.ONE, [lan]))
    for empty in ("", "  \n\t "):
        with pytest.raises(ValidationError) as err:
            svc.revoke(admin, ids, empty)
        assert err.value.field == "reason"
    with pytest.raises(ValidationError) as err:  # a reason is bounded like a note (issue 17)
        svc.revoke(admin, ids, "ลูกค้าขอเปลี่ยน " * 1000)
    assert err.value.field == "reason"
    with pytest.raises(ValidationError) as err:
        svc.hand_over(admin, ids[2:], svc.plan(admin, ids[2:], M.ONE, [lan]), "x" * 10_001)
    assert err.value.field == "reason"
    assert owners(ids)[ids[0]] == lan and owners(ids)[ids[2]] is None
    clock.advance(days=1)
    reason = unicodedata.normalize("NFD", "  Khách đổi ý — ลูกค้าขอเปลี่ยนพนักงาน \n")
    changes = svc.revoke(admin, ids, reason)
    assert changes.ids(EntityKind.CUSTOMER) == {ids[0], ids[1]}  # the third was in the pool already
    assert set(owners(ids).values()) == {None}
    record = services.customers.get(admin, ids[0])
    assert record.handed_over_at is None and record.version == 3 and record.updated_at == clock.now
    (latest, *_) = services.history.for_record(manager_of(services), EntityKind.CUSTOMER, ids[0])
    assert latest.action is Action.REVOKED and latest.at == clock.now
    assert latest.changes == {
        "owner_id": (lan, None), "owner": ("Nguyễn Thị Lan", None), "pool": (None, "Main pool")
    }  # fmt: skip
    assert latest.summary == unicodedata.normalize("NFC", "Khách đổi ý — ลูกค้าขอเปลี่ยนพนักงาน")
    assert len(handover_rows(ids, Action.REVOKED)) == 2


def test_move_to_another_staff_member(services: Services, admin, staff, clock) -> None:
    svc = HandoverService(services.ctx)
    ids = make_customers(services, admin, 4)
    lan, anan = staff["lan"].id, staff["anan"].id
    svc.hand_over(admin, ids, svc.plan(admin, ids, M.MANUAL, [lan, anan], counts={lan: 3, anan: 1}))
    with pytest.raises(ValidationError):
        svc.move(admin, ids, anan, " ")
    clock.advance(minutes=30)
    changes = svc.move(admin, ids, anan, "สมศรีลาพักร้อน")
    assert changes.ids(EntityKind.CUSTOMER) == set(ids[:3])
    assert set(owners(ids).values()) == {anan}
    assert services.customers.get(admin, ids[0]).handed_over_at == clock.now
    (latest, *_) = services.history.for_record(manager_of(services), EntityKind.CUSTOMER, ids[0])
    assert latest.action is Action.REVOKED
    assert latest.changes["owner"] == ("Nguyễn Thị Lan", "อนันต์") and latest.summary == "สมศรีลาพักร้อน"


def test_sales_staff_are_refused_everywhere(services: Services, admin, staff) -> None:
    svc = HandoverService(services.ctx)
    ids = make_customers(services, admin, 2)
    sales = staff["somsri"]
    plan = svc.plan(admin, ids, M.ONE, [sales.id])
    for call in (
        lambda: svc.plan(sales, ids, M.ONE, [sales.id]),
        lambda: svc.hand_over(sales, ids, plan),
        lambda: svc.revoke(sales, ids, "x"),
        lambda: svc.move(sales, ids, staff["lan"].id, "x"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert set(owners(ids).values()) == {None}
    # a manager may hand over; afterwards the salesperson sees their own customers and no one else's
    svc.hand_over(staff["manop"], ids[:1], svc.plan(staff["manop"], ids[:1], M.ONE, [sales.id]))
    assert services.customers.get(sales, ids[0]).owner_id == sales.id
    with pytest.raises(PermissionDenied):
        services.customers.get(sales, ids[1])


def test_version_bump_refuses_a_stale_edit_elsewhere(services: Services, admin, staff) -> None:
    svc = HandoverService(services.ctx)
    (cid,) = make_customers(services, admin, 1)
    loaded = services.customers.get(admin, cid)  # another desktop has the profile open
    svc.hand_over(admin, [cid], svc.plan(admin, [cid], M.ONE, [staff["lan"].id]))
    data = input_from_record(loaded)
    with pytest.raises(StaleRecordError) as stale:
        services.customers.update(
            admin, cid, loaded.version, data.__class__(**{**data.__dict__, "source": "x"})
        )
    assert stale.value.changed_by == "Admin Ann"
    assert services.customers.get(admin, cid).owner_id == staff["lan"].id


def test_a_stale_selection_is_refused_saying_how_many_and_writes_nothing(
    services: Services, admin, staff, clock
) -> None:
    """Issue 17: manager B moves 50 customers to one person; manager A, whose selection was made earlier,
    hands the 100 (those 50 among them) to another: refused, B's moves stay, nothing written."""
    svc = HandoverService(services.ctx)
    ids = make_customers(services, admin, 100)
    boss_b, somsri, lan = staff["manop"], staff["somsri"].id, staff["lan"].id
    clock.advance(minutes=1)
    selected_at = clock()  # A's list is read
    clock.advance(minutes=5)
    svc.hand_over(boss_b, ids[20:70], svc.plan(boss_b, ids[20:70], M.ONE, [somsri]))
    clock.advance(minutes=5)
    services.customers.update(  # A's own edit since the selection is not "someone else"
        admin, ids[0], 1, input_from_record(services.customers.get(admin, ids[0])).__class__(name="ลูกค้า A")
    )
    before = owners(ids)
    versions = dict(m.Customer.select(m.Customer.id, m.Customer.version).tuples())
    activities = m.Activity.select().count()
    plan = svc.plan(admin, ids, M.ONE, [lan])
    stale = (
        "50 of the selected customers were changed by someone else since you selected them: "
        "reload and try again."
    )
    for call in (
        lambda: svc.hand_over(admin, ids, plan, "", selected_at),
        lambda: svc.revoke(admin, ids, "กลับเข้าพูล", selected_at),
        lambda: svc.move(admin, ids, lan, "ย้าย", selected_at),
    ):
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.field == "selection" and err.value.message == stale
    assert owners(ids) == before and [before[i] for i in ids[20:70]] == [somsri] * 50
    assert dict(m.Customer.select(m.Customer.id, m.Customer.version).tuples()) == versions
    assert m.Activity.select().count() == activities
    # one changed: said in the singular
    with pytest.raises(ValidationError) as err:
        svc.hand_over(admin, ids[69:75], svc.plan(admin, ids[69:75], M.ONE, [lan]), "", selected_at)
    assert err.value.message == (
        "One of the selected customers was changed by someone else since you selected it: "
        "reload and try again."
    )
    # a selection made after B's moves (the list reloaded) goes through, B's moves seen and replaced
    result, _ = svc.hand_over(admin, ids, plan, "", clock())
    assert result.total == 100 and set(owners(ids).values()) == {lan}


def test_a_change_still_committing_when_the_list_was_read_counts_as_changed_since(
    services: Services, admin, staff, clock
) -> None:
    svc = HandoverService(services.ctx)
    ids = make_customers(services, admin, 2)
    boss_b = staff["manop"]
    # B's handover is stamped when its transaction starts and seen when it commits, maybe after A's read
    svc.hand_over(boss_b, ids[:1], svc.plan(boss_b, ids[:1], M.ONE, [staff["somsri"].id]))
    clock.advance(seconds=3)
    plan = svc.plan(admin, ids, M.ONE, [staff["lan"].id])
    with pytest.raises(ValidationError, match="One of the selected customers"):
        svc.hand_over(admin, ids, plan, "", clock())
    clock.advance(seconds=10)  # long enough: that change was on screen when the list was read
    assert svc.hand_over(admin, ids, plan, "", clock())[0].total == 2


def test_two_thousand_customers_in_one_call(services: Services, admin, staff) -> None:
    fill_demo(services.db, customers=2000, orders=0, seed=5)
    svc = HandoverService(services.ctx)
    ids = [i for (i,) in m.Customer.select(m.Customer.id).order_by(m.Customer.id).tuples()]
    assert len(ids) == 2000
    feed = services.change_feed()  # PostgreSQL: other desktops hear of every customer
    try:
        before = {i: o for i, o in owners(ids).items()}
        chosen = [s.user_id for s in svc.staff_loads(admin)][:8]
        plan = svc.plan(admin, ids, M.EVENLY, chosen)
        result, changes = svc.hand_over(admin, ids, plan)
        after = owners(ids)
        moved = {i for i in ids if before[i] != after[i]}
        assert changes.ids(EntityKind.CUSTOMER) == moved
        assert result.total == len(moved) and result.total + result.unchanged == 2000
        assert len(handover_rows(ids)) == len(moved)
        assert set(after.values()) == set(chosen)
        loads = {s.user_id: s.current_count for s in svc.staff_loads(admin)}
        assert all(abs(loads[u] - 2000 / len(chosen)) <= 1 for u in chosen)
        if feed is not None:
            heard: set[int] = set()
            deadline = time.monotonic() + 10
            while heard != moved and time.monotonic() < deadline:
                for payload in feed.read():
                    heard.update(payload.get("customer", []))
                time.sleep(0.01)
            assert heard == moved
    finally:
        if feed is not None:
            feed.close()
