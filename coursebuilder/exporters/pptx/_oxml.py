"""The few raw-XML edits and python-pptx internals the exporter needs, kept in one place.

Font slots of runs (``a:ea``, ``a:cs``), list bullets and numbering, picture
descriptions, footer and slide-number placeholders, removing a template's slides,
naming new parts in constant time, and reading how a template's master and layouts
set text (sizes, margins, spacing, insets) where python-pptx has no public reader.
"""

from __future__ import annotations

import copy
import hashlib
import os
import zipfile
from contextlib import contextmanager

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.oxml.shapes.shared import BaseShapeElement
from pptx.parts.image import Image, ImagePart
from pptx.shapes.shapetree import SlideShapes
from pptx.slide import NotesSlide

from ...presentation.scripts import scripts_in
from .scripts import cs_font, ea_font

# Elements that must come after a run property's font slots, in schema order.
_AFTER_EA = ("a:cs", "a:sym", "a:hlinkClick", "a:hlinkMouseOver", "a:rtl", "a:extLst")
_AFTER_CS = ("a:sym", "a:hlinkClick", "a:hlinkMouseOver", "a:rtl", "a:extLst")
_AFTER_BULLET = ("a:tabLst", "a:defRPr", "a:extLst")
_BULLETS = ("a:buNone", "a:buAutoNum", "a:buChar", "a:buBlip")


def _insert_before(parent, child, successors) -> None:
    for name in successors:
        found = parent.find(qn(name))
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)


def _set_font(rpr, tag: str, typeface: str, charset: str, successors) -> None:
    old = rpr.find(qn(tag))
    if old is not None:
        rpr.remove(old)
    el = etree.Element(qn(tag))
    el.set("typeface", typeface)
    if charset != "0":
        el.set("charset", charset)
    _insert_before(rpr, el, successors)


def set_script_fonts(run, language: str) -> None:
    """Name East Asian and complex-script fonts (and the language) on a python-pptx run."""
    r = run._r
    rpr = r.get_or_add_rPr()
    scripts = scripts_in(run.text)
    ea = ea_font(language, scripts)
    cs = cs_font(language, scripts)
    if scripts & {"han", "ja", "ko"}:
        rpr.set("lang", ea.lang)
        rpr.set("altLang", "en-US")
    elif cs is not None and scripts & {"km", "lo", "th", "ar"}:
        rpr.set("lang", cs.lang)
    elif language.lower().startswith(("zh", "ja", "ko")):
        # Latin text in an East Asian course: marked English, so signs such as √ and
        # quotes are drawn by the Latin font, not as wide East Asian glyphs.
        rpr.set("lang", "en-US")
    elif language:
        rpr.set("lang", _office_lang(language))
    # Every run gets an East Asian font, so Chinese typed into it later shows too.
    _set_font(rpr, "a:ea", ea.typeface, ea.charset, _AFTER_EA)
    if cs is not None:
        _set_font(rpr, "a:cs", cs.typeface, cs.charset, _AFTER_CS)


def _office_lang(tag: str) -> str:
    base = tag.split("-")[0].lower()
    return {"zh": "zh-CN", "en": "en-US", "km": "km-KH", "lo": "lo-LA", "th": "th-TH"}.get(base, tag)


def set_list_style(paragraph, kind: str, *, start: int | None = None, continued: bool = False) -> None:
    """Give a paragraph no bullet, the level's bullet, or automatic numbers or letters."""
    ppr = paragraph._p.get_or_add_pPr()
    for name in _BULLETS:
        for old in ppr.findall(qn(name)):
            ppr.remove(old)
    if kind == "bullet" and not continued:
        return  # the level's own bullet from the slide master
    if kind in ("number", "letter") and not continued:
        el = etree.Element(qn("a:buAutoNum"))
        el.set("type", "arabicPeriod" if kind == "number" else "alphaUcPeriod")
        if start and start != 1:
            el.set("startAt", str(start))
    else:
        el = etree.Element(qn("a:buNone"))
        if kind not in ("bullet", "number", "letter"):
            # Text without a bullet starts at the frame's edge; a list item's rest stays indented.
            ppr.set("marL", "0")
        ppr.set("indent", "0")
    _insert_before(ppr, el, _AFTER_BULLET)


