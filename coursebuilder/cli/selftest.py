"""``coursebuilder self-test``: check that this installation has everything it needs."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from .. import __version__
from ..resources import guide_dir, resource_dir, sample_courses_dir
from .common import EXIT_INPUT, EXIT_OK

#: What an installation must ship, as (what, path) pairs; checked before anything else.
def _shipped() -> list[tuple[str, Path]]:
    return [
        ("slide themes", resource_dir("themes", "default.pptx")),
        ("high-contrast theme", resource_dir("themes", "high-contrast.pptx")),
        ("offline page templates", resource_dir("site", "layout.html")),
        ("SCORM 1.2 schemas", resource_dir("scorm12", "imscp_rootv1p1p2.xsd")),
        ("manifest schema", resource_dir("schema", "course.schema.json")),
        ("app icon", resource_dir("icons", "coursebuilder.png")),
        ("user guide", guide_dir("en", "index.md")),
        ("sample courses", sample_courses_dir() / "selling-produce-online" / "course.yaml"),
    ] + [(f"interface translation {name}", _TRANSLATIONS / f"{name}.qm") for name in INTERFACE_TRANSLATIONS]


#: Where the editor's translations live: beside its modules, in the source, installed and frozen copies
#: alike (a path, not an import: the command line does not load the editor to check them).
_TRANSLATIONS = Path(__file__).resolve().parents[1] / "gui" / "translations"

#: The interface translations that ship: CourseBuilder's own, and the Qt strings Qt's own lack (all of Khmer and Lao).
INTERFACE_TRANSLATIONS = ("coursebuilder_en", "coursebuilder_zh_CN", "coursebuilder_km", "coursebuilder_lo",
                          "qtbase_zh_CN", "qtbase_km", "qtbase_lo")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the self-test sub-command."""
    p = sub.add_parser(
        "self-test",
        help="check that this installation is complete",
        description="Check that the files CourseBuilder ships are present and, with --gui, that the editor's "
        "window opens in the chosen language. For support and for testing installers.",
    )
    p.add_argument("--gui", action="store_true", help="also open the editor's main window and close it again")
    p.add_argument("--language", default="", help="interface language for --gui, such as zh_CN (default: the system's)")
    p.set_defaults(run=cmd_self_test)


def cmd_self_test(args: argparse.Namespace) -> int:
    """Report each check on its own line; exit 3 if any failed."""
    failed = 0
    print(f"CourseBuilder {__version__}")
    for what, path in _shipped():
        ok = getattr(path, "is_file", lambda: False)()
        failed += not ok
        print(f"{'ok' if ok else 'MISSING'}: {what} ({path})")
    if args.gui:
        try:
            gui = importlib.import_module("coursebuilder.gui.app")
            lines = gui.self_test(args.language)
        except Exception as exc:  # noqa: BLE001 - a self-test reports every failure in one line
            failed += 1
            lines = [f"FAILED: the editor window: {type(exc).__name__}: {exc}"]
        failed += sum(line.startswith("FAILED") for line in lines)
        print("\n".join(lines))
    print("all checks passed" if not failed else f"{failed} check(s) failed")
    return EXIT_OK if not failed else EXIT_INPUT
