"""Columns show their values whole: sized to the header and the first screen's values in every language,
with long free text (notes) giving way and shown whole in its tooltip; a user's own sizing is kept."""

from __future__ import annotations

from array import array
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.lists.windowed import Column, WindowedTableModel
from salesapp.ui.shared.tasks import DbWorker
from tests.helpers.gui import screenshot


@dataclass(frozen=True)
class Row:
    """A list row as a service would hand it over."""

    id: int
    name: str
    province: str
    amount: str
    note: str


ROWS = [
    Row(1, "พลอยไพลิน วงศ์ไทยสวัสดิ์", "กรุงเทพมหานคร", "฿21,000,000.00", "ลูกค้าขอให้โทรกลับหลังบ่ายสามโมง " * 4),
    Row(2, "Nguyễn Thị Thanh Hương", "TP. Hồ Chí Minh", "21.000.000 ₫", "Khách hẹn gọi lại sau 15 giờ " * 4),
    Row(3, "สมชาย", "เชียงใหม่", "฿90.00", ""),
]


@pytest.fixture
def worker():
    w = DbWorker()
    yield w
    w.stop()


def _view(qtbot, worker: DbWorker) -> RecordListView:
    columns = [
        Column("Name", lambda r: r.name),
        Column("Province", lambda r: r.province),
        Column("Amount", lambda r: r.amount, align_right=True),
        Column("Last note", lambda r: r.note, free_text=True),
    ]
    model = WindowedTableModel(worker, columns, lambda ids: [r for r in ROWS if r.id in ids])
    view = RecordListView(model, [(None, "All")])
    view.set_column_widths([8, 8, 6, 10])  # too narrow guesses: the first rows correct them
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.load(lambda: (len(ROWS), ROWS), lambda _stop: array("q", [r.id for r in ROWS]))
    return view


def _elided(view: RecordListView, column: int) -> list[str]:
    table, metrics = view.table, view.table.fontMetrics()
    cut = []
    for row in range(view.model.rowCount()):
        text = view.model.index(row, column).data()
        if metrics.horizontalAdvance(text) + 16 > table.columnWidth(column):
            cut.append(text)
    return cut


@pytest.mark.parametrize("language", ["en", "th", "vi"], indirect=True)
def test_values_are_whole_and_notes_give_way(qtbot, worker, language) -> None:
    view = _view(qtbot, worker)
    for column in (0, 1, 2):
        assert _elided(view, column) == [], column
    note = view.model.index(0, 3)
    assert note.data(Qt.ItemDataRole.ToolTipRole) == ROWS[0].note  # the whole note in the tooltip
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    screenshot(view, f"column_fit_{language}")


def test_a_column_the_user_sized_stays_as_sized(qtbot, worker) -> None:
    view = _view(qtbot, worker)
    header = view.table.horizontalHeader()
    header.resizeSection(0, 90)
    with qtbot.waitSignal(view.model.loaded, timeout=5000):
        view.model.load(lambda: (len(ROWS), ROWS), lambda _stop: array("q", [r.id for r in ROWS]))
    assert header.sectionSize(0) == 90
