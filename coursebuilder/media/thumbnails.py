"""Small upright previews of pictures for the editor, cached by checksum."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Callable

from .cache import DerivedCache
from .derive import derive_image

THUMBNAIL_EDGE = 256


def thumbnail(
    cache: DerivedCache, sha256: str, open_source: Callable[[], BinaryIO], edge: int = THUMBNAIL_EDGE
) -> Path:
    """Return the path of a cached thumbnail, making it from the source if needed."""

    def make() -> bytes:
        with open_source() as fh:
            return derive_image(fh, max_edge=edge, formats=("JPEG", "PNG"), quality=80).data

    return cache.get_or_make(cache.key(sha256, f"thumb:{edge}"), ".img", make)
