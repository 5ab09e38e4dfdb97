"""XLIFF 2.0, the exchange format of translation tools (OmegaT, memoQ, Trados, Weblate, Okapi).

One ``<unit>`` per text: ``name`` is the text key (``id`` is the key made a valid NMTOKEN), its
``<notes>`` hold the place and the text's format, one ``<segment>`` its ``<source>`` and ``<target>``.
A stale translation is written with ``state="initial"`` and ``subState="coursebuilder:stale"``. The
course is named in the file's notes, so a file for another course is refused on import. Reading
accepts what tools do to a file: segments split or joined, groups, other namespaces, comments.
"""

from __future__ import annotations

import re

from lxml import etree

from ..model.text_clean import clean_text
from .rows import (
    DONE,
    MAX_ROWS,
    STALE,
    FileRow,
    TranslationFileError,
    TranslatorFile,
    check_size,
    checked_text,
)

NS = "urn:oasis:names:tc:xliff:document:2.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_Q = f"{{{NS}}}"
#: Categories of our notes.
COURSE, TITLE, LOCATION, FORMAT, STATE = "coursebuilder-course", "coursebuilder-title", "location", "format", "state"
_NOT_NMTOKEN = re.compile(r"[^\w.\-:]")


def write_xliff(file: TranslatorFile) -> bytes:
    """Return the texts as an XLIFF 2.0 document (UTF-8)."""
    if not file.rows:
        raise TranslationFileError("the course has no text to translate yet")
    root = etree.Element(f"{_Q}xliff", nsmap={None: NS},
                         attrib={"version": "2.0", "srcLang": file.source_language, "trgLang": file.target_language})
    body = etree.SubElement(root, f"{_Q}file", attrib={"id": "course", "original": "course.yaml",
                                                     f"{{{XML_NS}}}space": "preserve"})
    notes = etree.SubElement(body, f"{_Q}notes")
    _note(notes, COURSE, file.course_id)
    _note(notes, TITLE, file.course_title)
    used: set[str] = set()
    for row in file.rows:
        unit = etree.SubElement(body, f"{_Q}unit", attrib={"id": _unit_id(row.key, used), "name": row.key})
        notes = etree.SubElement(unit, f"{_Q}notes")
        _note(notes, LOCATION, row.place)
        _note(notes, FORMAT, "Markdown" if row.kind == "markdown" else "plain text")
        if row.state == STALE:
            _note(notes, STATE, "stale: the source text changed after this was translated; check it")
        segment = etree.SubElement(unit, f"{_Q}segment")
        if row.state == STALE:
            segment.set("state", "initial")
            segment.set("subState", "coursebuilder:stale")
        elif row.translation:
            segment.set("state", "translated")
        etree.SubElement(segment, f"{_Q}source").text = _xml_safe(row.source)
        if row.translation:
            etree.SubElement(segment, f"{_Q}target").text = _xml_safe(row.translation)
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out


def read_xliff(data: bytes, name: str = "the file") -> TranslatorFile:
    """Return the texts of an XLIFF 2.x document; raise TranslationFileError naming the line of a fault."""
    check_size(data, name)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True,
                             remove_pis=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or (exc.position[0] if exc.position else 0)
        reason = (exc.msg or str(exc)).split(", line")[0]
        raise TranslationFileError(f"this is not well-formed XML: {reason}", f"{name}, line {line}") from None
    if root.getroottree().docinfo.doctype:
        raise TranslationFileError("an XLIFF file has no DOCTYPE; this one declares one and is refused", name)
    if root.tag != f"{_Q}xliff":
        raise TranslationFileError(f"this is not an XLIFF 2 file (it starts with <{etree.QName(root).localname}>)", name)
    version = root.get("version", "")
    if not version.startswith("2."):
        raise TranslationFileError(f"this is XLIFF version {version or 'unknown'}; only XLIFF 2 is read", name)
    out = TranslatorFile("", "", root.get("srcLang", ""), root.get("trgLang", ""))
    for body in root.iter(f"{_Q}file"):
        for note in body.iterfind(f"{_Q}notes/{_Q}note"):
            if note.get("category") == COURSE:
                out.course_id = out.course_id or (note.text or "")
            elif note.get("category") == TITLE:
                out.course_title = out.course_title or (note.text or "")
    for unit in root.iter(f"{_Q}unit"):
        if len(out.rows) >= MAX_ROWS:
            raise TranslationFileError(f"the file has more than {MAX_ROWS:,} texts; no course has that many", name)
        out.rows.append(_row(unit, name))
    return out


def _row(unit: etree._Element, name: str) -> FileRow:
    where = f"{name}, line {unit.sourceline}"
    key = unit.get("name") or unit.get("id") or ""
    if not key:
        raise TranslationFileError("a <unit> has neither a name nor an id", where)
    sources, targets, states = [], [], []
    complete = True
    for part in unit:
        if part.tag not in (f"{_Q}segment", f"{_Q}ignorable"):
            continue
        # Tools split a text into sentences (segments) with the spaces between them as <ignorable>.
        source = part.find(f"{_Q}source")
        if source is None:
            raise TranslationFileError(f"a <{etree.QName(part).localname}> has no <source>", where)
        target = part.find(f"{_Q}target")
        text = "".join(source.itertext())
        sources.append(text)
        if target is not None:
            targets.append("".join(target.itertext()))
        elif part.tag == f"{_Q}ignorable":
            targets.append(text)
        else:
            targets.append("")
            complete = complete and not text.strip()
        if part.tag == f"{_Q}segment":
            states.append((part.get("state", "initial"), part.get("subState", "")))
    # A text translated only in part would show trainees two languages in one sentence: it is missing.
    translated = complete and any(t.strip() for t in targets)
    state = STALE if any(sub == "coursebuilder:stale" and st == "initial" for st, sub in states) else DONE
    return FileRow(key, checked_text("".join(sources), where, "source"),
                   checked_text("".join(targets) if translated else "", where, "translation"), state,
                   _note_text(unit, LOCATION), where)


def _note_text(unit: etree._Element, category: str) -> str:
    for note in unit.iterfind(f"{_Q}notes/{_Q}note"):
        if note.get("category") == category:
            return note.text or ""
    return ""


def _note(parent: etree._Element, category: str, text: str) -> None:
    etree.SubElement(parent, f"{_Q}note", attrib={"category": category}).text = _xml_safe(text)


def _unit_id(key: str, used: set[str]) -> str:
    base = _NOT_NMTOKEN.sub("_", key.replace("/", ".")) or "text"
    ident, n = base, 1
    while ident in used:
        n += 1
        ident = f"{base}.{n}"
    used.add(ident)
    return ident


def _xml_safe(text: str) -> str:
    # Course texts are cleaned on open; a text made since (or a hostile one) must still make valid XML.
    return clean_text(text)[0]
