"""The board, the list and the pipeline figures on SQLite and PostgreSQL, checked against numbers worked
out by hand; stale marking with a fake clock; search; what sales staff see."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from salesapp.domain.enums import Currency, Role
from salesapp.domain.money import Money
from salesapp.domain.opportunity import (
    MoneyTotal,
    OpportunityFilter,
    OpportunityInput,
    OpportunitySort,
    StageKind,
)
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services

BANGKOK = ZoneInfo("Asia/Bangkok")
THB, VND = Currency.THB, Currency.VND


@pytest.fixture
def shop(services: Services, admin, clock):
    """Two salespeople and nine opportunities (amounts in minor units; probabilities of the default stages:
    Interested 10, Presented 25, Quotation sent 50, Considering 60, Negotiating 80)."""
    clock.now = datetime(2026, 10, 20, 3, 0, tzinfo=UTC)
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "secret-pass")
    lan, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.SALES, "secret-pass")
    st = {s.name: s for s in services.opportunity_stages.stages()}
    c1, _ = services.customers.create(somsri, CustomerInput(name="สมชาย ใจดี", phone="0812345678"))
    c2, _ = services.customers.create(
        lan, CustomerInput(name="Trần Văn Minh", phone="0901234567", country="VN")
    )
    ops = services.opportunities
    o = {}

    def add(key, user, customer, title, amount, currency, stage=None):
        rec, _ = ops.create(user, customer.id, OpportunityInput(title, amount, currency))
        if stage is not None:
            rec, _ = ops.move(user, rec.id, rec.version, st[stage].id)
        o[key] = rec

    add("A", somsri, c1, "Máy lọc nước", 100_000, THB)  # Interested: 10,000
    add("B", somsri, c1, "Sofa", 33_333, THB, "Quotation sent")  # 16,666.5 → 16,667
    add("C", somsri, c1, "Bed", 1_250_000, VND, "Quotation sent")  # 625,000 đ
    add("D", somsri, c1, "Aircon", 200_001, THB, "Negotiating")  # 160,000.8 → 160,001
    add("E", lan, c2, "TV", 50_050, THB, "Quotation sent")  # 25,025
    add("F", lan, c2, "Fridge", 99_999, THB)  # Interested: 9,999.9 → 10,000
    add("G", lan, c2, "Washer", 500_000, THB)
    add("H", lan, c2, "Oven", 3_000_000, VND)
    add("I", somsri, c1, "Desk", 70_000, THB)
    # Closed 31/10 17:30 UTC = 1/11 00:30 in Bangkok: November there, October in UTC.
    clock.now = datetime(2026, 10, 31, 17, 30, tzinfo=UTC)
    ops.win(somsri, o["I"].id, o["I"].version)
    clock.now = datetime(2026, 11, 10, 3, 0, tzinfo=UTC)
    ops.win(lan, o["G"].id, o["G"].version)
    ops.lose(lan, o["H"].id, o["H"].version, "Price too high")
    clock.now = datetime(2026, 11, 18, 3, 0, tzinfo=UTC)
    ops.add_note(somsri, o["D"].id, "ลูกค้าขอส่วนลด")
    clock.now = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
    ops.add_note(somsri, o["A"].id, "โทรคุยแล้ว")
    clock.now = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    return {"somsri": somsri, "lan": lan, "o": o, "st": st, "c1": c1, "c2": c2}


def test_board_counts_totals_stale_and_cards(services: Services, admin, shop):
    o = shop["o"]
    columns = services.opportunity_list.board(admin)
    assert [c.stage.name for c in columns] == [
        "Interested",
        "Presented",
        "Quotation sent",
        "Considering",
        "Negotiating",
    ]
    interested, presented, quotation, considering, negotiating = columns
    assert interested.count == 2 and interested.totals == (MoneyTotal(THB, 199_999, 20_000),)
    assert interested.stale_count == 1  # F idle since 20/10 (limit 14 days); A had a call on 20/11
    assert [c.id for c in interested.cards] == [o["F"].id, o["A"].id]  # stalest first
    assert [c.stale for c in interested.cards] == [True, False]
    assert presented.count == 0 and presented.totals == () and presented.cards == ()
    assert quotation.count == 3 and quotation.stale_count == 3
    assert quotation.totals == (MoneyTotal(THB, 83_383, 41_692), MoneyTotal(VND, 1_250_000, 625_000))
    assert considering.count == 0
    assert negotiating.count == 1 and negotiating.stale_count == 0
    assert negotiating.totals == (MoneyTotal(THB, 200_001, 160_001),)
    # each column's totals are the sums of its cards' own forecasts
    for column in columns:
        for total in column.totals:
            cards = [c for c in column.cards if c.currency is total.currency]
            assert total.weighted_minor == sum(c.weighted_minor for c in cards)
    # a salesperson sees only their own; a small page shows one card and has more
    mine = services.opportunity_list.board(shop["somsri"], per_column=1)
    assert [c.count for c in mine] == [1, 0, 2, 0, 1] and mine[2].has_more and len(mine[2].cards) == 1
    more = services.opportunity_list.column_cards(
        shop["somsri"], OpportunityFilter(), shop["st"]["Quotation sent"].id, mine[2].cards[0]
    )
    assert {c.id for c in (*mine[2].cards, *more)} == {o["B"].id, o["C"].id}
    stale_only = services.opportunity_list.board(admin, OpportunityFilter(stale_only=True))
    assert [c.count for c in stale_only] == [1, 0, 3, 0, 0]


def test_stale_marking_follows_the_fake_clock(services: Services, admin, shop, clock):
    d = shop["o"]["D"]  # Negotiating (7 days), last note 18/11 03:00
    clock.now = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
    assert not services.opportunities.get(admin, d.id).stale
    clock.advance(seconds=1)
    assert services.opportunities.get(admin, d.id).stale
    assert services.opportunity_list.board(admin)[4].stale_count == 1
    flt = OpportunityFilter(stale_only=True)
    assert d.id in services.opportunity_list.ids(admin, flt)
    services.opportunities.add_note(
        admin,
        d.id,
        "ok",
    )
    assert not services.opportunities.get(admin, d.id).stale
    assert d.id not in services.opportunity_list.ids(admin, flt)
    # a stage without a limit never goes stale; closed opportunities are never stale
    st = shop["st"]["Negotiating"]
    services.opportunity_stages.update(admin, st.id, st.version, st.name, st.probability, None)
    clock.advance(days=400)
    assert not services.opportunities.get(admin, d.id).stale
    assert not services.opportunities.get(admin, shop["o"]["G"].id).stale


def test_pipeline_per_salesperson(services: Services, admin, shop):
    rows = {r.owner_name: r for r in services.opportunity_list.pipeline(admin, BANGKOK)}
    assert set(rows) == {"สมศรี ขายเก่ง", "Nguyễn Thị Lan"}
    somsri, lan = rows["สมศรี ขายเก่ง"], rows["Nguyễn Thị Lan"]
    assert somsri.open_count == 4 and somsri.stale_count == 2
    assert somsri.open == (MoneyTotal(THB, 333_334, 186_668), MoneyTotal(VND, 1_250_000, 625_000))
    assert somsri.won_count == 1 and somsri.won == (Money(70_000, THB),)  # 1/11 00:30 in Bangkok
    assert somsri.lost_count == 0 and somsri.lost == ()
    assert lan.open_count == 2 and lan.stale_count == 2 and lan.open == (MoneyTotal(THB, 150_049, 35_025),)
    assert lan.won_count == 1 and lan.won == (Money(500_000, THB),)
    assert lan.lost_count == 1 and lan.lost == (Money(3_000_000, VND),)
    # in UTC the desk was won in October
    utc = {r.owner_name: r for r in services.opportunity_list.pipeline(admin, UTC)}
    assert utc["สมศรี ขายเก่ง"].won_count == 0
    # next month nothing is won or lost yet
    december = services.opportunity_list.pipeline(admin, BANGKOK, datetime(2026, 12, 1, 0, 0, tzinfo=BANGKOK))
    assert all(r.won_count == 0 and r.lost_count == 0 for r in december)
    (own,) = services.opportunity_list.pipeline(shop["somsri"], BANGKOK)
    assert own == somsri


def test_list_filters_sorts_and_search(services: Services, admin, shop):
    o, lst = shop["o"], services.opportunity_list
    ids = lambda actor, **kw: list(lst.ids(actor, OpportunityFilter(**kw)))  # noqa: E731
    assert ids(admin, state=StageKind.WON) == [o["I"].id, o["G"].id]  # stalest first
    assert ids(admin, state=StageKind.LOST) == [o["H"].id]
    assert len(ids(admin, state=None)) == 9 and lst.count(admin, OpportunityFilter(state=None), cap=5) == 5
    assert set(ids(admin, stale_only=True)) == {o[k].id for k in "BCEF"}
    assert ids(admin, sort=OpportunitySort.AMOUNT)[0] == o["C"].id  # 1,250,000 đồng: plain minor units
    assert set(ids(shop["somsri"])) == {o[k].id for k in "ABCD"}  # sales: only their own
    assert set(ids(shop["somsri"], owner_id=shop["lan"].id)) == {o[k].id for k in "ABCD"}
    assert ids(admin, stage_id=shop["st"]["Negotiating"].id) == [o["D"].id]
    assert set(ids(admin, customer_id=shop["c2"].id)) == {o[k].id for k in "EF"}
    search = lambda actor, text, **kw: set(lst.search_ids(actor, OpportunityFilter(**kw), text))  # noqa: E731
    assert search(admin, "may loc") == {o["A"].id}  # accents folded
    assert search(admin, "สมชาย") == {o[k].id for k in "ABCD"}  # by customer
    assert search(admin, "0901") == {o[k].id for k in "EF"}  # by customer phone
    assert search(admin, "nguyen thi", state=None) == {o[k].id for k in "EFGH"}  # by salesperson
    assert search(shop["somsri"], "nguyen") == set()
    assert search(admin, "zzz") == set()
    rows = lst.rows(admin, [o["D"].id, o["A"].id])
    assert [r.id for r in rows] == [o["D"].id, o["A"].id] and rows[0].weighted_minor == 160_001
    page = lst.first_page(admin, OpportunityFilter(sort=OpportunitySort.NEWEST), limit=2)
    assert [r.id for r in page] == [o["F"].id, o["E"].id]
