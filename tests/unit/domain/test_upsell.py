"""The upsell domain: the one state machine (every pair), the queueing rules, settings checks and JSON."""

from __future__ import annotations

from itertools import product

import pytest

from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError
from salesapp.domain.upsell import (
    ALREADY_TAKEN,
    CLOSED_CASE,
    NOT_TAKEN,
    Distribution,
    OrderFacts,
    UpsellRules,
    UpsellSettings,
    UpsellStatus,
    can_transition,
    check_settings,
    check_transition,
    join_tags,
    settings_from_json,
    settings_to_json,
    split_tags,
)

S = UpsellStatus
LEGAL = {
    (S.PENDING, S.ASSIGNED),
    *((S.ASSIGNED, t) for t in (S.FOLLOW_UP, S.SUCCESS, S.FAILED, S.SKIPPED, S.PENDING)),
    *((S.FOLLOW_UP, t) for t in (S.FOLLOW_UP, S.SUCCESS, S.FAILED, S.SKIPPED, S.PENDING)),
}


@pytest.mark.parametrize(("current", "target"), list(product(UpsellStatus, UpsellStatus)))
def test_every_pair_of_the_state_machine(current: UpsellStatus, target: UpsellStatus) -> None:
    legal = (current, target) in LEGAL
    assert can_transition(current, target) is legal
    if legal:
        check_transition(current, target)
        return
    with pytest.raises(ValidationError) as err:
        check_transition(current, target)
    assert err.value.field == "status" and err.value.message
    if current.is_closed:
        assert err.value.text == CLOSED_CASE
    elif current is S.PENDING:
        assert err.value.text == NOT_TAKEN
    elif target is S.ASSIGNED:
        assert err.value.text == ALREADY_TAKEN


def test_open_and_closed_statuses() -> None:
    assert {s for s in S if s.is_open} == {S.ASSIGNED, S.FOLLOW_UP}
    assert {s for s in S if s.is_closed} == {S.SUCCESS, S.FAILED, S.SKIPPED}


def facts(**kw) -> OrderFacts:
    base = dict(
        channel="line", currency=Currency.THB, total_minor=150_000, payment_method="cod",
        product_ids=frozenset({1, 2}), categories=frozenset({"skin"}), tags=frozenset({"vip"}),
    )  # fmt: skip
    base.update(kw)
    return OrderFacts(**base)  # type: ignore[arg-type]


def test_rules_switch_and_empty_rule_set() -> None:
    assert not UpsellRules().matches(facts())  # off: nothing
    everything = UpsellRules(enabled=True)
    assert (
        not everything.has_conditions
        and everything.matches(facts())
        and everything.matches(facts(channel=None))
    )


def test_rules_and_across_kinds_or_within_a_kind() -> None:
    rules = UpsellRules(
        enabled=True, channels=frozenset({"line", "facebook"}), payment_methods=frozenset({"cod"})
    )
    assert rules.matches(facts()) and rules.matches(facts(channel="facebook"))
    assert not rules.matches(facts(channel="web"))  # channel kind fails
    assert not rules.matches(facts(payment_method="card"))  # payment kind fails
    by_product = UpsellRules(enabled=True, product_ids=frozenset({9}), categories=frozenset({"skin"}))
    assert by_product.matches(facts())  # category matches: products and categories are one kind
    assert by_product.matches(facts(categories=frozenset(), product_ids=frozenset({9})))
    assert not by_product.matches(facts(categories=frozenset({"food"})))
    tags = UpsellRules(enabled=True, order_tags=frozenset({"vip", "wholesale"}))
    assert tags.matches(facts()) and not tags.matches(facts(tags=frozenset()))


def test_total_range_is_inclusive_and_in_its_currency() -> None:
    rules = UpsellRules(enabled=True, min_total_minor=100_000, max_total_minor=150_000)
    assert rules.matches(facts(total_minor=100_000)) and rules.matches(facts(total_minor=150_000))
    assert not rules.matches(facts(total_minor=99_999)) and not rules.matches(facts(total_minor=150_001))
    assert not rules.matches(facts(currency=Currency.VND))
    only_min = UpsellRules(enabled=True, min_total_minor=100_000)
    assert only_min.matches(facts(total_minor=10**9)) and not only_min.matches(facts(total_minor=1))


def test_tags_text() -> None:
    assert split_tags(" vip, ,fragile,vip ") == {"vip", "fragile"}
    assert join_tags(["ขายส่ง", "vip", "a,b", " "]) == "a b,vip,ขายส่ง"


def test_settings_checks() -> None:
    check_settings(UpsellSettings())
    bad = [
        (UpsellSettings(distribution=Distribution(0, 20)), "per_request"),
        (UpsellSettings(distribution=Distribution(101, 200)), "per_request"),
        (UpsellSettings(distribution=Distribution(5, 0)), "max_open"),
        (UpsellSettings(rules=UpsellRules(min_total_minor=-1)), "total"),
        (UpsellSettings(rules=UpsellRules(min_total_minor=5, max_total_minor=4)), "total"),
        (UpsellSettings(failure_reasons=()), "failure_reasons"),
        (UpsellSettings(skip_reasons=("a", "A")), "skip_reasons"),
        (UpsellSettings(skip_reasons=("a", " ")), "skip_reasons"),
        (UpsellSettings(failure_reasons=("x" * 201,)), "failure_reasons"),
    ]
    for settings, field in bad:
        with pytest.raises(ValidationError) as err:
            check_settings(settings)
        assert err.value.field == field


def test_settings_json_round_trip() -> None:
    settings = UpsellSettings(
        rules=UpsellRules(
            enabled=True, channels=frozenset({"line"}), currency=Currency.VND, min_total_minor=1,
            max_total_minor=None, product_ids=frozenset({3, 1}), categories=frozenset({"ครีม"}),
            payment_methods=frozenset({"cod"}), order_tags=frozenset({"vip"}),
        ),
        distribution=Distribution(7, 30), failure_reasons=("ไม่สนใจ",), skip_reasons=("Bận",),
    )  # fmt: skip
    again = settings_from_json(settings_to_json(settings), 4)
    assert again == UpsellSettings(
        settings.rules, settings.distribution, settings.failure_reasons, settings.skip_reasons, 4
    )
    assert settings_from_json({}, 0) == UpsellSettings()
