"""Formatted text as the slide builder sees it: paragraphs of styled spans."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

#: Paragraph kinds and how they are drawn: with the level's bullet, numbered,
#: lettered (answer choices), or without a bullet.
BULLET, NUMBER, LETTER, PLAIN, HEADING, CODE = "bullet", "number", "letter", "plain", "heading", "code"


@dataclass(frozen=True)
class Span:
    """A piece of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str = ""
    #: Theme colour slot (such as ``accent1``), or "" to inherit.
    colour: str = ""
    #: Struck through (Markdown ``~~text~~``): the lecturer shows what no longer holds.
    strike: bool = False
    #: The span's language when it is not the deck's (the second language of a bilingual slide).
    lang: str = ""


@dataclass
class Para:
    """One paragraph: spans, list level (0 = top) and kind."""

    spans: list[Span] = field(default_factory=list)
    level: int = 0
    kind: str = PLAIN
    #: First number of a numbered or lettered list that starts here.
    start: int = 1
    #: A paragraph continued from the previous slide: drawn without a bullet.
    continued: bool = False
    #: Share of its level's size it is drawn at (the second language under the first: smaller).
    scale: float = 1.0
    #: Kept on one slide with the paragraph after it (a survey question and its form, a
    #: Chinese line and its English, the last objective and the lesson's minutes).
    keep: bool = False

    @property
    def keeps_with_next(self) -> bool:
        """Return whether the paragraph must not end a slide when another follows it."""
        return self.keep or self.kind == HEADING

    @property
    def text(self) -> str:
        """Return the plain text of the paragraph."""
        return "".join(s.text for s in self.spans)

    def split_at(self, offset: int) -> tuple["Para", "Para"]:
        """Return the paragraph cut in two at a character offset."""
        head: list[Span] = []
        tail: list[Span] = []
        pos = 0
        for span in self.spans:
            end = pos + len(span.text)
            if end <= offset:
                head.append(span)
            elif pos >= offset:
                tail.append(span)
            else:
                cut = offset - pos
                head.append(replace(span, text=span.text[:cut]))
                tail.append(replace(span, text=span.text[cut:]))
            pos = end
        if tail:
            tail[0] = replace(tail[0], text=tail[0].text.lstrip(" "))
        first = Para(head, self.level, self.kind, self.start, self.continued, self.scale)
        return first, Para(tail, self.level, self.kind, self.start, continued=True, scale=self.scale, keep=self.keep)


def plain(text: str, **style) -> Para:
    """Return a paragraph of one span without a bullet."""
    return Para([Span(text, **style)], kind=PLAIN)




def _has_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def _latin_only(text: str) -> bool:
    return not _has_han(text) and sum(ch.isascii() and ch.isalpha() for ch in text) >= 2


def keep_translations(paras: list[Para]) -> list[Para]:
    """Mark a Chinese paragraph followed by its English one (the bilingual courses' habit) to stay with it."""
    for first, second in zip(paras, paras[1:], strict=False):
        if first.kind == second.kind == PLAIN and _has_han(first.text) and _latin_only(second.text):
            first.keep = True
    return paras
