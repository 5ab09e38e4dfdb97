"""Open a theme or the lecturer's template, pick its layouts and read how its text is set."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.exc import PackageNotFoundError
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PptxPresentation
from pptx.util import Emu

from ._oxml import remove_all_slides
from .errors import PptxExportError
from .fit import FrameStyle, LevelStyle
from .fonts import Measurer
from ...resources import resource_dir

THEMES_DIR = resource_dir("themes")
THEMES = ("default", "high-contrast")

# Layout roles and the layout names (any language PowerPoint ships) that play them.
_ROLE_NAMES = {
    "title": ("title slide", "标题幻灯片"),
    "section": ("section header", "节标题"),
    "content": ("title and content", "标题和内容"),
    "two": ("two content", "两栏内容"),
    "title_only": ("title only", "仅标题"),
}
EMU_PER_PT = 12700
_DEFAULT_SIZES = {"title": 44.0, "body": 32.0, "other": 18.0}


@dataclass
class Deck:
    """An empty presentation from a theme or template, with its layouts by role."""

    prs: PptxPresentation
    layouts: dict
    latin_minor: str
    latin_major: str


def theme_path(name: str) -> Path:
    """Return the .pptx file of a built-in theme."""
    if name not in THEMES:
        raise PptxExportError(f"unknown theme {name!r}; choose one of: {', '.join(THEMES)}", "usage")
    path = THEMES_DIR / f"{name}.pptx"
    if not path.is_file():
        raise PptxExportError(f"the built-in theme file {path} is missing; reinstall CourseBuilder", "input")
    return path


def open_deck(template: Path | None, theme: str) -> Deck:
    """Return an empty deck built on the lecturer's template or a built-in theme."""
    path = Path(template) if template else theme_path(theme)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PptxExportError(f"cannot read the template {path}: {exc.strerror}", "input") from None
    try:
        prs = Presentation(io.BytesIO(_as_presentation(data)))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError):
        raise PptxExportError(f"{path} is not a PowerPoint template (.pptx or .potx)", "input") from None
    remove_all_slides(prs)
    layouts = _pick_layouts(prs, path)
    minor, major = _theme_latin(prs)
    return Deck(prs, layouts, minor, major)


def _as_presentation(data: bytes) -> bytes:
    """Return the bytes of a .pptx, turning a .potx template into a presentation."""
    template_type = b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zin:
            types = zin.read("[Content_Types].xml")
            if template_type not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
                for info in zin.infolist():
                    body = zin.read(info)
                    if info.filename == "[Content_Types].xml":
                        body = types.replace(template_type, template_type.replace(b"template.main", b"presentation.main"))
                    zout.writestr(info, body)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError):
        return data


def _has(layout, *types: str) -> bool:
    kinds = {_ph_kind(ph) for ph in layout.placeholders}
    return all(t in kinds for t in types)


def _ph_kind(ph) -> str:
    el = ph._element.xpath("./p:nvSpPr/p:nvPr/p:ph")
    return el[0].get("type", "obj") if el else ""


def _body_count(layout) -> int:
    return sum(_ph_kind(ph) in ("body", "obj") for ph in layout.placeholders)


def _pick_layouts(prs, path: Path) -> dict:
    layouts = list(prs.slide_layouts)
    if not layouts:
        raise PptxExportError(f"{path} has no slide layouts", "input")
    by_role = {}
    for role, names in _ROLE_NAMES.items():
        for layout in layouts:
            if layout.name.strip().lower() in names:
                by_role[role] = layout
                break
    titled = [lay for lay in layouts if _has(lay, "title") or _has(lay, "ctrTitle")]
    content = [lay for lay in titled if _body_count(lay) >= 1]
    by_role.setdefault("content", content[0] if content else (titled or layouts)[0])
    by_role.setdefault("title", next((lay for lay in layouts if _has(lay, "ctrTitle")), by_role["content"]))
    by_role.setdefault("section", by_role["title"])
    by_role.setdefault("two", next((lay for lay in content if _body_count(lay) >= 2), by_role["content"]))
    by_role.setdefault("title_only", next((lay for lay in titled if _body_count(lay) == 0), by_role["content"]))
    return by_role


