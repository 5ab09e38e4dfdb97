"""One course in several languages: which texts are translatable, their keys, state and fallback.

A course has one default language (``Course.language``) whose texts live in the model's own
fields; every other language's texts live in ``Course.translations[lang][key]``. A key names
one text by the id of the object holding it, so it survives moving, reordering and editing:

- ``"{object id}/{field}"`` for a text field of an object with an id (``"course/{field}"`` for the course);
- ``"{id}/{field}/{index}"`` for one entry of a list of texts (objectives, ordering items, answers);
- ``"{question id}/pairs/{i}/left"`` and ``.../right`` for the sides of a matching pair (pairs have no id);
- ``"{block id}/media"`` and ``"course/cover"`` for a per-language replacement of a picture,
  recording, video or file; its text is a media path of the bundle.

Exporters never read translations: they export ``localize(course, lang)``.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Iterator, Literal

from .blocks import (
    AudioBlock,
    ExerciseBlock,
    FileBlock,
    ImageBlock,
    MediaBlock,
    TextBlock,
    VideoBlock,
)
from .course import Assessment, Course, Item, Lesson, Module, Translation
from .operations import FIELD, Change, Group, Operation
from .questions import (
    Choice,
    FillBlankQuestion,
    MatchingQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    RatingScaleQuestion,
    ShortAnswerQuestion,
)

__all__ = [
    "TRANSLATABLE",
    "LanguageStatus",
    "MakeDefault",
    "PutTranslations",
    "SetLanguages",
    "TextRef",
    "Translation",
    "course_languages",
    "copy_translations",
    "fingerprint",
    "is_language_tag",
    "language_status",
    "localize",
    "make_default",
    "media_replacements",
    "set_languages",
    "set_translation",
    "text_refs",
    "translation_state",
]

Kind = Literal["plain", "markdown", "media"]
State = Literal["source", "done", "missing", "stale"]

#: The one table of translatable fields: class -> (field, kind), in the order a reader meets them.
#: A class inherits its bases' rows (a quiz has an item's title and an assessment's description).
#: Fields holding a list of texts are listed with kind "plain" and found to be lists when read.
TRANSLATABLE: dict[type, tuple[tuple[str, Kind], ...]] = {
    Course: (("title", "plain"), ("subtitle", "plain"), ("description", "markdown"), ("cover", "media")),
    Module: (("title", "plain"), ("description", "markdown")),
    Item: (("title", "plain"),),
    Lesson: (("objectives", "plain"), ("notes", "markdown")),
    Assessment: (("description", "markdown"),),
    TextBlock: (("markdown", "markdown"),),
    MediaBlock: (("media", "media"), ("caption", "plain"), ("credit", "plain")),
    ImageBlock: (("alt", "plain"),),
    AudioBlock: (("title", "plain"), ("transcript", "markdown")),
    VideoBlock: (("title", "plain"), ("transcript", "markdown")),
    FileBlock: (("title", "plain"), ("description", "markdown")),
    ExerciseBlock: (("title", "plain"), ("instructions", "markdown")),
    Question: (("prompt", "markdown"), ("hint", "plain"), ("feedback_correct", "plain"),
               ("feedback_incorrect", "plain")),
    Choice: (("text", "plain"), ("feedback", "plain")),
    FillBlankQuestion: (("text", "plain"),),
    MatchingQuestion: (("pairs", "plain"),),
    OrderingQuestion: (("items", "plain"),),
    ShortAnswerQuestion: (("answers", "plain"),),
    NumericQuestion: (("unit", "plain"),),
    RatingScaleQuestion: (("min_label", "plain"), ("max_label", "plain")),
}

# BCP 47 in the shape real tags take: language, optional script, region and variants.
_BCP47 = re.compile(
    r"^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})"
    r"(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?"
    r"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*"
    r"(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$",
    re.IGNORECASE,
)


def is_language_tag(tag: object) -> bool:
    """Return whether ``tag`` is a well-formed BCP 47 language tag (``km``, ``zh-Hans``, ``en-GB``)."""
    return isinstance(tag, str) and len(tag) <= 64 and bool(_BCP47.match(tag))


def fingerprint(text: str) -> str:
    """Return a short stable digest of a default-language text; a translation records it to notice change."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def course_languages(course: Course) -> list[str]:
    """Return every language of the course, the default first, each once."""
    out = [course.language]
    for tag in course.languages:
        if tag not in out:
            out.append(tag)
    return out


