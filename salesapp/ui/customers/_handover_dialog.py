"""Handing selected customers over to staff, with a live preview of the split (taking them back is in
_revoke_dialog, which shares the helpers here).

The staff and their current loads are read once through the database worker; the split is then planned
in plain Python (salesapp.domain.customers.handover) on every change of the inputs, so the preview
follows every click without a query. Only confirming writes, again through the worker; on an error the
dialog stays open with everything as chosen.

Both dialogs carry `selected_at`, when the list the selection came from was read: the service refuses the
whole change when someone else changed any of the selected customers since. The dialog then offers Reload:
it asks the list to reload and re-select (`reload_requested`), and the list hands back the fresh selection
(`set_selection`), with the split, the staff ticked, the note or the reason kept as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.customers.handover import (
    HandoverMethod,
    HandoverPlan,
    HandoverResult,
    StaffLoad,
    plan_shares,
)
from salesapp.domain.errors import ValidationError
from salesapp.domain.records import UserRecord
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.widgets.message_label import MessageLabel

if TYPE_CHECKING:
    from salesapp.services.customers.handover import HandoverService

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_USER_ID = Qt.ItemDataRole.UserRole


def number(n: int) -> str:
    """A count in the user's locale (1,234)."""
    return QLocale().toString(n)


def _read_only(text: str, align: Qt.AlignmentFlag | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    if align is not None:
        item.setTextAlignment(align)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def stale_selection(error: BaseException) -> bool:
    """The service's refusal of a selection that others changed since it was made."""
    return isinstance(error, ValidationError) and error.field == "selection"


def reload_button(buttons: QDialogButtonBox, text: str) -> QPushButton:
    """The Reload button, shown only after a refusal of an out-of-date selection."""
    button: QPushButton = buttons.addButton(text, QDialogButtonBox.ButtonRole.ResetRole)
    button.hide()
    return button


class HandoverDialog(QDialog):
    """Hand the selected customers over: choose how and to whom, see the planned split, confirm.

    `service` is a HandoverService (its `staff_loads` and `hand_over` run on `worker`). After saving,
    `changes` holds the ChangeSet and `outcome` the HandoverResult, and the dialog accepts.

    Signals:
        handed_over(object): the ChangeSet of the saved handover (emitted just before accepting).
        reload_requested(): the selection is out of date; reload the list and call `set_selection`.
    """

    handed_over = Signal(object)
    reload_requested = Signal()

    NAME, NOW, COUNT = range(3)

    def __init__(
        self,
        worker: DbWorker,
        service: HandoverService,
        actor: UserRecord,
        customer_ids: Sequence[int],
        selected_at: datetime | None = None,
        parent: QWidget | None = None,
        pool_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.service = service
        self.actor = actor
        self.customer_ids = list(dict.fromkeys(customer_ids))
        self.selected_at = selected_at
        self.pool_name = pool_name  # the pool the list was filtered to, named in the intro
        self.changes: ChangeSet | None = None
        self.outcome: HandoverResult | None = None
        self.plan: HandoverPlan | None = None
        self._loads: list[StaffLoad] | None = None
        self._saving = False
        self._reloading = False
        self.setWindowTitle(self.tr("Hand over customers"))
        count = len(self.customer_ids)
        self.intro = QLabel()

        method_box = QGroupBox(self.tr("How to split them"))
        grid = QGridLayout(method_box)
        self.methods = QButtonGroup(self)
        self.method_buttons: dict[HandoverMethod, QRadioButton] = {}
        labels = {
            HandoverMethod.ONE: self.tr("To one person"),
            HandoverMethod.MANUAL: self.tr("Manual counts"),
            HandoverMethod.EVENLY: self.tr("Evenly"),
            HandoverMethod.LEAST_LOADED: self.tr("Least loaded first"),
        }
        hints = {
            HandoverMethod.ONE: self.tr("All selected customers go to the one staff member ticked."),
            HandoverMethod.MANUAL: self.tr("Type how many customers each ticked staff member receives."),
            HandoverMethod.EVENLY: self.tr("Everyone ticked receives the same number (differing by one)."),
            HandoverMethod.LEAST_LOADED: self.tr(
                "Each next customer goes to whoever has the fewest customers, bringing everyone up evenly."
            ),
        }
        for position, method in enumerate(HandoverMethod):
            button = QRadioButton(labels[method])
            button.setToolTip(hints[method])
            self.methods.addButton(button, position)
            self.method_buttons[method] = button
            grid.addWidget(button, position // 2, position % 2)
        self.method_buttons[HandoverMethod.EVENLY].setChecked(True)

        self.minimum = QSpinBox()
        self.maximum = QSpinBox()
        for spin in (self.minimum, self.maximum):
            spin.setRange(0, max(count, 1))
            spin.setAlignment(_RIGHT)
            spin.setMinimumWidth(110)
        self.minimum.setSpecialValueText(self.tr("none"))
        self.maximum.setSpecialValueText(self.tr("no limit"))
        bounds = QHBoxLayout()
        self.bounds_label = QLabel(self.tr("Each receives at least"))
        self.bounds_and = QLabel(self.tr("and at most"))
        for widget in (self.bounds_label, self.minimum, self.bounds_and, self.maximum):
            bounds.addWidget(widget)
        bounds.addStretch(1)
        grid.addLayout(bounds, 2, 0, 1, 2)

        self.staff = _table([self.tr("Staff member"), self.tr("Customers now"), self.tr("Count")])
        # The count column holds spin boxes, which ResizeToContents does not measure.
        self.staff.horizontalHeader().setSectionResizeMode(self.COUNT, QHeaderView.ResizeMode.Fixed)
        self.staff.setColumnWidth(self.COUNT, 96)
        self.preview = _table([self.tr("Staff member"), self.tr("Now"), self.tr("+ New"), self.tr("After")])
        staff_box = QGroupBox(self.tr("Tick who receives customers"))
        QVBoxLayout(staff_box).addWidget(self.staff)
        preview_box = QGroupBox(self.tr("Planned split"))
        QVBoxLayout(preview_box).addWidget(self.preview)
        tables = QHBoxLayout()
        tables.addWidget(staff_box, 1)
        tables.addWidget(preview_box, 1)

        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional: kept in each customer's history"))
        note_label = QLabel(self.tr("Note:"))
        note_label.setBuddy(self.note)
        note_row = QHBoxLayout()
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.hand_over_button: QPushButton = self.buttons.addButton("", accept)  # text: _show_count
        self.hand_over_button.setEnabled(False)
        self.reload_button = reload_button(self.buttons, self.tr("Reload"))
        self.reload_button.clicked.connect(self._reload_clicked)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._show_count()

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(method_box)
        layout.addLayout(tables, 1)
        layout.addLayout(note_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 560)  # fits a 1280×720 screen with the window frame and the taskbar

        self.methods.idToggled.connect(self._method_toggled)
        self.staff.itemChanged.connect(self._staff_ticked)
        self.minimum.valueChanged.connect(self.update_preview)
        self.maximum.valueChanged.connect(self.update_preview)
        self._method_changed()
        self.message.show_notice(self.tr("Loading the staff…"))
        worker.submit(service.staff_loads, actor, on_done=self._loads_arrived, on_error=self._load_failed)

    def _show_count(self) -> None:
        count = len(self.customer_ids)
        intro = (
            self.tr("1 customer selected.")
            if count == 1
            else self.tr("{0} customers selected.").format(number(count))
        )
        if self.pool_name:
            intro += " " + self.tr("From the pool “{0}”.").format(self.pool_name)
        self.intro.setText(intro)
        self.hand_over_button.setText(
            self.tr("Hand over 1 customer")
            if count == 1
            else self.tr("Hand over {0} customers").format(number(count))
        )

    # -- inputs ----------------------------------------------------------------------------------------

    @property
    def method(self) -> HandoverMethod:
        """The split method chosen."""
        return list(HandoverMethod)[max(0, self.methods.checkedId())]

    def _method_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._method_changed()

    def _method_changed(self) -> None:
        method = self.method
        bounded = method in (HandoverMethod.EVENLY, HandoverMethod.LEAST_LOADED)
        for widget in (self.bounds_label, self.minimum, self.bounds_and, self.maximum):
            widget.setEnabled(bounded)
        self.staff.setColumnHidden(self.COUNT, method is not HandoverMethod.MANUAL)
        if method is HandoverMethod.ONE:
            ticked = self._ticked_rows()
            self._untick(ticked[1:])
        self._enable_counts()
        self.update_preview()

    def _staff_ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != self.NAME:
            return
        if self.method is HandoverMethod.ONE and item.checkState() == Qt.CheckState.Checked:
            # To one person: ticking someone unticks the others, as radio buttons would.
            self._untick([row for row in self._ticked_rows() if row != item.row()])
        self._enable_counts()
        self.update_preview()

    def _untick(self, rows: list[int]) -> None:
        self.staff.blockSignals(True)
        for row in rows:
            self._name_item(row).setCheckState(Qt.CheckState.Unchecked)
        self.staff.blockSignals(False)

    def _ticked_rows(self) -> list[int]:
        return [
            row
            for row in range(self.staff.rowCount())
            if self._name_item(row).checkState() == Qt.CheckState.Checked
        ]

    def _name_item(self, row: int) -> QTableWidgetItem:
        item = self.staff.item(row, self.NAME)
        assert item is not None
        return item

    def _count_spin(self, row: int) -> QSpinBox:
        spin = self.staff.cellWidget(row, self.COUNT)
        assert isinstance(spin, QSpinBox)
        return spin

    def _enable_counts(self) -> None:
        ticked = set(self._ticked_rows())
        for row in range(self.staff.rowCount()):
            self._count_spin(row).setEnabled(row in ticked and not self._saving)

    def set_ticked(self, user_ids: Sequence[int]) -> None:
        """Tick exactly these staff members (by user id)."""
        wanted = set(user_ids)
        for row in range(self.staff.rowCount()):
            item = self._name_item(row)
            checked = int(item.data(_USER_ID)) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_count(self, user_id: int, count: int) -> None:
        """Type a manual count for one staff member."""
        for row in range(self.staff.rowCount()):
            if int(self._name_item(row).data(_USER_ID)) == user_id:
                self._count_spin(row).setValue(count)

    def chosen(self) -> tuple[list[StaffLoad], dict[int, int]]:
        """The ticked staff in table order, and the manual count typed for each."""
        loads = self._loads or []
        rows = self._ticked_rows()
        staff = [loads[row] for row in rows]
        return staff, {loads[row].user_id: self._count_spin(row).value() for row in rows}

    # -- loads and preview -----------------------------------------------------------------------------

    def _loads_arrived(self, loads: list[StaffLoad]) -> None:
        # Loaded again after a reload: who was ticked, with their counts, stays ticked.
        _, kept = self.chosen() if self._loads is not None else ([], {})
        self._loads = list(loads)
        self.staff.blockSignals(True)
        self.staff.setRowCount(len(loads))
        for row, load in enumerate(loads):
            name = QTableWidgetItem(load.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = load.user_id in kept
            name.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            name.setData(_USER_ID, load.user_id)
            self.staff.setItem(row, self.NAME, name)
            self.staff.setItem(row, self.NOW, _read_only(number(load.current_count), _RIGHT))
            spin = QSpinBox()
            spin.setRange(0, len(self.customer_ids))
            spin.setAlignment(_RIGHT)
            spin.setFrame(False)
            spin.setValue(kept.get(load.user_id, 0))
            spin.valueChanged.connect(self.update_preview)
            self.staff.setCellWidget(row, self.COUNT, spin)
        self.staff.blockSignals(False)
        self._enable_counts()
        reloaded, self._reloading = self._reloading, False
        if not loads:
            self.message.show_error(self.tr("There is no active staff member who can receive customers."))
            return
        self.update_preview()
        if reloaded and self.plan is not None:
            self.message.show_notice(
                self.tr("The list was reloaded: the selection is as it is now. Check it and confirm again.")
            )

    def _load_failed(self, error: BaseException) -> None:
        self.message.show_error(error_text(error))

    def update_preview(self) -> None:
        """Plan the split for the inputs as they are now; show it, or say why it is impossible."""
        if self._loads is None:
            return
        staff, counts = self.chosen()
        self.plan = None
        if not staff:
            self.message.show_notice(self.tr("Tick the staff members who receive the customers."))
        else:
            try:
                self.plan = plan_shares(
                    self.method,
                    len(self.customer_ids),
                    staff,
                    counts,
                    self.minimum.value() or None,
                    self.maximum.value() or None,
                )
            except ValidationError as exc:
                self.message.show_error(error_text(exc))
            else:
                self.message.clear_message()
        self._fill_preview(staff)
        self.hand_over_button.setEnabled(self.plan is not None and not self._saving and not self._reloading)

    def _fill_preview(self, staff: list[StaffLoad]) -> None:
        shares = {s.user_id: s.new_count for s in self.plan.shares} if self.plan else {}
        self.preview.setRowCount(len(staff))
        for row, load in enumerate(staff):
            new = shares.get(load.user_id)
            cells = (
                load.name,
                number(load.current_count),
                "—" if new is None else "+" + number(new),
                "—" if new is None else number(load.current_count + new),
            )
            for column, text in enumerate(cells):
                self.preview.setItem(row, column, _read_only(text, None if column == 0 else _RIGHT))

    def preview_rows(self) -> list[tuple[str, ...]]:
        """The preview as shown: (name, now, + new, after) per row."""
        rows = []
        for row in range(self.preview.rowCount()):
            items = [self.preview.item(row, column) for column in range(self.preview.columnCount())]
            rows.append(tuple(item.text() if item is not None else "" for item in items))
        return rows

    # -- saving ----------------------------------------------------------------------------------------

    def submit(self) -> None:
        """Hand the customers over as planned (on the worker); accept when saved."""
        if self.plan is None or self._saving:
            return
        self._set_saving(True)
        self.worker.submit(
            self.service.hand_over,
            self.actor,
            self.customer_ids,
            self.plan,
            self.note.text(),
            self.selected_at,
            on_done=self._saved,
            on_error=self._save_failed,
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for widget in (self.staff, self.note, *self.method_buttons.values()):
            widget.setEnabled(not saving)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not saving)
        self._method_changed()  # bounds, counts and the button follow the inputs again
        if saving:
            self.hand_over_button.setEnabled(False)
            for widget in (self.bounds_label, self.minimum, self.bounds_and, self.maximum):
                widget.setEnabled(False)
            self.message.show_notice(self.tr("Handing over…"))

    def _saved(self, outcome: tuple[HandoverResult, ChangeSet]) -> None:
        self.outcome, self.changes = outcome
        self._saving = False
        self.handed_over.emit(self.changes)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        self.message.show_error(error_text(error))
        self.reload_button.setVisible(stale_selection(error))

    # -- an out-of-date selection ----------------------------------------------------------------------

    def _reload_clicked(self) -> None:
        self.reload_button.hide()
        self._reloading = True
        self.hand_over_button.setEnabled(False)
        self.message.show_notice(self.tr("Reloading the list…"))
        self.reload_requested.emit()

    def set_selection(self, customer_ids: Sequence[int], selected_at: datetime | None) -> None:
        """The selection as the reloaded list has it: the counts, bounds and staff loads are read again;
        the method, the staff ticked, their counts and the note stay as chosen."""
        self.customer_ids = list(dict.fromkeys(customer_ids))
        self.selected_at = selected_at
        for spin in (self.minimum, self.maximum):
            spin.setRange(0, max(len(self.customer_ids), 1))
        self._show_count()
        self._reloading = True
        self.worker.submit(
            self.service.staff_loads, self.actor, on_done=self._loads_arrived, on_error=self.reload_failed
        )

    def reload_failed(self, error: BaseException) -> None:
        """The list or the staff could not be reloaded: say why and offer Reload again."""
        self._reloading = False
        self.update_preview()
        self.message.show_error(error_text(error))
        self.reload_button.show()

    def reject(self) -> None:
        """Cancel, except while the handover is being saved."""
        if not self._saving:
            super().reject()
