"""Pictures on notes: photos scaled to the size they are stored at and thumbnails, made here with QImage; a
strip of thumbnails to click, and a full-size viewer that scales the picture to fit its window."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from pathlib import PurePath

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QImageReader, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.errors import ValidationError
from salesapp.domain.images import DAMAGED, check_image
from salesapp.domain.limits import IMAGE_FILE_MAX_BYTES, IMAGE_MAX_BYTES, IMAGE_MAX_SIDE, MIB

PHOTO_KEEP_BYTES = 2 * MIB
"""A picture no bigger than IMAGE_MAX_SIDE and this small is stored as it is (a screenshot stays sharp)."""
PHOTO_QUALITY = 85
"""JPEG quality of a scaled photo: a slip's small print stays readable, a phone photo becomes ~0.5–1 MB."""
THUMB_SIZE = 160
"""The longest side of a stored thumbnail, in pixels."""
SHOWN = QSize(64, 64)
"""A thumbnail's size on screen."""


def make_thumbnail(data: bytes, size: int = THUMB_SIZE) -> bytes | None:
    """A PNG thumbnail (longest side `size`) of PNG or JPEG bytes; None when Qt cannot read them."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if image.width() > size or image.height() > size:
        image = image.scaled(
            size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
    return bytes(buffer.data().data())


def fit_photo(data: bytes, name: str) -> tuple[bytes, str] | None:
    """The picture as it is stored, and its name: unchanged when its longest side is at most IMAGE_MAX_SIDE
    and it is small, else turned upright (as the camera noted), scaled down to IMAGE_MAX_SIDE and saved as
    JPEG (named .jpg). None when Qt cannot decode it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid():
        return None
    too_big = max(size.width(), size.height()) > IMAGE_MAX_SIDE
    if too_big:  # a JPEG is scaled while it is decoded: a 48-megapixel photo never sits whole in memory
        reader.setScaledSize(size.scaled(IMAGE_MAX_SIDE, IMAGE_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if not too_big and len(data) <= PHOTO_KEEP_BYTES:
        return data, name
    if image.hasAlphaChannel():  # JPEG has no transparency: lay the picture on white, as it is seen
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(out, "JPEG", PHOTO_QUALITY)  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
    return bytes(out.data().data()), str(PurePath(name).with_suffix(".jpg"))


def prepare_photo(data: bytes, name: str) -> tuple[bytes, str]:
    """A picture file's bytes as they are stored, and its name (see `fit_photo`): PNG or JPEG that decodes
    (checked by the domain before Qt reads it), then at most IMAGE_MAX_BYTES. Raises ValidationError."""
    check_image(data, name, IMAGE_FILE_MAX_BYTES)
    fitted = fit_photo(data, name)
    if fitted is None:
        raise ValidationError(DAMAGED, field="image", name=name)
    check_image(fitted[0], name, IMAGE_MAX_BYTES)
    return fitted


def pixmap_from(data: bytes) -> QPixmap:
    """A pixmap of image bytes (null when they are not an image)."""
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(data))
    return pixmap


class ThumbnailStrip(QWidget):
    """A row of clickable thumbnails (each with a tooltip); wraps nothing, so keep it to a dozen.

    Signals:
        open_requested(object): the key of the thumbnail clicked.
        remove_requested(object): the key of a thumbnail whose × was clicked (removable strips only).
    """

    open_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, removable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.removable = removable
        self.buttons: list[QToolButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_images(self, images: Sequence[tuple[Hashable, bytes | QPixmap, str]]) -> None:
        """Show (key, thumbnail bytes or pixmap, name) images, replacing what was shown."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        for position, (key, thumb, name) in enumerate(images):
            pixmap = thumb if isinstance(thumb, QPixmap) else pixmap_from(thumb)
            button = QToolButton()
            button.setIcon(QIcon(pixmap))
            button.setIconSize(SHOWN)
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            if self.removable:
                button.setToolTip(self.tr("{0} — click to remove").format(name))
                button.clicked.connect(lambda _c=False, k=key: self.remove_requested.emit(k))
            else:
                button.setToolTip(self.tr("{0} — click to see it full size").format(name))
                button.clicked.connect(lambda _c=False, k=key: self.open_requested.emit(k))
            self._layout.insertWidget(position, button)
            button.show()
            self.buttons.append(button)
        self.setVisible(bool(images))


class ImageViewer(QDialog):
    """One picture, scaled to fit the window (never enlarged past its own size)."""

    def __init__(self, pixmap: QPixmap, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.original = pixmap
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumSize(1, 1)  # the label may shrink below the picture: it is rescaled
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width = min(pixmap.width() + 40, int(screen.width() * 0.8) if screen else 1000)
        height = min(pixmap.height() + 80, int(screen.height() * 0.8) if screen else 700)
        self.resize(max(320, width), max(240, height))

    def shown_size(self) -> QSize:
        """The size the picture is drawn at."""
        return self.label.pixmap().size()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        area = self.label.size()
        pixmap = self.original
        if pixmap.width() > area.width() or pixmap.height() > area.height():
            pixmap = pixmap.scaled(
                area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.label.setPixmap(pixmap)
