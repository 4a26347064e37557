"""Sign-in lockout through the windows (issue 14): wrong passwords typed in the sign-in window make the
next try wait, then lock the user name, and the window says how long and that an administrator can
unlock, keeping the user name typed; the administrator unlocks in the Staff screen; then the right
password signs in. Screenshots of the refusal and of the Staff screen in English, Thai and Vietnamese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from salesapp.app import AppController
from salesapp.db import models as m
from salesapp.domain.enums import Action, Role
from salesapp.domain.errors import AuthError
from salesapp.services.admin.sign_in_guard import LOCK_AFTER, wait_after
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import connect
from salesapp.ui.admin.staff_dialog import StaffDialog
from salesapp.ui.mainwindow.sign_in import SignInDialog
from salesapp.ui.shared.i18n import Translations
from tests.gui.test_catalogue_view import click
from tests.gui.test_shop_setup import settle
from tests.gui.test_staff_screen import _assert_fits, row_of
from tests.gui.test_startup import press_ok
from tests.helpers.fixtures import FakeClock
from tests.helpers.gui import screenshot


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def url(tmp_path: Path, clock: FakeClock) -> str:
    """A shop with its administrator and Somsri (who has chosen her own password)."""
    url = "sqlite:///" + (tmp_path / "shop.sqlite3").as_posix()
    services = connect(url, clock=clock, hasher=cheap_hasher())
    admin, _ = services.users.create_first_admin("admin", "Admin Ann", "secret-pass")
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี ใจดี", Role.SALES, "first-pass")
    services.users.change_password(somsri, "first-pass", "somsri-own-1")
    services.close()
    return url


@pytest.fixture
def controller(qtbot, language, clock: FakeClock) -> Iterator[AppController]:
    app = QApplication.instance()

    def connect_now(url: str, password: str | None = None, **kwargs: object):  # the test's clock
        return connect(url, password, clock=clock, hasher=cheap_hasher())

    ctl = AppController(app, Translations(app), connect_fn=connect_now)
    yield ctl
    for widget in (ctl.window, ctl.first_run, ctl.sign_in, ctl.password_dialog):
        if widget is not None:
            widget.close()
    ctl.shutdown()


def sign_in_window(qtbot, controller: AppController) -> SignInDialog:
    qtbot.waitUntil(lambda: controller.sign_in is not None and controller.sign_in.isVisible(), timeout=10_000)
    assert controller.sign_in is not None
    return controller.sign_in


def try_password(qtbot, dialog: SignInDialog, password: str) -> str:
    """Type `password` (the user name stays as typed) and press Sign in; the message shown."""
    dialog.password_edit.setText(password)
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() and dialog.message.isVisible(), timeout=10_000)
    return dialog.message.text()


def test_locked_after_wrong_passwords_then_unlocked_by_an_administrator(
    qtbot, controller: AppController, url: str, clock: FakeClock
) -> None:
    controller.start(url)
    dialog = sign_in_window(qtbot, controller)
    dialog.username_edit.setText("somsri")
    for n in range(LOCK_AFTER):
        assert try_password(qtbot, dialog, f"wrong-pass-{n}") == "Wrong user name or password."
        wait = wait_after(n + 1)
        if wait is not None and n + 1 < LOCK_AFTER:
            # Even the right password is refused until the wait is over; the window says how long.
            text = try_password(qtbot, dialog, "somsri-own-1")
            assert f"wait {int(wait.total_seconds())} seconds" in text and "administrator can unlock" in text
            clock.advance(seconds=wait.total_seconds())
    text = try_password(qtbot, dialog, "somsri-own-1")
    assert "is locked after 10 wrong passwords in a row" in text and "(in about 15 min)" in text
    assert "ask an administrator to unlock it" in text
    assert dialog.username_edit.text() == "somsri" and dialog.password_edit.text() == ""
    assert controller.window is None

    # The administrator signs in at the same desktop and unlocks Somsri in the Staff screen.
    dialog.username_edit.setText("admin")
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        dialog.password_edit.setText("secret-pass")
        press_ok(dialog)
    window = shown.args[0]
    window.resize(1280, 720)
    settle(qtbot, controller)
    assert controller.shop_setup is not None
    staff = controller.shop_setup.open_staff()
    qtbot.waitUntil(lambda: len(staff.rows) == 2, timeout=10_000)
    locked = row_of(staff, "somsri")
    assert locked.sign_in_locked_until is not None
    somsri_line = staff.rows.index(locked)
    until = locked.sign_in_locked_until.astimezone().strftime("%H:%M")
    assert staff.table.item(somsri_line, StaffDialog.STATE).text() == f"Locked until {until}"
    assert until in text  # the sign-in window said the same time
    staff.select_user("admin")
    assert not staff.unlock_button.isEnabled()
    staff.select_user("somsri")
    assert staff.unlock_button.isEnabled()
    with qtbot.waitSignal(staff.changed, timeout=10_000):
        click(qtbot, staff.unlock_button)
    qtbot.waitUntil(lambda: row_of(staff, "somsri").sign_in_locked_until is None, timeout=10_000)
    assert staff.message.text() == "สมศรี ใจดี can sign in again."
    assert staff.table.item(somsri_line, StaffDialog.STATE).text() == "Enabled"
    assert not staff.unlock_button.isEnabled()
    staff.close()

    def unlocked_by() -> tuple[str, int | None]:
        row = m.Activity.select().order_by(m.Activity.id.desc()).first()
        return row.action, row.user_id

    done: list[tuple[str, int | None]] = []
    controller.worker.submit(unlocked_by, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done[0] == (Action.UNLOCKED.value, controller.user.id)

    # Signed out, Somsri's right password signs her in at once.
    window.sign_out_requested.emit()
    dialog = sign_in_window(qtbot, controller)
    dialog.username_edit.setText("somsri")
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        dialog.password_edit.setText("somsri-own-1")
        press_ok(dialog)
    assert controller.user is not None and controller.user.username == "somsri"


@pytest.mark.parametrize("language", ["en", "th", "vi"], indirect=True)
def test_screenshots(qtbot, controller: AppController, language: str, url: str, clock: FakeClock) -> None:
    services = connect(url, clock=clock, hasher=cheap_hasher())
    for n in range(LOCK_AFTER):
        with pytest.raises(AuthError):
            services.users.sign_in("somsri", "wrong-pass")
        wait = wait_after(n + 1)
        if wait is not None and n + 1 < LOCK_AFTER:
            clock.advance(seconds=wait.total_seconds())
    services.close()
    controller.start(url)
    dialog = sign_in_window(qtbot, controller)
    dialog.username_edit.setText("somsri")
    text = try_password(qtbot, dialog, "somsri-own-1")
    assert "15" in text and "→" in text
    settle(qtbot, controller)
    _assert_fits(dialog)
    assert dialog.message.height() >= dialog.message.heightForWidth(dialog.message.width())  # not cut
    screenshot(dialog, f"sign_in_locked_{language}")

    dialog.username_edit.setText("admin")
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        dialog.password_edit.setText("secret-pass")
        press_ok(dialog)
    shown.args[0].resize(1280, 720)
    settle(qtbot, controller)
    assert controller.shop_setup is not None
    staff = controller.shop_setup.open_staff()
    qtbot.waitUntil(lambda: len(staff.rows) == 2, timeout=10_000)
    staff.select_user("somsri")
    assert staff.unlock_button.isEnabled()
    settle(qtbot, controller)
    _assert_fits(staff)
    screenshot(staff, f"staff_locked_{language}")
    staff.close()
