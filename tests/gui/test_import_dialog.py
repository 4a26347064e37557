"""The import dialog driven through its widgets: file, column mapping, preview with bad rows, import with
progress, Cancel; and the export dialog."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from salesapp.db import models as m
from salesapp.domain.enums import EntityKind
from salesapp.services.customers.customer_import import CustomerImportService
from salesapp.ui.customers._export_dialog import ExportDialog
from salesapp.ui.customers._import_dialog import ImportDialog
from salesapp.ui.shared.tasks import DbWorker
from tests.helpers.gui import screenshot, type_text

HEADER = ["ชื่อ-นามสกุล", "เบอร์โทร", "อีเมล", "ที่อยู่", "จังหวัด", "รหัสไปรษณีย์", "แหล่งลูกค้า"]


@pytest.fixture
def worker():
    w = DbWorker()
    yield w
    w.stop()


@pytest.fixture(autouse=True)
def sqlite_only(db_url: str) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("GUI over the worker thread: SQLite here; PostgreSQL covered by service tests")


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([HEADER, *rows])
    return path


def good_rows(count: int) -> list[list[str]]:
    rows = [
        [
            "สมชาย ใจดี",
            "081-234-5678",
            "somchai@gmail.com",
            "12/3 ถ.สุขุมวิท",
            "กรุงเทพมหานคร",
            "10110",
            "Facebook Ads",
        ],
        ["Nguyễn Thị Lan", "+84 912 345 678", "lan@example.vn", "12 Lê Lợi", "Hà Nội", "", "Referral"],
    ]
    rows += [[f"ลูกค้า {i}", f"08{i:08d}", "", "", "เชียงใหม่", "50200", ""] for i in range(count - len(rows))]
    return rows


def open_dialog(qtbot, worker, services, admin, path: Path) -> ImportDialog:
    dialog = ImportDialog(worker, CustomerImportService(services.ctx), admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.next_button.isEnabled()  # no file chosen yet
    dialog.choose_file(path)  # what Browse… does with the file the user picked
    assert dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.MAPPING, timeout=10_000)
    return dialog


def to_preview(qtbot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=20_000)


def test_good_file_maps_previews_and_imports(qtbot, worker, services, admin, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, worker, services, admin, write_csv(tmp_path / "ลูกค้า.csv", good_rows(30)))
    fields = [dialog.mapping.cellWidget(r, 2).currentData() for r in range(dialog.mapping.rowCount())]
    assert fields == ["name", "phone", "email", "address_line", "province", "postcode", ""]
    assert dialog.mapping.item(0, 1).text().startswith("สมชาย ใจดี")  # an example value beside each column
    # the last column ("แหล่งลูกค้า", where customers come from) is not recognised: map it by hand
    combo = dialog.mapping.cellWidget(6, 2)
    combo.setCurrentIndex(combo.findData("source"))
    assert dialog.current_mapping()[6] == "source"
    screenshot(dialog, "import_mapping")
    to_preview(qtbot, dialog)
    assert "30 rows: 30 to create, 0 to update, 0 skipped, 0 with errors" in dialog.counts.text()
    assert dialog.import_button.isEnabled() and dialog.blocked.isHidden()
    assert dialog.outcomes.rowCount() == 30
    assert dialog.outcomes.index(0, 0).data() == "2" and dialog.outcomes.index(0, 1).data() == "Create"
    screenshot(dialog, "import_preview")
    steps: list[int] = []
    dialog.relay.advanced.connect(lambda done, total: steps.append(done * 100 // total))
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.value() == 100 and steps and steps[-1] == 100
    assert "30 customers created" in dialog.status.text()
    assert dialog.cancel_button.text() == "Close"
    assert imported.args[0] == dialog.changes and len(dialog.changes.ids(EntityKind.CUSTOMER)) == 30
    screenshot(dialog, "import_done")
    somchai = m.Customer.get(m.Customer.phone == "+66812345678")
    assert somchai.source == "Facebook Ads" and somchai.imported_at is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_error_file_keeps_import_disabled_and_lists_the_line(
    qtbot, worker, services, admin, tmp_path
) -> None:
    rows = good_rows(5)
    rows[2][1] = "12-34"  # line 4 of the file
    rows[3][0] = ""  # line 5: no name
    dialog = open_dialog(qtbot, worker, services, admin, write_csv(tmp_path / "bad.csv", rows))
    to_preview(qtbot, dialog)
    assert "2 with errors" in dialog.counts.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.blocked.isVisible() and "errors" in dialog.blocked.text()
    errors = [
        (dialog.outcomes.index(r, 0).data(), dialog.outcomes.index(r, 5).data())
        for r in range(dialog.outcomes.rowCount())
        if dialog.outcomes.index(r, 1).data() == "Error"
    ]
    assert errors == [("4", "“12-34” is not a valid phone number."), ("5", "Enter the customer's name.")]
    screenshot(dialog, "import_preview_errors")
    # ignoring the bad phone column is not enough (line 5 still has no name); back and forth works
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == dialog.MAPPING
    dialog.set_mapping(1, "")
    to_preview(qtbot, dialog)
    assert "1 with errors" in dialog.counts.text() and not dialog.import_button.isEnabled()
    assert m.Customer.select().count() == 0


def test_cancel_stops_the_import_and_writes_nothing(qtbot, worker, services, admin, tmp_path) -> None:
    dialog = open_dialog(qtbot, worker, services, admin, write_csv(tmp_path / "big.csv", good_rows(20_000)))
    to_preview(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == dialog.RUNNING
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # while the worker runs
    assert dialog.isVisible()  # the dialog waits for the worker to roll back
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=20_000)
    assert dialog.import_result.cancelled
    assert "cancelled" in dialog.status.text()
    assert not dialog.changes
    assert m.Customer.select().count() == 0
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_unreadable_file_shows_the_reason(qtbot, worker, services, admin, tmp_path) -> None:
    dialog = ImportDialog(worker, CustomerImportService(services.ctx), admin)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.path_edit, str(tmp_path / "ไม่มีไฟล์.csv"))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "ไม่มีไฟล์.csv" in dialog.message.text() and dialog.pages.currentIndex() == dialog.FILE
    screenshot(dialog, "import_file")


def test_export_dialog_writes_the_list(qtbot, worker, services, admin, tmp_path) -> None:
    from salesapp.services.customers.customer_service import CustomerInput

    ids = [
        services.customers.create(admin, CustomerInput(name=name, phone=phone))[0].id
        for name, phone in (("สมหญิง", "0811111111"), ("Trần Minh", "0822222222"))
    ]
    dialog = ExportDialog(worker, services.ctx, admin, ids[::-1], {"name": "ชื่อ", "phone": "เบอร์โทร"})
    qtbot.addWidget(dialog)
    dialog.show()
    # ready at once: the file name in Documents (no export done yet to remember a folder)
    assert dialog.path_edit.text().endswith("customers.xlsx") and dialog.export_button.isEnabled()
    assert not dialog.open_button.isVisible()
    dialog.path_edit.setText(str(tmp_path / "out.csv"))
    assert dialog.format.currentData() == "csv"
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.value() == 100 and "2 customers exported" in dialog.message.text()
    assert dialog.open_button.isVisible() and dialog.written_path() == tmp_path / "out.csv"
    # the next export starts in the folder this one wrote to
    again = ExportDialog(worker, services.ctx, admin, ids, {"name": "ชื่อ"})
    qtbot.addWidget(again)
    assert again.path_edit.text() == str(tmp_path / "customers.xlsx")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines() == ["ชื่อ,เบอร์โทร", "Trần Minh,082-222-2222", "สมหญิง,081-111-1111"]


def test_exported_file_maps_every_column_by_itself(qtbot, worker, services, admin, tmp_path) -> None:
    from salesapp.services.customers.customer_export import EXPORT_FIELDS, export_customers
    from salesapp.services.customers.customer_service import CustomerInput

    ids = [
        services.customers.create(admin, CustomerInput(name=name, phone=phone, country=country))[0].id
        for name, phone, country in (("สมหญิง", "0811111111", "TH"), ("Trần Minh", "0912222222", "VN"))
    ]
    thai = dict(zip(EXPORT_FIELDS, (
        "ชื่อ", "โทรศัพท์", "เบอร์โทรสำรอง", "อีเมล", "ที่อยู่", "ตำบล/แขวง", "อำเภอ/เขต", "จังหวัด", "รหัสไปรษณีย์",
        "ประเทศ", "ช่องทาง", "แหล่งที่มา", "วันเกิด", "หมายเหตุในบิล", "Facebook", "LINE", "Zalo", "พนักงานขาย",
        "วันที่สร้าง",
    ), strict=True))  # fmt: skip
    path = tmp_path / "ลูกค้า.xlsx"
    export_customers(services.ctx, admin, ids, path, "xlsx", thai)
    dialog = open_dialog(qtbot, worker, services, admin, path)
    fields = [dialog.mapping.cellWidget(r, 2).currentData() for r in range(dialog.mapping.rowCount())]
    assert fields == list(EXPORT_FIELDS)  # Country, Salesperson and Created included: nothing to map by hand
    labels = {f: dialog.mapping.cellWidget(r, 2).currentText() for r, f in enumerate(fields)}
    assert [labels["country"], labels["owner"], labels["created_at"]] == ["Country", "Salesperson", "Created"]
    to_preview(qtbot, dialog)
    assert (
        dialog.preview is not None and dialog.preview.ok and dialog.preview.skipped == 2
    )  # already customers


def test_file_in_an_unknown_encoding_says_so(qtbot, worker, services, admin, tmp_path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes("ชื่อ,เบอร์โทร\nสมชาย,0812345678\n".encode("utf-16-le"))  # no byte-order mark
    dialog = ImportDialog(worker, CustomerImportService(services.ctx), admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_file(path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert dialog.message.text().startswith("The file's text encoding could not be recognised")
    assert dialog.pages.currentIndex() == dialog.FILE


def test_a_spreadsheet_dropped_on_the_dialog_is_chosen(qtbot, worker, services, admin, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    path = write_csv(tmp_path / "ลูกค้าจากไลน์.csv", good_rows(3))
    dialog = ImportDialog(worker, CustomerImportService(services.ctx), admin)
    qtbot.addWidget(dialog)
    dialog.show()

    def drag(files: list[Path]) -> tuple[bool, bool]:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
        point, action = QPointF(40, 40), Qt.DropAction.CopyAction
        buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(point.toPoint(), action, mime, buttons, keys)
        QApplication.sendEvent(dialog, enter)
        drop = QDropEvent(point, action, mime, buttons, keys)
        QApplication.sendEvent(dialog, drop)
        return enter.isAccepted(), drop.isAccepted()

    picture = tmp_path / "slip.jpg"
    picture.write_bytes(b"\xff\xd8")
    assert drag([picture]) == (False, False) and dialog.path_edit.text() == ""  # not a spreadsheet
    assert drag([path, path]) == (False, False)  # one file at a time
    assert drag([path]) == (True, True)
    assert dialog.path_edit.text() == str(path) and dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.MAPPING, timeout=10_000)
