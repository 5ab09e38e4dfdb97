"""The one Markdown dialect of CourseBuilder, with a named profile for each place text appears.

Every output parses lecturer Markdown here, so tables, ~~strikethrough~~ and line breaks in
Chinese and Japanese mean the same on the phone, on slides, in the editor's preview and to the
importers. Profiles:

- ``LESSON``: a text block, instructions or a description; HTML for the phone and the preview.
- ``INLINE``: one line (a caption, a choice, a hint): no paragraphs, lists or tables.
- ``SLIDE``: the token stream ``exporters/pptx/markdown.py`` turns into slide paragraphs.
- ``IMPORT``: how the importers read a lecturer's file: raw HTML kept as tokens, so they can
  say what they leave out, but never rendered.
"""

from __future__ import annotations

import html as _html
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup

from ..model.text_clean import ALLOWED_SCHEMES as ALLOWED_SCHEMES  # the one list of link schemes
from ..model.text_clean import link_allowed



@dataclass(frozen=True)
class Profile:
    """How one place shows Markdown."""

    name: str
    #: One line of text: no paragraphs, lists or tables.
    inline: bool = False
    #: Levels added to headings: on a page the title is the only h1.
    heading_shift: int = 0
    #: Keep raw HTML as tokens (for importers that report it); outputs never render it.
    raw_html: bool = False


LESSON = Profile("lesson", heading_shift=1)
INLINE = Profile("inline", inline=True)
SLIDE = Profile("slide")
IMPORT = Profile("import", raw_html=True)


def is_wide(ch: str) -> bool:
    """Return whether a character is written without spaces between words (Chinese, Japanese).

    This is the CSS Text rule for line breaks: a break between two East Asian wide or full-width
    characters, neither of them Hangul (Korean puts spaces between words), disappears.
    """
    if not ch or unicodedata.east_asian_width(ch) not in ("W", "F", "H"):
        return False
    return not ("\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f" or "\uac00" <= ch <= "\ud7af")


def _drop_wide_breaks(state) -> None:
    """Turn a soft line break between two Chinese or Japanese characters into nothing."""
    for token in state.tokens:
        children = token.children
        if token.type != "inline" or not children:
            continue
        for n, child in enumerate(children):
            if child.type != "softbreak":
                continue
            before = next((c.content[-1:] for c in reversed(children[:n]) if c.content), "")
            after = next((c.content[:1] for c in children[n + 1:] if c.content), "")
            if is_wide(before) and is_wide(after):
                child.type, child.tag, child.content = "text", "", ""


def _drop_unsafe_links(state) -> None:
    """Turn a link whose scheme could run something (smb:, search-ms:, file:...) into its plain words."""
    for token in state.tokens:
        children = token.children
        if token.type != "inline" or not children:
            continue
        depth = 0
        for child in children:
            if child.type == "link_open" and (depth or not link_allowed(str(child.attrGet("href") or ""))):
                if not depth:
                    state.env.setdefault("dropped_links", []).append(str(child.attrGet("href") or ""))
                depth += 1
                child.type, child.tag, child.attrs = "text", "", {}
            elif child.type == "link_close" and depth:
                depth -= 1
                child.type, child.tag = "text", ""


@lru_cache(maxsize=None)
def parser(profile: Profile) -> MarkdownIt:
    """Return the markdown-it parser of a profile (shared: they are read-only once built)."""
    md = MarkdownIt("commonmark", {"html": profile.raw_html, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.core.ruler.push("wide_breaks", _drop_wide_breaks)
    if profile.raw_html:
        # Importers see every picture and link as written (a relative path is a local picture).
        return md
    md.core.ruler.push("unsafe_links", _drop_unsafe_links)

    def link_open(renderer, tokens, idx, options, env):
        tokens[idx].attrSet("rel", "noopener noreferrer")
        tokens[idx].attrSet("target", "_blank")
        return renderer.renderToken(tokens, idx, options, env)

    def heading(renderer, tokens, idx, options, env):
        tokens[idx].tag = f"h{min(int(tokens[idx].tag[1]) + profile.heading_shift, 6)}"
        return renderer.renderToken(tokens, idx, options, env)

    def image(renderer, tokens, idx, options, env):
        # A picture from the web breaks offline (and the page's policy blocks it): show its words.
        alt = renderer.renderInlineAsText(tokens[idx].children or [], options, env)
        return f'<span class="md-picture">[{_html.escape(alt)}]</span>' if alt else ""

    def table_open(renderer, tokens, idx, options, env):
        # A wide table scrolls inside its own box instead of widening the phone's page.
        return '<div class="table-scroll">' + renderer.renderToken(tokens, idx, options, env)

    def table_close(renderer, tokens, idx, options, env):
        return renderer.renderToken(tokens, idx, options, env) + "</div>\n"

    md.add_render_rule("link_open", link_open)
    md.add_render_rule("heading_open", heading)
    md.add_render_rule("heading_close", heading)
    md.add_render_rule("image", image)
    md.add_render_rule("table_open", table_open)
    md.add_render_rule("table_close", table_close)
    return md


def parse(text: str, profile: Profile = SLIDE, env: dict | None = None) -> list[Token]:
    """Return the tokens of a Markdown text as a profile reads it; ``env["dropped_links"]`` lists unsafe links."""
    md = parser(profile)
    env = {} if env is None else env
    return md.parseInline(text or "", env) if profile.inline else md.parse(text or "", env)


def to_html(text: str, profile: Profile = LESSON) -> Markup:
    """Return safe HTML for Markdown text: no raw HTML, no web pictures, only http/https/mailto links."""
    if profile.raw_html:
        raise ValueError("the import profile is for reading, not for showing")
    md = parser(profile)
    return Markup(md.renderInline(text or "") if profile.inline else md.render(text or ""))


def inline_html(text: str) -> Markup:
    """Return safe HTML for one line of Markdown, without a paragraph around it."""
    return to_html(text, INLINE)
