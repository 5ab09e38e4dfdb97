"""Sub-commands that bring material in (import pptx, markdown, gift, photos) and export GIFT."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..bundle import BUNDLE_SUFFIX, BundleError, open_bundle, save_bundle
from ..importers import (
    ImportFailure,
    import_gift,
    import_markdown_folder,
    import_photos,
    import_pptx,
    new_course_bundle,
)
from ..model import validate_course
from ..model.validate import ERROR, is_language_tag
from .common import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_PROBLEMS, EXIT_USAGE, TextProgress, fail, print_notes
from .export_group import export_subparsers, run_exporter


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``import pptx|markdown|gift|photos`` and ``export gift``."""
    parser = sub.add_parser(
        "import",
        help="bring in PowerPoint decks, Markdown notes, GIFT question banks or photos",
        description="Import material into a new course (-o) or an existing one (--into). "
        "Nothing is changed unless the whole import succeeds.",
    )
    kinds = parser.add_subparsers(dest="import_kind", metavar="KIND", required=True)

    p = kinds.add_parser("pptx", help="a PowerPoint deck (.pptx)", description=(
        "Import a .pptx deck: slide titles, text with bullet levels, bold and italic, pictures, tables and "
        "speaker notes. Deck sections become modules and section-header slides start lessons. Charts, "
        "SmartArt, animations and embedded media are listed, not imported."))
    p.add_argument("source", type=Path, help="the deck (.pptx)")
    _target_options(p)
    p.set_defaults(run=cmd_import_pptx)

    p = kinds.add_parser("markdown", help="a folder of Markdown notes", description=(
        "Import a folder: each .md file becomes a lesson (in name order), each subfolder a module, each "
        ".gift file a quiz. Front matter may give title, objectives, minutes and notes; pictures linked "
        "with ![alt](path) become picture blocks."))
    p.add_argument("source", type=Path, help="the folder")
    _target_options(p)
    p.set_defaults(run=cmd_import_markdown)

    p = kinds.add_parser("gift", help="a Moodle GIFT question bank", description=(
        "Import a GIFT question bank as a new quiz; with --into, into an existing quiz (--quiz), "
        "as an exercise in a lesson (--lesson), or as a new quiz in a module (--module)."))
    p.add_argument("source", type=Path, help="the question bank (.gift or .txt)")
    _target_options(p)
    where = p.add_mutually_exclusive_group()
    where.add_argument("--quiz", default="", help="id or title of the quiz or survey to add the questions to")
    where.add_argument("--lesson", default="", help="id or title of the lesson to add an exercise to")
    where.add_argument("--module", default="", help="id or title of the module to add a new quiz to")
    p.add_argument("--title", default="", help="title of the new quiz or exercise (default: from the file name)")
    p.set_defaults(run=cmd_import_gift)

    p = kinds.add_parser("photos", help="a folder of photos into a lesson", description=(
        "Add every photo in a folder to a lesson as picture blocks, in the order they were taken "
        "(from the camera's EXIF date, else the file date, else the name)."))
    p.add_argument("source", type=Path, help="the folder of photos")
    p.add_argument("--into", required=True, type=Path, help="the course bundle to add them to")
    p.add_argument("--lesson", required=True, help="id or title of the lesson")
    p.set_defaults(run=cmd_import_photos)

    p = export_subparsers(sub).add_parser("gift", help="the course's questions as a Moodle GIFT file", description=(
        "Write every quiz and exercise question as GIFT for Moodle. Questions GIFT cannot hold "
        "(ordering, rating scales, several blanks) are listed, not written."))
    p.add_argument("bundle", type=Path, help="bundle file or folder")
    p.add_argument("-o", "--output", required=True, type=Path, help="GIFT file to write")
    p.add_argument("--categories", action="store_true",
                   help="put questions without a category into 'Module/Quiz' categories")
    p.add_argument("--language", default="", metavar="TAG",
                   help="the questions in one of the course's languages, such as km (default: the course's own)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(run=cmd_export_gift)


def _target_options(p: argparse.ArgumentParser) -> None:
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=Path, help=f"new course bundle to create (NAME{BUNDLE_SUFFIX})")
    target.add_argument("--into", type=Path, help="existing course bundle to add to (saved in place)")
    p.add_argument("--folder", action="store_true", help="with -o: write an unpacked folder instead of one file")
    p.add_argument("--force", action="store_true", help="with -o: replace an existing bundle")
    p.add_argument("--language", default="", help="with -o: language tag of the new course (default: guessed)")


def _run_import(args, importer) -> int:
    if args.language and not is_language_tag(args.language):
        return fail(f"{args.language!r} is not a language tag; use one like en, zh-Hans, km or lo", EXIT_USAGE)
    if not args.source.exists():
        return fail(f"{args.source} does not exist", EXIT_INPUT)
    if args.output is not None:
        if args.output.exists() and not args.force:
            return fail(f"{args.output} already exists; use --force to replace it", EXIT_OUTPUT)
        bundle = new_course_bundle(language=args.language or "en")
        target, folder = args.output, args.folder
    else:
        bundle = open_bundle(args.into)
        target, folder = args.into, None
    try:
        report = importer(bundle)
    except ImportFailure as exc:
        return fail(str(exc), EXIT_INPUT)
    if args.output is not None and args.language:
        bundle.course.language = args.language
    return _finish(bundle, report, target, folder)


def _finish(bundle, report, target: Path, folder) -> int:
    for notice in report.notices:
        print(f"note: {notice}", file=sys.stderr)
    errors = [p for p in validate_course(bundle.course) if p.severity == ERROR]
    for problem in errors:
        print(f"error: {problem}", file=sys.stderr)
    try:
        print_notes(save_bundle(bundle, target, folder=folder, progress=TextProgress("saving")))
    except BundleError as exc:
        return fail(str(exc), EXIT_OUTPUT)
    print(f"imported {report.summary()} into {target}")
    if errors:
        print(f"{len(errors)} problems to fix; see 'coursebuilder validate {target}'", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def cmd_import_pptx(args) -> int:
    """Import a PowerPoint deck."""
    return _run_import(args, lambda b: import_pptx(b, args.source, progress=TextProgress("reading slides")))


def cmd_import_markdown(args) -> int:
    """Import a folder of Markdown notes."""
    return _run_import(args, lambda b: import_markdown_folder(b, args.source, progress=TextProgress("reading notes")))


def cmd_import_gift(args) -> int:
    """Import a GIFT question bank."""
    if args.output is not None and (args.quiz or args.lesson or args.module):
        return fail("--quiz, --lesson and --module need --into EXISTING", EXIT_USAGE)
    return _run_import(
        args,
        lambda b: import_gift(b, args.source, quiz=args.quiz, lesson=args.lesson, module=args.module, title=args.title),
    )


def cmd_import_photos(args) -> int:
    """Import a folder of photos into a lesson."""
    if not args.source.exists():
        return fail(f"{args.source} does not exist", EXIT_INPUT)
    bundle = open_bundle(args.into)
    try:
        report = import_photos(bundle, args.source, args.lesson, progress=TextProgress("adding photos"))
    except ImportFailure as exc:
        return fail(str(exc), EXIT_INPUT)
    return _finish(bundle, report, args.into, None)


def cmd_export_gift(args) -> int:
    """Write the course's questions as GIFT."""
    return run_exporter("gift", args.bundle, {"output": args.output, "overwrite": args.force,
                                              "outline_categories": args.categories, "language": args.language})
