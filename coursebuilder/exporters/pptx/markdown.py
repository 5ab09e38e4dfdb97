"""Turn a text block's Markdown into slide sections of formatted paragraphs."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field, replace

from ...presentation.markdown import SLIDE, parse
from .richtext import BULLET, CODE, HEADING, NUMBER, PLAIN, Para, Span


#: Links left out of the deck because of their scheme, collected for the export's report.
DROPPED_LINKS: ContextVar[list[str] | None] = ContextVar("DROPPED_LINKS", default=None)


@dataclass
class Table:
    """A Markdown table: rows of cells of spans; the first row is the header if ``header``."""

    rows: list[list[list[Span]]] = field(default_factory=list)
    header: bool = True

    def as_paras(self) -> list[Para]:
        """Return the table as one line per row, for places that hold only text (a question)."""
        out = []
        for row in self.rows:
            joined: list[Span] = []
            for n, cell in enumerate(row):
                if n:
                    joined.append(Span("  |  "))
                joined.extend(cell)
            out.append(Para(joined, kind=PLAIN))
        return out


@dataclass
class Section:
    """A run of paragraphs and tables under a slide title (None: keep the current title)."""

    title: str | None
    #: Paragraphs and tables in their order.
    parts: list[Para | Table] = field(default_factory=list)

    @property
    def paras(self) -> list[Para]:
        """Return the section as paragraphs only, tables as one line per row."""
        out: list[Para] = []
        for part in self.parts:
            out.extend(part.as_paras() if isinstance(part, Table) else [part])
        return out

    def chunks(self) -> list[list[Para] | Table]:
        """Return runs of paragraphs and the tables between them, in order."""
        out: list[list[Para] | Table] = []
        for part in self.parts:
            if isinstance(part, Table):
                out.append(part)
            elif out and isinstance(out[-1], list):
                out[-1].append(part)
            else:
                out.append([part])
        return out


def sections(markdown: str) -> list[Section]:
    """Return the Markdown split at level-1 and level-2 headings and rules, as paragraphs and tables."""
    env: dict = {}
    tokens = parse(markdown or "", SLIDE, env)
    # smb:, ms-msdt:, search-ms:, file: ... open programs on the lecturer's laptop: text only.
    if env.get("dropped_links") and (dropped := DROPPED_LINKS.get()) is not None:
        dropped.extend(env["dropped_links"])
    out = [Section(None)]
    lists: list[dict] = []  # stack of {"kind", "number"}
    item_paras = 0
    quote = 0
    table: Table | None = None
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
                out[-1].parts.append(Para([s for p in _split_hard_breaks(_spans(inline)) for s in p], kind=HEADING))
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
                out[-1].parts.append(para)
        elif t in ("fence", "code_block"):
            for line in tok.content.rstrip("\n").split("\n"):
                out[-1].parts.append(Para([Span(line or " ", code=True)], kind=CODE, level=len(lists)))
        elif t == "table_open":
            table = Table(header=False)
        elif t == "table_close":
            if table is not None and table.rows:
                out[-1].parts.append(table)
            table = None
        elif t == "thead_open":
            header_row = True
            if table is not None:
                table.header = True
        elif t == "thead_close":
            header_row = False
        elif t == "tr_open":
            table_row = []
        elif t == "tr_close":
            if table is not None and table_row is not None:
                table.rows.append(table_row)
            table_row = None
        elif t == "html_block":
            # (The SLIDE profile reads raw HTML as text; kept for a parser that does not.)
            for line in tok.content.strip().split("\n"):
                if line.strip():
                    out[-1].parts.append(Para([Span(line.strip())], kind=PLAIN))
        i += 1
    return [s for s in out if s.parts or s.title]


def _plain_text(inline) -> str:
    return "".join(s.text for s in _spans(inline)).replace("\n", " ").strip()


def _spans(inline, *, bold: bool = False, italic: bool = False) -> list[Span]:
    """Return the formatted spans of an inline token."""
    spans: list[Span] = []
    strong, em, strike, link = int(bold), int(italic), 0, ""
    children = inline.children or []
    for child in children:
        t = child.type
        if t == "text":
            spans.append(Span(child.content, bold=strong > 0, italic=em > 0, link=link, strike=strike > 0))
        elif t == "code_inline":
            spans.append(Span(child.content, bold=strong > 0, italic=em > 0, code=True, link=link, strike=strike > 0))
        elif t == "strong_open":
            strong += 1
        elif t == "strong_close":
            strong -= 1
        elif t == "em_open":
            em += 1
        elif t == "em_close":
            em -= 1
        elif t == "s_open":
            strike += 1
        elif t == "s_close":
            strike -= 1
        elif t == "link_open":
            link = child.attrGet("href") or ""
        elif t == "link_close":
            link = ""
        elif t == "image":
            alt = child.content or "".join(c.content for c in child.children or [])
            spans.append(Span(f"[{alt}]" if alt else "[picture]", italic=True))
        elif t == "softbreak":
            # (A break between Chinese or Japanese characters was already dropped by the parser.)
            spans.append(Span(" ", bold=strong > 0, italic=em > 0, link=link, strike=strike > 0))
        elif t == "hardbreak":
            spans.append(Span("\n"))
        elif t == "html_inline":
            # "Press <Enter>" or "<b>under 20</b>": shown as typed, as on the phone, never dropped.
            spans.append(Span(child.content, bold=strong > 0, italic=em > 0, link=link, strike=strike > 0))
    return _merge([s for s in spans if s.text])


def _split_hard_breaks(spans: list[Span]) -> list[list[Span]]:
    pieces: list[list[Span]] = [[]]
    for span in spans:
        # A break may have been merged into a neighbouring span of the same formatting.
        for n, text in enumerate(span.text.split("\n")):
            if n:
                pieces.append([])
            if text:
                pieces[-1].append(replace(span, text=text))
    return [p for p in pieces if p] or [[Span("")]]


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in spans:
        if merged and _same_style(merged[-1], span):
            merged[-1] = replace(merged[-1], text=merged[-1].text + span.text)
        else:
            merged.append(span)
    return merged


def _same_style(a: Span, b: Span) -> bool:
    return replace(a, text="") == replace(b, text="")
