"""Render lecturer Markdown to safe HTML: no raw HTML, no pictures from the web, plain links only."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markupsafe import Markup

from ...model.text_clean import ALLOWED_SCHEMES, link_allowed  # noqa: F401 - ALLOWED_SCHEMES re-exported


class _SafeMarkdown(MarkdownIt):
    def validateLink(self, url: str) -> bool:
        # Relative links would point into the package, where nothing of the lecturer's lives.
        return link_allowed(url)


def _make() -> MarkdownIt:
    md = _SafeMarkdown("commonmark", {"html": False})
    # A picture from the web would break offline and is blocked by the page's policy anyway.
    md.disable("image")

    def link_open(renderer, tokens, idx, options, env):
        tokens[idx].attrSet("rel", "noopener noreferrer")
        tokens[idx].attrSet("target", "_blank")
        return renderer.renderToken(tokens, idx, options, env)

    md.add_render_rule("link_open", link_open)

    def heading(renderer, tokens, idx, options, env):
        # The page title is the only h1: a lecturer's "# Heading" becomes h2, and so on down.
        level = min(int(tokens[idx].tag[1]) + 1, 6)
        tokens[idx].tag = f"h{level}"
        return renderer.renderToken(tokens, idx, options, env)

    md.add_render_rule("heading_open", heading)
    md.add_render_rule("heading_close", heading)
    return md


_MD = _make()


def render_markdown(text: str) -> Markup:
    """Return HTML for Markdown text, safe to put in a page as is."""
    return Markup(_MD.render(text or ""))


def render_inline(text: str) -> Markup:
    """Return HTML for one line of Markdown, without a paragraph around it."""
    return Markup(_MD.renderInline(text or ""))
