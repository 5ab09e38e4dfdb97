"""Check entry names so no bundle can write or read outside its own folder."""

from __future__ import annotations

import re
import unicodedata

from ..model.messages import say
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
        raise BundleError(say("name.empty"))
    if "\\" in name:
        raise BundleError(say("name.backslash", name=shown))
    if name.startswith("/") or _DRIVE.match(name):
        raise BundleError(say("name.absolute", name=shown))
    if any(ord(ch) < 32 or ch == "\x7f" for ch in name):
        raise BundleError(say("name.control", name=shown))
    if any(_disguising(ch) for ch in name):
        raise BundleError(say("name.disguise", name=shown))
    parts = name.rstrip("/").split("/")
    for part in parts:
        if part in ("..", "."):
            raise BundleError(say("name.escape", name=shown, part=part))
        if part == "":
            raise BundleError(say("name.empty_segment", name=shown))
        if _BAD_CHARS & set(part) or part.endswith((" ", ".")):
            raise BundleError(say("name.windows_chars", name=shown))
        if part.split(".", 1)[0].rstrip(" ").lower() in _RESERVED:
            raise BundleError(say("name.windows_reserved", name=shown))
        if len(part.encode("utf-8")) > MAX_PART_BYTES:
            raise BundleError(say("name.part_long", name=shown[:60], limit=MAX_PART_BYTES))
    if len(name.rstrip("/")) > MAX_PATH_CHARS:
        raise BundleError(say("name.path_long", name=shown[:60], limit=MAX_PATH_CHARS))
    return name


def fold_name(name: str) -> str:
    """Return the form under which two names collide on Windows and macOS disks."""
    return unicodedata.normalize("NFC", name).casefold()
