"""The Products section through its widgets, from an empty database: a manager types two products with two
units each (Thai and Vietnamese), imports ten from an Excel file, finds them by typing, and a customer's
order is made with them on the order form; stale edits are refused naming who saved; sales staff read
only; the upsell rules offer the catalogue's categories; screenshots in English, Thai and Vietnamese."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from salesapp.db import models as m
from salesapp.domain.catalogue import ProductInput, UnitInput
from salesapp.domain.enums import Currency, EntityKind, Role
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from salesapp.ui.catalogue.catalogue_view import CatalogueView
from salesapp.ui.customers.customers_view import CustomersView
from salesapp.ui.lists.windowed import RECORD_ROLE
from salesapp.ui.shared.fonts import apply_app_font, load_fonts
from salesapp.ui.shared.i18n import Translations
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.upsell._upsell_settings_dialog import UpsellSettingsDialog
from tests.helpers.gui import screenshot, type_text

BANGKOK = ZoneInfo("Asia/Bangkok")
IMPORTED = [
    ("TH-SOAP", "สบู่สมุนไพรขมิ้น", "ของใช้", [("ก้อน", 1, 89), ("กล่อง 12 ก้อน", 12, 950)], "THB"),
    ("TH-SUN-50", "ครีมกันแดด SPF50 PA+++", "สกินแคร์", [("หลอด", 1, 350)], "THB"),
    ("TH-COF-250", "กาแฟอาราบิก้าดอยช้าง 250g", "เครื่องดื่ม", [("ถุง", 1, 280)], "THB"),
    ("TH-RICE-5", "ข้าวหอมมะลิ 5 กก.", "อาหาร", [("ถุง", 1, 225)], "THB"),
    ("TH-FISH-700", "น้ำปลาแท้ 700ml", "อาหาร", [("ขวด", 1, 45), ("ลัง 12 ขวด", 12, 490)], "THB"),
    ("TH-MASK", "มาส์กหน้าทองคำ", "สกินแคร์", [("ซอง", 1, 49)], "THB"),
    ("VN-TEA-250", "Trà ô long Bảo Lộc 250g", "Đồ uống", [("hộp", 1, 250000)], "VND"),
    ("VN-FISH-500", "Nước mắm Phú Quốc 500ml", "Thực phẩm", [("chai", 1, 95000)], "VND"),
    ("VN-HONEY-500", "Mật ong rừng U Minh 500ml", "Thực phẩm", [("chai", 1, 290000)], "VND"),
    ("VN-CANDY", "Kẹo dừa Bến Tre", "Thực phẩm", [("gói", 1, 55000), ("thùng 20 gói", 20, 990000)], "VND"),
]


@pytest.fixture
def worker(services: Services, db_url: str):
    if not db_url.startswith("sqlite"):
        pytest.skip("widgets over the worker thread: SQLite here; PostgreSQL covered by the service tests")
    load_fonts()
    apply_app_font(QApplication.instance())
    services.close()  # the worker thread opens its own connection
    w = DbWorker()
    yield w
    w.stop(services.close)


def make_view(qtbot, services: Services, user, worker: DbWorker, clock) -> CatalogueView:
    view = CatalogueView(ViewContext(worker, user, BANGKOK, False, clock), services)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    wait_list(qtbot, view)
    return view


def wait_list(qtbot, view: CatalogueView) -> None:
    """Until the list's id list and its first page are in."""
    qtbot.waitUntil(
        lambda: (
            view.model.all_ids() is not None
            and (view.model.rowCount() == 0 or view.model.record(0) is not None)
        ),
        timeout=10_000,
    )


def reload_and_wait(qtbot, view: CatalogueView, change) -> None:
    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        change()
    wait_list(qtbot, view)


