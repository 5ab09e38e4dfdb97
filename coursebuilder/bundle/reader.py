"""Open a bundle from disk, checking everything a hostile one could get wrong."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection

from ..model.messages import say
from ..jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ..media.probe import MediaError, probe_stream, verify_picture
from ..media.sniff import ACTIVE_TYPES, SNIFF_BYTES, sniff_mime
from ..model import Course, MediaItem, Problem, validate_course
from ..model.validate import ERROR, WARNING
from .errors import BundleError
from .limits import DEFAULT_LIMITS, MANIFEST_NAME, MEDIA_DIR, Limits
from .manifest import parse_manifest, parse_manifest_noting
from .media_store import CHUNK, FromBundle, MediaStore
from .names import check_member_name
from .source import BundleSource, open_source


@dataclass
class CourseBundle:
    """An open course: the model, where its media bytes live, and its file."""

    course: Course
    media: MediaStore = field(default_factory=MediaStore)
    path: Path | None = None
    #: The manifest exactly as read, so pack and unpack can copy it unchanged.
    manifest_raw: bytes | None = None


def open_bundle(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> CourseBundle:
    """Open a bundle file or folder without reading its media, or raise BundleError.

    Entry names, sizes, the manifest and the media list are all checked; media
    checksums are checked whenever the media are read (saving, exporting, validating).
    """
    path = Path(path)
    source = open_source(path, limits)
    raw = source.read(MANIFEST_NAME, limits.max_manifest_bytes)
    course = parse_manifest(raw, limits=limits)
    store = MediaStore(limits)
    entries = source.entries()
    for i, item in enumerate(course.media):
        place = f"media[{i}]"
        entry = entries.get(item.path)
        if entry is None or "/" in item.path[len(MEDIA_DIR) + 1:] or not item.path.startswith(MEDIA_DIR + "/"):
            _check_media_path(item.path, place)  # says what is wrong with the name, if anything
            raise BundleError(say("media.missing_in_bundle", path=item.path), place)
        if entry.size != item.size:
            raise BundleError(say("media.size_differs", path=item.path, size=entry.size, listed=item.size), place)
        if item.width * item.height > limits.max_image_pixels or item.width < 0 or item.height < 0:
            raise BundleError(say("media.too_many_pixels", path=item.path, width=item.width, height=item.height), place)
        store.set_origin(item.path, FromBundle(source, item.path, item.sha256))
    return CourseBundle(course=course, media=store, path=source.path, manifest_raw=raw)


def _check_media_path(path: str, place: str) -> None:
    try:
        check_member_name(path)
    except BundleError as exc:
        raise BundleError(exc.message, place) from None
    if not path.startswith(MEDIA_DIR + "/") or path.count("/") != 1:
        raise BundleError(say("media.not_in_media", path=path, folder=MEDIA_DIR), place)


def check_bundle(
    path: Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> list[Problem]:
    """Return every problem with a bundle: structure, manifest, course and each media file."""
    try:
        source = open_source(Path(path), limits)
        raw = source.read(MANIFEST_NAME, limits.max_manifest_bytes)
        course, cleaned = parse_manifest_noting(raw, limits=limits)
    except BundleError as exc:
        return [Problem(exc.place or Path(path).name, exc.message)]
    problems = validate_course(course)
    problems += [Problem(place, f"{change} (done on every open; save to keep it)", WARNING) for place, change in cleaned]
    missing = set()
    for i, item in enumerate(course.media):
        cancel.check()
        progress(i, len(course.media), item.path)
        problem = _check_media_file(source, item, f"media[{i}]", limits)
        if problem:
            problems.append(problem)
            if problem.severity == ERROR:
                missing.add(item.path)
    # Point at every block that uses a broken file, so the lecturer finds it in the outline.
    for place, media_path in course.media_references():
        if media_path in missing:
            problems.append(Problem(place, f"{media_path} is missing or damaged"))
    listed = {m.path for m in course.media}
    for name in sorted(source.entries()):
        if name != MANIFEST_NAME and name not in listed:
            problems.append(Problem(name, "this file is in the bundle but not listed in the manifest", WARNING))
    progress(len(course.media), len(course.media), "")
    return problems


def _check_media_file(source: BundleSource, item: MediaItem, place: str, limits: Limits) -> Problem | None:
    try:
        _check_media_path(item.path, place)
    except BundleError as exc:
        return Problem(place, exc.message)
    if item.width * item.height > limits.max_image_pixels:
        return Problem(place, f"{item.path} claims {item.width}×{item.height} pixels, over the safe limit")
    entry = source.entries().get(item.path)
    if entry is None:
        return Problem(place, f"{item.path} is listed but missing from the bundle")
    if entry.size != item.size:
        return Problem(place, f"{item.path} is {entry.size} bytes but the manifest says {item.size}")
    try:
        digest = hashlib.sha256()
        with source.open(item.path) as fh:
            head = fh.read(CHUNK)
            digest.update(head)
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
        if digest.hexdigest() != item.sha256:
            return Problem(place, f"{item.path} does not match its checksum (damaged or changed)")
        actual = sniff_mime(head[:SNIFF_BYTES])
        if actual in ACTIVE_TYPES or item.mime in ACTIVE_TYPES:
            # Tapped in a package it would run its scripts from the package's own address.
            return Problem(place, f"{item.path} is a web page or drawing that can run scripts; packages offer it "
                                  "as plain text to download, never as a page: attach a PDF instead", WARNING)
        if actual != item.mime and not (item.mime.startswith("text/") and actual == "text/plain"):
            return Problem(place, f"{item.path} is listed as {item.mime} but its content is {actual}")
        if actual.startswith("image/"):
            _probe_image(source, item.path, head, limits)
    except MediaError as exc:
        return Problem(place, f"{item.path}: {exc}")
    except BundleError as exc:
        return Problem(place, exc.message)
    except Exception as exc:  # noqa: BLE001 - a damaged ZIP member can raise many things
        return Problem(place, f"{item.path} cannot be read: {exc}")
    return None


def _probe_image(source: BundleSource, name: str, head: bytes, limits: Limits) -> None:
    # Decode the whole picture: a file cut short passes a header check and fails in an export.
    probe_stream(io.BytesIO(head), max_pixels=limits.max_image_pixels)
    if len(head) < CHUNK:
        verify_picture(io.BytesIO(head), max_pixels=limits.max_image_pixels)
        return
    with source.open(name) as fh:
        verify_picture(io.BytesIO(fh.read()), max_pixels=limits.max_image_pixels)


def name_damaged_picture(bundle: CourseBundle, paths: Collection[str], error: Exception) -> str:
    """Return a sentence naming the damaged picture among ``paths`` and every place that uses it.

    In a course of 200 photos the lecturer must be told which one to replace: if the error
    does not name it, each picture is decoded until the broken one is found.
    """
    items = bundle.course.media_by_path()
    message = error.message if isinstance(error, BundleError) else str(error)
    culprit = next((p for p in dict.fromkeys(paths) if p in message), None)
    reason = message
    for path in [] if culprit else dict.fromkeys(paths):
        item = items.get(path)
        if item is None or not item.mime.startswith("image/"):
            continue
        try:
            with bundle.media.open(path) as fh:
                verify_picture(io.BytesIO(fh.read()), max_pixels=bundle.media.limits.max_image_pixels)
        except (MediaError, BundleError) as exc:
            culprit, reason = path, (exc.message if isinstance(exc, BundleError) else str(exc))
            break
    if culprit is None:
        return f"a picture cannot be used: {message}"
    places = [place for place, used in bundle.course.media_references() if used == culprit]
    where = f", used at {', '.join(places[:3])}{' and more' if len(places) > 3 else ''}," if places else ""
    shown = items[culprit].original_name if culprit in items and items[culprit].original_name else culprit
    return f"the picture {shown} ({culprit}){where} cannot be used: {reason.split(';')[0]}; replace it in the media library"


def has_errors(problems: list[Problem]) -> bool:
    """Return whether any problem is an error rather than a warning."""
    return any(p.severity == ERROR for p in problems)
