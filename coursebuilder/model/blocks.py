"""Content blocks that make up a lesson."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

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
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


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


#: Quarter turns a picture may be given, in degrees clockwise.
ROTATIONS = (0, 90, 180, 270)
#: The smallest share of a picture's width or height a crop may keep.
MIN_CROP = 0.02


@dataclass(kw_only=True)
class ImageBlock(MediaBlock):
    """A picture with alt text for people who cannot see it."""

    type: ClassVar[str] = "image"
    label: ClassVar[str] = "Image"
    media_kind: ClassVar[str] = "image"
    alt: str = ""
    #: Degrees clockwise to turn the picture after the camera's own orientation is applied.
    rotate: int = field(default=0, metadata={"schema": {"enum": list(ROTATIONS)}})
    #: The part to show, as fractions of the turned picture: [x, y, width, height]; empty shows it all.
    crop: list[float] = field(default_factory=list, metadata={"schema": {
        "minItems": 4, "maxItems": 4, "items": {"type": "number", "minimum": 0, "maximum": 1}}})

    def framed(self) -> bool:
        """Return whether the picture is shown turned or cropped rather than as stored."""
        return bool(self.rotate or self.crop)


def framing_problem(rotate: int, crop: list[float]) -> str:
    """Return what is wrong with a picture's turn and crop, or "" if both can be applied."""
    if rotate not in ROTATIONS:
        return f"the picture is turned by {rotate} degrees; only 0, 90, 180 or 270 are possible"
    if not crop:
        return ""
    if len(crop) != 4:
        return f"the crop has {len(crop)} numbers; it needs four: x, y, width and height"
    x, y, w, h = crop
    if min(crop) < 0 or max(crop) > 1:
        return "the crop's numbers must be fractions of the picture between 0 and 1"
    if w < MIN_CROP or h < MIN_CROP:
        return "the crop keeps less than 2% of the picture's width or height"
    # A little slack: fractions written to YAML and read back may not add up exactly.
    if x + w > 1 + 1e-6 or y + h > 1 + 1e-6:
        return "the crop reaches past the edge of the picture"
    return ""


def turn_framing(rotate: int, crop: list[float], degrees: int) -> tuple[int, list[float]]:
    """Return the turn and crop after turning a picture ``degrees`` more clockwise, keeping what the crop shows."""
    if degrees % 90:
        raise ValueError(f"a picture turns by quarter turns, not {degrees} degrees")
    turns = (degrees // 90) % 4
    box = list(crop)
    for _ in range(turns if box else 0):
        # A quarter turn clockwise takes the point (u, v) to (1 - v, u).
        x, y, w, h = box
        box = [max(0.0, 1 - (y + h)), x, h, w]
    return (rotate + 90 * turns) % 360, box


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
