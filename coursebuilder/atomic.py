"""Replace a file or folder in one step, so no failure leaves half of one or loses the old one.

Every writer of files others open (bundles, decks, offline packages, CSV) goes through
``atomic_replace``: the new copy is written beside the target under a temporary name, synced,
then renamed over it. The temporary copy is created with the permissions the user's umask gives
any new file (``tempfile.mkstemp`` would make it 0600, readable by its owner only).
"""

from __future__ import annotations

import os
import secrets
import shutil
from contextlib import contextmanager
from glob import escape as glob_escape
from pathlib import Path
from typing import Iterator

#: A save cut off after the old copy was moved aside leaves it under this suffix.
BACKUP_SUFFIX = ".bak"
_TEMP_MARK = ".saving-"


def temp_beside(target: Path) -> Path:
    """Return an unused hidden name beside ``target`` that says which process owns it."""
    return target.with_name(f".{target.name}{_TEMP_MARK}{os.getpid()}-{secrets.token_hex(3)}")


def backup_of(target: Path) -> Path:
    """Return where the previous copy of ``target`` waits while it is being replaced."""
    return target.with_name(target.name + BACKUP_SUFFIX)


@contextmanager
def atomic_replace(target: Path, *, folder: bool = False, backup: bool = False) -> Iterator[Path]:
    """Yield a fresh path beside ``target`` to write; when the block ends cleanly, put it in place.

    The yielded path already exists (an empty file, or an empty folder when ``folder``) with
    umask permissions; write it by name. A file is synced before the rename and the folder
    holding it after; a folder's files are the writer's to sync. If the block raises, the
    temporary copy is removed and ``target`` is untouched. With ``backup`` the old copy is kept
    as ``<target>.bak`` (a hard link) until the new one is in place; where the disk has no hard
    links the new file is renamed straight over the old. ``recover_interrupted`` puts back a
    backup that older saves, cut between two renames, left behind.
    """
    target = Path(target)
    tmp = temp_beside(target)
    if folder:
        os.mkdir(tmp, 0o777)
    else:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666))
    try:
        yield tmp
        if not folder:
            fsync_file(tmp)
        _put_in_place(tmp, target, backup)
    finally:
        if tmp.is_dir() and not tmp.is_symlink():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            tmp.unlink(missing_ok=True)


@contextmanager
def scratch_beside(target: Path) -> Iterator[Path]:
    """Yield an empty working folder beside ``target`` (same disk, so no extra copy), removed afterwards."""
    tmp = temp_beside(Path(target))
    os.mkdir(tmp, 0o777)
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _put_in_place(tmp: Path, target: Path, backup: bool) -> None:
    """Move the finished copy over ``target``; the old one survives until this succeeds."""
    old = backup_of(target) if backup else temp_beside(target)
    is_dir = target.is_dir() and not target.is_symlink()
    had_old = is_dir or target.exists()
    linked = False
    if had_old:
        _remove(old)
        if backup and not is_dir:
            try:
                os.link(target, old)
                linked = True
            except OSError:
                # FAT and exFAT sticks have no hard links. Renaming the new file over the old
                # is still one step there, so no moment exists without a copy under the name.
                pass
        if not linked and is_dir:
            # A folder cannot be renamed over another: move the old one aside first.
            os.replace(target, old)
    try:
        os.replace(tmp, target)
    except BaseException:
        if had_old and not linked and old.exists() and not target.exists():
            os.replace(old, target)
        raise
    fsync_dir(target.parent)
    if had_old:
        _remove(old)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def recover_interrupted(target: Path) -> bool:
    """Put the backup back if a replace was cut off between moving the old copy and the new one."""
    backup = backup_of(target)
    if not os.path.lexists(target) and backup.is_file():
        os.replace(backup, target)
        return True
    return False


def remove_stale_temps(folder: Path, name: str = "*") -> None:
    """Remove temporary copies of ``name`` (a glob) in ``folder`` left by processes that are gone."""
    try:
        temps = list(Path(folder).glob(f".{name if name == '*' else glob_escape(name)}{_TEMP_MARK}*"))
    except OSError:
        return
    for tmp in temps:
        try:
            pid = int(tmp.name.rsplit(_TEMP_MARK, 1)[1].split("-")[0])
        except (IndexError, ValueError):
            continue
        if pid != os.getpid() and not _process_alive(pid):
            try:
                _remove(tmp)
            except OSError:
                pass


def _process_alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # no cheap check; a stale temp file there is harmless litter
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def fsync_file(path: Path) -> None:
    """Flush a written file's bytes to the disk."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename) to the disk."""
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
