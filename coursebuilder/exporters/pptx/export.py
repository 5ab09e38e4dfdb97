"""Export a course bundle as a PowerPoint deck: the one entry point for the CLI and the editor."""

from __future__ import annotations

import os
import threading
from datetime import date as _date
from pathlib import Path

from ...appdirs import cache_dir
from ...atomic import atomic_replace, remove_stale_temps
from ..contract import check_output
from ..errors import reports_cancel
from ...bundle import BundleError, CourseBundle
from ...jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ...model.languages import localize
from ...model.text_clean import clean_course_text
from ...presentation.words import Labels
from ...presentation.scripts import ISO_15924, script_of
from . import _oxml
from ._oxml import quick_part_names, save_deck
from .errors import PptxExportError
from .markdown import DROPPED_LINKS
from .options import DeckReport, PptxOptions, PptxResult
from .pictures import picture_blocks, start_pictures
from .plan import plan_deck
from .bilingual import pair_specs
from .render import Renderer
from .reuse import SlideStore, deck_context, lay_out
from .scripts import CS_FONTS, expected_fonts
from .template import open_deck, theme_path


class _MediaReader:
    """Give the renderer the bundle's audio and video files."""

    def __init__(self, bundle: CourseBundle, embed: bool, course=None):
        self.bundle = bundle
        self.embed = embed
        self._items = (course or bundle.course).media_by_path()

    def item(self, path: str):
        """Return the media item of a path if the bundle can read it."""
        item = self._items.get(path)
        return item if item is not None and path in self.bundle.media.paths() else None

    def open(self, path: str):
        """Open a media file of the bundle."""
        return self.bundle.media.open(path)


@reports_cancel
def export_pptx(
    bundle: CourseBundle,
    options: PptxOptions,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> PptxResult:
    """Write the course (or the chosen part of it) as a .pptx deck at ``options.output``, atomically.

    Raises an ExportError with a one-line message; ``kind`` says whether the
    options, the input or the output is at fault. Raises ExportCancelled if cancelled.
    """
    out_path = options.output
    check_output(options)
    course, cleaned = _localized(bundle.course, options.language or bundle.course.language)
    dropped: list[str] = []
    dropped_token = DROPPED_LINKS.set(dropped)
    labels = Labels(course.language)
    lecturer = options.lecturer or ", ".join(a.name for a in course.authors if a.name)
    when = options.date or _date.today().isoformat()
    deck = open_deck(options.template, options.theme)
    second = None
    try:
        specs = plan_deck(course, options, labels, when, lecturer)
        if options.second_language:
            # Two localized copies with the same ids, paired slide by slide: never joined strings.
            twin, twin_cleaned = _localized(bundle.course, options.second_language)
            cleaned += twin_cleaned
            second = (twin.language, Labels(twin.language))
            specs = pair_specs(specs, plan_deck(twin, options, second[1], when, lecturer), twin.language)
    except PptxExportError:
        DROPPED_LINKS.reset(dropped_token)
        raise

    blocks = picture_blocks(specs)
    total = len(blocks) + len(specs) + 1
    done = {"pictures": 0, "slides": 0}
    reporting = threading.Lock()

    def step(what: str, n: int, message: str) -> None:
        # Pictures are made (in another thread) while slides are laid out: progress counts both, in order.
        with reporting:
            done[what] = max(done[what], n)
            progress(done["pictures"] + done["slides"], total, message)

    def picture_step(n: int, _total: int, _message: str = "") -> None:
        step("pictures", n, "making pictures")

    footer = course.title + (f" · {options.venue}" if options.venue else "")
    store = SlideStore(cache_dir() / "slides")
    try:
        with start_pictures(bundle, blocks, options.image_size, progress=picture_step, cancel=cancel) as pictures:
            renderer = Renderer(deck, language=course.language, labels=labels, footer=footer, pictures=pictures,
                                media_reader=_MediaReader(bundle, options.embed_media, course), second=second)
            context = deck_context(options.template or theme_path(options.theme), options,
                                   language=course.language, footer=renderer.footer,
                                   latin=(deck.latin_minor, deck.latin_major))
            with quick_part_names(deck.prs) as picture_part:
                fresh = lay_out(renderer, specs, pictures, context, store, picture_part, cancel=cancel,
                                done=lambda n: step("slides", n, "laying out slides"))
            warnings = pictures.warnings
    except BundleError as exc:
        raise PptxExportError(str(exc), "input") from None
    finally:
        DROPPED_LINKS.reset(dropped_token)
    cancel.check()
    fonts = _declare_fonts(deck.prs)
    size = _save_atomically(deck.prs, out_path)
    for key, entry in fresh:
        store.put(key, entry)
    progress(total, total, "saved")
    notes = [f"{place}: {change}" for place, change in cleaned]
    if dropped:
        notes.append(f"{len(dropped)} links left as plain text (only http, https and mailto are allowed): "
                     + ", ".join(sorted(set(dropped)))[:300])
    report = DeckReport(len(deck.prs.slides), len(pictures), renderer.embedded_media, tuple(fonts))
    return PptxResult(out_path, size, report, warnings + renderer.warnings + notes)


def _declare_fonts(prs) -> list[str]:
    """Say in the deck's properties (and return) which fonts its Khmer, Lao, Thai or Arabic text expects.

    The theme also gets those fonts per script, so text typed into the deck later finds them.
    """
    scripts = {script_of(ch) for ch in _oxml.deck_characters(prs)}
    lines = expected_fonts(scripts)
    _oxml.theme_script_fonts(prs, {ISO_15924[s]: CS_FONTS[s].typeface for s in ("km", "lo") if s in scripts})
    if lines:
        prs.core_properties.comments = "Fonts: " + "; ".join(lines) + "."
    return lines


def _localized(course, language: str):
    """Return the course wholly in one of its languages, with the text a deck's XML cannot hold cleaned out."""
    try:
        twin = localize(course, language)
    except ValueError as exc:  # not one of the course's languages: the message names them
        raise PptxExportError(str(exc), "usage") from None
    # Vertical tabs, NUL and U+FFFE pasted from other programs cannot go into a deck's XML.
    return twin, clean_course_text(twin)


def _save_atomically(prs, out_path: Path) -> int:
    """Save next to the target, then replace it, so a failed export never leaves half a deck."""
    remove_stale_temps(out_path.parent, out_path.name)
    try:
        with atomic_replace(out_path) as tmp:
            with open(tmp, "wb") as fh:
                save_deck(prs, fh)
            size = os.path.getsize(tmp)
        return size
    except OSError as exc:
        raise PptxExportError(f"cannot write {out_path}: {exc.strerror or exc}", "output") from None
