"""What an offline export should produce, and the errors it can end with."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..contract import ExportOptions
from ..contract import human_size as human_size  # the package's callers import it from here
from ..errors import ExportError as ExportError  # the package's callers import it from here
from ..errors import OutputError as OutputError
from ..errors import Refused, UsageError
from ...model.languages import is_language_tag

#: The package forms: a folder of files, the same zipped, one HTML file, a SCORM 1.2 zip.
FORMS = ("folder", "zip", "single", "scorm")

_UNITS = {"": 1, "B": 1, "K": 1000, "KB": 1000, "M": 1000**2, "MB": 1000**2, "G": 1000**3, "GB": 1000**3,
          "KIB": 1024, "MIB": 1024**2, "GIB": 1024**3}


class BudgetExceeded(Refused):
    """The package is larger than the size budget allows."""


@dataclass(frozen=True, kw_only=True)
class OfflineOptions(ExportOptions):
    """How to build an offline package, and where (a folder, or the .zip or .html file)."""

    form: str = "folder"
    #: Longest picture edges to make, smallest first: phone and laptop screens.
    image_sizes: tuple[int, ...] = (480, 1280)
    quality: int = 80
    #: Largest allowed package in bytes (0: no limit).
    budget: int = 0
    #: Only warn, instead of failing, when the package is over the budget.
    warn_only: bool = False
    #: The course languages to put in the package, the first at its root (empty: all of them, the
    #: course's default first). Several get a language switch on every page; one is that language only.
    languages: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.form not in FORMS:
            raise UsageError(f"unknown package form {self.form!r}; use one of {', '.join(FORMS)}")
        if not self.image_sizes or any(not 64 <= s <= 4096 for s in self.image_sizes):
            raise UsageError("image sizes must be between 64 and 4096 pixels")
        object.__setattr__(self, "image_sizes", tuple(sorted(set(self.image_sizes))))
        bad = [tag for tag in self.languages if not is_language_tag(tag)]
        if bad:
            raise UsageError(f"{bad[0]!r} is not a language tag; write it like zh-Hans, en, km or lo")
        if len(set(self.languages)) != len(self.languages):
            raise UsageError("a language is listed twice")
        object.__setattr__(self, "languages", tuple(self.languages))

    @property
    def writes_folder(self) -> bool:
        """Return whether the package is a folder (else one .zip or .html file)."""
        return self.form == "folder"


def parse_size(text: str) -> int:
    """Return bytes for a size such as ``50MB``, ``1.5 GB`` or ``800K``, or raise ValueError."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    if not m or m.group(2).upper() not in _UNITS:
        raise ValueError(f"{text!r} is not a size; write it like 50MB, 800KB or 1.5GB")
    return int(float(m.group(1)) * _UNITS[m.group(2).upper()])


def parse_image_sizes(text: str) -> tuple[int, ...]:
    """Return picture edges from ``480,1280``, or raise ValueError."""
    try:
        sizes = tuple(int(p) for p in text.split(",") if p.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a list of pixel sizes; write it like 480,1280") from None
    if not sizes or any(not 64 <= s <= 4096 for s in sizes):
        raise ValueError(f"{text!r}: each size must be between 64 and 4096 pixels")
    return sizes


def suggested_name(title: str, form: str) -> str:
    """Return a file or folder name for a package, such as ``selling-online-offline.zip``."""
    stem = unicodedata.normalize("NFKC", title or "course").lower()
    # Letters of any script stay (Chinese names remain readable); nothing a USB stick's disk refuses.
    stem = re.sub(r"[^\w]+", "-", stem).strip("-_")[:40] or "course"
    return {"folder": f"{stem}-offline", "zip": f"{stem}-offline.zip", "single": f"{stem}.html",
            "scorm": f"{stem}-scorm.zip"}[form]
