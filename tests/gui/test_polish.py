"""Issue 18's small faults, each through its widgets: signing out and in again, the role shown once, the
empty opportunity pane, plural count texts, Ctrl+C on a table."""

# ruff: noqa: F811  (the fixtures imported from the other GUI tests are parameters here)
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from salesapp.domain.enums import Role
from salesapp.domain.records import UserRecord
from salesapp.ui.mainwindow.main_window import MainWindow, name_without_role, role_name
from salesapp.ui.shared.i18n import Translations
from tests.gui.test_followup_desk import filled, make_view, worker  # noqa: F401 (fixtures)
from tests.gui.test_startup import _make_database, controller, fast_connect, press_ok  # noqa: F401
from tests.helpers.fixtures import new_pg_database, pg_base_url


def _sign_in(qtbot, controller, password: str = "secret-pass") -> MainWindow:
    qtbot.waitUntil(lambda: controller.sign_in is not None and controller.sign_in.isVisible(), timeout=10_000)
    dialog = controller.sign_in
    dialog.username_edit.setText("admin")
    dialog.password_edit.setText(password)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        press_ok(dialog)
    return shown.args[0]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_sign_out_then_in_again_leaves_no_dead_window_behind(
    qtbot,
    controller,
    tmp_path: Path,
    backend: str,
) -> None:
    if backend == "sqlite":
        url = _make_database(tmp_path / "shop.sqlite3")
    else:
        if pg_base_url() is None:
            pytest.skip("no PostgreSQL server")
        url = new_pg_database()
        services = fast_connect(url)
        services.users.create_first_admin("admin", "Admin Ann", "secret-pass")
        services.close()
    controller.start(url)
    first = _sign_in(qtbot, controller)
    first.sign_out_requested.emit()
    qtbot.waitUntil(lambda: controller.window is None)
    second = _sign_in(qtbot, controller)  # an exception in any slot fails the test (pytest-qt)
    assert second is controller.window and second.isVisible()
    if controller.connection is not None:  # the server's connection state reaches the live window only
        controller.connection.changed.emit(False)
        assert "lost" in second.statusBar().currentMessage()


@pytest.mark.parametrize("code", ["en", "th"])
def test_the_role_is_named_once(qtbot, tmp_path: Path, code: str) -> None:
    """The demo's "คุณมานพ (Manager)" read "Signed in as คุณมานพ (Manager) (Manager)"."""
    app = QApplication.instance()
    translations = Translations(app)
    translations.install(code)
    try:
        user = UserRecord(1, "manager", "คุณมานพ (Manager)", Role.MANAGER, True, 1)
        window = MainWindow(user, "shop.sqlite3", False, tmp_path / "window.ini")
        qtbot.addWidget(window)
        role = role_name(user)
        assert window.user_label.text().count("(") == 1
        assert window.user_label.text().endswith(f"คุณมานพ ({role})")
        other = UserRecord(2, "ann", "Ann (Hanoi)", Role.SALES, True, 1)
        assert name_without_role(other) == "Ann (Hanoi)"
    finally:
        translations.install("en")


def test_count_texts_use_plural_forms(qtbot, filled, worker, clock) -> None:
    view = make_view(qtbot, filled, worker, clock)
    view._show_total(1)
    assert view.list.status.text() == "1 follow-up"
    view._show_total(1234)
    assert view.list.status.text() == "1,234 follow-ups"


def test_ctrl_c_copies_the_selected_rows_with_headers(qtbot, filled, worker, clock) -> None:
    view = make_view(qtbot, filled, worker, clock)
    table = view.list.table
    qtbot.waitUntil(lambda: view.model.record(2) is not None, timeout=10_000)
    table.selectRow(0)
    table.selectionModel().select(
        view.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    QGuiApplication.clipboard().clear()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert lines[0].split("\t") == headers
    expected = [
        [view.model.index(row, c).data() or "" for c in range(view.model.columnCount())] for row in (0, 2)
    ]
    assert [line.split("\t") for line in lines[1:]] == [
        [" ".join(t.split()) for t in row] for row in expected
    ]
