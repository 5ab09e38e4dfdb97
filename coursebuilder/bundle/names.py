"""Check entry names so no bundle can write or read outside its own folder."""

from __future__ import annotations

import re
import unicodedata

from .errors import BundleError

_DRIVE = re.compile(r"^[A-Za-z]:")
# Names Windows refuses whatever the extension; a bundle made on Linux must still open there.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_BAD_CHARS = set('<>:"|?*')


def check_member_name(name: str) -> str:
    """Return ``name`` if it is a safe relative bundle path, else raise BundleError."""
    shown = repr(name)[1:-1][:120]
    if not name:
        raise BundleError("an entry has an empty name")
    if "\\" in name:
        raise BundleError(f"entry {shown!r} uses a backslash in its path")
    if name.startswith("/") or _DRIVE.match(name):
        raise BundleError(f"entry {shown!r} has an absolute path")
    if any(ord(ch) < 32 or ch == "\x7f" for ch in name):
        raise BundleError(f"entry {shown!r} has control characters in its name")
    parts = name.rstrip("/").split("/")
    for part in parts:
        if part in ("..", "."):
            raise BundleError(f"entry {shown!r} tries to leave the bundle with {part!r}")
        if part == "":
            raise BundleError(f"entry {shown!r} has an empty path segment")
        if _BAD_CHARS & set(part) or part.endswith((" ", ".")):
            raise BundleError(f"entry {shown!r} has a name Windows cannot store")
        if part.split(".", 1)[0].lower() in _RESERVED:
            raise BundleError(f"entry {shown!r} uses a name reserved by Windows")
    if len(name.encode("utf-8")) > 400:
        raise BundleError(f"entry {shown[:60]!r}... has a name longer than 400 bytes")
    return name


def fold_name(name: str) -> str:
    """Return the form under which two names collide on Windows and macOS disks."""
    return unicodedata.normalize("NFC", name).casefold()
