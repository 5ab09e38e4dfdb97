#!/usr/bin/env python3
"""Build the built-in slide themes (``default.pptx``, ``high-contrast.pptx``) from python-pptx's template.

Run ``python resources/themes/make_themes.py`` after changing this file and commit the
.pptx files it writes next to itself. Each theme is a real PowerPoint template: a 16:9
slide master with its text styles, colour and font scheme, and the standard layouts
(Title Slide, Title and Content, Section Header, Two Content, Title Only, Blank, ...)
placed for a widescreen projector.

Fonts: Latin text uses Arial (on every Windows and macOS machine; LibreOffice shows the
metric-compatible Liberation Sans, so line breaks match). East Asian and complex
scripts get per-script theme fonts that exist on Windows, with macOS and LibreOffice
substituting their own fonts of the same script (see docs/slide-export.md).
"""

from __future__ import annotations

import copy
import io
import sys
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}

WIDTH, HEIGHT = Emu(12192000), Emu(6858000)  # 13.333 x 7.5 in, 16:9
MARGIN = Inches(0.6)

#: Theme fonts per script: (major, minor). Windows names; macOS and LibreOffice substitute.
SCRIPT_FONTS = {
    "Hans": "Microsoft YaHei",
    "Hant": "Microsoft JhengHei",
    "Jpan": "Yu Gothic",
    "Hang": "Malgun Gothic",
    "Thai": "Tahoma",
    "Khmr": "Leelawadee UI",
    "Laoo": "Leelawadee UI",
    "Arab": "Arial",
    "Hebr": "Arial",
    "Viet": "Arial",
}


@dataclass(frozen=True)
class Theme:
    """Colours, sizes and decoration of one built-in theme."""

    name: str
    title: str
    colours: dict  # scheme slot -> RRGGBB
    title_size: int
    body_sizes: tuple  # points for levels 1..5
    title_bold: bool
    band: str  # scheme colour of the title slide and section background
    band_text: str  # scheme colour of text on the band


DEFAULT = Theme(
    name="default",
    title="CourseBuilder Default",
    colours={
        "dk1": "1F2933", "lt1": "FFFFFF", "dk2": "0B4F6C", "lt2": "EEF4F7",
        "accent1": "0B6E8C", "accent2": "D9822B", "accent3": "3C8D5A", "accent4": "7A4E9C",
        "accent5": "C0392B", "accent6": "5D6D7E", "hlink": "0B5CAD", "folHlink": "6B3FA0",
    },
    title_size=36,
    body_sizes=(26, 22, 20, 18, 18),
    title_bold=True,
    band="accent1",
    band_text="lt1",
)

# Bright rooms and weak projectors: the projector cannot make black darker than the
# room, so the strongest contrast is black text on the brightest white, bold and big.
HIGH_CONTRAST = Theme(
    name="high-contrast",
    title="CourseBuilder High Contrast",
    colours={
        "dk1": "000000", "lt1": "FFFFFF", "dk2": "000000", "lt2": "FFFFFF",
        "accent1": "0033A0", "accent2": "B00020", "accent3": "006B2D", "accent4": "5B0F8A",
        "accent5": "B00020", "accent6": "000000", "hlink": "0033A0", "folHlink": "5B0F8A",
    },
    title_size=40,
    body_sizes=(30, 26, 24, 22, 22),
    title_bold=True,
    band="lt1",
    band_text="dk1",
)


def q(tag: str) -> str:
    """Return the Clark name of a prefixed tag such as ``a:latin``."""
    prefix, local = tag.split(":")
    return f"{{{NS[prefix]}}}{local}"


def sub(parent, tag: str, **attrs):
    """Append a child element with attributes."""
    el = etree.SubElement(parent, q(tag))
    for k, v in attrs.items():
        el.set(k, str(v))
    return el


