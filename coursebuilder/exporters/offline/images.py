"""Plan and make the package's pictures: phone and laptop sizes, WebP with a JPEG fallback."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from ...appdirs import cache_dir
from ...bundle import BundleError, CourseBundle
from ...bundle.reader import name_damaged_picture
from ...jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ...media.batch import DeriveJob, DeriveRequest, DerivedFile
from ...media.cache import DerivedCache
from ...media.derive import NO_FRAMING, Framing, Output
from ...media.probe import MediaError
from ...model import Course, ImageBlock, MediaItem
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


def edges_for(item: MediaItem, sizes: tuple[int, ...]) -> list[int]:
    """Return the longest edges to make: never larger than the original."""
    longest = max(item.width, item.height) or max(sizes)
    return sorted({min(s, longest) for s in sizes})


def picture_uses(course: Course) -> list[tuple[MediaItem, Framing]]:
    """Return each picture the pages show, once for each way it is turned and cropped."""
    media = course.media_by_path()
    uses: dict[tuple[str, Framing], MediaItem] = {}
    if course.cover in media:
        uses[(course.cover, NO_FRAMING)] = media[course.cover]
    for lesson in course.lessons():
        for block in lesson.blocks:
            if isinstance(block, ImageBlock) and block.media in media:
                uses.setdefault((block.media, Framing.of(block)), media[block.media])
    return [(item, framing) for (_, framing), item in uses.items() if item.mime in RESIZED_MIMES]


def plan_request(item: MediaItem, framing: Framing, sizes: tuple[int, ...], quality: int, *,
                 fallback: bool) -> DeriveRequest:
    """Return the derived pictures one course picture needs: WebP at each size, and a phone-size fallback."""
    edges = edges_for(item, sizes)
    outputs = [Output(e, "WEBP", "WEBP_LOSSLESS", quality) for e in edges]
    if fallback:
        # For browsers without WebP: baseline JPEG (progressive gains nothing at phone size), PNG for drawings.
        outputs.append(Output(edges[0], "JPEG", "PNG", quality))
    return DeriveRequest(item.sha256, tuple(outputs), framing, name=item.path)


class PackagePictures:
    """The package's pictures by media path and framing, made in the background; a page waits for its own."""

    def __init__(self, bundle: CourseBundle, plans: dict[tuple[str, Framing], tuple[MediaItem, DeriveRequest]],
                 *, progress: ProgressCallback, cancel: CancelToken):
        self._bundle = bundle
        self._plans = plans
        self._built: dict[tuple[str, Framing], Picture] = {}
        cache = DerivedCache(cache_dir() / "derived")
        try:
            self._job = DeriveJob([req for _, req in plans.values()], lambda req: bundle.media.locate(req.name),
                                  cache, progress=progress, cancel=cancel)
        except (BundleError, MediaError) as exc:
            raise self._failed(exc) from None

    def get(self, key: tuple[str, Framing], default: Picture | None = None) -> Picture | None:
        """Return every encoded form of a picture (waiting until they are made), or ``default`` if it has none."""
        if key in self._built:
            return self._built[key]
        plan = self._plans.get(key)
        if plan is None:
            return default
        item, req = plan
        try:
            made = self._job.result(req)
        except (BundleError, MediaError) as exc:
            raise self._failed(exc) from None
        pic = self._built[key] = _picture(item, req, made)
        return pic

    def _failed(self, exc: Exception) -> ExportError:
        return ExportError(name_damaged_picture(self._bundle, [req.name for _, req in self._plans.values()], exc))

    def close(self) -> None:
        """Stop making pictures not yet started and wait for the workers."""
        self._job.close()

    def __enter__(self) -> "PackagePictures":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def start_pictures(
    bundle: CourseBundle,
    uses: list[tuple[MediaItem, Framing]],
    sizes: tuple[int, ...],
    quality: int,
    *,
    fallback: bool,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> PackagePictures:
    """Start making the pictures, keyed by media path and framing, deriving only those not yet cached."""
    plans = {(item.path, framing): (item, plan_request(item, framing, sizes, quality, fallback=fallback))
             for item, framing in uses}
    return PackagePictures(bundle, plans, progress=progress, cancel=cancel)


def _picture(item: MediaItem, req: DeriveRequest, made: tuple[DerivedFile, ...]) -> Picture:
    pic = Picture(item)
    stem = posixpath.splitext(posixpath.basename(item.path))[0]
    if req.framing.key:
        stem += f"-{req.framing.key}"
    for output, derived in zip(req.outputs, made, strict=True):
        variant = Variant(f"images/{stem}-{output.max_edge}{_SUFFIX[derived.mime]}", derived.mime,
                          derived.width, derived.height, derived.path)
        if output.photo == "WEBP":
            pic.webp.append(variant)
        else:
            pic.fallback = variant
    return pic
