"""The customer form (add or edit), with a box to paste a chat message whose phones and address are found
and offered for the fields, and the offer of an existing customer when the phone is already known."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.contact.contact_extract import ExtractedContact, extract_contact
from salesapp.domain.enums import Channel
from salesapp.domain.phone import format_national
from salesapp.domain.records import CustomerRecord
from salesapp.services.customers.customer_service import CustomerInput
from salesapp.ui.customers.customer_labels import channel_name
from salesapp.ui.shared.theme import set_property
from salesapp.ui.widgets.date_edit import DateEdit
from salesapp.ui.widgets.form_parts import EntryDialog


class CustomerDialog(EntryDialog):
    """Add a customer or edit the whole profile; `chat_filled` reports what a pasted message gave.

    Signals:
        submit_requested(object): the CustomerInput to save (from EntryDialog).
        existing_chosen(int): the user chose to open the existing customer instead of adding a new one.
    """

    existing_chosen = Signal(int)

    def __init__(
        self,
        buddhist_era: bool,
        record: CustomerRecord | None = None,
        parent: QWidget | None = None,
        channels: Sequence[Channel] | None = None,
    ) -> None:
        title = self.tr("New customer") if record is None else self.tr("Edit {0}").format(record.name)
        super().__init__(title, parent)
        self.setMinimumWidth(620)
        self.record = record
        self.chat = QPlainTextEdit()
        self.chat.setPlaceholderText(
            self.tr("Paste a chat message here: the phone numbers and the address are found for you.")
        )
        self.chat.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.chat.setTabChangesFocus(True)
        self.find_button = QPushButton(self.tr("Fill from message"))
        self.find_button.clicked.connect(self.fill_from_chat)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.found.setProperty("tone", "success")
        chat_box = QGroupBox(self.tr("From a chat message"))
        chat_layout = QVBoxLayout(chat_box)
        chat_layout.addWidget(self.chat)
        row = QHBoxLayout()
        row.addWidget(self.found, 1)
        row.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignTop)
        chat_layout.addLayout(row)
        self.layout().insertWidget(0, chat_box)  # type: ignore[union-attr]

        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("081-234-5678 / 0912 345 678")
        self.phone2 = QLineEdit()
        self.email = QLineEdit()
        self.address_line = QLineEdit()
        self.address_line.setPlaceholderText(self.tr("House no., moo, soi, road / street"))
        self.subdistrict = QLineEdit()
        self.district = QLineEdit()
        self.province = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 10)
        self.channel = QComboBox()
        self.channel.addItem("–", None)
        # The channels the shop offers (managers hide the others), and the customer's own if hidden since.
        offered = set(Channel) if channels is None else set(channels)
        if record is not None and record.channel is not None:
            offered.add(record.channel)
        for channel in Channel:
            if channel in offered:
                self.channel.addItem(channel_name(channel), channel.value)  # Qt keeps plain strings
        self.source = QLineEdit()
        self.facebook = QLineEdit()
        self.line_id = QLineEdit()
        self.zalo = QLineEdit()
        self.birth_date = DateEdit(buddhist_era=buddhist_era)
        self.bill_note = QPlainTextEdit()
        self.bill_note.setFixedHeight(self.fontMetrics().lineSpacing() * 3)
        self.bill_note.setTabChangesFocus(True)
        handles = QHBoxLayout()
        for label, edit in ((self.tr("Facebook"), self.facebook), (self.tr("LINE"), self.line_id),
                            (self.tr("Zalo"), self.zalo)):  # fmt: skip
            edit.setPlaceholderText(label)
            handles.addWidget(edit)
        place = QHBoxLayout()
        place.addWidget(self.province, 1)
        place.addWidget(self.postcode)
        phones = QHBoxLayout()
        phones.addWidget(self.phone)
        phones.addWidget(self.phone2)
        self.phone2.setPlaceholderText(self.tr("Second phone"))
        origin = QHBoxLayout()
        origin.addWidget(self.channel)
        origin.addWidget(QLabel(self.tr("Source:")))
        origin.addWidget(self.source, 1)
        self.existing = QLabel()
        self.existing.setTextFormat(Qt.TextFormat.RichText)
        self.existing.setWordWrap(True)
        self.existing.linkActivated.connect(lambda link: self.existing_chosen.emit(int(link)))
        self.existing.hide()
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Country:"), self.country)
        self.form.addRow(self.tr("Phones:"), phones)
        self.form.addRow("", self.existing)
        self.form.addRow(self.tr("E-mail:"), self.email)
        self.form.addRow(self.tr("Address:"), self.address_line)
        self.form.addRow(self.tr("Subdistrict / ward:"), self.subdistrict)
        self.form.addRow(self.tr("District:"), self.district)
        self.form.addRow(self.tr("Province, postcode:"), place)
        self.form.addRow(self.tr("Channel:"), origin)
        self.form.addRow(self.tr("Chat handles:"), handles)
        self.form.addRow(self.tr("Birth date:"), self.birth_date)
        self.form.addRow(self.tr("Bill note:"), self.bill_note)
        if record is not None:
            self._show(record)

    def _show(self, r: CustomerRecord) -> None:
        self.name.setText(r.name)
        self.country.setCurrentIndex(max(0, self.country.findData(r.country)))
        self.phone.setText(format_national(r.phone) if r.phone else "")
        self.phone2.setText(format_national(r.phone2) if r.phone2 else "")
        self.email.setText(r.email or "")
        for field in ("address_line", "subdistrict", "district", "province", "postcode", "source",
                      "facebook", "line_id", "zalo"):  # fmt: skip
            getattr(self, field).setText(getattr(r, field))
        self.channel.setCurrentIndex(max(0, self.channel.findData(r.channel.value if r.channel else None)))
        self.birth_date.set_date(r.birth_date)
        self.bill_note.setPlainText(r.bill_note)

    def fill_from_chat(self) -> ExtractedContact:
        """Read the pasted message and fill the empty fields with what it says (typed values win)."""
        found = extract_contact(self.chat.toPlainText(), self.country.currentData())
        filled: list[str] = []

        def offer(edit: QLineEdit, value: str | None, label: str) -> None:
            if value and not edit.text().strip():
                edit.setText(value)
                filled.append(label)

        phones = [format_national(p) for p in found.phones]
        if phones:
            offer(self.phone, phones[0], self.tr("phone"))
            other = next((p for p in phones if p != self.phone.text().strip()), None)
            offer(self.phone2, other, self.tr("second phone"))
        offer(self.name, found.name, self.tr("name"))
        offer(self.address_line, found.address, self.tr("address"))
        offer(self.subdistrict, found.subdistrict, self.tr("subdistrict"))
        offer(self.district, found.district, self.tr("district"))
        offer(self.province, found.province, self.tr("province"))
        offer(self.postcode, found.postcode, self.tr("postcode"))
        if filled:
            set_property(self.found, "tone", "success")
            self.found.setText(self.tr("Filled from the message: {0}.").format(", ".join(filled)))
        else:
            set_property(self.found, "tone", "muted")
            self.found.setText(self.tr("Nothing new found in the message."))
        return found

    def offer_existing(self, matches: list[tuple[int, str, str]]) -> None:
        """Customers with the same phone or e-mail already exist: offer to open one instead. Id 0 is a
        colleague's customer, known only by its owner's name (given as the name): nothing to open."""
        if not matches:
            self.existing.hide()
            return
        if all(cid == 0 for cid, _, _ in matches):
            owners = ", ".join(dict.fromkeys(name or "?" for _, name, _ in matches))
            self.existing.setText(
                self.tr(
                    "This phone or e-mail already belongs to a customer of {0}. Ask for a handover rather "
                    "than adding a second copy."
                ).format(escape(owners))
            )
            self._show_existing()
            return
        shown = [m for m in matches if m[0]][:3]
        links = ", ".join(f'<a href="{c}">{escape(name)}</a> ({escape(detail)})' for c, name, detail in shown)
        self.existing.setText(
            self.tr("Already a customer: {0}. Open that profile instead, or save to add a new one.").format(
                links
            )
        )
        self._show_existing()

    def _show_existing(self) -> None:
        """Show the offer line, growing the form so that nothing under it is squeezed."""
        self.existing.show()
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        # A wrapped label asks for the height of its narrowest width; give it the height of the one it has.
        self.existing.setFixedHeight(self.existing.heightForWidth(self.existing.width()))
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        self.resize(self.width(), max(self.height(), wanted if wanted > 0 else self.sizeHint().height()))

    def collect(self) -> Any:
        """The CustomerInput as typed; the service validates it."""
        self.birth_date.commit()
        return CustomerInput(
            name=self.name.text(),
            phone=self.phone.text(),
            phone2=self.phone2.text(),
            email=self.email.text(),
            address_line=self.address_line.text(),
            subdistrict=self.subdistrict.text(),
            district=self.district.text(),
            province=self.province.text(),
            postcode=self.postcode.text(),
            country=self.country.currentData(),
            channel=Channel(self.channel.currentData()) if self.channel.currentData() else None,
            source=self.source.text(),
            birth_date=self.birth_date.date(),
            bill_note=self.bill_note.toPlainText(),
            facebook=self.facebook.text(),
            line_id=self.line_id.text(),
            zalo=self.zalo.text(),
        )

    def focus_chat(self) -> None:
        """Open with the cursor in the chat box (the profile's "Fill from chat…")."""
        self.chat.setFocus()
