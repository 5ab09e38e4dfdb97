"""Checks for the venue: files too large for trainees' phones, slow links and USB sticks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...model import Course, Problem
from ...model.validate import ERROR, WARNING


@dataclass(frozen=True)
class Venue:
    """What a training venue and its trainees' phones can cope with."""

    name: str
    max_image_bytes: int = 15_000_000
    max_audio_bytes: int = 20_000_000
    max_video_bytes: int = 60_000_000
    max_file_bytes: int = 20_000_000
    max_total_bytes: int = 500_000_000


#: A county-town venue: no reliable internet, packages passed on by messaging apps and USB sticks.
RURAL = Venue("rural")


def venue_problems(course: Course, available: set[str], venue: Venue = RURAL) -> list[Problem]:
    """Return media problems: files too large for the venue, and files whose bytes are missing."""
    out = []
    limit = {"image": venue.max_image_bytes, "audio": venue.max_audio_bytes, "video": venue.max_video_bytes, "file": venue.max_file_bytes}
    total = 0
    for i, item in enumerate(course.media):
        total += item.size
        place = f"media[{i}]"
        if item.path not in available:
            out.append(Problem(place, QCoreApplication.translate("venue", "%1 cannot be found; add the file again").replace("%1", item.path), ERROR, item.original_name))
        elif item.size > limit[item.kind]:
            out.append(
                Problem(
                    place,
                    QCoreApplication.translate("venue", "%1 is %2 MB, too large for trainees' phones on a slow link (keep %3 files under %4 MB)")
                    .replace("%1", item.original_name or item.path)
                    .replace("%2", f"{item.size / 1e6:.0f}")
                    .replace("%3", item.kind)
                    .replace("%4", f"{limit[item.kind] / 1e6:.0f}"),
                    WARNING,
                    item.original_name,
                )
            )
    if total > venue.max_total_bytes:
        out.append(
            Problem(
                "media",
                QCoreApplication.translate("venue", "the media add up to %1 MB; over %2 MB is slow to share by phone or message").replace("%1", f"{total / 1e6:.0f}").replace("%2", f"{venue.max_total_bytes / 1e6:.0f}"),
                WARNING,
            )
        )
    return out
