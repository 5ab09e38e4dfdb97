"""Checks the classroom server makes before it looks anything up: hostile paths, too many requests."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

#: A Windows drive letter as a path segment (``/C:/``, ``/c:``), which is never ours.
_DRIVE = re.compile(r"(^|/)[A-Za-z]:")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")


def _unquote_strict(path: str) -> str | None:
    """Decode %XX escapes as UTF-8; return None for a malformed escape or bytes that are not UTF-8."""
    if "%" in _ESCAPE.sub("", path):
        return None
    try:
        return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), path).encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return None


def checked_path(raw_path: str) -> tuple[str | None, str]:
    """Return (the decoded path to look up, "") or (None, why it is refused).

    Works on the path as it came off the wire: the raw form and the decoded form must both be free of
    ``..`` and ``.`` segments, backslashes, drive letters, UNC prefixes and control characters, so that
    ``%2e%2e/``, ``%5c`` and friends are refused rather than decoded into something a file system obeys.
    Paths are only ever looked up in the snapshot's index, never joined to a folder.
    """
    path = raw_path.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/"):
        return None, "the path does not start with /"
    if len(path) > 1024:
        return None, "the path is too long"
    low = path.lower()
    if "%2f" in low or "%5c" in low:
        return None, "encoded slashes are not allowed in paths"
    if not path.isascii():
        return None, "the path is not URL-encoded"
    decoded = _unquote_strict(path)
    if decoded is None:
        return None, "the path has a malformed %-escape"
    for form in (path, decoded):
        if "\\" in form:
            return None, "backslashes are not allowed in paths"
        if form.startswith("//"):
            return None, "UNC or network paths are not allowed"
        if _DRIVE.search(form):
            return None, "drive letters are not allowed in paths"
        if any(s in ("..", ".") for s in form.split("/")):
            return None, "dot segments are not allowed in paths"
        if "//" in form:
            return None, "empty path segments are not allowed"
        if any(ord(c) < 32 or ord(c) == 127 for c in form):
            return None, "control characters are not allowed in paths"
    return decoded, ""


def path_problem(raw_path: str) -> str | None:
    """Return why a raw request path is refused, or None when it may be looked up."""
    path, why = checked_path(raw_path)
    return None if path is not None else why


@dataclass
class _Bucket:
    tokens: float
    stamp: float


@dataclass
class RateLimiter:
    """Allow each address ``burst`` requests at once and ``rate`` a second after that (a token bucket)."""

    rate: float
    burst: float
    clock: object = time.monotonic
    _buckets: dict[str, _Bucket] = field(default_factory=dict)

    def allow(self, address: str) -> bool:
        """Take one token for ``address``; return False when its bucket is empty."""
        now = self.clock()  # type: ignore[operator]
        b = self._buckets.get(address)
        if b is None:
            if len(self._buckets) > 20000:
                self._forget(now)
            b = self._buckets[address] = _Bucket(self.burst, now)
        b.tokens = min(self.burst, b.tokens + (now - b.stamp) * self.rate)
        b.stamp = now
        if b.tokens < 1:
            return False
        b.tokens -= 1
        return True

    def retry_after(self, address: str) -> int:
        """Return whole seconds until ``address`` has a token again."""
        b = self._buckets.get(address)
        if b is None or b.tokens >= 1:
            return 0
        return max(1, int((1 - b.tokens) / self.rate + 0.999))

    def _forget(self, now: float) -> None:
        # Full buckets carry no state worth keeping: drop them so a scan of addresses cannot grow memory.
        full = [a for a, b in self._buckets.items() if b.tokens + (now - b.stamp) * self.rate >= self.burst]
        for a in full:
            del self._buckets[a]
