"""The door to the handover dialog for other rooms: hand over every customer one staff member owns (the
Staff screen offers it when someone is disabled)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from salesapp.domain.records import UserRecord
from salesapp.ui.customers._handover_dialog import HandoverDialog
from salesapp.ui.shared.i18n import translate
from salesapp.ui.shared.tasks import DbWorker

if TYPE_CHECKING:
    from salesapp.services.customers.handover import HandoverService


def open_handover_for_owner(
    worker: DbWorker,
    service: HandoverService,
    actor: UserRecord,
    customer_ids: Sequence[int],
    owner_name: str,
    parent: QWidget | None = None,
) -> QDialog:
    """Open the handover dialog on `customer_ids` (all owned by `owner_name`); returns the open dialog,
    whose `handed_over(ChangeSet)` signal reports the saved handover."""
    dialog = HandoverDialog(worker, service, actor, customer_ids, None, parent)
    dialog.setWindowTitle(translate("StaffHandover", "Hand over the customers of {0}").format(owner_name))
    dialog.open()
    return dialog