def _theme_latin(prs) -> tuple[str, str]:
    try:
        theme = etree.fromstring(prs.slide_master.part.part_related_by(RT.THEME).blob)
        ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
        minor = theme.find(".//a:minorFont/a:latin", ns).get("typeface") or "Arial"
        major = theme.find(".//a:majorFont/a:latin", ns).get("typeface") or minor
        return minor, major
    except (KeyError, AttributeError, etree.XMLSyntaxError):
        return "Arial", "Arial"


# --- how text is set in a placeholder --------------------------------------------------

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


def _chain(shape, layout) -> list:
    """Return the elements whose list styles apply to a placeholder, nearest first."""
    kind = _ph_kind(shape)
    idx = shape._element.xpath("./p:nvSpPr/p:nvPr/p:ph")[0].get("idx", "0")
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


def _lookup(chain, n: int, getter):
    for el in chain:
        lvl = _lvl(el, n)
        if lvl is not None:
            value = getter(lvl)
            if value is not None:
                return value
    return None


def _size(lvl):
    rpr = lvl.find(qn("a:defRPr"))
    return int(rpr.get("sz")) / 100 if rpr is not None and rpr.get("sz") else None


def _bold(lvl):
    rpr = lvl.find(qn("a:defRPr"))
    return rpr.get("b") in ("1", "true") if rpr is not None and rpr.get("b") is not None else None


def _spacing(lvl, tag: str):
    el = lvl.find(qn(tag))
    if el is None:
        return None
    pts, pct = el.find(qn("a:spcPts")), el.find(qn("a:spcPct"))
    if pts is not None:
        return int(pts.get("val")) / 100, "pts"
    if pct is not None:
        return int(pct.get("val")) / 100000, "pct"
    return None


def _insets(chain) -> tuple[float, float, float, float]:
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
    left, top, right, bottom = ((f if f is not None else d) / EMU_PER_PT for f, d in zip(found, defaults, strict=True))
    return left, top, right, bottom


def frame_style(shape, layout, measurer: Measurer, *, width: int | None = None, height: int | None = None) -> FrameStyle:
    """Return the room and level styles of a placeholder as the slide master sets them."""
    chain = _chain(shape, layout)
    kind = _ph_kind(shape)
    fallback = _DEFAULT_SIZES["title" if kind in ("title", "ctrTitle") else "body" if kind in ("body", "obj", "subTitle") else "other"]
    levels = []
    last = LevelStyle(fallback, 0.0, 0.0)
    for n in range(1, 10):
        size = _lookup(chain, n, _size) or last.size
        mar = _lookup(chain, n, lambda lvl: int(lvl.get("marL")) / EMU_PER_PT if lvl.get("marL") else None)
        before = _lookup(chain, n, lambda lvl: _spacing(lvl, "a:spcBef"))
        line = _lookup(chain, n, lambda lvl: _spacing(lvl, "a:lnSpc"))
        bold = _lookup(chain, n, _bold)
        space_before = 0.0 if before is None else before[0] if before[1] == "pts" else before[0] * size * 1.2
        line_spacing = 1.0 if line is None or line[1] == "pts" else max(line[0], 1.0)
        last = LevelStyle(size, mar if mar is not None else last.indent, space_before, line_spacing, bool(bold))
        levels.append(last)
    left, top, right, bottom = _insets(chain)
    w = (width if width is not None else shape.width) / EMU_PER_PT - left - right
    h = (height if height is not None else shape.height) / EMU_PER_PT - top - bottom
    return FrameStyle(width=w, height=h, levels=levels, measurer=measurer)


def emu(points: float) -> Emu:
    """Return a length in points as EMU."""
    return Emu(int(points * EMU_PER_PT))
