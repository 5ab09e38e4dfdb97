"""The few things python-pptx does not expose, read straight from the slide XML."""

from __future__ import annotations

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
TABLE_URI = "http://schemas.openxmlformats.org/drawingml/2006/table"
OLE_URI = "http://schemas.openxmlformats.org/presentationml/2006/ole"
DIAGRAM_URI = DGM
NS = {"a": A, "p": P, "r": R, "p14": P14, "dgm": DGM}


def local(tag) -> str:
    """Return an element tag without its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def sections(presentation_element) -> list[tuple[str, list[int]]]:
    """Return (section name, slide ids) from ``p14:sectionLst``, empty if the deck has none."""
    found = []
    for section in presentation_element.iter(f"{{{P14}}}section"):
        ids = []
        for sld in section.iter(f"{{{P14}}}sldId"):
            try:
                ids.append(int(sld.get("id", "")))
            except ValueError:
                continue
        found.append((section.get("name", "").strip(), ids))
    return found


def layout_type(slide) -> str:
    """Return the slide layout's type, such as ``secHead`` or ``title`` ("" if not given)."""
    element = slide.slide_layout.element
    return element.get("type", "") or ""


def is_section_header(slide) -> bool:
    """Return whether a slide uses a section-header layout."""
    if layout_type(slide) == "secHead":
        return True
    name = (slide.slide_layout.name or "").lower()
    return "section" in name and "header" in name


def is_title_slide(slide) -> bool:
    """Return whether a slide is a title slide: the title layout, its title or subtitle filled in.

    LibreOffice Impress names the layout of many slides "Title Slide" whatever they hold, so the
    layout alone does not decide: a slide whose text is all in plain text boxes is not a title slide.
    """
    named = layout_type(slide) == "title" or (slide.slide_layout.name or "").strip().lower() == "title slide"
    if not named:
        return False
    for shape in slide.placeholders:
        try:
            kind = shape.placeholder_format.type.name
        except (AttributeError, ValueError):
            continue
        if kind in ("TITLE", "CENTER_TITLE", "SUBTITLE") and shape.has_text_frame and shape.text_frame.text.strip():
            return True
    return False


def is_hidden(slide) -> bool:
    """Return whether the slide is hidden in the slide show."""
    return slide.element.get("show") in ("0", "false")


#: Timeline behaviours that animate shapes; media playback alone does not count.
ANIMATIONS = {"anim", "animClr", "animEffect", "animMotion", "animRot", "animScale", "set"}


def has_animation(slide) -> bool:
    """Return whether the slide's timeline animates any shape."""
    timing = slide.element.find(f"{{{P}}}timing")
    if timing is None:
        return False
    return any(local(el.tag) in ANIMATIONS for el in timing.iter() if el.tag.startswith(f"{{{P}}}"))


def alt_text(shape) -> str:
    """Return the shape's description (alt text), "" if it has none."""
    for element in shape.element.iter(f"{{{P}}}cNvPr"):
        return (element.get("descr") or "").strip()
    return ""


def _blip(shape):
    return shape.element.find(f".//{{{A}}}blip")


def is_linked_picture(shape) -> bool:
    """Return whether a picture points at a file outside the deck instead of holding it."""
    blip = _blip(shape)
    return blip is not None and not blip.get(f"{{{R}}}embed") and bool(blip.get(f"{{{R}}}link"))


def picture_link(shape) -> str:
    """Return where a linked picture points, as the deck says."""
    blip = _blip(shape)
    rid = blip.get(f"{{{R}}}link", "") if blip is not None else ""
    try:
        return shape.part.rels[rid].target_ref
    except KeyError:
        return "an unknown place"


def media_kind(shape) -> str:
    """Return ``video`` or ``audio`` if a picture shape is really embedded media, else ""."""
    nv = shape.element.find(f"{{{P}}}nvPicPr/{{{P}}}nvPr")
    if nv is None:
        return ""
    for child in nv.iter():
        name = local(child.tag)
        if name in ("videoFile", "quickTimeFile"):
            return "video"
        if name in ("audioFile", "wavAudioFile", "audioCd"):
            return "audio"
        if name == "media" and child.tag.startswith(f"{{{P14}}}"):
            return "video or audio"
    return ""


def graphic_uri(shape) -> str:
    """Return what a graphic frame holds: its ``a:graphicData`` uri."""
    data = shape.element.find(f".//{{{A}}}graphicData")
    return data.get("uri", "") if data is not None else ""


def smartart_texts(shape) -> list[str]:
    """Return the text of a SmartArt graphic's points, in order, from its data part."""
    rel_ids = shape.element.find(f".//{{{DGM}}}relIds")
    if rel_ids is None:
        return []
    part = shape.part.related_part(rel_ids.get(f"{{{R}}}dm"))
    from lxml import etree  # python-pptx's own XML library

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(part.blob, parser)
    texts = []
    for pt in root.iter(f"{{{DGM}}}pt"):
        if pt.get("type", "node") not in ("node", ""):
            continue
        words = "".join(t.text or "" for t in pt.iter(f"{{{A}}}t")).strip()
        if words:
            texts.append(words)
    return texts


def run_parts(paragraph):
    """Yield (kind, element) for the runs, fields and line breaks of a paragraph, in order."""
    for child in paragraph._p:
        name = local(child.tag)
        if name in ("r", "fld", "br"):
            yield name, child


def run_style(element) -> tuple[bool, bool, str]:
    """Return (bold, italic, hyperlink relationship id) set directly on a run."""
    rpr = element.find(f"{{{A}}}rPr")
    if rpr is None:
        return False, False, ""
    link = rpr.find(f"{{{A}}}hlinkClick")
    rid = link.get(f"{{{R}}}id", "") if link is not None else ""
    return rpr.get("b") in ("1", "true"), rpr.get("i") in ("1", "true"), rid


def bullet_style(paragraph) -> str | None:
    """Return "-" or "1." for an explicit bullet, "" for explicitly none, None if inherited."""
    ppr = paragraph._p.find(f"{{{A}}}pPr")
    if ppr is None:
        return None
    if ppr.find(f"{{{A}}}buNone") is not None:
        return ""
    if ppr.find(f"{{{A}}}buAutoNum") is not None:
        return "1."
    if ppr.find(f"{{{A}}}buChar") is not None or ppr.find(f"{{{A}}}buBlip") is not None:
        return "-"
    return None
