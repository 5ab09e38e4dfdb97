"""Read the entries of a bundle, zipped or unpacked, without trusting them."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from .errors import BundleError
from .limits import DEFAULT_LIMITS, MANIFEST_NAME, Limits
from .names import check_member_name, fold_name
from ..atomic import BACKUP_SUFFIX
from .recovery import recover_interrupted_save


@dataclass(frozen=True)
class Entry:
    """One file inside a bundle."""

    name: str
    size: int


class BundleSource(ABC):
    """The entries of a bundle, checked once when the source is opened."""

    path: Path
    is_folder: bool

    def entries(self) -> dict[str, Entry]:
        """Return the checked entries keyed by name."""
        return self._entries

    @abstractmethod
    def open(self, name: str) -> BinaryIO:
        """Open an entry for reading; the stream stops at the recorded size."""

    def read(self, name: str, cap: int) -> bytes:
        """Read a whole entry, refusing more than ``cap`` bytes whatever it claims."""
        with self.open(name) as fh:
            data = fh.read(cap + 1)
        if len(data) > cap:
            raise BundleError(f"{name} is larger than the {cap // 1024} KiB allowed")
        return data

    def _check_names(self, entries: list[Entry], limits: Limits) -> None:
        if len(entries) > limits.max_entries:
            raise BundleError(f"the bundle holds {len(entries)} files, over the limit of {limits.max_entries}")
        seen: dict[str, str] = {}
        total = 0
        for entry in entries:
            check_member_name(entry.name)
            folded = fold_name(entry.name)
            if folded in seen:
                same = seen[folded] == entry.name
                raise BundleError(
                    f"entry {entry.name!r} appears twice"
                    if same
                    else f"entries {seen[folded]!r} and {entry.name!r} differ only in case"
                )
            seen[folded] = entry.name
            if entry.size > limits.max_entry_bytes:
                raise BundleError(f"entry {entry.name!r} is {entry.size >> 20} MiB, over the limit")
            total += entry.size
        if total > limits.max_total_bytes:
            raise BundleError(
                f"the bundle unpacks to {total >> 30} GiB, over the {limits.max_total_bytes >> 30} GiB limit"
            )
        self._entries = {e.name: e for e in entries}
        if MANIFEST_NAME not in self._entries:
            if MANIFEST_NAME + BACKUP_SUFFIX in self._entries:
                raise BundleError(
                    f"a save was cut off and {MANIFEST_NAME} could not be put back; "
                    f"rename {MANIFEST_NAME}{BACKUP_SUFFIX} to {MANIFEST_NAME} to get the last saved course"
                )
            raise BundleError(f"this is not a course bundle: it has no {MANIFEST_NAME}")


class ZipSource(BundleSource):
    """A bundle kept as one ZIP file."""

    is_folder = False

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS):
        self.path = Path(path)
        self.limits = limits
        self._manifest: bytes | None = None
        try:
            with zipfile.ZipFile(self.path) as zf:
                self._scan(zf.infolist(), limits)
                # Read the manifest now, while the directory is parsed, instead of parsing it twice.
                with _Bounded(zf.open(MANIFEST_NAME), self._entries[MANIFEST_NAME].size, MANIFEST_NAME) as fh:
                    self._manifest = fh.read(limits.max_manifest_bytes + 1)
        except BundleError:
            raise
        except zipfile.BadZipFile:
            raise BundleError(f"{self.path.name} is not a course bundle (not a ZIP file or damaged)") from None
        except zipfile.LargeZipFile:
            raise BundleError(f"{self.path.name} needs ZIP64 support") from None
        except _DAMAGE as exc:
            raise BundleError(f"cannot read {self.path.name}: {_short(exc)}") from None

    def _scan(self, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
        entries = []
        self._infos = {}
        for info in infos:
            mode = info.external_attr >> 16
            name = info.filename
            if stat.S_ISLNK(mode):
                raise BundleError(f"entry {name!r} is a symbolic link")
            if info.flag_bits & 0x1:
                raise BundleError(f"entry {name!r} is encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise BundleError(f"entry {name!r} uses an unsupported compression method")
            if name.endswith("/"):
                check_member_name(name)
                continue
            if (
                info.file_size > limits.ratio_floor_bytes
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)
            ):
                raise BundleError(
                    f"entry {name!r} expands {info.file_size // max(info.compress_size, 1)} times; "
                    "this looks like a zip bomb"
                )
            entries.append(Entry(name, info.file_size))
            self._infos[name] = info
        self._check_names(entries, limits)

    def read(self, name: str, cap: int) -> bytes:  # noqa: D102
        if name == MANIFEST_NAME and self._manifest is not None:
            if len(self._manifest) > cap:
                raise BundleError(f"{name} is larger than the {cap // 1024} KiB allowed")
            return self._manifest
        return super().read(name, cap)

    def stored_span(self, name: str) -> tuple[int, int, int] | None:
        """Return (data offset, size, CRC-32) of an uncompressed entry, for copying it raw."""
        info = self._infos.get(name)
        if info is None or info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size:
            return None
        try:
            with open(self.path, "rb") as fh:
                fh.seek(info.header_offset)
                header = fh.read(30)
                total = os.fstat(fh.fileno()).st_size
        except OSError:
            return None
        if len(header) != 30 or header[:4] != b"PK\x03\x04":
            return None
        start = info.header_offset + 30 + int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30], "little")
        if start + info.file_size > total:
            return None
        return start, info.file_size, info.CRC

    def open(self, name: str) -> BinaryIO:  # noqa: D102
        entry = self._entries[name]
        try:
            zf = zipfile.ZipFile(self.path)
        except _DAMAGE as exc:
            raise BundleError(f"{self.path.name} is damaged or was changed while open ({exc})") from None
        try:
            inner = zf.open(name)
        except _DAMAGE as exc:
            zf.close()
            raise BundleError(f"{name} is damaged in the bundle ({_short(exc)})") from None
        return _Bounded(inner, entry.size, name, on_close=zf.close)

    def iter_raw(self) -> Iterator[zipfile.ZipInfo]:
        """Yield the ZIP directory, for tools that report on it."""
        with zipfile.ZipFile(self.path) as zf:
            yield from zf.infolist()


class FolderSource(BundleSource):
    """A bundle unpacked in a folder, as sample courses are kept in git."""

    is_folder = True

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS):
        self.path = Path(path)
        self.limits = limits
        entries = []
        root = self.path
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            here = Path(dirpath)
            for name in list(dirnames) + filenames:
                full = here / name
                rel = full.relative_to(root).as_posix()
                st = os.lstat(full)
                if stat.S_ISLNK(st.st_mode):
                    raise BundleError(f"entry {rel!r} is a symbolic link")
                if stat.S_ISDIR(st.st_mode):
                    continue
                if not stat.S_ISREG(st.st_mode):
                    raise BundleError(f"entry {rel!r} is not a regular file")
                if name in (".DS_Store", "Thumbs.db", "desktop.ini") or name.startswith("._"):
                    continue  # litter that Windows and macOS leave on USB sticks
                if name.startswith(".") and ".saving-" in name:
                    continue  # a save in progress, or one cut off, not part of the bundle
                if here == root and name == MANIFEST_NAME + BACKUP_SUFFIX and (root / MANIFEST_NAME).is_file():
                    continue  # the previous manifest, kept while a save replaced it
                entries.append(Entry(rel, st.st_size))
            if len(entries) > limits.max_entries:
                break
        self._check_names(entries, limits)

    def open(self, name: str) -> BinaryIO:  # noqa: D102
        entry = self._entries[name]
        full = self.path.joinpath(*name.split("/"))
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(full, flags)
        except OSError as exc:
            raise BundleError(f"cannot read {name}: {exc.strerror}") from None
        return _Bounded(os.fdopen(fd, "rb"), entry.size, name)


# What zipfile and zlib raise for damaged data; each becomes a one-line BundleError.
# (zipfile raises NotImplementedError for compression methods it lacks, e.g. a forged header.)
_DAMAGE = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, KeyError)


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


class _Bounded:
    """A read-only stream that refuses to yield more bytes than the entry claimed."""

    def __init__(self, inner: BinaryIO, size: int, name: str, on_close=None):
        self._inner, self._left, self._name, self._on_close = inner, size, name, on_close

    def read(self, n: int = -1) -> bytes:
        want = self._left + 1 if n is None or n < 0 else min(n, self._left + 1)
        try:
            data = self._inner.read(want)
        except _DAMAGE as exc:
            raise BundleError(f"{self._name} is damaged in the bundle ({_short(exc)})") from None
        if len(data) > self._left:
            raise BundleError(f"{self._name} holds more data than its recorded size")
        self._left -= len(data)
        return data

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._inner.close()
        if self._on_close:
            self._on_close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_source(path: Path, limits: Limits = DEFAULT_LIMITS) -> BundleSource:
    """Return the source for a bundle file or folder, checking every entry name."""
    path = Path(path)
    recover_interrupted_save(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        raise BundleError(f"{path} does not exist") from None
    except OSError as exc:
        raise BundleError(f"cannot read {path}: {exc.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        return FolderSource(path, limits)
    if stat.S_ISLNK(st.st_mode):
        path = path.resolve()
    return ZipSource(path, limits)
