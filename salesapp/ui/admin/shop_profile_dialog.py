"""The shop profile form (administrators): names, tax ID and branch, address and contacts, the logo, country,
currency, VAT, order-number prefix and time zone. It only displays and reports: Save emits the typed
profile; the controller saves it on the worker and answers with `saved` or `show_error` (a refused save
keeps everything typed, and says who changed the profile meanwhile)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, tzinfo
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.enums import Currency
from salesapp.domain.errors import ValidationError
from salesapp.domain.images import DAMAGED, check_image
from salesapp.domain.limits import IMAGE_FILE_MAX_BYTES
from salesapp.domain.phone import format_national
from salesapp.domain.shop import LOGO_MAX_BYTES, LOGO_MAX_SIDE, TIME_ZONES, ShopProfile, default_profile
from salesapp.ui.shared.i18n import error_text
from salesapp.ui.shared.qtdates import format_datetime
from salesapp.ui.widgets.form_parts import save_cancel_buttons, typed_or_report
from salesapp.ui.widgets.message_label import MessageLabel

LOGO_SHOWN = (220, 110)
"""The logo's preview box, in pixels: the picture is scaled to fit it, keeping its proportions."""


@dataclass(frozen=True)
class ProfileInput:
    """What Save reports: the typed profile, a new logo's bytes (None: unchanged) or the logo removed."""

    profile: ShopProfile
    logo: bytes | None
    remove_logo: bool


