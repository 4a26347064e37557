"""The Staff screen (Settings → Staff…, administrators): every account with its role, state, last sign-in
and open load, and the actions on them: add, rename, change the role, reset the password, disable or enable,
unlock sign-in after too many wrong passwords, and hand a disabled person's customers over (through the
Customers room's handover door).

Every call runs on the database worker; a refusal (the last enabled administrator, a stale edit) is shown
in the form or under the list, in the user's language, with nothing typed lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.records import StaffRow, UserRecord
from salesapp.services.registry import Services
from salesapp.ui.admin._staff_form import StaffForm, role_text
from salesapp.ui.customers.handover import open_handover_for_owner
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.theme import color
from salesapp.ui.widgets.message_label import MessageLabel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class StaffDialog(QDialog):
    """The staff list and its actions.

    Signals:
        changed(object): the ChangeSet of every saved change (accounts, handed-over customers).
    """

    changed = Signal(object)

    USERNAME, NAME, ROLE, STATE, LAST, CUSTOMERS, FOLLOW_UPS, CASES, OPPORTUNITIES = range(9)

    def __init__(
        self,
        worker: DbWorker,
        services: Services,
        user: UserRecord,
        tz: tzinfo,
        buddhist_era: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.services, self.user = worker, services, user
        self.tz, self.buddhist_era = tz, buddhist_era
        self.rows: list[StaffRow] = []
        self.form: StaffForm | None = None
        self.offer: QMessageBox | None = None
        self.handover_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Staff"))
        intro = QLabel(
            self.tr(
                "Everyone who signs in to this shop's database. A disabled person can no longer sign in; "
                "their customers and history stay."
            )
        )
        intro.setWordWrap(True)
        headers = [
            self.tr("User name"), self.tr("Display name"), self.tr("Role"), self.tr("State"),
            self.tr("Last sign-in"), self.tr("Customers"), self.tr("Open follow-ups"),
            self.tr("Open upsell cases"), self.tr("Open opportunities"),
        ]  # fmt: skip
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.active_button = QPushButton(self.tr("Disable"))
        self.unlock_button = QPushButton(self.tr("Unlock sign-in"))
        self.handover_button = QPushButton(self.tr("Hand over customers…"))
        actions: list[tuple[QPushButton, Callable[[], Any]]] = [
            (self.add_button, self.add), (self.rename_button, self.rename),
            (self.role_button, self.change_role), (self.reset_button, self.reset_password),
            (self.active_button, self.toggle_active), (self.unlock_button, self.unlock),
            (self.handover_button, self.hand_over),
        ]  # fmt: skip
        bar = QHBoxLayout()
        for button, slot in actions:
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=slot: s())
            bar.addWidget(button)
        bar.addStretch(1)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1100, 560)  # fits a 1280×720 screen with the window frame and the taskbar
        self._selection_changed()
        self.reload()

    # -- the list ------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Read the staff and their loads again (keeping the selection, or selecting `select_id`)."""
        current = self.selected()
        keep = select_id if select_id is not None else (current.user.id if current else None)
        self.worker.submit(
            self.services.staff.staff,
            self.user,
            on_done=lambda rows: self._show(rows, keep),
            on_error=self._error,
        )

    def _show(self, rows: list[StaffRow], select_id: int | None) -> None:
        self.rows = rows
        number = QLocale().toString
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            user = row.user
            last = (
                format_datetime(row.last_sign_in_at, self.tz, self.buddhist_era)
                if row.last_sign_in_at
                else ""
            )
            texts = [
                user.username, user.display_name, role_text(user.role), self._state_text(row),
                last or self.tr("never"),
                number(row.customers), number(row.follow_ups), number(row.upsell_cases),
                number(row.opportunities),
            ]  # fmt: skip
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column >= self.CUSTOMERS:
                    item.setTextAlignment(_RIGHT)
                if not user.active:
                    item.setForeground(color("text_muted"))
                elif column == self.STATE and row.sign_in_locked_until is not None:
                    item.setForeground(color("danger"))  # sign-in held back after wrong passwords
                self.table.setItem(i, column, item)
            if user.id == select_id:
                self.table.selectRow(i)
        self._selection_changed()

    def _state_text(self, row: StaffRow) -> str:
        if not row.user.active:
            return self.tr("Disabled")
        if row.sign_in_locked_until is not None:
            until = row.sign_in_locked_until.astimezone(self.tz).strftime("%H:%M")
            return self.tr("Locked until {0}").format(until)
        return self.tr("Enabled")

    def select_user(self, username: str) -> None:
        """Select the account named `username` (tests and the Add action)."""
        for i, row in enumerate(self.rows):
            if row.user.username == username:
                self.table.selectRow(i)
                return

    def selected(self) -> StaffRow | None:
        """The selected account's line."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _selection_changed(self) -> None:
        row = self.selected()
        for button in (self.rename_button, self.role_button, self.reset_button, self.active_button):
            button.setEnabled(row is not None)
        self.handover_button.setEnabled(row is not None and row.customers > 0)
        self.unlock_button.setEnabled(row is not None and row.sign_in_locked_until is not None)
        self.active_button.setText(
            self.tr("Enable") if row is not None and not row.user.active else self.tr("Disable")
        )

    # -- actions -------------------------------------------------------------------------------------
    def add(self) -> StaffForm:
        """Add a staff member."""
        form = StaffForm(
            self.tr("Add a staff member"),
            self.tr("Add"),
            {"username", "display_name", "role", "password"},
            self,
        )
        users, actor = self.services.users, self.user
        form.submitted.connect(
            lambda: self._save(
                form,
                lambda: users.create_user(actor, form.username, form.display_name, form.role, form.password),
                self.tr("{0} added: they choose their own password at their first sign-in."),
            )
        )
        return self._open(form)

    def rename(self) -> StaffForm | None:
        """Change the selected account's display name."""
        row = self.selected()
        if row is None:
            return None
        user, staff, actor = row.user, self.services.staff, self.user
        form = StaffForm(
            self.tr("Rename {0}").format(user.display_name),
            self.tr("Rename"),
            {"display_name"},
            self,
            user.display_name,
        )
        form.submitted.connect(
            lambda: self._save(
                form,
                lambda: staff.rename(actor, user.id, user.version, form.display_name),
                self.tr("{0} renamed."),
            )
        )
        return self._open(form)

    def change_role(self) -> StaffForm | None:
        """Change the selected account's role."""
        row = self.selected()
        if row is None:
            return None
        user, users, actor = row.user, self.services.users, self.user
        form = StaffForm(
            self.tr("Role of {0}").format(user.display_name),
            self.tr("Change role"),
            {"role"},
            self,
            role=user.role,
        )
        form.submitted.connect(
            lambda: self._save(
                form,
                lambda: users.set_role(actor, user.id, user.version, form.role),
                self.tr("{0}: role changed."),
            )
        )
        return self._open(form)

    def reset_password(self) -> StaffForm | None:
        """Give the selected account a new first password."""
        row = self.selected()
        if row is None:
            return None
        user, staff, actor = row.user, self.services.staff, self.user
        form = StaffForm(
            self.tr("New password for {0}").format(user.display_name),
            self.tr("Reset password"),
            {"password"},
            self,
        )
        form.submitted.connect(
            lambda: self._save(
                form,
                lambda: staff.reset_password(actor, user.id, user.version, form.password),
                self.tr("{0}: password reset; they choose their own at their next sign-in."),
            )
        )
        return self._open(form)

    def toggle_active(self) -> None:
        """Disable the selected account (then offer to hand its customers over), or enable it again."""
        row = self.selected()
        if row is None:
            return
        user, staff, actor = row.user, self.services.staff, self.user
        active = not user.active

        def done(result: tuple[UserRecord, ChangeSet]) -> None:
            self.changed.emit(result[1])
            self.reload(user.id)
            if active:
                self.message.show_notice(self.tr("{0} is enabled again.").format(user.display_name))
                return
            self.message.show_notice(
                self.tr("{0} is disabled: they can no longer sign in.").format(user.display_name)
            )
            if row.customers:
                self._offer_handover(row)

        self.worker.submit(
            staff.set_active, actor, user.id, user.version, active, on_done=done, on_error=self._error
        )

    def unlock(self) -> None:
        """Let the selected person, held back after too many wrong passwords, sign in again at once."""
        row = self.selected()
        if row is None:
            return
        user = row.user

        def done(result: tuple[UserRecord, ChangeSet]) -> None:
            self.changed.emit(result[1])
            self.reload(user.id)
            self.message.show_notice(self.tr("{0} can sign in again.").format(user.display_name))

        self.worker.submit(
            self.services.users.sign_in_guard.unlock, self.user, user.id, on_done=done, on_error=self._error
        )

    def _offer_handover(self, row: StaffRow) -> QMessageBox:
        count = QLocale().toString(row.customers)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Hand over their customers?"),
            self.tr("{0} still owns {1} customers. Hand them over to other staff now?").format(
                row.user.display_name, count
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Hand over…"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Later"))
        box.accepted.connect(lambda: self.hand_over(row))
        self.offer = box
        box.open()
        return box

    def hand_over(self, row: StaffRow | None = None) -> None:
        """Open the handover dialog on every customer the selected (or given) person owns."""
        row = row or self.selected()
        if row is None:
            return
        staff, actor, user = self.services.staff, self.user, row.user

        def arrived(ids: list[int]) -> None:
            dialog = open_handover_for_owner(
                self.worker, self.services.handover, actor, ids, user.display_name, self
            )
            dialog.handed_over.connect(self._handed_over)  # type: ignore[attr-defined]
            self.handover_dialog = dialog

        self.worker.submit(staff.owned_customer_ids, actor, user.id, on_done=arrived, on_error=self._error)

    def _handed_over(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)
        self.message.show_notice(self.tr("Customers handed over."))
        self.reload()

    # -- plumbing ------------------------------------------------------------------------------------
    def _open(self, form: StaffForm) -> StaffForm:
        self.form = form
        form.open()
        return form

    def _save(
        self, form: StaffForm, work: Callable[[], tuple[UserRecord, ChangeSet]], done_text: str
    ) -> None:
        def done(result: tuple[UserRecord, ChangeSet]) -> None:
            form.done_saving()
            self.changed.emit(result[1])
            self.message.show_notice(done_text.format(result[0].display_name))
            self.reload(result[0].id)

        self.worker.submit(work, on_done=done, on_error=lambda exc: form.show_error(error_text(exc)))

    def _error(self, error: BaseException) -> None:
        self.message.show_error(error_text(error))
