"""The backup room's door for the main window: File → Back up now…, Restore…, Move to a server… (for
administrators), the daily automatic backup of this desktop, and the status bar's "Last backup" age, which
warns once the newest backup of the database is older than two days.

Backups, restores and moves run on a bulk worker of their own (a DbWorker beside the window's): minutes of
copying never hold up the window's database calls; recording a backup and reading the last one go through
the window's worker as every other database call.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from salesapp import paths
from salesapp.config import AppConfig
from salesapp.domain.backup import BackupResult, LastBackup, backup_file_name, is_overdue, safe_stem
from salesapp.domain.enums import Role
from salesapp.services.backup.backup_service import AutoBackup
from salesapp.services.registry import Services
from salesapp.ui.backup._backup_dialog import BackupDialog
from salesapp.ui.backup._context import BackupContext
from salesapp.ui.backup._labels import age_text
from salesapp.ui.backup._move_dialog import MoveDialog
from salesapp.ui.backup._restore_dialog import RestoreDialog
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.theme import set_property
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.progress_relay import StageRelay

CHECK_EVERY_MS = 10 * 60 * 1000  # the age shown moves on; the daily backup is looked at (due once a day)
FIRST_CHECK_MS = 60 * 1000  # not while the window opens


class BackupStatus(QLabel):
    """ "Last backup: 3 hours ago" in the status bar; red once older than two days, or when there is none."""

    def show_last(self, last: LastBackup | None, now: datetime) -> None:
        """Show the newest backup's age (or that there is none)."""
        if last is None:
            self.setText(self.tr("No backup yet: File → Back up now…"))
        elif is_overdue(last, now):
            self.setText(self.tr("Last backup {0}: back up now").format(age_text(last.at, now)))
        else:
            self.setText(self.tr("Last backup: {0}").format(age_text(last.at, now)))
        overdue = is_overdue(last, now)
        self.setProperty("overdue", overdue)
        set_property(self, "status", "overdue" if overdue else "")
        if last is not None:
            self.setToolTip(last.file)


