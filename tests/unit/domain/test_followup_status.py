"""The follow-up status rule: computed from stored facts and the clock, days counted in the user's zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from salesapp.domain.followup import FollowUpStatus, followup_status, is_today, start_of_day, to_minute

BANGKOK = ZoneInfo("Asia/Bangkok")
NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # 10:00 in Bangkok


def status(next_at: datetime | None, now: datetime = NOW, followed: bool = True, closed: bool = False):
    return followup_status(closed, followed, next_at, now, BANGKOK)


def test_new_when_nothing_recorded() -> None:
    assert status(None, followed=False) is FollowUpStatus.NEW


def test_closed_wins_over_every_time() -> None:
    assert status(NOW - timedelta(days=3), closed=True) is FollowUpStatus.CLOSED
    assert status(None, followed=False, closed=True) is FollowUpStatus.CLOSED


def test_notes_without_a_next_time_are_due() -> None:
    assert status(None, followed=True) is FollowUpStatus.DUE


def test_turns_due_at_its_minute() -> None:
    at = datetime(2026, 11, 23, 3, 30, tzinfo=UTC)
    assert status(at, now=at - timedelta(microseconds=1)) is FollowUpStatus.TRACKING
    assert status(at, now=at) is FollowUpStatus.DUE
    assert status(at, now=at + timedelta(seconds=59)) is FollowUpStatus.DUE


def test_overdue_means_before_today_in_the_users_zone() -> None:
    # 23:30 Bangkok on the 23rd is 16:30 UTC: still "today" at 23:59 Bangkok, overdue after midnight there.
    late = datetime(2026, 11, 23, 16, 30, tzinfo=UTC)
    assert status(late, now=datetime(2026, 11, 23, 16, 59, tzinfo=UTC)) is FollowUpStatus.DUE
    assert status(late, now=datetime(2026, 11, 23, 17, 0, tzinfo=UTC)) is FollowUpStatus.OVERDUE
    # 06:30 Bangkok on the 24th is 23:30 UTC on the 23rd: at 08:00 Bangkok on the 24th it is today's.
    early = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)
    morning = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
    assert status(early, now=morning) is FollowUpStatus.DUE
    assert is_today(early, morning, BANGKOK)
    assert not is_today(early, morning, ZoneInfo("Europe/London"))  # in London it was yesterday
    assert followup_status(False, True, early, morning, ZoneInfo("Europe/London")) is FollowUpStatus.OVERDUE


def test_start_of_day_is_local_midnight() -> None:
    assert start_of_day(NOW, BANGKOK) == datetime(2026, 11, 23, 0, 0, tzinfo=BANGKOK)
    assert start_of_day(datetime(2026, 11, 23, 17, 1, tzinfo=UTC), BANGKOK).day == 24


@pytest.mark.parametrize("second", [0, 1, 59])
def test_times_are_kept_to_the_minute(second: int) -> None:
    assert to_minute(NOW.replace(minute=7, second=second, microsecond=5)) == NOW.replace(minute=7)
