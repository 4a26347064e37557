"""The forms of the order's steps: Pack (carrier, tracking number, packing date), Cancel (a reason) and
Return (a reason and the lines that came back), for one order or, without the tracking number and the
lines, for a selection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.orders.lifecycle import (
    NO_LINES_RETURNED,
    REASON_CHARS,
    TRACKING_CHARS,
    PackInput,
    check_pack,
    check_reason,
)
from salesapp.domain.records import OrderLineRecord
from salesapp.ui.widgets.date_edit import DateEdit
from salesapp.ui.widgets.form_parts import EntryDialog

NO_DATE = msg("Type or pick the packing date.")


class PackDialog(EntryDialog):
    """Pack: the carrier (from the office's list, or typed), the tracking number (one order only) and the
    packing date (today unless changed).

    Signals:
        submit_requested(object): the PackInput (tracking number empty for a selection).
    """

    def __init__(
        self,
        title: str,
        carriers: Sequence[str],
        buddhist_era: bool,
        today: Callable[[], dt.date],
        with_tracking: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.carrier = QComboBox()
        self.carrier.setEditable(True)
        self.carrier.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.carrier.addItems(list(carriers))
        self.carrier.setCurrentIndex(-1)
        carrier_edit = self.carrier.lineEdit()
        assert carrier_edit is not None
        carrier_edit.setPlaceholderText(self.tr("e.g. Kerry Express"))
        self.tracking = QLineEdit()
        self.tracking.setMaxLength(TRACKING_CHARS)
        self.packed_on = DateEdit(buddhist_era=buddhist_era, today=today)
        self.packed_on.set_date(today())
        self.form.addRow(self.tr("Carrier:"), self.carrier)
        if with_tracking:
            self.form.addRow(self.tr("Tracking number:"), self.tracking)
        else:
            note = QLabel(self.tr("Tracking numbers are added order by order."))
            note.setWordWrap(True)
            note.setProperty("tone", "muted")
            self.form.addRow(note)
        self.form.addRow(self.tr("Packing date:"), self.packed_on)

    def collect(self) -> PackInput:
        self.packed_on.commit()
        day = self.packed_on.date()
        if day is None:
            raise ValidationError(NO_DATE, field="packed_on")
        return check_pack(PackInput(self.carrier.currentText(), self.tracking.text(), day))


class ReasonDialog(EntryDialog):
    """Cancel: why the order is cancelled, typed.

    Signals:
        submit_requested(object): the reason as stored.
    """

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.about = QLabel(explanation)
        self.about.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_CHARS)
        self.form.addRow(self.about)
        self.form.addRow(self.tr("Reason:"), self.reason)

    def collect(self) -> str:
        return check_reason(self.reason.text())


class ReturnDialog(ReasonDialog):
    """Return: the reason and the lines that came back (every line ticked to begin with).

    Signals:
        submit_requested(object): (reason, tuple of line ids).
    """

    def __init__(self, title: str, lines: Sequence[OrderLineRecord], parent: QWidget | None = None) -> None:
        super().__init__(title, "", parent)
        self.about.setText(self.tr("Why did the parcel come back? Tick the lines that came back."))
        self.lines = QListWidget()
        for line in lines:
            item = QListWidgetItem(f"{line.description} × {line.quantity}")
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.lines.addItem(item)
        rows = max(2, min(6, len(lines)))
        self.lines.setFixedHeight(self.fontMetrics().lineSpacing() * rows + 16)
        self.form.addRow(self.tr("Lines:"), self.lines)

    def collect(self) -> tuple[str, tuple[int, ...]]:  # type: ignore[override]
        reason = check_reason(self.reason.text())
        ids = tuple(
            int(self.lines.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.lines.count())
            if self.lines.item(i).checkState() == Qt.CheckState.Checked
        )
        if not ids:
            raise ValidationError(NO_LINES_RETURNED, field="lines")
        return reason, ids