def skus(view: CatalogueView) -> list[str]:
    return [view.model.index(r, 0).data(RECORD_ROLE).sku for r in range(view.model.rowCount())]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_product(
    qtbot, view: CatalogueView, sku: str, name: str, category: str, units, currency: str
) -> None:
    """What a manager does: New product, the fields, each unit (Add unit for the second), Save."""
    click(qtbot, view.new_button)
    pane = view.pane
    assert pane.title.text() == "New product" and len(pane.units.rows()) == 1
    type_text(pane.sku, sku)
    type_text(pane.name, name)
    type_text(pane.category.lineEdit(), category)
    for index, (unit, factor, price) in enumerate(units):
        if index:
            click(qtbot, pane.units.add_button)
        row = pane.units.rows()[index]
        type_text(row.name, unit)
        if factor != 1:
            row.factor.lineEdit().selectAll()
            type_text(row.factor.lineEdit(), str(factor))
        type_text(row.price, price)
        row.currency.setCurrentIndex(row.currency.findData(currency))
    assert pane.save_button.isEnabled()
    with qtbot.waitSignal(view.product_shown, timeout=10_000):
        click(qtbot, pane.save_button)
    assert pane.message.text() == "Saved." and pane.title.text() == name


def write_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["SKU", "Product name", "Category", "Unit", "Base units", "Price", "Currency"])
    for sku, name, category, units, currency in IMPORTED:
        for unit, factor, price in units:
            sheet.append([sku, name, category, unit, factor, price, currency])
    book.save(path)
    return path


def import_workbook(qtbot, view: CatalogueView, path: Path) -> None:
    dialog = view.import_products()
    qtbot.waitUntil(dialog.isVisible)
    dialog.choose_file(path)
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.MAPPING, timeout=10_000)
    assert dialog.current_mapping() == {
        0: "sku", 1: "name", 2: "category", 3: "unit", 4: "factor", 5: "price", 6: "currency",
    }  # fmt: skip
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=10_000)
    assert (
        dialog.counts.text() == "13 rows: 10 products to create, 0 to update, 0 skipped, 0 rows with errors."
    )
    screenshot(dialog, "products_import_preview_en")
    with qtbot.waitSignal(view.model.ids_loaded, timeout=20_000):
        with qtbot.waitSignal(dialog.imported, timeout=20_000):
            click(qtbot, dialog.import_button)
    assert dialog.status.text() == "Done: 10 products created, 0 updated, 0 skipped."
    click(qtbot, dialog.cancel_button)  # Close


