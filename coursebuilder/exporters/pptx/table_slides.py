"""Show a Markdown table as a real slide table: columns sized to their text, rows over slides."""

from __future__ import annotations

from pptx.enum.text import PP_ALIGN

from .markdown import Table
from .richtext import PLAIN, Para
from .text import fill

TABLE_SIZES = (20, 18, 16, 14)
#: Size of the lines above a table (a formula the table works through): a little larger than its rows.
LEAD_SIZE = 22
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


def lead_height(r, layout, lead: list[Para]) -> int:
    """Return the height (EMU) the lines standing above a table take, with the gap below them."""
    if not lead:
        return 0
    _left, _top, width, _height = r.content_area(layout)
    return r.box_height(lead, width, LEAD_SIZE) + r.GAP


def table_pages(r, layout, table: Table, lead: list[Para] | None = None) -> tuple[float, list[int], list[list[list]]]:
    """Return the text size, column widths and the rows of each slide (the header repeated on each).

    ``lead``: the short lines before the table, shown above its first rows on the first slide.
    """
    _left, _top, width, height = r.content_area(layout)
    first = height - lead_height(r, layout, lead or [])
    for size in TABLE_SIZES:
        widths = _column_widths(r, table, width, size)
        heights = [_row_height(r, row, widths, size) for row in table.rows]
        if sum(heights) <= first or size == TABLE_SIZES[-1]:
            break
    head = table.rows[:1] if table.header else []
    head_h = sum(heights[:1]) if table.header else 0
    body = list(zip(table.rows[len(head):], heights[len(head):], strict=True))
    pages: list[list[list]] = []
    page: list[list] = []
    used, room = head_h, first
    for row, h in body:
        if page and used + h > room:
            pages.append(head + page)
            page, used, room = [], head_h, height
        page.append(row)
        used += h
    pages.append(head + page)
    return size, widths, pages


def place_table(r, slide, rows: list[list], widths: list[int], size: float, header: bool,
                lead: list[Para] | None = None) -> None:
    """Add a table of the rows below the slide's title (and below the lines that lead to it)."""
    left, top, width, height = r.content_area(slide)
    if lead:
        r.add_box(slide, lead, left, top, width, LEAD_SIZE, align=PP_ALIGN.LEFT)
        top += lead_height(r, slide.slide_layout, lead)
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
