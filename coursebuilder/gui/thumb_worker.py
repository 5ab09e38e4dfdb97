"""The part of thumbnail making that runs in a helper process (no Qt here)."""

from __future__ import annotations

from ..media.derive import derive_image


def thumbnail_bytes(data: bytes, edge: int) -> bytes:
    """Return a small upright preview of a picture's bytes."""
    return derive_image(data, max_edge=edge, formats=("JPEG", "PNG"), quality=80).data
