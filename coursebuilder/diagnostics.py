"""Versions, folders and the log file, for About and for bug reports."""

from __future__ import annotations

import locale
import logging
import logging.handlers
import platform
import sys
from importlib import metadata
from pathlib import Path

from . import __version__
from .appdirs import cache_dir, data_dir

#: The libraries whose versions a bug report needs, by distribution name.
LIBRARIES = (
    "PySide6-Essentials",
    "shiboken6",
    "Pillow",
    "python-pptx",
    "PyYAML",
    "platformdirs",
    "markdown-it-py",
    "Jinja2",
    "aiohttp",
    "segno",
)
#: Size of one log file and how many old ones to keep: enough for a day of classes, never a full disk.
LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3

_handler: logging.Handler | None = None


def log_file() -> Path:
    """Return the path of the current log file."""
    return data_dir() / "logs" / "coursebuilder.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Send CourseBuilder's log records to a rotating file in the data folder; return its path."""
    global _handler
    path = log_file()
    root = logging.getLogger("coursebuilder")
    if _handler is not None and Path(getattr(_handler, "baseFilename", "")) == path:
        return path
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        # A read-only or full data folder must never stop the editor from starting.
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    return path


def versions() -> dict[str, str]:
    """Return CourseBuilder's, Python's and each library's version."""
    found = {"CourseBuilder": __version__, "Python": platform.python_version()}
    for name in LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return found


def log_tail(lines: int = 200) -> list[str]:
    """Return the last ``lines`` lines of the log (fewer if it is shorter, none if absent)."""
    try:
        with log_file().open("rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - 256 * 1024))
            text = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    return text.splitlines()[-lines:]


def report(extra: dict[str, str] | None = None, log_lines: int = 200) -> str:
    """Return the diagnostics text a lecturer pastes into a bug report."""
    rows = [f"{name}: {version}" for name, version in versions().items()]
    rows += [
        f"System: {platform.platform()} ({platform.machine()})",
        f"Frozen: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"Locale: {locale.getlocale()[0] or 'unknown'}; file system encoding {sys.getfilesystemencoding()}",
        f"Data folder: {data_dir()}",
        f"Cache folder: {cache_dir()}",
        f"Log file: {log_file()}",
    ]
    rows += [f"{key}: {value}" for key, value in (extra or {}).items()]
    tail = log_tail(log_lines)
    rows += ["", f"Last {len(tail)} log lines:", *tail]
    return "\n".join(rows) + "\n"
