"""The notes tab of an upsell case: the case's own notes (not the order's), pinned ones first, each with its
pictures as thumbnails, pinned or deleted from its buttons or its context menu; an editor with up to 12
attached PNG or JPEG pictures, checked as they are attached (a big photo is scaled down to the size it is
stored at) so a wrong file is refused at once with the reason and nothing typed is lost."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.errors import SalesappError, ValidationError, msg
from salesapp.domain.images import check_images_total
from salesapp.domain.limits import IMAGE_FILE_MAX_BYTES, MIB
from salesapp.domain.upsell import MAX_NOTE_IMAGES, NoteImageInput, UpsellNoteRecord
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.widgets.image_thumbs import ThumbnailStrip, make_thumbnail, pixmap_from, prepare_photo
from salesapp.ui.widgets.message_label import MessageLabel

TOO_MANY = msg("A note can carry at most {max} images.")
NOT_READABLE = msg("“{name}” cannot be read: {detail}")


class NoteCard(QFrame):
    """One note: who and when, pinned or not, its text and its pictures.

    Signals:
        pin_requested(int, bool): pin (True) or unpin this note.
        delete_requested(int): delete this note (the view asks to confirm first).
        image_requested(int, str): open a picture full size (image id, file name).
    """

    pin_requested = Signal(int, bool)
    delete_requested = Signal(int)
    image_requested = Signal(int, str)

    def __init__(
        self,
        note: UpsellNoteRecord,
        when: str,
        can_pin: bool,
        can_delete: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.note, self.can_pin, self.can_delete = note, can_pin, can_delete
        self.menu: QMenu | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("upsellNote")
        if note.pinned:
            self.setProperty("pinned", True)  # the app stylesheet lays it on the caution colour
        meta = f"<b>{html.escape(note.author)}</b> · {html.escape(when)}"
        if note.pinned:
            meta = f"📌 {html.escape(self.tr('Pinned'))} · " + meta
        self.meta = QLabel(meta)
        self.meta.setProperty("tone", "muted")
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.pin_button = QToolButton()
        self.pin_button.setText(self.tr("Unpin") if note.pinned else self.tr("Pin to top"))
        self.pin_button.setAutoRaise(True)
        self.pin_button.setVisible(can_pin)
        self.pin_button.clicked.connect(lambda: self.pin_requested.emit(note.id, not note.pinned))
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setAutoRaise(True)
        self.delete_button.setEnabled(can_delete)
        self.delete_button.setToolTip(
            self.tr("Delete this note (the history keeps a record of it)")
            if can_delete
            else self.tr("Only the note's author or a manager can delete it.")
        )
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(note.id))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.text = QLabel(note.text)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setVisible(bool(note.text))
        self.thumbs = ThumbnailStrip()
        names = {image.id: image.name for image in note.images}
        self.thumbs.set_images([(image.id, image.thumb or b"", image.name) for image in note.images])
        self.thumbs.open_requested.connect(lambda key: self.image_requested.emit(key, names.get(key, "")))
        top = QHBoxLayout()
        top.addWidget(self.meta, 1)
        top.addWidget(self.pin_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addWidget(self.thumbs)

    def build_menu(self) -> QMenu:
        """The note's context menu: pin or unpin, and delete (disabled for someone else's note)."""
        menu = QMenu(self)
        pin = menu.addAction(self.tr("Unpin") if self.note.pinned else self.tr("Pin to top"))
        pin.setEnabled(self.can_pin)
        pin.triggered.connect(lambda: self.pin_requested.emit(self.note.id, not self.note.pinned))
        delete = menu.addAction(self.tr("Delete note…"))
        delete.setEnabled(self.can_delete)
        delete.setToolTip(self.delete_button.toolTip())
        delete.triggered.connect(lambda: self.delete_requested.emit(self.note.id))
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        self.menu = self.build_menu()
        self.menu.popup(self.mapToGlobal(pos))


class UpsellNotesPanel(QWidget):
    """The notes of one case and the editor of a new one.

    Signals:
        save_requested(str, object): the typed text and the list of NoteImageInput to attach.
        pin_requested(int, bool): pin or unpin a note.
        delete_requested(int): delete a note (after the view's confirmation).
        image_requested(int, str): show a picture full size (image id, file name).
    """

    save_requested = Signal(str, object)
    pin_requested = Signal(int, bool)
    delete_requested = Signal(int)
    image_requested = Signal(int, str)

    def __init__(self, when: Callable[[datetime], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = when
        self.can_pin = True
        self.may_delete: Callable[[UpsellNoteRecord], bool] = lambda _note: False
        self.cards: list[NoteCard] = []
        self.attached: list[NoteImageInput] = []
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addStretch(1)
        self.empty = QLabel(self.tr("No notes on this case yet."))
        self.empty.setProperty("tone", "muted")
        self.list_layout.insertWidget(0, self.empty)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_box)
        self.notes_area = scroll

        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("A note on this upsell call (not on the order)…"))
        self.editor.setTabChangesFocus(True)
        self.attach_button = QPushButton(self.tr("Attach images…"))
        self.attach_button.setToolTip(
            self.tr("PNG or JPEG, up to {0} images of at most {1} MB each").format(
                MAX_NOTE_IMAGES, IMAGE_FILE_MAX_BYTES // MIB
            )
        )
        self.attach_button.clicked.connect(self.choose_images)
        self.attached_strip = ThumbnailStrip(removable=True)
        self.attached_strip.remove_requested.connect(self._remove_attached)
        self.attached_label = QLabel()
        self.attached_label.setProperty("tone", "muted")
        self.message = MessageLabel()
        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.attached_label, 1)
        buttons.addWidget(self.save_button)
        # The notes take the room; the editor keeps a few lines (it scrolls when more is typed).
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 5 + 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.attached_strip)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_attached()

    # -- the notes ---------------------------------------------------------------------------------------
    def set_notes(self, notes: Sequence[UpsellNoteRecord]) -> None:
        """Show the notes as the service orders them (pinned first, then newest first)."""
        for card in self.cards:
            self.list_layout.removeWidget(card)
            card.hide()  # at once: deleteLater waits for the event loop, and a repaint may come first
            card.deleteLater()
        self.cards = []
        for position, note in enumerate(notes):
            card = NoteCard(note, self.when(note.at), self.can_pin, self.may_delete(note))
            card.pin_requested.connect(self.pin_requested)
            card.delete_requested.connect(self.delete_requested)
            card.image_requested.connect(self.image_requested)
            self.list_layout.insertWidget(position, card)
            card.show()  # now, not when the layout gets round to it: the list is painted at once
            self.cards.append(card)
        self.empty.setVisible(not notes)
        self.list_layout.activate()

    def clear(self) -> None:
        """Another case: no notes, an empty editor and no attachments."""
        self.set_notes([])
        self.editor.clear()
        self.attached = []
        self._show_attached()
        self.message.clear_message()

    # -- attaching ---------------------------------------------------------------------------------------
    def choose_images(self) -> None:
        """Ask for picture files to attach."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach images"), "", self.tr("Images (*.png *.jpg *.jpeg);;All files (*)")
        )
        if paths:
            self.attach_files([Path(p) for p in paths])

    def attach_files(self, paths: Sequence[Path]) -> bool:
        """Attach picture files; the first refused one is reported (why) and nothing of it is kept.
        Returns True when every file was attached."""
        self.message.clear_message()
        for path in paths:
            try:
                self.attached.append(self._read_image(path))
            except SalesappError as exc:
                self.message.show_error(error_text(exc))
                self._show_attached()
                return False
        self._show_attached()
        return True

    def _read_image(self, path: Path) -> NoteImageInput:
        if len(self.attached) >= MAX_NOTE_IMAGES:
            raise ValidationError(TOO_MANY, field="image", max=MAX_NOTE_IMAGES)
        try:
            size = path.stat().st_size
            if size > IMAGE_FILE_MAX_BYTES:  # refused without reading a huge file into memory
                raise ValidationError(
                    msg("“{name}” is {size} MB; images may be at most {limit} MB."), field="image",
                    name=path.name, size=f"{size / MIB:.1f}", limit=IMAGE_FILE_MAX_BYTES // MIB,
                )  # fmt: skip
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(
                NOT_READABLE, field="image", name=path.name, detail=exc.strerror or ""
            ) from exc
        data, name = prepare_photo(data, path.name)  # checked, and scaled down when it is big
        thumb = make_thumbnail(data)
        if thumb is None:
            raise ValidationError(msg("“{name}” is not a PNG or JPEG image."), field="image", name=path.name)
        check_images_total(
            [*(len(i.data) + len(i.thumb or b"") for i in self.attached), len(data) + len(thumb)]
        )
        return NoteImageInput(name, data, thumb)

    def _remove_attached(self, position: object) -> None:
        if isinstance(position, int) and 0 <= position < len(self.attached):
            del self.attached[position]
        self._show_attached()

    def _show_attached(self) -> None:
        self.attached_strip.set_images(
            [(i, pixmap_from(image.thumb or b""), image.name) for i, image in enumerate(self.attached)]
        )
        count = len(self.attached)
        self.attached_label.setText(
            self.tr("{0} of {1} images attached").format(count, MAX_NOTE_IMAGES) if count else ""
        )

    # -- saving ------------------------------------------------------------------------------------------
    def _save(self) -> None:
        self.message.clear_message()
        self.save_button.setEnabled(False)
        self.save_requested.emit(self.editor.toPlainText(), list(self.attached))

    def saved(self) -> None:
        """The note went through: empty the editor and the attachments."""
        self.editor.clear()
        self.attached = []
        self._show_attached()
        self.save_button.setEnabled(True)

    def show_error(self, text: str) -> None:
        """The note was refused: say why; the text and the pictures stay."""
        self.save_button.setEnabled(True)
        self.message.show_error(text)

    def set_enabled(self, enabled: bool) -> None:
        """Whether this user may write notes on the case shown."""
        for widget in (self.editor, self.attach_button, self.save_button):
            widget.setEnabled(enabled)
