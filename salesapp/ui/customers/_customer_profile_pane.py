"""The customer profile pane: contact fields edited in place, tags, the order history with the lifetime total,
appointments, and the care timeline (filterable by kind) with a note / call editor.
"""

from __future__ import annotations

import html
from datetime import date, datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.customers.customer_filter import age_on
from salesapp.domain.customers.customer_profile import (
    CareKind,
    CustomerProfile,
    TagRecord,
    TimelineItem,
    TimelineKind,
)
from salesapp.domain.enums import Currency, OrderStatus
from salesapp.domain.money import format_minor
from salesapp.domain.phone import format_national
from salesapp.ui.customers.customer_labels import (
    action_text,
    care_name,
    channel_name,
    country_name,
    timeline_kind_name,
)
from salesapp.ui.lists.detail_pane import DetailPane
from salesapp.ui.messaging.labels import delivery_name
from salesapp.ui.orders.order_labels import status_name
from salesapp.ui.shared.i18n import tr_noop, translate
from salesapp.ui.shared.qtdates import format_date, format_datetime
from salesapp.ui.shared.theme import hex_color
from salesapp.ui.widgets.kind_note_editor import KindNoteEditor


class FieldEdit(QLineEdit):
    """A profile value edited in place: Enter saves it, Escape puts the shown value back.

    Signals:
        commit_requested(str, str): the field name and the typed value.
    """

    commit_requested = Signal(str, str)

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.shown = ""
        self.returnPressed.connect(self._commit)

    def show_value(self, text: str) -> None:
        """Show the stored value (drops an unsaved edit)."""
        self.shown = text
        self.setText(text)
        self.setCursorPosition(0)

    def _commit(self) -> None:
        if self.text() != self.shown:
            self.commit_requested.emit(self.field, self.text())

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape and self.text() != self.shown:
            self.setText(self.shown)
            return
        super().keyPressEvent(event)


QUICK_FIELDS = (
    ("phone", tr_noop("CustomerProfilePane", "Phone:")),
    ("phone2", tr_noop("CustomerProfilePane", "Second phone:")),
    ("email", tr_noop("CustomerProfilePane", "E-mail:")),
    ("address_line", tr_noop("CustomerProfilePane", "Address:")),
    ("subdistrict", tr_noop("CustomerProfilePane", "Subdistrict / ward:")),
    ("district", tr_noop("CustomerProfilePane", "District:")),
    ("province", tr_noop("CustomerProfilePane", "Province:")),
    ("postcode", tr_noop("CustomerProfilePane", "Postcode:")),
    ("facebook", tr_noop("CustomerProfilePane", "Facebook:")),
    ("line_id", tr_noop("CustomerProfilePane", "LINE:")),
    ("zalo", tr_noop("CustomerProfilePane", "Zalo:")),
    ("source", tr_noop("CustomerProfilePane", "Source:")),
    ("bill_note", tr_noop("CustomerProfilePane", "Bill note:")),
)


