"""Appointments through the widgets: schedule with a refused save that keeps the Thai text, move, the week
grid in Buddhist-era Bangkok time with its navigation, recording the outcome, calling a meeting off.
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox

from salesapp.domain.enums import EntityKind, Role
from salesapp.services.customers.appointments import AppointmentService
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from salesapp.ui.customers._appointment_dialog import AppointmentDialog, OutcomeDialog
from salesapp.ui.customers._appointments_week import RECORD_ROLE, AppointmentsWeekView
from salesapp.ui.shared.fonts import apply_app_font, load_fonts
from salesapp.ui.shared.qtdates import format_date
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from tests.helpers.gui import screenshot, type_text

BANGKOK = ZoneInfo("Asia/Bangkok")
PLACE = "ร้านกาแฟ อเมซอน สาขาสยาม ชั้น 2"
PURPOSE = "สาธิตเซรั่มตัวใหม่ และเก็บเงินค่าสินค้า 🙏"


@pytest.fixture
def sqlite_only(db_url: str) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("GUI over the worker thread: SQLite here; PostgreSQL covered by the service tests")


@pytest.fixture
def worker(services: Services, sqlite_only):
    w = DbWorker()
    yield w
    w.stop(services.close)  # the worker thread's own connection


@pytest.fixture
def setup(services: Services, admin):
    app = QApplication.instance()
    load_fonts()
    apply_app_font(app)
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "secret-pass")
    customers = [
        services.customers.create(somsri, CustomerInput(name=name, phone=phone, country=country))[0]
        for name, phone, country in (
            ("สมชาย ใจดี", "081-234-5678", "TH"),
            ("Nguyễn Thị Ngọc Ánh", "0912 345 678", "VN"),
            ("บริษัท รุ่งเรืองการค้า จำกัด (สำนักงานใหญ่)", "02-123-4567", "TH"),
        )
    ]
    return somsri, customers, AppointmentService(services.ctx)


def test_schedule_move_and_outcome_through_the_dialogs(qtbot, services, worker, setup, clock) -> None:
    somsri, (somchai, *_), service = setup
    dialog = AppointmentDialog(
        worker, service, somsri, somchai.id, somchai.name, None, tz=BANGKOK, buddhist_era=True, clock=clock
    )
    qtbot.addWidget(dialog)
    dialog.show()
    # a new meeting starts at the next full hour (Monday 23/11/2569 10:00 in Bangkok → 11:00)
    assert dialog.when.date_edit().line_edit().text() == "23/11/2569"
    assert dialog.when.time_edit().time() == QTime(11, 0)
    assert dialog.minutes.value() == 60 and dialog.ends.text() == "until 12:00"
    type_text(dialog.place, PLACE)
    type_text(dialog.purpose, PURPOSE)
    # yesterday: refused by the service, shown in the dialog, nothing typed is lost
    dialog.when.date_edit().line_edit().setText("22/11/2569")
    with qtbot.waitSignal(worker.busy_changed, timeout=10_000, check_params_cb=lambda busy: not busy):
        dialog.save_button.click()
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "past" in dialog.message.text()
    assert dialog.place.text() == PLACE and dialog.purpose.toPlainText() == PURPOSE
    assert dialog.save_button.isEnabled()
    screenshot(dialog, "appointment_dialog")
    # tomorrow 14:30 for 90 minutes
    dialog.when.date_edit().line_edit().setText("24/11/2569")
    dialog.when.time_edit().setTime(QTime(14, 30))
    dialog.minutes.setValue(90)
    assert dialog.ends.text() == "until 16:00"
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    record = saved.args[0]
    assert not dialog.isVisible()
    assert record.starts_at.astimezone(BANGKOK).strftime("%d/%m %H:%M") == "24/11 14:30"
    assert record.minutes == 90 and record.place == PLACE and record.purpose == PURPOSE
    assert dialog.changes.ids(EntityKind.APPOINTMENT) == {record.id}

    # move it: the dialog opens on the stored values
    move = AppointmentDialog(
        worker, service, somsri, somchai.id, somchai.name, None, record, tz=BANGKOK, buddhist_era=True,
        clock=clock,
    )  # fmt: skip
    qtbot.addWidget(move)
    move.show()
    assert move.place.text() == PLACE and move.when.time_edit().time() == QTime(14, 30)
    move.when.time_edit().setTime(QTime(15, 0))
    with qtbot.waitSignal(move.saved, timeout=10_000) as saved:
        move.save_button.click()
    moved = saved.args[0]
    assert moved.version == 2 and moved.starts_at.astimezone(BANGKOK).hour == 15

    # afterwards: the outcome (an empty one is refused in the dialog)
    clock.advance(days=1, hours=7)
    outcome = OutcomeDialog(worker, service, somsri, moved, None, tz=BANGKOK, buddhist_era=True)
    qtbot.addWidget(outcome)
    outcome.show()
    with qtbot.waitSignal(worker.busy_changed, timeout=10_000, check_params_cb=lambda busy: not busy):
        outcome.save_button.click()
    assert outcome.isVisible() and outcome.message.isVisible()
    type_text(outcome.outcome, "ลูกค้าสั่งเซรั่ม 3 ขวด นัดส่งของวันศุกร์")
    with qtbot.waitSignal(outcome.saved, timeout=10_000) as saved:
        outcome.save_button.click()
    assert saved.args[0].done and saved.args[0].outcome == "ลูกค้าสั่งเซรั่ม 3 ขวด นัดส่งของวันศุกร์"


def test_call_off_asks_first(qtbot, services, worker, setup, clock) -> None:
    somsri, (somchai, *_), service = setup
    record, _ = service.schedule(somsri, somchai.id, clock() + timedelta(days=1), 60, "Siam", "")
    dialog = AppointmentDialog(
        worker, service, somsri, somchai.id, somchai.name, None, record, tz=BANGKOK, clock=clock
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.call_off_button is not None
    dialog.call_off_button.click()
    assert dialog.confirm_box is not None and dialog.confirm_box.isVisible()
    dialog.confirm_box.button(QMessageBox.StandardButton.No).click()
    assert dialog.isVisible() and service.for_customer(somsri, somchai.id)
    dialog.call_off_button.click()
    with qtbot.waitSignal(dialog.cancelled, timeout=10_000) as cancelled:
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert cancelled.args == [record.id] and service.for_customer(somsri, somchai.id) == []


def test_week_grid_in_bangkok_with_navigation(qtbot, services, worker, setup, clock) -> None:
    somsri, customers, service = setup
    # Monday 23/11/2026 10:00 in Bangkok; meetings from this morning to Sunday night, one next week
    plan = [
        (0, 13, 0, 0, "Central World ชั้น 3", "สาธิตสินค้า"),
        (0, 16, 30, 1, "Quán cà phê Cộng, Quận 1", "Giao hàng mẫu"),
        (1, 9, 0, 2, "สำนักงานใหญ่ ถนนพระราม 9 แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร", "เสนอราคา"),
        (3, 14, 0, 0, "", "ติดตามการสั่งซื้อ"),
        (6, 23, 30, 1, "Online", "Gọi video"),
        (7, 10, 0, 2, "next week", ""),
    ]
    ids = []
    for day, hour, minute, who, place, purpose in plan:
        local = clock().astimezone(BANGKOK).replace(hour=hour, minute=minute) + timedelta(days=day)
        ids.append(service.schedule(somsri, customers[who].id, local, 60, place, purpose)[0].id)
    ctx = ViewContext(worker, somsri, BANGKOK, True, clock)
    view = AppointmentsWeekView(ctx, service)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
        view.reload()
    counts = [column.meeting_count() for column in view.days]
    assert counts == [2, 1, 0, 1, 0, 0, 1]
    assert view.title.text() == "23/11/2569 – 29/11/2569"
    assert "23/11/2569" in view.days[0].header.text() and "29/11/2569" in view.days[6].header.text()
    first = view.days[0].list.item(0)
    assert first.text().splitlines() == ["13:00–14:00", "สมชาย ใจดี", "Central World ชั้น 3"]
    assert view.days[6].list.item(0).text().startswith("23:30–00:30")
    assert view.count.text().startswith("5 meeting")
    assert not view.today_button.isEnabled()
    screenshot(view, "appointments_week")

    # a double-click opens the meeting
    item = view.days[1].list.item(0)
    rect = view.days[1].list.visualItemRect(item)
    qtbot.mouseClick(view.days[1].list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.appointment_activated, timeout=5_000) as activated:
        qtbot.mouseDClick(view.days[1].list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args[0].id == ids[2] and item.data(RECORD_ROLE).id == ids[2]

    with qtbot.waitSignal(view.loaded, timeout=10_000) as loaded:
        view.next_button.click()
    assert [r.id for r in loaded.args[0]] == [ids[5]] and view.today_button.isEnabled()
    monday = clock().astimezone(BANGKOK).date() + timedelta(days=7)
    assert view.title.text().startswith(format_date(monday, True))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.today_button.click()
    assert [c.meeting_count() for c in view.days] == counts
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.previous_button.click()
    assert all(c.is_empty() and c.list.item(0).text() == "No meetings" for c in view.days)
