"""Import a PowerPoint deck: slides become lesson content, sections start modules and lessons."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..bundle import BundleError, CourseBundle
from ..jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ..media.sniff import sniff_mime
from ..model import Block, ImageBlock, Lesson, Module, TextBlock
from ..model.messages import Message, say
from . import pptx_xml as x
from .naming import guess_language, title_from_name
from .pptx_text import escape_markdown, frame_markdown, table_markdown
from .report import ImportFailure, ImportReport
from .staging import Work, staged

MAX_DECK_ENTRIES = 10_000
MAX_DECK_BYTES = 4 * 1024**3
MAX_RATIO = 200
TITLE_TYPES = {"TITLE", "CENTER_TITLE", "VERTICAL_TITLE"}
SHOWABLE = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff"}


@dataclass
class _Slide:
    """What one slide contributes: its title, blocks and speaker notes."""

    number: int
    title: str = ""
    blocks: list[Block] = field(default_factory=list)
    notes: str = ""
    texts: list[str] = field(default_factory=list)


def check_deck_file(path: Path) -> None:
    """Refuse files that are not a sane .pptx before python-pptx reads them."""
    name = path.name
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ImportFailure(say("refuse.cannot_read", reason=exc.strerror), str(path)) from None
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFailure(say("refuse.old_ppt"), name)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ImportFailure(say("refuse.not_pptx"), name) from None
    except OSError as exc:
        raise ImportFailure(say("refuse.cannot_read", reason=exc.strerror or exc), name) from None
    if len(infos) > MAX_DECK_ENTRIES:
        raise ImportFailure(say("refuse.pptx_parts", count=len(infos)), name)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportFailure(say("refuse.pptx_bomb", name=info.filename), name)
    if total > MAX_DECK_BYTES:
        raise ImportFailure(say("refuse.pptx_too_big"), name)
    if "ppt/presentation.xml" not in {i.filename for i in infos}:
        raise ImportFailure(say("refuse.zip_not_pptx"), name)


def open_deck(path: Path):
    """Return the python-pptx presentation, or raise ImportFailure in one line."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailure(say("refuse.not_a_file"), str(path))
    check_deck_file(path)
    from pptx import Presentation

    try:
        return Presentation(_as_presentation(path))
    except ImportFailure:
        raise
    except Exception as exc:  # noqa: BLE001 - python-pptx raises many types for damaged decks
        message = str(exc).replace(str(path), path.name)
        raise ImportFailure(f"cannot be read as a deck ({type(exc).__name__}: {message})"[:300], path.name) from None


#: The main part's content type in a deck, a template (.potx), a slide show (.ppsx) and their macro forms.
_DECK = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
_DECK_LIKE = {
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": "template",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": "slide show",
    "application/vnd.ms-powerpoint.template.macroEnabled.main+xml": "template",
    "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml": "slide show",
    "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml": "deck",
}


def _as_presentation(path: Path):
    """Return the path, or the deck in memory with what python-pptx cannot open mended.

    Templates and slide shows are decks with another label on the main part, which python-pptx
    refuses; it also refuses a whole deck when one part a slide points at (a picture) is missing.
    Macros in .pptm/.potm/.ppsm are never run or kept.
    """
    patches: dict[str, bytes] = {}
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        try:
            types = zf.read("[Content_Types].xml").decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            raise ImportFailure(say("refuse.pptx_no_parts"), path.name) from None
        found = next((t for t in _DECK_LIKE if t in types), None)
        if found is not None and _DECK not in types:
            patches["[Content_Types].xml"] = types.replace(found, _DECK).encode("utf-8")
        for name in names:
            if name.endswith(".rels") and name.startswith("ppt/slides/_rels/"):
                mended = _without_missing_targets(zf.read(name), name, names)
                if mended is not None:
                    patches[name] = mended
        if not patches:
            return str(path)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for info in zf.infolist():
                out.writestr(info, patches.get(info.filename) or zf.read(info))
    buffer.seek(0)
    return buffer


_RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*?/>", re.DOTALL)


def _without_missing_targets(data: bytes, name: str, names: set[str]) -> bytes | None:
    """Return a slide's relationships without those to parts missing from the deck (None if all are there)."""
    folder = posixpath.dirname(posixpath.dirname(name))  # ppt/slides
    dropped = False

    def keep(match: re.Match) -> bytes:
        nonlocal dropped
        rel = match.group(0)
        if b'TargetMode="External"' in rel:
            return rel
        target = re.search(rb'Target="([^"]*)"', rel)
        if target is None:
            return rel
        ref = target.group(1).decode("utf-8", "replace")
        part = ref.lstrip("/") if ref.startswith("/") else posixpath.normpath(posixpath.join(folder, ref))
        if part in names:
            return rel
        dropped = True
        return b""

    mended = _RELATIONSHIP.sub(keep, data)
    return mended if dropped else None


