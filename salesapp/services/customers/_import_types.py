"""The vocabulary of a customer import: its modes, what a row does, the preview and the result."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from salesapp.domain.errors import SalesappError


class ImportMode(StrEnum):
    """What to do with rows that match an existing customer and rows that do not."""

    CREATE = "create"  # only add new customers; rows matching one are skipped
    CREATE_UPDATE = "create_update"  # add new customers and update the matched ones
    UPDATE_ONLY = "update_only"  # only update matched customers; other rows are skipped


class RowAction(StrEnum):
    """What an import does with one row."""

    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    ERROR = "error"


@dataclass(frozen=True)
class RowOutcome:
    """What happens to one row: its line, the action, and for errors and skips the reason."""

    line: int
    action: RowAction
    name: str
    phone: str
    email: str
    error: SalesappError | None = None
    customer_id: int | None = None

    @property
    def reason(self) -> str:
        """The reason in English (the UI translates `error` itself)."""
        return self.error.message if self.error is not None else ""


@dataclass(frozen=True)
class ImportPreview:
    """The counts of a planned import, the first rows and every bad row."""

    total: int
    to_create: int
    to_update: int
    skipped: int
    rows: tuple[RowOutcome, ...]
    errors: tuple[RowOutcome, ...]

    @property
    def ok(self) -> bool:
        """True when no row is bad, so the import may run."""
        return not self.errors


@dataclass(frozen=True)
class ImportResult:
    """What an import did; with bad rows or a cancel nothing was written."""

    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: tuple[RowOutcome, ...] = ()
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when the rows were written."""
        return not self.errors and not self.cancelled
