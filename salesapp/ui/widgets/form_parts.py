"""Pieces every entry dialog has: Save / Cancel buttons, and reading the form with its error shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

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