def import_pptx(
    bundle: CourseBundle,
    path: Path,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> ImportReport:
    """Add the deck's slides to the course as modules and lessons, all of them or none."""
    path = Path(path)
    prs = open_deck(path)
    report = ImportReport()
    slides = list(prs.slides)
    deck_title = _deck_title(prs, slides, path)
    texts: list[str] = []
    with staged(bundle, report) as work:
        converted: dict[int, _Slide] = {}
        for number, slide in enumerate(slides, 1):
            cancel.check()
            progress(number - 1, len(slides), f"slide {number}")
            try:
                converted[number] = _convert(work, slide, number, report)
            except (ImportFailure, BundleError):
                raise
            except Exception as exc:  # noqa: BLE001 - a damaged slide can fail anywhere inside python-pptx
                raise ImportFailure(f"cannot be read ({type(exc).__name__}: {exc})"[:300], f"slide {number}") from None
            texts.extend(converted[number].texts)
        modules = _structure(prs, slides, converted, deck_title, report)
        for module in modules:
            work.edit.append(work.course, "modules", module)
        report.modules += len(modules)
        report.lessons += sum(len(m.items) for m in modules)
        course = work.course
        if not course.title:
            work.edit.set(course, "title", deck_title)
            work.edit.set(course, "subtitle", _subtitle(slides))
            work.edit.set(course, "language", guess_language(texts, course.language))
    progress(len(slides), len(slides), "")
    return report


def _deck_title(prs, slides, path: Path) -> str:
    title = (prs.core_properties.title or "").strip()
    if not title and slides and x.is_title_slide(slides[0]):
        title = _slide_title(slides[0])
    return title or title_from_name(path.name)


def _subtitle(slides) -> str:
    if not slides or not x.is_title_slide(slides[0]):
        return ""
    for shape in slides[0].placeholders:
        if _kind(shape) == "SUBTITLE" and shape.has_text_frame:
            return " ".join(shape.text_frame.text.split())
    return ""


def _slide_title(slide) -> str:
    for shape in slide.placeholders:
        if _is_title(shape):
            return " ".join(shape.text_frame.text.split())
    return ""


def _has_title_placeholder(slide) -> bool:
    return any(_is_title(shape) and shape.text_frame.text.strip() for shape in slide.placeholders)


def _title_box(slide):
    """Return the plain text box that serves as the slide's title, or None.

    Decks made in LibreOffice or by scripts often put the title in an ordinary text box: the
    topmost text on the slide, one short line in its top quarter.
    """
    height = slide.part.package.presentation_part.presentation.slide_height or 6858000
    boxes = [s for s in slide.shapes if x.local(s.element.tag) == "sp" and getattr(s, "has_text_frame", False)
             and s.text_frame.text.strip() and _kind(s) not in ("DATE", "FOOTER", "SLIDE_NUMBER", "HEADER")]
    if len(boxes) < 2:
        return None
    top = min(boxes, key=lambda s: (s.top if s.top is not None else height))
    text = top.text_frame.text.strip()
    if top.top is None or top.top > height / 4 or "\n" in text or "\v" in text or len(text) > 100:
        return None
    if len(top.text_frame.paragraphs) > 1 and sum(bool(p.text.strip()) for p in top.text_frame.paragraphs) > 1:
        return None
    return top


def _is_title(shape) -> bool:
    if not shape.is_placeholder or not shape.has_text_frame:
        return False
    return _kind(shape) in TITLE_TYPES


def _kind(shape) -> str:
    """Return the placeholder type name, such as ``TITLE`` or ``BODY`` ("" for other shapes)."""
    if not shape.is_placeholder:
        return ""
    try:
        return shape.placeholder_format.type.name
    except (AttributeError, ValueError):
        return ""


def _structure(prs, slides, converted: dict[int, _Slide], deck_title: str, report) -> list[Module]:
    """Group slides: deck sections become modules, section-header slides start lessons."""
    numbers = {slide.slide_id: n for n, slide in enumerate(slides, 1)}
    first_is_title = bool(slides) and x.is_title_slide(slides[0]) and len(slides) > 1
    groups: list[tuple[str, list[int]]] = []
    sections = x.sections(prs.part._element)
    if sections:
        placed = set()
        for name, ids in sections:
            members = [numbers[i] for i in ids if i in numbers and numbers[i] not in placed]
            placed.update(members)
            groups.append((name or deck_title, members))
        rest = [n for n in numbers.values() if n not in placed]
        if rest:
            groups.insert(0, (deck_title, sorted(rest)))
    else:
        groups.append((deck_title, list(range(1, len(slides) + 1))))
    title_slide = converted.get(1) if first_is_title else None
    leftovers: list[Block] = []
    modules = []
    for title, members in groups:
        module = Module(title=title)
        lesson: Lesson | None = None
        for n in members:
            if n == 1 and first_is_title:
                # The title slide names the course; anything else on it goes to the first lesson.
                leftovers = _title_slide_leftovers(converted[1], _subtitle(slides))
                continue
            slide = slides[n - 1]
            part = converted[n]
            header = x.is_section_header(slide)
            if header or lesson is None:
                lesson = Lesson(title=(part.title if header and part.title else title) or f"Slide {n}")
                module.items.append(lesson)
                if header and part.blocks and isinstance(part.blocks[0], TextBlock):
                    _drop_heading(part)
                if title_slide is not None:
                    lesson.blocks.extend(leftovers)
                    _add_notes(lesson, title_slide, 1)
                    title_slide = None
            lesson.blocks.extend(part.blocks)
            _add_notes(lesson, part, n)
        if module.items:
            modules.append(module)
        else:
            report.note(say("place.section", title=title), say("note.empty_section"))
    return modules


def _title_slide_leftovers(part: _Slide, subtitle: str) -> list[Block]:
    """Return what a title slide holds besides its title and subtitle (which name the course)."""
    known = {f"## {escape_markdown(part.title)}", escape_markdown(subtitle), subtitle, ""}
    out: list[Block] = []
    for block in part.blocks:
        if isinstance(block, TextBlock):
            rest = [p for p in block.markdown.split("\n\n") if p.strip() not in known]
            if rest:
                out.append(TextBlock(markdown="\n\n".join(rest)))
        else:
            out.append(block)
    return out


def _drop_heading(part: _Slide) -> None:
    """Remove the slide title from a section header: it is the lesson title now."""
    first = part.blocks[0]
    assert isinstance(first, TextBlock), "called only when the slide starts with text"
    heading = f"## {escape_markdown(part.title)}"
    if first.markdown.startswith(heading):
        rest = first.markdown[len(heading) :].strip()
        if rest:
            first.markdown = rest
        else:
            part.blocks.pop(0)


def _add_notes(lesson: Lesson, part: _Slide, number: int) -> None:
    if part.notes:
        label = f"[Slide {number}{': ' + part.title if part.title else ''}]"
        entry = f"{label}\n{part.notes}"
        lesson.notes = f"{lesson.notes}\n\n{entry}" if lesson.notes else entry


def _convert(work: Work, slide, number: int, report: ImportReport) -> _Slide:
    title_box = None if _has_title_placeholder(slide) else _title_box(slide)
    out = _Slide(number, title=_slide_title(slide) or (" ".join(title_box.text_frame.text.split()) if title_box else ""))
    place = say("place.slide", number=number)
    if x.is_hidden(slide):
        report.note(place, say("note.hidden_slide"))
    if x.has_animation(slide):
        report.note(place, say("note.animations"))
    text: list[str] = []
    if out.title:
        text.append(f"## {escape_markdown(out.title)}")
        out.texts.append(out.title)

    def flush() -> None:
        if text:
            out.blocks.append(TextBlock(markdown="\n\n".join(text)))
            text.clear()

    def visit(shapes) -> None:
        for shape in shapes:
            if shape is not title_box and not (title_box is not None and shape.shape_id == title_box.shape_id):
                _shape(work, slide, shape, out, text, flush, visit, place, report)

    visit(slide.shapes)
    flush()
    if slide.has_notes_slide:
        out.notes = _notes_text(slide.notes_slide)
    return out


#: Placeholders of a notes page that are not the speaker's notes.
_NOT_NOTES = {"SLIDE_IMAGE", "SLIDE_NUMBER", "HEADER", "FOOTER", "DATE"}


def _notes_text(notes_slide) -> str:
    """Return the speaker notes: the notes placeholder, else every text box on the notes page."""
    frame = notes_slide.notes_text_frame
    if frame is not None and frame.text.strip():
        return frame.text.replace("\v", "\n").strip()
    # Some tools write the notes in a plain text box, with no notes placeholder.
    parts = [shape.text_frame.text.replace("\v", "\n").strip() for shape in notes_slide.shapes
             if getattr(shape, "has_text_frame", False) and _kind(shape) not in _NOT_NOTES]
    return "\n\n".join(p for p in parts if p)


def _shape(work, slide, shape, out: _Slide, text, flush, visit, place, report) -> None:
    name = f"“{shape.name}”" if shape.name else "(unnamed)"
    tag = x.local(shape.element.tag)
    if tag == "grpSp":
        visit(shape.shapes)
        return
    if tag == "pic":
        media = x.media_kind(shape)
        if media:
            report.note(place, say("note.embedded_media", kind=media, name=name))
            return
        flush()
        _picture(work, shape, out, place, report)
        return
    if tag == "graphicFrame":
        uri = x.graphic_uri(shape)
        if uri == x.TABLE_URI:
            table = table_markdown(shape.table, slide.part)
            if table:
                text.append(table)
                out.texts.append(table)
        elif uri == x.CHART_URI:
            chart = _chart_name(shape)
            table = _chart_table(shape)
            if table:
                text.append(table)
                report.note(place, say("note.chart_table", name=name, chart=chart))
            else:
                report.note(place, say("note.chart", name=name, chart=chart))
        elif uri == x.DIAGRAM_URI:
            words = _smartart(shape)
            if words:
                text.append("\n".join(f"- {escape_markdown(w)}" for w in words))
                out.texts.extend(words)
                report.note(place, say("note.smartart_list", name=name))
            else:
                report.note(place, say("note.smartart", name=name))
        elif uri == x.OLE_URI:
            prog = getattr(shape.ole_format, "prog_id", "") or "object"
            report.note(place, say("note.embedded_object", program=prog, name=name))
        else:
            report.note(place, say("note.graphic", name=name))
        return
    if tag == "contentPart":
        report.note(place, say("note.ink"))
        return
    if _is_title(shape) or not getattr(shape, "has_text_frame", False):
        return
    kind = _kind(shape)
    if kind in ("DATE", "FOOTER", "SLIDE_NUMBER", "HEADER"):
        return
    # Body placeholders show bullets unless the paragraph says otherwise; headers and subtitles do not.
    body = kind in ("BODY", "OBJECT", "VERTICAL_BODY", "VERTICAL_OBJECT") and not x.is_section_header(slide)
    md = frame_markdown(shape.text_frame, slide.part, bullets=body)
    if md:
        text.append(md)
        out.texts.append(shape.text_frame.text)


def _chart_name(shape) -> str:
    try:
        chart = shape.chart
        kind = str(chart.chart_type).split(" ")[0].replace("_", " ").lower()
        title = chart.chart_title.text_frame.text if chart.has_title else ""
        return f" ({kind}{', “' + title + '”' if title else ''})"
    except Exception:  # noqa: BLE001 - the name is only a help for the lecturer
        return ""


def _chart_table(shape) -> str:
    """Return a category chart's numbers as a Markdown table, "" if it has none to show."""
    try:
        plot = shape.chart.plots[0]
        categories = [str(c) for c in plot.categories]
        series = list(plot.series)
        if not categories or not series or len(categories) > 50:
            return ""
        head = [" "] + [escape_markdown(s.name or f"Series {i + 1}") for i, s in enumerate(series)]
        rows = [head, *([escape_markdown(c)] + [_cell(s.values, r) for s in series] for r, c in enumerate(categories))]
    except Exception:  # noqa: BLE001 - XY, bubble and damaged charts have no category table
        return ""
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join([" --- "] * len(head)) + "|"]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows[1:]])


