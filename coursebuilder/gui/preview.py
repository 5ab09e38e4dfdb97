"""Render lesson Markdown to HTML the way trainees will see it (whole pages: exporters/offline/preview.py)."""

from __future__ import annotations

from ..presentation import markdown


def markdown_html(text: str) -> str:
    """Return the HTML for a Markdown text block, as the phone package renders it."""
    return str(markdown.to_html(text, markdown.LESSON))