class BackupActions(QObject):
    """Opens the backup screens of a main window and runs this desktop's automatic backup.

    Signals:
        switch_requested(str, object): use the database at URL (with its server password) from now on.
        auto_backed_up(object): the automatic backup wrote this BackupResult.
    """

    switch_requested = Signal(str, object)
    auto_backed_up = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        view_ctx: ViewContext,
        services: Services,
        get_config: Callable[[], AppConfig],
        update_config: Callable[..., None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.get_config, self.update_config = get_config, update_config
        self.bulk = DbWorker()
        self.ctx = BackupContext(
            self.bulk,
            view_ctx.worker,
            services,
            view_ctx.user,
            view_ctx.tz,
            view_ctx.buddhist_era,
            view_ctx.clock,
        )
        self.is_admin = view_ctx.user.role is Role.ADMIN
        self.dialog: QWidget | None = None
        self.status = BackupStatus()
        self.status.setVisible(self.is_admin)
        self._auto_relay = StageRelay(self)
        self._auto_running = False
        window.statusBar().addPermanentWidget(self.status)
        separator = getattr(window, "backup_separator", None)
        if separator is not None:
            separator.setVisible(self.is_admin)
        for name, slot in (("backup_action", self.back_up_now), ("restore_action", self.restore),
                           ("move_action", self.move)):  # fmt: skip
            action = getattr(window, name, None)
            if action is not None:
                action.setVisible(self.is_admin)
                action.triggered.connect(lambda _=False, s=slot: s())
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(FIRST_CHECK_MS)
        self.refresh_status()

    # -- the screens ----------------------------------------------------------------------------------------
    def _show(self, dialog: QWidget) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        self.dialog = dialog
        dialog.show()

    def back_up_now(self) -> BackupDialog:
        """File → Back up now…"""
        config = self.get_config()
        folder = Path(config.backup_folder).expanduser() if config.backup_folder else self._default_folder()
        path = folder / self.ctx.services.backups.default_file_name()
        dialog = BackupDialog(self.ctx, str(path), config.backup_folder, config.backup_keep, self.window)
        dialog.backed_up.connect(lambda _: self.refresh_status())
        dialog.auto_save_requested.connect(self._save_auto)
        self._show(dialog)
        return dialog

    def restore(self) -> RestoreDialog:
        """File → Restore…"""
        target = paths.default_database_path().with_name(f"restored-{self._stamp()}.sqlite3")
        dialog = RestoreDialog(self.ctx, str(target), self.window)
        dialog.switch_requested.connect(self.switch_requested)
        self._show(dialog)
        return dialog

    def move(self) -> MoveDialog:
        """File → Move to a server… (on the server: Move to a file on this computer…)."""
        url = self.ctx.services.db.url
        stem = url.path.stem if url.path is not None else url.database
        backup = self._default_folder() / backup_file_name(f"{stem}-before-move", self.ctx.clock(), False)
        new_file = paths.default_database_path().with_name(f"{safe_stem(stem)}.sqlite3")
        dialog = MoveDialog(self.ctx, url.is_sqlite, str(backup), str(new_file), self.window)
        dialog.switch_requested.connect(self.switch_requested)
        self._show(dialog)
        return dialog

    def _default_folder(self) -> Path:
        url = self.ctx.services.db.url
        if url.is_sqlite and url.path is not None:
            return url.path.expanduser().parent / "backups"
        return paths.data_dir() / "backups"

    def _stamp(self) -> str:
        return self.ctx.clock().astimezone(self.ctx.tz).strftime("%Y%m%d-%H%M")

    def _save_auto(self, folder: str | None, keep: int) -> None:
        self.update_config(backup_folder=folder, backup_keep=keep)

    # -- the status bar and the automatic backup ------------------------------------------------------------
    def refresh_status(self) -> None:
        """Read the newest backup's record and show its age."""
        self.ctx.worker.submit(
            self.ctx.services.backups.last_backup,
            on_done=lambda last: self.status.show_last(last, self.ctx.clock()),
            on_error=lambda _: None,  # the connection monitor reports a lost server
        )

    def _tick(self) -> None:
        self.timer.setInterval(CHECK_EVERY_MS)
        self.refresh_status()  # the age moves on
        self.check_auto_backup()

    def check_auto_backup(self) -> bool:
        """Start the daily backup when this desktop has a folder for it and none was made today there;
        True when one was started (it decides on the bulk worker whether one is due)."""
        config = self.get_config()
        if not config.backup_folder or self._auto_running:
            return False
        auto = AutoBackup(Path(config.backup_folder).expanduser(), config.backup_keep)
        backups, user, relay = self.ctx.services.backups, self.ctx.user, self._auto_relay
        self._auto_running = True
        self.bulk.submit(
            lambda: backups.auto_back_up(user, auto, relay.report, relay.cancelled),
            on_done=self._auto_done,
            on_error=self._auto_failed,
        )
        return True

    def _auto_done(self, result: BackupResult | None) -> None:
        self._auto_running = False
        if result is None:
            return
        backups, user = self.ctx.services.backups, self.ctx.user
        self.ctx.worker.submit(
            lambda: backups.record(user, result, automatic=True),
            on_done=lambda _: self._auto_recorded(result),
            on_error=self._auto_failed,
        )

    def _auto_recorded(self, result: BackupResult) -> None:
        self.refresh_status()
        self.auto_backed_up.emit(result)

    def _auto_failed(self, error: BaseException) -> None:
        self._auto_running = False
        self.window.statusBar().showMessage(self.tr("The daily backup failed: {0}").format(error_text(error)))

    def stop(self) -> None:
        """Stop the timer, cancel a running automatic backup and end the bulk worker (sign out, quit)."""
        self.timer.stop()
        self._auto_relay.cancel()
        dialog: Any = self.dialog
        if dialog is not None and getattr(dialog, "running", False):
            dialog.reject()  # cancels its task
        self.bulk.stop()
