"""Errors raised while reading or writing bundles."""

from __future__ import annotations

import os

# Defined with the rest of the job plumbing; re-exported here where callers look for it.
from ..jobs import Cancelled

__all__ = ["BundleError", "Cancelled", "os_error_message"]


class BundleError(Exception):
    """A bundle cannot be read or written; the message is one line for the lecturer."""

    def __init__(self, message: str, place: str = ""):
        super().__init__(f"{place}: {message}" if place else message)
        self.message = message
        self.place = place



def os_error_message(exc: OSError, path: str | os.PathLike[str]) -> str:
    """Return one sentence saying why ``path`` could not be written and what to do."""
    import errno
    from pathlib import Path

    path = Path(path)
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"the disk holding {path} is full; free some space or save somewhere else"
    if code == errno.EROFS:
        return f"{path} is on a read-only disk or stick; save it somewhere else"
    if code in (errno.EACCES, errno.EPERM):
        return f"no permission to write {path}; choose a folder you can write to"
    if code in (errno.ENOTDIR, errno.EEXIST):
        for parent in [path, *path.parents]:
            if parent.exists() and not parent.is_dir():
                return f"{path} cannot be created because {parent} is a file, not a folder"
    if code == errno.ENAMETOOLONG:
        return f"the name {path.name[:60]!r} is too long for this disk; choose a shorter one"
    return f"could not write {path}: {exc.strerror or exc}"
