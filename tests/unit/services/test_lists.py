"""The lists managers keep, on SQLite and PostgreSQL: usage counts, rename, merge, share, hide and delete
for tags, segments, channels, sources, carriers and reasons; only managers; deletes only as confirmed;
an activity row for every record changed."""

from __future__ import annotations

import json
from zoneinfo import ZoneInfo

import pytest

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.customers.customer_filter import CustomerFilter
from salesapp.domain.enums import Action, Channel, EntityKind, Role
from salesapp.domain.errors import PermissionDenied, StaleRecordError, ValidationError
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.lists import ListKind
from salesapp.services.registry import Services

BANGKOK = ZoneInfo("Asia/Bangkok")
K = ListKind


@pytest.fixture
def people(services: Services, admin):
    sales, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "password1")
    manager, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.MANAGER, "password1")
    return {"sales": sales, "manager": manager}


def add_customers(services: Services, admin, rows: list[tuple[str, Channel | None, str]]) -> list[int]:
    return [
        services.customers.create(admin, CustomerInput(name=n, channel=c, source=s))[0].id for n, c, s in rows
    ]


def entries(services: Services, actor, kind: ListKind) -> dict[str, tuple[int, bool]]:
    """name → (uses, offered)"""
    return {e.name: (e.uses, e.offered) for e in services.lists.entries(actor, kind, BANGKOK)}


def entry(services: Services, actor, kind: ListKind, name: str):
    return next(e for e in services.lists.entries(actor, kind, BANGKOK) if e.name == name)


def activity(entity: str, action: Action) -> list[dict]:
    rows = m.Activity.select().where((m.Activity.entity == entity) & (m.Activity.action == action.value))
    return [json.loads(r.changes) for r in rows]


def test_only_managers_read_or_change_the_lists(services: Services, people) -> None:
    sales, manager = people["sales"], people["manager"]
    with pytest.raises(PermissionDenied):
        services.lists.entries(sales, K.TAGS)
    with pytest.raises(PermissionDenied):
        services.lists.add(sales, K.SOURCES, "Facebook Ads")
    services.lists.add(manager, K.SOURCES, "Facebook Ads")
    with pytest.raises(ValidationError):
        services.lists.rename(manager, K.CHANNELS, "line", "LINE OA", 0)  # built in: offer or hide only


def test_tags_rename_merge_and_delete_with_counts(services: Services, admin, people) -> None:
    manager = people["manager"]
    ids = add_customers(
        services, admin, [("สมชาย ใจดี", None, ""), ("Trần Văn Nam", None, ""), ("วิไล", None, "")]
    )
    vip, _ = services.tags.create(admin, "VIP", "#e53935")
    gold, _ = services.tags.create(admin, "ลูกค้าทอง", "#ffb300")
    services.tags.set_tag(admin, ids, vip.id, True)
    services.tags.set_tag(admin, ids[:1], gold.id, True)
    assert entries(services, manager, K.TAGS) == {"VIP": (3, True), "ลูกค้าทอง": (1, True)}
    # rename: unique ignoring case, stale when changed since read
    vip_entry = entry(services, manager, K.TAGS, "VIP")
    services.lists.rename(manager, K.TAGS, vip_entry.key, "Khách VIP", vip_entry.version)
    with pytest.raises(StaleRecordError) as stale:
        services.lists.rename(admin, K.TAGS, vip_entry.key, "VIP 2", vip_entry.version)
    assert stale.value.changed_by == "Nguyễn Thị Lan"
    with pytest.raises(ValidationError):
        services.lists.rename(manager, K.TAGS, str(gold.id), "khách vip", 1)
    # merge gold into VIP: its one customer already has VIP; gold is gone
    vip_entry = entry(services, manager, K.TAGS, "Khách VIP")
    moved, changes = services.lists.merge(manager, K.TAGS, str(gold.id), vip_entry.key, 1)
    assert moved == 1 and changes.ids(EntityKind.CUSTOMER) == {ids[0]}
    assert entries(services, manager, K.TAGS) == {"Khách VIP": (3, True)}
    # delete: refused when the confirmed count is out of date, then taken off all three customers
    with pytest.raises(ValidationError) as changed:
        services.lists.delete(manager, K.TAGS, vip_entry.key, 2, vip_entry.version)
    assert changed.value.field == "uses" and m.CustomerTag.select().count() == 3
    count, changes = services.lists.delete(manager, K.TAGS, vip_entry.key, 3, vip_entry.version)
    assert count == 3 and m.CustomerTag.select().count() == 0 and m.Tag.select().count() == 0
    untagged = [c["tag"][1] for c in activity("customer", Action.UNTAGGED)]
    assert sorted(untagged) == ["Khách VIP"] * 3 + ["ลูกค้าทอง"]
    assert len(activity("tag", Action.DELETED)) == 2


