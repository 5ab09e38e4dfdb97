#!/usr/bin/env python3
"""Build the three sample courses as folder bundles: ``python sample_courses/build_samples.py``.

Every id, timestamp and picture is fixed, so re-running reproduces the committed files.
Use ``--out DIR`` to build somewhere else (the tests do, and compare two builds).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import _knitting  # noqa: E402
import _produce  # noqa: E402
import _voice  # noqa: E402
from _kit import settle_ids  # noqa: E402
from _recordings import Recordings  # noqa: E402

from coursebuilder.bundle import CourseBundle, save_bundle  # noqa: E402
from coursebuilder.model import Course  # noqa: E402

COURSES = {module.NAME: module for module in (_produce, _knitting, _voice)}


def build_course(name: str, out_root: Path) -> Path:
    """Build one sample course into ``out_root/name`` and return the folder."""
    bundle = CourseBundle(course=Course())
    # Recordings come from the committed bundle when their recipe is unchanged.
    recordings = Recordings([HERE / name, out_root / name])
    COURSES[name].build(bundle, recordings)
    settle_ids(bundle.course)
    # Other languages are keyed by the settled ids, so they come last.
    translate = getattr(COURSES[name], "translate", None)
    if translate is not None:
        translate(bundle, recordings)
    target = out_root / name
    if target.exists() and not (target / "course.yaml").exists():
        raise SystemExit(f"{target} exists but is not a bundle folder; remove it first")
    staging = out_root / f".{name}.building"
    shutil.rmtree(staging, ignore_errors=True)
    # Build beside the target first: the recordings are read from the target itself.
    save_bundle(bundle, staging, folder=True)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return target


def main(argv: list[str] | None = None) -> int:
    """Build the chosen sample courses."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"courses to build: {', '.join(COURSES)} (default: all)")
    parser.add_argument("--out", type=Path, default=HERE, help="folder to build into (default: sample_courses/)")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in COURSES]
    if unknown:
        parser.error(f"no sample course named {unknown[0]!r}; choose from {', '.join(COURSES)}")
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.names or COURSES:
        folder = build_course(name, args.out)
        size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
        print(f"built {folder} ({size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
