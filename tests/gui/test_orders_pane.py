"""The order's life in the Orders section, through the main window from an empty database (issue 16, part
1): the administrator opens an order in the pane, confirms it, packs it with a carrier and a tracking
number, ships it and marks it delivered; cancels another with a reason; confirms several at once (the one
already delivered is named as left alone); confirms an order waiting in the upsell queue, which cannot be
packed until the upsell call is skipped in the Upsell section, and then can. Screenshots of the pane in
English, Thai (Buddhist era) and Vietnamese at 1280x720."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QScrollArea

from salesapp.app import AppController
from salesapp.db import models as m
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Channel, Currency, OrderStatus
from salesapp.domain.orders.bill import BillInput, BillLineInput
from salesapp.domain.orders.lifecycle import OrderAction
from salesapp.domain.text import search_key
from salesapp.domain.upsell import UpsellRules, UpsellStatus
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.ui.orders._order_texts import button_text
from salesapp.ui.orders.order_labels import status_name
from salesapp.ui.orders.orders_view import OrdersView
from salesapp.ui.shared.i18n import Translations
from salesapp.ui.upsell.upsell_view import UpsellView
from tests.gui.test_audit_screen import run, signed_in
from tests.gui.test_catalogue_view import click
from tests.gui.test_shop_setup import settle
from tests.gui.test_startup import _make_database, fast_connect
from tests.helpers.gui import screenshot, type_text


@pytest.fixture
def controller(qtbot, language):
    app = QApplication.instance()
    ctl = AppController(app, Translations(app), connect_fn=fast_connect)
    yield ctl
    for widget in (ctl.window, ctl.first_run, ctl.sign_in, ctl.password_dialog):
        if widget is not None:
            widget.close()
    ctl.shutdown()


def setup_shop(services) -> dict[str, int]:
    """A product, a customer with an address, five orders; then the upsell rules on and a sixth order."""
    admin = services.users.sign_in("admin", "secret-pass")
    now = to_db(services.ctx.clock())
    name = "เซรั่มวิตามินซี 30ml"
    pid = m.Product.insert(sku="SER", name=name, search_key=search_key(name), created_at=now, updated_at=now)
    pid = pid.execute()
    uid = m.ProductUnit.insert(product=pid, name="ขวด", price_minor=59000, currency="THB").execute()
    customer, _ = services.customers.create(
        admin, CustomerInput(name="Nguyễn Thị Lan", phone="081-234-5678", channel=Channel.LINE)
    )
    m.Customer.update(
        address_line="99/1 ซอยสุขุมวิท 21 ถนนสุขุมวิท",
        district="เขตวัฒนา",
        province="กรุงเทพมหานคร",
        postcode="10110",
    ).where(m.Customer.id == customer.id).execute()

    def order(quantity: int) -> int:
        bill = BillInput(customer.id, Currency.THB, (BillLineInput(pid, uid, quantity),), shipping_minor=4000)
        return services.orders.create(admin, bill)[0].order_id

    ids = {key: order(n) for n, key in enumerate(("life", "cancel", "bulk1", "bulk2", "bulk3"), start=1)}
    current = services.upsell_settings.get()
    services.upsell_settings.save(admin, replace(current, rules=UpsellRules(enabled=True)), current.version)
    ids["upsell"] = order(2)
    return ids


def select(view: OrdersView, *order_ids: int) -> None:
    """Select the rows of `order_ids` (a click on the first, Ctrl+click on the others)."""
    table = view.list.table
    rows = [view.model.all_ids().index(oid) for oid in order_ids]
    table.setCurrentIndex(view.model.index(rows[0], 0))
    selection = QItemSelection()
    for row in rows:
        selection.select(view.model.index(row, 0), view.model.index(row, view.model.columnCount() - 1))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def open_order(qtbot, view: OrdersView, order_id: int):
    actions = view.order_actions
    assert actions is not None
    if view.pane.detail is not None and view.pane.detail.order.id == order_id:
        return view.pane.detail
    with qtbot.waitSignal(actions.shown, timeout=10_000) as shown:
        select(view, order_id)
    return shown.args[0]


def step(qtbot, view: OrdersView, action: OrderAction) -> None:
    """Press a step's button in the pane (it must be enabled) and wait until it went through."""
    button = view.pane.buttons[action]
    assert button.isEnabled(), action
    with qtbot.waitSignal(view.order_actions.shown, timeout=10_000):
        click(qtbot, button)


