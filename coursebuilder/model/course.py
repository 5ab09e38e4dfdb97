"""The course, its modules, lessons and assessments."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterator

from .blocks import Block, ExerciseBlock, MediaBlock
from .ids import new_id
from .questions import Question


@dataclass(kw_only=True)
class Person:
    """An author or contributor of the course."""

    name: str = ""
    role: str = ""
    email: str = ""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(kw_only=True)
class Translation:
    """One text in another language than the course's default, with what it was translated from."""

    text: str = ""
    #: ``languages.fingerprint`` of the default-language text when this was translated ("" if unknown).
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(kw_only=True)
class MediaItem:
    """One file in the bundle's ``media/`` folder, as listed in the manifest."""

    path: str
    sha256: str
    size: int
    mime: str
    width: int = 0
    height: int = 0
    original_name: str = ""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def kind(self) -> str:
        """Return the broad category: image, audio, video or file."""
        top = self.mime.split("/", 1)[0]
        return top if top in ("image", "audio", "video") else "file"


@dataclass(kw_only=True)
class Item:
    """Something listed inside a module: a lesson or an assessment."""

    type: ClassVar[str] = ""
    label: ClassVar[str] = ""

    id: str = field(default_factory=lambda: new_id("i"))
    title: str = ""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(kw_only=True)
class Lesson(Item):
    """A lesson: objectives, timing, speaker notes and an ordered list of blocks."""

    type: ClassVar[str] = "lesson"
    label: ClassVar[str] = "Lesson"
    objectives: list[str] = field(default_factory=list)
    minutes: int = 0
    notes: str = ""
    blocks: list[Block] = field(default_factory=list)


@dataclass(kw_only=True)
class Assessment(Item):
    """Questions answered as a whole, at the end of a lesson or module."""

    description: str = ""
    questions: list[Question] = field(default_factory=list)


@dataclass(kw_only=True)
class Quiz(Assessment):
    """A graded assessment with a pass mark."""

    type: ClassVar[str] = "quiz"
    label: ClassVar[str] = "Quiz"
    #: Percentage of the points needed to pass.
    pass_mark: int = 60
    shuffle: bool = False
    #: How many tries a trainee gets; 0 means as many as they like.
    attempts: int = 0


@dataclass(kw_only=True)
class Survey(Assessment):
    """A questionnaire: nothing is right or wrong, answers are counted."""

    type: ClassVar[str] = "survey"
    label: ClassVar[str] = "Survey"
    anonymous: bool = True


ITEM_TYPES: dict[str, type[Item]] = {cls.type: cls for cls in (Lesson, Quiz, Survey)}


@dataclass(kw_only=True)
class Module:
    """A group of lessons and assessments, such as one training day."""

    id: str = field(default_factory=lambda: new_id("m"))
    title: str = ""
    description: str = ""
    items: list[Item] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def lessons(self) -> list[Lesson]:
        """Return the module's lessons in order."""
        return [i for i in self.items if isinstance(i, Lesson)]


@dataclass(kw_only=True)
class Course:
    """A whole course: metadata, modules and the media it uses."""

    id: str = field(default_factory=lambda: new_id("course-"))
    title: str = ""
    subtitle: str = ""
    #: BCP 47 language tag of the main language, such as ``zh-Hans`` or ``en``.
    language: str = "en"
    authors: list[Person] = field(default_factory=list)
    licence: str = "CC-BY-4.0"
    description: str = ""
    #: Path of the cover image inside the bundle, such as ``media/cover.jpg``.
    cover: str = ""
    version: str = "1.0"
    created: str = ""
    modified: str = ""
    modules: list[Module] = field(default_factory=list)
    media: list[MediaItem] = field(default_factory=list)
    #: Every language of the course (BCP 47), the default ``language`` first; empty means only ``language``.
    languages: list[str] = field(default_factory=list)
    #: language -> text key -> translation (see ``model/languages.py`` for the keys).
    translations: dict[str, dict[str, Translation]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def media_by_path(self) -> dict[str, MediaItem]:
        """Return the media items keyed by their path in the bundle."""
        return {m.path: m for m in self.media}

    def lessons(self) -> Iterator[Lesson]:
        """Yield every lesson in course order."""
        for module in self.modules:
            yield from module.lessons()

    def walk_questions(self) -> Iterator[tuple[str, Question]]:
        """Yield every question with its place, in course order."""
        for mi, module in enumerate(self.modules):
            for ii, item in enumerate(module.items):
                here = f"modules[{mi}].items[{ii}]"
                if isinstance(item, Assessment):
                    for qi, q in enumerate(item.questions):
                        yield f"{here}.questions[{qi}]", q
                elif isinstance(item, Lesson):
                    for bi, block in enumerate(item.blocks):
                        if isinstance(block, ExerciseBlock):
                            for qi, q in enumerate(block.questions):
                                yield f"{here}.blocks[{bi}].questions[{qi}]", q

    def media_references(self) -> Iterator[tuple[str, str]]:
        """Yield (place, media path) for every use of a media file."""
        if self.cover:
            yield "cover", self.cover
        for mi, module in enumerate(self.modules):
            for ii, item in enumerate(module.items):
                if isinstance(item, Lesson):
                    for bi, block in enumerate(item.blocks):
                        if isinstance(block, MediaBlock) and block.media:
                            yield f"modules[{mi}].items[{ii}].blocks[{bi}]", block.media
        # A recording in Khmer replacing the default one is a use of its file too.
        from .languages import media_replacements

        yield from media_replacements(self)