def set_strike(run) -> None:
    """Strike a run through (python-pptx has no property for it)."""
    run._r.get_or_add_rPr().set("strike", "sngStrike")


def set_description(shape, text: str, title: str = "") -> None:
    """Set a shape's alternative text for screen readers."""
    cnvpr = shape._element.xpath("./*[1]/p:cNvPr")[0]
    if text:
        cnvpr.set("descr", text)
    if title:
        cnvpr.set("title", title)


def remove_all_slides(prs) -> None:
    """Delete every slide a template came with, keeping masters and layouts."""
    id_list = prs.slides._sldIdLst
    for sld_id in list(id_list):
        prs.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)


def add_footer_and_number(slide, footer: str, number: int) -> None:
    """Copy the layout's footer and slide-number placeholders onto the slide and fill them."""
    layout = slide.slide_layout
    tree = slide.shapes._spTree
    for ph_type in ("ftr", "sldNum"):
        source = _layout_placeholder(layout, ph_type)
        if source is None or (ph_type == "ftr" and not footer):
            continue
        sp = copy.deepcopy(source)
        # Position, size and look come from the layout: keep only the identity and text.
        sppr = sp.find(qn("p:spPr"))
        for child in list(sppr):
            sppr.remove(child)
        ids = [int(x) for x in tree.xpath("//p:cNvPr/@id")]
        sp.find(qn("p:nvSpPr")).find(qn("p:cNvPr")).set("id", str(max(ids + [1]) + 1))
        body = sp.find(qn("p:txBody"))
        for p in body.findall(qn("a:p")):
            body.remove(p)
        p = etree.SubElement(body, qn("a:p"))
        if ph_type == "sldNum":
            fld = etree.SubElement(p, qn("a:fld"))
            fld.set("id", "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}")
            fld.set("type", "slidenum")
            etree.SubElement(fld, qn("a:rPr")).set("lang", "en-US")
            etree.SubElement(fld, qn("a:t")).text = str(number)
        else:
            r = etree.SubElement(p, qn("a:r"))
            etree.SubElement(r, qn("a:rPr")).set("lang", "en-US")
            etree.SubElement(r, qn("a:t")).text = footer
        tree.append(sp)


def _layout_placeholder(layout, ph_type: str):
    for sp in layout.placeholders:
        if sp._element.ph_type is not None and _ph_attr(sp) == ph_type:
            return sp._element
    return None


def _ph_attr(shape) -> str:
    ph = shape._element.xpath("./*[1]/p:nvPr/p:ph")
    return ph[0].get("type", "obj") if ph else ""


def footer_runs(slide):
    """Yield the text runs of a slide's footer placeholder (to set their fonts)."""
    for shape in slide.placeholders:
        if _ph_attr(shape) == "ftr":
            for p in shape.text_frame.paragraphs:
                yield from p.runs


def remove_shape(shape) -> None:
    """Remove an unused placeholder so it shows no prompt text in the editor."""
    el = shape._element
    el.getparent().remove(el)



class FileImagePart(ImagePart):
    """A picture part whose bytes stay in their file (the picture cache) until the deck is written.

    python-pptx keeps every picture's bytes in memory until it saves; a deck of many photos
    would then need memory growing with the course. This part knows only its file and pixel
    size; ``save_deck`` streams the file into the package.
    """

    def __init__(self, partname: PackURI, package, path: str, width: int, height: int):
        ext = os.path.splitext(path)[1].lstrip(".").lower()
        content_type = {"jpg": CT.JPEG, "jpeg": CT.JPEG, "png": CT.PNG}.get(ext, CT.PNG)
        super().__init__(partname, content_type, package, b"", os.path.basename(path))
        self.path = path
        self._px = (width, height)

    @property  # type: ignore[misc]  # read-only on purpose: the bytes live in the file
    def blob(self) -> bytes:
        """Return the picture's bytes, read from its file."""
        with open(self.path, "rb") as fh:
            return fh.read()

    @property
    def image(self) -> Image:
        """Return python-pptx's view of the picture (reads the file)."""
        return Image(self.blob, self.desc)

    @property
    def sha1(self) -> str:
        """Return the SHA-1 of the picture's bytes (reads the file)."""
        return hashlib.sha1(self.blob).hexdigest()

    @property
    def _px_size(self) -> tuple[int, int]:
        return self._px

    @property
    def _dpi(self) -> tuple[int, int]:
        return 72, 72


