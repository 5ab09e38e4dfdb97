"""Caps that keep a hostile bundle from exhausting the machine."""

from dataclasses import dataclass

from PIL import Image

FORMAT_ID = "coursebuilder-bundle"
#: The newest manifest version this CourseBuilder reads and writes (2: language variants).
SCHEMA_VERSION = 2
#: The version of a course in one language: written whenever it suffices, so older versions still open it.
BASE_SCHEMA_VERSION = 1
MANIFEST_NAME = "course.yaml"
MEDIA_DIR = "media"
BUNDLE_SUFFIX = ".coursebundle"


@dataclass(frozen=True)
class Limits:
    """Sane caps for what one course bundle may hold."""

    max_manifest_bytes: int = 8 * 1024 * 1024
    max_entries: int = 20_000
    max_total_bytes: int = 16 * 1024**3
    max_entry_bytes: int = 4 * 1024**3
    #: Compressed-to-unpacked ratio past which an entry is treated as a zip bomb.
    max_ratio: float = 200.0
    #: Entries smaller than this may compress as well as they like.
    ratio_floor_bytes: int = 1024 * 1024
    max_yaml_depth: int = 64
    #: Same limit Pillow uses before it raises DecompressionBombError.
    max_image_pixels: int = 2 * (Image.MAX_IMAGE_PIXELS or 89_478_485)


DEFAULT_LIMITS = Limits()
