"""Build the frozen CourseBuilder and its installer for this system: ``python packaging/build.py``.

Linux: dist/CourseBuilder/ and dist/CourseBuilder-<version>-linux-<arch>.tar.gz.
Windows: also dist/CourseBuilder-<version>-Setup.exe when Inno Setup's ISCC is on PATH.
macOS: dist/CourseBuilder.app and dist/CourseBuilder-<version>.dmg.
PyInstaller cannot cross-build: each system builds its own (see .github/workflows/release.yml).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT))
from coursebuilder import __version__  # noqa: E402


def folder_size(path: Path) -> int:
    """Return the bytes of every file under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run(cmd: list[str], **kw) -> None:
    """Run a command, stopping the build if it fails."""
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def freeze() -> Path:
    """Run PyInstaller on the spec; return the frozen folder (or .app on macOS)."""
    run([sys.executable, str(ROOT / "resources" / "icons" / "make_icon.py"), "ico", "icns"])
    run([sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "coursebuilder.spec"), "--noconfirm",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"), "--log-level", "WARN"])
    return DIST / ("CourseBuilder.app" if sys.platform == "darwin" else "CourseBuilder")


def package(frozen: Path) -> Path | None:
    """Wrap the frozen program in this system's installer form; return it."""
    if sys.platform.startswith("linux"):
        target = DIST / f"CourseBuilder-{__version__}-linux-{platform.machine()}.tar.gz"
        with tarfile.open(target, "w:gz") as tar:
            tar.add(frozen, arcname="CourseBuilder")
            for extra in ("coursebuilder.desktop", "coursebuilder-mime.xml", "install.sh"):
                tar.add(ROOT / "packaging" / "linux" / extra, arcname=f"CourseBuilder/share/{extra}")
            tar.add(ROOT / "resources" / "icons" / "coursebuilder.png", arcname="CourseBuilder/share/coursebuilder.png")
            tar.add(ROOT / "resources" / "icons" / "coursebundle.png", arcname="CourseBuilder/share/coursebundle.png")
        return target
    if sys.platform == "win32":
        iscc = shutil.which("iscc") or shutil.which("ISCC")
        default = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
        iscc = iscc or (str(default) if default.exists() else None)
        if not iscc:
            print("Inno Setup's ISCC was not found: only the frozen folder was built")
            return None
        run([iscc, f"/DAppVersion={__version__}", f"/DSourceDir={frozen}", f"/O{DIST}",
             str(ROOT / "packaging" / "windows" / "coursebuilder.iss")])
        return DIST / f"CourseBuilder-{__version__}-Setup.exe"
    if sys.platform == "darwin":
        target = DIST / f"CourseBuilder-{__version__}.dmg"
        target.unlink(missing_ok=True)
        run(["hdiutil", "create", "-volname", "CourseBuilder", "-srcfolder", str(frozen), "-ov", "-format", "UDZO",
             str(target)])
        return target
    return None


def main() -> int:
    """Build, package and report sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-package", action="store_true", help="only freeze, make no installer")
    args = parser.parse_args()
    started = time.monotonic()
    frozen = freeze()
    made = None if args.no_package else package(frozen)
    print(f"frozen: {frozen} ({folder_size(frozen) / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s")
    if made is not None and made.exists():
        print(f"installer: {made} ({made.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
