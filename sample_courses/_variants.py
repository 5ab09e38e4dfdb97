"""Language variants of a sample course: a table of texts per language, checked complete, applied as translations."""

from __future__ import annotations

from coursebuilder.model import Course
from coursebuilder.model.languages import PutTranslations, Translation, fingerprint, text_refs


def add_language(course: Course, lang: str, texts: dict[str, str], files: dict[str, str] | None = None) -> None:
    """Give ``course`` every text of ``lang`` (and replacement ``files`` by text key), refusing a table with gaps."""
    refs = {r.key: r for r in text_refs(course)}
    wanted = {key for key, ref in refs.items() if ref.kind != "media"}
    missing, extra = sorted(wanted - set(texts)), sorted(set(texts) - wanted)
    if missing or extra:
        # A text of the default language changed its key or was added: its translation must follow.
        raise SystemExit(f"{course.id} in {lang}: no translation for {missing[:5]}; no such text for {extra[:5]}")
    entries: dict[str, Translation | None] = {
        key: Translation(text=text, source=fingerprint(refs[key].source)) for key, text in texts.items()}
    for key, path in (files or {}).items():
        entries[key] = Translation(text=path, source=fingerprint(refs[key].source))
    if lang not in course.languages:
        course.languages = [*(course.languages or [course.language]), lang]
    PutTranslations(course, lang, entries, name=f"Translate into {lang}").apply()
