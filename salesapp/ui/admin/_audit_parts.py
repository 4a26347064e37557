"""The Audit screen's filter bar (person, record kind, action, from/to days) and its detail pane (the whole
change of the chosen row, old → new per field)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from salesapp.domain.enums import Action, EntityKind
from salesapp.services.admin.audit_list import AuditFilter, AuditPerson, AuditRow
from salesapp.ui.admin._audit_labels import Describer, action_name, kind_name, nobody
from salesapp.ui.lists.detail_pane import DetailPane
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.widgets.date_edit import DateEdit


class AuditFilterBar(QWidget):
    """Person, record kind, action, from and to (days in the user's time zone), Clear and Export.

    Signals:
        filter_changed(): any choice changed; read `current()`.
        export_requested(): Export… was pressed.
    """

    filter_changed = Signal()
    export_requested = Signal()

    def __init__(self, buddhist_era: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = QComboBox()
        self.person.addItem(self.tr("Everyone"), None)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any record"), None)
        for kind in sorted(EntityKind, key=lambda k: kind_name(k.value)):
            self.kind.addItem(kind_name(kind.value), kind.value)
        self.action = QComboBox()
        self.action.addItem(self.tr("Any action"), None)
        for action in sorted(Action, key=lambda a: action_name(a.value)):
            self.action.addItem(action_name(action.value), action.value)
        self.date_from = DateEdit(buddhist_era=buddhist_era)
        self.date_to = DateEdit(buddhist_era=buddhist_era)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export_requested)
        for combo in (self.person, self.kind, self.action):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        for edit in (self.date_from, self.date_to):
            edit.date_changed.connect(lambda _d: self.filter_changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        parts: list[tuple[str, QWidget]] = [
            (self.tr("Person:"), self.person), (self.tr("Record:"), self.kind),
            (self.tr("Action:"), self.action), (self.tr("From:"), self.date_from),
            (self.tr("To:"), self.date_to),
        ]  # fmt: skip
        for title, widget in parts:
            row.addWidget(QLabel(title))
            row.addWidget(widget)
            row.addSpacing(6)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.export_button)

    def set_people(self, people: list[AuditPerson]) -> None:
        """Offer these staff members (the choice is kept when still offered); a disabled one says so."""
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        for person in people:
            name = (
                person.display_name
                if person.active
                else self.tr("{0} (disabled)").format(person.display_name)
            )
            self.person.addItem(name, person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
        self.person.blockSignals(False)

    def current(self) -> AuditFilter:
        """The filter chosen."""
        kind, action = self.kind.currentData(), self.action.currentData()
        return AuditFilter(
            person_id=self.person.currentData(),
            kind=EntityKind(kind) if kind else None,
            action=Action(action) if action else None,
            date_from=self.date_from.date(),
            date_to=self.date_to.date(),
        )

    def clear(self) -> None:
        """Everything again."""
        widgets: list[Any] = [self.person, self.kind, self.action, self.date_from, self.date_to]
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.person, self.kind, self.action):
            combo.setCurrentIndex(0)
        self.date_from.set_date(None)
        self.date_to.set_date(None)
        for widget in widgets:
            widget.blockSignals(False)
        self.filter_changed.emit()


class AuditDetail(DetailPane):
    """The chosen row: when, who, which record and what was done, then each changed field before and after."""

    def __init__(self, describer: Describer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.describer = describer
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setProperty("textStyle", "strong")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.empty.setProperty("tone", "muted")
        self.body.addWidget(self.heading)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.empty)
        self.body.setContentsMargins(0, 0, 0, 0)

    def fill(self, record: AuditRow | None, same_record: bool) -> None:
        self.table.setRowCount(0)
        if record is None:
            self.heading.setText(self.tr("Choose a row to see the whole change."))
            self.empty.hide()
            return
        when = format_datetime(record.at, self.describer.tz, self.describer.buddhist_era)
        what = record.label or f"#{record.entity_id}"
        self.heading.setText(
            self.tr("{when} · {who} · {kind}: {record} · {action}").format(
                when=when, who=record.user_name or nobody(), kind=kind_name(record.entity), record=what,
                action=action_name(record.action),
            )
        )  # fmt: skip
        pairs = self.describer.pairs(record.changes)
        self.table.setRowCount(len(pairs))
        for row, values in enumerate(pairs):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        note = record.summary if not pairs else ""
        self.empty.setText(
            note or (self.tr("No field changes were recorded for this action.") if not pairs else "")
        )
        self.empty.setVisible(bool(self.empty.text()))
