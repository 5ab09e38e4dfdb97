"""Show a Markdown table as a real slide table: columns sized to their text, rows over slides."""

from __future__ import annotations

from .markdown import Table
from .richtext import PLAIN, Para
from .text import fill

TABLE_SIZES = (20, 18, 16, 14)
#: Cell insets (left + right, top + bottom) PowerPoint gives a table cell, in points.
_CELL_PAD_W, _CELL_PAD_H = 14.4, 7.2


def _cell(spans) -> list[Para]:
    return [Para(list(spans), kind=PLAIN)]


def _column_widths(r, table: Table, width: int, size: float) -> list[int]:
    """Share the width among the columns by how long their text is, each at least a sixth of even."""
    cols = max(len(row) for row in table.rows)
    style = r.box_style(10**9, size)
    need = [0.0] * cols
    for row in table.rows:
        for n, cell in enumerate(row):
            line = style.measurer.width("".join(s.text for s in cell), size) if cell else 0.0
            need[n] = max(need[n], min(line, 400.0))
    floor = 1 / (6 * cols)
    total = sum(need) or 1.0
    shares = [max(floor, w / total) for w in need]
    scale = sum(shares)
    return [int(width * s / scale) for s in shares]


def _row_height(r, row, widths: list[int], size: float) -> int:
    return max(r.box_height(_cell(cell), w, size) if cell else r.box_height(_cell([]), w, size)
               for cell, w in zip(row + [[]] * (len(widths) - len(row)), widths, strict=True))


def table_pages(r, layout, table: Table) -> tuple[float, list[int], list[list[list]]]:
    """Return the text size, column widths and the rows of each slide (the header repeated on each)."""
    _left, _top, width, height = r.content_area(layout)
    for size in TABLE_SIZES:
        widths = _column_widths(r, table, width, size)
        heights = [_row_height(r, row, widths, size) for row in table.rows]
        if sum(heights) <= height or size == TABLE_SIZES[-1]:
            break
    head = table.rows[:1] if table.header else []
    head_h = sum(heights[:1]) if table.header else 0
    body = list(zip(table.rows[len(head):], heights[len(head):], strict=True))
    pages: list[list[list]] = []
    page: list[list] = []
    used = head_h
    for row, h in body:
        if page and used + h > height:
            pages.append(head + page)
            page, used = [], head_h
        page.append(row)
        used += h
    pages.append(head + page)
    return size, widths, pages


def place_table(r, slide, rows: list[list], widths: list[int], size: float, header: bool) -> None:
    """Add a table of the rows below the slide's title."""
    left, top, width, height = r.content_area(slide)
    heights = [_row_height(r, row, widths, size) for row in rows]
    shape = slide.shapes.add_table(len(rows), len(widths), left, top, sum(widths), sum(heights))
    grid = shape.table
    grid.first_row = header
    for n, w in enumerate(widths):
        grid.columns[n].width = w
    for i, row in enumerate(rows):
        grid.rows[i].height = heights[i]
        for n in range(len(widths)):
            cell = row[n] if n < len(row) else []
            fill(grid.cell(i, n).text_frame, _cell(cell), r.language, size=size, lists=False)
