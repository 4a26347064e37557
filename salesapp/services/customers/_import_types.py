"""The vocabulary of a customer import: what a row does, with the fields that recognise it; the modes,
the preview and the result are every import's (services/shared/import_plan.py), re-exported here."""

from __future__ import annotations

from dataclasses import dataclass

from salesapp.domain.errors import SalesappError
from salesapp.services.shared.import_plan import ImportMode, ImportPreview, ImportResult, RowAction

__all__ = ["ImportMode", "ImportPreview", "ImportResult", "RowAction", "RowOutcome"]


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
