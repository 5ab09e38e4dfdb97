"""Turn an HTML fragment from another tool into the course's Markdown, keeping no markup that could run."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..model.messages import Message, say

#: Characters that mean something in Markdown, escaped in text so it shows as written.
_MD_SPECIALS = re.compile(r"([\\`*_\[\]<>])")
#: A line start Markdown would read as a heading, quote, list or rule.
_BLOCK_START = re.compile(r"^(\s*)(#|>|[-+]\s|\d+[.)]\s)", re.MULTILINE)
#: Tags whose text never reaches a trainee.
_HIDDEN = {"script", "style", "head", "title", "template", "noscript", "iframe", "object", "embed", "svg", "math"}
#: Inline tags and the Markdown mark that opens and closes each.
_MARKS = {"b": "**", "strong": "**", "i": "*", "em": "*", "code": "`", "tt": "`", "kbd": "`"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote", "section", "article",
           "header", "footer", "figure", "figcaption", "dl", "dt", "dd", "hr"}
_SAFE_LINK = re.compile(r"^(https?://|mailto:)[^\s()<>]+$", re.IGNORECASE)
#: A real HTML tag (not "a < b"), so text in Moodle's default format can be told apart from HTML.
HTML_TAG = re.compile(
    r"</?(p|br|b|i|u|em|strong|span|div|ul|ol|li|a|img|sub|sup|code|pre|table|tr|td|th|tbody|thead|"
    r"h[1-6]|font|blockquote|hr|script|style|iframe|small|big|s|strike|del|ins|mark|tt|kbd|center)\b[^>]*>",
    re.IGNORECASE,
)


def escape_markdown(text: str) -> str:
    """Return text with Markdown's special characters escaped, so it renders as written."""
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), _MD_SPECIALS.sub(r"\\\1", text))


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden = 0
        self.lists: list[list] = []  # [kind, counter]
        self.links: list[str | None] = []
        self.pre = 0
        self.dropped: list[Message] = []

    def _break(self, blank: bool) -> None:
        self.out.append("\n\n" if blank else "\n")

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in _HIDDEN:
            self.hidden += 1
            if tag in ("script", "iframe", "object", "embed"):
                self.dropped.append(say("note.html_tag", tag=f"<{tag}>"))
            return
        if self.hidden:
            return
        if tag in _BLOCKS:
            self._break(True)
        elif tag == "br":
            self._break(False)
        elif tag in _MARKS and not (self.pre and _MARKS[tag] == "`"):
            self.out.append(_MARKS[tag])
        elif tag == "pre":
            self.pre += 1
            self.out.append("\n\n```\n")
        elif tag in ("ul", "ol"):
            self.lists.append([tag, 0])
            self._break(True)
        elif tag == "li":
            self._break(False)
            kind = self.lists[-1] if self.lists else ["ul", 0]
            kind[1] += 1
            indent = "  " * max(0, len(self.lists) - 1)
            self.out.append(f"{indent}{kind[1]}. " if kind[0] == "ol" else f"{indent}- ")
        elif tag == "a":
            href = (attrs.get("href") or "").strip()
            safe = href if _SAFE_LINK.match(href) else None
            if href and not safe:
                self.dropped.append(say("note.html_link", href=href[:60]))
            self.links.append(safe)
            if safe:
                self.out.append("[")
        elif tag == "img":
            alt = (attrs.get("alt") or "").strip()
            self.dropped.append(say("note.html_picture", src=(attrs.get("src") or "")[:60] or "<img>"))
            if alt:
                self.out.append(escape_markdown(alt))

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            return
        if self.hidden:
            return
        if tag in _BLOCKS:
            self._break(True)
        elif tag in _MARKS and not (self.pre and _MARKS[tag] == "`"):
            self.out.append(_MARKS[tag])
        elif tag == "pre" and self.pre:
            self.pre -= 1
            self.out.append("\n```\n\n")
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self._break(True)
        elif tag == "a" and self.links:
            safe = self.links.pop()
            if safe:
                self.out.append(f"]({safe})")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_data(self, data):
        if self.hidden:
            return
        if self.pre:
            self.out.append(data.replace("```", "'''"))
        else:
            self.out.append(_MD_SPECIALS.sub(r"\\\1", re.sub(r"\s+", " ", data)))


def html_to_markdown(markup: str) -> tuple[str, list[Message]]:
    """Return the Markdown for an HTML fragment and what of it was left out (scripts, unsafe links, pictures)."""
    conv = _Converter()
    conv.feed(markup)
    conv.close()
    text = "".join(conv.out)
    # Tidy what the converter's breaks leave: spaces at line ends, empty emphasis, runs of blank lines.
    text = re.sub(r"(?<![*\\])\*\*\*\*(?!\*)", "", text)
    lines = [line.strip() if not re.match(r"^\s*(- |\d+\. )", line) else line.rstrip() for line in text.split("\n")]
    cleaned = []
    for line in lines:
        # A line of text (not a list item) that begins like Markdown block syntax is escaped.
        cleaned.append(line if re.match(r"^\s*(- |\d+\. |```)", line) else _BLOCK_START.sub(
            lambda m: m.group(1) + "\\" + m.group(2), line.lstrip()))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(cleaned)).strip()
    return text, conv.dropped
