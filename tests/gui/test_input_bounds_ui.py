"""Bounded input through the widgets: a note over the maximum is refused with the message and stays in the
editor; a follow-up whose note is at the maximum opens at once; a big photo is stored scaled down as JPEG,
a damaged picture is refused before Qt reads it. On SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

from salesapp.db import models as m
from salesapp.demo.demo import DEMO_PASSWORD, fill_demo
from salesapp.domain.errors import ValidationError
from salesapp.domain.images import image_size
from salesapp.domain.limits import IMAGE_MAX_SIDE, NOTE_CHARS
from salesapp.services.registry import Services
from salesapp.ui.followup.followup_view import FollowUpView
from salesapp.ui.followup.reminders import Reminders
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.image_thumbs import prepare_photo
from tests.helpers.gui import screenshot
from tests.helpers.images import PNG_GARBAGE
from tests.helpers.people import manager_of

BANGKOK = ZoneInfo("Asia/Bangkok")
WORDS = "ลูกค้าโทรมาถามเรื่องเซรั่ม,Khách-hỏi-giao-hàng🙏"  # Thai, Vietnamese and an emoji; no space to trim


@pytest.fixture
def worker(services: Services):
    w = DbWorker()
    yield w
    w.stop(services.close)  # the worker thread's own connection


@pytest.fixture
def desk(qtbot, services: Services, worker, clock) -> FollowUpView:
    fill_demo(services.db, customers=6, orders=30, seed=7, now=clock())
    user = services.users.sign_in("manager", DEMO_PASSWORD)
    view = FollowUpView(
        ViewContext(worker, user, BANGKOK, False, clock), services.followup_list, services.followups,
        services.intake, Reminders(),
    )  # fmt: skip
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.model._ids is not None, timeout=10_000)
    return view


def _open_followups() -> list[int]:
    return [
        r[0]
        for r in m.FollowUp.select(m.FollowUp.id).where(~m.FollowUp.closed).order_by(m.FollowUp.id).tuples()
    ]


def _open(qtbot, view: FollowUpView, followup_id: int) -> None:
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        view.open_followup(followup_id)


def _note(length: int) -> str:
    """A note of exactly `length` characters, in lines as people write them."""
    words = (WORDS * (length // len(WORDS) + 1))[:length]
    text = "\n".join(words[i : i + 120] for i in range(0, length, 120))[:length]
    assert len(text) == length and text == text.strip()
    return text


def test_too_long_note_stays_in_the_editor_with_the_message(qtbot, desk: FollowUpView, services) -> None:
    followup_id = _open_followups()[0]
    _open(qtbot, desk, followup_id)
    pane = desk.pane
    before = m.FollowUpNote.select().where(m.FollowUpNote.followup == followup_id).count()
    text = _note(NOTE_CHARS + 1)
    pane.editor.setPlainText(text)
    with qtbot.waitSignal(desk.save_failed, timeout=10_000) as failed:
        qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    message = "A note can be at most 10,000 characters; this one has 10,001."
    assert failed.args == [message] and pane.message.text() == message and pane.message.isVisible()
    assert pane.editor.toPlainText() == text and pane.save_button.isEnabled()
    assert m.FollowUpNote.select().where(m.FollowUpNote.followup == followup_id).count() == before
    screenshot(desk, "followup_note_too_long_en")
    # Cut to the maximum, the same note is saved.
    pane.editor.setPlainText(text[:NOTE_CHARS])
    with qtbot.waitSignal(desk.saved, timeout=10_000):
        qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert services.followups.notes(manager_of(services), followup_id)[-1].text == text[:NOTE_CHARS].strip()


def test_a_note_at_the_maximum_opens_at_once(qtbot, desk: FollowUpView, services, clock) -> None:
    followup_id = _open_followups()[1]
    manager = services.users.sign_in("manager", DEMO_PASSWORD)
    row = services.followups.row(manager, followup_id)
    services.followups.add_note(manager, followup_id, row.version, _note(NOTE_CHARS))
    activity = m.Activity.select().where(m.Activity.entity == "followup").order_by(m.Activity.id.desc()).get()
    assert len(activity.summary) <= 300  # the activity row keeps a preview, never the whole note
    detail = services.followups.detail(manager, followup_id)
    timings = []
    for _ in range(3):  # the first load also builds fonts and layouts: the later ones are what users wait
        desk.pane.load(None)
        started = time.perf_counter()
        desk.pane.load(detail)
        desk.pane.repaint()
        timings.append(time.perf_counter() - started)
    assert min(timings) < 0.25, timings  # ~15 ms on a developer's machine; CI machines are slower
    assert len(desk.pane.notes.toPlainText()) > NOTE_CHARS


def _photo(width: int, height: int, fmt: str, alpha: bool = False) -> bytes:
    image = QImage(width, height, QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0, 0) if alpha else QColor("#ffffff"))
    painter = QPainter(image)
    gradient = QLinearGradient(QPoint(0, 0), QPoint(width, height))
    gradient.setColorAt(0, QColor("#e91e63"))
    gradient.setColorAt(1, QColor(33, 150, 243, 128 if alpha else 255))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt, 95 if fmt == "JPEG" else -1)
    return bytes(buffer.data().data())


def test_photos_are_stored_scaled_and_damaged_pictures_refused(qtbot) -> None:
    big = _photo(4000, 3000, "JPEG")
    data, name = prepare_photo(big, "IMG_0001.JPG")
    assert image_size(data) == (IMAGE_MAX_SIDE, 1920) and name == "IMG_0001.jpg" and len(data) < len(big)
    screenshot_png = _photo(3000, 5000, "PNG", alpha=True)
    data, name = prepare_photo(screenshot_png, "screen.png")
    assert (
        data.startswith(b"\xff\xd8") and image_size(data) == (1536, IMAGE_MAX_SIDE) and name == "screen.jpg"
    )
    small = _photo(800, 600, "PNG")
    assert prepare_photo(small, "slip.png") == (small, "slip.png")  # small pictures are kept as they are
    for bad, name in ((PNG_GARBAGE, "garbage.png"), (big[: len(big) // 2], "cut.jpg")):
        with pytest.raises(ValidationError) as err:
            prepare_photo(bad, name)
        assert err.value.message == f"“{name}” is damaged or incomplete: it cannot be shown as a picture."
