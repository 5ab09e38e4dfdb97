"""Folders the application owns on this machine."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CourseBuilder"


def _root(kind: str) -> Path:
    # COURSEBUILDER_HOME keeps tests and portable installs out of the user's folders.
    override = os.environ.get("COURSEBUILDER_HOME")
    if override:
        return Path(override) / kind
    if kind == "cache":
        return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Return the folder for thumbnails and derived media (safe to delete)."""
    return _root("cache")


def data_dir() -> Path:
    """Return the folder for recovery files and settings."""
    return _root("data")