def test_segments_rename_share_and_delete(services: Services, admin, people) -> None:
    manager, sales = people["manager"], people["sales"]
    add_customers(
        services, admin, [("สมชาย", Channel.LINE, ""), ("Lan", Channel.ZALO, ""), ("วิไล", Channel.LINE, "")]
    )
    line_only = CustomerFilter(channel=Channel.LINE)
    shared, _ = services.segments.save(manager, "ลูกค้า LINE", line_only, shared=True)
    own, _ = services.segments.save(
        manager, "Zalo của tôi", CustomerFilter(channel=Channel.ZALO), shared=False
    )
    services.segments.save(sales, "mine", line_only, shared=False)  # a salesperson's own: not listed
    listed = {e.name: (e.uses, e.shared) for e in services.lists.entries(manager, K.SEGMENTS, BANGKOK)}
    assert listed == {"ลูกค้า LINE": (2, True), "Zalo của tôi": (1, False)}
    services.lists.rename(manager, K.SEGMENTS, str(shared.id), "LINE OA", 1)
    services.lists.set_shared(manager, str(own.id), True, 1)
    assert m.Segment.get_by_id(own.id).owner_id is None
    with pytest.raises(StaleRecordError):
        services.lists.set_shared(manager, str(own.id), False, 1)
    assert services.lists.delete(manager, K.SEGMENTS, str(shared.id), None, 2)[0] == 0
    assert {s.name for s in services.segments.list_segments(manager)} == {"Zalo của tôi"}
    assert m.Customer.select().count() == 3  # a saved filter: no customer changed


def test_channels_offered_or_hidden_records_keep_them(services: Services, admin, people) -> None:
    manager = people["manager"]
    add_customers(
        services, admin, [("สมชาย", Channel.LINE, ""), ("Lan", Channel.ZALO, ""), ("An", Channel.ZALO, "")]
    )
    listed = entries(services, manager, K.CHANNELS)
    assert list(listed) == [c.value for c in Channel] and listed["zalo"] == (2, True)
    zalo = entry(services, manager, K.CHANNELS, "zalo")
    services.lists.set_offered(manager, "zalo", False, zalo.version)
    assert entries(services, manager, K.CHANNELS)["zalo"] == (2, False)
    assert Channel.ZALO not in services.lists.offered_channels()
    assert m.Customer.select().where(m.Customer.channel == "zalo").count() == 2
    with pytest.raises(StaleRecordError):
        services.lists.set_offered(manager, "line", False, zalo.version)
    services.lists.set_offered(manager, "zalo", True, zalo.version + 1)
    assert Channel.ZALO in services.lists.offered_channels()


def test_sources_rename_merge_and_delete_change_their_customers(
    services: Services, admin, people, clock
) -> None:
    manager = people["manager"]
    ids = add_customers(
        services, admin,
        [("สมชาย", None, "Facebook Ads"), ("Lan", None, "Facebook Ads"), ("An", None, "Giới thiệu"),
         ("วิไล", None, "")],
    )  # fmt: skip
    services.lists.add(manager, K.SOURCES, "TikTok")
    assert entries(services, manager, K.SOURCES) == {
        "Facebook Ads": (2, True), "Giới thiệu": (1, True), "TikTok": (0, True)
    }  # fmt: skip
    version = entry(services, manager, K.SOURCES, "TikTok").version
    changes = services.lists.rename(manager, K.SOURCES, "Facebook Ads", "Quảng cáo Facebook", version)
    assert changes.ids(EntityKind.CUSTOMER) == set(ids[:2])
    record = services.customers.get(admin, ids[0])
    assert record.source == "Quảng cáo Facebook" and record.version == 2
    with pytest.raises(ValidationError):  # renaming onto another entry: merge instead
        services.lists.rename(manager, K.SOURCES, "Giới thiệu", "tiktok", version + 1)
    moved, _ = services.lists.merge(manager, K.SOURCES, "Giới thiệu", "Quảng cáo Facebook", version + 1)
    assert moved == 1 and entries(services, manager, K.SOURCES)["Quảng cáo Facebook"] == (3, True)
    count, _ = services.lists.delete(manager, K.SOURCES, "Quảng cáo Facebook", 3, version + 2)
    assert count == 3 and m.Customer.select().where(m.Customer.source != "").count() == 0
    cleared = [
        c["source"] for c in activity("customer", Action.UPDATED) if c.get("source", [None, 1])[1] is None
    ]
    assert cleared == [["Quảng cáo Facebook", None]] * 3
    assert list(entries(services, manager, K.SOURCES)) == ["TikTok"]


