"""The upsell section's toolbar: Request work, the scope of the list (everyone's cases, my own, or one staff
member's, for managers), Assign and Select orders for managers, how Start call dials, and the settings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QSizePolicy, QToolBar, QToolButton, QWidget

from salesapp.domain.records import UserRecord
from salesapp.ui.widgets.call_timer import DIAL_SCHEMES, dial_name


class ScopeCombo(QComboBox):
    """Whose cases the list shows: everyone's (None), the user's own, or one staff member's (their id).

    Signals:
        scope_changed(object): the assignee id chosen (None: everyone).
    """

    scope_changed = Signal(object)

    def __init__(self, user: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setToolTip(self.tr("Whose cases the list and the tab counts show"))
        self.addItem(self.tr("Everyone's cases"), None)
        self.addItem(self.tr("My cases"), user.id)
        self.currentIndexChanged.connect(lambda _i: self.scope_changed.emit(self.currentData()))

    def set_staff(self, staff: Sequence[UserRecord]) -> None:
        """Offer each staff member (other than the user) after the two fixed choices; the choice stays."""
        chosen = self.currentData()
        blocked = self.blockSignals(True)
        try:
            while self.count() > 2:
                self.removeItem(2)
            others = [u for u in staff if u.id != self.user.id]
            if others:
                self.insertSeparator(2)
            for member in others:
                self.addItem(self.tr("Cases of {0}").format(member.display_name), member.id)
            index = self.findData(chosen) if chosen is not None else 0
            self.setCurrentIndex(max(index, 0))
        finally:
            self.blockSignals(blocked)
        if self.currentData() != chosen:  # the member chosen is no longer active: back to everyone's
            self.scope_changed.emit(self.currentData())

    def choose(self, user_id: int | None) -> None:
        """Show the cases of `user_id` (None: everyone's), as picking it in the list would."""
        self.setCurrentIndex(max(self.findData(user_id) if user_id is not None else 0, 0))

    def staff_ids(self) -> list[int]:
        """The staff members offered one by one (tests read it)."""
        return [int(self.itemData(i)) for i in range(2, self.count()) if self.itemData(i) is not None]


class UpsellToolbar(QToolBar):
    """The buttons above the upsell list; what does not fit folds into the » menu on a narrow window.

    Signals:
        dial_scheme_chosen(str): the user picked how Start call dials.
    """

    dial_scheme_chosen = Signal(str)

    def __init__(self, user: UserRecord, dial_scheme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request_button = QPushButton(self.tr("Request work"))
        self.request_button.setToolTip(
            self.tr("Take the oldest pending cases, as many as the settings allow")
        )
        self.scope = ScopeCombo(user)
        self.scope.setVisible(user.is_manager)
        self.assign_button = QPushButton(self.tr("Assign…"))
        self.assign_button.setToolTip(self.tr("Assign the selected pending cases to a staff member"))
        self.select_button = QPushButton(self.tr("Select orders into upsell…"))
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.dial_button = QToolButton()
        self.dial_button.setText(self.tr("Dialling"))
        self.dial_button.setToolTip(self.tr("How Start call dials the customer from this computer"))
        self.dial_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        dial_menu = QMenu(self.dial_button)
        group = QActionGroup(dial_menu)
        self.dial_actions: dict[str, QAction] = {}
        for scheme in DIAL_SCHEMES:
            action = dial_menu.addAction(dial_name(scheme))
            action.setCheckable(True)
            action.setChecked(scheme == dial_scheme)
            action.triggered.connect(lambda _c=False, s=scheme: self.dial_scheme_chosen.emit(s))
            group.addAction(action)
            self.dial_actions[scheme] = action
        self.dial_button.setMenu(dial_menu)
        self.addWidget(self.request_button)
        if user.is_manager:
            self.addWidget(self.scope)
            self.addWidget(self.assign_button)
            self.addWidget(self.select_button)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.addWidget(self.dial_button)
        if user.is_manager:
            self.addWidget(self.settings_button)
