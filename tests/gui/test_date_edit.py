"""GUI tests for the Buddhist-era date pickers in salesapp.ui.widgets.date_edit."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from salesapp.ui.widgets.date_edit import DateEdit, DateTimeEdit, EraCalendarWidget

# The offscreen platform plugin of Qt 6.11 warns that it lacks these window-system features whenever a
# top-level widget with a layout, or a pop-up, is shown. They say nothing about our code; any other
# Qt warning still fails the test.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^This plugin does not support raise\(\)$",
    r"^This plugin does not support grabbing the (keyboard|mouse)$",
)

BANGKOK = ZoneInfo("Asia/Bangkok")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
THAI = QLocale(QLocale.Language.Thai, QLocale.Country.Thailand)
VIETNAMESE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def fixed_today() -> date:
    return date(2026, 11, 23)


def type_unicode(widget: QWidget, text: str) -> None:
    """Type non-ASCII text: qtbot.keyClicks aborts Qt on characters outside ASCII."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def type_and_commit(qtbot: QtBot, edit: DateEdit, text: str) -> None:
    line_edit = edit.line_edit()
    line_edit.clear()
    if text.isascii():
        qtbot.keyClicks(line_edit, text)
    else:
        type_unicode(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def day_cell_center(calendar: EraCalendarWidget, day: QDate) -> tuple[QTableView, QPoint]:
    """Return the grid view and the centre of the cell showing ``day`` on the current page."""
    view = calendar.calendar().findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    model = view.model()
    matches = [
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if str(model.index(row, column).data()) == str(day.day())
    ]
    # The page starts with the end of the previous month and ends with the start of the next one.
    index = matches[-1] if day.day() >= 15 else matches[0]
    return view, view.visualRect(index).center()


@pytest.fixture
def date_edit(qtbot: QtBot) -> DateEdit:
    edit = DateEdit(buddhist_era=True, today=fixed_today)
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


@pytest.fixture
def fake_clock() -> list[datetime]:
    return [datetime(2026, 11, 23, 16, 30, 42, tzinfo=UTC)]


@pytest.fixture
def date_time_edit(qtbot: QtBot, fake_clock: list[datetime]) -> DateTimeEdit:
    edit = DateTimeEdit(tz=BANGKOK, clock=lambda: fake_clock[0], buddhist_era=True)
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


# --- DateEdit: typing --------------------------------------------------------------------------------


def test_typed_be_date_is_read_and_reformatted(qtbot: QtBot, date_edit: DateEdit) -> None:
    with qtbot.waitSignal(date_edit.date_changed) as blocker:
        type_and_commit(qtbot, date_edit, "23/11/2569")
    assert blocker.args == [date(2026, 11, 23)]
    assert date_edit.date() == date(2026, 11, 23)
    assert date_edit.line_edit().text() == "23/11/2569"
    assert date_edit.line_edit().property("invalid") is False


def test_two_digit_be_year_and_separators(qtbot: QtBot, date_edit: DateEdit) -> None:
    type_and_commit(qtbot, date_edit, "5-1-69")
    assert date_edit.date() == date(2026, 1, 5)
    assert date_edit.line_edit().text() == "05/01/2569"


def test_two_digit_ce_year(qtbot: QtBot, date_edit: DateEdit) -> None:
    date_edit.set_buddhist_era(False)
    type_and_commit(qtbot, date_edit, "23.11.26")
    assert date_edit.date() == date(2026, 11, 23)
    assert date_edit.line_edit().text() == "23/11/2026"


def test_thai_digits(qtbot: QtBot, date_edit: DateEdit) -> None:
    type_and_commit(qtbot, date_edit, "๒๓/๑๑/๒๕๖๙")
    assert date_edit.date() == date(2026, 11, 23)
    assert date_edit.line_edit().text() == "23/11/2569"


def test_invalid_text_is_kept_and_flagged(qtbot: QtBot, date_edit: DateEdit) -> None:
    date_edit.set_date(date(2026, 1, 5))
    with qtbot.assertNotEmitted(date_edit.date_changed):
        type_and_commit(qtbot, date_edit, "31/02/2569")
    line_edit = date_edit.line_edit()
    assert line_edit.text() == "31/02/2569"
    assert line_edit.property("invalid") is True
    assert line_edit.toolTip()
    assert not date_edit.has_acceptable_input()
    assert date_edit.date() == date(2026, 1, 5)

    # Switching era must not throw away what the user typed.
    date_edit.set_buddhist_era(False)
    assert line_edit.text() == "31/02/2569"

    with qtbot.waitSignal(date_edit.date_changed):
        type_and_commit(qtbot, date_edit, "28/02/2026")
    assert line_edit.property("invalid") is False
    assert date_edit.date() == date(2026, 2, 28)


def test_invalid_thai_text_is_kept(qtbot: QtBot, date_edit: DateEdit) -> None:
    type_and_commit(qtbot, date_edit, "๓๒/๑๑/๒๕๖๙")
    assert date_edit.line_edit().text() == "๓๒/๑๑/๒๕๖๙"
    assert date_edit.line_edit().property("invalid") is True
    assert date_edit.date() is None


def test_clearing_the_text_clears_the_date(qtbot: QtBot, date_edit: DateEdit) -> None:
    date_edit.set_date(date(2026, 11, 23))
    with qtbot.waitSignal(date_edit.date_changed) as blocker:
        date_edit.line_edit().clear()
        qtbot.keyClick(date_edit.line_edit(), Qt.Key.Key_Return)
    assert blocker.args == [None]
    assert date_edit.date() is None


def test_minimum_date(qtbot: QtBot, date_edit: DateEdit) -> None:
    date_edit.set_minimum_date(date(2026, 11, 1))
    type_and_commit(qtbot, date_edit, "31/10/2569")
    assert date_edit.line_edit().property("invalid") is True
    assert date_edit.date() is None
    type_and_commit(qtbot, date_edit, "01/11/2569")
    assert date_edit.date() == date(2026, 11, 1)
    # An existing value before a new minimum stays, flagged.
    date_edit.set_minimum_date(date(2026, 12, 1))
    assert date_edit.line_edit().property("invalid") is True
    date_edit.set_minimum_date(None)
    assert date_edit.line_edit().property("invalid") is False


def test_set_date_and_era_switch(qtbot: QtBot, date_edit: DateEdit) -> None:
    with qtbot.waitSignal(date_edit.date_changed):
        date_edit.set_date(date(2026, 11, 23))
    assert date_edit.line_edit().text() == "23/11/2569"
    with qtbot.assertNotEmitted(date_edit.date_changed):
        date_edit.set_buddhist_era(False)
        date_edit.set_date(date(2026, 11, 23))
    assert date_edit.line_edit().text() == "23/11/2026"
    date_edit.set_date(None)
    assert date_edit.line_edit().text() == ""
    assert date_edit.line_edit().placeholderText() == "dd/mm/yyyy"


# --- DateEdit: calendar pop-up -----------------------------------------------------------------------


def test_popup_shows_be_year(qtbot: QtBot, date_edit: DateEdit) -> None:
    date_edit.set_date(date(2026, 11, 23))
    qtbot.mouseClick(date_edit.popup_button(), Qt.MouseButton.LeftButton)
    calendar = date_edit.calendar()
    assert calendar is not None
    qtbot.waitUntil(date_edit.is_popup_visible)
    assert calendar.year_spin_box().value() == 2569
    assert calendar.year_spin_box().text() == "2569"
    assert calendar.month_combo().currentIndex() == 10
    assert calendar.selected_date() == QDate(2026, 11, 23)

    date_edit.set_buddhist_era(False)
    assert calendar.year_spin_box().value() == 2026


def test_choosing_a_day_sets_the_date(qtbot: QtBot, date_edit: DateEdit) -> None:
    date_edit.set_date(date(2026, 11, 23))
    date_edit.open_popup()
    calendar = date_edit.calendar()
    assert calendar is not None
    view, pos = day_cell_center(calendar, QDate(2026, 11, 5))
    with qtbot.waitSignal(date_edit.date_changed) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [date(2026, 11, 5)]
    assert date_edit.line_edit().text() == "05/11/2569"
    assert not date_edit.is_popup_visible()


def test_year_spin_box_navigates_in_be(qtbot: QtBot, date_edit: DateEdit) -> None:
    date_edit.set_date(date(2026, 11, 23))
    date_edit.open_popup()
    calendar = date_edit.calendar()
    assert calendar is not None
    calendar.year_spin_box().setValue(2570)
    assert calendar.calendar().yearShown() == 2027
    view, pos = day_cell_center(calendar, QDate(2027, 11, 20))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert date_edit.date() == date(2027, 11, 20)
    assert date_edit.line_edit().text() == "20/11/2570"


def test_month_buttons_roll_the_year(qtbot: QtBot) -> None:
    calendar = EraCalendarWidget(buddhist_era=True)
    qtbot.addWidget(calendar)
    calendar.set_selected_date(QDate(2026, 12, 15))
    next_button = calendar.findChild(QWidget, "next_month")
    previous_button = calendar.findChild(QWidget, "previous_month")
    assert next_button is not None and previous_button is not None
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert calendar.month_combo().currentIndex() == 0
    assert calendar.year_spin_box().value() == 2570
    qtbot.mouseClick(previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(previous_button, Qt.MouseButton.LeftButton)
    assert calendar.month_combo().currentIndex() == 10
    assert calendar.year_spin_box().value() == 2569


def test_today_button(qtbot: QtBot) -> None:
    calendar = EraCalendarWidget(today=fixed_today)
    qtbot.addWidget(calendar)
    calendar.set_selected_date(QDate(2020, 1, 1))
    assert calendar.today_button().text() == "Today"
    with qtbot.waitSignal(calendar.date_chosen) as blocker:
        qtbot.mouseClick(calendar.today_button(), Qt.MouseButton.LeftButton)
    assert blocker.args == [QDate(2026, 11, 23)]
    assert calendar.year_spin_box().value() == 2026


def test_enter_in_grid_chooses_the_day(qtbot: QtBot, date_edit: DateEdit) -> None:
    date_edit.set_date(date(2026, 11, 23))
    date_edit.open_popup()
    calendar = date_edit.calendar()
    assert calendar is not None
    view = calendar.calendar().findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Right)
    with qtbot.waitSignal(date_edit.date_changed) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [date(2026, 11, 24)]


def test_alt_down_opens_popup_on_today(qtbot: QtBot, date_edit: DateEdit) -> None:
    qtbot.keyClick(date_edit.line_edit(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(date_edit.is_popup_visible)
    calendar = date_edit.calendar()
    assert calendar is not None
    assert calendar.selected_date() == QDate(2026, 11, 23)


def test_month_names_follow_the_locale(qtbot: QtBot, date_edit: DateEdit) -> None:
    date_edit.setLocale(THAI)
    date_edit.open_popup()
    calendar = date_edit.calendar()
    assert calendar is not None
    assert calendar.month_combo().itemText(10) == "พฤศจิกายน"
    date_edit.hide_popup()
    date_edit.setLocale(VIETNAMESE)
    date_edit.open_popup()
    assert calendar.month_combo().itemText(0) == VIETNAMESE.standaloneMonthName(1)


def test_escape_closes_popup_without_changing_the_date(qtbot: QtBot, date_edit: DateEdit) -> None:
    date_edit.set_date(date(2026, 11, 23))
    date_edit.open_popup()
    calendar = date_edit.calendar()
    assert calendar is not None
    view = calendar.calendar().findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    with qtbot.assertNotEmitted(date_edit.date_changed):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not date_edit.is_popup_visible()
    assert date_edit.date() == date(2026, 11, 23)


# --- DateTimeEdit ------------------------------------------------------------------------------------


def test_now_uses_the_clock(qtbot: QtBot, date_time_edit: DateTimeEdit, fake_clock: list[datetime]) -> None:
    assert date_time_edit.now_button().text() == "Now"
    with qtbot.waitSignal(date_time_edit.date_time_changed) as blocker:
        qtbot.mouseClick(date_time_edit.now_button(), Qt.MouseButton.LeftButton)
    expected = datetime(2026, 11, 23, 16, 30, tzinfo=UTC)  # seconds dropped
    assert blocker.args == [expected]
    assert date_time_edit.date_time() == expected
    assert date_time_edit.date_edit().line_edit().text() == "23/11/2569"
    assert date_time_edit.time_edit().time() == QTime(23, 30)

    # After 17:00 UTC it is already the next day in Bangkok.
    fake_clock[0] = datetime(2026, 11, 23, 17, 5, tzinfo=UTC)
    qtbot.mouseClick(date_time_edit.now_button(), Qt.MouseButton.LeftButton)
    assert date_time_edit.date_edit().line_edit().text() == "24/11/2569"
    assert date_time_edit.time_edit().time() == QTime(0, 5)


def test_bangkok_wall_clock_to_utc(qtbot: QtBot, date_time_edit: DateTimeEdit) -> None:
    type_and_commit(qtbot, date_time_edit.date_edit(), "23/11/2569")
    with qtbot.waitSignal(date_time_edit.date_time_changed) as blocker:
        date_time_edit.time_edit().setTime(QTime(23, 30))
    expected = datetime(2026, 11, 23, 16, 30, tzinfo=UTC)
    assert blocker.args == [expected]
    assert date_time_edit.date_time() == expected


def test_set_date_time_shows_local_and_emits_once(qtbot: QtBot, date_time_edit: DateTimeEdit) -> None:
    value = datetime(2026, 11, 23, 16, 30, tzinfo=UTC)
    emitted: list[object] = []
    date_time_edit.date_time_changed.connect(emitted.append)
    date_time_edit.set_date_time(value)
    assert emitted == [value]
    assert date_time_edit.date_edit().date() == date(2026, 11, 23)
    assert date_time_edit.time_edit().time() == QTime(23, 30)
    with qtbot.assertNotEmitted(date_time_edit.date_time_changed):
        date_time_edit.set_date_time(value)
        date_time_edit.set_buddhist_era(False)
    assert date_time_edit.date_edit().line_edit().text() == "23/11/2026"
    with qtbot.waitSignal(date_time_edit.date_time_changed) as cleared:
        date_time_edit.set_date_time(None)
    assert cleared.args == [None]
    assert date_time_edit.date_time() is None


def test_set_date_time_refuses_naive(date_time_edit: DateTimeEdit) -> None:
    with pytest.raises(ValueError, match="naive"):
        date_time_edit.set_date_time(datetime(2026, 11, 23, 16, 30))


def test_calendar_today_uses_the_clock_and_zone(
    qtbot: QtBot, date_time_edit: DateTimeEdit, fake_clock: list[datetime]
) -> None:
    fake_clock[0] = datetime(2026, 11, 23, 17, 5, tzinfo=UTC)  # 24/11 00:05 in Bangkok
    date_edit = date_time_edit.date_edit()
    date_edit.open_popup()
    calendar = date_edit.calendar()
    assert calendar is not None
    assert calendar.selected_date() == QDate(2026, 11, 24)


# --- Screenshots for a person to look at -------------------------------------------------------------


def test_screenshots_thai_be(qtbot: QtBot, date_time_edit: DateTimeEdit) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    date_time_edit.setLocale(THAI)
    date_time_edit.set_date_time(datetime(2026, 11, 23, 7, 5, tzinfo=UTC))
    date_time_edit.adjustSize()
    assert date_time_edit.grab().save(str(ARTIFACTS / "date_edit_be.png"))

    date_edit = date_time_edit.date_edit()
    date_edit.open_popup()
    qtbot.waitUntil(date_edit.is_popup_visible)
    calendar = date_edit.calendar()
    assert calendar is not None
    assert calendar.month_combo().currentText() == "พฤศจิกายน"
    assert calendar.year_spin_box().text() == "2569"
    assert calendar.window().grab().save(str(ARTIFACTS / "calendar_be.png"))


# --- issue 18: the ways people type dates and times ----------------------------------------------------


@pytest.mark.parametrize("typed", ["07/12/2026", "7/12/26", "07122026", "07/12/2569", "07122569", "071226"])
def test_common_ways_of_typing_a_date(qtbot: QtBot, typed: str) -> None:
    edit = DateEdit(buddhist_era=False, today=fixed_today)
    qtbot.addWidget(edit)
    type_and_commit(qtbot, edit, typed)
    assert edit.date() == date(2026, 12, 7) and edit.problem() is None
    assert edit.line_edit().text() == "07/12/2026"


def test_placeholder_and_a_wrong_entry_name_the_format(qtbot: QtBot, date_edit: DateEdit) -> None:
    assert date_edit.line_edit().placeholderText() == "dd/mm/yyyy"
    type_and_commit(qtbot, date_edit, "7122026x")
    problem = date_edit.problem()
    assert problem is not None and "dd/mm/yyyy" in problem and "23/11/2569" in problem
    assert date_edit.line_edit().toolTip() == problem


def test_a_date_picked_for_tomorrow_gets_a_working_hour(
    qtbot: QtBot, date_time_edit: DateTimeEdit, fake_clock: list[datetime]
) -> None:
    fake_clock[0] = datetime(2026, 11, 23, 7, 20, tzinfo=UTC)  # 14:20 in Bangkok
    type_and_commit(qtbot, date_time_edit.date_edit(), "24/11/2569")
    assert date_time_edit.time_edit().time() == QTime(15, 0)
    date_time_edit.set_date_time(None)
    fake_clock[0] = datetime(2026, 11, 23, 13, 10, tzinfo=UTC)  # 20:10 in Bangkok: 09:00 tomorrow
    type_and_commit(qtbot, date_time_edit.date_edit(), "24/11/2569")
    assert date_time_edit.date_time() == datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
    # A time the user set first is kept when the date comes after it.
    date_time_edit.set_date_time(None)
    date_time_edit.time_edit().setTime(QTime(16, 45))
    type_and_commit(qtbot, date_time_edit.date_edit(), "25/11/2569")
    assert date_time_edit.time_edit().time() == QTime(16, 45)


def test_typing_over_the_hour_takes_effect(qtbot: QtBot, date_time_edit: DateTimeEdit) -> None:
    date_time_edit.set_date_time(datetime(2026, 11, 24, 2, 0, tzinfo=UTC))  # 09:00 in Bangkok
    field = date_time_edit.time_edit()
    qtbot.mouseClick(
        field.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(3, field.lineEdit().height() // 2)
    )
    with qtbot.waitSignal(date_time_edit.date_time_changed):
        qtbot.keyClicks(field, "10")
    assert field.time() == QTime(10, 0)
    assert date_time_edit.date_time() == datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