class PictureFile(str):
    """A derived picture's path with its pixel size, as the deck's pictures are added from."""

    width: int
    height: int

    def __new__(cls, path: str, width: int, height: int) -> "PictureFile":
        made = super().__new__(cls, path)
        made.width, made.height = width, height
        return made


@contextmanager
def quick_part_names(prs):
    """Name and find new parts in constant time while a deck is being built; keep pictures in their files.

    python-pptx walks every part of the package to name each new slide, notes
    slide and picture, and to look for a picture it already holds, and matches
    each new slide against every slide relation of the presentation: a deck of
    300 slides and 200 photos spends seconds on that. While building (parts are
    only added, never removed) counters and indexes give the same answers. A
    picture added from a ``PictureFile`` becomes a ``FileImagePart`` (one per
    file), so its bytes are not held in memory. Yields ``picture_part(path, width,
    height)``, which returns that part for a picture file.
    """
    package = prs.part.package
    pres_rels = prs.part.rels
    last: dict[str, int] = {}
    by_sha1: dict[str, object] = {}
    by_path: dict[str, FileImagePart] = {}

    def highest(prefix: str) -> int:
        # One walk over the parts per kind: new names go above every existing one, gaps or not.
        found = [p.partname.idx for p in package.iter_parts() if p.partname.startswith(prefix)]
        return max([i for i in found if i is not None], default=0)

    def next_partname(tmpl: str) -> PackURI:
        if tmpl not in last:
            last[tmpl] = highest(tmpl[: (tmpl % 42).find("42")])
        last[tmpl] += 1
        return PackURI(tmpl % last[tmpl])

    def next_image_partname(ext: str) -> PackURI:
        key = "/ppt/media/image"
        if key not in last:
            last[key] = highest(key)
        last[key] += 1
        return PackURI(f"{key}{last[key]}.{ext}")

    def get_or_add_image_part(image_file):
        if isinstance(image_file, PictureFile):
            part = by_path.get(image_file)
            if part is None:
                ext = os.path.splitext(image_file)[1].lstrip(".").lower()
                part = by_path[image_file] = FileImagePart(next_image_partname(ext), package, str(image_file),
                                                           image_file.width, image_file.height)
            return part
        if not by_sha1:
            # The pictures already in the package (a template's logo) are found once.
            by_sha1.update({p.sha1: p for p in package.iter_parts() if isinstance(p, ImagePart)})
            by_sha1.setdefault("", None)
        image = Image.from_file(image_file)
        part = by_sha1.get(image.sha1)
        if part is None:
            part = by_sha1[image.sha1] = ImagePart.new(package, image)
        return part

    slow_relate = prs.part.relate_to

    def relate_to(target, reltype: str, is_external: bool = False) -> str:
        # A new slide is never related yet: skip python-pptx's scan of every slide relation.
        if reltype == RT.SLIDE and not is_external:
            return pres_rels._add_relationship(reltype, target)
        return slow_relate(target, reltype, is_external)

    package.next_partname = next_partname
    package.next_image_partname = next_image_partname
    package.get_or_add_image_part = get_or_add_image_part
    prs.part.relate_to = relate_to
    slow_ph = BaseShapeElement.ph
    BaseShapeElement.ph = property(_quick_ph)
    slow_layout_clone = SlideShapes.clone_layout_placeholders
    slow_master_clone = NotesSlide.clone_master_placeholders

    def clone_layout_placeholders(shapes, slide_layout) -> None:
        _clone_once(shapes._spTree, slide_layout.part, lambda: slow_layout_clone(shapes, slide_layout))

    def clone_master_placeholders(notes_slide, notes_master) -> None:
        _clone_once(notes_slide.shapes._spTree, notes_master.part,
                    lambda: slow_master_clone(notes_slide, notes_master))

    SlideShapes.clone_layout_placeholders = clone_layout_placeholders
    NotesSlide.clone_master_placeholders = clone_master_placeholders
    try:
        yield lambda path, width, height: get_or_add_image_part(PictureFile(path, width, height))
    finally:
        SlideShapes.clone_layout_placeholders = slow_layout_clone
        NotesSlide.clone_master_placeholders = slow_master_clone
        BaseShapeElement.ph = slow_ph
        for name in ("next_partname", "next_image_partname", "get_or_add_image_part"):
            vars(package).pop(name, None)
        vars(prs.part).pop("relate_to", None)


