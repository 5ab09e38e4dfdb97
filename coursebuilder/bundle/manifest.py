"""The manifest file: format header, schema version and migrations."""

from __future__ import annotations

from typing import Any, Callable

from ..model.messages import say
from ..model import Course, ManifestError, course_from_data, course_to_data
from ..model.blocks import MediaBlock
from ..model.languages import course_languages
from ..model.text_clean import clean_course_text
from .errors import BundleError
from .limits import BASE_SCHEMA_VERSION, DEFAULT_LIMITS, FORMAT_ID, MANIFEST_NAME, SCHEMA_VERSION, Limits
from .names import nfc
from .yamlio import dump_yaml, load_yaml

#: Upgrades from one schema version to the next, keyed by the older version.
#: Version 2 only adds ``languages`` and ``translations``: a version 1 body is already a version 2 body.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: lambda body: body}


def parse_manifest(raw: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Course:
    """Return the course described by manifest bytes, or raise BundleError."""
    return parse_manifest_noting(raw, limits=limits)[0]


def parse_manifest_noting(raw: bytes, *, limits: Limits = DEFAULT_LIMITS) -> tuple[Course, list[tuple[str, str]]]:
    """Return the course and the (place, change) of each text cleaned on the way in."""
    data = load_yaml(raw, limits=limits, name=MANIFEST_NAME)
    if not isinstance(data, dict):
        raise BundleError(say("manifest.not_mapping"), MANIFEST_NAME)
    fmt = data.get("format")
    if fmt != FORMAT_ID:
        raise BundleError(say("manifest.bad_format", format=FORMAT_ID, found=fmt), MANIFEST_NAME)
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError(say("manifest.bad_version", found=version), MANIFEST_NAME)
    if version > SCHEMA_VERSION:
        raise BundleError(say("manifest.newer", version=version, supported=SCHEMA_VERSION))
    body = {k: v for k, v in data.items() if k not in ("format", "schema_version")}
    while version < SCHEMA_VERSION:
        body = MIGRATIONS[version](body)
        version += 1
    try:
        course = course_from_data(body)
    except ManifestError as exc:
        raise BundleError(exc.message, f"{MANIFEST_NAME}: {exc.place}" if exc.place else MANIFEST_NAME) from None
    _paths_in_nfc(course)
    return course, clean_course_text(course)


def _paths_in_nfc(course: Course) -> None:
    """Compare media names in one normal form: a manifest edited on a Mac may hold NFD."""
    for item in course.media:
        item.path = nfc(item.path)
    if course.cover:
        course.cover = nfc(course.cover)
    for lesson in course.lessons():
        for block in lesson.blocks:
            if isinstance(block, MediaBlock) and block.media:
                block.media = nfc(block.media)


def manifest_version(course: Course) -> int:
    """Return the oldest schema version that holds the course: 2 only for language variants."""
    if len(course_languages(course)) > 1 or any(course.translations.values()):
        return SCHEMA_VERSION
    return BASE_SCHEMA_VERSION


def manifest_bytes(course: Course) -> bytes:
    """Return the manifest for a course, format header first."""
    data: dict[str, Any] = {"format": FORMAT_ID, "schema_version": manifest_version(course)}
    data.update(course_to_data(course))
    return dump_yaml(data)