def prepare_logo(data: bytes, name: str) -> bytes:
    """A logo file's bytes as stored: a PNG or JPEG that decodes, scaled down to LOGO_MAX_SIDE (as PNG,
    transparency kept) when bigger or heavier than a logo needs. Raises ValidationError."""
    check_image(data, name, IMAGE_FILE_MAX_BYTES)
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid():
        raise ValidationError(DAMAGED, field="image", name=name)
    if max(size.width(), size.height()) <= LOGO_MAX_SIDE and len(data) <= LOGO_MAX_BYTES:
        return data
    reader.setScaledSize(size.scaled(LOGO_MAX_SIDE, LOGO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio))
    image: QImage = reader.read()
    if image.isNull():
        raise ValidationError(DAMAGED, field="image", name=name)
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(out, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
    scaled = bytes(out.data().data())
    check_image(scaled, name, LOGO_MAX_BYTES)
    return scaled


class ShopProfileDialog(QDialog):
    """The shop profile, filled from `profile` (and its logo's bytes), saved as one.

    Signals:
        save_requested(object): a ProfileInput to save.
    """

    save_requested = Signal(object)

    def __init__(
        self,
        profile: ShopProfile,
        logo: bytes | None,
        tz: tzinfo = UTC,
        buddhist_era: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tz, self.buddhist_era = tz, buddhist_era
        self.profile = profile
        self.logo_data: bytes | None = logo
        self.logo_changed = False
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Shop profile"))
        self.fields: dict[str, QLineEdit] = {}
        shop = QGroupBox(self.tr("The shop"))
        shop_form = QFormLayout(shop)
        for key, label, hint in (
            ("shop_name", self.tr("Shop name:"), self.tr("As customers know it")),
            ("legal_name", self.tr("Legal name:"), self.tr("As registered, for tax invoices")),
            ("tax_id", self.tr("Tax ID:"), self.tr("13 digits (Thailand), 10 digits (Vietnam)")),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            self.fields[key] = edit
            shop_form.addRow(label, edit)
        self.head_office = QRadioButton(self.tr("Head office"))
        self.branch_choice = QRadioButton(self.tr("Branch no."))
        group = QButtonGroup(self)
        group.addButton(self.head_office)
        group.addButton(self.branch_choice)
        self.branch = QLineEdit()
        self.branch.setMaxLength(5)
        self.branch.setValidator(QRegularExpressionValidator(r"\d{0,5}"))
        self.branch.setPlaceholderText("00001")
        self.branch.setMaximumWidth(90)
        branch_row = QHBoxLayout()
        for widget in (self.head_office, self.branch_choice, self.branch):
            branch_row.addWidget(widget)
        branch_row.addStretch(1)
        self.branch_label = QLabel(self.tr("Branch:"))
        shop_form.addRow(self.branch_label, branch_row)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        shop_form.addRow(self.tr("Address:"), self.address)
        for key, label in (("phone", self.tr("Phone:")), ("email", self.tr("E-mail:"))):
            self.fields[key] = QLineEdit()
            shop_form.addRow(label, self.fields[key])

        money = QGroupBox(self.tr("Money and documents"))
        money_form = QFormLayout(money)
        self.country = QComboBox()
        self.country.addItem(self.tr("Thailand"), "TH")
        self.country.addItem(self.tr("Vietnam"), "VN")
        self.currency = QComboBox()
        self.currency.addItem(self.tr("Thai baht (THB, ฿)"), Currency.THB.value)
        self.currency.addItem(self.tr("Vietnamese đồng (VND, ₫)"), Currency.VND.value)
        self.vat = QDoubleSpinBox()
        self.vat.setRange(0, 30)
        self.vat.setDecimals(2)
        self.vat.setSuffix(" %")
        self.vat.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.vat.setMaximumWidth(120)
        self.includes_vat = QCheckBox(self.tr("Prices include VAT"))
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(4)
        self.prefix.setValidator(QRegularExpressionValidator(r"[A-Za-z]{0,4}"))
        self.prefix.setMaximumWidth(90)
        self.prefix_example = QLabel()
        self.prefix_example.setProperty("tone", "muted")
        prefix_row = QHBoxLayout()
        prefix_row.addWidget(self.prefix)
        prefix_row.addWidget(self.prefix_example, 1)
        self.time_zone = QComboBox()
        for zone in TIME_ZONES:
            self.time_zone.addItem(zone.replace("_", " "), zone)
        money_form.addRow(self.tr("Country:"), self.country)
        money_form.addRow(self.tr("Currency:"), self.currency)
        money_form.addRow(self.tr("VAT rate:"), self.vat)
        money_form.addRow("", self.includes_vat)
        money_form.addRow(self.tr("Order numbers:"), prefix_row)
        money_form.addRow(self.tr("Time zone:"), self.time_zone)

        logo_box = QGroupBox(self.tr("Logo"))
        self.logo_label = QLabel()
        self.logo_label.setFixedSize(*LOGO_SHOWN)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setObjectName("paperPreview")  # on white, as it prints
        self.choose_logo_button = QPushButton(self.tr("Choose…"))
        self.choose_logo_button.setToolTip(self.tr("A PNG or JPEG picture; a big one is scaled down"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout(logo_box)
        logo_row.addWidget(self.logo_label)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        right = QVBoxLayout()
        right.addWidget(money)
        right.addWidget(logo_box)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(shop)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.saved_by = QLabel()
        self.saved_by.setProperty("tone", "muted")
        self.message = MessageLabel()
        self.buttons, self.save_button = save_cancel_buttons(self, self._submit)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.saved_by)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(980, self.sizeHint().height())  # fits a 1280×720 screen with its frame and taskbar

        self.load(profile, logo)
        self.country.currentIndexChanged.connect(lambda _i: self._country_changed())
        self.branch_choice.toggled.connect(self.branch.setEnabled)
        self.prefix.textChanged.connect(lambda _t: self._show_prefix_example())

    # -- showing -------------------------------------------------------------------------------------
    def load(self, profile: ShopProfile, logo: bytes | None) -> None:
        """Fill the form from `profile` (a never-saved one starts from its country's defaults)."""
        self.profile = profile
        for key, edit in self.fields.items():
            value = getattr(profile, key)
            edit.setText(format_national(value) if key == "phone" and value else value)
        self.address.setPlainText(profile.address)
        self.head_office.setChecked(profile.head_office)
        self.branch_choice.setChecked(not profile.head_office)
        self.branch.setText(profile.branch)
        self.branch.setEnabled(not profile.head_office)
        self.country.blockSignals(True)
        self.country.setCurrentIndex(max(0, self.country.findData(profile.country)))
        self.country.blockSignals(False)
        self._show_money(profile)
        self.prefix.setText(profile.order_prefix)
        self._show_branch()
        self._show_prefix_example()
        self.set_logo(logo, changed=False)
        if profile.saved and profile.updated_at is not None:
            when = format_datetime(profile.updated_at, self.tz, self.buddhist_era)
            self.saved_by.setText(self.tr("Last saved by {0}, {1}").format(profile.updated_by, when))
        self.saved_by.setVisible(profile.saved)

    def _show_money(self, profile: ShopProfile) -> None:
        self.currency.setCurrentIndex(max(0, self.currency.findData(profile.currency.value)))
        self.vat.setValue(profile.vat_percent)
        self.includes_vat.setChecked(profile.prices_include_vat)
        self.time_zone.setCurrentIndex(max(0, self.time_zone.findData(profile.time_zone)))

    def _country_changed(self) -> None:
        # A shop moving between countries takes that country's currency, VAT and time zone (changeable).
        self._show_money(default_profile(str(self.country.currentData())))
        self._show_branch()

    def _show_branch(self) -> None:
        thai = self.country.currentData() == "TH"
        for widget in (self.branch_label, self.head_office, self.branch_choice, self.branch):
            widget.setVisible(thai)

    def _show_prefix_example(self) -> None:
        prefix = self.prefix.text().upper() or "SO"
        self.prefix_example.setText(self.tr("e.g. {0}").format(f"{prefix}00000123"))

    # -- the logo ------------------------------------------------------------------------------------
    def set_logo(self, data: bytes | None, changed: bool = True) -> None:
        """Show `data` as the logo (None: no logo), scaled to fit its box."""
        self.logo_data = data
        self.logo_changed = self.logo_changed or changed
        pixmap = QPixmap()
        if data is not None:
            pixmap.loadFromData(data)
        if pixmap.isNull():
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))
        else:
            self.logo_label.setText("")
            self.logo_label.setPixmap(
                pixmap.scaled(
                    LOGO_SHOWN[0] - 8, LOGO_SHOWN[1] - 8,
                    Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
        self.remove_logo_button.setEnabled(data is not None)

    def choose_logo(self) -> QFileDialog:
        """Ask for a picture file (the dialog is kept in `file_dialog`)."""
        dialog = QFileDialog(self, self.tr("Choose the shop's logo"))
        dialog.setNameFilter(self.tr("Pictures (*.png *.jpg *.jpeg)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.load_logo_file)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def load_logo_file(self, path: str) -> None:
        """Read a picture file as the new logo; a file that is not a usable picture is refused here."""
        try:
            data = Path(path).read_bytes()
            self.set_logo(prepare_logo(data, Path(path).name))
            self.message.clear_message()
        except OSError as exc:
            self.message.show_error(error_text(exc))
        except ValidationError as exc:
            self.message.show_error(error_text(exc))

    def remove_logo(self) -> None:
        """Take the logo off (saved with Save)."""
        self.set_logo(None)

    # -- saving --------------------------------------------------------------------------------------
    def collect(self) -> ProfileInput:
        """The profile as typed (checked by the service)."""
        text = {key: edit.text() for key, edit in self.fields.items()}
        profile = ShopProfile(
            shop_name=text["shop_name"],
            legal_name=text["legal_name"],
            tax_id=text["tax_id"],
            phone=text["phone"],
            email=text["email"],
            head_office=self.head_office.isChecked(),
            branch=self.branch.text(),
            address=self.address.toPlainText(),
            country=str(self.country.currentData()),
            currency=Currency(self.currency.currentData()),
            vat_bp=round(self.vat.value() * 100),
            prices_include_vat=self.includes_vat.isChecked(),
            order_prefix=self.prefix.text().upper(),
            time_zone=str(self.time_zone.currentData()),
            version=self.profile.version,
        )
        new_logo = self.logo_data if self.logo_changed and self.logo_data is not None else None
        return ProfileInput(profile, new_logo, self.logo_changed and self.logo_data is None)

    def _submit(self) -> None:
        data = typed_or_report(self.message, self.collect)
        if data is None:
            return
        self.buttons.setEnabled(False)
        self.message.show_notice(self.tr("Saving…"))
        self.save_requested.emit(data)

    def show_error(self, text: str) -> None:
        """The save was refused: say why; everything typed stays."""
        self.buttons.setEnabled(True)
        self.message.show_error(text)
