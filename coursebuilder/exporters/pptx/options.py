"""What the lecturer chose for the deck, and what the export reports back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_IMAGE_SIZE = 1920


@dataclass
class PptxOptions:
    """Choices for one slide-deck export."""

    #: Export only this module (1 = the first); None for the whole course.
    module: int | None = None
    #: Export only these lessons, quizzes or surveys (by id); empty for all.
    lessons: list[str] = field(default_factory=list)
    theme: str = "default"
    #: The lecturer's own .pptx/.potx: its masters and layouts replace the theme's.
    template: Path | None = None
    #: Long edge of pictures in pixels (projectors show 1920 at most).
    image_size: int = DEFAULT_IMAGE_SIZE
    venue: str = ""
    #: The session's date as YYYY-MM-DD; "" for today.
    date: str = ""
    #: Who presents; "" for the course's authors.
    lecturer: str = ""
    #: Embed audio and video files in the deck (they can make it large).
    embed_media: bool = True


@dataclass
class PptxResult:
    """What an export made."""

    path: Path
    slides: int
    pictures: int
    media: int
    bytes: int
    warnings: list[str] = field(default_factory=list)
