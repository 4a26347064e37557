"""Tests for salesapp.ui.shared.qtdates: Qt/Python date conversion, Buddhist-era formatting and parsing."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone

from salesapp.ui.shared.qtdates import (
    format_date,
    format_datetime,
    format_time,
    from_qdate,
    from_qdatetime,
    parse_date,
    parse_datetime,
    parse_time,
    to_qdate,
    to_qdatetime,
)

BANGKOK = ZoneInfo("Asia/Bangkok")
HO_CHI_MINH = ZoneInfo("Asia/Ho_Chi_Minh")


# --- Qt conversion ---------------------------------------------------------------------------------


def test_to_qdatetime_is_utc_spec() -> None:
    q = to_qdatetime(datetime(2026, 11, 23, 16, 30, 15, 123456, tzinfo=UTC))
    assert q.timeSpec() == Qt.TimeSpec.UTC
    assert q.date() == QDate(2026, 11, 23)
    assert q.time() == QTime(16, 30, 15, 123)


def test_to_qdatetime_converts_other_zones_to_utc() -> None:
    q = to_qdatetime(datetime(2026, 11, 23, 23, 30, tzinfo=BANGKOK))
    assert q.timeSpec() == Qt.TimeSpec.UTC
    assert (q.date(), q.time()) == (QDate(2026, 11, 23), QTime(16, 30))


def test_to_qdatetime_refuses_naive() -> None:
    with pytest.raises(ValueError, match="naive"):
        to_qdatetime(datetime(2026, 11, 23, 16, 30))


def test_qdatetime_round_trip_keeps_milliseconds() -> None:
    dt = datetime(2026, 11, 23, 16, 30, 15, 123000, tzinfo=UTC)
    back = from_qdatetime(to_qdatetime(dt))
    assert back == dt
    assert back.tzinfo is UTC


def test_from_qdatetime_reads_any_zone_as_utc() -> None:
    q = QDateTime(QDate(2026, 11, 23), QTime(23, 30), QTimeZone(b"Asia/Bangkok"))
    assert from_qdatetime(q) == datetime(2026, 11, 23, 16, 30, tzinfo=UTC)


def test_from_qdatetime_refuses_invalid() -> None:
    with pytest.raises(ValueError):
        from_qdatetime(QDateTime())


def test_qdate_round_trip() -> None:
    assert to_qdate(date(2026, 2, 28)) == QDate(2026, 2, 28)
    assert from_qdate(QDate(2024, 2, 29)) == date(2024, 2, 29)
    with pytest.raises(ValueError):
        from_qdate(QDate())


# --- Formatting --------------------------------------------------------------------------------------


def test_format_date_be_and_ce() -> None:
    assert format_date(date(2026, 11, 23), buddhist_era=True) == "23/11/2569"
    assert format_date(date(2026, 11, 23), buddhist_era=False) == "23/11/2026"
    assert format_date(date(2026, 1, 5), buddhist_era=False) == "05/01/2026"


def test_format_datetime_in_zone() -> None:
    dt = datetime(2026, 11, 23, 7, 5, tzinfo=UTC)
    assert format_datetime(dt, BANGKOK, buddhist_era=True) == "23/11/2569 14:05"
    assert format_datetime(dt, HO_CHI_MINH, buddhist_era=False) == "23/11/2026 14:05"
    assert format_time(dt, BANGKOK) == "14:05"


def test_format_datetime_crosses_midnight_in_zone() -> None:
    # 20:00 UTC on 31 December is already New Year in Bangkok: the BE year changes too.
    dt = datetime(2026, 12, 31, 20, 0, tzinfo=UTC)
    assert format_datetime(dt, BANGKOK, buddhist_era=True) == "01/01/2570 03:00"


def test_format_refuses_naive() -> None:
    with pytest.raises(ValueError):
        format_datetime(datetime(2026, 11, 23, 7, 5), BANGKOK, buddhist_era=True)


# --- Parsing -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["23/11/2569", "23/11/2026", "23-11-2569", "23.11.2026", " 23 / 11 / 2569 ", "๒๓/๑๑/๒๕๖๙", "2026-11-23"],
)
@pytest.mark.parametrize("buddhist_era", [True, False])
def test_parse_date_formats(text: str, buddhist_era: bool) -> None:
    assert parse_date(text, buddhist_era) == date(2026, 11, 23)


def test_parse_date_single_digits() -> None:
    assert parse_date("5/1/2569", buddhist_era=True) == date(2026, 1, 5)
    assert parse_date("5-1-2026", buddhist_era=False) == date(2026, 1, 5)


def test_parse_date_two_digit_years() -> None:
    assert parse_date("23/11/69", buddhist_era=True) == date(2026, 11, 23)
    assert parse_date("23/11/26", buddhist_era=False) == date(2026, 11, 23)
    # CE mode uses the POSIX pivot: 69-99 are 19xx.
    assert parse_date("15/03/85", buddhist_era=False) == date(1985, 3, 15)
    # BE mode: 25yy, so 99 is 2599 BE = 2056 CE.
    assert parse_date("01/01/99", buddhist_era=True) == date(2056, 1, 1)


def test_parse_date_thai_digits_two_digit_year() -> None:
    assert parse_date("๒๓/๑๑/๖๙", buddhist_era=True) == date(2026, 11, 23)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "hello",
        "31/02/2569",
        "29/02/2569",  # 2026 is not a leap year
        "32/1/2026",
        "1/13/2026",
        "0/1/2026",
        "23/11",
        "23/11/202",
        "23/11/20266",
        "23/11-2026",  # mixed separators
        "23//11/2026",
        "2026-13-01",
    ],
)
def test_parse_date_invalid(text: str) -> None:
    assert parse_date(text, buddhist_era=True) is None
    assert parse_date(text, buddhist_era=False) is None


def test_parse_date_leap_day_in_be() -> None:
    # 2567 BE = 2024 CE, a leap year.
    assert parse_date("29/02/2567", buddhist_era=True) == date(2024, 2, 29)


@pytest.mark.parametrize("buddhist_era", [True, False])
@pytest.mark.parametrize(
    "day", [date(2026, 11, 23), date(2024, 2, 29), date(1999, 12, 31), date(2000, 1, 1), date(2056, 1, 5)]
)
def test_format_parse_round_trip(day: date, buddhist_era: bool) -> None:
    assert parse_date(format_date(day, buddhist_era), buddhist_era) == day


def test_parse_time() -> None:
    assert parse_time("14:05") == time(14, 5)
    assert parse_time("9.30") == time(9, 30)
    assert parse_time("๑๔:๐๕") == time(14, 5)
    assert parse_time("14.05 น.") == time(14, 5)
    assert parse_time("24:00") is None
    assert parse_time("14:5") is None


def test_parse_datetime_to_utc() -> None:
    expected = datetime(2026, 11, 23, 16, 30, tzinfo=UTC)
    assert parse_datetime("23/11/2569 23:30", BANGKOK, buddhist_era=True) == expected
    assert parse_datetime("23/11/2026 23:30", BANGKOK, buddhist_era=False) == expected
    assert parse_datetime("๒๓/๑๑/๒๕๖๙ ๒๓.๓๐ น.", BANGKOK, buddhist_era=True) == expected
    result = parse_datetime("23/11/2569 14:05", BANGKOK, buddhist_era=True)
    assert result is not None
    assert result.tzinfo is UTC


def test_parse_datetime_fixed_offset_zone() -> None:
    plus7 = timezone(timedelta(hours=7))
    assert parse_datetime("01/01/2026 00:15", plus7, buddhist_era=False) == datetime(
        2025, 12, 31, 17, 15, tzinfo=UTC
    )


@pytest.mark.parametrize("text", ["23/11/2569", "23/11/2569 25:00", "31/02/2569 10:00", "14:05", ""])
def test_parse_datetime_invalid(text: str) -> None:
    assert parse_datetime(text, BANGKOK, buddhist_era=True) is None


@pytest.mark.parametrize("buddhist_era", [True, False])
def test_format_parse_datetime_round_trip(buddhist_era: bool) -> None:
    dt = datetime(2026, 11, 23, 16, 30, tzinfo=UTC)
    assert parse_datetime(format_datetime(dt, BANGKOK, buddhist_era), BANGKOK, buddhist_era) == dt
