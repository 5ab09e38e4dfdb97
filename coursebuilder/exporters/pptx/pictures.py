"""Make projector-sized pictures for the deck, on every core, reusing the cache."""

from __future__ import annotations

from ...appdirs import cache_dir
from ...bundle import CourseBundle
from ...jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ...media.batch import DeriveRequest, DerivedFile, derive_many
from ...media.cache import DerivedCache
from ...media.probe import MediaError
from .errors import PptxExportError


def picture_paths(specs) -> list[str]:
    """Return the media paths of every picture the planned slides show, in order."""
    return list(dict.fromkeys(s.picture.media for s in specs if s.picture is not None and s.picture.media))


#: Pictures Pillow can turn into projector-sized JPEG or PNG (not SVG drawings).
RASTER = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff"}


def formats_for(mime: str) -> tuple[str, ...]:
    """Return the formats to try for a picture: JPEG or PNG, whichever is smaller.

    A photo that arrived as JPEG is never smaller as PNG, so it is not tried: that
    halves the work for a course full of phone photos. Drawings and screenshots
    (PNG, GIF, WebP) try both and stay crisp PNGs when that is smaller.
    """
    return ("JPEG",) if mime == "image/jpeg" else ("JPEG", "PNG")


def derive_pictures(
    bundle: CourseBundle,
    paths: list[str],
    max_edge: int,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> tuple[dict[str, DerivedFile], list[str]]:
    """Return the derived picture of each media path, and warnings for pictures that are missing."""
    items = bundle.course.media_by_path()
    by_sha: dict[str, str] = {}
    requests: dict[str, DeriveRequest] = {}
    warnings = []
    for path in paths:
        item = items.get(path)
        if item is None or item.mime not in RASTER:
            warnings.append(f"{path} is not a photo or bitmap picture; its slide shows the caption only")
            continue
        by_sha.setdefault(item.sha256, path)
        # Slides show whole pictures at once: baseline JPEG, five times quicker to encode.
        requests[path] = DeriveRequest(item.sha256, max_edge, formats_for(item.mime), 82, progressive=False)
    cache = DerivedCache(cache_dir() / "derived")
    try:
        done = derive_many(
            requests.values(),
            lambda sha: bundle.media.open(by_sha[sha]),
            cache,
            progress=progress,
            cancel=cancel,
        )
    except MediaError as exc:
        raise PptxExportError(f"a picture cannot be used: {exc}", "input") from None
    return {path: done[req] for path, req in requests.items()}, warnings

