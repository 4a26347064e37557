"""The shop's own settings on a signed-in window: the Shop box in Settings (shop profile, lists, first-run
checklist), and the checklist shown after the first administrator's sign-in on a new database.

`ShopSetup` is what app.py builds per main window: it opens the profile form, the lists and the checklist,
runs their service calls on the database worker, and reports every saved change with `changed`. Steps
lead where their work is done: the profile form, the Staff screen, the Products section when the window
has it (else a short note saying it is coming), and a folder choice for backups kept in this desktop's
configuration through the two callables app.py hands over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import Role
from salesapp.domain.shop import Checklist, SetupStep, StepState
from salesapp.services.registry import Services
from salesapp.ui.admin.lists_dialog import ListsDialog
from salesapp.ui.admin.setup_checklist import SetupChecklistDialog
from salesapp.ui.admin.shop_profile_dialog import ProfileInput, ShopProfileDialog
from salesapp.ui.admin.staff_dialog import StaffDialog
from salesapp.ui.mainwindow.empty_section import EmptySection
from salesapp.ui.mainwindow.main_window import MainWindow
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.view_context import ViewContext


class ShopSettingsBox(QGroupBox):
    """The Shop box of the Settings section: buttons to the shop profile and the staff (administrators), the
    lists (managers) and the first-run checklist (administrators).

    Signals:
        profile_requested(), lists_requested(), checklist_requested(), staff_requested()
    """

    profile_requested = Signal()
    lists_requested = Signal()
    checklist_requested = Signal()
    staff_requested = Signal()

    def __init__(self, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The shop"))
        self.profile_button = QPushButton(self.tr("Shop profile…"))
        self.profile_button.setToolTip(self.tr("Names, address, tax ID, logo, currency, VAT, order numbers"))
        self.lists_button = QPushButton(self.tr("Lists…"))
        self.lists_button.setToolTip(
            self.tr(
                "Tags, segments, pools, channels, sources, carriers and reasons, with how much each is used"
            )
        )
        self.staff_button = QPushButton(self.tr("Staff…"))
        self.staff_button.setToolTip(self.tr("Add staff, change roles, reset passwords, disable who left"))
        self.staff_button.clicked.connect(self.staff_requested)
        self.checklist_button = QPushButton(self.tr("Getting started…"))
        self.checklist_button.setToolTip(self.tr("The first-run checklist: open a step again"))
        self.profile_button.clicked.connect(self.profile_requested)
        self.lists_button.clicked.connect(self.lists_requested)
        self.checklist_button.clicked.connect(self.checklist_requested)
        row = QHBoxLayout(self)
        for button in (self.profile_button, self.staff_button, self.lists_button, self.checklist_button):
            row.addWidget(button)
        row.addStretch(1)
        self.profile_button.setVisible(role is Role.ADMIN)
        self.staff_button.setVisible(role is Role.ADMIN)
        self.checklist_button.setVisible(role is Role.ADMIN)
        self.lists_button.setVisible(role.is_manager)
        if not role.is_manager:
            row.addWidget(QLabel(self.tr("Managers keep the shop's lists; administrators its profile.")))


class _ActivationWatcher(QObject):
    """Calls back when the watched window becomes active again (the user comes back to the checklist
    after adding products elsewhere: it shows what is done now)."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.callback()
        return False


