"""`salesapp bench`, follow-up desk: open the list, all tab counters, switch tabs, save a note.

Saving is measured for real (note, follow-up update with its version check, activity row) inside a
transaction that is rolled back at the end, so a benchmark never leaves notes in a shop's database.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.followup import FollowUpKind, StatusFilter
from salesapp.services.followup.followup_list import FollowUpFilter
from salesapp.services.registry import Services

Metric = Callable[[str, list[float], float | None, int], dict[str, Any]]
Timer = Callable[[Callable[[], Any], int], list[float]]


def followup_metrics(
    services: Services, admin: Any, runs: int, baseline: bool, ms: Timer, metric: Metric
) -> list[dict[str, Any]]:
    """The follow-up list's figures, each beside its naive way where there is one."""
    lists = services.followup_list
    open_all = FollowUpFilter(status=StatusFilter.OPEN)
    total = lists.count(open_all, None)
    out = []

    def first_paint(flt: FollowUpFilter) -> None:
        lists.count(flt)
        lists.first_page(flt)

    def naive_open() -> None:  # every follow-up as a model instance, status decided in Python
        rows = list(m.FollowUp.select().order_by(m.FollowUp.sort_at))
        [r for r in rows if not r.closed]

    out.append(
        metric(
            "followup_open_list",
            ms(lambda: first_paint(open_all), runs),
            ms(naive_open, 1)[0] if baseline else None,
            total,
        )
    )

    def naive_counters() -> None:
        f = m.FollowUp
        list(
            f.select(f.kind, f.closed, f.followed, pw.fn.COUNT(f.id))
            .group_by(f.kind, f.closed, f.followed)
            .tuples()
        )

    out.append(
        metric(
            "followup_tab_counters",
            ms(lambda: lists.kind_counts(open_all), runs),
            statistics.median(ms(naive_counters, 3)) if baseline else None,
            total,
        )
    )
    filters = [FollowUpFilter(kind=k, status=s) for k in (None, *FollowUpKind) for s in StatusFilter]
    cycle = iter(filters * (runs // len(filters) + 1))
    out.append(metric("followup_switch_tab", ms(lambda: first_paint(next(cycle)), runs), None, len(filters)))
    out.append(_save_note_metric(services, admin, runs, ms, metric))
    return out


def _save_note_metric(services: Services, admin: Any, runs: int, ms: Timer, metric: Metric) -> dict[str, Any]:
    lists, followups = services.followup_list, services.followups
    targets = lists.rows(list(lists.ids(FollowUpFilter(status=StatusFilter.OPEN))[:runs]))
    it = iter(targets)

    def save() -> None:
        row = next(it)
        followups.add_note(admin, row.id, row.version, "bench: โทรแล้ว ลูกค้าขอคิดดูก่อน", None)

    with services.db.atomic() as transaction:
        samples = ms(save, len(targets))
        transaction.rollback()
    return metric("followup_save_note", samples, None, len(targets))
