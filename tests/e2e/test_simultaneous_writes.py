"""Two desktops doing the same thing to the same record at the same moment: exactly one wins, the other is
refused with nothing written.

Each desktop is a thread with its own connection (peewee keeps one per thread), both released by one
barrier, many rounds in a row, on an SQLite file (BEGIN IMMEDIATE) and on the real PostgreSQL server
(READ COMMITTED, where a plain read-then-write lets both through).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.customers.handover import HandoverMethod
from salesapp.domain.enums import Action, Currency, EntityKind, Role
from salesapp.domain.errors import NotFound, PermissionDenied, StaleRecordError, ValidationError
from salesapp.domain.upsell import Distribution
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.followup.intake import ContactRequestInput, PaymentNoticeInput
from salesapp.services.registry import Services
from tests.helpers.people import manager_of

ROUNDS = 30


def at_once(services: Services, *work: Callable[[], Any]) -> list[Any]:
    """Run each callable on its own thread (so its own connection), all released together by a barrier;
    returns what each returned or the exception it raised, in order."""
    go = threading.Barrier(len(work))
    out: list[Any] = [None] * len(work)

    def desktop(i: int, job: Callable[[], Any]) -> None:
        try:
            services.db.pw.connect(reuse_if_open=True)  # connected before the start, as a desktop is
            go.wait(30)
            out[i] = job()
        except BaseException as exc:  # handed back to the test, which decides
            out[i] = exc
        finally:
            services.close()  # this thread's connection

    threads = [threading.Thread(target=desktop, args=(i, job)) for i, job in enumerate(work)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
        assert not t.is_alive(), "a desktop hung"
    return out


def _orders(services: Services, customer_id: int, count: int) -> list[int]:
    stamp = to_db(services.ctx.clock())
    with services.db.atomic():
        m.Order.insert_many(
            [
                {"number": f"SO{i + 1:08d}", "customer": customer_id, "status": "awaiting", "currency": "THB",
                 "total_minor": 159_000, "payment_method": "cod", "ordered_at": stamp, "created_at": stamp,
                 "updated_at": stamp}
                for i in range(count)
            ]
        ).execute()  # fmt: skip
    return [r[0] for r in m.tuples(m.Order.select(m.Order.id).order_by(m.Order.id))]


def test_two_notices_matched_to_one_order_at_once_pay_it_once(services: Services, admin, clock) -> None:
    paid_at = clock() - timedelta(hours=1)
    notice = PaymentNoticeInput("สมชาย ใจดี", "0812345678", 159_000, Currency.THB, "กสิกรไทย", paid_at)
    notices = []
    for _ in range(2 * ROUNDS):
        row, _ = services.intake.create_payment_notice(admin, notice)
        notices.append(services.followups.payment_notice(manager_of(services), row.subject_id))
    orders = _orders(services, notices[0].customer_id, ROUNDS)

    for n, order_id in enumerate(orders):
        a, b = notices[2 * n], notices[2 * n + 1]
        results = at_once(
            services,
            lambda a=a, order_id=order_id: services.intake.match(admin, a.id, a.version, order_id),
            lambda b=b, order_id=order_id: services.intake.match(admin, b.id, b.version, order_id),
        )
        refused = [r for r in results if isinstance(r, BaseException)]
        assert len(refused) == 1, f"round {n}: {results}"
        assert isinstance(refused[0], ValidationError) and refused[0].field == "order", refused[0]
        assert "is already paid by payment notice" in str(refused[0])

    p = m.PaymentNotice
    matched = [r[0] for r in m.tuples(p.select(p.matched_order_id).where(p.matched_order.is_null(False)))]
    assert sorted(matched) == orders  # every order paid by exactly one notice
    losers = p.select().where(p.matched_order.is_null())
    assert losers.count() == ROUNDS and all(x.version == 1 and x.matched_at is None for x in losers)
    a = m.Activity
    logged = a.select().where((a.action == Action.MATCHED.value) & (a.entity == EntityKind.ORDER.value))
    assert logged.count() == ROUNDS
    assert all(o.version == 2 for o in m.Order.select())


# -- races found by the sweep of the services --------------------------------------------------------------


def _refused_once(results: list[Any], error: type[BaseException], text: str, n: int) -> None:
    refused = [r for r in results if isinstance(r, BaseException)]
    assert len(refused) == 1, f"round {n}: {results}"
    assert isinstance(refused[0], error) and text in str(refused[0]), refused[0]


def test_two_admins_demoting_each_other_at_once_leave_one_admin(services: Services, admin) -> None:
    me = admin
    for n in range(ROUNDS):
        a, _ = services.users.create_user(me, f"a{n}", f"Admin A{n}", Role.ADMIN, "secret-pass")
        b, _ = services.users.create_user(me, f"b{n}", f"Admin B{n}", Role.ADMIN, "secret-pass")
        v = m.User.get_by_id(me.id).version
        services.users.set_role(a, me.id, v, Role.MANAGER)  # now a and b are the only administrators
        results = at_once(
            services,
            lambda a=a, b=b: services.users.set_role(a, b.id, b.version, Role.MANAGER),
            lambda a=a, b=b: services.users.set_role(b, a.id, a.version, Role.MANAGER),
        )
        # The second is refused either way: counted as the last administrator inside the transaction, or,
        # when it starts after the first has committed, no longer an administrator (the acting user is
        # read from the database at each call).
        refused = [r for r in results if isinstance(r, BaseException)]
        assert len(refused) == 1, f"round {n}: {results}"
        assert (isinstance(refused[0], ValidationError) and "The last administrator" in str(refused[0])) or (
            isinstance(refused[0], PermissionDenied) and "Only an administrator" in str(refused[0])
        )
        admins = list(m.User.select().where(m.User.role == Role.ADMIN.value))
        assert len(admins) == 1, f"round {n}"
        me = a if admins[0].id == a.id else b


def _cases(services: Services, admin, assignee: int | None, count: int) -> list[int]:
    """`count` upsell cases on new awaiting orders: assigned to `assignee`, or pending when None."""
    at = to_db(services.ctx.clock())
    with services.db.atomic():
        customer = m.Customer.insert(name="ลูกค้า", search_key="ลูกค้า", created_at=at, updated_at=at).execute()
        first = m.Order.select().count()
        m.Order.insert_many(
            [
                {"number": f"SO{first + i + 1:08d}", "customer": customer, "status": "awaiting",
                 "currency": "THB", "ordered_at": at, "created_at": at, "updated_at": at}
                for i in range(count)
            ]
        ).execute()  # fmt: skip
        orders = [r[0] for r in m.tuples(m.Order.select(m.Order.id).where(m.Order.customer == customer))]
        status = "pending" if assignee is None else "assigned"
        m.UpsellCase.insert_many(
            [
                {"order": oid, "customer": customer, "status": status, "assignee": assignee,
                 "source": "manual", "queued_at": at, "created_at": at, "updated_at": at}
                for oid in orders
            ]
        ).execute()  # fmt: skip
    query = m.UpsellCase.select(m.UpsellCase.id).where(m.UpsellCase.customer == customer)
    return sorted(r[0] for r in m.tuples(query))


def test_a_call_stopped_on_two_desktops_at_once_is_stopped_once(services: Services, admin) -> None:
    sales, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "secret-pass")
    for n, case_id in enumerate(_cases(services, admin, sales.id, ROUNDS)):
        call, _ = services.upsell.start_call(sales, case_id)
        results = at_once(
            services,
            lambda call=call: services.upsell.stop_call(sales, call.id),
            lambda call=call: services.upsell.stop_call(admin, call.id),
        )
        _refused_once(results, ValidationError, "already been stopped", n)
    a = m.Activity
    assert a.select().where(a.action == Action.CALLED.value).count() == ROUNDS  # one history row per call


def test_a_note_deleted_on_two_desktops_at_once_is_deleted_once(services: Services, admin) -> None:
    sales, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "secret-pass")
    cases = _cases(services, admin, sales.id, ROUNDS)
    for n, case_id in enumerate(cases):
        services.upsell.add_note(sales, case_id, "ลูกค้าสนใจ")
        note, _ = services.upsell.add_note(sales, case_id, "โทรกลับพรุ่งนี้")
        results = at_once(
            services,
            lambda note=note: services.upsell.note_book.delete_note(sales, note.id),
            lambda note=note: services.upsell.note_book.delete_note(admin, note.id),
        )
        _refused_once(results, NotFound, "no longer exists", n)
    assert {c.note_count for c in m.UpsellCase.select()} == {1}
    a = m.Activity
    assert a.select().where(a.action == Action.NOTE_DELETED.value).count() == ROUNDS


def test_a_call_started_on_two_desktops_at_once_runs_once(services: Services, admin) -> None:
    sales, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "secret-pass")
    for n, case_id in enumerate(_cases(services, admin, sales.id, ROUNDS)):
        first, second = at_once(
            services,
            lambda case_id=case_id: services.upsell.start_call(sales, case_id),
            lambda case_id=case_id: services.upsell.start_call(sales, case_id),
        )
        assert first[0].id == second[0].id, f"round {n}"  # the second press gets the running call
    assert m.Call.select().count() == ROUNDS
    assert {c.call_count for c in m.UpsellCase.select()} == {1}


def test_assigning_while_the_assignee_requests_work_keeps_max_open(services: Services, admin) -> None:
    sales, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "secret-pass")
    current = services.upsell_settings.get()
    services.upsell_settings.save(
        admin, replace(current, distribution=Distribution(per_request=5, max_open=5)), current.version
    )
    c = m.UpsellCase
    for n in range(ROUNDS):
        pending = _cases(services, admin, None, 10)  # the claim takes the oldest 5, the manager the rest
        results = at_once(
            services,
            lambda pending=pending: services.upsell.assign(admin, pending[-5:], sales.id),
            lambda: services.upsell.request_work(sales),
        )
        held = c.select().where((c.assignee == sales.id) & (c.status == "assigned")).count()
        assert held == 5, f"round {n}: {held} open cases, {results}"
        _refused_once(results, ValidationError, "open upsell cases", n)  # whichever came second
        c.update(status="failed").where(c.status != "failed").execute()  # next round starts empty-handed


def test_a_merge_undone_on_two_desktops_at_once_is_undone_once(services: Services, admin) -> None:
    dup = services.duplicates
    for n in range(ROUNDS):
        kept, _ = services.customers.create(admin, CustomerInput(name=f"สมชาย {n}", phone="0812345678"))
        dupe, _ = services.customers.create(admin, CustomerInput(name=f"คุณสมชาย {n}", phone="0891112222"))
        dup.merge(admin, kept.id, dupe.id, (kept.version, dupe.version))
        (merge,) = dup.merges_of(admin, kept.id)
        results = at_once(
            services,
            lambda merge=merge: dup.undo_merge(admin, merge.id),
            lambda merge=merge: dup.undo_merge(admin, merge.id),
        )
        _refused_once(results, ValidationError, "This merge was undone already.", n)
    a = m.Activity
    assert a.select().where(a.action == Action.UNMERGED.value).count() == 2 * ROUNDS


def test_a_follow_up_closed_on_two_desktops_at_once_is_closed_once(services: Services, admin) -> None:
    for n in range(ROUNDS):
        row, _ = services.intake.create_contact_request(
            admin, ContactRequestInput(name="สมชาย ใจดี", phone="0812345678")
        )
        results = at_once(
            services,
            lambda row=row: services.followups.close(admin, row.id, row.version, "ขายแล้ว"),
            lambda row=row: services.followups.close(admin, row.id, row.version, "ลูกค้าไม่สนใจ"),
        )
        # Refused either way: stale on PostgreSQL (both read it open), already closed on SQLite (serial).
        refused = [r for r in results if isinstance(r, BaseException)]
        assert len(refused) == 1, f"round {n}: {results}"
        assert isinstance(refused[0], StaleRecordError) or "already closed" in str(refused[0]), refused[0]
    n_ = m.FollowUpNote
    assert n_.select().where(n_.closing == True).count() == ROUNDS  # noqa: E712


def test_two_managers_handing_over_one_selection_at_once_one_is_refused(
    services: Services, admin, clock
) -> None:
    """Both selected the same customers earlier and confirm at the same moment to different people: the
    second to write finds the first's moves (it waits on the row locks on PostgreSQL) and is refused."""
    boss, _ = services.users.create_user(admin, "boss", "หัวหน้า", Role.MANAGER, "secret-pass")
    lan, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.SALES, "secret-pass")
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี", Role.SALES, "secret-pass")
    handover = services.handover
    for n in range(ROUNDS):
        ids = [services.customers.create(admin, CustomerInput(name=f"ลูกค้า {n}.{i}"))[0].id for i in range(20)]
        clock.advance(minutes=1)
        selected_at = clock()  # both lists read after the customers were made
        clock.advance(minutes=1)
        plans = [
            handover.plan(who, ids, HandoverMethod.ONE, [to.id]) for who, to in ((admin, lan), (boss, somsri))
        ]
        results = at_once(
            services,
            lambda ids=ids, plan=plans[0], at=selected_at: handover.hand_over(admin, ids, plan, "", at),
            lambda ids=ids, plan=plans[1], at=selected_at: handover.hand_over(boss, ids, plan, "", at),
        )
        _refused_once(
            results, ValidationError, "20 of the selected customers were changed by someone else", n
        )
        c = m.Customer
        assert len({o for (o,) in c.select(c.owner).where(c.id.in_(ids)).tuples()}) == 1  # one winner, whole
        clock.advance(minutes=1)
