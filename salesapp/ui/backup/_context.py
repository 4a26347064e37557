"""What the backup screens are given: the two workers, the services of the open database, the user."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo

from salesapp.domain.clock import Clock, utc_now
from salesapp.domain.records import UserRecord
from salesapp.services.registry import Services
from salesapp.ui.shared.tasks import DbWorker


@dataclass(frozen=True)
class BackupContext:
    """`bulk` runs the long file work (a backup, a restore) so that `worker`, the window's database worker,
    stays free for every other section meanwhile."""

    bulk: DbWorker
    worker: DbWorker
    services: Services
    user: UserRecord
    tz: tzinfo
    buddhist_era: bool
    clock: Clock = field(default=utc_now)