def _clone_once(tree, source_part, clone) -> None:
    """Give a new slide (or notes page) the placeholders of its layout (or notes master), cloned once per deck.

    python-pptx clones each placeholder anew for every slide, reading the layout's every
    time; a fresh slide's placeholders come out the same each time (same elements, same
    shape ids), so the first slide's are kept on the layout's part and copied for the rest.
    """
    made = getattr(source_part, "_cb_cloned_placeholders", None)
    if made is None or len(tree) != 2:  # only a fresh tree (group properties alone) gets the copies
        before = len(tree)
        clone()
        if before == 2:
            source_part._cb_cloned_placeholders = [copy.deepcopy(el) for el in tree[before:]]
        return
    for el in made:
        tree.append(copy.deepcopy(el))


_NV_PR, _PH = qn("p:nvPr"), qn("p:ph")


def _quick_ph(shape_elm):
    """Return the shape's ``p:ph`` (or None) as python-pptx's ``./*[1]/p:nvPr/p:ph`` does, without XPath.

    python-pptx compiles that XPath on every call, and asks it many times per slide
    (each placeholder of the slide, its layout and its master): a third of a re-export.
    """
    for first in shape_elm.iterchildren(etree.Element):
        nv_pr = first.find(_NV_PR)
        return None if nv_pr is None else nv_pr.find(_PH)
    return None


