"""Where each media file of an open course comes from, and how to add new ones."""

from __future__ import annotations

import hashlib
import io
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from ..model.messages import say
from ..media.batch import Source, Span
from ..media.probe import MediaError, Probe, probe_stream, verify_picture
from ..media.sniff import EXTENSIONS
from ..model import Course, MediaItem
from .errors import BundleError
from .limits import DEFAULT_LIMITS, MEDIA_DIR, Limits
from .source import BundleSource

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class FromBundle:
    """A media file inside the bundle the course was opened from."""

    source: BundleSource
    name: str
    #: The checksum the manifest gives; reading to the end checks the bytes against it.
    sha256: str = ""


@dataclass(frozen=True)
class FromFile:
    """A media file added from the lecturer's disk, not yet saved into the bundle."""

    path: Path


@dataclass(frozen=True)
class FromBytes:
    """A media file made in memory, such as a generated illustration."""

    data: bytes


Origin = FromBundle | FromFile | FromBytes


class MediaStore:
    """Maps each media path of a course to where its bytes can be read."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS):
        self.limits = limits
        self._origins: dict[str, Origin] = {}

    def origin(self, path: str) -> Origin:
        """Return where the bytes of a media path come from."""
        try:
            return self._origins[path]
        except KeyError:
            raise BundleError(say("media.not_in_bundle", path=path)) from None

    def set_origin(self, path: str, origin: Origin) -> None:
        """Record where the bytes of a media path come from."""
        self._origins[path] = origin

    def paths(self) -> set[str]:
        """Return every media path the store can read."""
        return set(self._origins)

    def open(self, path: str) -> BinaryIO:
        """Open a media file for reading."""
        origin = self.origin(path)
        if isinstance(origin, FromBundle):
            stream = origin.source.open(origin.name)
            return _verified(stream, origin.sha256, path) if origin.sha256 else stream
        if isinstance(origin, FromBytes):
            return io.BytesIO(origin.data)
        try:
            return open(origin.path, "rb")
        except OSError as exc:
            raise BundleError(f"cannot read {origin.path}: {exc.strerror}", path) from None

    def locate(self, path: str) -> Source:
        """Return where a media file's bytes lie, so another process can read them itself.

        A file in a folder bundle or on disk, or one stored uncompressed in a ZIP bundle
        (as media always are), is a Span; anything else is read here. The reader checks
        the checksum either way.
        """
        origin = self.origin(path)
        if isinstance(origin, FromBundle):
            size = origin.source.entries()[origin.name].size
            if origin.source.is_folder:
                full = origin.source.path.joinpath(*origin.name.split("/"))
                return Span(str(full), 0, size, follow_links=False)
            span = getattr(origin.source, "stored_span", lambda _name: None)(origin.name)
            if span is not None:
                return Span(str(origin.source.path), span[0], span[1])
        elif isinstance(origin, FromFile):
            try:
                return Span(str(origin.path), 0, origin.path.stat().st_size)
            except OSError as exc:
                raise BundleError(f"cannot read {origin.path}: {exc.strerror}", path) from None
        with self.open(path) as fh:
            return fh.read()

    def add_file(self, course: Course, file: Path) -> MediaItem:
        """Add a file from disk to the course, reusing an identical one already there."""
        file = Path(file)
        try:
            with open(file, "rb") as fh:
                digest, size = _hash(fh)
                fh.seek(0)
                probe = probe_stream(fh, max_pixels=self.limits.max_image_pixels)
                if probe.width:
                    fh.seek(0)
                    verify_picture(fh, max_pixels=self.limits.max_image_pixels)
        except MediaError as exc:
            raise BundleError(exc.said, file.name) from None
        except OSError as exc:
            raise BundleError(f"cannot read the file: {exc.strerror}", str(file)) from None
        return self._register(course, digest, size, probe, file.name, FromFile(file))

    def add_bytes(self, course: Course, data: bytes, name: str) -> MediaItem:
        """Add a file held in memory, reusing an identical one already there."""
        digest = hashlib.sha256(data).hexdigest()
        try:
            probe = probe_stream(io.BytesIO(data), max_pixels=self.limits.max_image_pixels)
            if probe.width:
                verify_picture(io.BytesIO(data), max_pixels=self.limits.max_image_pixels)
        except MediaError as exc:
            raise BundleError(exc.said, name) from None
        return self._register(course, digest, len(data), probe, name, FromBytes(data))

    def _register(self, course: Course, digest: str, size: int, probe: Probe, original_name: str,
                  origin: Origin) -> MediaItem:
        # Shown to the lecturer and offered as the download name: no direction overrides.
        original_name = "".join(ch for ch in unicodedata.normalize("NFC", original_name) if unicodedata.category(ch) != "Cf")
        for item in course.media:
            if item.sha256 == digest:
                return item
        path = _media_name(original_name, digest, probe.mime, {m.path for m in course.media})
        item = MediaItem(
            path=path,
            sha256=digest,
            size=size,
            mime=probe.mime,
            width=probe.width,
            height=probe.height,
            original_name=original_name,
        )
        course.media.append(item)
        self._origins[path] = origin
        return item


def _verified(inner: BinaryIO, sha256: str, path: str) -> BinaryIO:
    # Duck-typed: every caller only reads, closes, or uses it in a with statement.
    return cast(BinaryIO, _Verified(inner, sha256, path))


class _Verified:
    """A stream that checks the SHA-256 of what was read once it reaches the end."""

    def __init__(self, inner: BinaryIO, sha256: str, path: str):
        self._inner, self._want, self._path = inner, sha256, path
        self._hash = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        data = self._inner.read(n)
        self._hash.update(data)
        if not data or n is None or n < 0:
            if self._hash.hexdigest() != self._want:
                raise BundleError(say("media.checksum", path=self._path))
        return data

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._inner.close()

    def __enter__(self) -> _Verified:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _hash(fh: BinaryIO) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    while chunk := fh.read(CHUNK):
        h.update(chunk)
        size += len(chunk)
    return h.hexdigest(), size


def _media_name(original: str, digest: str, mime: str, taken: set[str]) -> str:
    """Return a short, portable name like ``media/market-stall-3fa2b1c0.jpg``."""
    stem = os.path.splitext(os.path.basename(original.replace("\\", "/")))[0]
    stem = unicodedata.normalize("NFKC", stem).lower()
    # Keep letters of any script (Chinese names stay readable) but nothing a disk refuses.
    stem = re.sub(r"[^\w]+", "-", stem, flags=re.UNICODE).strip("-_")[:40] or "media"
    ext = EXTENSIONS.get(mime, ".bin")
    name = f"{MEDIA_DIR}/{stem}-{digest[:8]}{ext}"
    n = 2
    while name in taken:
        name = f"{MEDIA_DIR}/{stem}-{digest[:8]}-{n}{ext}"
        n += 1
    return name
