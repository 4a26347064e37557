"""The PostgreSQL server restarted under a running session: saves before it succeed, saves while it is down
are refused with a plain "connection lost" message, and saves and reads work again by themselves after it
is back, without restarting the app (on a server of these tests' own: the shared one stays up)."""

from __future__ import annotations

import time
import uuid

from salesapp.demo.demo import DEMO_PASSWORD, fill_demo
from salesapp.domain.errors import ConnectionLost
from salesapp.domain.followup import StatusFilter
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.followup.followup_list import FollowUpFilter
from salesapp.services.registry import Services, connect
from tests.faults.conftest import PgServer

DOWN_AT, UP_AT, END_AT = 2.0, 4.0, 8.0  # seconds into the loop


def filled_database(server: PgServer) -> tuple[str, Services]:
    """A demo database on `server`: its URL and its services, connected."""
    url = server.create_database(f"r_{uuid.uuid4().hex[:10]}")
    services = connect(url, hasher=cheap_hasher())
    fill_demo(services.db, customers=30, orders=120, seed=3, sales_work=False)
    return url, services


def test_saves_work_again_after_the_server_restarts(own_pg: PgServer) -> None:
    _url, services = filled_database(own_pg)
    user = services.users.sign_in("manager", DEMO_PASSWORD)
    ids = services.followup_list.ids(user, FollowUpFilter(status=StatusFilter.OPEN))
    assert ids
    outcomes: list[tuple[float, str, str]] = []  # (seconds, phase, "ok" or the error's message)
    phase, start = "before", time.monotonic()
    try:
        n = 0
        while (elapsed := time.monotonic() - start) < END_AT:
            if phase == "before" and elapsed >= DOWN_AT:
                own_pg.stop()
                phase = "down"
            elif phase == "down" and elapsed >= UP_AT:
                own_pg.start()
                phase, back_at = "after", time.monotonic() - start
            followup_id = ids[n % len(ids)]
            n += 1
            try:
                row = services.followups.detail(user, followup_id).row
                services.followups.add_note(user, row.id, row.version, f"loop {n}", None)
                outcomes.append((elapsed, phase, "ok"))
            except ConnectionLost as exc:
                outcomes.append((elapsed, phase, exc.message))
            time.sleep(0.02)
    finally:
        if phase == "down":
            own_pg.start()
    before = [o for o in outcomes if o[1] == "before"]
    down = [o for o in outcomes if o[1] == "down"]
    after = [o for o in outcomes if o[1] == "after"]
    assert before and all(o[2] == "ok" for o in before)
    assert down and all(o[2] != "ok" for o in down)
    assert all("was lost" in o[2] and "reconnecting" in o[2] for o in down), down[:3]
    # Back by itself, with back-off: within a few seconds of the restart every save goes through again.
    first_ok = next(i for i, o in enumerate(after) if o[2] == "ok")
    assert after[first_ok][0] - back_at < 3.0
    assert all(o[2] == "ok" for o in after[first_ok:])
    assert len(after) - first_ok > 10
    saved = {n.text for fid in ids for n in services.followups.notes(user, fid)}
    assert {f"loop {i}" for i in range(1, 6)} <= saved
    services.close()


def test_a_transaction_cut_by_the_restart_is_rolled_back_and_the_next_one_works(own_pg: PgServer) -> None:
    _url, services = filled_database(own_pg)
    user = services.users.sign_in("manager", DEMO_PASSWORD)
    followup_id = services.followup_list.ids(user, FollowUpFilter(status=StatusFilter.OPEN))[0]
    row = services.followups.detail(user, followup_id).row
    try:
        with services.db.atomic():
            services.followups.add_note(user, row.id, row.version, "cut short", None)
            own_pg.stop()
            services.followups.notes(user, followup_id)
    except ConnectionLost as exc:
        assert "nothing was saved" in exc.message
    else:
        raise AssertionError("the transaction went on without its connection")
    finally:
        own_pg.start()
    services.check_connection()
    row = services.followups.detail(user, followup_id).row
    services.followups.add_note(user, row.id, row.version, "after the restart", None)
    texts = [n.text for n in services.followups.notes(user, followup_id)]
    assert "after the restart" in texts and "cut short" not in texts
    services.close()


def test_request_work_says_the_connection_was_lost_and_works_after(own_pg: PgServer) -> None:
    """The upsell claim runs one statement on the raw psycopg connection: it reports a lost server like
    every other call (not as "Something went wrong: the connection is closed") and recovers."""
    _url, services = filled_database(own_pg)
    user = services.users.sign_in("manager", DEMO_PASSWORD)
    services.upsell.request_work(user)  # connected, and the claim's statement has run once
    own_pg.stop()
    own_pg.start()  # a restart: the session's connection is now dead without knowing it
    try:
        services.upsell.request_work(user)
        lost = None
    except ConnectionLost as exc:
        lost = exc
    assert lost is not None and "was lost" in lost.message
    deadline = time.monotonic() + 5
    while True:
        try:
            services.upsell.request_work(user)
            break
        except ConnectionLost:
            assert time.monotonic() < deadline, "request work did not recover after the restart"
            time.sleep(0.1)
    services.close()
