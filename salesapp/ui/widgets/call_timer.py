"""The call timer: Start and Stop a phone call, the elapsed mm:ss shown live, click-to-call through the
system's tel: or sip: handler when this desktop is set up for one.

Time is read from the injected clock (the ViewContext's), so a test moves a fake clock and sees the
timer move; the QTimer only asks for a repaint once a second.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from salesapp.domain.clock import Clock
from salesapp.ui.shared.i18n import tr_noop, translate
from salesapp.ui.widgets.file_places import desktop_settings

DIAL_SCHEMES = ("", "tel", "sip")
"""How a phone number is dialled from this desktop: not at all, or a tel: / sip: link to the system."""
DIAL_NAMES = {
    "": tr_noop("CallTimer", "Do not dial (I dial on my phone)"),
    "tel": tr_noop("CallTimer", "tel: links (phone app, Skype, Teams…)"),
    "sip": tr_noop("CallTimer", "sip: links (softphone)"),
}
_KEY = "calls/dial_scheme"


def dial_name(scheme: str) -> str:
    """A dial choice in the user's language."""
    return translate("CallTimer", DIAL_NAMES.get(scheme, DIAL_NAMES[""]))


def load_dial_scheme() -> str:
    """This desktop's dial choice ("" when none was made)."""
    value = str(desktop_settings().value(_KEY, "") or "")
    return value if value in DIAL_SCHEMES else ""


def save_dial_scheme(scheme: str) -> None:
    """Remember this desktop's dial choice."""
    settings = desktop_settings()
    settings.setValue(_KEY, scheme if scheme in DIAL_SCHEMES else "")
    settings.sync()


def dial_url(scheme: str, phone: str) -> QUrl | None:
    """The link that dials `phone` (E.164) with `scheme`, None when not dialling."""
    if not scheme or not phone:
        return None
    digits = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    return QUrl(f"{scheme}:{digits}")


def format_elapsed(seconds: int) -> str:
    """mm:ss, or h:mm:ss for a call of an hour or more."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class CallTimer(QWidget):
    """Start call / End call buttons and the running time of the call.

    Signals:
        call_started(object): the start time (aware datetime) of a call just begun.
        call_ended(object, object): start and end times of the call just ended.
        dial_failed(str): the system had no handler for the dial link (the message shown).
    """

    call_started = Signal(object)
    call_ended = Signal(object, object)
    dial_failed = Signal(str)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.started_at: datetime | None = None
        self.phone = ""
        self.dial_scheme = load_dial_scheme()
        self.start_button = QPushButton(self.tr("Start call"))
        self.start_button.setToolTip(self.tr("Start timing the call (and dial, if this desktop dials)"))
        self.stop_button = QPushButton(self.tr("End call"))
        self.stop_button.setEnabled(False)
        self.elapsed = QLabel("00:00")
        self.elapsed.setObjectName("callElapsed")
        font = self.elapsed.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setStyleHint(font.StyleHint.Monospace)
        self.elapsed.setFont(font)
        self.elapsed.setMinimumWidth(self.elapsed.fontMetrics().horizontalAdvance("0:00:00") + 8)
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed.setToolTip(self.tr("Length of the call"))
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.refresh)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start_button)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.stop_button)
        layout.addStretch(1)

    @property
    def running(self) -> bool:
        """True while a call is being timed."""
        return self.started_at is not None

    def set_phone(self, phone: str) -> None:
        """The number Start dials (E.164)."""
        self.phone = phone or ""

    def set_dial_scheme(self, scheme: str) -> None:
        """How Start dials: "" (not at all), "tel" or "sip"."""
        self.dial_scheme = scheme if scheme in DIAL_SCHEMES else ""

    def set_allowed(self, allowed: bool) -> None:
        """Whether a call may be started now (a running call can always be ended)."""
        self.start_button.setEnabled(allowed and not self.running)

    def start(self) -> None:
        """Begin timing; dial the number through the system when this desktop dials."""
        if self.running:
            return
        self.started_at = self.clock()
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.ticker.start()
        self.refresh()
        url = dial_url(self.dial_scheme, self.phone)
        if url is not None and not QDesktopServices.openUrl(url):
            self.dial_failed.emit(
                self.tr("This computer has no program for {0} links; dial the number yourself.").format(
                    f"{self.dial_scheme}:"
                )
            )
        self.call_started.emit(self.started_at)

    def stop(self) -> None:
        """End timing and report the call."""
        if self.started_at is None:
            return
        started, ended = self.started_at, self.clock()
        self.started_at = None
        self.ticker.stop()
        self.stop_button.setEnabled(False)
        self.start_button.setEnabled(True)
        self.elapsed.setText(format_elapsed(int((ended - started).total_seconds())))
        self.call_ended.emit(started, ended)

    def resume(self, started_at: datetime) -> None:
        """Show a call started earlier and not yet ended (after reopening its case): the timer runs on."""
        self.started_at = started_at
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.ticker.start()
        self.refresh()

    def abandon(self) -> None:
        """Forget a call that could not be recorded (the service refused it)."""
        self.started_at = None
        self.ticker.stop()
        self.stop_button.setEnabled(False)
        self.start_button.setEnabled(True)
        self.elapsed.setText("00:00")

    def reset(self) -> None:
        """Forget a finished call's time (another case was opened)."""
        if not self.running:
            self.elapsed.setText("00:00")

    def seconds(self) -> int:
        """Seconds since the call started (0 when none runs)."""
        if self.started_at is None:
            return 0
        return int((self.clock() - self.started_at).total_seconds())

    def refresh(self) -> None:
        """Show the running time (once a second, and on demand)."""
        if self.started_at is not None:
            self.elapsed.setText(format_elapsed(self.seconds()))
