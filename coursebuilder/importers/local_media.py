"""Add files a source refers to, never leaving the source folder and never through links."""

from __future__ import annotations

import os
import posixpath
import stat
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..bundle import BundleError
from ..model import AudioBlock, Block, FileBlock, ImageBlock, MediaItem, VideoBlock
from ..model.messages import say
from .report import ImportFailure, ImportReport
from .staging import Work


def is_remote(link: str) -> bool:
    """Return whether a link names a web address or another scheme, not a file beside it."""
    parts = urlsplit(link)
    return bool(parts.scheme and len(parts.scheme) > 1) or link.startswith("//")


def resolve_inside(root: Path, base: str, link: str, place: str) -> Path:
    """Return the file ``link`` (relative to folder ``base`` of ``root``) names, if safely inside."""
    path = unquote(urlsplit(link.replace("\\", "/")).path)
    if not path:
        raise ImportFailure(say("link.no_file", link=link), place)
    if path.startswith("/") or (len(path) > 1 and path[1] == ":"):
        raise ImportFailure(say("link.absolute", link=link), place)
    rel = posixpath.normpath(posixpath.join(base, path))
    if rel == ".." or rel.startswith("../"):
        raise ImportFailure(say("link.outside", link=link), place)
    current = Path(root)
    for part in rel.split("/"):
        current = current / part
        try:
            st = os.lstat(current)
        except FileNotFoundError:
            raise ImportFailure(say("link.missing", link=link), place) from None
        except OSError as exc:
            raise ImportFailure(say("link.cannot_read", link=link, reason=exc.strerror), place) from None
        if stat.S_ISLNK(st.st_mode):
            raise ImportFailure(say("link.symlink", link=link), place)
    if not stat.S_ISREG(st.st_mode):
        raise ImportFailure(say("link.not_file", link=link), place)
    return current


def add_media_file(work: Work, path: Path, place: str, report: ImportReport) -> MediaItem:
    """Add a file to the course (reusing an identical one), naming the place if it is unusable."""
    before = len(work.course.media)
    try:
        item = work.media.add_file(work.course, path)
    except BundleError as exc:
        raise ImportFailure(f"{path.name}: {exc.message}", place) from None
    if len(work.course.media) == before:
        report.duplicates += 1
    else:
        report.pictures += item.kind == "image"
        work.edit.appended(work.course, "media", item)
    return item


def block_for(item: MediaItem, label: str, caption: str = "") -> Block:
    """Return the block that shows a media file: picture, sound, video or download."""
    if item.kind == "image":
        return ImageBlock(media=item.path, alt=label, caption=caption)
    if item.kind == "video":
        return VideoBlock(media=item.path, title=label, caption=caption)
    if item.kind == "audio":
        return AudioBlock(media=item.path, title=label, caption=caption)
    return FileBlock(media=item.path, title=label or item.original_name, description=caption)
