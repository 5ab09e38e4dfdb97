"""Open a theme or the lecturer's template, pick its layouts and read how its text is set."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.exc import PackageNotFoundError
from pptx.presentation import Presentation as PptxPresentation
from pptx.util import Emu

from ._oxml import (
    frame_insets,
    level_bold,
    level_margin,
    level_size,
    level_spacing,
    lookup_level,
    placeholder_kind,
    remove_all_slides,
    style_chain,
    theme_latin,
)
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
    minor, major = theme_latin(prs)
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
    kinds = {placeholder_kind(ph) for ph in layout.placeholders}
    return all(t in kinds for t in types)


def _body_count(layout) -> int:
    return sum(placeholder_kind(ph) in ("body", "obj") for ph in layout.placeholders)


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


def frame_style(shape, layout, measurer: Measurer, *, width: int | None = None, height: int | None = None) -> FrameStyle:
    """Return the room and level styles of a placeholder as the slide master sets them."""
    chain = style_chain(shape, layout)
    kind = placeholder_kind(shape)
    fallback = _DEFAULT_SIZES["title" if kind in ("title", "ctrTitle") else "body" if kind in ("body", "obj", "subTitle") else "other"]
    levels = []
    last = LevelStyle(fallback, 0.0, 0.0)
    for n in range(1, 10):
        size = lookup_level(chain, n, level_size) or last.size
        margin = lookup_level(chain, n, level_margin)
        mar = margin / EMU_PER_PT if margin is not None else None
        before = lookup_level(chain, n, lambda lvl: level_spacing(lvl, "a:spcBef"))
        line = lookup_level(chain, n, lambda lvl: level_spacing(lvl, "a:lnSpc"))
        bold = lookup_level(chain, n, level_bold)
        space_before = 0.0 if before is None else before[0] if before[1] == "pts" else before[0] * size * 1.2
        line_spacing = 1.0 if line is None or line[1] == "pts" else max(line[0], 1.0)
        last = LevelStyle(size, mar if mar is not None else last.indent, space_before, line_spacing, bool(bold))
        levels.append(last)
    left, top, right, bottom = (inset / EMU_PER_PT for inset in frame_insets(chain))
    w = (width if width is not None else shape.width) / EMU_PER_PT - left - right
    h = (height if height is not None else shape.height) / EMU_PER_PT - top - bottom
    return FrameStyle(width=w, height=h, levels=levels, measurer=measurer)


def emu(points: float) -> Emu:
    """Return a length in points as EMU."""
    return Emu(int(points * EMU_PER_PT))
