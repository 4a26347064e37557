"""The upsell tags of a case, edited in place: labels separated by commas, the label being typed completed
from the tags seen in this section; a draft survives a refused save and a reload of the same case."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from salesapp.domain.collation import sort_key
from salesapp.domain.upsell import MAX_TAGS, split_tags


class LastTagCompleter(QCompleter):
    """Completes only the label after the last comma, keeping the labels typed before it."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.tags_model = QStringListModel(self)
        self.setModel(self.tags_model)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setWidget(edit)
        edit.textEdited.connect(self._typed)
        self.activated.connect(self._chosen)

    def set_tags(self, tags: Iterable[str]) -> None:
        """The labels offered, in the user's collation order."""
        self.tags_model.setStringList(sorted(set(tags), key=sort_key))

    def _prefix(self) -> tuple[str, str]:
        """The labels before the last comma (with the comma) and the label being typed."""
        text = self.edit.text()[: self.edit.cursorPosition()]
        head, comma, last = text.rpartition(",")
        return head + comma, last.strip()

    def _typed(self, _text: str) -> None:
        _, last = self._prefix()
        if not last:
            self.hide_popup()
            return
        self.setCompletionPrefix(last)
        if self.completionCount():
            self.complete()
        else:
            self.hide_popup()

    def popup_shown(self) -> bool:
        """Whether the list of labels is open."""
        popup = self.popup()
        return popup is not None and popup.isVisible()

    def hide_popup(self) -> None:
        """Close the list of labels."""
        popup = self.popup()
        if popup is not None:
            popup.hide()

    def _chosen(self, tag: str) -> None:
        head, _ = self._prefix()
        rest = self.edit.text()[self.edit.cursorPosition() :]
        before = f"{head.rstrip()} {tag}" if head else tag
        self.edit.setText(before + rest)
        self.edit.setCursorPosition(len(before))


class TagsEditor(QWidget):
    """A line of comma-separated tags with its Save button.

    Signals:
        save_requested(object): the labels typed (a sorted list of str).
    """

    save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Upsell tags:"))
        self.label.setProperty("tone", "muted")
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. VIP, call in the evening"))
        self.edit.setToolTip(
            self.tr("Labels of this upsell case, separated by commas (at most {0})").format(MAX_TAGS)
        )
        self.completer = LastTagCompleter(self.edit)
        self.save_button = QPushButton(self.tr("Save tags"))
        self.save_button.clicked.connect(self._save)
        self.edit.returnPressed.connect(self._save)
        self.edit.textEdited.connect(lambda _t: self._show_dirty())
        self.completer.activated.connect(lambda _t: self._show_dirty())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.save_button)
        self._loaded: frozenset[str] = frozenset()
        self._show_dirty()

    def tags(self) -> list[str]:
        """The labels typed, each once, in order."""
        return sorted(split_tags(self.edit.text()), key=sort_key)

    def is_dirty(self) -> bool:
        """Whether the labels typed differ from those of the case shown."""
        return split_tags(self.edit.text()) != self._loaded

    def set_tags(self, tags: Sequence[str], keep_draft: bool = False) -> None:
        """Show the case's tags; with `keep_draft` a changed, unsaved text stays as typed."""
        if not (keep_draft and self.is_dirty()):
            self.edit.setText(", ".join(sorted(tags, key=sort_key)))
        self._loaded = frozenset(tags)
        self._show_dirty()

    def set_known(self, tags: Iterable[str]) -> None:
        """The labels the completer offers."""
        self.completer.set_tags(tags)

    def _show_dirty(self) -> None:
        font = self.save_button.font()
        font.setBold(self.is_dirty())
        self.save_button.setFont(font)

    def _save(self) -> None:
        if self.completer.popup_shown():
            return  # Enter chose a label from the list, not to save yet
        self.save_requested.emit(self.tags())
