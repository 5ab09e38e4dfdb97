"""Share one ``coursebuilder export`` parent command among the exporter modules.

Every exporter's ``register(sub)`` calls ``export_subparsers(sub)`` and adds its own
format under it (``export pptx``, ``export offline``, ``export gift``); the first call
creates the ``export`` parser and later calls reuse it, whatever the order of
``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..bundle import BundleError, open_bundle
from ..exporters.contract import human_size
from ..exporters.errors import ExportError, Refused
from .common import EXIT_CANCELLED, EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_PROBLEMS, EXIT_USAGE, TextProgress, fail

_ATTR = "_coursebuilder_export_subparsers"


def export_subparsers(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """Return the sub-parsers of ``export``, creating the ``export`` command once."""
    existing = getattr(sub, _ATTR, None)
    if existing is not None:
        return existing
    parser = sub.add_parser(
        "export",
        help="export a course as a slide deck, offline package or question file",
        description="Export a course bundle to another format. Run 'coursebuilder export FORMAT -h' for the options of each.",
    )
    formats = parser.add_subparsers(dest="export_format", metavar="FORMAT", required=True)
    setattr(sub, _ATTR, formats)
    return formats


_EXIT_CODES = {"usage": EXIT_USAGE, "input": EXIT_INPUT, "output": EXIT_OUTPUT, "cancelled": EXIT_CANCELLED}


def exit_code(exc: ExportError) -> int:
    """Return the exit code of a failed export: whose fault it was, or "problems found" when refused."""
    return EXIT_PROBLEMS if isinstance(exc, Refused) else _EXIT_CODES.get(exc.kind, EXIT_INPUT)


def run_exporter(name: str, bundle_path: Path, fields: dict[str, Any], top: int = 0) -> int:
    """Export the bundle at ``bundle_path`` with the exporter ``name``, print its report, return the exit code."""
    # Imported here so other commands start without loading every exporter's libraries.
    from ..exports import run_export

    if not bundle_path.exists():
        return fail(f"{bundle_path} does not exist", EXIT_INPUT)
    try:
        bundle = open_bundle(bundle_path)
        result = run_export(name, bundle, fields, progress=TextProgress("exporting"))
    except BundleError as exc:
        return fail(str(exc), EXIT_INPUT)
    except ExportError as exc:
        return fail(str(exc), exit_code(exc))
    for line in result.report.lines(top):
        print(line)
    for warning in result.warnings:
        print(f"warning: {warning}")
    print(f"wrote {result.path}: {result.report.summary()} ({human_size(result.bytes)})")
    return EXIT_OK
