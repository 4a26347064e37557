"""The Customers section: the windowed list with its search, filters and segments, and the profile beside it.

The bulk actions on the selection (tags, handover, take back, export), import, new tags and saved segments
are in _customer_actions, whose class is this view's base."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.changes import ChangeSet
from salesapp.domain.customers.appointments import AppointmentRecord
from salesapp.domain.customers.customer_filter import CustomerFilter, SortKey
from salesapp.domain.customers.customer_profile import CareKind, CustomerProfile, TagRecord
from salesapp.domain.enums import Channel, Currency, EntityKind
from salesapp.domain.orders.bill import BillInput, OrderCreated
from salesapp.domain.phone import format_national
from salesapp.domain.records import CustomerRecord
from salesapp.services.customers.customer_list import MAX_HITS, CustomerRow
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.services.customers.pools import PoolRecord
from salesapp.services.customers.segments import SegmentRecord
from salesapp.services.registry import Services
from salesapp.services.shared.list_query import COUNT_CAP
from salesapp.ui.customers._appointment_dialog import AppointmentDialog, OutcomeDialog
from salesapp.ui.customers._appointments_week import AppointmentsWeekView
from salesapp.ui.customers._customer_actions import CustomerListActions
from salesapp.ui.customers._customer_dialog import CustomerDialog
from salesapp.ui.customers._customer_filter_bar import CustomerFilterBar, color_icon
from salesapp.ui.customers._customer_profile_pane import CustomerProfilePane
from salesapp.ui.customers._duplicates_dialog import DuplicatesDialog
from salesapp.ui.customers.customer_labels import channel_text, name, pool_label
from salesapp.ui.lists.list_pane_split import ListPaneSplit
from salesapp.ui.lists.record_list import RecordListView
from salesapp.ui.lists.search_box import SearchBox
from salesapp.ui.lists.windowed import Column, WindowedTableModel
from salesapp.ui.messaging.profile_messaging import ProfileMessaging
from salesapp.ui.opportunities.opportunity_dialog import OpportunityDialog, open_new_opportunity
from salesapp.ui.orders.bill_dialog import BillDialog
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.qtdates import format_date
from salesapp.ui.shared.view_context import ViewContext

# The orders offered: name A→Z, every date newest first.
SORTS = (
    SortKey.CREATED, SortKey.NAME, SortKey.LAST_CONTACT, SortKey.FIRST_CONTACT, SortKey.HANDED_OVER,
    SortKey.IMPORTED, SortKey.CONVERTED,
)  # fmt: skip


class CustomersView(CustomerListActions):
    """The customers list with its filters and bulk actions, and the profile pane.

    Signals:
        changed(object): a ChangeSet this view saved (for the other sections).
        profile_shown(object): the CustomerProfile now in the pane.
    """

    changed = Signal(object)
    profile_shown = Signal(object)

    def __init__(self, ctx: ViewContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.services = ctx, services
        self.worker, self.user, self.tz = ctx.worker, ctx.user, ctx.tz
        self.service = services.customer_list
        self.tags: list[TagRecord] = []
        self.pools: list[PoolRecord] = []
        self.channels: list[Channel] | None = None  # offered for new customers (None: not read yet, all)
        self._shown_id: int | None = None
        self._shown_sort = SortKey.CREATED
        self.dialog: CustomerDialog | None = None
        self.bill: BillDialog | None = None
        tz, buddhist_era = ctx.tz, ctx.buddhist_era

        def when(r: CustomerRow) -> str:  # the date the loaded list is sorted by (created for names)
            sort = self._shown_sort
            at = (r.date(sort) if sort is not SortKey.NAME else None) or r.created_at
            return format_date(at.astimezone(tz).date(), buddhist_era)

        columns = [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Phone"), lambda r: format_national(r.phone) if r.phone else ""),
            Column(self.tr("Province"), lambda r: r.province),
            Column(self.tr("Channel"), lambda r: channel_text(r.channel)),
            Column(self.tr("Salesperson"), self._owner_text),
            Column(self.tr("Date"), when),
        ]
        self.model = WindowedTableModel(self.worker, columns, partial(self.service.rows, self.user))
        self.search = SearchBox(self.tr("Search by name, phone or e-mail"))
        self.search.search_changed.connect(lambda _text: self.reload())
        self.order = QComboBox()
        for key in SORTS:
            label = name(key) if key is SortKey.NAME else self.tr("{0}, newest first").format(name(key))
            self.order.addItem(label, key.value)
        self.order.setToolTip(self.tr("Order of the list"))
        self.order.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = QPushButton(self.tr("New customer…"))
        self.new_button.clicked.connect(lambda: self.open_customer_dialog(None))
        self.more = QToolButton()
        self.more.setText(self.tr("More"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more_menu = QMenu(self.more)
        self.new_tag_action = more_menu.addAction(self.tr("New tag…"), self.new_tag)
        more_menu.addAction(self.tr("Import customers…"), self.import_customers)
        more_menu.addAction(self.tr("Export the list…"), lambda: self.export(everything=True))
        more_menu.addAction(self.tr("Find duplicates…"), self.find_duplicates)
        more_menu.addAction(self.tr("My appointments this week…"), self.show_week)
        self.more.setMenu(more_menu)
        self.more_menu = more_menu

        self.filters = CustomerFilterBar(self.user, buddhist_era)
        self.filters.changed.connect(self.reload)
        self.filters.save_segment_requested.connect(self.save_segment)

        bulk = self._bulk_bar()

        self.list = RecordListView(self.model, [(None, self.tr("Customers"))])
        self.list.set_column_widths([22, 12, 12, 8, 12])
        self.list.remember_layout("customers")
        self.list.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.list.current_record_changed.connect(self._current_changed)
        self.model.loaded.connect(self._show_total)
        # Bound methods, not lambdas: Qt drops them with this view, so a load that lands after Sign out
        # (the model outlives the window) reaches no deleted widget.
        self.model.loaded.connect(self._list_loaded)
        self.model.ids_loaded.connect(self._show_total)
        self.model.ids_loaded.connect(self._selection_changed)
        self.model.ids_loaded.connect(self._ids_loaded)
        self.model.load_failed.connect(self._load_failed)

        self.pane = CustomerProfilePane(tz, buddhist_era)
        self.pane.field_save_requested.connect(self._save_field)
        self.pane.care_requested.connect(self._add_care)
        self.pane.edit_requested.connect(lambda: self.open_customer_dialog(self._current_customer()))
        self.pane.fill_from_chat_requested.connect(self._fill_from_chat)
        self.pane.appointment_requested.connect(lambda: self.schedule_appointment())
        self.pane.appointment_opened.connect(self.open_appointment)
        self.pane.open_bill_requested.connect(lambda: self.open_bill())
        self.pane.tag_toggled.connect(self._toggle_tag)
        self.pane.opportunity_requested.connect(lambda: self.new_opportunity())
        self.messaging = ProfileMessaging(self, ctx, services)  # E-mail…, SMS…, LINE…; consent; the sender

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.order)
        top.addWidget(self.new_button)
        top.addWidget(self.more)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(bulk)
        left_layout.addWidget(self.list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.split = ListPaneSplit(self.splitter, self.list, "customers", pane_least=440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 0)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self._selection_changed()
        self.reload_choices()
        self.reload()

    # ---- the list -------------------------------------------------------------------------------------
    def current_filter(self) -> CustomerFilter:
        """The list's criteria: the bar's filters, the sort and the search text."""
        sort = SortKey(self.order.currentData())
        base = CustomerFilter(text=self.search.text(), sort=sort, descending=sort is not SortKey.NAME)
        return self.filters.criteria(base)

    def reload(self) -> None:
        """Reload the list for the search text, the filters and the sort."""
        flt, user, service, tz = self.current_filter(), self.user, self.service, self.tz
        self._shown_sort = flt.sort  # read by the Date column on every paint
        self.model.load(
            lambda: service.first_page(user, flt, tz), lambda stop: service.ids(user, flt, tz, stop)
        )

    def reload_choices(self) -> None:
        """Reload the staff, pools, tags and segments offered by the filters and the bulk actions."""
        services, user = self.services, self.user
        if user.is_manager:
            self.worker.submit(services.users.list_users, on_done=self.filters.set_staff)
            self.worker.submit(services.pools.list_pools, on_done=self._set_pools)
        self.worker.submit(services.tags.list_tags, on_done=self._set_tags)
        self.worker.submit(services.lists.offered_channels, on_done=lambda c: setattr(self, "channels", c))
        self.worker.submit(self.service.sources, on_done=self.filters.set_sources)
        self.worker.submit(services.segments.list_segments, user, on_done=self._set_segments)

    def _set_segments(self, segments: list[SegmentRecord]) -> None:
        """Offer the segments, each with its live (capped) count."""
        self.filters.set_segments(segments)
        for segment in segments:
            self.worker.submit(
                self.service.count, self.user, segment.criteria, self.tz, COUNT_CAP,
                on_done=partial(self._show_segment_count, segment.id),
            )  # fmt: skip

    def _show_segment_count(self, segment_id: int, count: int) -> None:
        capped = "+" if count >= COUNT_CAP else ""
        self.filters.set_segment_count(segment_id, QLocale().toString(count) + capped)

    def _set_pools(self, pools: list[PoolRecord]) -> None:
        self.pools = pools
        self.filters.set_pools(pools)
        self.list.table.viewport().update()  # the Salesperson column names the pools when there are several

    def _owner_text(self, row: CustomerRow) -> str:
        """The salesperson; an unassigned customer's pool when the shop keeps several."""
        if row.owner_name:
            return row.owner_name
        return pool_label(row.pool_name) if len(self.pools) > 1 and row.pool_name else self.tr("Pool")

    def _set_tags(self, tags: list[TagRecord]) -> None:
        self.tags = tags
        self.filters.set_tags(tags)
        self.pane.set_tags(tags)
        for button, on in ((self.tag_button, True), (self.untag_button, False)):
            menu = button.menu()
            menu.clear()
            for tag in tags:
                menu.addAction(color_icon(tag.color), tag.name, lambda t=tag, o=on: self.set_tag(t, o))

    def _show_total(self, count: int) -> None:
        text = QLocale().toString(count)
        if self.search.text().strip() and count >= MAX_HITS:
            text += "+"
        self.list.set_tab_count(None, text)
        self._selection_changed()

    def apply_changes(self, changes: ChangeSet) -> None:
        """Re-read only the rows a ChangeSet touched (keeps selection and scroll), and the open profile."""
        touched = changes.ids(EntityKind.CUSTOMER)
        if touched:
            self.model.refresh_ids(set(touched))
            if self._shown_id in touched:
                self._load_profile(self._shown_id)
        lists = (EntityKind.TAG, EntityKind.SEGMENT, EntityKind.POOL, EntityKind.SETTING)
        if any(changes.ids(kind) for kind in lists):
            self.reload_choices()

    # ---- the profile ------------------------------------------------------------------------------------
    def _current_changed(self, record: CustomerRow | None) -> None:
        if record is not None and record.id != self._shown_id:
            self._load_profile(record.id)

    def open_customer(self, customer_id: int) -> None:
        """Show one customer's profile (from elsewhere in the app)."""
        self._load_profile(customer_id)

    def _load_profile(self, customer_id: int) -> None:
        self._shown_id = customer_id
        self.worker.submit(
            self.services.profiles.profile, self.user, customer_id,
            on_done=self._profile_arrived, on_error=lambda exc: self.pane.show_error(error_text(exc)),
        )  # fmt: skip

    def _profile_arrived(self, profile: CustomerProfile) -> None:
        if profile.customer.id != self._shown_id:
            return  # the user moved on meanwhile
        self.pane.load(profile)
        self.profile_shown.emit(profile)

    def _current_customer(self) -> CustomerRecord | None:
        profile = self.pane.profile
        return profile.customer if profile is not None else None

    def _save_field(self, field: str, value: str) -> None:
        customer = self._current_customer()
        if customer is None:
            return
        user, profiles = self.user, self.services.profiles
        self.pane.set_busy(True)

        def done(result: tuple[CustomerRecord, ChangeSet]) -> None:
            self.pane.set_busy(False)
            self.pane.show_notice(self.tr("Saved."))
            self._broadcast(result[1])

        self.worker.submit(
            profiles.quick_edit, user, customer.id, customer.version, field, value,
            on_done=done, on_error=lambda exc: self.pane.show_error(error_text(exc)),
        )  # fmt: skip

    def _add_care(self, kind: CareKind, text: str) -> None:
        customer = self._current_customer()
        if customer is None:
            return
        user, profiles = self.user, self.services.profiles
        self.pane.set_busy(True)

        def done(result: tuple[CustomerProfile, ChangeSet]) -> None:
            self.pane.care_saved()
            self.pane.load(result[0])
            self.changed.emit(result[1])
            self.model.refresh_ids({customer.id})

        self.worker.submit(
            profiles.add_care, user, customer.id, kind, text,
            on_done=done, on_error=lambda exc: self.pane.show_error(error_text(exc)),
        )  # fmt: skip

    def _toggle_tag(self, tag_id: int, on: bool) -> None:
        """Put a tag on (or take it off) the customer shown."""
        customer = self._current_customer()
        if customer is None:
            return
        user, tags = self.user, self.services.tags
        self._run(
            lambda: tags.set_tag(user, [customer.id], tag_id, on),
            lambda result: self._broadcast(result[1]),
            self.pane.show_error,
        )

    # ---- a new order ---------------------------------------------------------------------------------------
    def open_bill(self) -> BillDialog | None:
        """A new order for the customer shown; the product list arrives from the worker."""
        customer = self._current_customer()
        if customer is None:
            return None
        currency = Currency.VND if customer.country == "VN" else Currency.THB
        dialog = BillDialog([], customer.id, customer.name, currency, self)
        self.worker.submit(self.services.orders.catalogue, currency, on_done=dialog.set_catalogue)
        dialog.submit_requested.connect(lambda data: self._save_bill(dialog, data))
        self.bill = dialog
        dialog.open()
        return dialog

    def _save_bill(self, dialog: BillDialog, data: BillInput) -> None:
        user, orders = self.user, self.services.orders

        def done(result: tuple[OrderCreated, ChangeSet]) -> None:
            created, changes = result
            dialog.accept()
            self._status(self.tr("Order {0} created.").format(created.number))
            self._broadcast(changes)

        self.worker.submit(
            orders.create, user, data, on_done=done, on_error=lambda exc: dialog.show_error(error_text(exc))
        )

    def new_opportunity(self) -> OpportunityDialog | None:
        """The opportunity form for the customer shown (saved in that customer's name)."""
        customer = self._current_customer()
        if customer is None:
            return None
        currency = Currency.VND if customer.country == "VN" else Currency.THB

        def saved(record: Any, changes: ChangeSet) -> None:
            self._status(self.tr("Opportunity “{0}” added.").format(record.title))
            self._broadcast(changes)

        return open_new_opportunity(
            self, self.ctx, self.services, (customer.id, customer.name), saved, currency
        )

    # ---- appointments and duplicates -----------------------------------------------------------------------
    def _dialog_options(self) -> dict[str, Any]:
        return {"tz": self.tz, "buddhist_era": self.ctx.buddhist_era}

    def schedule_appointment(self, appointment: AppointmentRecord | None = None) -> AppointmentDialog | None:
        """Schedule a meeting with the customer shown (or move `appointment`)."""
        customer = self._current_customer()
        if customer is None:
            return None
        dialog = AppointmentDialog(
            self.worker, self.services.appointments, self.user, customer.id, customer.name, self,
            appointment, clock=self.ctx.clock, **self._dialog_options(),
        )  # fmt: skip
        dialog.saved.connect(lambda _record: self._broadcast(dialog.changes))
        dialog.cancelled.connect(lambda _id: self._broadcast(dialog.changes))
        dialog.open()
        return dialog

    def open_appointment(self, appointment_id: int) -> None:
        """A past meeting opens its outcome; a coming one opens to be moved or called off."""

        def arrived(record: AppointmentRecord) -> None:
            if record.starts_at <= self.ctx.clock():
                dialog = OutcomeDialog(
                    self.worker, self.services.appointments, self.user, record, self, **self._dialog_options()
                )
                dialog.saved.connect(lambda _r: self._broadcast(dialog.changes))
                dialog.open()
            else:
                self.schedule_appointment(record)

        self.worker.submit(
            self.services.appointments.get, self.user, appointment_id,
            on_done=arrived, on_error=lambda exc: self.pane.show_error(error_text(exc)),
        )  # fmt: skip

    def show_week(self) -> QDialog:
        """One's own appointments of the week, in a window of their own."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("My appointments"))
        week = AppointmentsWeekView(self.ctx, self.services.appointments, dialog)
        week.appointment_activated.connect(lambda record: self._open_from_week(dialog, record))
        layout = QVBoxLayout(dialog)
        layout.addWidget(week)
        dialog.resize(1100, 620)
        dialog.week = week  # type: ignore[attr-defined]
        dialog.open()
        week.reload()
        return dialog

    def _open_from_week(self, dialog: QDialog, record: AppointmentRecord) -> None:
        dialog.accept()
        self._load_profile(record.customer_id)

    def find_duplicates(self) -> DuplicatesDialog:
        """The likely duplicate pairs, to merge (and undo)."""
        dialog = DuplicatesDialog(
            self.worker, self.services.duplicates, self.user, self, **self._dialog_options()
        )
        dialog.changed.connect(self._after_merge)
        dialog.open()
        return dialog

    def _after_merge(self, changes: ChangeSet) -> None:
        self._broadcast(changes)
        self.reload()

    # ---- the customer form ------------------------------------------------------------------------------
    def open_customer_dialog(self, record: CustomerRecord | None) -> CustomerDialog:
        """The form to add a customer (record None) or edit the whole profile; saved through the services."""
        dialog = CustomerDialog(self.ctx.buddhist_era, record, self, self.channels)
        dialog.submit_requested.connect(lambda data: self._save_customer(dialog, data))
        dialog.existing_chosen.connect(lambda cid: self._open_existing(dialog, cid))
        if record is None:
            dialog.phone.editingFinished.connect(lambda: self._look_for_existing(dialog))
            dialog.email.editingFinished.connect(lambda: self._look_for_existing(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _open_existing(self, dialog: CustomerDialog, customer_id: int) -> None:
        dialog.reject()
        self._load_profile(customer_id)

    def _fill_from_chat(self) -> None:
        dialog = self.open_customer_dialog(self._current_customer())
        dialog.focus_chat()

    def _look_for_existing(self, dialog: CustomerDialog) -> None:
        phone, email, country = dialog.phone.text(), dialog.email.text(), dialog.country.currentData()
        self.worker.submit(
            self.services.duplicates.find_existing, self.user, phone, email, country,
            on_done=lambda found: dialog.offer_existing(
                [
                    (r.id, r.owner_name if r.hidden else r.name,
                     format_national(r.phone) if r.phone else (r.email or ""))
                    for r in found
                ]
            ),
        )  # fmt: skip

    def _save_customer(self, dialog: CustomerDialog, data: CustomerInput) -> None:
        record, user, customers = dialog.record, self.user, self.services.customers

        def save() -> tuple[CustomerRecord, ChangeSet]:
            if record is None:
                return customers.create(user, data)
            return customers.update(user, record.id, record.version, data)

        def done(result: tuple[CustomerRecord, ChangeSet]) -> None:
            saved, changes = result
            dialog.accept()
            self._status(self.tr("{0} saved.").format(saved.name))
            if record is None:
                self.reload()
            self._broadcast(changes)
            self._load_profile(saved.id)

        self.worker.submit(save, on_done=done, on_error=lambda exc: dialog.show_error(error_text(exc)))
