"""Make projector-sized pictures for the deck, on every core, reusing the cache."""

from __future__ import annotations

from ...appdirs import cache_dir
from ...bundle import BundleError, CourseBundle
from ...bundle.reader import name_damaged_picture
from ...jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ...media.batch import DeriveJob, DeriveRequest, DerivedFile
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


class DeckPictures:
    """The deck's derived pictures by key, being made in the background; a slide waits only for its own."""

    def __init__(self, bundle: CourseBundle, requests: dict[PictureKey, DeriveRequest], warnings: list[str],
                 *, progress: ProgressCallback, cancel: CancelToken):
        self._bundle = bundle
        self._requests = requests
        self.warnings = warnings
        cache = DerivedCache(cache_dir() / "derived")
        try:
            self._job = DeriveJob(requests.values(), lambda req: bundle.media.locate(req.name), cache,
                                  progress=progress, cancel=cancel)
        except (MediaError, BundleError) as exc:
            raise self._failed(exc) from None

    def get(self, key: PictureKey, default: DerivedFile | None = None) -> DerivedFile | None:
        """Return the derived picture of a key (waiting until it is made), or ``default`` if it has none."""
        req = self._requests.get(key)
        if req is None:
            return default
        try:
            return self._job.result(req)[0]
        except (MediaError, BundleError) as exc:
            raise self._failed(exc) from None

    def _failed(self, exc: Exception) -> PptxExportError:
        if isinstance(exc, BundleError):
            return PptxExportError(str(exc), "input")
        return PptxExportError(name_damaged_picture(self._bundle, [r.name for r in self._requests.values()], exc),
                               "input")

    def __len__(self) -> int:
        return len(self._requests)

    def __enter__(self) -> "DeckPictures":
        return self

    def __exit__(self, *exc: object) -> None:
        self._job.close()


def start_pictures(
    bundle: CourseBundle,
    blocks: list[ImageBlock],
    max_edge: int,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> DeckPictures:
    """Start making the derived picture of each block's key; warn about pictures that cannot be shown."""
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
    return DeckPictures(bundle, requests, list(warnings.values()), progress=progress, cancel=cancel)
