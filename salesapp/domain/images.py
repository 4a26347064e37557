"""Attached images (payment slips, note pictures): only PNG and JPEG, checked before anything is written."""

from __future__ import annotations

from salesapp.domain.errors import ValidationError, msg

PNG = "image/png"
JPEG = "image/jpeg"
MIB = 1024 * 1024


def image_type(data: bytes) -> str | None:
    """The MIME type of PNG or JPEG bytes (by their signature, not a file name), else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    return None


def check_image(data: bytes, name: str, max_bytes: int) -> str:
    """The MIME type of an image a user attached; refuses other types, empty files and big files."""
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
    return kind