def test_from_an_empty_database_typed_imported_and_sold(
    qtbot, services, admin, worker, clock, tmp_path
) -> None:
    view = make_view(qtbot, services, admin, worker, clock)
    assert view.model.rowCount() == 0 and view.list.status.text() == "0 products"
    assert view.pane.placeholder.isVisible()
    # Two products typed, two units each: a Thai one in baht, a Vietnamese one in đồng.
    type_product(
        qtbot, view, "TH-SER-30", "เซรั่มวิตามินซี 30ml", "สกินแคร์", [("ขวด", 1, "590"), ("แพ็ก 3 ขวด", 3, "1,590")],
        "THB",
    )  # fmt: skip
    wait_list(qtbot, view)
    screenshot(view, "products_typed_en")
    type_product(
        qtbot, view, "VN-CAF-500", "Cà phê Robusta rang xay 500g", "Đồ uống",
        [("gói", 1, "180.000"), ("thùng 10 gói", 10, "1.700.000")], "VND",
    )  # fmt: skip
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    stored = {p.sku: p for p in m.Product.select()}
    units = {(u.name, u.factor, u.price_minor, u.currency) for u in m.ProductUnit.select()}
    assert set(stored) == {"TH-SER-30", "VN-CAF-500"} and units == {
        ("ขวด", 1, 59_000, "THB"), ("แพ็ก 3 ขวด", 3, 159_000, "THB"),
        ("gói", 1, 180_000, "VND"), ("thùng 10 gói", 10, 1_700_000, "VND"),
    }  # fmt: skip
    # Ten more from an Excel workbook.
    import_workbook(qtbot, view, write_workbook(tmp_path / "products.xlsx"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 12, timeout=10_000)
    qtbot.waitUntil(lambda: view.list.tab_bar.tabText(0) == "Sold (12)", timeout=10_000)
    # Search as you type: a Thai substring, Vietnamese without tone marks, an SKU.
    type_text(view.search, "วิตามิน")
    qtbot.waitUntil(lambda: skus(view) == ["TH-SER-30"], timeout=10_000)
    assert view.list.status.text() == "1 product found"
    view.search.clear()
    type_text(view.search, "nuoc mam")
    qtbot.waitUntil(lambda: skus(view) == ["VN-FISH-500"], timeout=10_000)
    screenshot(view, "products_search_en")
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 12, timeout=10_000)
    view.close()

    # A customer, and an order with the typed and the imported products through the order form.
    customer, _ = services.customers.create(admin, CustomerInput(name="สมชาย ใจดี", phone="081-234-5678"))
    customers = CustomersView(ViewContext(worker, admin, BANGKOK, False, clock), services)
    qtbot.addWidget(customers)
    customers.resize(1280, 720)
    customers.show()
    qtbot.waitUntil(
        lambda: customers.model.rowCount() == 1 and customers.model.record(0) is not None, timeout=10_000
    )
    with qtbot.waitSignal(customers.profile_shown, timeout=10_000):
        customers.open_customer(customer.id)
    bill = customers.open_bill()
    qtbot.waitUntil(lambda: bill.product.count() == 7, timeout=10_000)  # the seven sold in baht
    for text, unit, quantity in (("วิตามิน", "แพ็ก 3 ขวด", 2), ("ขมิ้น", "กล่อง 12 ก้อน", 1)):
        type_text(bill.product_edit, text)
        qtbot.waitUntil(lambda: bill.matches.rowCount() == 1, timeout=5000)
        popup = bill.completer.popup()  # the one match, picked from the list as a click does
        qtbot.waitUntil(popup.isVisible)
        rect = popup.visualRect(popup.model().index(0, 0))
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: bill.current_product() is not None, timeout=5000)
        bill.unit.setCurrentIndex(
            next(i for i in range(bill.unit.count()) if bill.unit.itemText(i).startswith(unit))
        )
        bill.quantity.setValue(quantity)
        click(qtbot, bill.add_button)
    assert bill.table.rowCount() == 2 and bill.total.text() == "Total ฿4,130.00"
    with qtbot.waitSignal(customers.changed, timeout=10_000):
        click(qtbot, bill.buttons.button(QDialogButtonBox.StandardButton.Save))
    order = m.Order.get()
    lines = [(line.description, line.quantity, line.unit_price_minor) for line in m.OrderLine.select()]
    assert order.total_minor == 413_000 and sorted(lines) == [
        ("สบู่สมุนไพรขมิ้น (กล่อง 12 ก้อน)", 1, 95_000),
        ("เซรั่มวิตามินซี 30ml (แพ็ก 3 ขวด)", 2, 159_000),
    ]


@pytest.fixture
def catalogue(services: Services, admin):
    boss, _ = services.users.create_user(admin, "boss", "คุณบอส", Role.MANAGER, "secret-pass")
    lan, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.MANAGER, "secret-pass")
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "secret-pass")
    THB = Currency.THB
    for sku, name, category, units in (
        ("TH-SER-30", "เซรั่มวิตามินซี 30ml", "สกินแคร์", [("ขวด", 1, 59_000), ("แพ็ก 3 ขวด", 3, 159_000)]),
        ("TH-SUN-50", "ครีมกันแดด SPF50 PA+++", "สกินแคร์", [("หลอด", 1, 35_000)]),
        ("TH-SOAP", "สบู่สมุนไพรขมิ้น", "ของใช้", [("ก้อน", 1, 8_900), ("กล่อง 12 ก้อน", 12, 95_000)]),
    ):
        data = ProductInput(sku, name, tuple(UnitInput(u, f, p, THB) for u, f, p in units), category)
        services.catalogue.create(boss, data)
    return boss, lan, somsri


