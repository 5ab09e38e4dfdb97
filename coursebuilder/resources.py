"""Find the files the app ships in ``resources/``: themes, site templates, schemas."""

from __future__ import annotations

import sys
from pathlib import Path

_SOURCE = Path(__file__).resolve().parents[1]
# Where `pip install .` puts them (see [tool.setuptools.data-files] in pyproject.toml).
_INSTALLED = Path(sys.prefix) / "share" / "coursebuilder"


def _shipped(name: str) -> Path:
    # A frozen build (PyInstaller) unpacks its data beside the program, in sys._MEIPASS.
    frozen = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen:
        return Path(frozen) / name
    checkout = _SOURCE / name
    return checkout if checkout.is_dir() else _INSTALLED / name


def resource_dir(*parts: str) -> Path:
    """Return a folder under ``resources/``, from the source checkout, the installed or the frozen copy."""
    return _shipped("resources").joinpath(*parts)


def guide_dir(*parts: str) -> Path:
    """Return a folder of the user guide (``docs/guide`` in the source checkout)."""
    checkout = _SOURCE / "docs" / "guide"
    if not getattr(sys, "frozen", False) and checkout.is_dir():
        return checkout.joinpath(*parts)
    return _shipped("guide").joinpath(*parts)


def sample_courses_dir() -> Path:
    """Return the folder of the sample courses that ship with the app."""
    return _shipped("sample_courses")