@dataclass(frozen=True)
class TextRef:
    """One translatable text of a course, where it is and what it says in the default language."""

    key: str
    #: The validation-style place of the text, such as ``modules[0].items[1].title``.
    place: str
    #: The model object holding the field (for a matching pair: the pair).
    owner: Any
    field: str
    #: The position in a list of texts, or None for a field holding one text.
    index: int | None
    kind: Kind
    #: The default-language value.
    source: str

    @property
    def object_place(self) -> str:
        """Return the place of the object holding the text (what problems point at)."""
        if self.key == "course/cover":
            return "cover"
        return self.place.rpartition(".")[0]

    def read(self, obj: Any | None = None) -> str:
        """Return the text in ``obj`` (a copy of the owner) or in the owner."""
        value = getattr(self.owner if obj is None else obj, self.field)
        return str(value[self.index]) if self.index is not None else str(value)

    def write(self, obj: Any, text: str) -> None:
        """Put ``text`` into ``obj`` (the owner or its twin in a copy of the course)."""
        if self.index is None:
            setattr(obj, self.field, text)
        else:
            getattr(obj, self.field)[self.index] = text


_ROWS: dict[type, tuple[tuple[str, Kind], ...]] = {}


def _rows(owner: type) -> tuple[tuple[str, Kind], ...]:
    """Return the translatable fields of a class, its bases' first."""
    found = _ROWS.get(owner)
    if found is None:
        rows: dict[str, Kind] = {}
        for cls in reversed(owner.__mro__):
            for name, kind in TRANSLATABLE.get(cls, ()):
                rows.setdefault(name, kind)
        found = _ROWS[owner] = tuple(rows.items())
    return found


def _refs_of(obj: Any, ident: str, place: str) -> Iterator[TextRef]:
    prefix = f"{place}." if place else ""
    for name, kind in _rows(type(obj)):
        value = getattr(obj, name)
        if name == "pairs":
            for i, pair in enumerate(value):
                for side in ("left", "right"):
                    text = getattr(pair, side)
                    if text:
                        yield TextRef(f"{ident}/pairs/{i}/{side}", f"{prefix}pairs[{i}].{side}", pair, side,
                                      None, kind, text)
        elif isinstance(value, list):
            for i, text in enumerate(value):
                if isinstance(text, str) and text:
                    yield TextRef(f"{ident}/{name}/{i}", f"{prefix}{name}[{i}]", obj, name, i, kind, text)
        elif isinstance(value, str) and value:
            yield TextRef(f"{ident}/{name}", f"{prefix}{name}", obj, name, None, kind, value)


def _question_refs(q: Question, place: str) -> Iterator[TextRef]:
    yield from _refs_of(q, q.id, place)
    for ci, choice in enumerate(getattr(q, "choices", ())):
        yield from _refs_of(choice, choice.id, f"{place}.choices[{ci}]")


def text_refs(course: Course) -> Iterator[TextRef]:
    """Yield every translatable text of the course that is not empty, in course order."""
    yield from _refs_of(course, "course", "")
    for mi, module in enumerate(course.modules):
        mplace = f"modules[{mi}]"
        yield from _refs_of(module, module.id, mplace)
        for ii, item in enumerate(module.items):
            iplace = f"{mplace}.items[{ii}]"
            yield from _refs_of(item, item.id, iplace)
            if isinstance(item, Lesson):
                for bi, block in enumerate(item.blocks):
                    bplace = f"{iplace}.blocks[{bi}]"
                    yield from _refs_of(block, block.id, bplace)
                    if isinstance(block, ExerciseBlock):
                        for qi, q in enumerate(block.questions):
                            yield from _question_refs(q, f"{bplace}.questions[{qi}]")
            elif isinstance(item, Assessment):
                for qi, q in enumerate(item.questions):
                    yield from _question_refs(q, f"{iplace}.questions[{qi}]")


def refs_by_key(course: Course) -> dict[str, TextRef]:
    """Return the course's translatable texts keyed by their text key (the first, if ids repeat)."""
    out: dict[str, TextRef] = {}
    for ref in text_refs(course):
        out.setdefault(ref.key, ref)
    return out


