"""Handover split rules: one person, manual counts, evenly within min/max, least loaded first; assign."""

from __future__ import annotations

import pytest

from salesapp.domain.customers.handover import HandoverMethod, StaffLoad, assign, plan_shares, plan_split
from salesapp.domain.errors import ValidationError

M = HandoverMethod
A, B, C = StaffLoad(1, "สมศรี", 10), StaffLoad(2, "Nguyễn Thị Lan", 0), StaffLoad(3, "อนันต์", 4)


def error_of(*args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        plan_split(*args, **kwargs)
    return err.value


def test_one_person_gets_everything() -> None:
    assert plan_split(M.ONE, 25, [B]) == {2: 25}
    assert error_of(M.ONE, 25, [A, B]).message == "Choose exactly one staff member."


def test_nothing_selected_or_nobody_chosen() -> None:
    assert error_of(M.EVENLY, 0, [A]).field == "customers"
    err = error_of(M.EVENLY, 5, [])
    assert err.field == "staff" and err.message == "Choose at least one staff member."
    assert error_of(M.EVENLY, 5, [A, A]).field == "staff"


def test_manual_counts_must_add_up() -> None:
    assert plan_split(M.MANUAL, 10, [A, B, C], {1: 3, 2: 7}) == {1: 3, 2: 7, 3: 0}
    err = error_of(M.MANUAL, 10, [A, B], {1: 3, 2: 5})
    assert err.field == "counts"
    assert err.message == "The counts add up to 8, but 10 customers are selected."
    # counts of staff who are not chosen do not count
    assert error_of(M.MANUAL, 10, [A], {1: 3, 2: 7}).params["total"] == 3
    assert "negative" in error_of(M.MANUAL, 0 + 1, [A, B], {1: 2, 2: -1}).message


def test_evenly_spreads_the_remainder_over_the_first_staff() -> None:
    assert plan_split(M.EVENLY, 10, [A, B, C]) == {1: 4, 2: 3, 3: 3}
    assert plan_split(M.EVENLY, 11, [A, B, C]) == {1: 4, 2: 4, 3: 3}
    assert plan_split(M.EVENLY, 9, [A, B, C]) == {1: 3, 2: 3, 3: 3}
    assert plan_split(M.EVENLY, 2, [A, B, C]) == {1: 1, 2: 1, 3: 0}
    split = plan_split(M.EVENLY, 10_000, [StaffLoad(i, str(i), 0) for i in range(8)])
    assert sum(split.values()) == 10_000 and max(split.values()) - min(split.values()) <= 1
    # current loads do not matter for an even split
    assert plan_split(M.EVENLY, 4, [A, B]) == {1: 2, 2: 2}


def test_evenly_respects_minimum_and_maximum() -> None:
    assert plan_split(M.EVENLY, 10, [A, B, C], minimum=3, maximum=4) == {1: 4, 2: 3, 3: 3}
    err = error_of(M.EVENLY, 13, [A, B, C], maximum=4)
    assert err.field == "maximum"
    assert err.message == (
        "13 customers do not fit: at most 4 each for 3 staff members takes 12, so 1 would be left over."
    )
    err = error_of(M.EVENLY, 8, [A, B, C], minimum=3)
    assert err.field == "minimum"
    assert err.params["needed"] == 9 and "too few" in err.message
    assert error_of(M.EVENLY, 8, [A, B], minimum=5, maximum=4).field == "minimum"
    assert error_of(M.EVENLY, 8, [A, B], minimum=-1).field == "minimum"
    assert error_of(M.EVENLY, 8, [A, B], maximum=-1).field == "maximum"
    # exactly at the bounds is fine
    assert plan_split(M.EVENLY, 12, [A, B, C], minimum=4, maximum=4) == {1: 4, 2: 4, 3: 4}


def test_least_loaded_fills_the_emptiest_first() -> None:
    # loads 10, 0, 4: B takes 4 to reach C, then B and C alternate (ties by staff order), A waits at 10
    assert plan_split(M.LEAST_LOADED, 4, [A, B, C]) == {1: 0, 2: 4, 3: 0}
    assert plan_split(M.LEAST_LOADED, 6, [A, B, C]) == {1: 0, 2: 5, 3: 1}
    assert plan_split(M.LEAST_LOADED, 16, [A, B, C]) == {1: 0, 2: 10, 3: 6}
    split = plan_split(M.LEAST_LOADED, 20, [A, B, C])
    assert split == {1: 2, 2: 11, 3: 7}
    assert {uid: load + split[uid] for uid, load in ((1, 10), (2, 0), (3, 4))} == {1: 12, 2: 11, 3: 11}


def test_least_loaded_ties_go_by_staff_order() -> None:
    x, y = StaffLoad(7, "x", 3), StaffLoad(5, "y", 3)
    assert plan_split(M.LEAST_LOADED, 1, [x, y]) == {7: 1, 5: 0}
    assert plan_split(M.LEAST_LOADED, 1, [y, x]) == {5: 1, 7: 0}


def test_least_loaded_respects_maximum_and_minimum() -> None:
    assert plan_split(M.LEAST_LOADED, 6, [A, B, C], maximum=3) == {1: 0, 2: 3, 3: 3}
    assert plan_split(M.LEAST_LOADED, 9, [A, B, C], maximum=3) == {1: 3, 2: 3, 3: 3}
    err = error_of(M.LEAST_LOADED, 10, [A, B, C], maximum=3)
    assert err.field == "maximum" and err.params["left"] == 1
    # a minimum gives everyone that many first, the rest goes to the least loaded
    assert plan_split(M.LEAST_LOADED, 6, [A, B, C], minimum=1) == {1: 1, 2: 4, 3: 1}
    assert error_of(M.LEAST_LOADED, 2, [A, B, C], minimum=1).field == "minimum"
    assert plan_split(M.LEAST_LOADED, 6, [A, B, C], minimum=2, maximum=2) == {1: 2, 2: 2, 3: 2}


def test_plan_shares_has_names_and_after() -> None:
    plan = plan_shares(M.EVENLY, 5, [A, B])
    assert [(s.name, s.current_count, s.new_count, s.after) for s in plan.shares] == [
        ("สมศรี", 10, 3, 13),
        ("Nguyễn Thị Lan", 0, 2, 2),
    ]
    assert plan.customer_count == 5 and plan.split == {1: 3, 2: 2}


def test_assign_is_deterministic_runs_in_order() -> None:
    ids = [50, 10, 40, 20, 30]
    assert assign(ids, {2: 2, 9: 0, 1: 3}) == {2: [50, 10], 1: [40, 20, 30]}
    assert assign(ids, {2: 2, 9: 0, 1: 3}) == assign(list(ids), {2: 2, 9: 0, 1: 3})
    with pytest.raises(ValidationError) as err:
        assign(ids, {1: 4})
    assert err.value.message == "The plan is for 4 customers, but 5 are selected."
