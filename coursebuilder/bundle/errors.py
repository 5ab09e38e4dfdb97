"""Errors raised while reading or writing bundles."""

from __future__ import annotations

import os

# Defined with the rest of the job plumbing; re-exported here where callers look for it.
from ..jobs import Cancelled
from ..model.messages import Message, worded

__all__ = ["BundleError", "Cancelled", "os_error_message"]


class BundleError(Exception):
    """A bundle cannot be read or written; the message is one line for the lecturer.

    ``message`` and ``place`` are a catalogue ``Message`` (worded in the editor's language by
    ``text``) or, for words not yet in the catalogue, an English string; ``str()`` is the English.
    """

    def __init__(self, message: str | Message, place: str | Message = ""):
        self.said = message
        self.where = place
        self.message = str(message)
        self.place = str(place)
        super().__init__(f"{self.place}: {self.message}" if self.place else self.message)

    def text(self, language: str) -> str:
        """Return the error in ``language`` (an interface language such as ``zh_CN``)."""
        message, place = worded(self.said, language), worded(self.where, language)
        return f"{place}: {message}" if place else message



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
