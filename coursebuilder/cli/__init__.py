"""The ``coursebuilder`` command line: sub-commands, exit codes, text progress."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from .. import __version__
from pathlib import Path

from ..bundle import BundleError, Cancelled, recover_interrupted_save
from .common import EXIT_CANCELLED, EXIT_INPUT, EXIT_OK, EXIT_USAGE, fail

#: Modules that each add their sub-commands with ``register(subparsers)``.
COMMAND_MODULES = [
    "coursebuilder.cli.core",
    "coursebuilder.cli.export_offline",
    "coursebuilder.cli.export_pptx",
    "coursebuilder.cli.importers",
    "coursebuilder.cli.translations",
    "coursebuilder.cli.classroom",
    "coursebuilder.cli.selftest",
]


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every sub-command."""
    parser = argparse.ArgumentParser(
        prog="coursebuilder",
        description=(
            "Build portable course bundles and export slide decks and offline packages. "
            "Run with no arguments to open the editor, or with a bundle to open it."
        ),
        epilog=(
            "Exit codes: 0 success, 1 problems found, 2 wrong usage, "
            "3 input cannot be read, 4 output cannot be written, 130 cancelled."
        ),
    )
    parser.add_argument("--version", action="version", version=f"CourseBuilder {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    _speak_utf8()
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr, arg-type]
    if not args_list or (args_list[0] not in commands and not args_list[0].startswith("-")):
        return _open_editor(args_list)
    args = parser.parse_args(args_list)
    # Every command that opens a bundle first finishes a save that was cut off (a stick pulled out).
    for attr in ("bundle", "into", "folder"):
        if isinstance(value := getattr(args, attr, None), Path):
            recover_interrupted_save(value)
    try:
        return int(args.run(args) or EXIT_OK)
    except BundleError as exc:
        return fail(str(exc), EXIT_INPUT)
    except Cancelled:
        return fail("cancelled", EXIT_CANCELLED)
    except KeyboardInterrupt:
        return fail("interrupted", EXIT_CANCELLED)


def _speak_utf8() -> None:
    # Course titles and messages are Chinese, Khmer, Lao: on a Windows console or a redirected
    # stdout the locale's code page cannot hold them, and a print would end the command.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):  # a stream that cannot change now keeps its encoding
                pass


def _open_editor(paths: list[str]) -> int:
    if len(paths) > 1:
        return fail("give at most one bundle to open in the editor", EXIT_USAGE)
    try:
        from ..gui import app as gui  # the one import of the GUI, declared in pyproject.toml
    except ImportError as exc:
        return fail(f"the editor cannot start: {exc}", EXIT_INPUT)
    return gui.run(paths[0] if paths else None)
