"""What the lecturer chose for the deck, and what the export reports back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...model.languages import is_language_tag
from ..contract import ExportOptions, ExportResult
from .errors import PptxExportError

DEFAULT_IMAGE_SIZE = 1920
MIN_IMAGE_SIZE, MAX_IMAGE_SIZE = 320, 8192


@dataclass(frozen=True, kw_only=True)
class PptxOptions(ExportOptions):
    """Choices for one slide-deck export, checked when made (a bad one raises PptxExportError, kind usage)."""

    #: Export only this module (1 = the first); None for the whole course.
    module: int | None = None
    #: Export only these lessons, quizzes or surveys (by id); empty for all.
    lessons: tuple[str, ...] = ()
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
    #: The language the deck is in (a BCP 47 tag of the course's); "" for the course's default.
    language: str = ""
    #: A second language under the first on every slide, smaller, for bilingual sessions; "" for none.
    second_language: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "lessons", tuple(self.lessons))
        if not MIN_IMAGE_SIZE <= self.image_size <= MAX_IMAGE_SIZE:
            raise PptxExportError(f"image size {self.image_size} is out of range: use {MIN_IMAGE_SIZE} to "
                                  f"{MAX_IMAGE_SIZE} pixels", "usage")
        for tag in (self.language, self.second_language):
            if tag and not is_language_tag(tag):
                raise PptxExportError(f"{tag!r} is not a language tag; use one like en, zh-Hans, km or lo", "usage")
        if self.second_language and self.second_language == self.language:
            raise PptxExportError(f"the second language is the first one ({self.language}); choose another", "usage")


@dataclass(frozen=True)
class DeckReport:
    """What a deck holds."""

    slides: int
    pictures: int
    media: int
    #: The fonts the deck expects for the scripts in it beyond Latin and Chinese, one line each.
    fonts: tuple[str, ...] = ()

    def summary(self) -> str:
        """Return the deck's contents in one line."""
        return f"{self.slides} slides, {self.pictures} pictures, {self.media} audio/video"

    def lines(self, top: int = 0) -> list[str]:
        """Return the report as text lines."""
        return [f"Deck: {self.summary()}"] + [f"fonts: {line}" for line in self.fonts]


#: What a deck export returns.
PptxResult = ExportResult[DeckReport]
