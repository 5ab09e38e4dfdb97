"""What every exporter takes and gives back: options naming the output, one result type.

Every exporter is called the same way, ``export(bundle, options, progress, cancel) -> ExportResult``,
with frozen options that subclass ``ExportOptions`` (the output path and whether it may be replaced,
checked when made) and ends with the one error family of ``errors.py``. The CLI and the editor run
any exporter through ``coursebuilder.exports`` without knowing which one it is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from .errors import OutputError, UsageError


@dataclass(frozen=True, kw_only=True)
class ExportOptions:
    """Where an export goes and whether it may replace what is there (a bad value raises UsageError)."""

    #: The file (or, for a folder package, the folder) to write.
    output: Path
    #: Replace an existing file or folder at ``output``; otherwise an existing one is refused.
    overwrite: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.output, (str, os.PathLike)) or not str(self.output).strip():
            raise UsageError("say where the export goes (an output path)")
        object.__setattr__(self, "output", Path(self.output))

    @property
    def writes_folder(self) -> bool:
        """Return whether the export writes a folder (else one file) at ``output``."""
        return False


def check_output(options: ExportOptions) -> Path:
    """Refuse an output the export may not write (OutputError); return the folder it goes into.

    The one overwrite policy of every exporter: an existing file or folder is replaced only when
    the options allow it, and never by the other kind (a file never replaces a folder).
    """
    out = options.output
    folder = options.writes_folder
    if out.exists() and not options.overwrite:
        raise OutputError(f"{out} already exists; choose another name or allow replacing it (--force)")
    if out.exists() and out.is_dir() != folder:
        raise OutputError(f"{out} exists and is not a {'folder' if folder else 'file'}")
    parent = out.resolve().parent
    if not parent.is_dir():
        raise OutputError(f"the folder {parent} does not exist")
    return parent


class Report(Protocol):
    """What an exporter says about what it made, as lines for the CLI and the editor."""

    def summary(self) -> str:
        """Return one short line: how much was made."""
        ...

    def lines(self, top: int = 0) -> list[str]:
        """Return the detailed report; ``top`` limits long lists to their largest entries."""
        ...


R = TypeVar("R", bound=Report)


@dataclass
class ExportResult(Generic[R]):
    """What an export wrote: where, how many bytes, the exporter's report and the lecturer's warnings."""

    path: Path
    bytes: int
    report: R
    warnings: list[str] = field(default_factory=list)


def human_size(n: float) -> str:
    """Return a size like ``12.3 MB`` (decimal units, as phones and USB sticks show them)."""
    for unit in ("bytes", "KB", "MB"):
        if n < 1000:
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.2f} GB"
