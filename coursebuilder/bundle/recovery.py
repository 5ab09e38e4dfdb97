"""Finish or roll back a save that was cut off, before anything reads the bundle."""

from __future__ import annotations

from pathlib import Path

from ..atomic import backup_of, recover_interrupted
from .limits import MANIFEST_NAME


def recover_interrupted_save(target: Path) -> bool:
    """Put the previous copy back if a save was cut off between its two renames.

    A ZIP bundle's backup sits beside it; a folder bundle's is ``course.yaml.bak`` inside.
    A backup left beside a complete manifest is stale and removed. Returns whether
    anything was restored; a read-only disk is left as it is.
    """
    target = Path(target)
    try:
        restored = recover_interrupted(target)
        if target.is_dir():
            manifest = target / MANIFEST_NAME
            restored = recover_interrupted(manifest) or restored
            stale = backup_of(manifest)
            if manifest.is_file() and stale.is_file():
                stale.unlink()
        return restored
    except OSError:
        return False
