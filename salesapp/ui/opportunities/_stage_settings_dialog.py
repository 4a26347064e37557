"""Managers' settings of the pipeline: the stages (add, rename, reorder, probability, idle limit, default,
delete when unused) and the list of reasons offered when an opportunity is lost. Every change is saved at
once through the services, which keep the rules; a refusal is shown in the dialog and nothing is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.opportunity import LostReasons, StageRecord
from salesapp.services.registry import Services
from salesapp.ui.opportunities._opportunity_labels import shown_name, state_name
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.message_label import MessageLabel
from salesapp.ui.widgets.reason_list import ReasonListEditor, ReasonListTexts

NAME, KIND, PROBABILITY, IDLE, DEFAULT, USED = range(6)


class StageSettingsDialog(QDialog):
    """The stages table with its editor, and the lost reasons.

    Signals:
        changed(object): a ChangeSet of a saved change (for the sections to refresh).
        loaded(): the stages (or reasons) were read again (tests wait on it).
    """

    changed = Signal(object)
    loaded = Signal()

    def __init__(self, ctx: ViewContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.worker = ctx, ctx.user, ctx.worker
        self.service = services.opportunity_stages
        self.stages: list[StageRecord] = []
        self.usage: dict[int, int] = {}
        self.reasons = LostReasons((), 0)
        self.setWindowTitle(self.tr("Pipeline stages"))
        self.resize(760, 600)
        self.message = MessageLabel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._stages_tab(), self.tr("Stages"))
        self.tabs.addTab(self._reasons_tab(), self.tr("Lost reasons"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.reload()

    # -- building ----------------------------------------------------------------------------------------
    def _stages_tab(self) -> QWidget:
        page = QWidget()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Stage"), self.tr("Kind"), self.tr("Probability"), self.tr("Idle limit"),
            self.tr("Default"), self.tr("In use"),
        ])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(KIND, USED + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_a: self._show_selected())

        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.default_button = QPushButton(self.tr("Make default"))
        self.default_button.setToolTip(self.tr("New opportunities start in the default stage"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.default_button.clicked.connect(self.make_default)
        self.delete_button.clicked.connect(self.delete_stage)
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.default_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(side)

        editor = QGroupBox(self.tr("Stage"))
        form = QFormLayout(editor)
        self.name = QLineEdit()
        self.probability = QSpinBox()
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.idle = QSpinBox()
        self.idle.setRange(0, 3650)
        self.idle.setSpecialValueText(self.tr("No limit"))
        self.idle.setSuffix(self.tr(" days"))
        self.idle.setToolTip(self.tr("An opportunity with no note, call or move for longer is marked stale"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save_stage)
        self.add_button = QPushButton(self.tr("Add as a new stage"))
        self.add_button.clicked.connect(self.add_stage)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.save_button)
        figures = QHBoxLayout()
        figures.addWidget(self.probability)
        figures.addWidget(QLabel(self.tr("Idle limit:")))
        figures.addWidget(self.idle)
        figures.addStretch(1)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Probability:"), figures)
        form.addRow(row)

        layout = QVBoxLayout(page)
        layout.addLayout(top, 1)
        layout.addWidget(editor)
        return page

    def _reasons_tab(self) -> QWidget:
        page = QWidget()
        self.save_reasons_button = QPushButton(self.tr("Save reasons"))
        self.save_reasons_button.clicked.connect(self.save_reasons)
        texts = ReasonListTexts(
            self.tr("A new reason"),
            self.tr("Add"),
            self.tr("Remove"),
            self.tr("Move up"),
            self.tr("Move down"),
        )
        self.reason_editor = ReasonListEditor(
            texts,
            edit_triggers=QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed,
            side_extra=self.save_reasons_button,
        )
        self.reason_list, self.new_reason = self.reason_editor.list, self.reason_editor.new_reason
        layout = QVBoxLayout(page)
        layout.addWidget(self.reason_editor)
        return page

    # -- loading -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the stages, how much each is used, and the lost reasons."""
        service = self.service
        self.worker.submit(
            lambda: (service.stages(), service.usage(), service.lost_reasons()),
            on_done=self._arrived, on_error=self._failed,
        )  # fmt: skip

    def _arrived(self, result: tuple[list[StageRecord], dict[int, int], LostReasons]) -> None:
        chosen = self.selected()
        self.stages, self.usage, reasons = result
        self.table.setRowCount(len(self.stages))
        for row, stage in enumerate(self.stages):
            idle = self.tr("{0} days").format(stage.idle_days) if stage.idle_days else "—"
            cells = [
                shown_name(stage.name), state_name(stage.kind), f"{stage.probability}%", idle,
                "✔" if stage.is_default else "", str(self.usage.get(stage.id, 0)),
            ]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, stage.id)
                if column in (PROBABILITY, IDLE, USED):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                elif column == DEFAULT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.select(chosen.id if chosen else self.stages[0].id if self.stages else None)
        if reasons.version != self.reasons.version or not self.reason_list.count():
            self._show_reasons(reasons)
        self.loaded.emit()

    def _show_reasons(self, reasons: LostReasons) -> None:
        self.reasons = reasons
        self.reason_list.clear()
        for reason in reasons.reasons:
            self._add_reason_item(shown_name(reason))

    def _add_reason_item(self, text: str) -> None:
        self.reason_editor.add_item(text, text)

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(error_text(exc))

    # -- the chosen stage --------------------------------------------------------------------------------
    def selected(self) -> StageRecord | None:
        """The stage of the current row."""
        row = self.table.currentRow()
        return self.stages[row] if 0 <= row < len(self.stages) else None

    def select(self, stage_id: int | None) -> None:
        """Make a stage the current row."""
        row = next((i for i, s in enumerate(self.stages) if s.id == stage_id), 0 if self.stages else -1)
        self.table.setCurrentCell(row, NAME)
        self._show_selected()

    def row_of(self, name: str) -> int:
        """The row of a stage by its shown name (for tests)."""
        return next(i for i, s in enumerate(self.stages) if shown_name(s.name) == name)

    def _show_selected(self) -> None:
        stage = self.selected()
        for widget in (self.name, self.probability, self.idle, self.save_button, self.up_button,
                       self.down_button, self.default_button, self.delete_button):  # fmt: skip
            widget.setEnabled(stage is not None)
        if stage is None:
            return
        self.name.setText(shown_name(stage.name))
        self.probability.setValue(stage.probability)
        self.idle.setValue(stage.idle_days or 0)
        fixed = stage.kind.fixed_probability
        self.probability.setToolTip(
            self.tr("Fixed at {0}% for the {1} stage").format(fixed, state_name(stage.kind).lower())
            if fixed is not None
            else ""
        )
        self.idle.setEnabled(stage.is_open)

    # -- saving ------------------------------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], notice: str) -> None:
        self.message.clear_message()

        def done(result: Any) -> None:
            changes = result if isinstance(result, ChangeSet) else result[1]
            self.message.show_notice(notice)
            self.changed.emit(changes)
            self.reload()

        self.worker.submit(work, on_done=done, on_error=self._failed)

    def _idle_value(self) -> int | None:
        return self.idle.value() or None

    def save_stage(self) -> None:
        """Save the name, probability and idle limit of the chosen stage."""
        stage = self.selected()
        if stage is None:
            return
        name, probability, idle, user = (
            self.name.text(),
            self.probability.value(),
            self._idle_value(),
            self.user,
        )
        self._run(
            lambda: self.service.update(user, stage.id, stage.version, name, probability, idle),
            self.tr("Stage “{0}” saved.").format(shown_name(name)),
        )

    def add_stage(self) -> None:
        """Add an open stage with the name, probability and idle limit typed (after the last open one)."""
        name, probability, idle, user = (
            self.name.text(),
            self.probability.value(),
            self._idle_value(),
            self.user,
        )
        self._run(
            lambda: self.service.add(user, name, probability, idle),
            self.tr("Stage “{0}” added.").format(name),
        )

    def _move(self, offset: int) -> None:
        stage = self.selected()
        if stage is not None:
            user = self.user
            self._run(lambda: self.service.move(user, stage.id, offset), self.tr("Order saved."))

    def make_default(self) -> None:
        """New opportunities will start in the chosen stage (the old default stops being one)."""
        stage = self.selected()
        if stage is not None:
            user = self.user
            self._run(
                lambda: self.service.set_default(user, stage.id),
                self.tr("New opportunities now start in “{0}”.").format(shown_name(stage.name)),
            )

    def delete_stage(self) -> None:
        """Delete the chosen stage (refused for won, lost, the default and a stage in use)."""
        stage = self.selected()
        if stage is not None:
            user = self.user
            self._run(
                lambda: self.service.delete(user, stage.id, stage.version),
                self.tr("Stage “{0}” deleted.").format(shown_name(stage.name)),
            )

    # -- lost reasons ------------------------------------------------------------------------------------
    def reason_texts(self) -> list[str]:
        """The reasons as listed (stored English for the shipped ones shown translated)."""
        shown = {shown_name(r): r for r in self.reasons.reasons}
        texts = [self.reason_list.item(i).text() for i in range(self.reason_list.count())]
        return [shown.get(t, t) for t in texts]

    def add_reason(self) -> None:
        """Append the typed reason to the list (saved with "Save reasons")."""
        self.reason_editor.add_typed()

    def remove_reason(self) -> None:
        """Drop the chosen reason from the list (saved with "Save reasons")."""
        self.reason_editor.remove_current()

    def save_reasons(self) -> None:
        """Save the list of lost reasons."""
        reasons, user, version = self.reason_texts(), self.user, self.reasons.version
        service = self.service

        def done(result: tuple[LostReasons, ChangeSet]) -> None:
            self._show_reasons(result[0])
            self.message.show_notice(self.tr("Lost reasons saved."))
            self.changed.emit(result[1])

        self.message.clear_message()
        self.worker.submit(
            lambda: service.save_lost_reasons(user, reasons, version), on_done=done, on_error=self._failed
        )
