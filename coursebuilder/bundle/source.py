"""Read the entries of a bundle, zipped or unpacked, without trusting them."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO, Callable, cast

from ..model.messages import say
from .errors import BundleError
from .limits import DEFAULT_LIMITS, MANIFEST_NAME, Limits
from .names import check_member_name, fold_name, nfc
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
            raise BundleError(say("entry.too_large", name=name, limit=cap // 1024))
        return data

    def _check_names(self, entries: list[Entry], limits: Limits) -> None:
        if len(entries) > limits.max_entries:
            raise BundleError(say("bundle.too_many", count=len(entries), limit=limits.max_entries))
        seen: dict[str, str] = {}
        total = 0
        for entry in entries:
            check_member_name(entry.name)
            folded = fold_name(entry.name)
            if folded in seen:
                same = seen[folded] == entry.name
                raise BundleError(
                    say("entry.twice", name=entry.name)
                    if same
                    else say("entry.case_only", first=seen[folded], second=entry.name)
                )
            seen[folded] = entry.name
            if entry.size > limits.max_entry_bytes:
                raise BundleError(say("entry.huge", name=entry.name, size=entry.size >> 20))
            total += entry.size
        if total > limits.max_total_bytes:
            raise BundleError(say("bundle.too_big", size=total >> 30, limit=limits.max_total_bytes >> 30))
        self._entries = {e.name: e for e in entries}
        if MANIFEST_NAME not in self._entries:
            if MANIFEST_NAME + BACKUP_SUFFIX in self._entries:
                raise BundleError(say("bundle.manifest_backup", manifest=MANIFEST_NAME, backup=MANIFEST_NAME + BACKUP_SUFFIX))
            raise BundleError(say("bundle.no_manifest", manifest=MANIFEST_NAME))


class ZipSource(BundleSource):
    """A bundle kept as one ZIP file."""

    is_folder = False

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS):
        self.path = Path(path)
        self.limits = limits
        self._manifest: bytes | None = None
        try:
            _refuse_too_many_entries(self.path, limits)
            with zipfile.ZipFile(self.path) as zf:
                self._scan(zf.infolist(), limits)
                # Read the manifest now, while the directory is parsed, instead of parsing it twice.
                info = self._infos[MANIFEST_NAME]
                with _bounded(zf.open(info), info.file_size, MANIFEST_NAME) as fh:
                    self._manifest = fh.read(limits.max_manifest_bytes + 1)
        except BundleError:
            raise
        except zipfile.BadZipFile:
            raise BundleError(say("bundle.not_zip", name=self.path.name)) from None
        except zipfile.LargeZipFile:
            raise BundleError(say("bundle.zip64", name=self.path.name)) from None
        except _DAMAGE as exc:
            raise BundleError(say("bundle.cannot_read", path=self.path.name, reason=_short(exc))) from None

    def _scan(self, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
        # Every entry counts against the cap, folders too: a million empty folders cost as much to list.
        if len(infos) > limits.max_entries:
            raise BundleError(say("bundle.too_many_entries", count=len(infos), limit=limits.max_entries))
        named = []
        for info in infos:
            mode = info.external_attr >> 16
            name = _zip_name(info)
            if stat.S_ISLNK(mode):
                raise BundleError(say("entry.symlink", name=name))
            if info.flag_bits & 0x1:
                raise BundleError(say("entry.encrypted", name=name))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise BundleError(say("entry.compression", name=name))
            if not _mac_litter(name):
                named.append((name, info))
        prefix = _finder_folder(named)
        entries = []
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for name, info in named:
            name = name[len(prefix):]
            if name.endswith("/") or not name:
                if name:
                    check_member_name(name)
                continue
            if (
                info.file_size > limits.ratio_floor_bytes
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)
            ):
                raise BundleError(say("entry.bomb", name=name, ratio=info.file_size // max(info.compress_size, 1)))
            entries.append(Entry(name, info.file_size))
            self._infos[name] = info
        self._check_names(entries, limits)

    def read(self, name: str, cap: int) -> bytes:
        if name == MANIFEST_NAME and self._manifest is not None:
            if len(self._manifest) > cap:
                raise BundleError(say("entry.too_large", name=name, limit=cap // 1024))
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

    def open(self, name: str) -> BinaryIO:
        entry = self._entries[name]
        try:
            zf = _KnownZip(self.path, list(self._infos.values()))
        except _DAMAGE as exc:
            raise BundleError(say("bundle.damaged_while_open", name=self.path.name, reason=exc)) from None
        try:
            inner = zf.open(self._infos[name])
        except _DAMAGE as exc:
            zf.close()
            raise BundleError(say("entry.damaged", name=name, reason=_short(exc))) from None
        return _bounded(inner, entry.size, name, on_close=zf.close)


class _KnownZip(zipfile.ZipFile):
    """A ZIP opened with the directory already read, so each media read skips parsing it again.

    The file is opened per read rather than held, so a save can replace it (Windows refuses to
    replace an open file).
    """

    def __init__(self, path: Path, infos: list[zipfile.ZipInfo]):
        self._known = infos
        super().__init__(path)

    def _RealGetContents(self) -> None:  # zipfile's hook for reading the directory
        self.filelist = list(self._known)
        self.NameToInfo = {info.filename: info for info in self._known}


def _zip_name(info: zipfile.ZipInfo) -> str:
    """Return an entry's name as the writer meant it, in NFC."""
    name = info.filename
    if not info.flag_bits & 0x800 and not name.isascii():
        # macOS Finder writes UTF-8 names without setting the flag that says so.
        try:
            name = name.encode("cp437").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return nfc(name)


