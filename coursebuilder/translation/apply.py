"""Bring a translator's file back: what it changes, what is missing or stale, as one reversible edit.

A row whose source text no longer matches the course's (the lecturer edited the text after
exporting) is **applied and marked stale**: the translator's work is kept and used, and the
editor and ``validate`` show it for checking, because its fingerprint is that of the text it was
made from. The one exception: a stale row never replaces a translation that is up to date.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Course
from ..model.languages import PutTranslations, Translation, course_languages, fingerprint, refs_by_key
from ..model.text_clean import clean_text
from .rows import STALE, TranslationFileError, TranslatorFile


@dataclass(frozen=True)
class Entry:
    """One text the report names: its key, its place in the course, and where the file has it."""

    key: str
    place: str
    where: str


@dataclass
class ImportReport:
    """What a translator's file does to a course."""

    language: str
    #: Rows whose translation is new or different (or newly confirmed), applied.
    changed: list[Entry] = field(default_factory=list)
    #: Rows that say what the course already says.
    unchanged: list[Entry] = field(default_factory=list)
    #: Rows without a translation, and texts of the course the file does not have.
    missing: list[Entry] = field(default_factory=list)
    #: Rows translated from a source text the course no longer has (applied, marked stale, unless kept out).
    stale: list[Entry] = field(default_factory=list)
    #: Stale rows not applied because the course has an up-to-date translation of the text.
    kept: list[Entry] = field(default_factory=list)
    #: Rows whose key names no text of the course.
    unknown: list[Entry] = field(default_factory=list)
    #: The one edit that applies the file, or None when it changes nothing.
    operation: PutTranslations | None = None

    def lines(self) -> list[str]:
        """Return the report as lines for the lecturer, counts first, then each stale, unknown and kept row."""
        out = [f"{len(self.changed)} changed, {len(self.unchanged)} unchanged, {len(self.missing)} missing, "
               f"{len(self.stale)} stale, {len(self.unknown)} unknown ({self.language})"]
        for label, entries in (("stale (source text changed since export; applied, marked for checking)", self.stale),
                               ("not applied: the course has a newer translation", self.kept),
                               ("unknown (no such text in this course)", self.unknown)):
            out += [f"{label}: {e.where + ': ' if e.where else ''}{e.place or e.key}" for e in entries[:50]]
            if len(entries) > 50:
                out.append(f"{label}: and {len(entries) - 50} more")
        return out


def plan_import(course: Course, file: TranslatorFile) -> ImportReport:
    """Return what importing ``file`` into ``course`` does; raise TranslationFileError if it is not for this course."""
    _check_identity(course, file)
    lang = file.target_language
    refs = {k: r for k, r in refs_by_key(course).items() if r.kind != "media"}
    table = course.translations.get(lang, {})
    report = ImportReport(lang)
    entries: dict[str, Translation | None] = {}
    seen: dict[str, str] = {}
    for row in file.rows:
        if row.key in seen:
            raise TranslationFileError(f"the text {row.key} is listed twice (first at {seen[row.key]})", row.where)
        seen[row.key] = row.where
        ref = refs.get(row.key)
        if ref is None:
            report.unknown.append(Entry(row.key, row.place, row.where))
            continue
        entry = Entry(row.key, ref.place, row.where)
        text, _changes = clean_text(row.translation)
        if not text.strip():
            report.missing.append(entry)
            continue
        current = table.get(row.key)
        fresh = current is not None and current.source in ("", fingerprint(ref.source))
        if row.source != ref.source:
            report.stale.append(entry)
            if current is not None and current.text and fresh:
                report.kept.append(entry)
            elif current is None or current.text != text:
                entries[row.key] = Translation(text=text, source=fingerprint(row.source))
            continue
        # The file was made from the course's current text: its translation is up to date, unless the
        # translator left a row exported as stale exactly as it was (they have not checked it).
        if current is not None and current.text == text and (fresh or row.state == STALE):
            report.unchanged.append(entry)
            continue
        entries[row.key] = Translation(text=text, source=fingerprint(ref.source))
        report.changed.append(entry)
    for key, ref in refs.items():
        if key not in seen and (table.get(key) is None or not table[key].text):
            report.missing.append(Entry(key, ref.place, "not in the file"))
    if entries:
        report.operation = PutTranslations(course, lang, entries, name="Import translations")
    return report


def _check_identity(course: Course, file: TranslatorFile) -> None:
    if file.course_id != course.id:
        title = f" “{file.course_title}”" if file.course_title else ""
        raise TranslationFileError(
            f"this file is for another course{title} ({file.course_id or 'no course named'}), "
            f"not “{course.title}” ({course.id})")
    if file.source_language != course.language:
        raise TranslationFileError(
            f"this file translates from {file.source_language or 'an unnamed language'}, "
            f"but the course's own language is now {course.language}")
    lang = file.target_language
    if lang == course.language:
        raise TranslationFileError(f"this file is in {lang}, the course's own language, not a translation")
    if lang not in course_languages(course):
        raise TranslationFileError(
            f"this file is a translation into {lang or 'an unnamed language'}, which is not one of the course's "
            f"languages ({', '.join(course_languages(course))}); add {lang} to the course first")

