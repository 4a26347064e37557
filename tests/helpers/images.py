"""Real PNG and JPEG bytes for tests (pictures that decode), and damaged ones that only look like pictures."""

from __future__ import annotations

import io
import os
import struct
import zlib


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bytes(width: int = 4, height: int = 3, color: tuple[int, int, int] = (76, 175, 80)) -> bytes:
    """A whole RGB PNG of one colour, written with the standard library only."""
    row = b"\x00" + bytes(color) * width  # filter byte "none", then the pixels
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _chunk(b"IDAT", zlib.compress(row * height))
        + _chunk(b"IEND", b"")
    )


def noise_png(size: int) -> bytes:
    """A whole RGB PNG of random pixels of about `size` bytes (noise does not compress)."""
    width = 1024
    height = max(1, size // (width * 3 + 1))
    raw = b"".join(b"\x00" + os.urandom(width * 3) for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _chunk(b"IDAT", zlib.compress(raw, 0))
        + _chunk(b"IEND", b"")
    )


def jpeg_bytes(width: int = 4, height: int = 3, color: str = "#2196f3", quality: int = 90) -> bytes:
    """A whole JPEG of one colour (Pillow, a test dependency)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "JPEG", quality=quality)
    return out.getvalue()


PNG_GARBAGE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
"""A PNG signature followed by garbage: looks like a PNG to a file-type check, decodes to nothing."""
