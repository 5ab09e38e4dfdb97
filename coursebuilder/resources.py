"""Find the files the app ships in ``resources/``: themes, site templates, schemas."""

from __future__ import annotations

import sys
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[1] / "resources"
# Where `pip install .` puts them (see [tool.setuptools.data-files] in pyproject.toml).
_INSTALLED = Path(sys.prefix) / "share" / "coursebuilder" / "resources"


def resource_dir(*parts: str) -> Path:
    """Return a folder under ``resources/``, from the source checkout or the installed copy."""
    root = _CHECKOUT if _CHECKOUT.is_dir() else _INSTALLED
    return root.joinpath(*parts)
