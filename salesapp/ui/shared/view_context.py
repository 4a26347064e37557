"""What every section view is given: the database worker, the signed-in user and how to show dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo

from salesapp.domain.clock import Clock, utc_now
from salesapp.domain.records import UserRecord
from salesapp.ui.shared.tasks import DbWorker


@dataclass(frozen=True)
class ViewContext:
    """Shared by the sections of one signed-in window."""

    worker: DbWorker
    user: UserRecord
    tz: tzinfo
    buddhist_era: bool
    clock: Clock = field(default=utc_now)
