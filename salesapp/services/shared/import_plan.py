"""The vocabulary every import shares (customers, products): the modes, what a row does, the preview and
the result, and the progress and cancel callbacks the import runs with.

A feature's import keeps its own outcome record (which fields recognise a row); the preview and the
result are generic over it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

from salesapp.domain.errors import SalesappError


class ImportMode(StrEnum):
    """What to do with rows that match an existing record and rows that do not."""

    CREATE = "create"  # only add new records; rows matching one are skipped
    CREATE_UPDATE = "create_update"  # add new records and update the matched ones
    UPDATE_ONLY = "update_only"  # only update matched records; other rows are skipped


class RowAction(StrEnum):
    """What an import does with one row."""

    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    ERROR = "error"


class Outcome(Protocol):
    """What every row outcome says: its line in the file, the action, and for errors and skips why."""

    @property
    def line(self) -> int: ...

    @property
    def action(self) -> RowAction: ...

    @property
    def error(self) -> SalesappError | None: ...


OutcomeT = TypeVar("OutcomeT", bound=Outcome)


@dataclass(frozen=True)
class ImportPreview(Generic[OutcomeT]):
    """The counts of a planned import, the first rows and every bad row."""

    total: int
    to_create: int
    to_update: int
    skipped: int
    rows: tuple[OutcomeT, ...]
    errors: tuple[OutcomeT, ...]

    @property
    def ok(self) -> bool:
        """True when no row is bad, so the import may run."""
        return not self.errors


@dataclass(frozen=True)
class ImportResult(Generic[OutcomeT]):
    """What an import did; with bad rows or a cancel nothing was written."""

    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: tuple[OutcomeT, ...] = ()
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when the rows were written."""
        return not self.errors and not self.cancelled


Progress = Callable[[int, int], None]
"""Called as progress(done, total) from the thread running the import."""
ShouldCancel = Callable[[], bool]
"""Asked between chunks of rows: True once the user pressed Cancel."""


class ImportCancelled(Exception):
    """Raised inside an import's transaction to roll it back when the user cancels."""


class ImportFailed(Exception):
    """Raised inside an import's transaction to roll it back when a row turned out bad."""
