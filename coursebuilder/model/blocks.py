"""Content blocks that make up a lesson."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from .ids import new_id
from .questions import Question


@dataclass(kw_only=True)
class Block:
    """Fields every block kind has."""

    type: ClassVar[str] = ""
    label: ClassVar[str] = ""
    #: The media category a block of this kind may point at ("" for none).
    media_kind: ClassVar[str] = ""

    id: str = field(default_factory=lambda: new_id("b"))
    extra: dict = field(default_factory=dict, repr=False)


@dataclass(kw_only=True)
class TextBlock(Block):
    """Text written in Markdown."""

    type: ClassVar[str] = "text"
    label: ClassVar[str] = "Text"
    markdown: str = ""


@dataclass(kw_only=True)
class MediaBlock(Block):
    """A block showing one media file of the bundle."""

    media: str = ""
    caption: str = ""
    credit: str = ""


@dataclass(kw_only=True)
class ImageBlock(MediaBlock):
    """A picture with alt text for people who cannot see it."""

    type: ClassVar[str] = "image"
    label: ClassVar[str] = "Image"
    media_kind: ClassVar[str] = "image"
    alt: str = ""


@dataclass(kw_only=True)
class AudioBlock(MediaBlock):
    """A sound recording, with a transcript for those who cannot hear it."""

    type: ClassVar[str] = "audio"
    label: ClassVar[str] = "Audio"
    media_kind: ClassVar[str] = "audio"
    title: str = ""
    transcript: str = ""


@dataclass(kw_only=True)
class VideoBlock(MediaBlock):
    """A video clip, with a transcript or description."""

    type: ClassVar[str] = "video"
    label: ClassVar[str] = "Video"
    media_kind: ClassVar[str] = "video"
    title: str = ""
    transcript: str = ""


@dataclass(kw_only=True)
class FileBlock(MediaBlock):
    """A file trainees can download, such as a worksheet."""

    type: ClassVar[str] = "file"
    label: ClassVar[str] = "File"
    media_kind: ClassVar[str] = "any"
    title: str = ""
    description: str = ""


@dataclass(kw_only=True)
class ExerciseBlock(Block):
    """Practice questions with immediate feedback, never graded."""

    type: ClassVar[str] = "exercise"
    label: ClassVar[str] = "Exercise"
    title: str = ""
    instructions: str = ""
    questions: list[Question] = field(default_factory=list)


BLOCK_TYPES: dict[str, type[Block]] = {
    cls.type: cls
    for cls in (TextBlock, ImageBlock, AudioBlock, VideoBlock, FileBlock, ExerciseBlock)
}
