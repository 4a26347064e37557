"""Write one e-mail, SMS or LINE text to a customer: the address prefilled (a choice of their phones),
a live count of characters and SMS parts, attachments up to a limit, and a warning when the customer
asked for no marketing on this channel. A refused send keeps everything typed and says why."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.messaging import (
    ATTACHMENTS_MAX,
    ATTACHMENTS_MAX_BYTES,
    LINE_TEXT_CHARS,
    Attachment,
    MessageChannel,
    Recipients,
)
from salesapp.domain.messaging.sms import SmsEncoding, count_sms
from salesapp.domain.phone import format_national
from salesapp.services.messaging.one_message import Draft
from salesapp.ui.messaging.labels import channel_name
from salesapp.ui.widgets.message_label import MessageLabel


class ComposeDialog(QDialog):
    """The message form for one customer and channel; Send emits `send_requested` and waits for
    `sent()` (closes) or `failed(text)` (keeps the text).

    Signals:
        send_requested(object): the Draft to queue.
    """

    send_requested = Signal(object)

    def __init__(self, channel: MessageChannel, who: Recipients, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel, self.who = channel, who
        self.attachments: list[Attachment] = []
        self.setWindowTitle(self.tr("{0} to {1}").format(channel_name(channel), who.name))
        self.message = MessageLabel()
        self.to = QComboBox()
        self.to.setEditable(True)
        for address, shown in self._addresses():
            self.to.addItem(shown, address)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.textChanged.connect(self._count)
        self.counter = QLabel()
        self.counter.setProperty("tone", "muted")
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.to)
        if channel is MessageChannel.EMAIL:
            form.addRow(self.tr("Subject:"), self.subject)
        layout = QVBoxLayout(self)
        self.consent = QLabel()
        self.consent.setWordWrap(True)
        self.consent.setProperty("message", "caution")
        if who.opted_out(channel):
            self.consent.setText(
                self.tr(
                    "This customer asked for no marketing by {0}. A personal message may still be sent; "
                    "do not use it for promotions."
                ).format(channel_name(channel))
            )
        self.consent.setVisible(who.opted_out(channel))
        layout.addWidget(self.consent)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.counter)
        self.files = QListWidget()
        if channel is MessageChannel.EMAIL:
            self.files.setMaximumHeight(72)
            add = QPushButton(self.tr("Attach…"))
            add.clicked.connect(self._pick_files)
            remove = QPushButton(self.tr("Remove"))
            remove.clicked.connect(self._remove_file)
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("Files:")))
            row.addWidget(self.files, 1)
            side = QVBoxLayout()
            side.addWidget(add)
            side.addWidget(remove)
            side.addStretch(1)
            row.addLayout(side)
            layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 480 if channel is MessageChannel.EMAIL else 380)
        self._count()

    def _addresses(self) -> list[tuple[str, str]]:
        who = self.who
        if self.channel is MessageChannel.EMAIL:
            return [(who.email, who.email)] if who.email else []
        if self.channel is MessageChannel.SMS:
            return [(p, format_national(p)) for p in who.phones]
        return [(who.line_user_id, who.line_user_id)] if who.line_user_id else []

    def address(self) -> str:
        """The chosen or typed address."""
        index = self.to.currentIndex()
        if index >= 0 and self.to.itemText(index) == self.to.currentText():
            return str(self.to.itemData(index))
        return self.to.currentText()

    def _count(self) -> None:
        text = self.body.toPlainText()
        locale = QLocale()
        if self.channel is MessageChannel.SMS:
            c = count_sms(text)
            alphabet = (
                self.tr("Unicode (Thai, Vietnamese)") if c.encoding is SmsEncoding.UCS2 else self.tr("GSM")
            )
            self.counter.setText(
                self.tr("%n character(s)", "", c.chars)
                + " · "
                + self.tr("%n SMS part(s)", "", c.parts)
                + " · "
                + self.tr("{0} left in this part").format(locale.toString(c.left))
                + " · "
                + alphabet
            )
        elif self.channel is MessageChannel.LINE:
            self.counter.setText(
                self.tr("{0} of {1} characters").format(
                    locale.toString(len(text)), locale.toString(LINE_TEXT_CHARS)
                )
            )
        else:
            size = sum(len(a.data) for a in self.attachments)
            self.counter.setText(
                self.tr("%n file(s) attached", "", len(self.attachments))
                + " · "
                + self.tr("{0} of {1} MB").format(
                    f"{max(size / 1048576, 0.1 if size else 0):.1f}", ATTACHMENTS_MAX_BYTES // 1048576
                )
            )

    def _pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for name in names:
            self.attach(Path(name))

    def attach(self, path: Path) -> None:
        """Add a file (refused past the count or size limit, with the reason)."""
        data = path.read_bytes()
        size = sum(len(a.data) for a in self.attachments) + len(data)
        if len(self.attachments) >= ATTACHMENTS_MAX or size > ATTACHMENTS_MAX_BYTES:
            self.message.show_error(
                self.tr("At most {0} files and {1} MB can be attached.").format(
                    ATTACHMENTS_MAX, ATTACHMENTS_MAX_BYTES // 1048576
                )
            )
            return
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.attachments.append(Attachment(path.name, mime, data))
        self.files.addItem(path.name)
        self._count()

    def _remove_file(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)
            del self.attachments[row]
            self._count()

    def draft(self) -> Draft:
        """What was typed."""
        subject = self.subject.text() if self.channel is MessageChannel.EMAIL else ""
        return Draft(self.channel, self.address(), self.body.toPlainText(), subject, tuple(self.attachments))

    def _send(self) -> None:
        self.message.clear_message()
        self.send_button.setEnabled(False)
        self.send_requested.emit(self.draft())

    def sent(self) -> None:
        """Queued: close."""
        self.accept()

    def failed(self, text: str) -> None:
        """Not queued: say why, keep everything typed."""
        self.send_button.setEnabled(True)
        self.message.show_error(text)
