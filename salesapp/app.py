"""Wires the desktop application: paths, configuration, language, fonts, database worker and windows."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from salesapp import __version__, config, paths
from salesapp.db.pg_names import login_url, server_address
from salesapp.domain.records import UserRecord
from salesapp.logbook import start_logging
from salesapp.server_sign_in import carry_login, join_server, sign_in_to_server
from salesapp.services.registry import Services, connect
from salesapp.ui.admin.shop_setup import ShopSetup
from salesapp.ui.backup.backup_actions import BackupActions
from salesapp.ui.catalogue.catalogue_view import CatalogueView
from salesapp.ui.customers.customers_view import CustomersView
from salesapp.ui.followup.followup_view import FollowUpView
from salesapp.ui.followup.reminders import Reminders
from salesapp.ui.mainwindow.empty_section import EmptySection
from salesapp.ui.mainwindow.first_run import FirstRunDialog, SetupRequest
from salesapp.ui.mainwindow.live import ChangeListener, ConnectionMonitor, ConnectionStatus
from salesapp.ui.mainwindow.main_window import SECTIONS, MainWindow
from salesapp.ui.mainwindow.password_dialog import PasswordDialog
from salesapp.ui.mainwindow.sign_in import SignInDialog
from salesapp.ui.mainwindow.single_instance import SingleInstance, bring_to_front
from salesapp.ui.opportunities.opportunities_view import OpportunitiesView
from salesapp.ui.orders.orders_view import OrdersView
from salesapp.ui.settings.settings_view import SettingsView
from salesapp.ui.shared.fonts import apply_app_font, load_fonts
from salesapp.ui.shared.i18n import Translations, error_text, resolve_language, translate
from salesapp.ui.shared.icons import icon
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.theme import apply_theme
from salesapp.ui.shared.unexpected_error import install_error_hook
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.upsell.upsell_view import UpsellView

LiveView = FollowUpView | OrdersView | CustomersView | UpsellView | OpportunitiesView | CatalogueView
"""A section that shows business records and refreshes them from ChangeSets."""


@dataclass
class StartOptions:
    """How the GUI was asked to start."""

    database_url: str | None = None
    demo: bool = False
    smoke_test: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class AppController(QObject):
    """Takes the user from start-up through first run or sign-in to the main window.

    All database calls go through the DbWorker; dialogs only receive plain records and messages.

    Signals:
        main_window_shown(object): the MainWindow after a successful sign-in.
    """

    main_window_shown = Signal(object)

    def __init__(
        self,
        app: QApplication,
        translations: Translations,
        worker: DbWorker | None = None,
        connect_fn: Callable[..., Services] = connect,
    ) -> None:
        super().__init__()
        self.app = app
        self.translations = translations
        self.worker = worker or DbWorker()
        self.connect_fn = connect_fn
        self.config = config.load_config()
        self.services: Services | None = None
        self.user: UserRecord | None = None
        self.window: MainWindow | None = None
        self.first_run: FirstRunDialog | None = None
        self.sign_in: SignInDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self.password: str | None = None
        self.server_url: str | None = None  # the office server (no user): people sign in as themselves
        self.sign_in_password = ""  # in memory for the session: a move to the server makes it the role's
        self.listener: ChangeListener | None = None
        self.monitor: ConnectionMonitor | None = None
        self.connection: ConnectionStatus | None = None
        self.damage: str = ""  # why the local file was found damaged after opening, if it was
        self.reminders: Reminders | None = None
        self.backups: BackupActions | None = None
        self.shop_setup: ShopSetup | None = None

    # -- start ---------------------------------------------------------------------------------------
    def start(self, url: str | None = None) -> None:
        """Open the configured database (or `url`), else ask where the data lives."""
        url = url or self.config.database_url
        if not url:
            self.show_first_run()
            return
        if not url.startswith("sqlite"):
            # Each person signs in to the server as their own login role: nothing is opened before the
            # sign-in, and no server password is kept on this desktop.
            self.server_url = server_address(url)
            self.show_sign_in()
            return
        self.server_url, self.password = None, None
        self.worker.submit(self.connect_fn, url, None, on_done=self._opened, on_error=self._open_failed)

    def _open_failed(self, exc: BaseException) -> None:
        self.show_first_run(error_text(exc))

    def _opened(self, services: Services) -> None:
        self.services = services
        self._check_damage(services)
        self.worker.submit(services.users.needs_setup, on_done=self._after_open)

    def _check_damage(self, services: Services) -> None:
        """Read the whole local file for damage beside the session: seconds on a big file, so not while
        opening (see db/sqlite_file.py); the user signs in meanwhile and is told if it is damaged."""
        self.damage = ""
        if services.db.is_sqlite:
            self.worker.submit_aside(services.check_damage, on_error=self._damaged)

    def _damaged(self, exc: BaseException) -> None:
        self.damage = error_text(exc)
        self._show_damage()

    def _show_damage(self) -> None:
        if not self.damage:
            return
        if self.window is not None and self.window.isVisible():
            self.window.statusBar().showMessage(self.damage)
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                translate("MainWindow", "salesapp"),
                self.damage,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.open()
        elif self.sign_in is not None and self.sign_in.isVisible():
            self.sign_in.show_error(self.damage)
        elif self.first_run is not None and self.first_run.isVisible():
            self.first_run.show_error(self.damage)

    def _after_open(self, needs_setup: bool) -> None:
        if needs_setup:
            self.show_first_run(translate("errors", "This database is new: create its first administrator."))
        else:
            self.show_sign_in()

    # -- first run -----------------------------------------------------------------------------------
    def show_first_run(self, error: str = "") -> None:
        """Show the first-run dialog, with `error` when coming back from a failure."""
        if self.first_run is None:
            self.first_run = FirstRunDialog(str(paths.default_database_path()))
            self.first_run.setup_requested.connect(self._setup)
            self.first_run.rejected.connect(self.app.quit)
        if error:
            self.first_run.show_error(error)
        self.first_run.show()

    def _setup(self, request: SetupRequest) -> None:
        if not request.url.startswith("sqlite") and "@" not in request.url:
            join_server(self, request.url)
            return

        def work() -> tuple[Services | None, UserRecord | None]:
            services = self.connect_fn(request.url, request.password)
            user = None
            if services.users.needs_setup():
                user, _ = services.users.create_first_admin(
                    request.admin_username, request.admin_display_name, request.admin_password
                )
            if services.db.is_sqlite:
                return services, user
            # The owner's (or superuser's) connection made the schema, the roles and the first
            # administrator's login role: it is closed, and its password forgotten.
            services.close()
            if user is None:
                return None, None
            mine = self.connect_fn(login_url(request.url, request.admin_username), request.admin_password)
            return mine, mine.users.signed_in_on_server()

        self.worker.submit(
            work, on_done=lambda result: self._setup_done(request, *result), on_error=self._setup_failed
        )

    def _setup_failed(self, exc: BaseException) -> None:
        assert self.first_run is not None
        self.first_run.show_error(error_text(exc))

    def _setup_done(self, request: SetupRequest, services: Services | None, user: UserRecord | None) -> None:
        self.services = services
        server = not request.url.startswith("sqlite")
        self.server_url = server_address(request.url) if server else None
        self.password = request.admin_password if server else None
        self.sign_in_password = request.admin_password if user is not None else ""
        assert self.first_run is not None
        # Nothing here may stop half-way: the administrator already exists on the server.
        self.config = self.config.with_changes(database_url=self.server_url or request.url)
        try:
            config.save_config(self.config)
        except OSError as exc:
            self.first_run.show_error(error_text(exc))
            return
        self.first_run.hide()
        if services is not None:
            self._check_damage(services)
        if user is not None:
            self.show_main_window(user, first_admin=True)
        else:
            self.show_sign_in()

    # -- sign in -------------------------------------------------------------------------------------
    def show_sign_in(self) -> None:
        """Ask for user name and password."""
        if self.services is not None:
            where = self.services.db.url.display()
        else:
            assert self.server_url is not None
            where = self.server_url.split("//", 1)[1]
        self.sign_in = SignInDialog(where, self.config.last_username)
        self.sign_in.sign_in_requested.connect(self._sign_in)
        self.sign_in.other_database_requested.connect(self._other_database)
        self.sign_in.rejected.connect(self.app.quit)
        self.sign_in.show()
        self._show_damage()

    def _other_database(self) -> None:
        assert self.sign_in is not None
        self.sign_in.hide()
        self.show_first_run()

    def _sign_in(self, username: str, password: str) -> None:
        assert self.sign_in is not None
        dialog = self.sign_in
        if self.server_url is not None and self.services is None:
            sign_in_to_server(self, self.server_url, username, password)
            return
        assert self.services is not None
        self.worker.submit(
            self.services.users.sign_in,
            username,
            password,
            on_done=lambda user: self.signed_in(user, password),
            on_error=lambda exc: dialog.show_error(error_text(exc)),
        )

    def signed_in(self, user: UserRecord, password: str = "") -> None:
        """`user` signed in with `password`: their own password first if they must choose one, then the
        main window."""
        self.sign_in_password = password
        self.config = self.config.with_changes(last_username=user.username)
        config.save_config(self.config)
        if self.sign_in is not None:
            self.sign_in.hide()
        if user.must_change_password:
            self.choose_password(user, password)
        else:
            self.show_main_window(user)

    def choose_password(self, user: UserRecord, password: str) -> PasswordDialog:
        """A first or reset password: its owner chooses their own before the main window opens (Sign out
        goes back to the sign-in)."""
        assert self.services is not None
        dialog = PasswordDialog(self.worker, self.services.users, user, password)
        dialog.password_changed.connect(lambda _user: self._password_now(dialog))
        dialog.password_changed.connect(self.show_main_window)
        dialog.rejected.connect(self._password_not_chosen)
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def _password_now(self, dialog: PasswordDialog) -> None:
        """The server password is the person's own: the change listener reconnects with the new one."""
        self.sign_in_password = dialog.new_edit.text()
        if self.server_url is not None:
            self.password = self.sign_in_password

    def _password_not_chosen(self) -> None:
        if self.sign_in is not None:
            self.sign_in.show()
            self.sign_in.show_error(translate("MainWindow", "Choose your own password to start working."))

    def change_my_password(self) -> PasswordDialog:
        """File → Change my password…"""
        assert self.services is not None and self.user is not None and self.window is not None
        dialog = PasswordDialog(self.worker, self.services.users, self.user, parent=self.window)
        dialog.password_changed.connect(lambda _user: self._password_now(dialog))
        window = self.window
        dialog.password_changed.connect(
            lambda _user: window.statusBar().showMessage(
                translate("MainWindow", "Your password is changed."), 8000
            )
        )
        self.password_dialog = dialog
        dialog.open()
        return dialog

    # -- main window ---------------------------------------------------------------------------------
    def show_main_window(self, user: UserRecord, first_admin: bool = False) -> MainWindow:
        """Build and show the main window for `user` (`first_admin`: just created with a new database, whose
        first-run checklist starts now)."""
        assert self.services is not None
        self.user = user
        url = self.services.db.url
        window = MainWindow(user, url.display(), not url.is_sqlite, paths.config_dir() / "window.ini")
        view_ctx = ViewContext(
            self.worker, user, local_zone(), self.config.buddhist_era, self.services.ctx.clock
        )
        services = self.services
        for key, title, description in SECTIONS:
            if key == "followup":
                self.reminders = Reminders(window)
                self.reminders.activated.connect(lambda: window.show_section("followup"))
                self.reminders.activated.connect(lambda: bring_to_front(window))
                followup = FollowUpView(
                    view_ctx, services.followup_list, services.followups, services.intake, self.reminders
                )
                window.refresh_requested.connect(followup.reload)
                window.add_section(key, translate("MainWindow", title), followup)
            elif key == "orders":
                orders = OrdersView(view_ctx, self.services.order_list, services=self.services)
                window.refresh_requested.connect(orders.reload)
                window.add_section(key, translate("MainWindow", title), orders)
            elif key == "customers":
                customers = CustomersView(view_ctx, self.services)
                window.refresh_requested.connect(customers.reload)
                window.add_section(key, translate("MainWindow", title), customers)
            elif key == "upsell":
                upsell = UpsellView(view_ctx, self.services)
                window.refresh_requested.connect(upsell.reload)
                window.add_section(key, translate("MainWindow", title), upsell)
            elif key == "opportunities":
                opportunities = OpportunitiesView(view_ctx, self.services)
                window.refresh_requested.connect(opportunities.reload)
                window.add_section(key, translate("MainWindow", title), opportunities)
            elif key == "products":
                products = CatalogueView(view_ctx, self.services)
                window.refresh_requested.connect(products.reload)
                window.add_section(key, translate("MainWindow", title), products)
            elif key == "settings":
                settings = SettingsView(self.config.language, self.config.buddhist_era, url.display())
                settings.preferences_save_requested.connect(self._save_preferences)
                settings.add_audit_entry(view_ctx, services.audit_list)
                settings.add_messaging_entry(view_ctx, services)
                window.add_section(key, translate("MainWindow", title), settings)
            else:
                window.add_section(
                    key,
                    translate("MainWindow", title),
                    EmptySection(translate("MainWindow", title), translate("MainWindow", description)),
                )
        window.sign_out_requested.connect(self._sign_out)
        window.change_password_requested.connect(self.change_my_password)
        self.backups = BackupActions(window, view_ctx, services, lambda: self.config, self.update_config)
        self.backups.switch_requested.connect(self.switch_database)
        self.window = window
        live: list[LiveView] = [followup, orders, customers, upsell, opportunities, products]
        # This desktop's own saves refresh the other sections.
        for source in (followup, orders, customers, upsell, opportunities, products):
            for view in live:
                if view is not source:
                    source.changed.connect(view.apply_changes)
        self._listen(window, live)
        # The shop profile, the lists and the first-run checklist: the Shop box in Settings.
        self.shop_setup = ShopSetup(
            window, view_ctx, services, lambda: config.load_config().backup_folder, self._save_backup_folder
        )
        settings.add_box(self.shop_setup.settings_box())
        for view in live:
            self.shop_setup.changed.connect(view.apply_changes)
        window.show()
        self.shop_setup.after_sign_in(first_admin)
        self._show_damage()
        self.main_window_shown.emit(window)
        return window

    def _listen(self, window: MainWindow, views: list[LiveView]) -> None:
        """On a shared server, show other desktops' changes as they happen."""
        assert self.services is not None
        self._stop_listening()
        services = self.services
        listener = ChangeListener(lambda: services.change_feed(self.password), self)
        # Reads and saves go through the worker's own connection: the status bar follows it too.
        monitor = ConnectionMonitor(self.worker, services.check_connection, self)
        status = ConnectionStatus(listener, monitor, self)
        for view in views:
            listener.changed.connect(view.apply_changes)
            status.changed.connect(lambda up, v=view: v.reload() if up else None)
        status.changed.connect(self._show_connection)  # a method: it reaches the window of the moment
        listener.start()
        self.listener, self.monitor, self.connection = listener, monitor, status

    def _show_connection(self, up: bool) -> None:
        """Say in the status bar that the server went away or is back (no window after Sign out)."""
        if self.window is None:
            return
        self.window.statusBar().showMessage(
            translate("MainWindow", "Connection to the server is back.")
            if up
            else translate("MainWindow", "Connection to the server lost: reconnecting…"),
            10_000 if up else 0,
        )

    def _stop_listening(self) -> None:
        if self.connection is not None:
            self.connection.changed.disconnect()  # the window and views it reported to are going
            self.connection = None
        if self.listener is not None:
            self.listener.stop()
        if self.monitor is not None:
            self.monitor.stop()

    def bring_forward(self) -> None:
        """Show the window the user is at (main window, else sign-in, else first run) in front: the app
        was started again while running."""
        for widget in (self.window, self.sign_in, self.first_run):
            if widget is not None and widget.isVisible():
                bring_to_front(widget)
                return

    def _save_preferences(self, language: str | None, buddhist_era: bool) -> None:
        changed = language != self.config.language
        self.config = self.config.with_changes(language=language, buddhist_era=buddhist_era)
        config.save_config(self.config)
        if self.window is not None:
            view = self.window.section_widget("settings")
            assert isinstance(view, SettingsView)
            view.show_saved(changed)

    def _save_backup_folder(self, folder: str) -> None:
        """Keep this desktop's backup folder (read fresh: other settings may have been saved meanwhile)."""
        self.config = config.load_config().with_changes(backup_folder=folder)
        config.save_config(self.config)

    def update_config(self, **changes: object) -> None:
        """Change and save this desktop's settings (the automatic backup's folder, say), read fresh."""
        self.config = config.load_config().with_changes(**changes)
        config.save_config(self.config)

    def switch_database(self, url: str, password: str | None) -> None:
        """Work on the database at `url` from now on (after a move or a restore): sign out, open it, sign
        in again."""
        if not url.startswith("sqlite"):
            carry_login(self, url, password)
            url = server_address(url)  # people sign in as themselves: no server password is kept
        self.update_config(database_url=url)
        self._sign_out()
        if self.sign_in is not None:
            self.sign_in.hide()
        if self.services is not None:
            self.worker.submit(self.services.close)
        self.services = None
        self.start(url)

    def _sign_out(self) -> None:
        self._stop_listening()  # their news went to the window closed below
        if self.backups is not None:
            self.backups.stop()
            self.backups = None
        if self.reminders is not None:
            self.reminders.close()
            self.reminders = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.user, self.sign_in_password = None, ""
        if self.server_url is not None and self.services is not None:
            # The connections were the person's own login role: the next person opens their own. Every
            # thread's goes (the worker's, and any other that read), after the tasks already queued.
            self.worker.submit(self.services.db.close_all)
            self.services, self.password = None, None
        self.show_sign_in()

    def shutdown(self) -> None:
        """Close the database on its own thread and stop the worker."""
        if self.backups is not None:
            self.backups.stop()
        self._stop_listening()
        services = self.services
        self.worker.stop(services.close if services else None)