def select_sku(qtbot, view: CatalogueView, sku: str) -> None:
    row = skus(view).index(sku)
    rect = view.list.table.visualRect(view.model.index(row, 1))
    with qtbot.waitSignal(view.product_shown, timeout=10_000):
        qtbot.mouseClick(view.list.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_stale_edit_is_refused_naming_who_saved_and_the_typing_stays(
    qtbot, services, catalogue, worker, clock
) -> None:
    boss, lan, _ = catalogue
    view = make_view(qtbot, services, boss, worker, clock)
    assert skus(view) == ["TH-SUN-50", "TH-SER-30", "TH-SOAP"]  # Thai name order
    select_sku(qtbot, view, "TH-SER-30")
    pane = view.pane
    assert pane.sku.text() == "TH-SER-30" and [r.price.text() for r in pane.units.rows()] == [
        "590.00",
        "1,590.00",
    ]
    assert not pane.save_button.isEnabled()
    # Lan raises the price on her desktop meanwhile.
    detail = services.catalogue.get(pane.record.id)
    units = (UnitInput("ขวด", 1, 62_000, Currency.THB, detail.units[0].id),)
    services.catalogue.update(lan, detail.id, detail.version, ProductInput(detail.sku, detail.name, units))
    row = pane.units.rows()[0]
    row.price.selectAll()
    type_text(row.price, "600")
    click(qtbot, pane.save_button)
    qtbot.waitUntil(lambda: pane.message.isVisible(), timeout=10_000)
    assert "changed by Nguyễn Thị Lan" in pane.message.text()
    assert pane.units.rows()[0].price.text() == "600" and pane.save_button.isEnabled()
    screenshot(view, "products_stale_en")
    # Discard changes shows what Lan saved.
    with qtbot.waitSignal(view.product_shown, timeout=10_000):
        click(qtbot, pane.discard_button)
    assert [r.price.text() for r in pane.units.rows()] == ["620.00"]
    # Archive moves it to the Archived tab (and off the order form).
    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        click(qtbot, pane.archive_button)
    qtbot.waitUntil(lambda: "TH-SER-30" not in skus(view), timeout=10_000)
    assert pane.archive_button.text() == "Restore" and "Archived" in pane.state.text()
    assert view.list.tab_bar.tabText(1) == "Archived (1)"
    assert [c.sku for c in services.orders.catalogue(Currency.THB)] == ["TH-SUN-50", "TH-SOAP"]
    # A change saved on another desktop reaches this list.
    sun = services.catalogue.get(next(p.id for p in m.Product.select() if p.sku == "TH-SUN-50"))
    renamed = ProductInput(
        sun.sku,
        "ครีมกันแดดใหม่",
        tuple(UnitInput(u.name, u.factor, u.price_minor, u.currency, u.id) for u in sun.units),
    )
    _, changes = services.catalogue.update(lan, sun.id, sun.version, renamed)
    view.apply_changes(changes)
    qtbot.waitUntil(lambda: view.model.index(0, 1).data() == "ครีมกันแดดใหม่", timeout=10_000)
    assert changes.ids(EntityKind.PRODUCT) == {sun.id}


def test_sales_staff_read_only_and_the_model_passes_the_tester(
    qtbot, qtmodeltester, services, catalogue, worker, clock
) -> None:
    _, _, somsri = catalogue
    view = make_view(qtbot, services, somsri, worker, clock)
    assert not view.new_button.isVisible() and not view.import_action.isVisible()
    select_sku(qtbot, view, "TH-SOAP")
    pane = view.pane
    assert pane.sku.isReadOnly() and pane.name.isReadOnly() and not pane.save_button.isVisible()
    assert not pane.archive_button.isVisible() and not pane.units.add_button.isVisible()
    assert not pane.units.rows()[0].price.isEnabled()
    qtmodeltester.check(view.model, force_py=True)
    type_text(view.search, "สบ")
    qtbot.waitUntil(lambda: skus(view) == ["TH-SOAP"] and view.model.all_ids() is not None, timeout=10_000)
    qtmodeltester.check(view.model, force_py=True)


def test_import_with_bad_rows_lists_their_lines_and_imports_nothing(
    qtbot, services, catalogue, worker, clock, tmp_path
) -> None:
    boss, _, _ = catalogue
    path = tmp_path / "สินค้า.csv"
    path.write_text(
        "รหัสสินค้า,ชื่อสินค้า,หน่วย,ราคา\nTH-MASK,มาส์กหน้าทองคำ,ซอง,49\nTH-MASK,,กล่อง 10 ซอง,สี่ร้อย\n,ชาไทย,ห่อ,155\n",
        encoding="utf-8-sig",
    )
    view = make_view(qtbot, services, boss, worker, clock)
    dialog = view.import_products()
    dialog.choose_file(path)
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.MAPPING, timeout=10_000)
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=10_000)
    assert dialog.counts.text() == "3 rows: 1 products to create, 0 to update, 0 skipped, 2 rows with errors."
    assert not dialog.import_button.isEnabled() and dialog.blocked.isVisible()
    errors = [
        (dialog.outcomes.index(r, 0).data(), dialog.outcomes.index(r, 5).data())
        for r in range(dialog.outcomes.rowCount())
        if dialog.outcomes.index(r, 1).data() == "Error"
    ]
    assert errors == [("3", "“สี่ร้อย” is not an amount of money."), ("4", "Type the product's SKU.")]
    screenshot(dialog, "products_import_errors_en")
    dialog.reject()
    assert m.Product.select().where(m.Product.sku == "TH-MASK").count() == 0