def translation_state(course: Course, lang: str, ref: TextRef) -> State:
    """Return how ``ref`` stands in ``lang``: the default's own text, translated, missing, or stale.

    A translation is stale when the default text changed after it was translated. A picture or
    recording without a replacement shows the default's file, so it is never missing.
    """
    if lang == course.language:
        return "source"
    found = course.translations.get(lang, {}).get(ref.key)
    if found is None or not found.text:
        return "done" if ref.kind == "media" else "missing"
    if found.source and found.source != fingerprint(ref.source):
        return "stale"
    return "done"


@dataclass
class LanguageStatus:
    """How far one language of a course is translated."""

    language: str
    total: int = 0
    done: int = 0
    #: Text key -> state, for every translatable text in course order.
    states: dict[str, State] = field(default_factory=dict)
    missing: list[TextRef] = field(default_factory=list)
    stale: list[TextRef] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Return whether every text is translated and none is stale."""
        return not self.missing and not self.stale


def language_status(course: Course, lang: str) -> LanguageStatus:
    """Return what is translated, missing and stale in ``lang``."""
    status = LanguageStatus(lang)
    for ref in text_refs(course):
        state = translation_state(course, lang, ref)
        status.states.setdefault(ref.key, state)
        status.total += 1
        if state == "missing":
            status.missing.append(ref)
        elif state == "stale":
            status.stale.append(ref)
        else:
            status.done += 1
    return status


def media_replacements(course: Course) -> Iterator[tuple[str, str]]:
    """Yield (place of the object, media path) for every per-language replacement of a file."""
    places: dict[str, str] | None = None
    for _lang, table in course.translations.items():
        for key, found in table.items():
            if not (key == "course/cover" or key.endswith("/media")) or not found.text:
                continue
            if places is None:
                places = {r.key: r.object_place for r in text_refs(course) if r.kind == "media"}
            yield places.get(key, "cover" if key == "course/cover" else ""), found.text


def localize(course: Course, lang: str) -> Course:
    """Return a copy of the course wholly in ``lang``, each missing text or file falling back to the default's.

    Stale translations are used (an older translation beats a text the trainee cannot read); a
    replacement naming a file the bundle lacks falls back to the default's file.
    """
    if lang not in course_languages(course):
        raise ValueError(f"the course has no language {lang!r}; its languages are {', '.join(course_languages(course))}")
    # The other languages' tables are not copied: deepcopy's memo hands back an empty table for them.
    twin = copy.deepcopy(course, {id(course.translations): {}})
    table = course.translations.get(lang, {}) if lang != course.language else {}
    twin.language, twin.languages, twin.translations = lang, [], {}
    if not table:
        return twin
    files = {m.path for m in twin.media}
    answers: list[tuple[ShortAnswerQuestion, list[str]]] = []
    # Read every ref first: writing a short answer changes what later refs of the list would read.
    for ref in list(text_refs(twin)):
        found = table.get(ref.key)
        if found is None or not found.text or (ref.kind == "media" and found.text not in files):
            continue
        if isinstance(ref.owner, ShortAnswerQuestion) and ref.field == "answers" and ref.owner.credit:
            answers.append((ref.owner, list(ref.owner.answers)))
        ref.write(ref.owner, found.text)
    for q, before in answers:
        # Part marks are kept by answer text; follow each answer to its translation.
        q.credit = {q.answers[before.index(a)] if a in before else a: v for a, v in q.credit.items()}
    return twin


# --- operations ---------------------------------------------------------------------------


@dataclass
class PutTranslations(Operation):
    """Set (or, with None, remove) translations of one language as one edit."""

    course: Course
    language: str
    entries: dict[str, Translation | None]
    name: str = "Translate"
    old: dict[str, Translation | None] = field(default_factory=dict, init=False)
    #: Owners of the texts, for views that redraw the field translated.
    owners: tuple[Any, ...] = field(default=(), init=False)

    def __post_init__(self) -> None:
        table = self.course.translations.get(self.language, {})
        self.old = {key: copy.deepcopy(table.get(key)) for key in self.entries}
        refs = refs_by_key(self.course)
        self.owners = tuple(refs[key].owner for key in self.entries if key in refs)

    def apply(self) -> list[Change]:
        return self._put(self.entries)

    def revert(self) -> list[Change]:
        return self._put(self.old)

    def _put(self, entries: dict[str, Translation | None]) -> list[Change]:
        table = self.course.translations.setdefault(self.language, {})
        for key, value in entries.items():
            if value is None:
                table.pop(key, None)
            else:
                table[key] = copy.deepcopy(value)
        if not table:
            # An empty table would be written to the manifest and make it version 2 for nothing.
            del self.course.translations[self.language]
        return [Change(FIELD, self.course, "translations", self.owners)]

    def merge(self, other: Operation) -> bool:
        # Typing a translation letter by letter is one edit, not one per key.
        if (isinstance(other, PutTranslations) and other.course is self.course and len(self.entries) == 1
                and other.language == self.language and other.entries.keys() == self.entries.keys()):
            self.entries = dict(other.entries)
            return True
        return False


def set_translation(course: Course, lang: str, key: str, text: str) -> PutTranslations:
    """Return the edit that sets the ``lang`` text of ``key`` (empty text removes it), recording its source.

    Raises ValueError for the default language, a language the course lacks or a key naming no text.
    """
    if lang == course.language:
        raise ValueError(f"{lang} is the course's default language; edit the text itself")
    if lang not in course_languages(course):
        raise ValueError(f"the course has no language {lang!r}; add it to the course's languages first")
    ref = refs_by_key(course).get(key)
    if ref is None:
        raise ValueError(f"the course has no translatable text {key!r}")
    entry = Translation(text=text, source=fingerprint(ref.source)) if text else None
    return PutTranslations(course, lang, {key: entry}, name="Translate")


@dataclass
class SetLanguages(Operation):
    """Declare the course's languages; a language taken away takes its translations with it."""

    course: Course
    languages: list[str]
    name: str = "Change course languages"
    old: tuple[list[str], dict[str, dict[str, Translation]]] = field(default=([], {}), init=False)

    def __post_init__(self) -> None:
        self.old = (list(self.course.languages), copy.deepcopy(self.course.translations))

    def apply(self) -> list[Change]:
        keep = set(self.languages)
        self.course.languages = [] if len(self.languages) == 1 else list(self.languages)
        self.course.translations = {k: v for k, v in self.course.translations.items() if k in keep}
        return self._changes()

    def revert(self) -> list[Change]:
        self.course.languages = list(self.old[0])
        self.course.translations = copy.deepcopy(self.old[1])
        return self._changes()

    def _changes(self) -> list[Change]:
        return [Change(FIELD, self.course, "languages"), Change(FIELD, self.course, "translations")]


