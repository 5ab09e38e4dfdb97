"""Save bundles so that no failure can destroy the previous copy."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import BinaryIO, Callable, cast

from ..atomic import atomic_replace, fsync_file, remove_stale_temps, temp_beside
from ..jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ..model import MediaItem
from .errors import BundleError, os_error_message
from .limits import MANIFEST_NAME, MEDIA_DIR
from .manifest import manifest_bytes, parse_manifest
from .media_store import CHUNK, FromBundle
from .reader import CourseBundle
from .recovery import recover_interrupted_save
from .source import Entry, FolderSource, ZipSource

#: A fixed timestamp makes two saves of the same course byte-identical.
ZIP_DATE = (2020, 1, 1, 0, 0, 0)


def save_bundle(
    bundle: CourseBundle,
    target: Path,
    *,
    folder: bool | None = None,
    manifest: bytes | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> list[str]:
    """Write the bundle to ``target`` (a ZIP file, or a folder), then point it there.

    The previous file stays intact until the new one is complete and synced.
    ``manifest`` replaces the generated manifest with exact bytes (pack, unpack).
    Returns notes for the lecturer, such as files kept that are not part of the course.
    """
    target = Path(target)
    try:
        recover_interrupted_save(target)
        _remove_stale_temps(target)
        raw = manifest if manifest is not None else manifest_bytes(bundle.course)
        as_folder = target.is_dir() if folder is None else folder
        _check_target(target, as_folder)
        if as_folder:
            notes = _write_folder(bundle, target, raw, progress, cancel)
        else:
            _write_zip(bundle, target, raw, progress, cancel)
            notes = []
    except OSError as exc:
        raise BundleError(os_error_message(exc, target)) from None
    source = FolderSource(target, bundle.media.limits) if as_folder else ZipSource(target, bundle.media.limits)
    for item in bundle.course.media:
        bundle.media.set_origin(item.path, FromBundle(source, item.path, item.sha256))
    bundle.path = target
    bundle.manifest_raw = raw
    return notes


def _check_target(target: Path, as_folder: bool) -> None:
    """Refuse a target whose replacement would lose something CourseBuilder did not write."""
    for parent in target.parents:
        if os.path.lexists(parent):
            if not parent.is_dir():
                raise BundleError(f"{target} cannot be created because {parent} is a file, not a folder")
            break
    if not os.path.lexists(target):
        return
    if not as_folder:
        if target.is_dir():
            raise BundleError(
                f"{target} is a folder (perhaps a course kept as a folder); "
                "it cannot be replaced by a single file: choose another name"
            )
        return
    if not target.is_dir() or target.is_symlink():
        raise BundleError(f"{target} is a file, not a folder; choose another name to save the course as a folder")
    media = target / MEDIA_DIR
    if os.path.lexists(media) and (media.is_symlink() or not media.is_dir()):
        raise BundleError(f"{media} is a link or not a folder; CourseBuilder will not write through it")
    if not (target / MANIFEST_NAME).is_file():
        others = sorted(p.name for p in target.iterdir() if p.name not in _LITTER)
        if others:
            raise BundleError(
                f"{target} is a folder that is not a course bundle; its {len(others)} files and folders "
                f"(such as {others[0]!r}) would be mixed with the course or lost: choose an empty or new folder"
            )


#: Files Windows and macOS leave in every folder of a stick; never the lecturer's work.
_LITTER = {".DS_Store", "Thumbs.db", "desktop.ini"}


def _copy_media(
    bundle: CourseBundle,
    items: list[MediaItem],
    write: Callable[[MediaItem], BinaryIO],
    progress: ProgressCallback,
    cancel: CancelToken,
) -> None:
    total = sum(m.size for m in items) or 1
    done = 0
    for item in items:
        cancel.check()
        digest = hashlib.sha256()
        size = 0
        with bundle.media.open(item.path) as src, write(item) as dst:
            while chunk := src.read(CHUNK):
                cancel.check()
                digest.update(chunk)
                dst.write(chunk)
                size += len(chunk)
                done += len(chunk)
                progress(done, total, item.path)
        # Catch a file that changed on disk since it was added, before it replaces good data.
        if size != item.size or digest.hexdigest() != item.sha256:
            raise BundleError(f"{item.path} changed or is damaged since it was added; add it again", item.original_name or item.path)
    progress(total, total, "")


def _remove_stale_temps(target: Path) -> None:
    # A save killed midway leaves its temp file; remove those whose process is gone.
    remove_stale_temps(target.parent, target.name)
    if target.is_dir():
        remove_stale_temps(target)
        remove_stale_temps(target / MEDIA_DIR)


def _write_zip(bundle: CourseBundle, target: Path, raw: bytes, progress: ProgressCallback, cancel: CancelToken) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_replace(target, backup=True) as tmp, open(tmp, "wb") as fh:
        with zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
            info = zipfile.ZipInfo(MANIFEST_NAME, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, raw)

            def open_member(item: MediaItem) -> BinaryIO:
                member = zipfile.ZipInfo(item.path, ZIP_DATE)
                # Stored as-is: photos and videos are already compressed.
                member.compress_type = zipfile.ZIP_STORED
                member.external_attr = 0o644 << 16
                member.file_size = item.size
                return cast(BinaryIO, zf.open(member, "w", force_zip64=item.size > 0x7FFF0000))

            raw_items, items = _split_raw_copies(bundle)
            _copy_media(bundle, items, open_member, progress, cancel)
            for n, (item, source, span) in enumerate(raw_items):
                _copy_stored_member(zf, item, source, span, cancel)
                progress(n + 1, len(raw_items), item.path)


Span = tuple[int, int, int]  # start, size and CRC of a stored ZIP member


def _split_raw_copies(bundle: CourseBundle) -> tuple[list[tuple[MediaItem, ZipSource, Span]], list[MediaItem]]:
    """Sort media into those copied raw from a ZIP bundle and those streamed and hashed."""
    raw: list[tuple[MediaItem, ZipSource, Span]] = []
    streamed: list[MediaItem] = []
    for item in bundle.course.media:
        origin = bundle.media.origin(item.path)
        if isinstance(origin, FromBundle) and isinstance(origin.source, ZipSource):
            span = origin.source.stored_span(origin.name)
            if span is not None and span[1] == item.size:
                raw.append((item, origin.source, span))
                continue
        streamed.append(item)
    return raw, streamed


def _copy_stored_member(zf: zipfile.ZipFile, item: MediaItem, source: ZipSource, span: Span,
                        cancel: CancelToken) -> None:
    """Copy an uncompressed member's bytes straight across, as fast as a file copy.

    zipfile has no public call for adding already-stored data, so this writes the local
    header itself and registers the entry the way ``ZipFile.writestr`` does. The bytes are
    not re-hashed here: they are copied exactly, and every full read of a media file
    (exports, thumbnails, ``validate``) checks its SHA-256, so damage is still caught.
    """
    start, size, crc = span
    fp = zf.fp
    assert fp is not None, "the ZIP is open for writing"
    zinfo = zipfile.ZipInfo(item.path, ZIP_DATE)
    zinfo.compress_type = zipfile.ZIP_STORED
    zinfo.external_attr = 0o644 << 16
    zinfo.file_size = zinfo.compress_size = size
    zinfo.CRC = crc
    zinfo.header_offset = fp.tell()
    fp.write(zinfo.FileHeader(size > zipfile.ZIP64_LIMIT))
    left = size
    view = memoryview(bytearray(CHUNK))
    with open(source.path, "rb") as fin:
        fin.seek(start)
        while left:
            cancel.check()
            n = fin.readinto(view[: min(CHUNK, left)])
            if not n:
                raise BundleError(f"{item.path} is cut short in {source.path.name}")
            fp.write(view[:n])
            left -= n
    zf.filelist.append(zinfo)
    zf.NameToInfo[zinfo.filename] = zinfo
    zf.start_dir = fp.tell()
    zf._didModify = True  # type: ignore[attr-defined]


def _write_folder(bundle: CourseBundle, target: Path, raw: bytes, progress: ProgressCallback,
                  cancel: CancelToken) -> list[str]:
    if os.path.lexists(target):
        return _write_into_folder(bundle, target, raw, progress, cancel)
    # A new folder is built under a temporary name and renamed when complete, so a full
    # disk or a cancel never leaves a half-written course behind.
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_replace(target, folder=True) as tmp:
        _write_into_folder(bundle, tmp, raw, progress, cancel)
    return []


def _write_into_folder(bundle: CourseBundle, target: Path, raw: bytes, progress: ProgressCallback,
                       cancel: CancelToken) -> list[str]:
    media_dir = target / MEDIA_DIR
    media_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = target / MANIFEST_NAME
    existing = FolderSource(target).entries() if manifest_path.exists() else {}
    before = _listed_in(manifest_path)
    todo = [m for m in bundle.course.media if not _already_there(bundle, m, target, existing)]
    temps: list[tuple[Path, Path]] = []

    def open_file(item: MediaItem) -> BinaryIO:
        final = target.joinpath(*item.path.split("/"))
        tmp = temp_beside(final)
        temps.append((tmp, final))
        return open(tmp, "xb")

    try:
        _copy_media(bundle, todo, open_file, progress, cancel)
        for tmp, final in temps:
            fsync_file(tmp)
            os.replace(tmp, final)
    finally:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
    # The manifest is the commit point: until it is replaced the old one stays valid.
    with atomic_replace(manifest_path, backup=True) as manifest_tmp:
        manifest_tmp.write_bytes(raw)
    return _tidy_media(media_dir, {m.path for m in bundle.course.media}, before)


def _listed_in(manifest_path: Path) -> set[str]:
    """Return the media the manifest about to be replaced lists: files CourseBuilder wrote."""
    try:
        return {m.path for m in parse_manifest(manifest_path.read_bytes()).media}
    except (OSError, BundleError):
        return set()


def _tidy_media(media_dir: Path, listed: set[str], before: set[str]) -> list[str]:
    """Remove media this course no longer uses; keep and name files the lecturer put there."""
    kept = []
    for child in sorted(media_dir.iterdir()):
        name = f"{MEDIA_DIR}/{unicodedata.normalize('NFC', child.name)}"
        if name in listed or child.name.startswith(".") or child.is_symlink() or not child.is_file():
            continue
        if name in before or _left_by_cut_save(child):
            child.unlink()
        else:
            kept.append(name)
    if not kept:
        return []
    more = f" and {len(kept) - 1} more" if len(kept) > 1 else ""
    return [f"kept {kept[0]}{more}: in the media folder but not part of the course (add them in the media library, or move them out)"]


_OWN_NAME = re.compile(r"-([0-9a-f]{8})(?:-\d+)?\.[A-Za-z0-9]+$")


def _left_by_cut_save(path: Path) -> bool:
    """Tell a file an interrupted save wrote (its name holds its own checksum) from the lecturer's."""
    match = _OWN_NAME.search(path.name)
    if not match:
        return False
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest().startswith(match.group(1))


def _already_there(bundle: CourseBundle, item: MediaItem, target: Path, existing: dict[str, Entry]) -> bool:
    origin = bundle.media.origin(item.path)
    entry = existing.get(item.path)
    return (
        entry is not None
        and entry.size == item.size
        and isinstance(origin, FromBundle)
        and origin.source.is_folder
        and Path(origin.source.path).resolve() == target.resolve()
    )