def local_zone() -> tzinfo:
    """This desktop's time zone."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def create_application(argv: list[str]) -> tuple[QApplication, Translations]:
    """The QApplication with resources, fonts and the configured language installed."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("salesapp")
    app.setOrganizationName("salesapp")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    app.setDesktopFileName("salesapp")  # Wayland and the taskbar match the window to salesapp.desktop
    load_fonts()
    apply_app_font(app)
    apply_theme(app)  # light or dark as the system says, following it when it changes
    translations = Translations(app)
    translations.install(resolve_language(config.load_config().language))
    return app, translations


def run_gui(options: StartOptions) -> int:
    """Start the desktop application; returns the exit code."""
    start_logging()
    app, translations = create_application(sys.argv[:1])
    install_error_hook(app)  # an unexpected error is logged and shown; the windows stay open
    if options.smoke_test:  # never handed over to a running copy: it must work while the app is open
        return _smoke_test(app, AppController(app, translations))
    instance = SingleInstance(parent=app)
    if not instance.claim():
        if sys.stdout is not None:  # a windowed build has no console
            print("salesapp is already running: its window was brought forward.")
        return 0
    controller = AppController(app, translations)
    instance.show_requested.connect(controller.bring_forward)
    url = options.database_url
    if options.demo:
        from salesapp.demo.demo import prepare_demo_database

        controller.worker.submit(
            prepare_demo_database,
            paths.data_dir() / "demo.sqlite3",
            on_done=lambda result: _start_demo(controller, *result),
            on_error=lambda exc: controller.show_first_run(error_text(exc)),
        )
    else:
        controller.start(url)
    code = app.exec()
    instance.close()
    controller.shutdown()
    return code


