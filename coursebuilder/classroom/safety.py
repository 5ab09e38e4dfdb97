"""Checks the classroom server makes before it looks anything up: hostile paths, too many requests."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

#: Characters a served package's URL path may hold: the exporter only writes these.
_PATH_CHARS = re.compile(r"^/[A-Za-z0-9._~/-]*$")
#: A Windows drive letter as a path segment (``/C:/``, ``/c:``), which is never ours.
_DRIVE = re.compile(r"(^|/)[A-Za-z]:")


def path_problem(raw_path: str) -> str | None:
    """Return why a raw request path is refused, or None when it may be looked up.

    Works on the path as it came off the wire, before any decoding, so that ``%2e%2e/``,
    ``%5c`` and friends are refused rather than decoded into something the file system obeys.
    """
    path = raw_path.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/"):
        return "the path does not start with /"
    if "%" in path:
        # The exporter writes plain ASCII names: any percent-encoding is someone probing.
        return "percent-encoded paths are not served"
    if "\\" in path:
        return "backslashes are not allowed in paths"
    if path.startswith("//"):
        return "UNC or network paths are not allowed"
    if _DRIVE.search(path):
        return "drive letters are not allowed in paths"
    segments = path.split("/")
    if any(s in ("..", ".") for s in segments):
        return "dot segments are not allowed in paths"
    if "//" in path:
        return "empty path segments are not allowed"
    if not _PATH_CHARS.match(path):
        return "the path holds characters a package never uses"
    if len(path) > 512:
        return "the path is too long"
    return None


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
