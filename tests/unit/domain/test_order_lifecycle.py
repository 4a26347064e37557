"""The order's state machine: every action from every status, allowed or refused, and the inputs of packing
and of reasons (seed 000, 001, 004; DOMAIN.md "Order life")."""

from __future__ import annotations

from datetime import date
from itertools import product

import pytest

from salesapp.domain.enums import OrderStatus
from salesapp.domain.errors import ValidationError
from salesapp.domain.orders.lifecycle import (
    HELD,
    REFUSED,
    OrderAction,
    PackInput,
    allowed_actions,
    check_pack,
    check_reason,
    is_editable,
    next_status,
)

S, A = OrderStatus, OrderAction
EXPECTED = {
    (S.AWAITING, A.CONFIRM): S.CONFIRMED,
    (S.AWAITING, A.CANCEL): S.CANCELLED,
    (S.CONFIRMED, A.PACK): S.PACKED,
    (S.CONFIRMED, A.CANCEL): S.CANCELLED,
    (S.PACKED, A.SHIP): S.SHIPPED,
    (S.SHIPPED, A.DELIVER): S.DELIVERED,
    (S.SHIPPED, A.RETURN): S.RETURNED,
    (S.DELIVERED, A.RETURN): S.RETURNED,
}


@pytest.mark.parametrize(("status", "action"), list(product(OrderStatus, OrderAction)))
def test_every_transition(status: OrderStatus, action: OrderAction) -> None:
    target = EXPECTED.get((status, action))
    assert (action in allowed_actions(status)) is (target is not None)
    if target is not None:
        assert next_status(status, action, "SO1") is target
    else:
        with pytest.raises(ValidationError) as err:
            next_status(status, action, "SO00000001")
        assert err.value.text == REFUSED[action] and "SO00000001" in err.value.message


def test_final_statuses_allow_nothing() -> None:
    assert allowed_actions(S.CANCELLED) == allowed_actions(S.RETURNED) == frozenset()
    assert allowed_actions(S.DELIVERED) == {A.RETURN}


def test_an_open_upsell_case_holds_back_packing_only() -> None:
    assert allowed_actions(S.CONFIRMED, held_by_upsell=True) == {A.CANCEL}
    with pytest.raises(ValidationError) as err:
        next_status(S.CONFIRMED, A.PACK, "SO7", held_by_upsell=True)
    assert err.value.text == HELD and "SO7" in err.value.message
    assert next_status(S.CONFIRMED, A.CANCEL, held_by_upsell=True) is S.CANCELLED
    assert allowed_actions(S.AWAITING, held_by_upsell=True) == {A.CONFIRM, A.CANCEL}


def test_editable_until_packed() -> None:
    assert [s for s in OrderStatus if is_editable(s)] == [S.AWAITING, S.CONFIRMED]


def test_pack_input_is_cleaned_and_needs_a_carrier() -> None:
    day = date(2026, 11, 23)
    cleaned = check_pack(PackInput("  Kerry\u00a0Express ", " TH 0123\n", day))
    assert cleaned == PackInput("Kerry Express", "TH 0123", day)
    decomposed = "Giao Ha\u0300ng Nhanh"  # "à" typed as a + combining grave accent: stored NFC
    assert check_pack(PackInput(decomposed, "", day)).carrier == "Giao Hàng Nhanh"
    with pytest.raises(ValidationError) as err:
        check_pack(PackInput("   ", "X", day))
    assert err.value.field == "carrier"
    with pytest.raises(ValidationError):
        check_pack(PackInput("Kerry", "9" * 61, day))


def test_reasons_are_required_and_bounded() -> None:
    assert check_reason("  ลูกค้า ยกเลิก ") == "ลูกค้า ยกเลิก"
    for bad in ("", "  \n ", "x" * 201):
        with pytest.raises(ValidationError):
            check_reason(bad)
