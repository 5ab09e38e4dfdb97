"""Make projector-sized pictures for the deck, on every core, reusing the cache."""

from __future__ import annotations

from ...appdirs import cache_dir
from ...bundle import CourseBundle
from ...bundle.reader import name_damaged_picture
from ...jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ...media.batch import DeriveRequest, DerivedFile, derive_many
from ...media.cache import DerivedCache
from ...media.derive import Framing, Output
from ...media.probe import MediaError
from ...model import ImageBlock
from ._oxml import PictureFile
from .errors import PptxExportError

#: Pictures Pillow can turn into projector-sized JPEG or PNG (not SVG drawings).
RASTER = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff"}

#: How the deck finds a derived picture: the media path and how the block turns and crops it.
PictureKey = tuple[str, Framing]


def picture_key(block: ImageBlock) -> PictureKey:
    """Return the key of the derived picture an image block shows."""
    return block.media, Framing.of(block)


def picture_file(derived: DerivedFile) -> PictureFile:
    """Return what a slide adds a derived picture from: its cached file, read only when the deck is written."""
    return PictureFile(str(derived.path), derived.width, derived.height)


def picture_blocks(specs) -> list[ImageBlock]:
    """Return the image blocks the planned slides show, in order."""
    return [s.picture for s in specs if s.picture is not None and s.picture.media]


def derive_pictures(
    bundle: CourseBundle,
    blocks: list[ImageBlock],
    max_edge: int,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> tuple[dict[PictureKey, DerivedFile], list[str]]:
    """Return the derived picture of each block's key, and warnings for pictures that cannot be shown."""
    items = bundle.course.media_by_path()
    requests: dict[PictureKey, DeriveRequest] = {}
    warnings: dict[str, str] = {}
    for block in blocks:
        item = items.get(block.media)
        if item is None or item.mime not in RASTER:
            warnings[block.media] = f"{block.media} is not a photo or bitmap picture; its slide shows the caption only"
            continue
        key = picture_key(block)
        # Slides show whole pictures at once: baseline JPEG for photos, PNG for drawings and screenshots.
        requests[key] = DeriveRequest(item.sha256, (Output(max_edge),), key[1], name=item.path)
    cache = DerivedCache(cache_dir() / "derived")
    try:
        done = derive_many(requests.values(), lambda req: bundle.media.locate(req.name), cache,
                           progress=progress, cancel=cancel)
    except MediaError as exc:
        raise PptxExportError(name_damaged_picture(bundle, [r.name for r in requests.values()], exc), "input") from None
    return {key: done[req][0] for key, req in requests.items()}, list(warnings.values())
