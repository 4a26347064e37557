"""Attached images (payment slips, note pictures): only PNG and JPEG that really decode, checked before
anything is written.

Standard library only (no Qt, no Pillow): a PNG is read chunk by chunk (every CRC checked, the IHDR header
sane, the compressed pixel data inflated to exactly the size the header promises) and a JPEG marker by
marker (a frame header with its size, then a scan, then the end-of-image marker). A file that only starts
like an image ("\\x89PNG" and garbage, a photo cut off half-way) is refused, not stored as an empty picture.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable

from salesapp.domain import limits
from salesapp.domain.errors import ValidationError, msg
from salesapp.domain.limits import IMAGE_MAX_PIXELS, NOTE_IMAGES_MAX_BYTES

PNG = "image/png"
JPEG = "image/jpeg"
MIB = limits.MIB
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_INFLATE_STEP = 1 << 20  # bytes of pixel data inflated at a time: a compression bomb never sits in memory

# PNG colour type → samples per pixel, and the bit depths it allows.
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_PNG_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
# Adam7 passes as (first column, first row, column step, row step).
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
# JPEG start-of-frame markers (baseline, extended, progressive, lossless; Huffman and arithmetic).
_JPEG_SOF = frozenset((0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF))

DAMAGED = msg("“{name}” is damaged or incomplete: it cannot be shown as a picture.")


def image_type(data: bytes) -> str | None:
    """The MIME type of PNG or JPEG bytes (by their signature, not a file name), else None."""
    if data.startswith(_PNG_SIGNATURE):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    return None


def _png_chunks(data: bytes) -> Iterable[tuple[bytes, bytes]]:
    """(type, body) of every chunk up to IEND, each CRC checked; ValueError on any damage."""
    pos = len(_PNG_SIGNATURE)
    while True:
        if pos + 12 > len(data):
            raise ValueError("truncated")
        length, kind = struct.unpack_from(">I4s", data, pos)
        end = pos + 12 + length
        if end > len(data):
            raise ValueError("truncated chunk")
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack_from(">I", data, pos + 8 + length)
        if zlib.crc32(kind + body) != crc:
            raise ValueError("bad CRC")
        yield kind, body
        if kind == b"IEND":
            return
        pos = end


def _png_header(body: bytes) -> tuple[int, int, int]:
    """(width, height, bytes of raw pixel data with the filter bytes) of a sane IHDR; ValueError if not."""
    if len(body) != 13:
        raise ValueError("bad IHDR")
    width, height, depth, color, compression, filtering, interlace = struct.unpack(">IIBBBBB", body)
    if not (width and height) or color not in _PNG_CHANNELS or depth not in _PNG_DEPTHS[color]:
        raise ValueError("bad IHDR")
    if compression or filtering or interlace not in (0, 1):
        raise ValueError("bad IHDR")
    bits = depth * _PNG_CHANNELS[color]

    def rows(w: int, h: int) -> int:
        return h * (1 + (w * bits + 7) // 8) if w and h else 0

    if not interlace:
        return width, height, rows(width, height)
    raw = sum(rows((width - x + dx - 1) // dx, (height - y + dy - 1) // dy) for x, y, dx, dy in _ADAM7)
    return width, height, raw


def _png(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG whose chunks and pixel data are whole; ValueError otherwise (and for more
    than IMAGE_MAX_PIXELS, before inflating anything)."""
    chunks = iter(_png_chunks(data))
    kind, body = next(chunks)
    if kind != b"IHDR":
        raise ValueError("no IHDR")
    width, height, raw = _png_header(body)
    if width * height > IMAGE_MAX_PIXELS:
        raise OverflowError(width, height)
    inflater = zlib.decompressobj()
    inflated = 0
    seen_data = False
    for kind, body in chunks:
        if kind != b"IDAT":
            continue
        seen_data = True
        pending = body
        while pending:
            inflated += len(inflater.decompress(pending, _INFLATE_STEP))
            pending = inflater.unconsumed_tail
            if inflated > raw:
                raise ValueError("too much pixel data")
    if not seen_data or not inflater.eof or inflated != raw:
        raise ValueError("pixel data incomplete")
    return width, height


def _jpeg(data: bytes) -> tuple[int, int]:
    """Width and height of a JPEG with a frame header, a scan and the end marker; ValueError otherwise."""
    pos, size = 2, None
    while True:
        if pos >= len(data) or data[pos] != 0xFF:
            raise ValueError("not a marker")
        while pos < len(data) and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= len(data):
            raise ValueError("truncated")
        marker = data[pos]
        pos += 1
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # markers without a segment
            continue
        if marker in (0xD8, 0xD9):
            raise ValueError("no scan")
        if pos + 2 > len(data):
            raise ValueError("truncated")
        (length,) = struct.unpack_from(">H", data, pos)
        if length < 2 or pos + length > len(data):
            raise ValueError("truncated segment")
        segment = data[pos + 2 : pos + length]
        if marker in _JPEG_SOF:
            if len(segment) < 6:
                raise ValueError("bad frame header")
            height, width, components = struct.unpack_from(">HHB", segment, 1)
            if not (width and height) or components not in (1, 3, 4) or len(segment) < 6 + 3 * components:
                raise ValueError("bad frame header")
            size = (width, height)
        elif marker == 0xDA:  # start of scan: the entropy-coded data runs to the end-of-image marker
            if size is None:
                raise ValueError("scan before the frame header")
            if size[0] * size[1] > IMAGE_MAX_PIXELS:
                raise OverflowError(*size)
            if data.find(b"\xff\xd9", pos + length) < 0:
                raise ValueError("cut off")
            return size
        pos += length


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of PNG or JPEG bytes that decode as far as their structure goes; None otherwise (not
    an image, damaged, cut off, or more than IMAGE_MAX_PIXELS)."""
    try:
        return _png(data) if data.startswith(_PNG_SIGNATURE) else _jpeg(data)
    except (ValueError, OverflowError, struct.error, zlib.error, StopIteration):
        return None


def check_image(data: bytes, name: str, max_bytes: int) -> str:
    """The MIME type of an image a user attached; refuses other types, big files, damaged or cut-off
    images and pictures of more than IMAGE_MAX_PIXELS."""
    if len(data) > max_bytes:
        raise ValidationError(
            msg("“{name}” is {size} MB; images may be at most {limit} MB."),
            field="image",
            name=name,
            size=f"{len(data) / MIB:.1f}",
            limit=max_bytes // MIB,
        )
    kind = image_type(data)
    if kind is None:
        raise ValidationError(msg("“{name}” is not a PNG or JPEG image."), field="image", name=name)
    try:
        _png(data) if kind == PNG else _jpeg(data)
    except OverflowError as exc:
        width, height = exc.args
        raise ValidationError(
            msg("“{name}” is {width} × {height} pixels; pictures may have at most {max} million pixels."),
            field="image", name=name, width=width, height=height, max=IMAGE_MAX_PIXELS // 1_000_000,
        ) from None  # fmt: skip
    except (ValueError, struct.error, zlib.error, StopIteration):
        raise ValidationError(DAMAGED, field="image", name=name) from None
    return kind


def check_images_total(sizes: Iterable[int]) -> None:
    """Refuse pictures of one note that add up to more than NOTE_IMAGES_MAX_BYTES."""
    total = sum(sizes)
    if total > NOTE_IMAGES_MAX_BYTES:
        raise ValidationError(
            msg("The pictures of one note can be at most {limit} MB together; these are {size} MB."),
            field="image", limit=NOTE_IMAGES_MAX_BYTES // MIB, size=f"{total / MIB:.1f}",
        )  # fmt: skip
