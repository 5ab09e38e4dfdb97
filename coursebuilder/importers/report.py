"""What an import tells the lecturer: notices kept per place, and the error that stops it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model.edits import ImportEdit
from ..model.messages import Message, worded


class ImportFailure(Exception):
    """An import cannot go on; the message is one line naming the problem and its place.

    ``message`` and ``place`` are a catalogue ``Message`` (worded in the editor's language by ``text``)
    or, for words not yet in the catalogue, an English string; ``str()`` is the English.
    """

    def __init__(self, message: str | Message, place: str | Message = ""):
        self.said, self.where = message, place
        self.message, self.place = str(message), str(place)
        super().__init__(f"{self.place}: {self.message}" if self.place else self.message)

    def text(self, language: str) -> str:
        """Return the refusal in ``language`` (an interface language such as ``zh_CN``)."""
        message, place = worded(self.said, language), worded(self.where, language)
        return f"{place}: {message}" if place else message


@dataclass(frozen=True)
class Notice:
    """Something the import could not carry over exactly, and where it was.

    Either is a catalogue ``Message`` (worded in the editor's language by ``text``) or an English string.
    """

    place: str | Message
    message: str | Message

    def __str__(self) -> str:
        return self.text("en")

    def text(self, language: str) -> str:
        """Return the notice in ``language`` (an interface language such as ``zh_CN``)."""
        message, place = worded(self.message, language), worded(self.place, language)
        return f"{place}: {message}" if place else message


@dataclass
class ImportReport:
    """The outcome of one import: what was added and what was not carried over."""

    notices: list[Notice] = field(default_factory=list)
    modules: int = 0
    lessons: int = 0
    quizzes: int = 0
    questions: int = 0
    pictures: int = 0
    #: Pictures that were already in the course (or earlier in the source) and were reused.
    duplicates: int = 0
    #: What the import added, by the ids of what it added to: the editor applies it as one undoable edit.
    edit: ImportEdit = field(default_factory=ImportEdit, repr=False)

    def note(self, place: str | Message, message: str | Message) -> None:
        """Record something that was not carried over exactly."""
        self.notices.append(Notice(place, message))

    def extend(self, notices, prefix: str = "") -> None:
        """Add notices from a part of the import, naming the part first."""
        for n in notices:
            place = f"{prefix} {n.place}".strip() if prefix else n.place
            self.notices.append(Notice(place, n.message))

    def summary(self) -> str:
        """Return one line saying what was imported."""
        parts = []
        for count, word in (
            (self.modules, "module"),
            (self.lessons, "lesson"),
            (self.quizzes, "quiz"),
            (self.questions, "question"),
            (self.pictures, "picture"),
        ):
            if count:
                plural = "quizzes" if word == "quiz" else f"{word}s"
                parts.append(f"{count} {word if count == 1 else plural}")
        text = ", ".join(parts) or "nothing"
        if self.duplicates:
            text += f" ({self.duplicates} duplicate pictures reused)"
        return text
