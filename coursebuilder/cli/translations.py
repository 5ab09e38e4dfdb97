"""``translations export`` and ``translations import``: a language's texts to a translator and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..atomic import atomic_replace
from ..bundle import BundleError, open_bundle, save_bundle
from ..translation import FORMATS, TranslationFileError, export_translations, plan_import, read_translations
from ..translation.rows import MAX_FILE_BYTES
from .common import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, TextProgress, fail, print_notes

_SUFFIXES = {".xlf": "xliff", ".xliff": "xliff", ".csv": "csv", ".xlsx": "xlsx"}


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``translations export`` and ``translations import``."""
    parser = sub.add_parser(
        "translations", help="send a language's texts to a translator (XLIFF, CSV, XLSX) and bring them back",
        description="Export every text of a course for translation into one of its languages, and import the "
        "translated file: the report says what changed, what is missing and what no longer matches its source.")
    actions = parser.add_subparsers(dest="translations_action", metavar="ACTION", required=True)

    p = actions.add_parser("export", help="write the texts of one language for a translator", description=(
        "Write each text with its place, its source and its current translation. XLIFF 2.0 is for translation "
        "tools; CSV (UTF-8) and XLSX open in Excel and LibreOffice."))
    p.add_argument("bundle", type=Path, help="bundle file or folder")
    p.add_argument("--language", required=True, help="the language to translate into, such as km or lo")
    p.add_argument("--format", choices=sorted(FORMATS), default="",
                   help="file format (default: from the output's suffix: .xlf, .csv or .xlsx)")
    p.add_argument("-o", "--output", required=True, type=Path, help="file to write")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(run=cmd_export)

    p = actions.add_parser("import", help="bring a translated file back into the course", description=(
        "Read a file exported by 'translations export' and filled in (XLIFF, CSV or XLSX, told apart by content) "
        "and save its translations into the bundle. Texts whose source changed since the export are applied "
        "and marked stale, for checking."))
    p.add_argument("bundle", type=Path, help="bundle file or folder (saved in place)")
    p.add_argument("file", type=Path, help="the translated file")
    p.add_argument("--dry-run", action="store_true", help="print the report without changing the bundle")
    p.set_defaults(run=cmd_import)


def cmd_export(args) -> int:
    """Write a translator's file for one language."""
    if not args.bundle.exists():
        return fail(f"{args.bundle} does not exist", EXIT_INPUT)
    fmt = args.format or _SUFFIXES.get(args.output.suffix.lower(), "")
    if not fmt:
        return fail(f"say --format ({', '.join(sorted(FORMATS))}): {args.output.name} has no suffix that names one",
                    EXIT_USAGE)
    if args.output.exists() and not args.force:
        return fail(f"{args.output} already exists; use --force to replace it", EXIT_OUTPUT)
    bundle = open_bundle(args.bundle)
    try:
        data = export_translations(bundle.course, args.language, fmt)
    except (ValueError, TranslationFileError) as exc:
        return fail(str(exc), EXIT_USAGE)
    try:
        with atomic_replace(args.output) as tmp:
            tmp.write_bytes(data)
    except OSError as exc:
        return fail(f"{args.output} cannot be written: {exc.strerror or exc}", EXIT_OUTPUT)
    print(f"wrote the {args.language} texts of {args.bundle} to {args.output}")
    return EXIT_OK


def cmd_import(args) -> int:
    """Apply a translated file to a bundle and print what it did."""
    for path in (args.bundle, args.file):
        if not path.exists():
            return fail(f"{path} does not exist", EXIT_INPUT)
    try:
        if args.file.stat().st_size > MAX_FILE_BYTES:
            return fail(f"{args.file} is larger than any course's texts; refused", EXIT_INPUT)
        data = args.file.read_bytes()
    except OSError as exc:
        return fail(f"{args.file} cannot be read: {exc.strerror or exc}", EXIT_INPUT)
    bundle = open_bundle(args.bundle)
    try:
        report = plan_import(bundle.course, read_translations(data, args.file.name))
    except TranslationFileError as exc:
        return fail(str(exc), EXIT_INPUT)
    for line in report.lines():
        print(line)
    if report.operation is None or args.dry_run:
        print("nothing to save" if report.operation is None else "dry run: the bundle is unchanged")
        return EXIT_OK
    report.operation.apply()
    try:
        print_notes(save_bundle(bundle, args.bundle, progress=TextProgress("saving")))
    except BundleError as exc:
        return fail(str(exc), EXIT_OUTPUT)
    print(f"saved {args.bundle}")
    return EXIT_OK