def build(theme: Theme) -> bytes:
    """Return the .pptx bytes of one theme."""
    prs = Presentation()
    old_w = prs.slide_width
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    _theme_part(prs, theme)
    master = prs.slide_master
    _scale_x(master.element, WIDTH / old_w)
    for layout in prs.slide_layouts:
        _scale_x(layout.element, WIDTH / old_w)
    _master(master, theme)
    _layouts(prs, theme)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _theme_part(prs, theme: Theme) -> None:
    part = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    root.set("name", theme.title)
    clr = root.find(".//a:clrScheme", NS)
    clr.set("name", theme.title)
    for slot, rgb in theme.colours.items():
        el = clr.find(f"a:{slot}", NS)
        for child in list(el):
            el.remove(child)
        sub(el, "a:srgbClr", val=rgb)
    fonts = root.find(".//a:fontScheme", NS)
    fonts.set("name", theme.title)
    for which in ("a:majorFont", "a:minorFont"):
        el = fonts.find(which, NS)
        for child in list(el):
            el.remove(child)
        sub(el, "a:latin", typeface="Arial", panose="020B0604020202020204")
        sub(el, "a:ea", typeface="")
        sub(el, "a:cs", typeface="")
        for script, face in SCRIPT_FONTS.items():
            sub(el, "a:font", script=script, typeface=face)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _scale_x(root, factor: float) -> None:
    # Widen the 4:3 geometry of python-pptx's template to 16:9 before placing it ourselves.
    for xfrm in root.iter(q("a:xfrm")):
        off, ext = xfrm.find("a:off", NS), xfrm.find("a:ext", NS)
        off.set("x", str(int(int(off.get("x")) * factor)))
        ext.set("cx", str(int(int(ext.get("cx")) * factor)))


def _place(sp, x, y, w, h) -> None:
    sppr = sp.find("p:spPr", NS)
    xfrm = sppr.find("a:xfrm", NS)
    if xfrm is None:
        xfrm = etree.Element(q("a:xfrm"))
        sppr.insert(0, xfrm)
    for child in list(xfrm):
        xfrm.remove(child)
    sub(xfrm, "a:off", x=int(x), y=int(y))
    sub(xfrm, "a:ext", cx=int(w), cy=int(h))


def _ph(root, ph_type: str | None = None, idx: str | None = None):
    for sp in root.iter(q("p:sp")):
        ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
        if ph is None:
            continue
        if ph_type is not None and ph.get("type", "obj") == ph_type:
            return sp
        if idx is not None and ph.get("idx") == idx:
            return sp
    return None


def _rpr_colour(rpr, scheme: str) -> None:
    for old in rpr.findall("a:solidFill", NS):
        rpr.remove(old)
    fill = etree.Element(q("a:solidFill"))
    sub(fill, "a:schemeClr", val=scheme)
    rpr.insert(0, fill)


def _master(master, theme: Theme) -> None:
    root = master.element
    body_top = Inches(1.75)
    footer_y = HEIGHT - Inches(0.6)
    _place(_ph(root, "title"), MARGIN, Inches(0.3), WIDTH - 2 * MARGIN, Inches(1.2))
    _place(_ph(root, "body"), MARGIN, body_top, WIDTH - 2 * MARGIN, footer_y - body_top - Inches(0.15))
    _place(_ph(root, "dt"), WIDTH - MARGIN - Inches(4.4), footer_y, Inches(2.8), Inches(0.4))
    _place(_ph(root, "ftr"), MARGIN, footer_y, Inches(8.0), Inches(0.4))
    _place(_ph(root, "sldNum"), WIDTH - MARGIN - Inches(1.4), footer_y, Inches(1.4), Inches(0.4))
    for kind, algn in (("ftr", "l"), ("sldNum", "r"), ("dt", "r")):
        sp = _ph(root, kind)
        ppr = sp.find("p:txBody/a:lstStyle/a:lvl1pPr", NS)
        if ppr is not None:
            ppr.set("algn", algn)
            rpr = ppr.find("a:defRPr", NS)
            rpr.set("sz", "1400")
            _rpr_colour(rpr, "tx1" if theme.name == "high-contrast" else "accent6")
    title_bpr = _ph(root, "title").find("p:txBody/a:bodyPr", NS)
    title_bpr.set("anchor", "b")
    for child in list(title_bpr):
        title_bpr.remove(child)
    sub(title_bpr, "a:noAutofit")
    body_bpr = _ph(root, "body").find("p:txBody/a:bodyPr", NS)
    for child in list(body_bpr):
        body_bpr.remove(child)
    sub(body_bpr, "a:noAutofit")
    _decorate(root, theme)
    styles = root.find("p:txStyles", NS)
    tlvl = styles.find("p:titleStyle/a:lvl1pPr", NS)
    tlvl.set("algn", "l")
    _line_spacing(tlvl, 90)
    trpr = tlvl.find("a:defRPr", NS)
    trpr.set("sz", str(theme.title_size * 100))
    if theme.title_bold:
        trpr.set("b", "1")
    _rpr_colour(trpr, "tx2")
    indent = Inches(0.5)
    for i, size in enumerate(theme.body_sizes, 1):
        lvl = styles.find(f"p:bodyStyle/a:lvl{i}pPr", NS)
        # Room for "A." or "10." before the text: at high-contrast sizes 0.42 in is too little and the
        # letter touches the choice, so the hanging indent grows with the size (the bullet stays put).
        hang = max(int(Inches(0.42)), int(Pt(size * 1.45))) if theme.name == "high-contrast" else int(Inches(0.42))
        lvl.set("marL", str(int(indent * i) + hang - int(Inches(0.42))))
        lvl.set("indent", str(-hang))
        _line_spacing(lvl, 100)
        spc = lvl.find("a:spcBef", NS)
        for child in list(spc):
            spc.remove(child)
        sub(spc, "a:spcPts", val=str(int(size * 40)))  # 40% of the size before each paragraph
        rpr = lvl.find("a:defRPr", NS)
        rpr.set("sz", str(size * 100))
        bu_clr = lvl.find("a:buClr", NS)
        if bu_clr is None:
            bu_clr = etree.Element(q("a:buClr"))
            lvl.insert(list(lvl).index(lvl.find("a:buFont", NS)), bu_clr)
        for child in list(bu_clr):
            bu_clr.remove(child)
        sub(bu_clr, "a:schemeClr", val="accent1")


