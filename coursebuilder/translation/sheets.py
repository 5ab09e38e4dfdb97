"""Spreadsheets for translators: CSV and XLSX with the same columns.

Row 1 names the columns: key, place, source, translation, state. Row 2 says what the file is
for: ``#course`` in the key column, then the course id, the source language, the target language
and the course title, so a file for another course or language is refused on import. Every
other row is one text. CSV is UTF-8 with a byte-order mark, which is how Excel on Windows
knows to show Chinese, Khmer and Lao rather than mojibake; reading also accepts the UTF-16
tab-separated text Excel saves as "Unicode Text" and the semicolons of European Excel.
"""

from __future__ import annotations

import csv
import io
import zipfile
from typing import Any, Iterable, Iterator

from ..model.text_clean import clean_text
from .rows import (
    MAX_ROWS,
    FileRow,
    TranslationFileError,
    TranslatorFile,
    check_size,
    checked_text,
)

COLUMNS = ("key", "place", "source", "translation", "state")
META_KEY = "#course"
SHEET_TITLE = "Translation"
#: Caps on an XLSX's unpacked parts: a workbook of texts is small, a zip bomb is not.
MAX_XLSX_UNPACKED = 256 * 1024 * 1024
MAX_XLSX_RATIO = 200


def _table(file: TranslatorFile) -> Iterator[list[str]]:
    yield list(COLUMNS)
    yield [META_KEY, file.course_id, file.source_language, file.target_language, file.course_title]
    for row in file.rows:
        yield [row.key, row.place, row.source, row.translation, row.state]


def write_csv(file: TranslatorFile) -> bytes:
    """Return the texts as CSV, UTF-8 with a byte-order mark, Windows line ends (as Excel writes)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for cells in _table(file):
        writer.writerow([_spreadsheet_safe(c) for c in cells])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def read_csv(data: bytes, name: str = "the file") -> TranslatorFile:
    """Return the texts of a translator's CSV; raise TranslationFileError naming the line of a fault."""
    check_size(data, name)
    text = _decode(data, name)
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        return _from_table(((f"{name}, line {reader.line_num}", cells) for cells in reader), name)
    except csv.Error as exc:
        raise TranslationFileError(f"the CSV cannot be read: {exc}", f"{name}, line {reader.line_num}") from None


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise TranslationFileError("the file says it is UTF-16 but is not", name) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TranslationFileError(
            "the text is not UTF-8; save it from the spreadsheet as “CSV UTF-8”", f"{name}, line {line}") from None


def write_xlsx(file: TranslatorFile) -> bytes:
    """Return the texts as an Excel workbook: one sheet, the header frozen, texts wrapped."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None, "a new workbook has a sheet"
    sheet.title = SHEET_TITLE
    for cells in _table(file):
        sheet.append([clean_text(c)[0] for c in cells])
    for line in sheet.iter_rows():
        for cell in line:
            if cell.data_type == "f":
                cell.data_type = "s"  # a text starting with = is a text here, never a formula
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDE", (22, 34, 60, 60, 10), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=3, min_col=3, max_col=4):
        for cell in row:
            cell.alignment = wrap
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cell in sheet[2]:
        cell.font = Font(color="808080")
    sheet.freeze_panes = "A3"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def read_xlsx(data: bytes, name: str = "the file") -> TranslatorFile:
    """Return the texts of a translator's workbook (its first sheet); raise TranslationFileError naming the row."""
    check_size(data, name)
    _check_zip(data, name)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises anything for a damaged file; the file is the fault
        raise TranslationFileError(f"this is not a workbook Excel or LibreOffice wrote ({_reason(exc)})", name) from None
    try:
        sheet = book.worksheets[0]

        def rows() -> Iterator[tuple[str, list[str]]]:
            for n, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield f"{name}, row {n}", [_cell(v) for v in values]

        return _from_table(rows(), name)
    except TranslationFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged sheet fails while rows are read
        raise TranslationFileError(f"the workbook cannot be read ({_reason(exc)})", name) from None
    finally:
        book.close()


def _check_zip(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise TranslationFileError("this is not an .xlsx workbook (it is not a ZIP file)", name) from None
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > MAX_XLSX_UNPACKED or (total > 1024 * 1024 and total > MAX_XLSX_RATIO * max(packed, 1)):
        raise TranslationFileError("the workbook unpacks to far more than its texts could fill; refused", name)


def _reason(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120] or type(exc).__name__


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _from_table(rows: Iterable[tuple[str, list[str]]], name: str) -> TranslatorFile:
    it = iter(rows)
    header = next(it, None)
    if header is None or not any(c.strip() for c in header[1]):
        raise TranslationFileError("the file is empty", name)
    where, cells = header
    columns = {c.strip().lower(): i for i, c in enumerate(cells) if c.strip()}
    lacking = [c for c in ("key", "source", "translation") if c not in columns]
    if lacking:
        raise TranslationFileError(
            f"the first row must name the columns {', '.join(COLUMNS)}; {', '.join(lacking)} is not there", where)
    out: TranslatorFile | None = None

    def get(cells: list[str], column: str) -> str:
        i = columns.get(column)
        return cells[i] if i is not None and i < len(cells) else ""

    for where, cells in it:
        key = get(cells, "key").strip()
        if not key and not any(c.strip() for c in cells):
            continue  # blank rows a spreadsheet leaves
        if out is None:
            if key != META_KEY:
                raise TranslationFileError(
                    f"the second row must be the {META_KEY} row saying which course and language the file is for; "
                    "export the file again from CourseBuilder", where)
            # The meta row's cells are by position: an edited header must not move them.
            padded = cells + [""] * 5
            out = TranslatorFile(padded[1].strip(), padded[4].strip(), padded[2].strip(), padded[3].strip())
            continue
        if not key:
            raise TranslationFileError("this row has a translation but no key; keep the key column as exported", where)
        if len(out.rows) >= MAX_ROWS:
            raise TranslationFileError(f"the file has more than {MAX_ROWS:,} rows; no course has that many", where)
        out.rows.append(FileRow(key, checked_text(_unescape(get(cells, "source")), where, "source"),
                                checked_text(_unescape(get(cells, "translation")), where, "translation"),
                                get(cells, "state").strip(), get(cells, "place").strip(), where))
    if out is None:
        raise TranslationFileError(f"the file has no {META_KEY} row saying which course it is for", name)
    return out


#: A cell starting with one of these is a formula to a spreadsheet (CSV injection); written with a leading '.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_safe(text: str) -> str:
    text = clean_text(text)[0]
    return "'" + text if text.startswith(_FORMULA_STARTS) and text != "-" else text


def _unescape(text: str) -> str:
    # Undo the quote _spreadsheet_safe added (Excel keeps it in CSV, shows it as a text marker in XLSX).
    return text[1:] if text.startswith("'") and text[1:2] in _FORMULA_STARTS and len(text) > 1 else text
