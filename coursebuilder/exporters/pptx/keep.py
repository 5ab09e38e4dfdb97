"""Keep a question whole on one slide: smaller text within the theme's limits, then two columns, then
continuation slides that repeat the prompt."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .fit import HEIGHT_SAFETY, FrameStyle, fits, paginate, text_height
from .richtext import Para

#: Slides whose text is one thing a trainee reads at once: a question, its answer, a lesson's objectives.
WHOLE_KINDS = ("question", "answer", "lesson")
#: Points the text shrinks by at each try.
_STEP = 2.0


@dataclass
class Arrangement:
    """How a slide spec's text is laid out: on which layout, at what size, over which slides."""

    role: str
    #: Per slide, the paragraphs of each body placeholder.
    pages: list[list[list[Para]]]
    #: Text sizes per list level (points); None keeps the theme's own.
    sizes: list[float] | None
    #: Points the second column starts lower than the first, so its items line up with the first's.
    offset: float = 0.0


def smallest(style: FrameStyle) -> float:
    """Return the theme's smallest body size: that of its third list level (20 pt default, 24 high contrast)."""
    return min(lvl.size for lvl in style.levels[:3])


def scaled(style: FrameStyle, size: float) -> FrameStyle:
    """Return the style with its first level at a size and the other levels in proportion."""
    base = style.levels[0].size
    k = size / base
    levels = [replace(lvl, size=round(lvl.size * k * 2) / 2, space_before=lvl.space_before * k) for lvl in style.levels]
    return replace(style, levels=levels)


def _sizes(style: FrameStyle) -> list[float]:
    base, floor = style.levels[0].size, smallest(style)
    out = [base]
    while out[-1] - _STEP >= floor - 0.01:
        out.append(out[-1] - _STEP)
    if out[-1] > floor:
        out.append(floor)
    return out


def _level_sizes(style: FrameStyle, base: FrameStyle) -> list[float] | None:
    if style.levels[0].size == base.levels[0].size:
        return None
    return [lvl.size for lvl in style.levels]


def arrange(one: FrameStyle, two: tuple[FrameStyle, FrameStyle] | None, body: list[Para], right: list[Para] | None,
            lead: int) -> Arrangement:
    """Lay out a question (prompt ``body[:lead]`` and items after it; ``right``: a matching's right column).

    ``one`` is the room of the one-column layout, ``two`` that of the two-column layout's frames.
    """
    sizes = _sizes(one)
    prompt, items = (body[:lead], body[lead:]) if lead >= 0 else (body, [])
    if right is None:
        for size in sizes:
            trial = scaled(one, size)
            if fits(body, trial):
                return Arrangement("content", [[body]], _level_sizes(trial, one))
        if two is not None and lead >= 0 and len(items) >= 2:
            half = (len(items) + 1) // 2
            while half < len(items) - 1 and items[half - 1].keeps_with_next:
                half += 1  # a choice and its translation stay in one column
            found = _two_columns(two, prompt, items[:half], items[half:], sizes)
            if found is not None:
                return found
        return _continued(one, prompt, items, body, lead, sizes[-1])
    if two is None:
        return _continued(one, prompt, items + right, body + right, lead, sizes[-1])
    found = _two_columns(two, prompt, items, right, sizes)
    if found is not None:
        return found
    return _pairs_continued(two, prompt, items, right, sizes[-1])


def _two_fit(two: tuple[FrameStyle, FrameStyle], prompt: list[Para], left: list[Para], right: list[Para],
             size: float) -> tuple[FrameStyle, float] | None:
    lstyle, rstyle = scaled(two[0], size), scaled(two[1], size)
    offset = text_height(prompt, lstyle)
    if fits(prompt + left, lstyle) and text_height(right, rstyle) <= (rstyle.height - offset) * HEIGHT_SAFETY:
        return lstyle, offset
    return None


def _two_columns(two, prompt, left, right, sizes) -> Arrangement | None:
    for size in sizes:
        found = _two_fit(two, prompt, left, right, size)
        if found is not None:
            lstyle, offset = found
            return Arrangement("two", [[prompt + left, right]], _level_sizes(lstyle, two[0]), offset)
    return None


def _continued(one: FrameStyle, prompt: list[Para], items: list[Para], body: list[Para], lead: int,
               size: float) -> Arrangement:
    """Continue over slides at the smallest size, each with the prompt above its share of the items."""
    style = scaled(one, size)
    sizes = _level_sizes(style, one)
    head = text_height(prompt, style)
    if lead < 0 or not items or head > style.height * HEIGHT_SAFETY * 0.6:
        # No items to share out, or a prompt too long to repeat: the text simply continues.
        return Arrangement("content", [[page] for page in paginate(body, style)], sizes)
    rest = replace(style, height=style.height - head / HEIGHT_SAFETY)
    return Arrangement("content", [[prompt + chunk] for chunk in paginate(items, rest)], sizes)


def _pairs_continued(two, prompt: list[Para], left: list[Para], right: list[Para], size: float) -> Arrangement:
    """Share a matching question's pairs over slides, both columns and the prompt on each."""
    n = max(len(left), len(right))
    if _two_fit(two, prompt, left[:1], right[:1], size) is None:
        # A prompt too long to repeat: each column simply continues, the prompt on the first slide only.
        lcols, rcols = paginate(prompt + left, scaled(two[0], size)), paginate(right, scaled(two[1], size))
        pages = [[lcols[i] if i < len(lcols) else [], rcols[i] if i < len(rcols) else []]
                 for i in range(max(len(lcols), len(rcols)))]
        return Arrangement("two", pages, _level_sizes(scaled(two[0], size), two[0]))
    for count in range(2, n + 1):
        per = -(-n // count)
        chunks = [(left[i:i + per], right[i:i + per]) for i in range(0, n, per)]
        fitted = [_two_fit(two, prompt, lc, rc, size) for lc, rc in chunks]
        if all(f is not None for f in fitted):
            lstyle, offset = fitted[0]  # type: ignore[misc]  # all checked just above
            return Arrangement("two", [[prompt + lc, rc] for lc, rc in chunks], _level_sizes(lstyle, two[0]), offset)
    # Not even one pair a slide fits beside the prompt (an item longer than a slide): one pair a slide,
    # each column continuing as long text does.
    return _pairs_continued(two, [], left, right, size) if prompt else Arrangement(
        "two", [[[p], [q]] for p, q in zip(left, right, strict=False)], _level_sizes(scaled(two[0], size), two[0]))