def save(qtbot, view: OrdersView) -> None:
    dialog = view.order_actions.dialog
    with qtbot.waitSignal(view.order_actions.saved, timeout=10_000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert not dialog.isVisible()


def enabled(view: OrdersView) -> set[OrderAction]:
    return {a for a, b in view.pane.buttons.items() if b.isEnabled()}


def assert_fits(view: OrdersView) -> None:
    """Every button and one-line label of the pane shows its whole text."""
    for widget in view.pane.findChildren(QAbstractButton) + view.pane.findChildren(QLabel):
        if widget.isVisible() and widget.text() and not (isinstance(widget, QLabel) and widget.wordWrap()):
            if isinstance(widget, QLabel) and widget.textFormat().name == "RichText":
                continue
            needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
            assert widget.contentsRect().width() >= needed, (widget.text(), widget.width(), needed)


@pytest.mark.parametrize("language", ["en", "th", "vi"], indirect=True)
def test_an_orders_life_in_the_orders_pane(qtbot, controller, language: str, tmp_path: Path) -> None:
    url = _make_database(tmp_path / "shop.sqlite3")
    controller.config = controller.config.with_changes(buddhist_era=language == "th")
    controller.start(url)
    window = signed_in(qtbot, controller, "admin", "secret-pass")
    services = controller.services
    ids = run(qtbot, controller, lambda: setup_shop(services))
    numbers = {k: m.Order.get_by_id(v).number for k, v in ids.items()}

    window.show_section("orders")
    view = window.section_widget("orders")
    assert isinstance(view, OrdersView) and view.pane is not None
    view.reload()
    qtbot.waitUntil(lambda: view.model.has_ids() and view.model.rowCount() == 6, timeout=10_000)
    assert "Select an order" in view.pane.placeholder.text() or language != "en"

    # One order: confirm, pack with a carrier and a tracking number, ship, deliver.
    detail = open_order(qtbot, view, ids["life"])
    assert detail.customer_name == "Nguyễn Thị Lan" and "กรุงเทพมหานคร" in detail.delivery_address
    assert enabled(view) == {OrderAction.CONFIRM, OrderAction.CANCEL}
    assert view.pane.buttons[OrderAction.CONFIRM].text() == button_text(OrderAction.CONFIRM)
    step(qtbot, view, OrderAction.CONFIRM)
    assert view.pane.detail.life.status is OrderStatus.CONFIRMED
    assert view.pane.status.text() == status_name(OrderStatus.CONFIRMED)
    assert enabled(view) == {OrderAction.PACK, OrderAction.CANCEL}
    qtbot.waitUntil(lambda: view.model.record(view.model.all_ids().index(ids["life"])).status
                    is OrderStatus.CONFIRMED, timeout=10_000)  # fmt: skip
    click(qtbot, view.pane.buttons[OrderAction.PACK])
    dialog = view.order_actions.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.carrier.lineEdit(), "Kerry Express")
    type_text(dialog.tracking, "KEX0012345TH")
    with qtbot.waitSignal(view.order_actions.shown, timeout=10_000):
        save(qtbot, view)
    life = view.pane.detail.life
    assert (life.status, life.carrier, life.tracking_number) == (
        OrderStatus.PACKED,
        "Kerry Express",
        "KEX0012345TH",
    )
    assert enabled(view) == {OrderAction.SHIP}
    step(qtbot, view, OrderAction.SHIP)
    assert enabled(view) == {OrderAction.DELIVER, OrderAction.RETURN}
    step(qtbot, view, OrderAction.DELIVER)
    assert view.pane.detail.life.status is OrderStatus.DELIVERED and enabled(view) == {OrderAction.RETURN}
    assert len([h for h in view.pane.detail.history if h.action.value == "status_changed"]) == 4
    rows = view.pane.history_rows  # newest first: four steps and the creation
    assert (
        len(rows) == 5
        and rows[0][2] == f"{status_name(OrderStatus.SHIPPED)} → {status_name(OrderStatus.DELIVERED)}"
    )
    assert "KEX0012345TH" in rows[2][3] and "Kerry Express" in rows[2][3]
    settle(qtbot, controller)
    assert_fits(view)
    screenshot(window, f"orders_pane_{language}")

    # Another order cancelled with a reason.
    open_order(qtbot, view, ids["cancel"])
    click(qtbot, view.pane.buttons[OrderAction.CANCEL])
    dialog = view.order_actions.dialog
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))  # no reason: the form refuses
    assert dialog.isVisible() and dialog.message.text()
    type_text(dialog.reason, "ลูกค้าขอยกเลิก สั่งซ้ำ")
    with qtbot.waitSignal(view.order_actions.shown, timeout=10_000):
        save(qtbot, view)
    assert view.pane.detail.life.status is OrderStatus.CANCELLED
    assert view.pane.detail.life.cancel_reason == "ลูกค้าขอยกเลิก สั่งซ้ำ" and enabled(view) == set()

    # Bulk confirm: three awaiting orders move; the delivered one is named as left alone.
    select(view, ids["bulk1"], ids["bulk2"], ids["bulk3"], ids["life"])
    assert view.pane.pages.currentIndex() == 2 and "4" in view.pane.bulk_title.text()
    with qtbot.waitSignal(view.order_actions.saved, timeout=10_000) as saved:
        click(qtbot, view.pane.bulk_buttons[OrderAction.CONFIRM])
    outcome = saved.args[0]
    assert set(outcome.moved) == {ids["bulk1"], ids["bulk2"], ids["bulk3"]}
    assert [r.order_id for r in outcome.refused] == [ids["life"]]
    assert numbers["life"] in view.pane.bulk_report.text()
    assert {m.Order.get_by_id(ids[k]).status for k in ("bulk1", "bulk2", "bulk3")} == {"confirmed"}
    row = view.model.all_ids().index(ids["bulk1"])
    qtbot.waitUntil(lambda: view.model.record(row).status is OrderStatus.CONFIRMED, timeout=10_000)
    settle(qtbot, controller)
    assert_fits(view)
    screenshot(window, f"orders_bulk_{language}")
    if language != "en":
        return

    # The upsell order: confirmed, held back from packing until its upsell call is skipped.
    open_order(qtbot, view, ids["upsell"])
    step(qtbot, view, OrderAction.CONFIRM)
    assert enabled(view) == {OrderAction.CANCEL} and view.pane.hold.isVisible()
    upsell = window.section_widget("upsell")
    assert isinstance(upsell, UpsellView)
    window.show_section("upsell")
    with qtbot.waitSignal(upsell.case_shown, timeout=10_000):
        upsell.request_work()
    skip = upsell.record_outcome(UpsellStatus.SKIPPED)
    skip.choose(skip.reasons.itemData(0))
    with qtbot.waitSignal(view.order_actions.shown, timeout=10_000):  # the Orders pane follows the skip
        with qtbot.waitSignal(upsell.saved, timeout=10_000):
            click(qtbot, skip.buttons.button(QDialogButtonBox.StandardButton.Save))
    window.show_section("orders")
    assert view.pane.detail.upsell.status is UpsellStatus.SKIPPED and not view.pane.hold.isVisible()
    assert enabled(view) == {OrderAction.PACK, OrderAction.CANCEL}
    click(qtbot, view.pane.buttons[OrderAction.PACK])
    type_text(view.order_actions.dialog.carrier.lineEdit(), "Flash Express")
    with qtbot.waitSignal(view.order_actions.shown, timeout=10_000):
        save(qtbot, view)
    assert view.pane.detail.life.status is OrderStatus.PACKED

    # New order from the Orders section: find the customer, then the bill; the order opens in the pane.
    click(qtbot, view.new_button)
    pick = view.pick
    assert pick is not None and pick.isVisible()
    type_text(pick.search, "081 234 5678")
    qtbot.waitUntil(lambda: pick.chosen_id() is not None, timeout=10_000)  # one customer found: chosen
    assert pick.hits.count() == 1 and "Nguyễn Thị Lan" in pick.hits.item(0).text()
    screenshot(pick, "orders_new_order_en")
    click(qtbot, pick.next_button)
    qtbot.waitUntil(lambda: pick.bill is not None and pick.bill.isVisible(), timeout=10_000)
    bill = pick.bill
    assert "Nguyễn Thị Lan" in bill.windowTitle()
    qtbot.waitUntil(lambda: bill.product.count() == 1, timeout=10_000)
    type_text(bill.product_edit, "วิตามิน")
    click(qtbot, bill.add_button)
    assert bill.table.rowCount() == 1
    with qtbot.waitSignal(view.order_actions.shown, timeout=10_000) as shown:
        click(qtbot, bill.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert shown.args[0].order.total_minor == 59000 and shown.args[0].life.status is OrderStatus.AWAITING
    qtbot.waitUntil(lambda: view.model.has_ids() and view.model.rowCount() == 7, timeout=10_000)

    # The delivered order comes back: the reason and the line.
    open_order(qtbot, view, ids["life"])
    click(qtbot, view.pane.buttons[OrderAction.RETURN])
    back = view.order_actions.dialog
    assert back.lines.count() == 1
    type_text(back.reason, "Khách từ chối nhận hàng")
    screenshot(back, "orders_return_en")
    with qtbot.waitSignal(view.order_actions.shown, timeout=10_000):
        save(qtbot, view)
    detail = view.pane.detail
    assert (
        detail.life.status is OrderStatus.RETURNED and detail.life.return_reason == "Khách từ chối nhận hàng"
    )
    assert detail.returned_line_ids == {detail.order.lines[0].id} and enabled(view) == set()
    scroll = view.pane.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    settle(qtbot, controller)
    screenshot(window, "orders_pane_history_en")
