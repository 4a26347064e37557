"""The first-run checklist: shop profile, staff, products, where backups go, each with Open and Skip (or
Reopen once skipped). Shown after the first administrator signs in on a new database until every step is
done or skipped, and reopened from Settings. It only displays and reports: the controller opens each step
and marks it through the service, then hands the checklist back with `show_checklist`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.shop import Checklist, SetupStep, StepState
from salesapp.ui.shared.i18n import tr_noop, translate
from salesapp.ui.shared.theme import set_property
from salesapp.ui.widgets.message_label import MessageLabel

STEP_TEXTS = {
    SetupStep.PROFILE: (
        tr_noop("SetupChecklist", "Shop profile"),
        tr_noop(
            "SetupChecklist",
            "Name, address and tax ID for documents; currency, VAT and how order numbers start.",
        ),
    ),
    SetupStep.STAFF: (
        tr_noop("SetupChecklist", "Staff"),
        tr_noop("SetupChecklist", "An account for each salesperson and manager."),
    ),
    SetupStep.PRODUCTS: (
        tr_noop("SetupChecklist", "Products"),
        tr_noop("SetupChecklist", "What the shop sells, with its units and prices: typed or imported."),
    ),
    SetupStep.BACKUPS: (
        tr_noop("SetupChecklist", "Backups"),
        tr_noop("SetupChecklist", "The folder this desktop keeps its backups in."),
    ),
}
STATE_TEXTS = {
    StepState.TODO: tr_noop("SetupChecklist", "To do"),
    StepState.DONE: tr_noop("SetupChecklist", "✓ Done"),
    StepState.SKIPPED: tr_noop("SetupChecklist", "Skipped"),
}
_STATE_STATUS = {StepState.TODO: "due_today", StepState.DONE: "done", StepState.SKIPPED: "muted"}


class SetupChecklistDialog(QDialog):
    """The steps in a grid: name and what it is for, its state, Open…, and Skip or Reopen.

    Signals:
        open_requested(object): the SetupStep whose Open… was clicked.
        mark_requested(object, object): a SetupStep and the StepState it should get (skip or reopen).
    """

    open_requested = Signal(object)
    mark_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.checklist: Checklist | None = None
        intro = QLabel(
            self.tr(
                "A few things to set up before the shop's first day. Each step can be skipped and opened "
                "again later from Settings."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        self.states: dict[SetupStep, QLabel] = {}
        self.open_buttons: dict[SetupStep, QPushButton] = {}
        self.skip_buttons: dict[SetupStep, QPushButton] = {}
        for row, step in enumerate(SetupStep):
            title, detail = STEP_TEXTS[step]
            text = QLabel(
                f"<b>{translate('SetupChecklist', title)}</b><br>{translate('SetupChecklist', detail)}"
            )
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            state = QLabel()
            state.setMinimumWidth(90)
            open_button = QPushButton(self.tr("Open…"))
            open_button.clicked.connect(lambda _=False, s=step: self.open_requested.emit(s))
            skip = QPushButton()
            skip.clicked.connect(lambda _=False, s=step: self._skip_clicked(s))
            for button in (open_button, skip):
                button.setAutoDefault(False)
            self.states[step], self.open_buttons[step], self.skip_buttons[step] = state, open_button, skip
            line = row * 2
            grid.addWidget(text, line, 0)
            grid.addWidget(state, line, 1)
            grid.addWidget(open_button, line, 2)
            grid.addWidget(skip, line, 3)
            if row < len(SetupStep) - 1:
                rule = QFrame()
                rule.setFrameShape(QFrame.Shape.HLine)
                rule.setObjectName("formRule")
                grid.addWidget(rule, line + 1, 0, 1, 4)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, max(360, self.sizeHint().height()))

    def show_checklist(self, checklist: Checklist) -> None:
        """Show each step's state and the buttons it allows."""
        self.checklist = checklist
        for step in SetupStep:
            state = checklist.state(step)
            label = self.states[step]
            label.setText(translate("SetupChecklist", STATE_TEXTS[state]))
            label.setProperty("textStyle", "strong")
            set_property(label, "status", _STATE_STATUS[state])
            skip = self.skip_buttons[step]
            skip.setText(self.tr("Reopen") if state is StepState.SKIPPED else self.tr("Skip"))
            skip.setVisible(state is not StepState.DONE)
        remaining = checklist.remaining
        if remaining:
            self.message.show_notice(
                self.tr("1 step to go.") if remaining == 1 else self.tr("{0} steps to go.").format(remaining)
            )
        else:
            self.message.show_notice(self.tr("All set: every step is done or skipped."))

    def _skip_clicked(self, step: SetupStep) -> None:
        if self.checklist is None:
            return
        skipped = self.checklist.state(step) is StepState.SKIPPED
        self.mark_requested.emit(step, StepState.TODO if skipped else StepState.SKIPPED)

    def show_error(self, text: str) -> None:
        """A step could not be opened or marked: say why."""
        self.message.show_error(text)
