"""The translator round trip: a language's texts out to XLIFF 2.0, CSV or XLSX, and back as one edit.

Plain Python (no Qt): the command line and the editor both export with ``export_translations`` and
import with ``read_translations`` then ``plan_import``, whose report carries the one operation.
"""

from __future__ import annotations

from typing import Callable

from ..model import Course
from .apply import Entry, ImportReport, plan_import
from .rows import TranslationFileError, TranslatorFile, export_file
from .sheets import read_csv, read_xlsx, write_csv, write_xlsx
from .xliff import read_xliff, write_xliff

#: Format name -> (writer, reader, usual file suffix).
FORMATS: dict[str, tuple[Callable[[TranslatorFile], bytes], Callable[[bytes, str], TranslatorFile], str]] = {
    "xliff": (write_xliff, read_xliff, ".xlf"),
    "csv": (write_csv, read_csv, ".csv"),
    "xlsx": (write_xlsx, read_xlsx, ".xlsx"),
}


def export_translations(course: Course, lang: str, fmt: str) -> bytes:
    """Return the file a translator fills in for ``lang``; ValueError for a language the course lacks."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose {', '.join(FORMATS)}")
    return FORMATS[fmt][0](export_file(course, lang))


def format_of(data: bytes) -> str:
    """Return the format a translator's file is in, from its first bytes (names and suffixes get changed)."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"<"):
        return "xliff"
    return "csv"


def read_translations(data: bytes, name: str = "the file") -> TranslatorFile:
    """Return the texts of a translator's file in any of the formats; TranslationFileError names the place of a fault."""
    return FORMATS[format_of(data)][1](data, name)


__all__ = [
    "FORMATS",
    "Entry",
    "ImportReport",
    "TranslationFileError",
    "TranslatorFile",
    "export_file",
    "export_translations",
    "format_of",
    "plan_import",
    "read_translations",
]
