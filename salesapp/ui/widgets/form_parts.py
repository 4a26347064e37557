"""Pieces every entry dialog has: Save / Cancel buttons, reading the form with its error shown, and the
EntryDialog base (a form, a message line, Save / Cancel) most entry forms are built on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.errors import SalesappError
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.widgets.message_label import MessageLabel

T = TypeVar("T")


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (calls `on_save`) and Cancel (rejects `dialog`); returns the box and its Save button. Their
    texts are Qt's own (translated in qtbase_*.ts)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, buttons.button(QDialogButtonBox.StandardButton.Save)


def typed_or_report(message: MessageLabel, collect: Callable[[], T]) -> T | None:
    """Clear `message`, then read the form with `collect`; what it refuses is shown in `message` (the form
    keeps everything typed) and None returned."""
    message.clear_message()
    try:
        return collect()
    except SalesappError as exc:
        message.show_error(error_text(exc))
        return None


class EntryDialog(QDialog):
    """A form with a message line and Save/Cancel; Save emits `submit_requested` with the input.

    Signals:
        submit_requested(object): the typed input, to be saved by the controller.
    """

    submit_requested = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.message = MessageLabel()
        self.buttons, _save = save_cancel_buttons(self, self._submit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.country = QComboBox()
        self.country.addItem(self.tr("Thailand"), "TH")
        self.country.addItem(self.tr("Vietnam"), "VN")

    def collect(self) -> Any:
        """The input as typed (raises ValidationError for what the form itself can tell)."""
        raise NotImplementedError

    def _submit(self) -> None:
        data = typed_or_report(self.message, self.collect)
        if data is None:
            return
        self.buttons.setEnabled(False)
        self.submit_requested.emit(data)

    def show_error(self, text: str) -> None:
        """The save was refused: say why (the dialog grows to show a long refusal whole); everything typed
        stays."""
        self.buttons.setEnabled(True)
        self.message.show_error(text)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
