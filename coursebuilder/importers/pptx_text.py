"""Turn slide text and tables into Markdown: bullet levels, bold, italic and links kept."""

from __future__ import annotations

import re

from .pptx_xml import A, bullet_style, run_parts, run_style

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)(#{1,6}|[>+\-=]|\d+)([.)]?)(?=\s|$|[-=]+\s*$)", re.MULTILINE)
INDENT = "    "


def escape_markdown(text: str) -> str:
    """Return text that Markdown shows literally."""
    text = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_marker, text)


def _escape_marker(m: re.Match) -> str:
    lead, mark, dot = m.groups()
    if mark[0].isdigit():
        # Only the dot or bracket after a number makes a list; a backslash before a digit is not an escape.
        return lead + mark + ("\\" + dot if dot else "")
    return lead + "\\" + mark + dot


def paragraph_markdown(paragraph, part) -> str:
    """Return a paragraph's runs as Markdown inline text."""
    pieces: list[tuple[str, bool, bool, str]] = []
    for kind, element in run_parts(paragraph):
        if kind == "br":
            pieces.append(("\n", False, False, ""))
            continue
        t = element.find(f"{{{A}}}t")
        text = (t.text or "") if t is not None else ""
        bold, italic, rid = run_style(element)
        url = _link(part, rid)
        if pieces and pieces[-1][1:] == (bold, italic, url) and pieces[-1][0] != "\n":
            pieces[-1] = (pieces[-1][0] + text, bold, italic, url)
        else:
            pieces.append((text, bold, italic, url))
    return "".join(_render(*p) for p in pieces).replace("\v", "\n")


def _link(part, rid: str) -> str:
    if not rid:
        return ""
    try:
        rel = part.rels[rid]
    except KeyError:
        return ""
    target = rel.target_ref if rel.is_external else ""
    return target if re.match(r"(?i)^(https?:|mailto:)", target) else ""


def _render(text: str, bold: bool, italic: bool, url: str) -> str:
    if text == "\n":
        return "\n"
    core = text.strip()
    if not core:
        return text
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    out = escape_markdown(core)
    marks = "***" if bold and italic else "**" if bold else "*" if italic else ""
    out = f"{marks}{out}{marks}"
    if url:
        out = f"[{out}](<{url}>)"
    return f"{lead}{out}{trail}"


def frame_markdown(text_frame, part, *, bullets: bool) -> str:
    """Return a text frame as Markdown: list items by level, other paragraphs apart."""
    entries: list[tuple[str, str]] = []
    last_level = -1  # level of the list item just before, -1 after a paragraph
    for p in text_frame.paragraphs:
        inline = paragraph_markdown(p, part).strip()
        if not inline:
            continue
        style = bullet_style(p)
        marker = ("-" if bullets else "") if style is None else style
        if marker:
            # A list may only go one level deeper at a time, or Markdown reads it as code.
            last_level = min(p.level, last_level + 1)
            indent = INDENT * last_level
            body = inline.replace("\n", "\\\n" + indent + " " * (len(marker) + 1))
            entries.append(("item", f"{indent}{marker} {body}"))
        else:
            last_level = -1
            entries.append(("para", inline.replace("\n", "\\\n")))
    out = ""
    for i, (kind, text) in enumerate(entries):
        if i:
            out += "\n" if kind == "item" and entries[i - 1][0] == "item" else "\n\n"
        out += text
    return out


def table_markdown(table, part) -> str:
    """Return a table as a Markdown table, its first row as the header."""
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = " ".join(
                paragraph_markdown(p, part).replace("\n", " ").strip() for p in cell.text_frame.paragraphs
            ).strip()
            cells.append(text or " ")
        rows.append(cells)
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [" "] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join([" --- "] * width) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)
