"""Render Markdown and whole lessons to HTML the way trainees will see them."""

from __future__ import annotations

import html
from typing import Callable

from markdown_it import MarkdownIt
from PySide6.QtCore import QCoreApplication

from ..model import (
    AudioBlock,
    ExerciseBlock,
    FileBlock,
    FillBlankQuestion,
    ImageBlock,
    Lesson,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OpenTextQuestion,
    OrderingQuestion,
    Question,
    RatingScaleQuestion,
    SingleChoiceQuestion,
    TextBlock,
    TrueFalseQuestion,
    VideoBlock,
)

# Raw HTML stays off: a pasted <script> or <img onerror> must show as text, not run.
_MD = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table").enable("strikethrough")


def tr(text: str) -> str:
    """Translate a preview string."""
    return QCoreApplication.translate("preview", text)


def words(language: str) -> dict[str, str]:
    """Return the words trainees see around the content, in the course's language (as the phone package shows them)."""
    from ..exporters.offline.strings import ui_strings

    return ui_strings(language)


def markdown_html(text: str) -> str:
    """Return the HTML for a Markdown text block."""
    return _MD.render(text or "")


def lesson_html(lesson: Lesson, image_url: Callable[[str], tuple[str, int] | None], language: str = "en") -> str:
    """Return one lesson as a trainee's phone would show it.

    ``image_url`` maps a media path to a picture URL and its width in pixels.
    """
    w = words(language)
    out = [f"<h1>{html.escape(lesson.title)}</h1>"]
    if lesson.minutes:
        out.append(f"<p><i>{html.escape(w['minutes'].format(n=lesson.minutes))}</i></p>")
    if lesson.objectives:
        out.append(f"<p><b>{html.escape(w['objectives'])}</b></p><ul>")
        out += [f"<li>{html.escape(o)}</li>" for o in lesson.objectives]
        out.append("</ul>")
    for block in lesson.blocks:
        out.append(block_html(block, image_url, w))
    return "\n".join(out)


def block_html(block, image_url: Callable[[str], tuple[str, int] | None], w: dict[str, str] | None = None) -> str:
    """Return the HTML of one block; ``w`` holds the trainee-facing words."""
    w = w or words("en")
    if isinstance(block, TextBlock):
        return markdown_html(block.markdown)
    if isinstance(block, ImageBlock):
        found = image_url(block.media) if block.media else None
        url, width = found or ("", 0)
        # Never blow a small picture up past its own size: it would look broken.
        pic = (
            f'<img src="{html.escape(url)}" alt="{html.escape(block.alt)}" width="{min(320, width or 320)}">'
            if url
            else f"<p>[{html.escape(block.alt or tr('picture'))}]</p>"
        )
        return f"<p>{pic}</p>{_caption(block)}"
    if isinstance(block, (AudioBlock, VideoBlock)):
        icon = "🔊" if isinstance(block, AudioBlock) else "🎬"
        text = f"<p>{icon} <b>{html.escape(block.title or block.media)}</b></p>{_caption(block)}"
        if block.transcript:
            text += f"<p><small>{html.escape(block.transcript)}</small></p>"
        return text
    if isinstance(block, FileBlock):
        return f"<p>📄 <b>{html.escape(block.title or block.media)}</b> {html.escape(block.description)}</p>"
    if isinstance(block, ExerciseBlock):
        out = [f"<h3>{html.escape(block.title or w['exercise'])}</h3>"]
        if block.instructions:
            out.append(markdown_html(block.instructions))
        out += [question_html(i + 1, q, w) for i, q in enumerate(block.questions)]
        return "\n".join(out)
    return ""


def _caption(block) -> str:
    parts = [html.escape(block.caption)] if block.caption else []
    if block.credit:
        parts.append(f"<small>{html.escape(tr('Credit:'))} {html.escape(block.credit)}</small>")
    return f"<p><i>{' '.join(parts)}</i></p>" if parts else ""


def question_html(number: int, q: Question, w: dict[str, str] | None = None) -> str:
    """Return a question as the trainee sees it, before answering."""
    w = w or words("en")
    prompt = html.escape(q.prompt)
    out = [f"<p><b>{number}.</b> {prompt}</p>"]
    if isinstance(q, (SingleChoiceQuestion, MultipleChoiceQuestion)):
        mark = "○" if isinstance(q, SingleChoiceQuestion) else "☐"
        out += [f"<p>&nbsp;&nbsp;{mark} {html.escape(c.text)}</p>" for c in q.choices]
    elif isinstance(q, TrueFalseQuestion):
        out.append(f"<p>&nbsp;&nbsp;○ {html.escape(w['true'])} &nbsp; ○ {html.escape(w['false'])}</p>")
    elif isinstance(q, FillBlankQuestion):
        parts = q.sentence_parts()
        out.append("<p>&nbsp;&nbsp;" + " ____ ".join(html.escape(p) for p in parts) + "</p>")
    elif isinstance(q, MatchingQuestion):
        out += [f"<p>&nbsp;&nbsp;{html.escape(p.left)} → ?</p>" for p in q.pairs]
    elif isinstance(q, OrderingQuestion):
        out += [f"<p>&nbsp;&nbsp;☰ {html.escape(i)}</p>" for i in sorted(q.items)]
    elif isinstance(q, NumericQuestion):
        out.append(f"<p>&nbsp;&nbsp;[ ____ ] {html.escape(q.unit)}</p>")
    elif isinstance(q, RatingScaleQuestion):
        steps = " ".join(f"[{n}]" for n in range(q.scale_min, q.scale_max + 1))
        out.append(f"<p>&nbsp;&nbsp;{html.escape(q.min_label)} {steps} {html.escape(q.max_label)}</p>")
    elif isinstance(q, OpenTextQuestion):
        out.append("<p>&nbsp;&nbsp;[ ______________ ]</p>")
    else:
        out.append("<p>&nbsp;&nbsp;[ ______ ]</p>")
    if q.hint:
        out.append(f"<p><small>💡 {html.escape(q.hint)}</small></p>")
    return "\n".join(out)
