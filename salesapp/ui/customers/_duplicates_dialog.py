"""Likely duplicate customers: the list of pairs with the reason, a side-by-side comparison to choose which
customer to keep, the merge itself, and undoing the last merge. Database work runs on the worker.
"""

from __future__ import annotations

from datetime import UTC, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.phone import format_national
from salesapp.domain.records import CustomerRecord, UserRecord
from salesapp.services.customers.duplicates import (
    CustomerSummary,
    DuplicatePair,
    DuplicateReason,
    DuplicateService,
    MergeRecord,
)
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.qtdates import format_date
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.widgets.message_label import MessageLabel

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


def _phones(customer: CustomerSummary) -> str:
    return ", ".join(format_national(p) for p in (customer.phone, customer.phone2) if p)


def _merge_and_find(
    service: DuplicateService, actor: UserRecord, keep_id: int, merge_id: int, versions: tuple[int, int]
) -> tuple[CustomerRecord, ChangeSet, MergeRecord | None]:
    """Merge, then find the merge just made (for its Undo button). Runs on the worker thread."""
    record, changes = service.merge(actor, keep_id, merge_id, versions)
    made = next((r for r in service.merges_of(actor, keep_id) if r.merged_id == merge_id), None)
    return record, changes, made


class MergeDialog(QDialog):
    """Two customers side by side; the user picks the one to keep and confirms the merge."""

    def __init__(
        self,
        first: CustomerSummary,
        second: CustomerSummary,
        parent: QWidget | None = None,
        *,
        tz: tzinfo = UTC,
        buddhist_era: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two customers"))
        self.customers = (first, second)
        self.choice = QButtonGroup(self)
        self.keep_buttons: list[QRadioButton] = []
        columns = QHBoxLayout()
        for index, customer in enumerate(self.customers):
            box = QGroupBox()
            keep = QRadioButton(self.tr("Keep this customer"))
            self.choice.addButton(keep, index)
            self.keep_buttons.append(keep)
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            rows = (
                (self.tr("Name:"), customer.name),
                (self.tr("Phones:"), _phones(customer) or "—"),
                (self.tr("E-mail:"), customer.email or "—"),
                (self.tr("Address:"), customer.address or "—"),
                (self.tr("Salesperson:"), customer.owner_name or self.tr("(pool)")),
                (self.tr("Added:"), format_date(customer.created_at.astimezone(tz).date(), buddhist_era)),
                (self.tr("Orders:"), self.locale().toString(customer.order_count)),
            )
            for label, value in rows:
                text = QLabel(value)
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(label, text)
            inner = QVBoxLayout(box)
            inner.addWidget(keep)
            inner.addLayout(form)
            inner.addStretch(1)
            columns.addWidget(box, 1)
        # Offer to keep the customer with more orders, else the older one: fewer rows move.
        keep_second = second.order_count > first.order_count
        self.keep_buttons[1 if keep_second else 0].setChecked(True)
        about = QLabel(
            self.tr(
                "The customer you do not keep is removed: its orders, notes, appointments and history move "
                "to the one you keep, and its phone, e-mail and address fill the kept one's empty fields. "
                "You can undo the merge afterwards."
            )
        )
        about.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(about)
        layout.addWidget(self.buttons)
        self.resize(760, self.sizeHint().height())

    @property
    def keep(self) -> CustomerSummary:
        """The customer chosen to keep."""
        return self.customers[max(0, self.choice.checkedId())]

    @property
    def other(self) -> CustomerSummary:
        """The customer merged into the kept one."""
        return self.customers[1 - max(0, self.choice.checkedId())]


class DuplicatesDialog(QDialog):
    """The likely duplicate pairs, "Merge…" for the selected pair, and "Undo merge" for the last merge.

    Signals:
        loaded(object): the list of DuplicatePairs now shown.
        changed(object): a ChangeSet of a merge or an undo (also added to `changes`).
    """

    loaded = Signal(object)
    changed = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        service: DuplicateService,
        actor: UserRecord,
        parent: QWidget | None = None,
        *,
        tz: tzinfo = UTC,
        buddhist_era: bool = False,
    ) -> None:
        super().__init__(parent)
        self.worker, self.service, self.actor = worker, service, actor
        self.tz, self.buddhist_era = tz, buddhist_era
        self.changes = ChangeSet()
        self.pairs: list[DuplicatePair] = []
        self.last_merge: MergeRecord | None = None
        self.merge_dialog: MergeDialog | None = None
        self.setWindowTitle(self.tr("Duplicate customers"))
        self.resize(960, 520)

        about = QLabel(
            self.tr(
                "These customers are probably the same person: same phone, same e-mail, or same name in the "
                "same province. Merge a pair to keep one profile with all orders and history."
            )
        )
        about.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Phone / e-mail"),
                self.tr("Customer"),
                self.tr("Phone / e-mail"),
                self.tr("Why"),
            ]
        )
        for column, width in enumerate((210, 140, 210, 140)):
            self.table.setColumnWidth(column, width)
        self.table.itemDoubleClicked.connect(lambda _item, _column: self.merge_selected())
        self.table.currentItemChanged.connect(lambda _item, _old: self._update_buttons())
        self.empty = QLabel(self.tr("Looking for duplicates…"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = MessageLabel()

        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button = QPushButton(self.tr("Undo merge"))
        self.undo_button.clicked.connect(self.undo_last)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.merge_button)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.refresh_button)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self._busy = False
        self._update_buttons()
        self.reload()

    # -- loading ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Look for the pairs again (on the worker)."""
        self._set_busy(True)
        self.worker.submit(self.service.pairs, self.actor, on_done=self._show_pairs, on_error=self._failed)

    def _reason(self, pair: DuplicatePair) -> str:
        if pair.reason is DuplicateReason.PHONE:
            return self.tr("Same phone {0}").format(format_national(pair.value))
        if pair.reason is DuplicateReason.EMAIL:
            return self.tr("Same e-mail {0}").format(pair.value)
        return self.tr("Same name and province")

    def _show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self._set_busy(False)
        self.pairs = pairs
        self.table.clear()
        for pair in pairs:
            a, b = pair.first, pair.second
            item = QTreeWidgetItem(
                [a.name, _phones(a) or (a.email or ""), b.name, _phones(b) or (b.email or "")]
            )
            item.setText(4, self._reason(pair))
            item.setData(0, PAIR_ROLE, pair)
            for column, customer in ((0, a), (2, b)):
                tip = [customer.name, _phones(customer), customer.email or "", customer.address]
                item.setToolTip(column, "\n".join(t for t in tip if t))
            self.table.addTopLevelItem(item)
        self.empty.setText(self.tr("No likely duplicates were found."))
        self.empty.setVisible(not pairs)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self._update_buttons()
        self.loaded.emit(pairs)

    def current_pair(self) -> DuplicatePair | None:
        """The selected pair, if any."""
        item = self.table.currentItem()
        return None if item is None else item.data(0, PAIR_ROLE)

    # -- merging ---------------------------------------------------------------------------------------
    def merge_selected(self) -> None:
        """Compare the selected pair side by side; merging starts when the user confirms."""
        pair = self.current_pair()
        if pair is None or self._busy:
            return
        dialog = MergeDialog(pair.first, pair.second, self, tz=self.tz, buddhist_era=self.buddhist_era)
        dialog.accepted.connect(lambda: self._merge(dialog.keep, dialog.other))
        self.merge_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _merge(self, keep: CustomerSummary, other: CustomerSummary) -> None:
        self.status.clear_message()
        self._set_busy(True)
        self.worker.submit(
            _merge_and_find, self.service, self.actor, keep.id, other.id, (keep.version, other.version),
            on_done=lambda result: self._merged(other, result), on_error=self._failed,
        )  # fmt: skip

    def _merged(
        self, other: CustomerSummary, result: tuple[CustomerRecord, ChangeSet, MergeRecord | None]
    ) -> None:
        record, changes, made = result
        self.last_merge = made
        self._record_changes(changes)
        moved = made.moved_count if made is not None else 0
        self.status.show_notice(
            self.tr("“{0}” was merged into “{1}”; {2} orders, notes and other records moved with it.").format(
                other.name, record.name, self.locale().toString(moved)
            )
        )
        self.reload()

    def undo_last(self) -> None:
        """Undo the last merge made here (on the worker)."""
        merge = self.last_merge
        if merge is None or self._busy:
            return
        self.status.clear_message()
        self._set_busy(True)
        self.worker.submit(
            self.service.undo_merge, self.actor, merge.id,
            on_done=lambda changes: self._undone(merge, changes), on_error=self._failed,
        )  # fmt: skip

    def _undone(self, merge: MergeRecord, changes: ChangeSet) -> None:
        self.last_merge = None
        self._record_changes(changes)
        self.status.show_notice(
            self.tr("Merge undone: “{0}” is back with its orders and history.").format(merge.merged_name)
        )
        self.reload()

    def _record_changes(self, changes: ChangeSet) -> None:
        self.changes = self.changes.merged(changes)
        self.changed.emit(changes)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status.show_error(error_text(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(not self._busy and self.current_pair() is not None)
        self.undo_button.setEnabled(not self._busy and self.last_merge is not None)
        self.refresh_button.setEnabled(not self._busy)
        if self.last_merge is not None:
            self.undo_button.setToolTip(self.tr("Bring back “{0}”").format(self.last_merge.merged_name))
        else:
            self.undo_button.setToolTip("")