def _mac_litter(name: str) -> bool:
    """Tell the resource forks and folder settings Finder adds to every ZIP."""
    base = name.rstrip("/").rsplit("/", 1)[-1]
    return name.split("/", 1)[0] == "__MACOSX" or base.startswith("._") or base == ".DS_Store"


def _finder_folder(named: list[tuple[str, zipfile.ZipInfo]]) -> str:
    """Return "Course/" when every entry sits under that one folder, as Finder compresses a folder."""
    names = {name for name, _ in named}
    if MANIFEST_NAME in names or not names:
        return ""
    tops = {name.split("/", 1)[0] for name in names}
    if len(tops) != 1:
        return ""
    prefix = tops.pop() + "/"
    if prefix + MANIFEST_NAME in names and all(name.startswith(prefix) for name in names):
        return prefix
    return ""


def _refuse_too_many_entries(path: Path, limits: Limits) -> None:
    """Read the entry count the ZIP's end record declares before parsing its whole directory."""
    try:
        with open(path, "rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            fh.seek(max(0, size - 65_557))
            tail = fh.read()
    except OSError:
        return  # opening the ZIP says what is wrong
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 12 > len(tail):
        return
    count = int.from_bytes(tail[at + 10 : at + 12], "little")
    locator = tail.rfind(b"PK\x06\x07", 0, at)
    if count == 0xFFFF and locator >= 0:
        end64 = tail.rfind(b"PK\x06\x06", 0, locator)
        if end64 >= 0 and end64 + 40 <= len(tail):
            count = int.from_bytes(tail[end64 + 32 : end64 + 40], "little")
    if count > limits.max_entries:
        raise BundleError(say("bundle.too_many_entries", count=count, limit=limits.max_entries))


class FolderSource(BundleSource):
    """A bundle unpacked in a folder, as sample courses are kept in git."""

    is_folder = True

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS):
        self.path = Path(path)
        self.limits = limits
        entries = []
        #: The name each entry has on the disk, which macOS may hold in NFD.
        self._disk: dict[str, str] = {}
        root = self.path
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            here = Path(dirpath)
            for name in list(dirnames) + filenames:
                full = here / name
                rel = full.relative_to(root).as_posix()
                st = os.lstat(full)
                if stat.S_ISLNK(st.st_mode):
                    raise BundleError(say("entry.symlink", name=rel))
                if stat.S_ISDIR(st.st_mode):
                    continue
                if not stat.S_ISREG(st.st_mode):
                    raise BundleError(say("entry.not_file", name=rel))
                if name in (".DS_Store", "Thumbs.db", "desktop.ini") or name.startswith("._"):
                    continue  # litter that Windows and macOS leave on USB sticks
                if name.startswith(".") and ".saving-" in name:
                    continue  # a save in progress, or one cut off, not part of the bundle
                if here == root and name == MANIFEST_NAME + BACKUP_SUFFIX and (root / MANIFEST_NAME).is_file():
                    continue  # the previous manifest, kept while a save replaced it
                entries.append(Entry(nfc(rel), st.st_size))
                self._disk[nfc(rel)] = rel
            if len(entries) > limits.max_entries:
                break
        self._check_names(entries, limits)

    def open(self, name: str) -> BinaryIO:
        entry = self._entries[name]
        full = self.path.joinpath(*self._disk.get(name, name).split("/"))
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(full, flags)
        except OSError as exc:
            raise BundleError(say("entry.cannot_read", name=name, reason=exc.strerror)) from None
        return _bounded(os.fdopen(fd, "rb"), entry.size, name)


# What zipfile and zlib raise for damaged data; each becomes a one-line BundleError.
# (zipfile raises NotImplementedError for compression methods it lacks, e.g. a forged header.)
_DAMAGE = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, KeyError)


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


def _bounded(inner: IO[bytes], size: int, name: str, on_close: Callable[[], None] | None = None) -> BinaryIO:
    # Duck-typed: every caller only reads, closes, or uses it in a with statement.
    return cast(BinaryIO, _Bounded(inner, size, name, on_close))


class _Bounded:
    """A read-only stream that refuses to yield more bytes than the entry claimed."""

    def __init__(self, inner: IO[bytes], size: int, name: str, on_close: Callable[[], None] | None = None):
        self._inner, self._left, self._name, self._on_close = inner, size, name, on_close

    def read(self, n: int = -1) -> bytes:
        want = self._left + 1 if n is None or n < 0 else min(n, self._left + 1)
        try:
            data = self._inner.read(want)
        except _DAMAGE as exc:
            raise BundleError(say("entry.damaged", name=self._name, reason=_short(exc))) from None
        if len(data) > self._left:
            raise BundleError(say("entry.overlong_data", name=self._name))
        self._left -= len(data)
        return data

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._inner.close()
        if self._on_close:
            self._on_close()

    def __enter__(self) -> _Bounded:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_source(path: Path, limits: Limits = DEFAULT_LIMITS) -> BundleSource:
    """Return the source for a bundle file or folder, checking every entry name."""
    path = Path(path)
    recover_interrupted_save(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        raise BundleError(say("bundle.not_found", path=path)) from None
    except OSError as exc:
        raise BundleError(say("bundle.cannot_read", path=path, reason=exc.strerror)) from None
    if stat.S_ISDIR(st.st_mode):
        return FolderSource(path, limits)
    if stat.S_ISLNK(st.st_mode):
        path = path.resolve()
    return ZipSource(path, limits)