class CustomerProfilePane(DetailPane):
    """Shows one CustomerProfile and reports what the user asks for.

    Signals:
        field_save_requested(str, str): save one field typed in place (name, value).
        care_requested(object, str): record a note / call / … (CareKind, text).
        edit_requested(): open the whole form.
        open_bill_requested(): start a new order for this customer.
        appointment_requested(): schedule an appointment.
        fill_from_chat_requested(): paste a chat message to fill phone and address.
        appointment_opened(int): an appointment was double-clicked (to record its outcome or move it).
        tag_toggled(int, bool): put a tag on (True) or take it off this customer.
        opportunity_requested(): start a new opportunity for this customer.
    """

    field_save_requested = Signal(str, str)
    care_requested = Signal(object, str)
    edit_requested = Signal()
    open_bill_requested = Signal()
    appointment_requested = Signal()
    fill_from_chat_requested = Signal()
    appointment_opened = Signal(int)
    tag_toggled = Signal(int, bool)
    opportunity_requested = Signal()

    def __init__(self, tz: tzinfo, buddhist_era: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz, self.buddhist_era = tz, buddhist_era
        self.profile: CustomerProfile | None = None
        self._all_tags: list[TagRecord] = []
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setProperty("textStyle", "title")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setProperty("tone", "muted")
        self.subtitle.setWordWrap(True)
        self.tags = QLabel()
        self.tags.setTextFormat(Qt.TextFormat.RichText)
        actions = QToolBar()  # buttons that do not fit move into its » menu on a narrow window
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.chat_button = QPushButton(self.tr("Fill from chat…"))
        self.bill_button = QPushButton(self.tr("Open bill…"))
        self.appointment_button = QPushButton(self.tr("Appointment…"))
        self.opportunity_button = QPushButton(self.tr("New opportunity…"))
        self.tag_button = QToolButton()
        self.tag_button.setText(self.tr("Tags"))
        self.tag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tag_menu = QMenu(self.tag_button)
        self.tag_button.setMenu(self.tag_menu)
        for button, signal in (
            (self.edit_button, self.edit_requested),
            (self.chat_button, self.fill_from_chat_requested),
            (self.bill_button, self.open_bill_requested),
            (self.appointment_button, self.appointment_requested),
            (self.opportunity_button, self.opportunity_requested),
        ):
            button.clicked.connect(signal.emit)
            actions.addWidget(button)
        actions.addWidget(self.tag_button)
        self.action_bar = actions  # messaging adds its E-mail…, SMS…, LINE… here

        self.tabs = QTabWidget()
        self.tabs.addTab(self._profile_tab(), self.tr("Profile"))
        self.tabs.addTab(self._orders_tab(), self.tr("Orders"))
        self.tabs.addTab(self._care_tab(), self.tr("Care history"))
        self.tabs.addTab(self._appointments_tab(), self.tr("Appointments"))

        self.body.addWidget(self.title)
        self.body.addWidget(self.subtitle)
        self.body.addWidget(self.tags)
        self.body.addWidget(actions)
        self.body.addWidget(self.tabs, 1)
        for widget in (self.edit_button, self.chat_button, self.bill_button, self.appointment_button,
                       self.opportunity_button, self.tag_button):  # fmt: skip
            self.add_editor(widget)
        self.fill(None, False)

    # ---- building -------------------------------------------------------------------------------------
    def _profile_tab(self) -> QWidget:
        page = QWidget()
        scroll = QScrollArea()  # a small screen scrolls the fields instead of growing the window
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.profile_form = form  # messaging adds the LINE user id and the consent flags
        self.fields: dict[str, FieldEdit] = {}
        for name, label in QUICK_FIELDS:
            edit = FieldEdit(name)
            edit.setToolTip(self.tr("Type and press Enter to save; Escape puts the saved value back."))
            edit.commit_requested.connect(self.field_save_requested.emit)
            self.fields[name] = edit
            self.add_editor(edit)
            form.addRow(translate("CustomerProfilePane", label), edit)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.facts)
        return scroll

    def _orders_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.lifetime = QLabel()
        self.lifetime.setProperty("textStyle", "strong")
        self.orders = QTreeWidget()
        self.orders.setRootIsDecorated(False)
        self.orders.setHeaderLabels([self.tr("Order"), self.tr("Date"), self.tr("Status"), self.tr("Total")])
        header = self.orders.header()  # the total stays whole in a narrow pane
        header.setStretchLastSection(False)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.lifetime)
        layout.addWidget(self.orders, 1)
        return page

    def _care_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.timeline_filter = QComboBox()
        self.timeline_filter.addItem(self.tr("Everything"), None)
        for shown in TimelineKind:
            self.timeline_filter.addItem(timeline_kind_name(shown), shown.value)
        self.timeline_filter.currentIndexChanged.connect(lambda _i: self._show_timeline())
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.timeline_filter)
        top.addStretch(1)
        self.care_bar = top  # messaging adds E-mail…, SMS…, LINE… here
        self.timeline = QTextBrowser()
        self.timeline.setOpenLinks(False)
        editor = KindNoteEditor(
            [(care_name(kind), kind.value) for kind in CareKind],
            self.tr("What was said or done…"),
            self.tr("Add"),
        )
        editor.add_requested.connect(lambda kind, text: self.care_requested.emit(CareKind(kind), text))
        self.care_kind, self.care_text, self.care_save = editor.kind, editor.text, editor.save
        for widget in editor.parts():
            self.add_editor(widget)
        layout.addLayout(top)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(editor)
        return page

    def _appointments_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.appointments = QTreeWidget()
        self.appointments.setRootIsDecorated(False)
        self.appointments.setHeaderLabels(
            [self.tr("When"), self.tr("Place"), self.tr("Purpose"), self.tr("Outcome")]
        )
        self.appointments.setColumnWidth(0, 140)
        self.appointments.itemDoubleClicked.connect(
            lambda item, _col: self.appointment_opened.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        hint = QLabel(self.tr("Double-click a meeting to record how it went or to move it."))
        hint.setProperty("tone", "muted")
        hint.setWordWrap(True)
        layout.addWidget(self.appointments, 1)
        layout.addWidget(hint)
        return page

    def set_tags(self, tags: list[TagRecord]) -> None:
        """The tags the Tags menu offers; ticked are those of the customer shown."""
        self._all_tags = list(tags)
        self._fill_tag_menu()

    def _fill_tag_menu(self) -> None:
        have = {t.id for t in self.profile.tags} if self.profile is not None else set()
        self.tag_menu.clear()
        for tag in self._all_tags:
            action = self.tag_menu.addAction(tag.name)
            action.setCheckable(True)
            action.setChecked(tag.id in have)
            action.toggled.connect(lambda on, tid=tag.id: self.tag_toggled.emit(tid, on))

    # ---- filling --------------------------------------------------------------------------------------
    def _when(self, at: datetime) -> str:
        return format_datetime(at, self.tz, self.buddhist_era)

    def fill(self, record: CustomerProfile | None, same_record: bool) -> None:
        """Show a profile; a reload of the same customer keeps the care text being typed."""
        self.profile = record
        enabled = record is not None
        for widget in self._editors:
            widget.setEnabled(enabled)
        if record is None:
            self.title.setText(self.tr("No customer selected"))
            self.subtitle.clear()
            self.tags.clear()
            for edit in self.fields.values():
                edit.show_value("")
            self.facts.clear()
            self.orders.clear()
            self.lifetime.clear()
            self.timeline.clear()
            self.appointments.clear()
            return
        c = record.customer
        self.title.setText(c.name)
        parts = [country_name(c.country)]
        if c.channel:
            parts.append(channel_name(c.channel))
        parts.append(self.tr("Salesperson: {0}").format(record.owner_name or self.tr("Pool")))
        self.subtitle.setText(" · ".join(parts))
        chips = " ".join(
            f'<span style="background:{t.color}; color:white;">&nbsp;{html.escape(t.name)}&nbsp;</span>'
            for t in record.tags
        )
        self.tags.setText(chips)
        self.tags.setVisible(bool(record.tags))
        self._fill_tag_menu()
        values = {
            "phone": format_national(c.phone) if c.phone else "",
            "phone2": format_national(c.phone2) if c.phone2 else "",
            "email": c.email or "",
            "address_line": c.address_line, "subdistrict": c.subdistrict, "district": c.district,
            "province": c.province, "postcode": c.postcode, "facebook": c.facebook, "line_id": c.line_id,
            "zalo": c.zalo, "source": c.source, "bill_note": c.bill_note.replace("\n", " "),
        }  # fmt: skip
        for name, edit in self.fields.items():
            edit.show_value(values[name])
        self.facts.setText(self._facts_html(record))
        self._fill_orders(record)
        self._show_timeline()
        self._fill_appointments(record)
        if not same_record:
            self.care_text.clear()

    def _facts_html(self, record: CustomerProfile) -> str:
        c = record.customer
        rows: list[tuple[str, str]] = []
        if c.birth_date:
            age = age_on(c.birth_date, date.today())
            born = format_date(c.birth_date, self.buddhist_era)
            rows.append((self.tr("Birth date"), self.tr("{0} (age {1})").format(born, age)))
        for label, at in (
            (self.tr("Created"), c.created_at),
            (self.tr("Imported"), c.imported_at),
            (self.tr("Handed over"), c.handed_over_at),
            (self.tr("Converted"), c.converted_at),
            (self.tr("First contact"), c.first_contact_at),
            (self.tr("Last contact"), c.last_contact_at),
        ):
            if at is not None:
                rows.append((label, self._when(at)))
        label = f"<td style='color:{hex_color('text_muted')}; padding-right:12px'>{{0}}</td>"
        cells = "".join(f"<tr>{label.format(html.escape(k))}<td>{html.escape(v)}</td></tr>" for k, v in rows)
        return f"<table>{cells}</table>"

    def _fill_orders(self, record: CustomerProfile) -> None:
        self.orders.clear()
        for order in record.orders:
            item = QTreeWidgetItem(
                [order.number, self._when(order.ordered_at), status_name(order.status),
                 format_minor(order.total_minor, order.currency)]
            )  # fmt: skip
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.orders.addTopLevelItem(item)
        totals = ", ".join(format_minor(total, currency) for currency, total in record.lifetime) or "–"
        self.lifetime.setText(
            self.tr("%Ln order(s) · lifetime total {0}", "", record.order_count).format(totals)
        )

    def _fill_appointments(self, record: CustomerProfile) -> None:
        self.appointments.clear()
        for a in record.appointments:
            outcome = a.outcome or ("" if a.done else self.tr("(upcoming)"))
            item = QTreeWidgetItem([self._when(a.starts_at), a.place, a.purpose, outcome])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            self.appointments.addTopLevelItem(item)

    def _show_timeline(self) -> None:
        if self.profile is None:
            self.timeline.clear()
            return
        wanted = self.timeline_filter.currentData()
        items = [i for i in self.profile.timeline if wanted is None or i.kind.value == wanted]
        if not items:
            muted = hex_color("text_muted")
            self.timeline.setHtml(f"<p style='color:{muted}'>{html.escape(self.tr('Nothing yet.'))}</p>")
            return
        self.timeline.setHtml("".join(self._item_html(i) for i in items))

    def _item_html(self, item: TimelineItem) -> str:
        head = f"{self._when(item.at)} · {action_text(item)}"
        if item.user_name:
            head += f" · {item.user_name}"
        if "delivery" in item.details:  # a message sent from salesapp: its delivery state
            head += f" · {delivery_name(str(item.details['delivery'][1]))}"
        body = item.text if item.kind in (TimelineKind.CARE, TimelineKind.APPOINTMENT) else ""
        if item.kind is TimelineKind.ORDER:
            currency, total = item.details["total"]
            status = status_name(OrderStatus(str(item.details["status"][1])))
            body = f"{item.text} · {format_minor(int(str(total)), Currency(str(currency)))} · {status}"
        elif item.kind is TimelineKind.HANDOVER and item.text:
            body = item.text
        elif item.kind is TimelineKind.APPOINTMENT and "outcome" in item.details:
            body += f" → {item.details['outcome'][1]}"
        text, muted = html.escape(body).replace("\n", "<br>"), hex_color("text_muted")
        return (
            f"<p style='margin:0 0 8px 0'><span style='color:{muted}'>{html.escape(head)}</span>"
            f"{'<br>' + text if text else ''}</p>"
        )

    def care_saved(self) -> None:
        """The care entry was saved: clear the editor."""
        self.set_busy(False)
        self.care_text.clear()
