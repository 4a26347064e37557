"""The upsell section through its widgets, continued: deleting a note (own note, with a confirmation; a
colleague's note cannot be deleted by sales staff; a note deleted elsewhere is refused with the service's
message), editing a case's upsell tags (completed from the tags seen, stale save refused with the text
kept, TAGGED/UNTAGGED in the history, the tags column of the list), and a manager filtering the queue by
one staff member. On SQLite (the services are covered on both backends by their own tests).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from salesapp.db import models as m
from salesapp.domain.upsell import UpsellStatus
from salesapp.services.upsell.upsell_list import UpsellFilter
from tests.gui import test_upsell_view as base
from tests.gui.test_upsell_view import (
    click_and_wait,
    click_row,
    make_view,
    screenshot,
    show,
    tab_text,
    wait_list,
)
from tests.helpers.gui import type_text
from tests.helpers.people import manager_of

S = UpsellStatus
shop, worker = base.shop, base.worker  # the fixtures of the upsell view's tests
TAGS_COLUMN = 11


def history_whats(pane) -> list[str]:
    return [pane.history.topLevelItem(i).text(2) for i in range(pane.history.topLevelItemCount())]


def answer(qtbot, view, button: QMessageBox.StandardButton, wait: bool = True) -> None:
    box = view.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    if wait:
        with qtbot.waitSignal(view.saved, timeout=10_000):
            box.button(button).click()
    else:
        box.button(button).click()


def test_delete_notes_own_only_for_sales_any_for_managers(qtbot, shop, worker, clock) -> None:
    services, users, _ = shop
    somsri, boss = users["somsri"], users["boss"]
    ids, _ = services.upsell.request_work(somsri)
    boss_note, _ = services.upsell.add_note(boss, ids[0], "หัวหน้า: ลูกค้าคนนี้ชอบของแถม")
    view = make_view(qtbot, services, somsri, clock, worker)
    show(qtbot, view, S.ASSIGNED)
    click_row(qtbot, view, 0)
    pane = view.pane
    assert pane.detail.case.id == ids[0]
    pane.tabs.setCurrentIndex(1)
    notes = pane.notes
    type_text(notes.editor, "ลูกค้าขอให้โทรหลังหกโมงเย็น")
    click_and_wait(qtbot, view, notes.save_button)
    qtbot.waitUntil(lambda: len(notes.cards) == 2, timeout=5000)
    mine, theirs = notes.cards
    assert mine.note.author == "สมศรี ขายเก่ง" and theirs.note.id == boss_note.id

    # Her own note may be deleted; the manager's may not (button and context menu both disabled).
    assert mine.delete_button.isEnabled() and not theirs.delete_button.isEnabled()
    assert theirs.delete_button.toolTip() == "Only the note's author or a manager can delete it."
    theirs.customContextMenuRequested.emit(QPoint(10, 10))
    menu = theirs.menu
    assert menu is not None and menu.isVisible()
    assert [(a.text(), a.isEnabled()) for a in menu.actions()] == [
        ("Pin to top", True),
        ("Delete note…", False),
    ]
    menu.close()
    screenshot(pane, "upsell_note_delete_en")

    # Delete asks first: No keeps the note; Yes deletes it and the history says so.
    qtbot.mouseClick(mine.delete_button, Qt.MouseButton.LeftButton)
    box = view.dialog
    assert isinstance(box, QMessageBox) and "สมศรี ขายเก่ง" in box.text()
    assert "ลูกค้าขอให้โทรหลังหกโมงเย็น" in box.informativeText()
    answer(qtbot, view, QMessageBox.StandardButton.No, wait=False)
    assert len(notes.cards) == 2 and m.UpsellNote.get_by_id(mine.note.id).deleted_at is None
    qtbot.mouseClick(mine.delete_button, Qt.MouseButton.LeftButton)
    answer(qtbot, view, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: len(notes.cards) == 1, timeout=5000)
    assert notes.cards[0].note.id == boss_note.id and pane.message.text() == "Note deleted."
    assert m.UpsellNote.get_by_id(mine.note.id).deleted_at is not None
    assert "Note deleted" in history_whats(pane)

    # A note the manager deletes on another desktop meanwhile: her Delete is refused with the reason.
    type_text(notes.editor, "Gọi lại lúc 3 giờ")
    click_and_wait(qtbot, view, notes.save_button)
    qtbot.waitUntil(lambda: len(notes.cards) == 2, timeout=5000)
    second = notes.cards[0]
    services.upsell.delete_note(boss, second.note.id)
    qtbot.mouseClick(second.delete_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.save_failed, timeout=10_000):
        view.dialog.button(QMessageBox.StandardButton.Yes).click()
    assert pane.message.text() == "This note no longer exists: it was deleted on another desktop."

    # The manager may delete anyone's note, here from the note's context menu.
    manager = make_view(qtbot, services, boss, clock, worker)
    with qtbot.waitSignal(manager.case_shown, timeout=10_000):
        manager.open_case(ids[0])
    manager.pane.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(manager.pane.notes.cards) == 1, timeout=5000)
    card = manager.pane.notes.cards[0]
    assert card.delete_button.isEnabled()
    card.customContextMenuRequested.emit(QPoint(10, 10))
    delete = card.menu.actions()[1]
    assert delete.isEnabled()
    delete.trigger()
    answer(qtbot, manager, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not manager.pane.notes.cards, timeout=5000)
    assert m.UpsellNote.get_by_id(boss_note.id).deleted_at is not None
    assert manager.pane.notes.empty.isVisible()


def test_edit_case_tags_completer_stale_and_history(qtbot, shop, worker, clock) -> None:
    services, users, _ = shop
    somsri = users["somsri"]
    view = make_view(qtbot, services, somsri, clock, worker)
    # On a pending case nobody holds, sales staff cannot tag.
    click_row(qtbot, view, 0)
    editor = view.pane.tags_editor
    assert not editor.isEnabled()
    with qtbot.waitSignal(view.case_shown, timeout=10_000):
        qtbot.mouseClick(view.request_button, Qt.MouseButton.LeftButton)
    wait_list(qtbot, view)
    pane = view.pane
    first = pane.detail.case
    assert editor.isEnabled() and editor.edit.text() == ""

    type_text(editor.edit, "VIP, โทรตอนเย็น")
    assert editor.is_dirty()
    click_and_wait(qtbot, view, editor.save_button)
    assert set(pane.detail.case.tags) == {"VIP", "โทรตอนเย็น"} and not editor.is_dirty()
    assert set(editor.edit.text().split(", ")) == {"VIP", "โทรตอนเย็น"}
    assert m.UpsellCase.get_by_id(first.id).tags == "VIP,โทรตอนเย็น"
    assert view.model.headerData(TAGS_COLUMN, Qt.Orientation.Horizontal) == "Tags"
    qtbot.waitUntil(
        lambda: set(view.model.index(0, TAGS_COLUMN).data().split(", ")) == {"VIP", "โทรตอนเย็น"},
        timeout=5000,
    )
    pane.tabs.setCurrentIndex(2)
    assert "Tag added" in history_whats(pane)
    assert "VIP, โทรตอนเย็น" in pane.history.topLevelItem(0).text(3)

    # The next case: the tag typed is completed from the tags seen (Down, Enter in the list).
    click_row(qtbot, view, 1)
    second = pane.detail.case
    assert second.id != first.id and editor.edit.text() == ""
    type_text(editor.edit, "โทร")
    popup = editor.completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible(), timeout=3000)
    assert editor.completer.currentCompletion() == "โทรตอนเย็น"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.edit.text() == "โทรตอนเย็น" and not popup.isVisible()

    # Another desktop tags the case first: this save is refused as stale and the text typed stays.
    type_text(editor.edit, ", ด่วนมาก")
    services.upsell.set_tags(users["boss"], second.id, second.version, ["ส่งด่วน"])
    with qtbot.waitSignal(view.save_failed, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "changed by" in pane.message.text()
    qtbot.waitUntil(lambda: pane.detail.case.version > second.version, timeout=5000)
    assert pane.detail.case.tags == ("ส่งด่วน",)
    assert editor.edit.text() == "โทรตอนเย็น, ด่วนมาก" and editor.isEnabled()
    screenshot(pane, "upsell_tags_stale_en")
    # Saved again on the fresh case: ส่งด่วน removed, two added.
    with qtbot.waitSignal(view.saved, timeout=10_000):
        editor.edit.setFocus()
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert set(pane.detail.case.tags) == {"โทรตอนเย็น", "ด่วนมาก"}
    pane.tabs.setCurrentIndex(2)
    whats = history_whats(pane)
    assert whats.count("Tag added") == 2 and "Tag removed" in whats
    removed = next(i for i in range(len(whats)) if whats[i] == "Tag removed")
    assert "ส่งด่วน" in pane.history.topLevelItem(removed).text(3)


def test_manager_filters_the_queue_by_staff_member(qtbot, shop, worker, clock) -> None:
    services, users, _ = shop
    boss, lan, somsri = users["boss"], users["lan"], users["somsri"]
    pending = [r.id for r in services.upsell_list.first_page(manager_of(services), UpsellFilter(S.PENDING))]
    services.upsell.assign(boss, pending[:2], lan.id)
    services.upsell.assign(boss, pending[2:3], somsri.id)
    row = services.upsell.row(boss, pending[0])
    services.upsell.set_tags(lan, row.id, row.version, ["VIP", "khách quen"])
    view = make_view(qtbot, services, boss, clock, worker)
    scope = view.scope
    qtbot.waitUntil(lambda: set(scope.staff_ids()) >= {lan.id, somsri.id}, timeout=5000)
    assert boss.id not in scope.staff_ids()
    assert scope.findText("Cases of Nguyễn Thị Lan") >= 0
    qtbot.waitUntil(lambda: tab_text(view, S.ASSIGNED) == "Assigned (3)", timeout=10_000)

    show(qtbot, view, S.ASSIGNED)
    assert view.model.rowCount() == 3
    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        scope.setCurrentIndex(scope.findData(lan.id))  # as picking "Cases of Nguyễn Thị Lan" does
    wait_list(qtbot, view)
    assert view.model.rowCount() == 2
    assert {view.model.index(r, 6).data() for r in range(2)} == {"Nguyễn Thị Lan"}
    qtbot.waitUntil(lambda: tab_text(view, S.ASSIGNED) == "Assigned (2)", timeout=10_000)
    assert tab_text(view, S.PENDING) == "Pending (2)"  # pending cases are nobody's: all shown
    assert view.current_filter().assignee == lan.id

    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        scope.choose(somsri.id)
    wait_list(qtbot, view)
    assert view.model.rowCount() == 1 and view.model.index(0, 6).data() == "สมศรี ขายเก่ง"
    qtbot.waitUntil(lambda: tab_text(view, S.ASSIGNED) == "Assigned (1)", timeout=10_000)

    # Back to Lan's cases; her tagged case open in the pane, tags in the list and in the editor.
    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        scope.choose(lan.id)
    wait_list(qtbot, view)
    tagged = next(r for r in range(view.model.rowCount()) if view.model.record(r).id == row.id)
    click_row(qtbot, view, tagged)
    assert set(view.pane.tags_editor.edit.text().split(", ")) == {"VIP", "khách quen"}
    assert view.pane.tags_editor.isEnabled()  # managers may tag anyone's case
    assert set(view.model.index(tagged, TAGS_COLUMN).data().split(", ")) == {"VIP", "khách quen"}
    view.list.table.scrollTo(view.model.index(tagged, TAGS_COLUMN))
    screenshot(view, "upsell_tags_en")

    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        scope.choose(None)
    wait_list(qtbot, view)
    assert view.model.rowCount() == 3