def _line_spacing(ppr, percent: int) -> None:
    for old in ppr.findall("a:lnSpc", NS):
        ppr.remove(old)
    ln = etree.Element(q("a:lnSpc"))
    sub(ln, "a:spcPct", val=str(percent * 1000))
    ppr.insert(0, ln)


def _rect(sp_tree, shape_id: int, name: str, x, y, w, h, scheme: str):
    """Append a filled rectangle (decoration) to a shape tree."""
    sp = sub(sp_tree, "p:sp")
    nv = sub(sp, "p:nvSpPr")
    sub(nv, "p:cNvPr", id=shape_id, name=name)
    sub(nv, "p:cNvSpPr")
    sub(nv, "p:nvPr")
    sppr = sub(sp, "p:spPr")
    xfrm = sub(sppr, "a:xfrm")
    sub(xfrm, "a:off", x=int(x), y=int(y))
    sub(xfrm, "a:ext", cx=int(w), cy=int(h))
    geom = sub(sppr, "a:prstGeom", prst="rect")
    sub(geom, "a:avLst")
    fill = sub(sppr, "a:solidFill")
    sub(fill, "a:schemeClr", val=scheme)
    ln = sub(sppr, "a:ln")
    sub(ln, "a:noFill")
    return sp


def _decorate(root, theme: Theme) -> None:
    tree = root.find("p:cSld/p:spTree", NS)
    first_ph = next(i for i, el in enumerate(tree) if el.tag == q("p:sp"))
    if theme.name == "high-contrast":
        bar = _rect(tree, 90, "Rule", MARGIN, Inches(1.55), WIDTH - 2 * MARGIN, Pt(4), "tx1")
    else:
        bar = _rect(tree, 90, "Accent bar", 0, 0, WIDTH, Inches(0.12), "accent1")
        rule = _rect(tree, 91, "Title rule", MARGIN + Inches(0.1), Inches(1.55), Inches(1.6), Pt(4), "accent2")
        tree.remove(rule)
        tree.insert(first_ph, rule)
    tree.remove(bar)
    tree.insert(first_ph, bar)


