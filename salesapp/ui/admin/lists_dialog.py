"""The lists managers keep, in one place: pick a list on the left (tags, segments, pools, channels, sources,
carriers, the upsell and lost reasons), see its entries with how many records use each, and add, rename,
merge, share, hide or delete them. Every read and write runs on the database worker; a delete first reads
the count again and asks, saying what happens to the records, and the service refuses it when the count
changed before the answer."""

from __future__ import annotations

from datetime import tzinfo
from functools import partial
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.errors import PermissionDenied
from salesapp.domain.records import UserRecord
from salesapp.services.lists import OPS, ListEntry, ListKind, ListOp, ListsService
from salesapp.ui.admin import _list_texts as texts
from salesapp.ui.shared.i18n import error_text, translate
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.theme import color
from salesapp.ui.widgets.message_label import MessageLabel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ListsDialog(QDialog):
    """Every list managers keep, with usage counts and the changes each allows.

    Signals:
        changed(object): a ChangeSet after each saved change (other sections refresh what they show).
        loaded(): a list's entries were read and shown (tests wait on it).
    """

    changed = Signal(object)
    loaded = Signal()

    NAME, USES, STATE = range(3)

    def __init__(
        self,
        worker: DbWorker,
        service: ListsService,
        user: UserRecord,
        tz: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.service, self.user, self.tz = worker, service, user, tz
        self.entries: list[ListEntry] = []
        self.confirm_box: QMessageBox | None = None
        self._busy = False
        self._keep_typed: str | None = None  # after a refusal: the name typed, shown again once reloaded
        self.setWindowTitle(self.tr("Lists"))
        self.kinds = QListWidget()
        for kind in ListKind:
            self.kinds.addItem(texts.title(kind))
        self.kinds.setSpacing(2)
        self.kinds.setMinimumWidth(200)
        self.kinds.setMaximumWidth(280)

        self.heading = QLabel()
        self.heading.setProperty("textStyle", "heading")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("tone", "muted")
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.USES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STATE, QHeaderView.ResizeMode.ResizeToContents)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_entry)
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.clicked.connect(self.rename_entry)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.add_button)
        name_row.addWidget(self.rename_button)
        self.merge_label = QLabel(self.tr("Merge into:"))
        self.merge_into = QComboBox()
        self.merge_into.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.merge_into.setMinimumContentsLength(12)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(self.merge_entry)
        self.share_button = QPushButton()
        self.share_button.clicked.connect(self.toggle_shared)
        self.offer_button = QPushButton()
        self.offer_button.clicked.connect(self.toggle_offered)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_entry)
        action_row = QHBoxLayout()
        for widget in (self.merge_label, self.merge_into, self.merge_button):
            action_row.addWidget(widget)
        action_row.addStretch(1)
        for widget in (self.share_button, self.offer_button, self.delete_button):
            action_row.addWidget(widget)
        for button in (self.add_button, self.rename_button, self.merge_button, self.share_button,
                       self.offer_button, self.delete_button):  # fmt: skip
            button.setAutoDefault(False)
        self.message = MessageLabel()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(name_row)
        right_layout.addLayout(action_row)
        right_layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(self.kinds)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(980, 580)  # fits a 1280×720 screen with its frame and taskbar

        self.kinds.currentRowChanged.connect(lambda _row: self.reload(clear_message=True))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.name_edit.textChanged.connect(lambda _t: self._enable())
        self.kinds.setCurrentRow(0)

    # -- reading -------------------------------------------------------------------------------------
    @property
    def kind(self) -> ListKind:
        """The list shown."""
        return list(ListKind)[max(0, self.kinds.currentRow())]

    def show_kind(self, kind: ListKind) -> None:
        """Show one list (as clicking it on the left does)."""
        self.kinds.setCurrentRow(list(ListKind).index(kind))

    def reload(self, clear_message: bool = False) -> None:
        """Read the list shown again, with fresh counts."""
        kind = self.kind
        self.heading.setText(texts.title(kind))
        self.hint.setText(translate(texts.CONTEXT, texts.HINTS[kind]))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), translate(texts.CONTEXT, texts.USED_BY[kind]), self.tr("State")]
        )
        if clear_message:  # another list: nothing of the last one's stays
            self.message.clear_message()
            self.name_edit.clear()
            self.table.setRowCount(0)
            self.entries = []
        self._show_ops(kind)
        self.worker.submit(
            self.service.entries, self.user, kind, self.tz,
            on_done=partial(self._arrived, kind), on_error=self._failed,
        )  # fmt: skip

    def _arrived(self, kind: ListKind, entries: list[ListEntry]) -> None:
        if kind is not self.kind:
            return  # another list was chosen meanwhile
        selected = self.selected()
        self.entries = list(entries)
        self.table.setRowCount(len(entries))
        locale = QLocale()
        for row, entry in enumerate(entries):
            name = QTableWidgetItem(texts.shown(kind, entry))
            uses = QTableWidgetItem(locale.toString(entry.uses))
            uses.setTextAlignment(_RIGHT)
            state = QTableWidgetItem(texts.state_text(kind, entry))
            if not entry.offered:
                for item in (name, uses, state):
                    item.setForeground(color("text_muted"))
            for column, item in enumerate((name, uses, state)):
                self.table.setItem(row, column, item)
        self.merge_into.clear()
        keep = next((r for r, e in enumerate(entries) if selected and e.key == selected.key), -1)
        if keep >= 0:
            self.table.selectRow(keep)
        else:
            self.table.clearSelection()
        self._selection_changed()
        if self._keep_typed is not None:
            self.name_edit.setText(self._keep_typed)
            self._keep_typed = None
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._enable()
        self.message.show_error(error_text(error))

    def _write_failed(self, error: BaseException) -> None:
        """A change was refused: say why, and read the list again, keeping what was typed."""
        self._failed(error)
        if not isinstance(error, PermissionDenied):
            # Read the list again (a colleague's change has a new version), keeping what was typed.
            self._keep_typed = self.name_edit.text()
            self.reload()

    def selected(self) -> ListEntry | None:
        """The entry chosen in the table."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def select(self, name: str) -> None:
        """Choose the entry shown as `name`."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.NAME)
            if item is not None and item.text() == name:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.name_edit.setText(texts.shown(self.kind, entry))
        self.merge_into.clear()
        for other in self.entries:
            if entry is not None and other.key != entry.key:
                self.merge_into.addItem(texts.shown(self.kind, other), other.key)
        if entry is not None and self.kind is ListKind.SEGMENTS:
            self.share_button.setText(
                self.tr("Keep as my own") if entry.shared else self.tr("Share with everyone")
            )
        if entry is not None and self.kind is ListKind.CHANNELS:
            self.offer_button.setText(self.tr("Hide…") if entry.offered else self.tr("Offer again"))
        self._enable()

    def _show_ops(self, kind: ListKind) -> None:
        ops = OPS[kind]
        self.name_edit.setVisible(ListOp.ADD in ops or ListOp.RENAME in ops)
        shown_for = {
            self.add_button: ListOp.ADD, self.rename_button: ListOp.RENAME, self.merge_label: ListOp.MERGE,
            self.merge_into: ListOp.MERGE, self.merge_button: ListOp.MERGE, self.share_button: ListOp.SHARE,
            self.offer_button: ListOp.OFFER, self.delete_button: ListOp.DELETE,
        }  # fmt: skip
        for widget, op in shown_for.items():
            widget.setVisible(op in ops)
        self.share_button.setText(self.tr("Share with everyone"))
        self.offer_button.setText(self.tr("Hide…"))

    def _enable(self) -> None:
        entry, idle = self.selected(), not self._busy
        typed = bool(self.name_edit.text().strip())
        changeable = entry is not None and not entry.fixed
        self.add_button.setEnabled(idle and typed)
        self.rename_button.setEnabled(idle and typed and changeable)
        self.merge_button.setEnabled(idle and changeable and self.merge_into.count() > 0)
        self.delete_button.setEnabled(idle and changeable)
        self.share_button.setEnabled(idle and entry is not None)
        self.offer_button.setEnabled(idle and entry is not None)

    # -- changing ------------------------------------------------------------------------------------
    def _version(self) -> int:
        entry = self.selected()
        if entry is not None:
            return entry.version
        return self.entries[0].version if self.entries else 0

    def _run(self, work: Any, done_text: str) -> None:
        """Save on the worker; then say `done_text` (filled with the count when the work returns one),
        broadcast the ChangeSet and read the list again."""
        self._busy = True
        self._enable()
        self.message.show_notice(self.tr("Saving…"))

        def done(result: Any) -> None:
            self._busy = False
            count, changes = result if isinstance(result, tuple) else (0, result)
            self.message.show_notice(done_text.format(QLocale().toString(count)))
            if isinstance(changes, ChangeSet):
                self.changed.emit(changes)
            self.reload()

        self.worker.submit(work, on_done=done, on_error=self._write_failed)

    def add_entry(self) -> None:
        """Add the typed name to the list shown."""
        name, kind, user, version = self.name_edit.text(), self.kind, self.user, self._version()
        self._run(lambda: self.service.add(user, kind, name, version), self.tr("Added."))

    def rename_entry(self) -> None:
        """Rename the chosen entry to the typed name."""
        entry = self.selected()
        if entry is None:
            return
        name, kind, user = self.name_edit.text(), self.kind, self.user
        self._run(
            lambda: self.service.rename(user, kind, entry.key, name, entry.version), self.tr("Renamed.")
        )

    def _ask(self, text: str, on_yes: Any) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question, self.windowTitle(), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
        )  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda button: on_yes() if button == QMessageBox.StandardButton.Yes else None)
        self.confirm_box = box
        box.open()
        return box

    def merge_entry(self) -> None:
        """Ask, then merge the chosen entry into the one chosen under "Merge into"."""
        entry, into = self.selected(), self.merge_into.currentData()
        if entry is None or into is None:
            return
        kind, user, version = self.kind, self.user, entry.version
        text = translate(texts.CONTEXT, texts.CONFIRM_MERGE).format(
            texts.shown(kind, entry), self.merge_into.currentText(), QLocale().toString(entry.uses)
        )
        self._ask(
            text,
            lambda: self._run(
                lambda: self.service.merge(user, kind, entry.key, into, version),
                self.tr("Merged: {0} records changed."),
            ),
        )

    def delete_entry(self) -> None:
        """Read how many records use the chosen entry now, then ask (saying what happens to them)."""
        entry = self.selected()
        if entry is None:
            return
        kind, user, tz = self.kind, self.user, self.tz
        self.worker.submit(
            self.service.uses, user, kind, entry.key, tz,
            on_done=lambda uses: self._confirm_delete(kind, entry, uses), on_error=self._failed,
        )  # fmt: skip

    def _confirm_delete(self, kind: ListKind, entry: ListEntry, uses: int) -> None:
        name, count = texts.shown(kind, entry), QLocale().toString(uses)
        if uses == 0 and kind is not ListKind.SEGMENTS:
            text = translate(texts.CONTEXT, texts.CONFIRM_UNUSED).format(name)
        else:
            main = next((texts.shown(kind, e) for e in self.entries if e.fixed), "")
            text = translate(texts.CONTEXT, texts.CONFIRM_DELETE[kind]).format(name, count, main)
        user, version = self.user, entry.version
        self._ask(
            text,
            lambda: self._run(
                lambda: self.service.delete(user, kind, entry.key, uses, version), self.tr("Deleted.")
            ),
        )

    def toggle_shared(self) -> None:
        """Share the chosen segment with everyone, or keep a shared one as one's own."""
        entry = self.selected()
        if entry is None:
            return
        user = self.user
        self._run(
            lambda: self.service.set_shared(user, entry.key, not entry.shared, entry.version),
            self.tr("Saved."),
        )

    def toggle_offered(self) -> None:
        """Offer the chosen channel again, or ask and hide it."""
        entry = self.selected()
        if entry is None:
            return
        user = self.user

        def save() -> None:
            self._run(
                lambda: self.service.set_offered(user, entry.key, not entry.offered, entry.version),
                self.tr("Saved."),
            )

        if not entry.offered:
            save()
            return
        text = translate(texts.CONTEXT, texts.CONFIRM_HIDE).format(
            texts.shown(self.kind, entry), QLocale().toString(entry.uses)
        )
        self._ask(text, save)
