"""Add a folder of phone photos to a lesson, one picture block each, in the order they were taken."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from ..bundle import CourseBundle
from ..jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ..media.sniff import HEIC_HINT, SNIFF_BYTES, sniff_mime
from ..model import ImageBlock, Lesson
from ..model.messages import say
from .local_media import add_media_file
from .naming import natural_key
from .report import ImportFailure, ImportReport
from .staging import staged
from .targets import find_item

#: EXIF tags that hold when a photo was taken, most trusted first.
DATE_TAGS = (0x9003, 0x9004)  # DateTimeOriginal, DateTimeDigitized (in the Exif sub-IFD)
DATE_TAG_MAIN = 0x0132  # DateTime in the main IFD: set by phones, changed by some editors
EXIF_IFD = 0x8769
PICTURES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff"}


@dataclass(frozen=True)
class Photo:
    """A photo file with the time used to order it."""

    path: Path
    taken: datetime | None
    mtime: float

    def sort_key(self):
        """Order by capture time, then by file time, then by name as people count."""
        when = self.taken.timestamp() if self.taken else self.mtime
        return (when, natural_key(self.path.name))


def capture_time(path: Path) -> datetime | None:
    """Return when the photo was taken according to its EXIF data, or None."""
    try:
        with Image.open(path) as im:
            exif = im.getexif()
            sub = exif.get_ifd(EXIF_IFD)
            values = [sub.get(tag) for tag in DATE_TAGS] + [exif.get(DATE_TAG_MAIN)]
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return None
    for value in values:
        if when := _parse_exif_date(value):
            return when
    return None


def _parse_exif_date(value) -> datetime | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    text = value.strip().rstrip("\x00")
    for fmt in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y:%m:%d %H:%M"):
        try:
            return datetime.strptime(text[:19], fmt)
        except ValueError:
            continue
    return None


def list_photos(folder: Path, report: ImportReport) -> list[Photo]:
    """Return the pictures directly inside ``folder`` in capture order; report what is skipped."""
    photos = []
    try:
        entries = list(os.scandir(folder))
    except OSError as exc:
        raise ImportFailure(say("refuse.cannot_read", reason=exc.strerror), str(folder)) from None
    for entry in sorted(entries, key=lambda e: natural_key(e.name)):
        if entry.name.startswith("."):
            continue
        st = entry.stat(follow_symlinks=False)
        if stat.S_ISLNK(st.st_mode):
            report.note(entry.name, say("note.symlink"))
            continue
        if stat.S_ISDIR(st.st_mode):
            report.note(entry.name, say("note.subfolder_photos"))
            continue
        if not stat.S_ISREG(st.st_mode):
            continue
        try:
            with open(entry.path, "rb") as fh:
                head = fh.read(SNIFF_BYTES)
        except OSError as exc:
            raise ImportFailure(say("refuse.cannot_read", reason=exc.strerror), entry.name) from None
        if sniff_mime(head) == "image/heic":
            report.note(entry.name, say("note.heic"))
            continue
        if sniff_mime(head) not in PICTURES:
            report.note(entry.name, say("note.not_picture"))
            continue
        path = Path(entry.path)
        photos.append(Photo(path, capture_time(path), st.st_mtime))
    photos.sort(key=Photo.sort_key)
    return photos


def import_photos(
    bundle: CourseBundle,
    folder: Path,
    lesson: str,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> ImportReport:
    """Append one picture block per photo to the lesson, all of them or none."""
    folder = Path(folder)
    if not folder.is_dir() or folder.is_symlink():
        raise ImportFailure(say("refuse.not_folder"), str(folder))
    report = ImportReport()
    photos = list_photos(folder, report)
    if not photos:
        heic = any("HEIC" in str(notice.message) for notice in report.notices)
        raise ImportFailure(f"holds no photos (JPEG, PNG, GIF, WebP); {HEIC_HINT}" if heic else say("refuse.no_photos"), str(folder))
    with staged(bundle, report) as work:
        target = find_item(work.course, lesson, Lesson, "lesson")
        for i, photo in enumerate(photos):
            cancel.check()
            progress(i, len(photos), photo.path.name)
            item = add_media_file(work, photo.path, folder.name, report)
            # Orientation stays in the file: the media layer turns pictures upright when it shows them.
            work.edit.append(target, "blocks", ImageBlock(media=item.path, alt="", caption=""))
    missing_alt = len(photos)
    report.note(folder.name, say("note.alt_needed", count=missing_alt))
    progress(len(photos), len(photos), "")
    return report
