"""The server restarts while a note is being written: the note stays in the editor, Save offers to retry,
the status bar says the connection is lost and then back (the session's own connection, not only the change
feed), and the retry saves it; no restart of the app."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from salesapp.app import AppController
from salesapp.demo.demo import DEMO_PASSWORD
from salesapp.services.admin.users import cheap_hasher
from salesapp.services.registry import connect
from salesapp.ui.followup.followup_view import FollowUpView
from salesapp.ui.shared.i18n import Translations
from tests.faults.conftest import PgServer
from tests.faults.test_reconnect import filled_database
from tests.helpers.gui import screenshot, type_text

NOTE = "ลูกค้าขอให้โทรกลับพรุ่งนี้ก่อนเที่ยง — khách hẹn gọi lại"


def fast_connect(url, password=None, **kwargs):
    return connect(url, password, hasher=cheap_hasher())


@pytest.fixture
def controller(qtbot):
    app = QApplication.instance()
    translations = Translations(app)
    translations.install("en")
    ctl = AppController(app, translations, connect_fn=fast_connect)
    yield ctl
    for widget in (ctl.window, ctl.first_run, ctl.sign_in):
        if widget is not None:
            widget.close()
    ctl.shutdown()


def test_note_typed_while_the_server_is_down_is_kept_and_saved_after(qtbot, controller, own_pg: PgServer):
    url, services = filled_database(own_pg)
    services.close()
    controller.start(url)
    qtbot.waitUntil(lambda: controller.sign_in is not None and controller.sign_in.isVisible(), timeout=10_000)
    controller.sign_in.username_edit.setText("manager")
    controller.sign_in.password_edit.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        controller.sign_in.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    window = controller.window
    bar = window.statusBar()
    view = window.section_widget("followup")
    assert isinstance(view, FollowUpView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.model.record(0) is not None, timeout=10_000)
    rect = view.list.table.visualRect(view.model.index(0, 2))
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        qtbot.mouseClick(view.list.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pane = view.pane
    followup_id = pane.record.row.id
    type_text(pane.editor, NOTE)

    own_pg.stop()
    try:
        with qtbot.waitSignal(view.save_failed, timeout=10_000) as failed:
            qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
        assert "was lost" in failed.args[0]
        assert pane.editor.toPlainText() == NOTE  # nothing typed is lost
        assert pane.message.isVisible() and "try again" in pane.message.text()
        assert pane.save_button.text() == "Retry saving" and pane.save_button.isEnabled()
        qtbot.waitUntil(lambda: "lost" in bar.currentMessage(), timeout=10_000)
        screenshot(window, "reconnect_lost_en")
    finally:
        own_pg.start()
    # Back by itself: the status bar says so once the session's own connection answers again.
    qtbot.waitUntil(lambda: "is back" in bar.currentMessage(), timeout=15_000)
    assert controller.monitor is not None and controller.monitor.is_up
    with qtbot.waitSignal(view.saved, timeout=10_000) as saved:
        qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].id == followup_id and saved.args[0].last_note == NOTE
    assert pane.editor.toPlainText() == "" and pane.save_button.text() == "Save note"
    with psycopg.connect(url) as conn:  # not through the models: they are bound to the app's database
        rows = conn.execute("SELECT text FROM followup_notes WHERE followup_id = %s", (followup_id,))
        texts = [r[0] for r in rows]
    assert texts.count(NOTE) == 1


def test_status_stays_lost_until_the_sessions_own_connection_answers(qtbot) -> None:
    """The change feed reconnecting alone (it did in 0.3 s) must not clear the warning while saves fail."""
    from salesapp.domain.errors import ConnectionLost
    from salesapp.ui.mainwindow.live import ChangeListener, ConnectionMonitor, ConnectionStatus
    from salesapp.ui.shared.tasks import DbWorker

    server = {"up": False}

    def probe() -> None:
        if not server["up"]:
            raise ConnectionLost("lost")

    worker = DbWorker()
    listener = ChangeListener(lambda: None)
    monitor = ConnectionMonitor(worker, probe)
    status = ConnectionStatus(listener, monitor)
    seen: list[bool] = []
    status.changed.connect(seen.append)
    try:
        with qtbot.waitSignal(status.changed, timeout=5_000):
            listener.connection_changed.emit(False)  # the feed dropped: the session's link is probed too
        listener.connection_changed.emit(True)  # the feed is back, the session's link is not
        qtbot.waitUntil(lambda: not monitor.is_up, timeout=5_000)
        qtbot.wait(300)
        assert seen == [False] and not status.is_up
        server["up"] = True
        with qtbot.waitSignal(status.changed, timeout=5_000, check_params_cb=lambda up: up):
            pass  # the next probe (back-off 0.5 s) gets through
        assert seen == [False, True] and monitor.is_up
    finally:
        monitor.stop()
        worker.stop()
