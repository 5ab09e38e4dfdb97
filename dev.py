#!/usr/bin/env python3
"""Set up CourseBuilder in .venv and run the demo, the tests or the installer build: ``python3 dev.py demo|test|package``."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
SAMPLE = ROOT / "sample_courses" / "selling-produce-online"
OUT = ROOT / "out"


def setup() -> None:
    """Create .venv and install CourseBuilder with its test tools, once per pyproject change."""
    if sys.version_info < (3, 11):
        sys.exit("CourseBuilder needs Python 3.11 or newer")
    if not PY.exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".installed"
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == want:
        return
    print("installing CourseBuilder and its dependencies into .venv ...", flush=True)
    run([PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([PY, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test,packaging]"])
    stamp.write_text(want)


def run(cmd: list, **kw) -> None:
    """Run a command, stopping with its exit code if it fails."""
    result = subprocess.run([str(c) for c in cmd], **kw)
    if result.returncode:
        sys.exit(result.returncode)


def demo() -> None:
    """Check a sample course and build what a lecturer takes to class from it."""
    cb = [PY, "-m", "coursebuilder"]
    OUT.mkdir(exist_ok=True)
    bundle = OUT / "selling-produce-online.coursebundle"
    step("Check the sample course")
    run(cb + ["validate", SAMPLE])
    step("Pack it into one file for the USB stick")
    run(cb + ["pack", SAMPLE, "-o", bundle, "--force"])
    run(cb + ["info", bundle])
    step("Export the slide deck for the live session")
    run(cb + ["export", "pptx", bundle, "-o", OUT / "selling-produce-online.pptx", "--force",
              "--venue", "County training centre"])
    step("Export the offline package for trainees' phones")
    run(cb + ["export", "offline", bundle, "-o", OUT / "selling-produce-online-site", "--force"])
    run(cb + ["export", "offline", bundle, "-o", OUT / "selling-produce-online.html", "--single-file", "--force"])
    run(cb + ["verify", OUT / "selling-produce-online-site"])
    print(f"\nDone. Open {OUT / 'selling-produce-online-site' / 'index.html'} in a browser, "
          f"{OUT / 'selling-produce-online.pptx'} in PowerPoint or LibreOffice, "
          f"or run `{BIN / 'coursebuilder'} {bundle}` to edit the course.")


def step(title: str) -> None:
    """Print a heading for the next demo step."""
    print(f"\n== {title} ==", flush=True)


def test(extra: list[str]) -> None:
    """Run the whole test suite."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    run([PY, "-m", "pytest", *extra], cwd=ROOT, env=env)


def package() -> None:
    """Build the frozen app and its installer for this system, then smoke-test it."""
    step("Freeze CourseBuilder with PyInstaller")
    run([PY, ROOT / "packaging" / "build.py"], cwd=ROOT)
    step("Smoke-test the frozen program")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    run([PY, ROOT / "packaging" / "smoke.py"], cwd=ROOT, env=env)


if __name__ == "__main__":
    job = sys.argv[1] if len(sys.argv) > 1 else "demo"
    setup()
    if job == "demo":
        demo()
    elif job == "test":
        test(sys.argv[2:])
    elif job == "package":
        package()
    else:
        sys.exit("usage: python3 dev.py demo|test [pytest options]|package")
