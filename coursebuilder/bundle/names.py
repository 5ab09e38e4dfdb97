"""Check entry names so no bundle can write or read outside its own folder."""

from __future__ import annotations

import re
import unicodedata

from .errors import BundleError

_DRIVE = re.compile(r"^[A-Za-z]:")
# Device names Windows refuses whatever the extension (superscript digits too, since Windows 7);
# a bundle made on Linux or macOS must still unpack there.
_DIGITS = "0123456789\u00b9\u00b2\u00b3"
_RESERVED = {
    "con", "prn", "aux", "nul", "conin$", "conout$", "clock$",
    *(f"{dev}{d}" for dev in ("com", "lpt") for d in _DIGITS),
}
_BAD_CHARS = set('<>:"|?*')
#: Longest name of one folder or file, in UTF-8 bytes (ext4, APFS and exFAT all stop at 255).
MAX_PART_BYTES = 255
#: Longest entry path: unpacked in a folder whose path is up to 60 characters it stays under
#: Windows' 260-character limit for a whole path.
MAX_PATH_CHARS = 200


def nfc(name: str) -> str:
    """Return a name in the one normal form bundles store and compare (macOS writes NFD)."""
    return unicodedata.normalize("NFC", name)


def _disguising(ch: str) -> bool:
    # Right-to-left overrides and other invisible format characters can make
    # "worksheet\u202efdp.exe" show as "worksheetexe.pdf".
    return unicodedata.category(ch) == "Cf"


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
    if any(_disguising(ch) for ch in name):
        raise BundleError(f"entry {shown!r} has invisible direction or format characters that can disguise its type")
    parts = name.rstrip("/").split("/")
    for part in parts:
        if part in ("..", "."):
            raise BundleError(f"entry {shown!r} tries to leave the bundle with {part!r}")
        if part == "":
            raise BundleError(f"entry {shown!r} has an empty path segment")
        if _BAD_CHARS & set(part) or part.endswith((" ", ".")):
            raise BundleError(f"entry {shown!r} has a name Windows cannot store")
        if part.split(".", 1)[0].rstrip(" ").lower() in _RESERVED:
            raise BundleError(f"entry {shown!r} uses a name reserved by Windows")
        if len(part.encode("utf-8")) > MAX_PART_BYTES:
            raise BundleError(f"entry {shown[:60]!r}... has a name longer than {MAX_PART_BYTES} bytes")
    if len(name.rstrip("/")) > MAX_PATH_CHARS:
        raise BundleError(f"entry {shown[:60]!r}... has a path longer than {MAX_PATH_CHARS} characters")
    return name


def fold_name(name: str) -> str:
    """Return the form under which two names collide on Windows and macOS disks."""
    return unicodedata.normalize("NFC", name).casefold()
