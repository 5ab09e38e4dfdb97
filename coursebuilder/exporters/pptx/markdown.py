"""Turn a text block's Markdown into slide sections of formatted paragraphs."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

from ...model.text_clean import link_allowed

from .richtext import BULLET, CODE, HEADING, NUMBER, PLAIN, Para, Span
from .scripts import script_of, slot_of

_MD = MarkdownIt("commonmark").enable("table").enable("strikethrough")

#: Links left out of the deck because of their scheme, collected for the export's report.
DROPPED_LINKS: ContextVar[list[str] | None] = ContextVar("DROPPED_LINKS", default=None)


@dataclass
class Section:
    """A run of paragraphs under a slide title (None: keep the current title)."""

    title: str | None
    paras: list[Para] = field(default_factory=list)


def sections(markdown: str) -> list[Section]:
    """Return the Markdown split at level-1 and level-2 headings and rules, as paragraphs."""
    tokens = _MD.parse(markdown or "")
    out = [Section(None)]
    lists: list[dict] = []  # stack of {"kind", "number"}
    item_paras = 0
    quote = 0
    table_row: list[list[Span]] | None = None
    header_row = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        t = tok.type
        if t == "heading_open":
            inline = tokens[i + 1]
            level = int(tok.tag[1])
            if level <= 2:
                out.append(Section(_plain_text(inline)))
            else:
                out[-1].paras.append(Para([s for p in _split_hard_breaks(_spans(inline)) for s in p], kind=HEADING))
            i += 3
            continue
        if t == "hr":
            out.append(Section(None))
        elif t in ("bullet_list_open", "ordered_list_open"):
            start = int(tok.attrGet("start") or 1) if t == "ordered_list_open" else 1
            lists.append({"kind": NUMBER if t == "ordered_list_open" else BULLET, "number": start})
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "list_item_open":
            item_paras = 0
        elif t == "list_item_close":
            if lists and lists[-1]["kind"] == NUMBER:
                lists[-1]["number"] += 1
        elif t == "blockquote_open":
            quote += 1
        elif t == "blockquote_close":
            quote -= 1
        elif t == "inline" and table_row is not None:
            spans = _spans(tok, bold=header_row)
            table_row.append(spans)
        elif t == "inline":
            spans = _spans(tok, italic=quote > 0)
            for piece in _split_hard_breaks(spans):
                if lists:
                    kind = lists[-1]["kind"]
                    para = Para(piece, level=len(lists) - 1, kind=kind, start=lists[-1]["number"])
                    para.continued = item_paras > 0
                    item_paras += 1
                else:
                    para = Para(piece, kind=PLAIN)
                out[-1].paras.append(para)
        elif t in ("fence", "code_block"):
            for line in tok.content.rstrip("\n").split("\n"):
                out[-1].paras.append(Para([Span(line or " ", code=True)], kind=CODE, level=len(lists)))
        elif t == "thead_open":
            header_row = True
        elif t == "thead_close":
            header_row = False
        elif t == "tr_open":
            table_row = []
        elif t == "tr_close":
            joined: list[Span] = []
            for n, cell in enumerate(table_row or []):
                if n:
                    joined.append(Span("  |  "))
                joined.extend(cell)
            out[-1].paras.append(Para(joined, kind=PLAIN))
            table_row = None
        elif t == "html_block":
            for line in tok.content.strip().split("\n"):
                if line.strip():
                    out[-1].paras.append(Para([Span(line.strip())], kind=PLAIN))
        i += 1
    return [s for s in out if s.paras or s.title]


def _plain_text(inline) -> str:
    return "".join(s.text for s in _spans(inline)).replace("\n", " ").strip()


def _spans(inline, *, bold: bool = False, italic: bool = False) -> list[Span]:
    """Return the formatted spans of an inline token."""
    spans: list[Span] = []
    strong, em, link = int(bold), int(italic), ""
    children = inline.children or []
    for n, child in enumerate(children):
        t = child.type
        if t == "text":
            spans.append(Span(child.content, bold=strong > 0, italic=em > 0, link=link))
        elif t == "code_inline":
            spans.append(Span(child.content, bold=strong > 0, italic=em > 0, code=True, link=link))
        elif t == "strong_open":
            strong += 1
        elif t == "strong_close":
            strong -= 1
        elif t in ("em_open", "s_open"):
            em += 1 if t == "em_open" else 0
        elif t == "em_close":
            em -= 1
        elif t == "link_open":
            link = child.attrGet("href") or ""
            if not link_allowed(link):
                # smb:, ms-msdt:, search-ms:, file: ... open programs on the lecturer's laptop.
                if (dropped := DROPPED_LINKS.get()) is not None:
                    dropped.append(link)
                link = ""
        elif t == "link_close":
            link = ""
        elif t == "image":
            alt = child.content or "".join(c.content for c in child.children or [])
            spans.append(Span(f"[{alt}]" if alt else "[picture]", italic=True))
        elif t == "softbreak":
            before = children[n - 1].content[-1:] if n else ""
            after = children[n + 1].content[:1] if n + 1 < len(children) else ""
            # A line break inside Chinese text is not a space.
            cjk = all(c and slot_of(script_of(c)) == "ea" for c in (before, after))
            spans.append(Span("" if cjk else " ", bold=strong > 0, italic=em > 0, link=link))
        elif t == "hardbreak":
            spans.append(Span("\n"))
        elif t == "html_inline":
            # "Press <Enter>" or "<b>under 20</b>": shown as typed, as on the phone, never dropped.
            spans.append(Span(child.content, bold=strong > 0, italic=em > 0, link=link))
    return _merge([s for s in spans if s.text])


def _split_hard_breaks(spans: list[Span]) -> list[list[Span]]:
    pieces: list[list[Span]] = [[]]
    for span in spans:
        # A break may have been merged into a neighbouring span of the same formatting.
        for n, text in enumerate(span.text.split("\n")):
            if n:
                pieces.append([])
            if text:
                pieces[-1].append(Span(text, span.bold, span.italic, span.code, span.link, span.colour))
    return [p for p in pieces if p] or [[Span("")]]


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in spans:
        if merged and _same_style(merged[-1], span):
            merged[-1] = Span(merged[-1].text + span.text, span.bold, span.italic, span.code, span.link, span.colour)
        else:
            merged.append(span)
    return merged


def _same_style(a: Span, b: Span) -> bool:
    return (a.bold, a.italic, a.code, a.link, a.colour) == (b.bold, b.italic, b.code, b.link, b.colour)
