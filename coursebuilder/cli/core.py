"""Sub-commands for bundles themselves: new, info, validate, pack, unpack."""

from __future__ import annotations

import argparse
from datetime import datetime, timezone
from pathlib import Path

from ..bundle import BUNDLE_SUFFIX, BundleError, CourseBundle, check_bundle, has_errors, open_bundle, save_bundle
from ..model import Course, Lesson, Module, Person
from ..model.languages import course_languages, language_status
from ..model.validate import ERROR, INFO, is_language_tag
from .common import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_PROBLEMS, EXIT_USAGE, TextProgress, fail, print_notes


def register(sub: argparse._SubParsersAction) -> None:
    """Add the bundle sub-commands."""
    p = sub.add_parser("new", help="create a new course bundle", description="Create a new, empty course bundle.")
    p.add_argument("title", help="the course title")
    p.add_argument("-o", "--output", required=True, type=Path, help=f"bundle to create (NAME{BUNDLE_SUFFIX})")
    p.add_argument("--language", default="en", help="BCP 47 language tag, such as en, zh-Hans, km, lo (default: en)")
    p.add_argument("--author", action="append", default=[], help="author name (repeat for several)")
    p.add_argument("--folder", action="store_true", help="write an unpacked folder instead of one file")
    p.add_argument("--force", action="store_true", help="overwrite an existing bundle")
    p.set_defaults(run=cmd_new)

    p = sub.add_parser("info", help="show what a bundle holds", description="Show a bundle's course, outline and media.")
    p.add_argument("bundle", type=Path, help="bundle file or folder")
    p.set_defaults(run=cmd_info)

    p = sub.add_parser(
        "validate",
        help="check a bundle and list every problem",
        description="Check a bundle: its structure, every media file and the course itself. "
        "Prints each problem with its place; exits 1 if there are errors.",
    )
    p.add_argument("bundle", type=Path, help="bundle file or folder")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.set_defaults(run=cmd_validate)

    p = sub.add_parser("pack", help="pack a bundle folder into one file", description="Pack an unpacked bundle folder into one .coursebundle file.")
    p.add_argument("folder", type=Path, help="unpacked bundle folder")
    p.add_argument("-o", "--output", required=True, type=Path, help="bundle file to write")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(run=cmd_pack)

    p = sub.add_parser("unpack", help="unpack a bundle file into a folder", description="Unpack a .coursebundle file into a folder, checking it first.")
    p.add_argument("bundle", type=Path, help="bundle file")
    p.add_argument("-o", "--output", required=True, type=Path, help="folder to create")
    p.add_argument("--force", action="store_true", help="write into an existing bundle folder")
    p.set_defaults(run=cmd_unpack)


def _refuse_existing(path: Path, force: bool) -> int | None:
    if path.exists() and not force:
        return fail(f"{path} already exists; use --force to replace it", EXIT_OUTPUT)
    return None


def cmd_new(args) -> int:
    """Create a bundle holding an empty course with one module and lesson."""
    if not is_language_tag(args.language):
        return fail(f"{args.language!r} is not a language tag; use one like en, zh-Hans, km or lo", EXIT_USAGE)
    if (code := _refuse_existing(args.output, args.force)) is not None:
        return code
    if args.output.is_dir():
        return fail(
            f"{args.output} is a folder and may hold a course; 'new' never replaces a folder: "
            "choose another name or move that folder away first",
            EXIT_OUTPUT,
        )
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    course = Course(
        title=args.title,
        language=args.language,
        authors=[Person(name=a) for a in args.author],
        created=now,
        modified=now,
        modules=[Module(title="Module 1", items=[Lesson(title="Lesson 1")])],
    )
    try:
        save_bundle(CourseBundle(course=course), args.output, folder=args.folder)
    except BundleError as exc:
        return fail(str(exc), EXIT_OUTPUT)
    print(f"created {args.output}")
    return EXIT_OK


def cmd_info(args) -> int:
    """Print the course metadata, outline and media totals."""
    bundle = open_bundle(args.bundle)
    c = bundle.course
    print(f"Title:     {c.title}")
    if c.subtitle:
        print(f"Subtitle:  {c.subtitle}")
    print(f"Language:  {c.language}")
    for lang in course_languages(c)[1:]:
        status = language_status(c, lang)
        gaps = f", {len(status.missing)} missing, {len(status.stale)} stale" if not status.complete else ""
        print(f"           {lang}: {status.done} of {status.total} translated{gaps}")
    if c.authors:
        print(f"Authors:   {', '.join(a.name for a in c.authors)}")
    print(f"Licence:   {c.licence}")
    print(f"Version:   {c.version}")
    lessons = sum(len(m.lessons()) for m in c.modules)
    minutes = sum(lesson.minutes for lesson in c.lessons())
    print(f"Outline:   {len(c.modules)} modules, {lessons} lessons, about {minutes} minutes")
    for mi, module in enumerate(c.modules, 1):
        print(f"  {mi}. {module.title}")
        for item in module.items:
            extra = f" ({len(item.questions)} questions)" if hasattr(item, "questions") else ""
            print(f"     - {item.label}: {item.title}{extra}")
    size = sum(m.size for m in c.media)
    print(f"Media:     {len(c.media)} files, {_human(size)}")
    return EXIT_OK


def _human(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def cmd_validate(args) -> int:
    """Print every problem with its place; exit 1 if any is an error."""
    if not args.bundle.exists():
        return fail(f"{args.bundle} does not exist", EXIT_INPUT)
    problems = check_bundle(args.bundle, progress=TextProgress("checking media"))
    for p in problems:
        print(f"{p.severity}: {p}")
    errors = sum(p.severity == ERROR for p in problems)
    notes = sum(p.severity == INFO for p in problems)
    warnings = len(problems) - errors - notes
    # Notes (what is left to translate) are news, not faults: they never fail --strict.
    print(f"{args.bundle}: {errors} errors, {warnings} warnings" + (f", {notes} notes" if notes else ""))
    failed = has_errors(problems) or (args.strict and warnings)
    return EXIT_PROBLEMS if failed else EXIT_OK


def _copy_bundle(src: Path, out: Path, force: bool, folder: bool) -> int:
    problems = check_bundle(src, progress=TextProgress("checking"))
    if has_errors(problems):
        for p in problems:
            if p.severity == ERROR:
                print(f"error: {p}")
        return fail(f"{src} has errors; fix them before copying it", EXIT_INPUT)
    if (code := _refuse_existing(out, force)) is not None:
        return code
    if out.exists() and out.is_dir() != folder:
        return fail(f"{out} exists and is not a {'folder' if folder else 'file'}", EXIT_OUTPUT)
    bundle = open_bundle(src)
    try:
        notes = save_bundle(bundle, out, folder=folder, manifest=bundle.manifest_raw, progress=TextProgress("writing"))
    except BundleError as exc:
        return fail(str(exc), EXIT_OUTPUT)
    print_notes(notes)
    print(f"wrote {out}")
    return EXIT_OK


def cmd_pack(args) -> int:
    """Pack a folder bundle into one file, copying manifest and media byte for byte."""
    if not args.folder.is_dir():
        return fail(f"{args.folder} is not a folder", EXIT_INPUT)
    return _copy_bundle(args.folder, args.output, args.force, folder=False)


def cmd_unpack(args) -> int:
    """Unpack a bundle file into a folder, copying manifest and media byte for byte."""
    if args.bundle.is_dir():
        return fail(f"{args.bundle} is already a folder", EXIT_INPUT)
    return _copy_bundle(args.bundle, args.output, args.force, folder=True)