class _MediaStoringZip:
    """Write package items into a zip, storing pictures and media as they are."""

    def __init__(self, fh):
        self._zip = zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED)

    def write(self, uri, blob) -> None:
        """Write one item; JPEG, PNG and media do not shrink under deflate, so they are stored."""
        stored = uri.startswith("/ppt/media/")
        self._zip.writestr(uri.membername, blob, compress_type=zipfile.ZIP_STORED if stored else None)

    def write_file(self, uri, path: str) -> None:
        """Copy a file into the package, stored, a megabyte at a time."""
        info = zipfile.ZipInfo(uri.membername, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        info.file_size = os.path.getsize(path)
        with open(path, "rb") as src, self._zip.open(info, "w") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._zip.close()


def save_deck(prs, fh) -> None:
    """Save a deck to a binary file, deflating XML but not pictures (much faster, same size).

    Pictures kept in their files are streamed from them, so saving needs no more memory
    for a deck of many photos than for one.
    """
    package = prs.part.package
    try:
        from pptx.opc.serialized import PackageWriter

        parts = tuple(package.iter_parts())
        writer = PackageWriter(fh, package._rels, parts)
        head = (writer._write_content_types_stream, writer._write_pkg_rels)
    except (ImportError, AttributeError):  # another python-pptx: its own, slower writer
        prs.save(fh)
        return
    with _MediaStoringZip(fh) as zf:
        for step in head:
            step(zf)
        for part in parts:
            if isinstance(part, FileImagePart):
                zf.write_file(part.partname, part.path)
            else:
                zf.write(part.partname, part.blob)
            if part._rels:
                zf.write(part.partname.rels_uri, part.rels.xml)


def theme_latin(prs) -> tuple[str, str]:
    """Return the theme's minor (body) and major (heading) Latin typefaces."""
    try:
        theme = etree.fromstring(prs.slide_master.part.part_related_by(RT.THEME).blob)
        ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
        minor = theme.find(".//a:minorFont/a:latin", ns).get("typeface") or "Arial"
        major = theme.find(".//a:majorFont/a:latin", ns).get("typeface") or minor
        return minor, major
    except (KeyError, AttributeError, etree.XMLSyntaxError):
        return "Arial", "Arial"


def theme_script_fonts(prs, faces: dict[str, str]) -> None:
    """Give the theme's heading and body fonts a per-script font (``a:font script="Khmr"``) where it names none.

    PowerPoint takes the font for text typed in a script from these entries, so Khmer or
    Lao a lecturer adds to the deck later gets a font that exists too.
    """
    try:
        part = prs.slide_master.part.part_related_by(RT.THEME)
        theme = etree.fromstring(part.blob)
    except (KeyError, etree.XMLSyntaxError):
        return
    changed = False
    for which in ("a:majorFont", "a:minorFont"):
        for scheme in theme.iter(qn(which)):
            named = {el.get("script") for el in scheme.findall(qn("a:font"))}
            for script, face in faces.items():
                if script not in named:
                    el = etree.Element(qn("a:font"))
                    el.set("script", script)
                    el.set("typeface", face)
                    _insert_before(scheme, el, ("a:extLst",))
                    changed = True
    if changed:
        part._blob = etree.tostring(theme, xml_declaration=True, encoding="UTF-8", standalone=True)


def deck_characters(prs) -> set[str]:
    """Return every character written on the deck's slides and in their notes."""
    chars: set[str] = set()
    tag = qn("a:t")
    for sld in prs.slides._sldIdLst:
        part = prs.part.related_part(sld.rId)
        # A slide put back from an earlier export (exporters/pptx/reuse.py) says which characters it holds.
        kept = getattr(part, "characters", None)
        if kept is not None:
            chars.update(kept)
            continue
        roots = [part._element]
        notes = [r.target_part for r in part.rels.values() if r.reltype == RT.NOTES_SLIDE and not r.is_external]
        roots.extend(n._element for n in notes)
        for root in roots:
            for el in root.iter(tag):
                chars.update(el.text or "")
    return chars


# --- how a template sets text in a placeholder -------------------------------------------


def placeholder_kind(ph) -> str:
    """Return a placeholder's type as the file names it: title, ctrTitle, body, obj, subTitle, ftr..."""
    return ph.placeholder_format.type.xml_value

def _ph_element(container, kind: str, idx: str | None):
    """Return the placeholder of a layout or master matching by index, else by kind."""
    body_kinds = ("obj", "body")
    for sp in container.xpath("./p:cSld/p:spTree/p:sp"):
        ph = sp.xpath("./p:nvSpPr/p:nvPr/p:ph")
        if not ph:
            continue
        ph_idx, ph_kind = ph[0].get("idx", "0"), ph[0].get("type", "obj")
        if idx not in (None, "0") and ph_idx == idx:
            return sp
        if ph_kind == kind or (idx is None and kind in body_kinds and ph_kind in body_kinds):
            return sp
    return None


def style_chain(shape, layout) -> list:
    """Return the elements whose list styles apply to a placeholder, nearest first."""
    kind = placeholder_kind(shape)
    idx = str(shape.placeholder_format.idx)
    master = layout.slide_master.element
    chain = [shape._element]
    lay_sp = _ph_element(layout.element, kind, idx)
    if lay_sp is not None:
        chain.append(lay_sp)
    master_kind = {"ctrTitle": "title", "subTitle": "body", "obj": "body"}.get(kind, kind)
    m_sp = _ph_element(master, master_kind, None)
    if m_sp is not None:
        chain.append(m_sp)
    if kind in ("title", "ctrTitle"):
        style = "p:titleStyle"
    else:
        style = "p:bodyStyle" if kind in ("body", "obj", "subTitle") else "p:otherStyle"
    tx = master.find(qn("p:txStyles"))
    if tx is not None and tx.find(qn(style)) is not None:
        chain.append(tx.find(qn(style)))
    return chain


def _lvl(el, n: int):
    lst = el.find(qn("p:txBody") + "/" + qn("a:lstStyle")) if el.tag == qn("p:sp") else el
    return None if lst is None else lst.find(qn(f"a:lvl{n}pPr"))


def lookup_level(chain, n: int, getter):
    """Return the first value ``getter`` finds for list level ``n`` along a style chain, nearest first."""
    for el in chain:
        lvl = _lvl(el, n)
        if lvl is not None:
            value = getter(lvl)
            if value is not None:
                return value
    return None


def level_size(lvl):
    """Return a level's font size in points, if it sets one."""
    rpr = lvl.find(qn("a:defRPr"))
    return int(rpr.get("sz")) / 100 if rpr is not None and rpr.get("sz") else None


def level_bold(lvl):
    """Return whether a level is bold, if it says."""
    rpr = lvl.find(qn("a:defRPr"))
    return rpr.get("b") in ("1", "true") if rpr is not None and rpr.get("b") is not None else None


def level_margin(lvl):
    """Return a level's left margin in EMU, if it sets one."""
    return int(lvl.get("marL")) if lvl.get("marL") else None


def level_spacing(lvl, tag: str):
    """Return a level's spacing (``a:spcBef``, ``a:lnSpc``) as (value, "pts" or "pct"), if set."""
    el = lvl.find(qn(tag))
    if el is None:
        return None
    pts, pct = el.find(qn("a:spcPts")), el.find(qn("a:spcPct"))
    if pts is not None:
        return int(pts.get("val")) / 100, "pts"
    if pct is not None:
        return int(pct.get("val")) / 100000, "pct"
    return None


def frame_insets(chain) -> tuple[int, int, int, int]:
    """Return a text frame's left, top, right and bottom insets in EMU along a style chain."""
    names = ("lIns", "tIns", "rIns", "bIns")
    defaults = (91440, 45720, 91440, 45720)
    found: list = [None] * 4
    for el in chain:
        if el.tag != qn("p:sp"):
            continue
        bpr = el.find(qn("p:txBody") + "/" + qn("a:bodyPr"))
        if bpr is None:
            continue
        for i, name in enumerate(names):
            if found[i] is None and bpr.get(name) is not None:
                found[i] = int(bpr.get(name))
    left, top, right, bottom = (f if f is not None else d for f, d in zip(found, defaults, strict=True))
    return left, top, right, bottom

#: The relationship PowerPoint uses for a sound file (python-pptx writes every media file as a video).
AUDIO_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/audio"


def make_audio(movie) -> None:
    """Turn a media shape python-pptx wrote as a video into an audio shape, so PowerPoint shows its audio control."""
    nv_pr = movie._element.find(f"{qn('p:nvPicPr')}/{qn('p:nvPr')}")
    video = nv_pr.find(qn("a:videoFile")) if nv_pr is not None else None
    if video is None:
        return
    rid = video.get(qn("r:link"))
    audio = etree.Element(qn("a:audioFile"))
    audio.set(qn("r:link"), rid)
    video.addprevious(audio)
    nv_pr.remove(video)
    rel = movie.part.rels[rid]
    rel._reltype = AUDIO_REL
    rel.__dict__.pop("reltype", None)  # python-pptx caches the type once read
    part = rel.target_part
    if str(part.partname).endswith(".vid"):
        # python-pptx names sound files it has no extension for ".vid"; players go by the extension.
        ext = {"audio/wav": "wav", "audio/x-wav": "wav", "audio/wave": "wav", "audio/mpeg": "mp3", "audio/mp3": "mp3",
               "audio/mp4": "m4a", "audio/x-m4a": "m4a", "audio/aac": "aac", "audio/ogg": "ogg"}.get(part.content_type)
        if ext:
            part.partname = PackURI(str(part.partname)[: -len("vid")] + ext)
    # The slide's timing names the media node by kind too.
    slide = movie.part._element
    for node in slide.iter(qn("p:video")):
        target = node.find(f".//{qn('p:spTgt')}")
        if target is not None and target.get("spid") == str(movie.shape_id):
            node.tag = qn("p:audio")