def _cell(values, row: int) -> str:
    value = values[row] if row < len(values) else None
    return " " if value is None else f"{value:g}"


def _smartart(shape) -> list[str]:
    try:
        return x.smartart_texts(shape)
    except Exception:  # noqa: BLE001 - the text is a bonus; the graphic is reported either way
        return []


def _picture(work: Work, shape, out: _Slide, place: Message, report: ImportReport) -> None:
    name = f"“{shape.name}”" if shape.name else "(unnamed)"
    if x.is_linked_picture(shape):
        report.note(place, say("note.picture_linked", name=name, target=x.picture_link(shape)))
        return
    try:
        image = shape.image
        blob = image.blob
        filename = image.filename or f"slide{out.number}{'.' + image.ext if image.ext else ''}"
    except Exception:  # noqa: BLE001 - a missing or broken image part
        report.note(place, say("note.picture_missing", name=name))
        return
    mime = sniff_mime(blob[:64])
    if mime not in SHOWABLE:
        kind = filename.rsplit(".", 1)[-1].upper() if "." in filename else "unknown"
        report.note(place, say("note.picture_drawing", name=name, kind=kind))
        return
    if any(getattr(shape, f"crop_{side}", 0) for side in ("left", "right", "top", "bottom")):
        report.note(place, say("note.picture_cropped", name=name))
    before = len(work.course.media)
    try:
        item = work.media.add_bytes(work.course, blob, filename)
    except BundleError as exc:
        report.note(place, say("note.picture_unusable", name=name, reason=exc.message))
        return
    if len(work.course.media) == before:
        report.duplicates += 1
    else:
        report.pictures += 1
        work.edit.appended(work.course, "media", item)
    alt = x.alt_text(shape)
    if alt == image.filename or alt == filename:
        alt = ""  # python-pptx and some tools put the file name there, which describes nothing
    if not alt:
        report.note(place, say("note.picture_no_alt", name=name))
    out.blocks.append(ImageBlock(media=item.path, alt=alt))
