"""Sub-command ``export pptx``: a slide deck a lecturer can present from PowerPoint or LibreOffice."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from ..exporters.pptx import DEFAULT_IMAGE_SIZE, THEMES
from .common import EXIT_INPUT, EXIT_USAGE, fail
from .export_group import export_subparsers, run_exporter


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``export pptx``."""
    p = export_subparsers(sub).add_parser(
        "pptx",
        help="a slide deck for PowerPoint or LibreOffice Impress",
        description="Export the course, one module or chosen lessons as a .pptx slide deck: title slide, "
        "a section per module, lesson slides from the text, pictures, exercises and quizzes (question, then "
        "answer), surveys and a closing slide, with speaker notes. Long text continues on further slides.",
    )
    p.add_argument("bundle", type=Path, help="course bundle file or folder")
    p.add_argument("-o", "--output", required=True, type=Path, help="deck to write (NAME.pptx)")
    p.add_argument("--module", type=int, metavar="N", help="export only module N (1 is the first)")
    p.add_argument("--lessons", metavar="ID,...", default="",
                   help="export only these lessons, quizzes or surveys, by their ids in course.yaml "
                   "(a wrong id lists the right ones)")
    p.add_argument("--theme", choices=THEMES, default="default",
                   help="built-in look: default, or high-contrast for bright rooms and weak projectors")
    p.add_argument("--template", type=Path, metavar="FILE.pptx",
                   help="use the slide masters and layouts of your own .pptx or .potx template instead")
    p.add_argument("--image-size", type=int, default=DEFAULT_IMAGE_SIZE, metavar="PIXELS",
                   help=f"longest picture edge in pixels (default: {DEFAULT_IMAGE_SIZE})")
    p.add_argument("--venue", default="", help="where the session takes place (title slide and footer)")
    p.add_argument("--date", default="", metavar="YYYY-MM-DD", help="the session's date (default: today)")
    p.add_argument("--lecturer", default="", help="who presents (default: the course's authors)")
    p.add_argument("--no-media", action="store_true", help="name audio and video files without embedding them")
    langs = p.add_mutually_exclusive_group()
    langs.add_argument("--language", default="", metavar="TAG",
                       help="the deck in one of the course's languages, such as km (default: the course's own)")
    langs.add_argument("--languages", default="", metavar="TAG,TAG",
                       help="two languages on every slide, the second under the first and smaller, "
                       "such as zh-Hans,en")
    p.add_argument("--force", action="store_true", help="replace an existing deck")
    p.set_defaults(run=cmd_export_pptx)


def cmd_export_pptx(args) -> int:
    """Write the deck and print what it holds."""
    if args.output.suffix.lower() != ".pptx":
        return fail(f"{args.output} must end in .pptx", EXIT_USAGE)
    if args.date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", args.date):
        return fail(f"--date {args.date!r} is not a date like 2026-03-15", EXIT_USAGE)
    if args.template is not None and not args.template.is_file():
        return fail(f"the template {args.template} does not exist", EXIT_INPUT)
    first, second = args.language, ""
    if args.languages:
        tags = [t.strip() for t in args.languages.split(",") if t.strip()]
        if len(tags) != 2:
            return fail(f"--languages {args.languages!r} must name two languages, such as zh-Hans,en", EXIT_USAGE)
        first, second = tags
    return run_exporter("pptx", args.bundle, {
        "output": args.output,
        "overwrite": args.force,
        "module": args.module,
        "lessons": tuple(x.strip() for x in args.lessons.split(",") if x.strip()),
        "theme": args.theme,
        "template": args.template,
        "image_size": args.image_size,
        "venue": args.venue,
        "date": args.date,
        "lecturer": args.lecturer,
        "embed_media": not args.no_media,
        "language": first,
        "second_language": second,
    })
