"""Plan and make the package's pictures: phone and laptop sizes, WebP with a JPEG fallback."""

from __future__ import annotations

import hashlib
import io
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from ...appdirs import cache_dir
from ...bundle import BundleError, CourseBundle
from ...jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ...media.batch import DeriveRequest, DerivedFile, derive_many
from ...media.cache import DerivedCache
from ...media.probe import MediaError
from ...model import MediaItem
from .options import ExportError

#: Pictures re-encoded for the package; GIFs are copied so animations keep moving.
RESIZED_MIMES = {"image/jpeg", "image/png", "image/webp", "image/bmp", "image/tiff"}
_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


@dataclass(frozen=True)
class Variant:
    """One encoded size of a picture, as stored in the package."""

    name: str
    mime: str
    width: int
    height: int
    source: Path

    @property
    def size(self) -> int:
        """Return the file size in bytes."""
        return self.source.stat().st_size


@dataclass
class Picture:
    """Every encoded form of one picture of the course."""

    media: MediaItem
    #: WebP at each size, smallest first.
    webp: list[Variant] = field(default_factory=list)
    #: The fallback for browsers without WebP (JPEG, or PNG for transparency), phone size only.
    fallback: Variant | None = None

    @property
    def smallest(self) -> Variant:
        """Return the variant a single-file package inlines."""
        return self.webp[0] if self.webp else self.fallback  # type: ignore[return-value]

    def variants(self) -> list[Variant]:
        """Return every variant stored in the package."""
        return self.webp + ([self.fallback] if self.fallback else [])


def edges_for(item: MediaItem, sizes: tuple[int, ...]) -> list[int]:
    """Return the longest edges to make: never larger than the original."""
    longest = max(item.width, item.height) or max(sizes)
    return sorted({min(s, longest) for s in sizes})


def plan_requests(item: MediaItem, sizes: tuple[int, ...], quality: int, *, fallback: bool) -> list[DeriveRequest]:
    """Return the derived pictures one course picture needs."""
    edges = edges_for(item, sizes)
    # Photos come as JPEG; drawings and screenshots (PNG and the like) often shrink more without loss.
    photo = item.mime == "image/jpeg"
    webp = ("WEBP",) if photo else ("WEBP", "WEBP_LOSSLESS")
    reqs = [DeriveRequest(item.sha256, e, webp, quality) for e in edges]
    if fallback:
        # Baseline JPEG: at phone size progressive loading gains nothing and costs encoding time.
        reqs.append(DeriveRequest(item.sha256, edges[0], ("JPEG",) if photo else ("JPEG", "PNG"), quality,
                                  progressive=False))
    return reqs


def make_pictures(
    bundle: CourseBundle,
    items: list[MediaItem],
    sizes: tuple[int, ...],
    quality: int,
    *,
    fallback: bool,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> dict[str, Picture]:
    """Return the pictures keyed by media path, deriving only those not yet cached."""
    by_sha = {m.sha256: m for m in items}
    plans = {m.path: plan_requests(m, sizes, quality, fallback=fallback) for m in items}

    last: dict[str, bytes] = {}

    def open_source(sha256: str):
        # The sizes of one picture are asked for one after another: read and check it once.
        if sha256 in last:
            return io.BytesIO(last[sha256])
        item = by_sha[sha256]
        try:
            with bundle.media.open(item.path) as fh:
                data = fh.read()
        except (BundleError, OSError) as exc:
            raise ExportError(f"{item.path} cannot be read: {exc}") from None
        # A damaged copy of the bundle must not turn into a package that looks fine.
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ExportError(f"{item.path} does not match its checksum (damaged or changed)")
        last.clear()
        last[sha256] = data
        return io.BytesIO(data)

    cache = DerivedCache(cache_dir() / "derived")
    try:
        made = derive_many([r for reqs in plans.values() for r in reqs], open_source, cache,
                           progress=progress, cancel=cancel)
    except MediaError as exc:
        raise ExportError(f"a picture cannot be converted: {exc}") from None
    pictures = {}
    for path, reqs in plans.items():
        pic = Picture(by_sha[reqs[0].sha256])
        stem = posixpath.splitext(posixpath.basename(path))[0]
        for req in reqs:
            variant = _variant(stem, req, made[req])
            if req.formats[0] == "WEBP":
                pic.webp.append(variant)
            else:
                pic.fallback = variant
        pictures[path] = pic
    return pictures


def _variant(stem: str, req: DeriveRequest, derived: DerivedFile) -> Variant:
    name = f"images/{stem}-{req.max_edge}{_SUFFIX[derived.mime]}"
    return Variant(name, derived.mime, derived.width, derived.height, derived.path)
