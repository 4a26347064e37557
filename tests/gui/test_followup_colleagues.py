"""A salesperson at the follow-up desk never reaches a colleague's orders or customers: "Match to an
order…" offers only their own orders (even when the notice gives a colleague's order number), a match to
a colleague's order is refused in the pane saying why, and a payment notice typed with a colleague's
customer's phone is refused in the form, naming only the colleague, with everything typed kept.
On SQLite and on the real PostgreSQL server.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from salesapp.db import models as m
from salesapp.demo.demo import DEMO_PASSWORD, fill_demo
from salesapp.domain.phone import format_national
from salesapp.services.registry import Services
from salesapp.ui.followup.followup_view import FollowUpView
from salesapp.ui.followup.reminders import Reminders
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from tests.helpers.gui import type_text

BANGKOK = ZoneInfo("Asia/Bangkok")


@pytest.fixture
def worker(services: Services):
    w = DbWorker()
    yield w
    w.stop(services.close)


def test_match_and_intake_stay_within_ones_own(qtbot, services: Services, worker, clock) -> None:
    fill_demo(services.db, customers=60, orders=600, seed=4, now=clock())
    somsri = services.users.sign_in("somsri", DEMO_PASSWORD)
    o, c = m.Order, m.Customer
    mine = o.select(o.id, o.number, c.name, c.phone).join(c, on=(o.customer == c.id))
    own = (
        mine.where((o.owner == somsri.id) & (c.owner == somsri.id) & c.phone.startswith("+66"))
        .tuples()
        .first()
    )
    theirs = mine.where((o.owner != somsri.id) & (c.owner != somsri.id) & c.phone.startswith("+66"))
    colleague_order, colleague_number, _, colleague_phone = theirs.tuples().first()
    first = (
        m.Customer.select(m.Customer.owner).where(m.Customer.phone == colleague_phone).order_by(m.Customer.id)
    )
    owner_name = m.User.get_by_id(first.scalar()).display_name
    view = FollowUpView(
        ViewContext(worker, somsri, BANGKOK, False, clock), services.followup_list, services.followups,
        services.intake, Reminders(),
    )  # fmt: skip
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()

    # A notice typed with a colleague's customer's phone: refused in the form, naming the colleague only.
    dialog = view.enter_payment_notice()
    type_text(dialog.name, "ลูกค้าโทรมา")
    type_text(dialog.phone, format_national(colleague_phone))
    type_text(dialog.amount, "630.00")
    type_text(dialog.bank, "กสิกรไทย")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: owner_name in dialog.message.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.name.text() == "ลูกค้าโทรมา" and dialog.bank.text() == "กสิกรไทย"
    dialog.reject()

    # Her own customer's notice that names a colleague's order number: only her orders are offered.
    dialog = view.enter_payment_notice()
    type_text(dialog.name, own[2])
    type_text(dialog.phone, format_national(own[3]))
    type_text(dialog.amount, "630.00")
    type_text(dialog.bank, "กสิกรไทย")
    type_text(dialog.order_number, colleague_number)
    with qtbot.waitSignal(view.detail_shown, timeout=10_000) as shown:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    notice = shown.args[0].subject
    view.pane.match_button.click()
    match = view.match_dialog
    qtbot.waitUntil(lambda: match.orders.topLevelItemCount() > 0, timeout=10_000)
    offered = {match.orders.topLevelItem(i).text(0) for i in range(match.orders.topLevelItemCount())}
    assert own[1] in offered and colleague_number not in offered
    assert all(o.get(o.number == n).owner_id == somsri.id for n in offered)

    # A match to a colleague's order (another desktop's stale list, say) is refused in the pane, saying why.
    view._do_match(match, notice, colleague_order)
    qtbot.waitUntil(lambda: colleague_number in view.pane.message.text(), timeout=10_000)
    assert "another salesperson" in view.pane.message.text()
    assert m.PaymentNotice.get_by_id(notice.id).matched_order_id is None  # nothing written
