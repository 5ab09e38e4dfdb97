"""Sub-commands ``export offline`` (a package trainees open without internet) and ``verify``."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_INPUT, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail
from .export_group import export_subparsers, run_exporter


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``export offline`` and ``verify``."""
    p = export_subparsers(sub).add_parser(
        "offline",
        help="a package trainees open in any browser, with no internet",
        description="Export the course as a small web site that works with no network: a folder by default, "
        "or a .zip, one self-contained .html file, or a SCORM 1.2 .zip for a learning platform. "
        "Prints the size of each page and media item.",
    )
    p.add_argument("bundle", type=Path, help="course bundle file or folder")
    p.add_argument("-o", "--output", required=True, type=Path, help="package to write (folder, .zip or .html)")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--zip", dest="form", action="store_const", const="zip", help="write one .zip file")
    form.add_argument("--single-file", dest="form", action="store_const", const="single",
                      help="write one self-contained .html file (for messaging apps; smallest pictures only)")
    form.add_argument("--scorm", dest="form", action="store_const", const="scorm",
                      help="write a SCORM 1.2 .zip that reports quiz scores to a learning platform")
    p.add_argument("--budget", metavar="SIZE", help="largest allowed package, such as 50MB; fail if over it")
    p.add_argument("--warn-only", action="store_true", help="with --budget: only warn when over it")
    p.add_argument("--image-sizes", metavar="EDGES", default="480,1280",
                   help="longest picture edges in pixels, phone first (default: 480,1280)")
    p.add_argument("--force", action="store_true", help="replace an existing package")
    p.add_argument("--language", metavar="TAGS",
                   help="the course languages to include, such as km or zh-Hans,km: one gives a package in that "
                   "language only, several a language switch on every page (the first at the package's root); "
                   "default: every language of the course")
    p.add_argument("--report", choices=("short", "full"), default="short",
                   help="size report: the 10 largest media items (short) or all of them (full)")
    p.set_defaults(run=cmd_export_offline, form="folder")

    p = sub.add_parser(
        "verify",
        help="check that a copied offline package is complete and unchanged",
        description="Check an offline package (folder, .zip or .html) against the checksums it carries: "
        "lists missing, changed and unexpected files; exits 1 if any.",
    )
    p.add_argument("package", type=Path, help="package folder, .zip or .html file")
    p.set_defaults(run=cmd_verify)


def cmd_export_offline(args) -> int:
    """Export the bundle as an offline package and print its size report."""
    from ..exporters.offline import parse_image_sizes, parse_size

    try:
        budget = parse_size(args.budget) if args.budget else 0
        sizes = parse_image_sizes(args.image_sizes)
    except ValueError as exc:
        return fail(str(exc), EXIT_USAGE)
    if args.warn_only and not budget:
        return fail("--warn-only needs --budget", EXIT_USAGE)
    languages = tuple(t.strip() for t in (args.language or "").split(",") if t.strip())
    return run_exporter("offline", args.bundle, {
        "output": args.output, "overwrite": args.force, "form": args.form, "image_sizes": sizes,
        "budget": budget, "warn_only": args.warn_only, "languages": languages,
    }, top=0 if args.report == "full" else 10)


def cmd_verify(args) -> int:
    """Check a package against its checksum list and say what is wrong."""
    from ..exporters.offline import VerifyError, verify_package

    try:
        result = verify_package(args.package)
    except VerifyError as exc:
        return fail(str(exc), EXIT_INPUT)
    except OSError as exc:
        return fail(f"{args.package} cannot be read: {exc.strerror or exc}", EXIT_INPUT)
    for name in result.missing:
        print(f"missing: {name}")
    for name in result.changed:
        print(f"changed: {name}")
    for name in result.extra:
        print(f"extra: {name}")
    if result.ok:
        print(f"{args.package}: complete and unchanged ({result.checked} files checked)")
        return EXIT_OK
    print(f"{args.package}: NOT intact: {len(result.missing)} missing, {len(result.changed)} changed, "
          f"{len(result.extra)} extra; copy it again from the original")
    return EXIT_PROBLEMS