def _start_demo(controller: AppController, services: Services, user: UserRecord) -> None:
    controller.services = services
    controller.show_main_window(user)


def _smoke_test(app: QApplication, controller: AppController) -> int:
    """Open a temporary database, show the main window, exit 0 (used by the packaging test)."""
    folder = tempfile.mkdtemp(prefix="salesapp-smoke-")
    url = "sqlite:///" + (Path(folder) / "smoke.sqlite3").as_posix()
    outcome = {"code": 1}

    def work() -> tuple[Services, UserRecord]:
        from salesapp.services.admin.users import cheap_hasher

        services = controller.connect_fn(url, None, hasher=cheap_hasher())
        user, _ = services.users.create_first_admin("admin", "Smoke Test", "smoke-test-pw")
        return services, user

    def shown(window: MainWindow) -> None:
        outcome["code"] = 0 if window.isVisible() else 1
        QTimer.singleShot(0, app.quit)

    def failed(exc: BaseException) -> None:
        print(f"smoke test failed: {error_text(exc)}", file=sys.stderr)
        app.quit()

    controller.main_window_shown.connect(shown)
    controller.worker.submit(work, on_done=lambda result: _start_demo(controller, *result), on_error=failed)
    app.exec()
    controller.shutdown()
    shutil.rmtree(folder, ignore_errors=True)
    if outcome["code"] == 0:
        print("smoke test ok")
    return outcome["code"]