def set_languages(course: Course, languages: list[str]) -> SetLanguages:
    """Return the edit that makes ``languages`` the course's languages, the default language first.

    Raises ValueError (one line, naming the tag) for a malformed tag, a repeated one, or a list
    that does not start with the default language.
    """
    for tag in languages:
        if not is_language_tag(tag):
            raise ValueError(f"{tag!r} is not a language tag; use one like en, zh-Hans, km or lo")
    if len(set(languages)) != len(languages):
        raise ValueError("a language is listed twice")
    if not languages or languages[0] != course.language:
        raise ValueError(f"the default language {course.language} must come first")
    return SetLanguages(course, list(languages))


@dataclass
class MakeDefault(Operation):
    """Make a fully translated language the course's default: its texts move into the fields, the old default's out."""

    course: Course
    language: str
    name: str = "Change default language"
    #: What apply changed, for revert: each text's old value, the short-answer part marks, the tables and tags.
    old: tuple[list[tuple[TextRef, str]], list[tuple[ShortAnswerQuestion, dict[str, float]]],
               dict[str, dict[str, Translation]], list[str], str] = field(default=([], [], {}, [], ""), init=False)

    def apply(self) -> list[Change]:
        course, lang, previous = self.course, self.language, self.course.language
        table = course.translations.get(lang, {})
        refs = list(text_refs(course))
        written: list[tuple[TextRef, str]] = []
        credits: list[tuple[ShortAnswerQuestion, dict[str, float]]] = []
        moved: dict[str, Translation] = {}
        for ref in refs:
            found = table.get(ref.key)
            if found is None or not found.text:
                continue  # a file without a replacement: the same file in every language
            if isinstance(ref.owner, ShortAnswerQuestion) and ref.field == "answers" and ref.owner.credit:
                if not any(q is ref.owner for q, _ in credits):
                    credits.append((ref.owner, dict(ref.owner.credit)))
            written.append((ref, ref.source))
            moved[ref.key] = Translation(text=ref.source, source=fingerprint(found.text))
        before_answers = {id(q): list(q.answers) for q, _ in credits}
        for ref, _old in written:
            ref.write(ref.owner, table[ref.key].text)
        for q, marks in credits:
            # Part marks are kept by answer text; follow each answer to its new default text.
            old_answers = before_answers[id(q)]
            q.credit = {q.answers[old_answers.index(a)] if a in old_answers else a: v for a, v in marks.items()}
        self.old = (written, credits, copy.deepcopy(course.translations), list(course.languages), previous)
        new_sources = {ref.key: fingerprint(table[ref.key].text) for ref, _ in written}
        old_sources = {ref.key: fingerprint(old) for ref, old in written}
        tables: dict[str, dict[str, Translation]] = {}
        for other, entries in course.translations.items():
            if other in (lang, previous):
                continue
            # A translation that was up to date with the old default is up to date with the new one: same content.
            tables[other] = {key: Translation(text=t.text, source=new_sources[key], extra=dict(t.extra))
                             if key in new_sources and t.source == old_sources[key] else copy.deepcopy(t)
                             for key, t in entries.items()}
        tables[previous] = {**copy.deepcopy(course.translations.get(previous, {})), **moved}
        course.translations = {k: v for k, v in tables.items() if v}
        course.languages = [lang, *(tag for tag in course_languages(course) if tag != lang)]
        course.language = lang
        return self._changes(written)

    def revert(self) -> list[Change]:
        written, credits, tables, languages, previous = self.old
        for ref, old in written:
            ref.write(ref.owner, old)
        for q, marks in credits:
            q.credit = dict(marks)
        self.course.translations = copy.deepcopy(tables)
        self.course.languages = list(languages)
        self.course.language = previous
        return self._changes(written)

    def _changes(self, written: list[tuple[TextRef, str]]) -> list[Change]:
        fields = {(id(ref.owner), ref.field): Change(FIELD, ref.owner, ref.field) for ref, _ in written}
        return [*fields.values(), *(Change(FIELD, self.course, name) for name in ("language", "languages", "translations"))]


