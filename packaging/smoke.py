"""Smoke-test the frozen CourseBuilder in dist/: ``python packaging/smoke.py [FROZEN_FOLDER]``.

Runs the frozen program as a lecturer's machine would, with no Python or checkout on its path:
it prints its version, validates a sample course and exports it to a deck and an offline package,
serves the classroom on 127.0.0.1 and fetches a page, and opens its main window in Chinese.
Prints the folder's size and the cold start time; exits 1 on the first failure.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from coursebuilder import __version__  # noqa: E402


def frozen_cli(folder: Path) -> Path:
    """Return the frozen command-line program in ``folder`` (a .app on macOS)."""
    if folder.suffix == ".app":
        folder = folder / "Contents" / "MacOS"
    name = "coursebuilder-cli.exe" if os.name == "nt" else "coursebuilder-cli"
    return folder / name


def clean_env(home: Path) -> dict[str, str]:
    """Return an environment without this checkout's Python, as on a lecturer's laptop."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(COURSEBUILDER_HOME=str(home), QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"))
    return env


def check(ok: bool, what: str) -> None:
    """Print the outcome of one check; stop at the first failure."""
    print(f"{'ok' if ok else 'FAILED'}: {what}", flush=True)
    if not ok:
        sys.exit(1)


def free_port() -> int:
    """Return a port nothing listens on at 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    """Run every check against the frozen program."""
    default = ROOT / "dist" / ("CourseBuilder.app" if sys.platform == "darwin" else "CourseBuilder")
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    cli = frozen_cli(folder)
    check(cli.is_file(), f"the frozen program exists ({cli})")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"size: {size / 1e6:.0f} MB in {folder}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = clean_env(tmp / "home")
        # Run from an empty folder so nothing can come from the checkout.
        def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
            return subprocess.run([str(cli), *args], env=env, cwd=tmp, capture_output=True, text=True,
                                  timeout=timeout, encoding="utf-8", errors="replace")

        started = time.monotonic()
        result = run("--version")
        cold = time.monotonic() - started
        check(result.returncode == 0 and __version__ in result.stdout, f"prints its version {__version__}")
        print(f"cold start (--version): {cold:.2f} s")
        sample = next((folder.rglob("sample_courses/selling-produce-online")), None)
        check(sample is not None and (sample / "course.yaml").is_file(), "ships the sample courses")
        assert sample is not None
        result = run("self-test")
        check(result.returncode == 0, "every shipped file is present\n" + result.stdout + result.stderr)
        result = run("validate", str(sample))
        check(result.returncode == 0, "validates the sample course")
        deck = tmp / "deck.pptx"
        result = run("export", "pptx", str(sample), "-o", str(deck))
        check(result.returncode == 0 and zipfile.is_zipfile(deck) and "ppt/presentation.xml" in zipfile.ZipFile(deck).namelist(),
              "exports a slide deck" + ("" if result.returncode == 0 else ": " + result.stderr))
        site = tmp / "site"
        result = run("export", "offline", str(sample), "-o", str(site))
        check(result.returncode == 0 and (site / "index.html").is_file(),
              "exports an offline package" + ("" if result.returncode == 0 else ": " + result.stderr))
        result = run("verify", str(site))
        check(result.returncode == 0, "verifies the package it wrote")
        serve_and_fetch(cli, sample, env, tmp)
        result = run("self-test", "--gui", "--language", "zh_CN", timeout=120)
        check(result.returncode == 0 and "文件(&F)" in result.stdout and "qtbase_zh_CN" in result.stdout,
              "opens its main window in Chinese, with Qt's own Chinese strings\n" + result.stdout + result.stderr)
        for code, menu in (("km", "ឯកសារ(&F)"), ("lo", "ໄຟລ໌(&F)")):
            result = run("self-test", "--gui", "--language", code, timeout=120)
            check(result.returncode == 0 and menu in result.stdout and f"qtbase_{code}" in result.stdout,
                  f"opens its main window in {code}, with our Qt strings for {code}\n" + result.stdout + result.stderr)
    print("the frozen program passed every check")
    return 0


def serve_and_fetch(cli: Path, sample: Path, env: dict[str, str], tmp: Path) -> None:
    """Start the classroom server, fetch its home page, and stop it with Ctrl+C."""
    help_text = subprocess.run([str(cli), "serve", "--help"], env=env, capture_output=True, text=True).stdout
    if "--port" not in help_text:
        check(False, "has the classroom server (serve --port)")
    port = free_port()
    server = subprocess.Popen([str(cli), "serve", str(sample), "--host", "127.0.0.1", "--port", str(port)],
                              env=env, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        page = b""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
                    page = answer.read()
                break
            except OSError:
                time.sleep(0.5)
        check(b"<html" in page.lower(), f"serves the classroom home page on 127.0.0.1:{port}")
    finally:
        if server.poll() is None:
            server.send_signal(subprocess.signal.CTRL_C_EVENT if os.name == "nt" else subprocess.signal.SIGINT)  # type: ignore[attr-defined]
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
    with socket.socket() as probe:
        check(probe.connect_ex(("127.0.0.1", port)) != 0, "stops on Ctrl+C and frees its port")


if __name__ == "__main__":
    sys.exit(main())
