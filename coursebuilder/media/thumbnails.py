"""Small upright previews of pictures for the editor, cached by checksum."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Callable

from .cache import DerivedCache
from .derive import NO_FRAMING, PIPELINE_VERSION, Framing, derive_image

THUMBNAIL_EDGE = 256


def thumbnail_settings(edge: int = THUMBNAIL_EDGE, framing: Framing = NO_FRAMING) -> str:
    """Return the cache settings of a thumbnail: its size, the pipeline version and the framing."""
    return f"thumb:v{PIPELINE_VERSION}:{edge}:{framing.key}"


def thumbnail(
    cache: DerivedCache,
    sha256: str,
    open_source: Callable[[], BinaryIO],
    edge: int = THUMBNAIL_EDGE,
    framing: Framing = NO_FRAMING,
) -> Path:
    """Return the path of a cached thumbnail (turned and cropped as ``framing`` says), making it if needed."""

    def make() -> bytes:
        with open_source() as fh:
            return derive_image(fh, max_edge=edge, quality=80, framing=framing).data

    return cache.get_or_make(cache.key(sha256, thumbnail_settings(edge, framing)), ".img", make)
