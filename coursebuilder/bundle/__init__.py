"""The portable course bundle: safe reading, atomic saving, and the media it holds."""

from .errors import BundleError, Cancelled
from .limits import BUNDLE_SUFFIX, DEFAULT_LIMITS, FORMAT_ID, SCHEMA_VERSION, Limits
from .manifest import manifest_bytes, parse_manifest
from .media_store import FromBundle, FromBytes, FromFile, MediaStore
from .recovery import recover_interrupted_save
from .reader import CourseBundle, check_bundle, has_errors, open_bundle
from .writer import save_bundle

__all__ = [
    "BUNDLE_SUFFIX",
    "DEFAULT_LIMITS",
    "FORMAT_ID",
    "SCHEMA_VERSION",
    "BundleError",
    "Cancelled",
    "CourseBundle",
    "FromBundle",
    "FromBytes",
    "FromFile",
    "Limits",
    "MediaStore",
    "check_bundle",
    "has_errors",
    "manifest_bytes",
    "open_bundle",
    "parse_manifest",
    "recover_interrupted_save",
    "save_bundle",
]
