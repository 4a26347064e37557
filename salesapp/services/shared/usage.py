"""Deleting something in use only as confirmed: the user saw "used by N records" and said yes; when the
count changed meanwhile (another desktop tagged more customers, say), the delete is refused, nothing
written, with the count as it is now, and the user confirms again."""

from __future__ import annotations

from salesapp.domain.errors import ValidationError, msg

USES_CHANGED = msg(
    "Meanwhile the number of records using it changed: it is now {count}. Nothing was changed: confirm again."
)


def check_confirmed_uses(actual: int, confirmed: int | None) -> None:
    """Refuse (ValidationError, field "uses", with `count`) when `confirmed` is given and differs from
    `actual`; call inside the transaction that deletes, after locking or counting the rows."""
    if confirmed is not None and actual != confirmed:
        raise ValidationError(USES_CHANGED, field="uses", count=f"{actual:,}")
