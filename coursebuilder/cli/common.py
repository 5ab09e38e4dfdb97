"""Exit codes and output helpers shared by the sub-commands."""

from __future__ import annotations

import sys
import time

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_OUTPUT = 4
EXIT_CANCELLED = 130


def fail(message: str, code: int) -> int:
    """Print a one-line error on stderr and return the exit code."""
    print(f"coursebuilder: error: {message}", file=sys.stderr)
    return code


def print_notes(notes) -> None:
    """Print notes for the lecturer, one line each, on stderr."""
    for note in notes:
        print(f"note: {note}", file=sys.stderr)


class TextProgress:
    """Show progress on stderr when it is a terminal, at most a few times a second."""

    def __init__(self, label: str):
        self.label = label
        self.enabled = sys.stderr.isatty()
        self._last = 0.0

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.2:
            return
        self._last = now
        pct = 100 * done // max(total, 1)
        end = "\n" if done >= total else ""
        print(f"\r{self.label}: {pct:3d}% {message[:50]:<50}", end=end, file=sys.stderr, flush=True)
