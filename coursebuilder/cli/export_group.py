"""Share one ``coursebuilder export`` parent command among the exporter modules.

Every exporter's ``register(sub)`` calls ``export_subparsers(sub)`` and adds its own
format under it (``export pptx``, ``export offline``, ``export gift``); the first call
creates the ``export`` parser and later calls reuse it, whatever the order of
``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse

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
