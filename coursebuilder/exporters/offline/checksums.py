"""The checksum list a package carries, and checking a copy against it."""

from __future__ import annotations

import hashlib
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

CHECKSUMS_NAME = "checksums.sha256"
#: The last line of a single-file package: the checksum of every byte before it.
TRAILER = re.compile(rb"<!-- coursebuilder-sha256: ([0-9a-f]{64}) -->\s*\Z")
CHUNK = 1024 * 1024


def sha256_file(path: Path) -> str:
    """Return the SHA-256 of a file, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def checksum_text(digests: dict[str, str]) -> str:
    """Return the list in ``sha256sum`` format, so ``sha256sum -c`` can check it too."""
    return "".join(f"{digests[name]}  {name}\n" for name in sorted(digests))


def parse_checksums(text: str) -> dict[str, str]:
    """Return {name: digest} from a checksum list, or raise ValueError on a damaged line."""
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line.strip())
        if not m:
            raise ValueError(f"line {n} of {CHECKSUMS_NAME} is not a checksum line")
        out[m.group(2)] = m.group(1)
    return out


def single_file_trailer(html: bytes) -> bytes:
    """Return the trailer line that makes a single-file package checkable."""
    return f"<!-- coursebuilder-sha256: {hashlib.sha256(html).hexdigest()} -->\n".encode("ascii")


@dataclass
class VerifyResult:
    """What checking a package copy found."""

    checked: int = 0
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return whether the copy is complete and unchanged."""
        return not (self.missing or self.changed or self.extra)


class VerifyError(Exception):
    """The package cannot be checked at all; the message says why in one line."""


def verify_package(path: Path) -> VerifyResult:
    """Check a package folder, zip or single HTML file against the checksums it carries."""
    path = Path(path)
    if not path.exists():
        raise VerifyError(f"{path} does not exist")
    if path.is_dir():
        return _verify_folder(path)
    if zipfile.is_zipfile(path):
        return _verify_zip(path)
    # A single-file package may have been renamed on the way (messaging apps do): look inside.
    return _verify_single(path)


def _expected(text: bytes, where: str) -> dict[str, str]:
    try:
        return parse_checksums(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise VerifyError(f"{where}: the checksum list is damaged ({exc})") from None


def _verify_folder(folder: Path) -> VerifyResult:
    listing = folder / CHECKSUMS_NAME
    if not listing.is_file():
        raise VerifyError(f"{folder} has no {CHECKSUMS_NAME}; it is not an offline package or the list was lost")
    expected = _expected(listing.read_bytes(), str(folder))
    result = VerifyResult()
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    for name, digest in sorted(expected.items()):
        target = folder / name
        if name not in present:
            result.missing.append(name)
            continue
        result.checked += 1
        if sha256_file(target) != digest:
            result.changed.append(name)
    result.extra = sorted(present - set(expected) - {CHECKSUMS_NAME})
    return result


def _verify_zip(path: Path) -> VerifyResult:
    try:
        with zipfile.ZipFile(path) as zf:
            names = {i.filename for i in zf.infolist() if not i.is_dir()}
            if CHECKSUMS_NAME not in names:
                raise VerifyError(f"{path} has no {CHECKSUMS_NAME}; it is not an offline package")
            expected = _expected(zf.read(CHECKSUMS_NAME), str(path))
            result = VerifyResult()
            for name, digest in sorted(expected.items()):
                if name not in names:
                    result.missing.append(name)
                    continue
                result.checked += 1
                h = hashlib.sha256()
                try:
                    with zf.open(name) as fh:
                        while chunk := fh.read(CHUNK):
                            h.update(chunk)
                except _ZIP_DAMAGE:
                    result.changed.append(name)
                    continue
                if h.hexdigest() != digest:
                    result.changed.append(name)
            result.extra = sorted(names - set(expected) - {CHECKSUMS_NAME})
            return result
    except _ZIP_DAMAGE as exc:
        raise VerifyError(f"{path} is a damaged zip file ({str(exc).splitlines()[0][:80] if str(exc) else type(exc).__name__}); "
                          "copy it again from the original") from None


# What zipfile and zlib raise for a damaged or tampered member (an "encrypted" flag is a RuntimeError).
_ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError, ValueError, KeyError)


def _verify_single(path: Path) -> VerifyResult:
    size = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(max(0, size - 200))
        tail = fh.read()
        start = tail.rfind(b"<!-- coursebuilder-sha256:")
        m = TRAILER.match(tail, start) if start >= 0 else None
        if not m:
            raise VerifyError(f"{path} is not an offline package (a folder, .zip or .html file with a CourseBuilder "
                              "checksum), or it was cut short")
        body = size - len(tail) + start
        fh.seek(0)
        h = hashlib.sha256()
        left = body
        while left > 0 and (chunk := fh.read(min(CHUNK, left))):
            h.update(chunk)
            left -= len(chunk)
    result = VerifyResult(checked=1)
    if left or h.hexdigest() != m.group(1).decode("ascii"):
        result.changed.append(path.name)
    return result
