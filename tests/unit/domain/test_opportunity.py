"""Opportunity rules as pure functions: forecast rounding, stale marking, durations, stage-set rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError
from salesapp.domain.opportunity import (
    DEFAULT_LOST_REASONS,
    MoneyTotal,
    StageChangeRecord,
    StageKind,
    StageRecord,
    add_totals,
    check_stage_delete,
    check_stage_set,
    clean_amount,
    clean_lost_reasons,
    clean_stage_values,
    forecast,
    is_stale,
    next_month_start,
    stage_durations,
    stage_name_key,
    time_per_stage,
)

T0 = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)


def stage(
    i: int, name: str, kind: StageKind = StageKind.OPEN, default: bool = False, p: int = 10
) -> StageRecord:
    return StageRecord(i, name, i, p, kind, default, 7 if kind is StageKind.OPEN else None, 1)


def good_set() -> list[StageRecord]:
    return [
        stage(1, "Interested", default=True),
        stage(2, "Quotation", p=50),
        stage(3, "Won", StageKind.WON, p=100),
        stage(4, "Lost", StageKind.LOST, p=0),
    ]


def test_forecast_rounds_half_up_in_integers():
    assert forecast(1_999, 50) == 1_000  # 999.5 → 1,000
    assert forecast(1_001, 25) == 250  # 250.25 → 250
    assert forecast(1_002, 25) == 251  # 250.5 → 251
    assert forecast(123_456_789, 0) == 0 and forecast(123_456_789, 100) == 123_456_789
    assert forecast(10**15, 99) == 99 * 10**13  # exact far beyond float precision
    with pytest.raises(ValueError):
        forecast(-1, 50)
    with pytest.raises(ValueError):
        forecast(1, 101)


def test_is_stale_only_after_more_than_the_limit():
    assert not is_stale(T0, 7, T0 + timedelta(days=7))  # exactly the limit: not yet
    assert is_stale(T0, 7, T0 + timedelta(days=7, seconds=1))
    assert not is_stale(T0, None, T0 + timedelta(days=999))


def test_durations_and_time_per_stage():
    times = [T0, T0 + timedelta(days=2), T0 + timedelta(days=5)]
    now = T0 + timedelta(days=6, hours=12)
    assert stage_durations(times, now, closed=False) == [
        timedelta(days=2),
        timedelta(days=3),
        timedelta(days=1, hours=12),
    ]
    assert stage_durations(times, now, closed=True)[-1] is None
    history = [
        StageChangeRecord(
            1, 9, None, "", 1, "A", StageKind.OPEN, times[0], None, "", timedelta(days=2), False
        ),
        StageChangeRecord(2, 9, 1, "A", 2, "B", StageKind.OPEN, times[1], None, "", timedelta(days=3), False),
        StageChangeRecord(3, 9, 2, "B", 1, "A", StageKind.OPEN, times[2], None, "", timedelta(hours=5), True),
    ]
    assert time_per_stage(history) == {1: timedelta(days=2, hours=5), 2: timedelta(days=3)}


def test_totals_per_currency_thb_first():
    totals = add_totals(
        [MoneyTotal(Currency.VND, 1000, 100), MoneyTotal(Currency.THB, 5, 1), MoneyTotal(Currency.VND, 1, 1)]
    )
    assert totals == (MoneyTotal(Currency.THB, 5, 1), MoneyTotal(Currency.VND, 1001, 101))


def test_stage_values_rules():
    assert clean_stage_values("  ส่ง  ใบเสนอราคา ", 50, 10, StageKind.OPEN) == ("ส่ง ใบเสนอราคา", 50, 10)
    assert clean_stage_values("Won", 100, 5, StageKind.WON) == ("Won", 100, None)  # closed: no idle limit
    for args, field in [
        (("", 50, None, StageKind.OPEN), "name"),
        (("x", 101, None, StageKind.OPEN), "probability"),
        (("x", -1, None, StageKind.OPEN), "probability"),
        (("x", 90, None, StageKind.WON), "probability"),
        (("x", 5, None, StageKind.LOST), "probability"),
        (("x", 5, 0, StageKind.OPEN), "idle_days"),
    ]:
        with pytest.raises(ValidationError) as err:
            clean_stage_values(*args)  # type: ignore[arg-type]
        assert err.value.field == field


def test_stage_set_rules():
    check_stage_set(good_set())
    two_defaults = good_set()
    two_defaults[1] = stage(2, "Quotation", default=True)
    no_default = [stage(1, "Interested"), *good_set()[1:]]
    won_default = [
        stage(1, "Interested"),
        good_set()[1],
        stage(3, "Won", StageKind.WON, True, 100),
        good_set()[3],
    ]
    no_lost = good_set()[:3]
    duplicate = [*good_set(), stage(5, " interested ")]
    for broken in (two_defaults, no_default, won_default, no_lost, duplicate):
        with pytest.raises(ValidationError):
            check_stage_set(broken)
    assert stage_name_key("Đàm  phán") == stage_name_key("đàm phán")


def test_stage_delete_rules():
    stages = good_set()
    check_stage_delete(stages[1], 0)
    for s, uses in ((stages[0], 0), (stages[2], 0), (stages[3], 0), (stages[1], 3)):
        with pytest.raises(ValidationError):
            check_stage_delete(s, uses)
    with pytest.raises(ValidationError) as err:
        check_stage_delete(stages[1], 3)
    assert "3 opportunities" in err.value.message


def test_lost_reasons_and_amounts():
    assert clean_lost_reasons([" Too  dear ", "", "too dear", "แพงไป"]) == ("Too dear", "แพงไป")
    assert len(DEFAULT_LOST_REASONS) >= 5
    assert clean_amount(0) == 0
    for bad in (-1, 10**16, True):
        with pytest.raises(ValidationError):
            clean_amount(bad)
    assert next_month_start(date(2026, 12, 15)) == date(2027, 1, 1)
