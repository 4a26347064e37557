"""What every service needs: the open database and the clock."""

from __future__ import annotations

from dataclasses import dataclass, field

from salesapp.db.connection import Database
from salesapp.domain.clock import Clock, utc_now


@dataclass(frozen=True)
class ServiceContext:
    """The database a service writes to and the clock it stamps times with."""

    db: Database
    clock: Clock = field(default=utc_now)
