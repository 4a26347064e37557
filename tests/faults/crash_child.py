"""The crash test's child: saves follow-up notes through the services as fast as it can and prints each
note's text once its save returned (committed); the test kills it with SIGKILL at random moments.

Run as `python tests/faults/crash_child.py URL RUN`.
"""

from __future__ import annotations

import sys

from salesapp.demo.demo import DEMO_PASSWORD
from salesapp.domain.followup import StatusFilter
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.followup.followup_list import FollowUpFilter
from salesapp.services.registry import connect


def main(url: str, run: str) -> None:
    services = connect(url, hasher=cheap_hasher())
    # Checkpoints every 50 pages instead of 1000: kills land in the middle of them too.
    services.db.pw.execute_sql("PRAGMA wal_autocheckpoint = 50")
    user = services.users.sign_in("manager", DEMO_PASSWORD)
    lists, followups = services.followup_list, services.followups
    ids = list(lists.ids(user, FollowUpFilter(status=StatusFilter.OPEN)))
    print("ready", flush=True)
    n = 0
    while True:
        row = lists.rows(user, [ids[n % len(ids)]])[0]
        text = f"{run}-{n} โทรแล้ว ลูกค้าขอคิดดูก่อน"
        followups.add_note(user, row.id, row.version, text, None)
        print(text, flush=True)
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
