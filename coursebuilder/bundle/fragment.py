"""Pieces of a course (modules, lessons, blocks, questions) carried to another place or course.

A fragment is what cut, copy and paste move: the objects as manifest data plus the bytes of
every media file they use, packed into one stored ZIP so it can travel through the system
clipboard between two editors. Reading one treats it as hostile like any bundle.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..jobs import CancelToken
from ..media.probe import MediaError, probe_stream
from ..model import Assessment, Block, Course, ExerciseBlock, Item, Lesson, MediaBlock, MediaItem, Module, Question
from ..model.codec import ManifestError, from_data, to_data
from ..model.operations import Group, Insert, Operation, duplicate
from .errors import BundleError
from .limits import DEFAULT_LIMITS, Limits
from .media_store import FromBytes, MediaStore, _media_name

#: The clipboard format of a fragment (a stored ZIP: fragment.json and media/<sha256>).
FRAGMENT_MIME = "application/x-coursebuilder-fragment"
FORMAT_ID = "coursebuilder-fragment"
FORMAT_VERSION = 1
HEADER = "fragment.json"
#: A clipboard is held in memory: far less than a bundle may hold on disk.
MAX_FRAGMENT_BYTES = 1024 * 1024 * 1024
MAX_HEADER_BYTES = 16 * 1024 * 1024
_MEDIA_ENTRY = re.compile(r"media/[0-9a-f]{64}")

#: Fragment kind -> the model base class of its objects.
KINDS: dict[str, type] = {"modules": Module, "items": Item, "blocks": Block, "questions": Question}


@dataclass
class Fragment:
    """Objects of one kind and the media files they use."""

    kind: str
    objects: list[Any]
    #: Each media file used, with its bytes.
    media: list[tuple[MediaItem, bytes]] = field(default_factory=list)

    def describe(self) -> str:
        """Return "2 lessons"-style words for messages (English; the editor translates its own)."""
        return f"{len(self.objects)} {self.kind}"


def kind_of(obj: Any) -> str:
    """Return the fragment kind an object belongs to ("modules", "items", "blocks", "questions")."""
    for kind, base in KINDS.items():
        if isinstance(obj, base):
            return kind
    raise ValueError(f"{type(obj).__name__} cannot be copied")


def media_paths(objects: list[Any]) -> list[str]:
    """Return the media paths the objects use, each once, in order of use."""
    seen: dict[str, None] = {}
    for obj in objects:
        for block in _blocks_in(obj):
            if isinstance(block, MediaBlock) and block.media:
                seen.setdefault(block.media, None)
    return list(seen)


def _blocks_in(obj: Any) -> Iterator[Block]:
    if isinstance(obj, Block):
        yield obj
    elif isinstance(obj, Lesson):
        yield from obj.blocks
    elif isinstance(obj, Module):
        for item in obj.items:
            yield from _blocks_in(item)


def take_fragment(course: Course, objects: list[Any]) -> Fragment:
    """Return a fragment holding copies of ``objects`` (all of one kind) and their media items, without bytes."""
    if not objects:
        raise ValueError("nothing to copy")
    kind = kind_of(objects[0])
    if any(kind_of(o) != kind for o in objects):
        raise ValueError("the objects to copy are of different kinds")
    by_path = course.media_by_path()
    items = [copy.deepcopy(by_path[p]) for p in media_paths(objects) if p in by_path]
    return Fragment(kind, [copy.deepcopy(o) for o in objects], [(item, b"") for item in items])


def pack_fragment(fragment: Fragment, store: MediaStore, cancel: CancelToken | None = None) -> bytes:
    """Return the fragment as bytes, reading each media file's bytes from ``store``."""
    header = {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "kind": fragment.kind,
        "objects": [to_data(o) for o in fragment.objects],
        "media": [to_data(item) for item, _data in fragment.media],
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr(HEADER, json.dumps(header, ensure_ascii=False))
        for item, data in fragment.media:
            if cancel is not None:
                cancel.check()
            if not data:
                try:
                    with store.open(item.path) as fh:
                        data = fh.read()
                except OSError as exc:
                    raise BundleError(f"cannot read {item.original_name or item.path}: {exc}") from None
            zf.writestr(f"media/{item.sha256}", data)
    return buf.getvalue()


def read_fragment(data: bytes, limits: Limits = DEFAULT_LIMITS, cancel: CancelToken | None = None) -> Fragment:
    """Return the fragment held in ``data``, refusing anything damaged, oversized or not a fragment."""
    if len(data) > MAX_FRAGMENT_BYTES:
        raise BundleError(f"the clipboard holds {len(data) >> 20} MiB, more than can be pasted")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise BundleError(f"the clipboard does not hold course content ({exc})") from None
    names = [i.filename for i in infos]
    if names.count(HEADER) != 1 or len(set(names)) != len(names):
        raise BundleError("the clipboard does not hold course content")
    for info in infos:
        if info.filename != HEADER and not _MEDIA_ENTRY.fullmatch(info.filename):
            raise BundleError(f"the clipboard holds an unexpected entry {info.filename[:60]!r}")
        if info.file_size > MAX_FRAGMENT_BYTES or (info.filename == HEADER and info.file_size > MAX_HEADER_BYTES):
            raise BundleError(f"clipboard entry {info.filename} is too large")
    try:
        with zf.open(HEADER) as fh:
            header = json.loads(fh.read(MAX_HEADER_BYTES + 1).decode("utf-8"))
    except (zipfile.BadZipFile, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleError(f"the clipboard's content is damaged ({str(exc)[:80]})") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT_ID:
        raise BundleError("the clipboard does not hold course content")
    if header.get("version") != FORMAT_VERSION:
        raise BundleError(f"the clipboard holds content of a newer CourseBuilder (version {header.get('version')!r})")
    kind = header.get("kind")
    if kind not in KINDS:
        raise BundleError(f"the clipboard holds an unknown kind of content {str(kind)[:40]!r}")
    objects_data, media_data = header.get("objects"), header.get("media", [])
    if not isinstance(objects_data, list) or not objects_data or not isinstance(media_data, list):
        raise BundleError("the clipboard's content is damaged (no objects)")
    try:
        objects = [from_data(KINDS[kind], o, f"clipboard {kind}[{i}]") for i, o in enumerate(objects_data)]
        items = [from_data(MediaItem, m, f"clipboard media[{i}]") for i, m in enumerate(media_data)]
    except (ManifestError, TypeError, RecursionError) as exc:
        raise BundleError(str(exc)) from None
    media = []
    present = set(names)
    for item in items:
        if cancel is not None:
            cancel.check()
        media.append((item, _read_media(zf, item, present, limits)))
    used = set(media_paths(objects))
    if used - {item.path for item in items}:
        missing = sorted(used - {item.path for item in items})[0]
        raise BundleError(f"the clipboard's content uses {missing} but does not hold it")
    return Fragment(kind, objects, media)


def _read_media(zf: zipfile.ZipFile, item: MediaItem, present: set[str], limits: Limits) -> bytes:
    name = f"media/{item.sha256}"
    if name not in present:
        raise BundleError(f"the clipboard's content lacks the bytes of {item.original_name or item.path}")
    try:
        with zf.open(name) as fh:
            data = fh.read(MAX_FRAGMENT_BYTES + 1)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BundleError(f"{item.original_name or item.path} on the clipboard is damaged ({exc})") from None
    if hashlib.sha256(data).hexdigest() != item.sha256:
        raise BundleError(f"{item.original_name or item.path} on the clipboard does not match its checksum")
    try:
        probe = probe_stream(io.BytesIO(data), max_pixels=limits.max_image_pixels)
    except MediaError as exc:
        raise BundleError(str(exc), item.original_name or item.path) from None
    # What the bytes are, not what the header claims.
    item.mime, item.width, item.height, item.size = probe.mime, probe.width, probe.height, len(data)
    return data


def accepts(owner: Any, kind: str) -> str:
    """Return the list attribute of ``owner`` that holds objects of ``kind``, or "" if it holds none."""
    if kind == "modules" and isinstance(owner, Course):
        return "modules"
    if kind == "items" and isinstance(owner, Module):
        return "items"
    if kind == "blocks" and isinstance(owner, Lesson):
        return "blocks"
    if kind == "questions" and isinstance(owner, (Assessment, ExerciseBlock)):
        return "questions"
    return ""


def paste_operation(course: Course, store: MediaStore, fragment: Fragment, owner: Any, index: int) -> tuple[Operation, list[Any]]:
    """Return one operation pasting fresh copies of the fragment into ``owner`` at ``index``, and those copies.

    Media the course already holds (same checksum) are reused; new ones are added to the
    course and their bytes registered in ``store``.
    """
    attr = accepts(owner, fragment.kind)
    if not attr:
        raise ValueError(f"{fragment.kind} cannot be pasted into a {type(owner).__name__.lower()}")
    by_sha = {m.sha256: m for m in course.media}
    taken = {m.path for m in course.media}
    renamed: dict[str, str] = {}
    steps: list[Operation] = []
    for item, data in fragment.media:
        known = by_sha.get(item.sha256)
        if known is not None:
            renamed[item.path] = known.path
            continue
        new = copy.deepcopy(item)
        new.path = _media_name(item.original_name or item.path, item.sha256, item.mime, taken)
        taken.add(new.path)
        by_sha[item.sha256] = new
        renamed[item.path] = new.path
        store.set_origin(new.path, FromBytes(data))
        steps.append(Insert(course, "media", len(course.media) + len(steps), new))
    pasted = [duplicate(o) for o in fragment.objects]
    for obj in pasted:
        for block in _blocks_in(obj):
            if isinstance(block, MediaBlock) and block.media:
                block.media = renamed.get(block.media, block.media)
    index = max(0, min(index, len(getattr(owner, attr))))
    steps += [Insert(owner, attr, index + i, obj) for i, obj in enumerate(pasted)]
    return Group(f"Paste {fragment.kind}", steps), pasted