def _layouts(prs, theme: Theme) -> None:
    by_name = {layout.name: layout for layout in prs.slide_layouts}
    body_top = Inches(1.75)
    body_h = HEIGHT - Inches(0.6) - body_top - Inches(0.15)
    col_w = (WIDTH - 2 * MARGIN - Inches(0.4)) / 2

    title_slide = by_name["Title Slide"].element
    _band(title_slide, theme)
    _place(_ph(title_slide, "ctrTitle"), Inches(0.9), Inches(1.3), WIDTH - Inches(1.8), Inches(2.5))
    _place(_ph(title_slide, "subTitle"), Inches(0.9), Inches(4.05), WIDTH - Inches(1.8), Inches(2.95))
    _style_ph(title_slide, "ctrTitle", size=theme.title_size + 8, algn="l", colour=theme.band_text, anchor="b")
    _style_ph(title_slide, "subTitle", size=theme.body_sizes[0] - 2, algn="l", colour=theme.band_text, anchor="t")

    section = by_name["Section Header"].element
    _band(section, theme)
    _place(_ph(section, "title"), Inches(0.9), Inches(1.9), WIDTH - Inches(1.8), Inches(1.9))
    _place(_ph(section, idx="1"), Inches(0.9), Inches(4.2), WIDTH - Inches(1.8), Inches(1.9))
    _style_ph(section, "title", size=theme.title_size + 4, algn="l", colour=theme.band_text, anchor="b")
    _style_ph(section, None, idx="1", size=theme.body_sizes[0] - 2, algn="l", colour=theme.band_text, anchor="t")

    two = by_name["Two Content"].element
    _place(_ph(two, idx="1"), MARGIN, body_top, col_w, body_h)
    _place(_ph(two, idx="2"), MARGIN + col_w + Inches(0.4), body_top, col_w, body_h)

    pic = by_name["Picture with Caption"].element
    _place(_ph(pic, "title"), MARGIN, Inches(0.3), WIDTH - 2 * MARGIN, Inches(1.2))
    _place(_ph(pic, idx="1"), MARGIN, body_top, WIDTH - 2 * MARGIN, body_h - Inches(0.9))
    _place(_ph(pic, idx="2"), MARGIN, body_top + body_h - Inches(0.8), WIDTH - 2 * MARGIN, Inches(0.8))


def _band(layout_root, theme: Theme) -> None:
    """Give a layout a full-bleed background in the theme's band colour and hide master shapes."""
    if theme.band == "lt1":
        layout_root.set("showMasterSp", "0")
        tree = layout_root.find("p:cSld/p:spTree", NS)
        first = next(i for i, el in enumerate(tree) if el.tag == q("p:sp"))
        bar = _rect(tree, 90, "Side rule", Inches(0.45), Inches(1.3), Pt(10), Inches(5.0), "tx1")
        tree.remove(bar)
        tree.insert(first, bar)
        return
    csld = layout_root.find("p:cSld", NS)
    bg = etree.Element(q("p:bg"))
    bgpr = sub(bg, "p:bgPr")
    fill = sub(bgpr, "a:solidFill")
    sub(fill, "a:schemeClr", val=theme.band)
    sub(bgpr, "a:effectLst")
    csld.insert(0, bg)
    layout_root.set("showMasterSp", "0")
    tree = csld.find("p:spTree", NS)
    first = next(i for i, el in enumerate(tree) if el.tag == q("p:sp"))
    bar = _rect(tree, 90, "Accent rule", Inches(1.0), Inches(3.9), Inches(2.0), Pt(5), "accent2")
    tree.remove(bar)
    tree.insert(first, bar)


def _style_ph(root, ph_type, *, idx=None, size: int, algn: str, colour: str, anchor: str) -> None:
    sp = _ph(root, ph_type, idx=idx)
    body = sp.find("p:txBody", NS)
    bpr = body.find("a:bodyPr", NS)
    bpr.set("anchor", anchor)
    for child in list(bpr):
        bpr.remove(child)
    sub(bpr, "a:noAutofit")
    lst = body.find("a:lstStyle", NS)
    for child in list(lst):
        lst.remove(child)
    lvl = sub(lst, "a:lvl1pPr", marL="0", indent="0", algn=algn)
    spc = sub(lvl, "a:spcBef")
    sub(spc, "a:spcPts", val="600")
    sub(lvl, "a:buNone")
    rpr = sub(lvl, "a:defRPr", sz=size * 100)
    fill = sub(rpr, "a:solidFill")
    sub(fill, "a:schemeClr", val={"lt1": "bg1", "dk1": "tx1"}.get(colour, colour))


def main() -> int:
    """Write every built-in theme next to this script."""
    for theme in (DEFAULT, HIGH_CONTRAST):
        target = HERE / f"{theme.name}.pptx"
        target.write_bytes(build(theme))
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