def order_with(
    services: Services, admin, customer_id: int, carrier: str, reason: str = "", status: str = ""
) -> int:
    now = to_db(services.ctx.clock())
    oid = int(
        m.Order.insert(
            number=f"T{customer_id}{carrier}{status}{reason}"[:60], customer=customer_id, status="confirmed",
            currency="THB", carrier=carrier, ordered_at=now, created_at=now, updated_at=now,
        ).execute()
    )  # fmt: skip
    if status:
        m.UpsellCase.insert(
            order=oid, customer=customer_id, status=status, reason=reason, queued_at=now, created_at=now,
            updated_at=now,
        ).execute()  # fmt: skip
    return oid


def test_carriers_and_reasons_stay_on_their_records_when_deleted(services: Services, admin, people) -> None:
    manager = people["manager"]
    (cid,) = add_customers(services, admin, [("สมชาย", None, "")])
    services.lists.add(manager, K.CARRIERS, "Kerry Express")
    services.lists.add(manager, K.CARRIERS, "Flash Express", 1)
    order_with(services, admin, cid, "Kerry Express")
    order_with(services, admin, cid, "Kerry Express", "Customer not interested", "failed")
    order_with(services, admin, cid, "Thailand Post", "Customer asked not to be called", "skipped")
    order_with(services, admin, cid, "", "Customer not interested", "skipped")  # not a skip reason
    assert entries(services, manager, K.CARRIERS) == {
        "Flash Express": (0, True), "Kerry Express": (2, True), "Thailand Post": (1, False)
    }  # fmt: skip
    count, _ = services.lists.delete(manager, K.CARRIERS, "Kerry Express", 2, 2)
    assert count == 2 and m.Order.select().where(m.Order.carrier == "Kerry Express").count() == 2
    assert entries(services, manager, K.CARRIERS)["Kerry Express"] == (2, False)  # kept, no longer offered
    assert services.lists.carriers() == ["Flash Express"]
    failure = entries(services, manager, K.FAILURE_REASONS)
    assert failure["Customer not interested"] == (1, True) and failure["Other"] == (0, True)
    assert entries(services, manager, K.SKIP_REASONS)["Customer asked not to be called"] == (1, True)
    # a reason renamed follows on the failed case (version bumped, activity row); the upsell list follows
    services.lists.rename(manager, K.FAILURE_REASONS, "Customer not interested", "Không quan tâm", 0)
    case = m.UpsellCase.get(m.UpsellCase.status == "failed")
    assert case.reason == "Không quan tâm" and case.version == 2
    assert "Không quan tâm" in services.upsell_settings.get().failure_reasons
    assert m.UpsellCase.get(m.UpsellCase.reason == "Customer not interested").status == "skipped"
    assert activity("upsell_case", Action.UPDATED) == [
        {"reason": ["Customer not interested", "Không quan tâm"]}
    ]
    count, _ = services.lists.delete(manager, K.FAILURE_REASONS, "Không quan tâm", 1, 1)
    assert count == 1 and case.reason == m.UpsellCase.get_by_id(case.id).reason
    assert "Không quan tâm" not in services.upsell_settings.get().failure_reasons
    # lost reasons: kept by the opportunity stages' service
    services.lists.add(manager, K.LOST_REASONS, "ลูกค้าย้ายไปต่างประเทศ", 0)
    assert "ลูกค้าย้ายไปต่างประเทศ" in services.opportunity_stages.lost_reasons().reasons
    with pytest.raises(StaleRecordError):
        services.lists.add(manager, K.LOST_REASONS, "Hết hàng", 0)
