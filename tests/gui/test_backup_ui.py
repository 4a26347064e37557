"""File → Back up now… (progress on the bulk worker, the daily backup's folder), Restore… (the preview, then
a new database), Move to a server…, and the status bar's backup age; screenshots in three languages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from salesapp import config
from salesapp.demo.demo import fill_demo
from salesapp.domain.backup import BackupResult
from salesapp.domain.enums import Role
from salesapp.domain.records import UserRecord
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import Services, connect
from salesapp.ui.backup.backup_actions import BackupActions
from salesapp.ui.mainwindow.main_window import MainWindow
from salesapp.ui.shared.fonts import apply_app_font, load_fonts
from salesapp.ui.shared.i18n import Translations
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from tests.helpers.fixtures import FakeClock, drop_pg_database, new_pg_database, pg_base_url
from tests.helpers.gui import screenshot

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    locale, font = QLocale(), qapp.font()
    load_fonts()
    apply_app_font(qapp)
    installed = Translations(qapp)
    installed.install("en")
    yield installed
    installed.install("en")
    QLocale.setDefault(locale)
    qapp.setFont(font)


@dataclass
class Desk:
    """A main window of an administrator with the backup actions attached, and what is behind it."""

    window: MainWindow
    actions: BackupActions
    services: Services
    worker: DbWorker
    admin: UserRecord
    clock: FakeClock
    url: str


@pytest.fixture
def shop(tmp_path: Path) -> str:
    url = "sqlite:///" + (tmp_path / "shop.sqlite3").as_posix()
    services = connect(url, hasher=cheap_hasher())
    services.users.create_first_admin("admin", "Admin Ann", "secret-pass")
    fill_demo(services.db, customers=60, orders=240, seed=3, now=NOW)
    services.close()
    return url


def _desk(qtbot, url: str, tmp_path: Path, role: Role = Role.ADMIN) -> Desk:
    clock = FakeClock(NOW)
    services = connect(url, clock=clock, hasher=cheap_hasher())
    user = next(u for u in services.users.list_users() if u.role is role)
    services.close()  # the worker opens its own connection
    worker = DbWorker()
    window = MainWindow(user, url, False, tmp_path / "window.ini")
    qtbot.addWidget(window)
    ctx = ViewContext(worker, user, UTC, False, clock)
    holder: dict[str, config.AppConfig] = {"config": config.load_config()}

    def update(**changes: object) -> None:
        holder["config"] = holder["config"].with_changes(**changes)
        config.save_config(holder["config"])

    actions = BackupActions(window, ctx, services, lambda: holder["config"], update)
    window.resize(900, 500)
    window.show()
    return Desk(window, actions, services, worker, user, clock, url)


@pytest.fixture
def desk(qtbot, shop: str, tmp_path: Path) -> Iterator[Desk]:
    made = _desk(qtbot, shop, tmp_path)
    yield made
    _close(made)


def _close(made: Desk) -> None:
    made.actions.stop()
    made.worker.stop(made.services.close)
    made.window.close()


def test_back_up_now_shows_progress_and_records_the_backup(qtbot, desk: Desk, tmp_path: Path) -> None:
    assert desk.window.backup_action.isVisible() and desk.window.move_action.text() == "&Move to a server…"
    qtbot.waitUntil(lambda: "No backup yet" in desk.actions.status.text(), timeout=5_000)
    assert desk.actions.status.property("overdue") is True
    desk.window.backup_action.trigger()
    dialog = desk.actions.dialog
    target = tmp_path / "out" / "shop.salesapp-backup"
    dialog.path_edit.setText(str(target))
    stages: list[str] = []
    dialog.relay.advanced.connect(lambda stage, done, total: stages.append(stage))
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000) as done:
        dialog.start_button.click()
        assert dialog.running and dialog.close_button.text() == "Cancel"  # the GUI thread is free meanwhile
    result: BackupResult = done.args[0]
    assert target.exists() and result.path == str(target) and result.rows > 1000
    assert {"copy", "checksums"} <= set(stages) and dialog.progress.bar.value() == 100
    assert "The backup is written" in dialog.message.text()
    qtbot.waitUntil(lambda: "Last backup: just now" in desk.actions.status.text(), timeout=5_000)
    assert desk.actions.status.property("overdue") is False
    screenshot(dialog, "backup_dialog_en")


def test_cancel_keeps_no_file(qtbot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = desk.actions.back_up_now()
    target = tmp_path / "cancelled.salesapp-backup"
    dialog.path_edit.setText(str(target))
    dialog.relay.cancel()  # Cancel pressed before the first batch: the worker stops there
    monkeypatch.setattr(dialog.relay, "reset", lambda: None)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert "cancelled" in dialog.message.text() and not list(tmp_path.glob("cancelled*"))


def test_daily_backup_folder_and_the_status_age(qtbot, desk: Desk, tmp_path: Path) -> None:
    dialog = desk.actions.back_up_now()
    folder = tmp_path / "daily"
    dialog.folder_edit.setText(str(folder))
    dialog.auto_check.setChecked(True)
    dialog.keep_spin.setValue(2)
    dialog.save_auto_button.click()
    assert "every day" in dialog.auto_message.text()
    assert config.load_config().backup_folder == str(folder) and config.load_config().backup_keep == 2
    dialog.close()
    for _ in range(3):
        with qtbot.waitSignal(desk.actions.auto_backed_up, timeout=20_000):
            assert desk.actions.check_auto_backup()
        desk.clock.advance(days=1, hours=1)
    assert len(list(folder.glob("shop-auto-*.salesapp-backup"))) == 2  # the last two kept
    desk.clock.advance(days=2)
    desk.actions.refresh_status()
    qtbot.waitUntil(lambda: "back up now" in desk.actions.status.text(), timeout=5_000)
    assert desk.actions.status.property("overdue") is True
    screenshot(desk.window.statusBar(), "backup_status_overdue_en")


def test_sales_staff_see_no_backup_menu(qtbot, shop: str, tmp_path: Path) -> None:
    made = _desk(qtbot, shop, tmp_path, Role.SALES)  # the demo's sales staff
    try:
        assert not made.window.backup_action.isVisible() and not made.window.restore_action.isVisible()
        assert not made.actions.status.isVisibleTo(made.window)
    finally:
        _close(made)


def test_restore_shows_the_backup_then_fills_a_new_database(qtbot, desk: Desk, tmp_path: Path) -> None:
    file = tmp_path / "shop.salesapp-backup"
    desk.services.backups.back_up(desk.admin, file)
    desk.window.restore_action.trigger()
    dialog = desk.actions.dialog
    assert not dialog.preview.isVisible() and not dialog.restore_button.isEnabled()
    dialog.file_edit.setText(str(file))
    dialog.read_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
    assert "60 customers · 240 orders" in dialog.headline.text()
    assert "schema version" in dialog.facts.text() and dialog.tables.rowCount() >= 25
    target = tmp_path / "restored.sqlite3"
    dialog.target_edit.setText(str(target))
    screenshot(dialog, "restore_preview_en")
    with qtbot.waitSignal(dialog.restored, timeout=20_000) as done:
        dialog.restore_button.click()
    assert done.args[0].rows > 1000 and target.exists()
    assert "checked against the backup" in dialog.message.text()
    check = connect("sqlite:///" + target.as_posix(), hasher=cheap_hasher())
    assert check.db.pw.execute_sql("SELECT COUNT(*) FROM orders").fetchone()[0] == 240
    check.close()
    # Restoring again into the same (now full) file is refused, and nothing changes there.
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert "already holds data" in dialog.message.text()


def test_a_damaged_backup_is_refused_before_the_preview(qtbot, desk: Desk, tmp_path: Path) -> None:
    file = tmp_path / "cut.salesapp-backup"
    desk.services.backups.back_up(desk.admin, file)
    file.write_bytes(file.read_bytes()[:20_000])
    dialog = desk.actions.restore()
    dialog.file_edit.setText(str(file))
    dialog.read_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert "damaged" in dialog.message.text() and dialog.summary is None
    assert not dialog.restore_button.isEnabled()
    screenshot(dialog, "restore_damaged_en")


def test_move_to_a_server_with_the_first_run_form(qtbot, desk: Desk) -> None:
    if pg_base_url() is None:
        pytest.skip("SALESAPP_TEST_PG_URL not set")
    url = new_pg_database()
    try:
        dialog = desk.actions.move()
        assert dialog.server_form.isVisible() and dialog.server_form.port_spin.value() == 5432
        dialog.move_button.click()
        assert "server, the database and the user" in dialog.message.text()  # the first run's own check
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        form = dialog.server_form
        form.host_edit.setText(parts.hostname or "")
        form.port_spin.setValue(parts.port or 5432)
        form.database_edit.setText(parts.path.strip("/"))
        form.user_edit.setText(parts.username or "")
        form.password_edit.setText(parts.password or "")
        dialog.message.clear_message()
        dialog.adjustSize()
        screenshot(dialog, "move_to_server_en")
        with qtbot.waitSignal(dialog.switch_requested, timeout=30_000) as switched:
            dialog.move_button.click()
        moved_url, password = switched.args
        assert moved_url.startswith("postgresql://") and "@" in moved_url and password == parts.password
        server = connect(moved_url, password, hasher=cheap_hasher())
        assert server.db.pw.execute_sql("SELECT COUNT(*) FROM orders").fetchone()[0] == 240
        assert server.users.sign_in("admin", "secret-pass").role is Role.ADMIN
        server.close()
        assert list(Path(dialog.backup_path).parent.glob("*.salesapp-backup"))  # the safety copy
    finally:
        drop_pg_database(url)


@pytest.mark.parametrize("language", ["th", "vi"])
def test_backup_screens_in_thai_and_vietnamese(
    qtbot, desk: Desk, translations: Translations, tmp_path: Path, language: str
) -> None:
    translations.install(language)
    dialog = desk.actions.back_up_now()
    dialog.path_edit.setText(str(tmp_path / "shop.salesapp-backup"))
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000):
        dialog.start()
    screenshot(dialog, f"backup_dialog_{language}")
    dialog.close()
    restore = desk.actions.restore()
    restore.file_edit.setText(str(tmp_path / "shop.salesapp-backup"))
    restore.read()
    qtbot.waitUntil(lambda: restore.summary is not None, timeout=10_000)
    screenshot(restore, f"restore_preview_{language}")
    restore.close()
    move = desk.actions.move()
    screenshot(move, f"move_to_server_{language}")
    move.close()
    desk.clock.advance(days=3)
    desk.actions.refresh_status()
    qtbot.waitUntil(lambda: desk.actions.status.property("overdue") is True, timeout=5_000)
    screenshot(desk.window.statusBar(), f"backup_status_overdue_{language}")


def test_the_app_wires_the_menu_and_switches_to_a_restored_database(qtbot, shop: str, tmp_path: Path) -> None:
    from salesapp.app import AppController
    from salesapp.services.backup.restore_service import restore_backup
    from tests.gui.test_startup import fast_connect

    app = QApplication.instance()
    translations = Translations(app)
    translations.install("en")
    controller = AppController(app, translations, connect_fn=fast_connect)
    try:
        controller.services = fast_connect(shop)
        window = controller.show_main_window(controller.services.users.sign_in("admin", "secret-pass"))
        assert controller.backups is not None and window.backup_action.isVisible()
        file = tmp_path / "shop.salesapp-backup"
        controller.services.backups.back_up(controller.user, file)
        restored = "sqlite:///" + (tmp_path / "restored.sqlite3").as_posix()
        restore_backup(file, restored)
        # The sections finish their first loads (a sign-out while the customers list still loads trips
        # over its deleted table in ui/customers: not this room's to fix).
        qtbot.waitUntil(lambda: not controller.worker.busy, timeout=10_000)
        controller.switch_database(restored, None)
        qtbot.waitUntil(
            lambda: controller.sign_in is not None and controller.sign_in.isVisible(), timeout=10_000
        )
        assert config.load_config().database_url == restored and controller.window is None
        assert controller.backups is None  # stopped with the window it served
        assert "restored.sqlite3" in controller.sign_in.windowTitle() + str(
            controller.services.db.url.display()
        )
    finally:
        for widget in (controller.window, controller.first_run, controller.sign_in):
            if widget is not None:
                widget.close()
        controller.shutdown()
