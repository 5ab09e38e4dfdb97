"""What a translator's file holds, whatever its format: which course and language, and one row per text."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Course
from ..model.languages import course_languages, text_refs, translation_state

#: Caps that keep a hostile translator's file from exhausting the machine.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ROWS = 200_000
MAX_TEXT_CHARS = 1_000_000

#: Row states in the files: what the translator sees and may change.
MISSING, DONE, STALE = "missing", "done", "stale"


class TranslationFileError(Exception):
    """A translator's file cannot be used; the message is one line naming the place."""

    def __init__(self, message: str, place: str = ""):
        super().__init__(f"{place}: {message}" if place else message)
        self.message = message
        self.place = place


@dataclass
class FileRow:
    """One text as a translator's file holds it."""

    key: str
    source: str
    translation: str
    state: str = ""
    place: str = ""
    #: Where the row is in the file, for messages: "line 12", "row 7".
    where: str = ""
    kind: str = "plain"


@dataclass
class TranslatorFile:
    """The texts of one course in one language, as exported or as read back."""

    course_id: str
    course_title: str
    source_language: str
    target_language: str
    rows: list[FileRow] = field(default_factory=list)


def export_file(course: Course, lang: str) -> TranslatorFile:
    """Return every translatable text of the course (pictures and recordings aside) for a translator into ``lang``.

    Raises ValueError in plain words when ``lang`` is the default or not a language of the course.
    """
    if lang == course.language:
        raise ValueError(f"{lang} is the course's own language; choose a language to translate into")
    if lang not in course_languages(course):
        raise ValueError(f"the course has no language {lang!r}; its languages are {', '.join(course_languages(course))}")
    table = course.translations.get(lang, {})
    rows = []
    for ref in text_refs(course):
        if ref.kind == "media":
            continue  # a replacement file is chosen in the editor, not typed by a translator
        state = translation_state(course, lang, ref)
        found = table.get(ref.key)
        rows.append(FileRow(ref.key, ref.source, found.text if found else "", state, ref.place, kind=ref.kind))
    return TranslatorFile(course.id, course.title, course.language, lang, rows)


def checked_text(value: str, where: str, what: str) -> str:
    """Return a cell's text, refusing one past the size any course text has."""
    if len(value) > MAX_TEXT_CHARS:
        raise TranslationFileError(f"the {what} is {len(value):,} characters long; no course text is that long", where)
    return value


def check_size(data: bytes, name: str) -> None:
    """Refuse a file larger than any course's translations."""
    if len(data) > MAX_FILE_BYTES:
        raise TranslationFileError(f"the file is {len(data) // (1024 * 1024)} MB; a course's texts fit in far less", name)