class ShopSetup(QObject):
    """Opens the shop profile, the lists and the first-run checklist for one signed-in window.

    Signals:
        changed(object): the ChangeSet of every saved change (app.py hands it to the live sections).
        checklist_finished(): the checklist shown after sign-in was completed and closed itself.
    """

    changed = Signal(object)
    checklist_finished = Signal()

    def __init__(
        self,
        window: MainWindow,
        ctx: ViewContext,
        services: Services,
        backup_folder: Callable[[], str | None],
        save_backup_folder: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window, self.ctx, self.services = window, ctx, services
        self.worker, self.user = ctx.worker, ctx.user
        self.backup_folder, self.save_backup_folder = backup_folder, save_backup_folder
        self.checklist_dialog: SetupChecklistDialog | None = None
        self.profile_dialog: ShopProfileDialog | None = None
        self.lists_dialog: ListsDialog | None = None
        self.staff_dialog: StaffDialog | None = None
        self.note: QMessageBox | None = None
        self.folder_dialog: QFileDialog | None = None
        self._automatic = False  # the checklist was shown by the sign-in: it closes once complete

    def settings_box(self) -> ShopSettingsBox:
        """The Shop box for the Settings section, wired to this controller."""
        box = ShopSettingsBox(self.user.role)
        box.profile_requested.connect(self.open_profile)
        box.lists_requested.connect(self.open_lists)
        box.staff_requested.connect(self.open_staff)
        box.checklist_requested.connect(lambda: self.open_checklist(automatic=False))
        return box

    # -- the checklist -------------------------------------------------------------------------------
    def after_sign_in(self, first_admin: bool) -> None:
        """Show the checklist to an administrator while it has steps to do; `first_admin`: the database was
        just created with this administrator, so its checklist starts now."""
        if self.user.role is not Role.ADMIN:
            return
        service, user = self.services.setup_checklist, self.user
        work = (lambda: service.begin(user)) if first_admin else service.checklist
        self.worker.submit(work, on_done=self._checked_at_sign_in, on_error=self._status_error)

    def _checked_at_sign_in(self, checklist: Checklist) -> None:
        if checklist.started and not checklist.finished:
            self.open_checklist(automatic=True, checklist=checklist)

    def open_checklist(
        self, automatic: bool = False, checklist: Checklist | None = None
    ) -> SetupChecklistDialog:
        """Show the checklist (from Settings: it stays open when complete)."""
        self._automatic = automatic
        if self.checklist_dialog is None:
            dialog = SetupChecklistDialog(self.window)
            dialog.open_requested.connect(self.open_step)
            dialog.mark_requested.connect(self.mark)
            dialog.installEventFilter(_ActivationWatcher(self.refresh_checklist, dialog))
            self.checklist_dialog = dialog
        if checklist is not None:
            self._show_checklist(checklist)
        else:
            self.refresh_checklist()
        self.checklist_dialog.show()
        self.checklist_dialog.raise_()
        return self.checklist_dialog

    def refresh_checklist(self) -> None:
        """Read the checklist again (a step may have been done meanwhile)."""
        if self.checklist_dialog is not None:
            self.worker.submit(
                self.services.setup_checklist.checklist,
                on_done=self._show_checklist,
                on_error=self._status_error,
            )

    def _show_checklist(self, checklist: Checklist) -> None:
        dialog = self.checklist_dialog
        if dialog is None:
            return
        if checklist.state(SetupStep.BACKUPS) is StepState.TODO and self.backup_folder():
            self.mark(SetupStep.BACKUPS, StepState.DONE)  # this desktop already has its folder
        dialog.show_checklist(checklist)
        if self._automatic and checklist.finished and dialog.isVisible():
            dialog.accept()
            self.window.statusBar().showMessage(
                self.tr("All set: the first-run checklist is complete."), 8000
            )
            self.checklist_finished.emit()

    def mark(self, step: SetupStep, state: StepState) -> None:
        """Mark a step done, skipped, or to do again."""
        service, user = self.services.setup_checklist, self.user

        def done(result: tuple[Checklist, ChangeSet]) -> None:
            self._show_checklist(result[0])

        self.worker.submit(service.mark, user, step, state, on_done=done, on_error=self._checklist_error)

    def open_step(self, step: SetupStep) -> None:
        """Go where a step's work is done."""
        if step is SetupStep.PROFILE:
            self.open_profile()
        elif step is SetupStep.BACKUPS:
            self.choose_backup_folder()
        elif step is SetupStep.STAFF:
            self.open_staff()
        elif self._has_section("products"):
            self.window.show_section("products")
            self.window.activateWindow()
        else:
            self._note(
                self.tr(
                    "Products section: coming. Skip this step for now; it can be reopened from "
                    "Settings → Getting started."
                )
            )

    def _has_section(self, key: str) -> bool:
        try:
            return not isinstance(self.window.section_widget(key), EmptySection)
        except KeyError:
            return False

    def _note(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Getting started"), text,
                          QMessageBox.StandardButton.Ok, self.checklist_dialog or self.window)  # fmt: skip
        self.note = box
        box.open()
        return box

    def choose_backup_folder(self) -> QFileDialog:
        """Ask for the folder this desktop keeps its backups in (the dialog is kept in `folder_dialog`)."""
        dialog = QFileDialog(self.checklist_dialog or self.window, self.tr("Where should backups go?"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if self.backup_folder():
            dialog.setDirectory(str(self.backup_folder()))
        dialog.fileSelected.connect(self.set_backup_folder)
        self.folder_dialog = dialog
        dialog.open()
        return dialog

    def set_backup_folder(self, path: str) -> None:
        """Keep `path` as this desktop's backup folder and mark the step done."""
        if not path:
            return
        self.save_backup_folder(path)
        self.mark(SetupStep.BACKUPS, StepState.DONE)

    # -- the shop profile and the lists ---------------------------------------------------------------
    def open_profile(self) -> None:
        """Read the profile and its logo, then open the form (`profile_dialog`)."""
        service = self.services.shop_profile

        def read() -> tuple[Any, bytes | None]:
            logo = service.logo()
            return service.get(), logo.data if logo is not None else None

        self.worker.submit(
            read, on_done=lambda result: self._profile_arrived(*result), on_error=self._status_error
        )

    def _profile_arrived(self, profile: Any, logo: bytes | None) -> None:
        parent = (
            self.checklist_dialog if self.checklist_dialog and self.checklist_dialog.isVisible() else None
        )
        ctx = self.ctx
        dialog = ShopProfileDialog(profile, logo, ctx.tz, ctx.buddhist_era, parent or self.window)
        dialog.save_requested.connect(lambda data: self._save_profile(dialog, data))
        self.profile_dialog = dialog
        dialog.open()

    def _save_profile(self, dialog: ShopProfileDialog, data: ProfileInput) -> None:
        service, user = self.services.shop_profile, self.user

        def done(result: tuple[Any, ChangeSet]) -> None:
            dialog.accept()
            self.window.statusBar().showMessage(self.tr("Shop profile saved."), 8000)
            self.changed.emit(result[1])
            self.refresh_checklist()

        self.worker.submit(
            service.save, user, data.profile, data.profile.version, data.logo, data.remove_logo,
            on_done=done, on_error=lambda exc: dialog.show_error(error_text(exc)),
        )  # fmt: skip

    def open_lists(self) -> ListsDialog:
        """The lists managers keep (`lists_dialog`)."""
        dialog = ListsDialog(self.worker, self.services.lists, self.user, self.ctx.tz, self.window)
        dialog.changed.connect(self.changed)
        self.lists_dialog = dialog
        dialog.open()
        return dialog

    def open_staff(self) -> StaffDialog:
        """The Staff screen (`staff_dialog`); its saves refresh the sections and the checklist."""
        parent = (
            self.checklist_dialog if self.checklist_dialog and self.checklist_dialog.isVisible() else None
        )
        ctx = self.ctx
        dialog = StaffDialog(
            self.worker, self.services, self.user, ctx.tz, ctx.buddhist_era, parent or self.window
        )
        dialog.changed.connect(self.changed)
        dialog.changed.connect(lambda _changes: self.refresh_checklist())
        self.staff_dialog = dialog
        dialog.open()
        return dialog

    # -- errors --------------------------------------------------------------------------------------
    def _checklist_error(self, error: BaseException) -> None:
        if self.checklist_dialog is not None:
            self.checklist_dialog.show_error(error_text(error))

    def _status_error(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(error_text(error), 10000)