def make_default(course: Course, lang: str) -> MakeDefault:
    """Return the edit that makes ``lang`` the default language; ValueError until every text of it is translated."""
    if lang == course.language:
        raise ValueError(f"{lang} is already the course's default language")
    if lang not in course_languages(course):
        raise ValueError(f"the course has no language {lang!r}; add it to the course's languages first")
    status = language_status(course, lang)
    if not status.complete:
        first = (status.missing + status.stale)[0]
        raise ValueError(f"{len(status.missing)} texts are missing and {len(status.stale)} stale in {lang} "
                         f"(first at {first.place}); translate them before making {lang} the default")
    return MakeDefault(course, lang)


def copy_translations(course: Course, original: Any, twin: Any) -> Operation | None:
    """Return the edit giving ``twin`` (a ``duplicate`` of ``original``) the translations of ``original``, or None."""
    ids: dict[str, str] = {}
    _pair_ids(original, twin, ids)
    steps: list[Operation] = []
    for lang, table in course.translations.items():
        entries: dict[str, Translation | None] = {}
        for key, found in table.items():
            ident, _, rest = key.partition("/")
            if ident in ids:
                entries[f"{ids[ident]}/{rest}"] = copy.deepcopy(found)
        if entries:
            steps.append(PutTranslations(course, lang, entries, name="Copy translations"))
    return Group("Copy translations", steps) if steps else None


def _pair_ids(a: Any, b: Any, ids: dict[str, str]) -> None:
    """Map each id in ``a`` to the id at the same place in its copy ``b``."""
    if isinstance(a, list) and isinstance(b, list):
        # A copy edited since it was made may be shorter: pair what is still there.
        for x, y in zip(a, b, strict=False):
            _pair_ids(x, y, ids)
    elif dataclasses.is_dataclass(a) and not isinstance(a, type) and type(a) is type(b):
        old, new = getattr(a, "id", None), getattr(b, "id", None)
        if isinstance(old, str) and isinstance(new, str) and old:
            ids[old] = new
        for f in dataclasses.fields(a):
            if f.name != "extra":
                _pair_ids(getattr(a, f.name), getattr(b, f.name), ids)