def test_upsell_rules_offer_the_catalogues_categories(qtbot, services, catalogue) -> None:
    settings = services.upsell_settings.get()
    dialog = UpsellSettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.set_categories(services.catalogue.categories())
    names = [a.text() for a in dialog.category_menu.actions()]
    assert names == ["ของใช้", "สกินแคร์"] and dialog.category_button.isEnabled()
    dialog.category_menu.actions()[1].trigger()
    assert dialog.categories.text() == "สกินแคร์"
    dialog.choose_category("ของใช้", True)
    assert dialog.collect().rules.categories == {"สกินแคร์", "ของใช้"}
    dialog.category_menu.actions()[1].trigger()  # untick
    assert dialog.categories.text() == "ของใช้"


@pytest.mark.parametrize("code", ["en", "th", "vi"])
def test_screens_in_three_languages(qtbot, services, catalogue, worker, clock, code: str) -> None:
    boss, _, _ = catalogue
    translations = Translations(QApplication.instance())
    translations.install(code)
    try:
        view = make_view(qtbot, services, boss, worker, clock)
        select_sku(qtbot, view, "TH-SER-30")
        screenshot(view, f"products_{code}")
        click(qtbot, view.new_button)
        screenshot(view, f"products_new_{code}")
        dialog = view.export_list()
        qtbot.waitUntil(dialog.isVisible)
        screenshot(dialog, f"products_export_{code}")
        dialog.reject()
    finally:
        translations.install("en")


def test_column_widths_sort_and_splitter_are_remembered(qtbot, services, catalogue, worker, clock) -> None:
    admin, _, _ = catalogue
    view = make_view(qtbot, services, admin, worker, clock)
    header = view.list.table.horizontalHeader()
    first_by_name = skus(view)
    # The user widens Name, sorts by SKU (newest click: descending) and gives the pane more room.
    header.resizeSection(1, 333)
    x = header.sectionViewportPosition(0) + 10
    with qtbot.waitSignal(view.model.ids_loaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    by_sku_desc = skus(view)
    assert by_sku_desc == sorted(by_sku_desc, reverse=True) and by_sku_desc != first_by_name
    handle = view.splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(-150, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(-150, 0))
    sizes = view.splitter.sizes()
    view.close()

    again = make_view(qtbot, services, admin, worker, clock)
    assert again.list.table.horizontalHeader().sectionSize(1) == 333
    assert skus(again) == by_sku_desc  # the first load already sorted as the user left it
    assert again.splitter.sizes() == sizes
