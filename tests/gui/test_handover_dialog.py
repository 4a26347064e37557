"""Handover and revoke dialogs driven through their widgets, with the real service on the worker thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLabel, QStyle, QStyleOptionViewItem

from salesapp.db import models as m
from salesapp.domain.customers.handover import HandoverMethod
from salesapp.domain.enums import Action, EntityKind, Role
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.customers.handover import HandoverService
from salesapp.ui.customers._handover_dialog import HandoverDialog
from salesapp.ui.customers._revoke_dialog import RevokeDialog
from salesapp.ui.shared.tasks import DbWorker
from tests.helpers.gui import screenshot, type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def worker():
    w = DbWorker()
    yield w
    w.stop()


@pytest.fixture
def shop(services, admin, db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("dialogs over the worker thread: SQLite here; PostgreSQL covered by service tests")
    staff = {}
    for username, name in (("somsri", "สมศรี ใจดี"), ("lan", "Nguyễn Thị Lan"), ("anan", "อนันต์ พงษ์ไพบูลย์")):
        staff[username], _ = services.users.create_user(admin, username, name, Role.SALES, "password1")
    ids = [
        services.customers.create(admin, CustomerInput(name=f"ลูกค้า {i}", phone=f"08123400{i:02d}"))[0].id
        for i in range(10)
    ]
    return staff, ids


def owners(ids):
    return dict(m.Customer.select(m.Customer.id, m.Customer.owner).where(m.Customer.id.in_(ids)).tuples())


def open_handover(qtbot, worker, services, admin, ids) -> HandoverDialog:
    dialog = HandoverDialog(worker, HandoverService(services.ctx), admin, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.staff.rowCount() == 3, timeout=10_000)
    return dialog


def choose(qtbot, dialog: HandoverDialog, method: HandoverMethod) -> None:
    button = dialog.method_buttons[method]
    # on the indicator: a radio button reacts to clicks on its indicator and text, not its whole width
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
    assert dialog.method is method


def tick(qtbot, dialog: HandoverDialog, *names: str) -> None:
    """Click the check boxes of these staff members, as a user would."""
    table = dialog.staff
    for row in range(table.rowCount()):
        item = table.item(row, dialog.NAME)
        if item.text() in names:
            rect = table.visualItemRect(item)
            style = table.style()
            option = QStyleOptionViewItem()
            option.rect = rect
            option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
            check = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)
            qtbot.mouseClick(table.viewport(), LEFT, pos=check.center())
            assert item.checkState() == Qt.CheckState.Checked


def test_hand_over_evenly_with_preview(qtbot, services, admin, worker, shop) -> None:
    staff, ids = shop
    dialog = open_handover(qtbot, worker, services, admin, ids)
    assert "10 customers selected." in [label.text() for label in dialog.findChildren(QLabel)]
    choose(qtbot, dialog, HandoverMethod.MANUAL)
    choose(qtbot, dialog, HandoverMethod.EVENLY)
    assert dialog.method is HandoverMethod.EVENLY and dialog.maximum.isEnabled()
    assert not dialog.hand_over_button.isEnabled()  # nobody ticked yet
    tick(qtbot, dialog, "สมศรี ใจดี", "Nguyễn Thị Lan", "อนันต์ พงษ์ไพบูลย์")
    order = [load.name for load in dialog.chosen()[0]]
    rows = dialog.preview_rows()
    assert [r[0] for r in rows] == order
    assert [r[1:] for r in rows] == [("0", "+4", "4"), ("0", "+3", "3"), ("0", "+3", "3")]
    assert not dialog.message.isVisible() and dialog.hand_over_button.isEnabled()
    assert dialog.hand_over_button.text() == "Hand over 10 customers"
    dialog.minimum.setValue(3)
    dialog.maximum.setValue(4)
    assert dialog.hand_over_button.isEnabled()
    type_text(dialog.note, "แคมเปญปีใหม่")
    screenshot(dialog, "handover_dialog")
    with qtbot.waitSignal(dialog.handed_over, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.hand_over_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert signal.args[0] is dialog.changes and dialog.changes.ids(EntityKind.CUSTOMER) == set(ids)
    assert dialog.outcome is not None and dialog.outcome.total == 10
    # consecutive runs of the selection in preview order: 4, 3, 3
    user_of = {u.display_name: u.id for u in staff.values()}
    expected = [user_of[order[0]]] * 4 + [user_of[order[1]]] * 3 + [user_of[order[2]]] * 3
    got = owners(ids)
    assert [got[i] for i in ids] == expected
    activity = m.Activity.get(
        (m.Activity.entity_id == ids[0]) & (m.Activity.action == Action.HANDED_OVER.value)
    )
    assert activity.summary == "แคมเปญปีใหม่" and activity.user_id == admin.id


def test_bad_bounds_show_the_message_and_write_nothing(qtbot, services, admin, worker, shop) -> None:
    staff, ids = shop
    dialog = open_handover(qtbot, worker, services, admin, ids)
    tick(qtbot, dialog, "สมศรี ใจดี", "Nguyễn Thị Lan")
    dialog.maximum.setValue(4)
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "10 customers do not fit: at most 4 each for 2 staff members takes 8, so 2 would be left over."
    )
    assert not dialog.hand_over_button.isEnabled()
    assert [r[2] for r in dialog.preview_rows()] == ["—", "—"]
    screenshot(dialog, "handover_dialog_error")
    dialog.maximum.setValue(0)
    dialog.minimum.setValue(6)
    assert "too few" in dialog.message.text() and not dialog.hand_over_button.isEnabled()
    qtbot.mouseClick(dialog.hand_over_button, LEFT)
    dialog.submit()  # even when called directly: no plan, nothing written
    # manual counts that do not add up
    dialog.minimum.setValue(0)
    choose(qtbot, dialog, HandoverMethod.MANUAL)
    dialog.set_count(staff["lan"].id, 4)
    assert dialog.message.text() == "The counts add up to 4, but 10 customers are selected."
    dialog.set_count(staff["somsri"].id, 6)
    assert not dialog.message.isVisible() and dialog.hand_over_button.isEnabled()
    assert sorted(r[2] for r in dialog.preview_rows()) == ["+4", "+6"]
    assert set(owners(ids).values()) == {None}
    assert m.Activity.select().where(m.Activity.action == Action.HANDED_OVER.value).count() == 0
    dialog.reject()


def test_failed_save_keeps_the_dialog_open_as_chosen(qtbot, services, admin, worker, shop) -> None:
    staff, ids = shop
    dialog = open_handover(qtbot, worker, services, admin, ids)
    choose(qtbot, dialog, HandoverMethod.ONE)
    tick(qtbot, dialog, "Nguyễn Thị Lan")
    tick(qtbot, dialog, "อนันต์ พงษ์ไพบูลย์")  # to one person: the second tick replaces the first
    assert [s.name for s in dialog.chosen()[0]] == ["อนันต์ พงษ์ไพบูลย์"]
    assert [r[1:] for r in dialog.preview_rows()] == [("0", "+10", "10")]
    m.User.update(active=False).where(m.User.id == staff["anan"].id).execute()  # disabled meanwhile
    qtbot.mouseClick(dialog.hand_over_button, LEFT)
    qtbot.waitUntil(lambda: "cannot receive customers" in dialog.message.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.changes is None
    assert dialog.method is HandoverMethod.ONE and [s.name for s in dialog.chosen()[0]] == ["อนันต์ พงษ์ไพบูลย์"]
    assert dialog.hand_over_button.isEnabled()
    assert set(owners(ids).values()) == {None}
    dialog.reject()


def test_revoke_dialog_needs_a_reason(qtbot, services, admin, worker, shop) -> None:
    staff, ids = shop
    svc = HandoverService(services.ctx)
    lan = staff["lan"].id
    svc.hand_over(admin, ids, svc.plan(admin, ids, HandoverMethod.ONE, [lan]))
    dialog = RevokeDialog(worker, svc, admin, ids[:4])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.staff.count() == 3, timeout=10_000)
    assert dialog.to_pool.isChecked() and not dialog.staff.isEnabled()
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Take back"
    type_text(dialog.reason, "   ")
    assert not dialog.ok_button.isEnabled()
    dialog.submit()  # refused, with the reason asked for
    assert dialog.message.isVisible() and "reason" in dialog.message.text()
    assert set(owners(ids).values()) == {lan}
    dialog.reason.clear()
    type_text(dialog.reason, "ลูกค้าขอเปลี่ยนพนักงาน")
    assert dialog.ok_button.isEnabled() and not dialog.message.isVisible()
    screenshot(dialog, "revoke_dialog")
    with qtbot.waitSignal(dialog.revoked, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    got = owners(ids)
    assert [got[i] for i in ids] == [None] * 4 + [lan] * 6
    revoked = m.Activity.get((m.Activity.entity_id == ids[0]) & (m.Activity.action == Action.REVOKED.value))
    assert revoked.summary == "ลูกค้าขอเปลี่ยนพนักงาน"


def test_revoke_dialog_moves_to_another_staff_member(qtbot, services, admin, worker, shop) -> None:
    staff, ids = shop
    svc = HandoverService(services.ctx)
    svc.hand_over(admin, ids, svc.plan(admin, ids, HandoverMethod.ONE, [staff["lan"].id]))
    dialog = RevokeDialog(worker, svc, admin, ids[:2])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.staff.count() == 3, timeout=10_000)
    dialog.choose_staff(staff["somsri"].id)
    assert dialog.staff.isEnabled() and dialog.ok_button.text() == "Move"
    assert "(0 customers)" in dialog.staff.currentText()
    type_text(dialog.reason, "Lan nghỉ phép")
    with qtbot.waitSignal(dialog.revoked, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert set(owners(ids[:2]).values()) == {staff["somsri"].id}
    assert dialog.changes is not None


def test_changed_since_selected_is_refused_and_reload_takes_the_new_selection(
    qtbot, services, admin, worker, shop, clock
) -> None:
    staff, ids = shop
    selected_at = clock()
    clock.advance(minutes=1)
    dialog = HandoverDialog(worker, HandoverService(services.ctx), admin, ids, selected_at)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.staff.rowCount() == 3, timeout=10_000)
    choose(qtbot, dialog, HandoverMethod.MANUAL)
    tick(qtbot, dialog, "สมศรี ใจดี", "Nguyễn Thị Lan")
    dialog.set_count(staff["somsri"].id, 6)
    dialog.set_count(staff["lan"].id, 4)
    assert not dialog.reload_button.isVisible()
    # another desktop: a manager gives two of them to Anan before this one confirms
    boss, _ = services.users.create_user(admin, "boss", "หัวหน้า", Role.MANAGER, "password1")
    svc = HandoverService(services.ctx)
    svc.hand_over(boss, ids[:2], svc.plan(boss, ids[:2], HandoverMethod.ONE, [staff["anan"].id]))
    qtbot.mouseClick(dialog.hand_over_button, LEFT)
    qtbot.waitUntil(lambda: dialog.reload_button.isVisible(), timeout=10_000)
    assert dialog.message.text().startswith("2 of the selected customers were changed by someone else")
    assert owners(ids) == {i: staff["anan"].id if i in ids[:2] else None for i in ids}
    assert dialog.isVisible() and dialog.hand_over_button.isEnabled()  # nothing lost: try again or reload
    with qtbot.waitSignal(dialog.reload_requested, timeout=1_000):
        qtbot.mouseClick(dialog.reload_button, LEFT)
    assert not dialog.hand_over_button.isEnabled() and dialog.message.text() == "Reloading the list…"
    clock.advance(minutes=1)
    dialog.set_selection(ids[2:], clock())  # what the list hands back: those two left its filter
    # the staff are read again; the counts kept no longer add up, and the dialog says so
    qtbot.waitUntil(lambda: "add up to 10, but 8" in dialog.message.text(), timeout=10_000)
    assert "8 customers selected." in [label.text() for label in dialog.findChildren(QLabel)]
    assert dialog.hand_over_button.text() == "Hand over 8 customers"
    assert dialog.chosen()[1] == {staff["somsri"].id: 6, staff["lan"].id: 4}
    assert not dialog.hand_over_button.isEnabled()
    dialog.set_count(staff["somsri"].id, 4)
    assert dialog.hand_over_button.isEnabled() and not dialog.message.isVisible()
    assert [r[1] for r in dialog.preview_rows()] == ["0", "0"]
    with qtbot.waitSignal(dialog.handed_over, timeout=10_000):
        qtbot.mouseClick(dialog.hand_over_button, LEFT)
    got = owners(ids)
    assert [got[i] for i in ids[:2]] == [staff["anan"].id] * 2  # the other desktop's moves stay
    assert sorted(got[i] for i in ids[2:]) == sorted([staff["somsri"].id] * 4 + [staff["lan"].id] * 4)
