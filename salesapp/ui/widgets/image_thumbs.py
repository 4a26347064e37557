"""Pictures on notes: thumbnails made here with QImage, a strip of them to click, and a full-size viewer
that scales the picture to fit its window."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap, QResizeEvent
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
