"""A salesperson typing a colleague's customer's phone into the new-customer form learns only that the
phone is taken and by whom (to ask for a handover): not the customer's name, and nothing to open. Their
own customer with that phone is offered to open, as before. Screenshots in English, Thai and Vietnamese.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from salesapp.domain.enums import Role
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.registry import Services
from salesapp.ui.customers.customers_view import CustomersView
from salesapp.ui.shared.tasks import DbWorker
from salesapp.ui.shared.view_context import ViewContext
from tests.helpers.gui import screenshot

BANGKOK = ZoneInfo("Asia/Bangkok")


@pytest.mark.parametrize("language", ["en", "th", "vi"], indirect=True)
def test_a_colleagues_customer_shows_only_whose_it_is(
    qtbot, services: Services, admin, clock, db_url, language: str
) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("widget test on SQLite; the services are covered on PostgreSQL")
    somsri, _ = services.users.create_user(admin, "somsri", "สมศรี ขายเก่ง", Role.SALES, "password1")
    lan, _ = services.users.create_user(admin, "lan", "Nguyễn Thị Lan", Role.SALES, "password1")
    services.customers.create(
        lan, CustomerInput(name="Khách bí mật", phone="0822222222", address_line="12 ngõ")
    )
    services.customers.create(somsri, CustomerInput(name="ลูกค้าของสมศรี", phone="0811111111"))
    services.close()
    worker = DbWorker()
    view = CustomersView(ViewContext(worker, somsri, BANGKOK, language == "th", clock), services)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    try:
        qtbot.waitUntil(
            lambda: view.model.rowCount() == 1 and view.model.record(0) is not None, timeout=10_000
        )
        dialog = view.open_customer_dialog(None)
        dialog.phone.setText("082-222-2222")
        dialog.phone.editingFinished.emit()
        qtbot.waitUntil(lambda: dialog.existing.isVisible(), timeout=10_000)
        text = dialog.existing.text()
        assert "Nguyễn Thị Lan" in text and "bí mật" not in text and "href" not in text
        qtbot.wait(200)  # the layout settles around the message
        screenshot(dialog, f"customer_taken_phone_{language}")
        dialog.phone.setText("081-111-1111")  # her own: offered to open, with its name
        dialog.phone.editingFinished.emit()
        qtbot.waitUntil(lambda: "ลูกค้าของสมศรี" in dialog.existing.text(), timeout=10_000)
        assert "href" in dialog.existing.text()
        dialog.reject()
    finally:
        worker.stop(services.close)
