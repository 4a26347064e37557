"""`salesapp bench`, follow-up desk: open the list, all tab counters, switch tabs, save a note, open an
item whose note is as long as a note may be.

Saving is measured twice. `followup_save_note`: the work of a save (note, follow-up update with its version
check, activity row) inside one transaction rolled back at the end. `followup_save_note_committed`: each
save committed on its own, as a user's is, so the disk's flush (SQLite's synchronous=FULL) is in the
figure; it writes to a call-back request the bench makes for itself and deletes afterwards with its
customer, follow-up, notes and activity rows, so a benchmark never leaves anything in a shop's database.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.enums import EntityKind
from salesapp.domain.followup import FollowUpKind, StatusFilter
from salesapp.domain.limits import NOTE_CHARS
from salesapp.services.followup.followup_list import FollowUpFilter
from salesapp.services.followup.intake import ContactRequestInput
from salesapp.services.registry import Services

Metric = Callable[[str, list[float], float | None, int], dict[str, Any]]
Timer = Callable[[Callable[[], Any], int], list[float]]


def followup_metrics(
    services: Services, admin: Any, runs: int, baseline: bool, ms: Timer, metric: Metric
) -> list[dict[str, Any]]:
    """The follow-up list's figures, each beside its naive way where there is one."""
    lists = services.followup_list
    open_all = FollowUpFilter(status=StatusFilter.OPEN)
    total = lists.count(admin, open_all, None)
    out = []

    def first_paint(flt: FollowUpFilter) -> None:
        lists.count(admin, flt)
        lists.first_page(admin, flt)

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
            ms(lambda: lists.kind_counts(admin, open_all), runs),
            statistics.median(ms(naive_counters, 3)) if baseline else None,
            total,
        )
    )
    filters = [FollowUpFilter(kind=k, status=s) for k in (None, *FollowUpKind) for s in StatusFilter]
    cycle = iter(filters * (runs // len(filters) + 1))
    out.append(metric("followup_switch_tab", ms(lambda: first_paint(next(cycle)), runs), None, len(filters)))
    out.append(_save_note_metric(services, admin, runs, ms, metric))
    out.extend(_committed_metrics(services, admin, runs, ms, metric))
    return out


def _save_note_metric(services: Services, admin: Any, runs: int, ms: Timer, metric: Metric) -> dict[str, Any]:
    lists, followups = services.followup_list, services.followups
    targets = lists.rows(admin, list(lists.ids(admin, FollowUpFilter(status=StatusFilter.OPEN))[:runs]))
    it = iter(targets)

    def save() -> None:
        row = next(it)
        followups.add_note(admin, row.id, row.version, "bench: โทรแล้ว ลูกค้าขอคิดดูก่อน", None)

    with services.db.atomic() as transaction:
        samples = ms(save, len(targets))
        transaction.rollback()
    return metric("followup_save_note", samples, None, len(targets))


def _committed_metrics(
    services: Services, admin: Any, runs: int, ms: Timer, metric: Metric
) -> list[dict[str, Any]]:
    """Committed note saves, and opening the item once it carries a note of NOTE_CHARS characters (what
    the detail pane reads: the item, its subject and history, and the notes)."""
    followups = services.followups
    while True:  # a number nobody has, so the request gets a customer of its own
        phone = "08" + "".join(random.choice("0123456789") for _ in range(8))
        if not m.Customer.select().where(m.Customer.phone == "+66" + phone[1:]).exists():
            break
    row, _ = services.intake.create_contact_request(
        admin, ContactRequestInput(name="salesapp bench", phone=phone, message="bench")
    )
    state = {"version": row.version}

    def save(text: str = "bench: โทรแล้ว ลูกค้าขอคิดดูก่อน") -> None:
        saved, _ = followups.add_note(admin, row.id, state["version"], text, None)
        state["version"] = saved.version

    def open_item() -> None:
        followups.detail(admin, row.id)
        followups.notes(admin, row.id)

    try:
        saves = ms(save, runs)
        save("ก" * NOTE_CHARS)
        opens = ms(open_item, runs)
    finally:
        _remove_bench_request(services, row.id, row.subject_id, row.customer_id)
    return [
        metric("followup_save_note_committed", saves, None, runs),
        metric("followup_open_longest_note", opens, None, NOTE_CHARS),
    ]


def _remove_bench_request(services: Services, followup_id: int, request_id: int, customer_id: int) -> None:
    """Delete what the bench's own call-back request wrote, and nothing else."""
    a = m.Activity
    mine = (
        ((a.entity == EntityKind.FOLLOWUP.value) & (a.entity_id == followup_id))
        | ((a.entity == EntityKind.CONTACT_REQUEST.value) & (a.entity_id == request_id))
        | ((a.entity == EntityKind.CUSTOMER.value) & (a.entity_id == customer_id))
    )
    with services.db.atomic():
        m.FollowUpNote.delete().where(m.FollowUpNote.followup == followup_id).execute()
        m.FollowUp.delete().where(m.FollowUp.id == followup_id).execute()
        m.ContactRequest.delete().where(m.ContactRequest.id == request_id).execute()
        a.delete().where(mine).execute()
        m.Customer.delete().where(m.Customer.id == customer_id).execute()
