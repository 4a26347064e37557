"""Taking selected customers back, to the pool or to another staff member, with a required reason.

The staff are read once through the database worker; only confirming writes, again through the worker.
On an error the dialog stays open with everything as chosen; an out-of-date selection is refused by the
service and the dialog offers Reload, as the handover dialog does (see _handover_dialog).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.customers.handover import StaffLoad
from salesapp.domain.records import UserRecord
from salesapp.services.customers.pools import PoolRecord
from salesapp.ui.customers._handover_dialog import number, reload_button, stale_selection
from salesapp.ui.customers.customer_labels import pool_label
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.widgets.message_label import MessageLabel

if TYPE_CHECKING:
    from salesapp.services.customers.handover import HandoverService


class RevokeDialog(QDialog):
    """Take the selected customers back, to the pool or to another staff member, with a required reason.

    `service` is a HandoverService (its `staff_loads`, `revoke` and `move` run on `worker`). After saving,
    `changes` holds the ChangeSet and the dialog accepts.

    Signals:
        revoked(object): the ChangeSet of the saved revoke or move (emitted just before accepting).
        reload_requested(): the selection is out of date; reload the list and call `set_selection`.
    """

    revoked = Signal(object)
    reload_requested = Signal()

    def __init__(
        self,
        worker: DbWorker,
        service: HandoverService,
        actor: UserRecord,
        customer_ids: Sequence[int],
        selected_at: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.service = service
        self.actor = actor
        self.customer_ids = list(dict.fromkeys(customer_ids))
        self.selected_at = selected_at
        self.changes: ChangeSet | None = None
        self._saving = False
        self._reloading = False
        self.setWindowTitle(self.tr("Take customers back"))
        self.setMinimumWidth(520)
        self.intro = QLabel()
        self._show_count()
        self.to_pool = QRadioButton(self.tr("Back to the pool"))
        self.to_pool.setToolTip(self.tr("No one owns them until they are handed over again."))
        self.pool = QComboBox()  # shown when the shop keeps several pools
        self.pool.setMinimumContentsLength(24)
        self.pool.hide()
        pool_row = QHBoxLayout()
        pool_row.addWidget(self.to_pool)
        pool_row.addWidget(self.pool, 1)
        self.move_to = QRadioButton(self.tr("Move to:"))
        self.to_pool.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.to_pool)
        group.addButton(self.move_to)
        self.staff = QComboBox()
        self.staff.setEnabled(False)
        self.staff.setMinimumContentsLength(24)
        move_row = QHBoxLayout()
        move_row.addWidget(self.move_to)
        move_row.addWidget(self.staff, 1)
        reason_label = QLabel(self.tr("Reason (required):"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why are these customers taken back? Kept in their history."))
        self.reason.setFixedHeight(90)
        reason_label.setBuddy(self.reason)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.reload_button = reload_button(self.buttons, self.tr("Reload"))
        self.reload_button.clicked.connect(self._reload_clicked)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(pool_row)
        layout.addLayout(move_row)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.move_to.toggled.connect(self._update)
        self.staff.currentIndexChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()
        worker.submit(service.staff_loads, actor, on_done=self._loads_arrived, on_error=self._load_failed)
        worker.submit(service.pools, actor, on_done=self._pools_arrived, on_error=self._load_failed)

    def _pools_arrived(self, pools: list[PoolRecord]) -> None:
        self.pool.clear()
        for pool in pools:
            self.pool.addItem(
                self.tr("{0} ({1} customers)").format(pool_label(pool.name), number(pool.customers)), pool.id
            )
        self.pool.setVisible(len(pools) > 1)
        self.to_pool.setText(self.tr("Back to the pool:") if len(pools) > 1 else self.tr("Back to the pool"))

    def choose_pool(self, pool_id: int) -> None:
        """Choose "Back to the pool" into this pool."""
        self.to_pool.setChecked(True)
        self.pool.setCurrentIndex(self.pool.findData(pool_id))

    def _show_count(self) -> None:
        count = len(self.customer_ids)
        self.intro.setText(
            self.tr("1 customer selected.")
            if count == 1
            else self.tr("{0} customers selected.").format(number(count))
        )

    def _loads_arrived(self, loads: list[StaffLoad]) -> None:
        chosen = self.staff.currentData()  # loaded again after a reload: the choice stays
        self.staff.blockSignals(True)
        self.staff.clear()
        for load in loads:
            self.staff.addItem(
                self.tr("{0} ({1} customers)").format(load.name, number(load.current_count)), load.user_id
            )
        if chosen is not None and self.staff.findData(chosen) >= 0:
            self.staff.setCurrentIndex(self.staff.findData(chosen))
        self.staff.blockSignals(False)
        reloaded, self._reloading = self._reloading, False
        self._update()
        if reloaded:
            self.message.show_notice(
                self.tr("The list was reloaded: the selection is as it is now. Check it and confirm again.")
            )

    def _load_failed(self, error: BaseException) -> None:
        self.message.show_error(error_text(error))

    def choose_staff(self, user_id: int) -> None:
        """Choose "Move to" this staff member."""
        self.move_to.setChecked(True)
        self.staff.setCurrentIndex(self.staff.findData(user_id))

    def _update(self) -> None:
        moving = self.move_to.isChecked()
        self.staff.setEnabled(moving and not self._saving)
        self.pool.setEnabled(not moving and not self._saving)
        self.ok_button.setText(self.tr("Move") if moving else self.tr("Take back"))
        ready = bool(self.reason.toPlainText().strip()) and (not moving or self.staff.currentIndex() >= 0)
        ready = ready and bool(self.customer_ids)
        self.ok_button.setEnabled(ready and not self._saving and not self._reloading)
        if ready and not self._saving and not self._reloading:
            self.message.clear_message()

    def submit(self) -> None:
        """Save the revoke or move on the worker; refused with a message while the reason is empty."""
        if self._saving:
            return
        reason = self.reason.toPlainText()
        if not reason.strip():
            self.message.show_error(self.tr("Enter the reason for taking these customers back."))
            self.reason.setFocus()
            return
        if self.move_to.isChecked():
            to_user = self.staff.currentData()
            if to_user is None:
                self.message.show_error(self.tr("Choose the staff member who receives the customers."))
                return
            call: tuple[Any, ...] = (
                self.service.move,
                self.actor,
                self.customer_ids,
                int(to_user),
                reason,
                self.selected_at,
            )
        else:
            pool_id = self.pool.currentData()  # None: the default pool
            call = (self.service.revoke, self.actor, self.customer_ids, reason, self.selected_at, pool_id)
        self._set_saving(True)
        self.worker.submit(*call, on_done=self._saved, on_error=self._save_failed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for widget in (self.to_pool, self.move_to, self.reason):
            widget.setEnabled(not saving)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not saving)
        self._update()
        if saving:
            self.message.show_notice(self.tr("Saving…"))

    def _saved(self, changes: ChangeSet) -> None:
        self.changes = changes
        self._saving = False
        self.revoked.emit(changes)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        self.message.show_error(error_text(error))
        self.reload_button.setVisible(stale_selection(error))

    def _reload_clicked(self) -> None:
        self.reload_button.hide()
        self._reloading = True
        self._update()
        self.message.show_notice(self.tr("Reloading the list…"))
        self.reload_requested.emit()

    def set_selection(self, customer_ids: Sequence[int], selected_at: datetime | None) -> None:
        """The selection as the reloaded list has it; the staff are read again (their counts changed),
        the choice and the reason stay."""
        self.customer_ids = list(dict.fromkeys(customer_ids))
        self.selected_at = selected_at
        self._show_count()
        self._reloading = True
        self.worker.submit(
            self.service.staff_loads, self.actor, on_done=self._loads_arrived, on_error=self.reload_failed
        )

    def reload_failed(self, error: BaseException) -> None:
        """The list could not be reloaded: say why and offer Reload again."""
        self._reloading = False
        self._update()
        self.message.show_error(error_text(error))
        self.reload_button.show()

    def reject(self) -> None:
        """Cancel, except while saving."""
        if not self._saving:
            super().reject()
