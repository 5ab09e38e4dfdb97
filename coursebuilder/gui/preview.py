"""Render Markdown and whole lessons to HTML the way trainees will see them."""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QCoreApplication

from ..model import (
    AudioBlock,
    ExerciseBlock,
    FileBlock,
    FillBlankQuestion,
    ImageBlock,
    Lesson,
    MatchingQuestion,
    NumericQuestion,
    OpenTextQuestion,
    OrderingQuestion,
    Question,
    RatingScaleQuestion,
    TextBlock,
    TrueFalseQuestion,
    VideoBlock,
)
from ..model.kinds import KindRegistry
from ..model.questions import QUESTION_TYPES, ChoiceQuestion
from ..presentation import markdown
from ..presentation.order import mixed_order
from ..presentation.words import phone_words


def tr(text: str) -> str:
    """Translate a preview string."""
    return QCoreApplication.translate("preview", text)


def words(language: str) -> dict[str, str]:
    """Return the words trainees see around the content, in the course's language (as the phone package shows them)."""
    return phone_words(language)


def markdown_html(text: str) -> str:
    """Return the HTML for a Markdown text block, as the phone package renders it."""
    return str(markdown.to_html(text, markdown.LESSON))


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


#: What the preview shows under a question's prompt, per kind: (question, words) -> HTML lines.
PREVIEW: KindRegistry[Callable[..., list[str]]] = KindRegistry("editor preview")


def question_html(number: int, q: Question, w: dict[str, str] | None = None) -> str:
    """Return a question as the trainee sees it, before answering."""
    w = w or words("en")
    out = [f"<p><b>{number}.</b> {html.escape(q.prompt)}</p>"]
    out += PREVIEW[q](q, w) if q.type in QUESTION_TYPES else ["<p>&nbsp;&nbsp;[ ______ ]</p>"]
    if q.hint:
        out.append(f"<p><small>💡 {html.escape(q.hint)}</small></p>")
    return "\n".join(out)


@PREVIEW.register("single_choice", "multiple_choice")
def _choices(q: ChoiceQuestion, w: dict[str, str]) -> list[str]:
    mark = "○" if q.type == "single_choice" else "☐"
    return [f"<p>&nbsp;&nbsp;{mark} {html.escape(c.text)}</p>" for c in q.choices]


@PREVIEW.register("true_false")
def _true_false(q: TrueFalseQuestion, w: dict[str, str]) -> list[str]:
    return [f"<p>&nbsp;&nbsp;○ {html.escape(w['true'])} &nbsp; ○ {html.escape(w['false'])}</p>"]


@PREVIEW.register("fill_blank")
def _fill_blank(q: FillBlankQuestion, w: dict[str, str]) -> list[str]:
    return ["<p>&nbsp;&nbsp;" + " ____ ".join(html.escape(p) for p in q.sentence_parts()) + "</p>"]


@PREVIEW.register("matching")
def _matching(q: MatchingQuestion, w: dict[str, str]) -> list[str]:
    return [f"<p>&nbsp;&nbsp;{html.escape(p.left)} → ?</p>" for p in q.pairs]


@PREVIEW.register("ordering")
def _ordering(q: OrderingQuestion, w: dict[str, str]) -> list[str]:
    # The order the phone and the slides offer the steps in.
    return [f"<p>&nbsp;&nbsp;☰ {html.escape(q.items[i])}</p>" for i in mixed_order(len(q.items), q.id)]


@PREVIEW.register("numeric")
def _numeric(q: NumericQuestion, w: dict[str, str]) -> list[str]:
    return [f"<p>&nbsp;&nbsp;[ ____ ] {html.escape(q.unit)}</p>"]


@PREVIEW.register("rating_scale")
def _rating(q: RatingScaleQuestion, w: dict[str, str]) -> list[str]:
    steps = " ".join(f"[{n}]" for n in range(q.scale_min, q.scale_max + 1))
    return [f"<p>&nbsp;&nbsp;{html.escape(q.min_label)} {steps} {html.escape(q.max_label)}</p>"]


@PREVIEW.register("open_text")
def _open_text(q: OpenTextQuestion, w: dict[str, str]) -> list[str]:
    return ["<p>&nbsp;&nbsp;[ ______________ ]</p>"]


@PREVIEW.register("short_answer")
def _short_answer(q: Question, w: dict[str, str]) -> list[str]:
    return ["<p>&nbsp;&nbsp;[ ______ ]</p>"]
