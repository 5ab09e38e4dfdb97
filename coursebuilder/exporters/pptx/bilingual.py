"""Two languages on each slide: the slides of two copies of a course, each localized, paired by what they show.

Both copies have the same ids, so a lesson's slides in one language meet the same lesson's
slides in the other. Each text of the second language goes right under its twin in the
first, smaller; where the two differ in shape (a translation with one paragraph more) the
second language follows the first whole. The model is never touched: no strings are joined.
"""

from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher

from .plan import SlideSpec
from .richtext import LETTER, NUMBER, Para

#: Size of the second language against the first.
SECOND_SCALE = 0.72


def pair_specs(first: list[SlideSpec], second: list[SlideSpec], language: str) -> list[SlideSpec]:
    """Return the first language's slides, each carrying its twin in the second language."""
    keys_a = [(s.role, s.kind, s.item_id) for s in first]
    keys_b = [(s.role, s.kind, s.item_id) for s in second]
    paired: list[SlideSpec] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes():
        if tag == "equal":
            for a, b in zip(first[i1:i2], second[j1:j2], strict=True):
                paired.extend(_merge(a, b, language))
        else:
            # Slides only one language has (a translated text of other shape) stay as they are.
            paired.extend(first[i1:i2])
            paired.extend(replace(b, body=second_paras(b.body, language, alone=True),
                                  right=second_paras(b.right, language, alone=True) if b.right is not None else None)
                          for b in second[j1:j2])
    return paired


def _merge(a: SlideSpec, b: SlideSpec, language: str) -> list[SlideSpec]:
    if a.kind == "table":
        # A table's cells hold one text each: the second language's table follows on its own slide.
        return [a, b]
    right = a.right
    if a.right is not None and b.right is not None:
        right = interleave(a.right, b.right, language)
    notes = "\n\n".join(n for n in (a.notes.strip(), b.notes.strip()) if n)
    if a.notes.strip() == b.notes.strip():
        notes = a.notes
    body, lead = interleave(a.body, b.body, language), a.lead
    if a.lead >= 0 and b.lead >= 0:
        # A question's prompt and its choices are paired apart, so the prompt's end stays known.
        prompt = interleave(a.body[:a.lead], b.body[:b.lead], language)
        body, lead = prompt + interleave(a.body[a.lead:], b.body[b.lead:], language), len(prompt)
    return [replace(a, body=body, right=right, notes=notes, twin=b, lead=lead)]


def interleave(first: list[Para], second: list[Para], language: str) -> list[Para]:
    """Return each paragraph of the first language followed by its twin in the second."""
    if len(first) != len(second) or any(p.kind != q.kind or p.level != q.level for p, q in zip(first, second, strict=False)):
        return first + second_paras(second, language, alone=True)
    out: list[Para] = []
    for p, q in zip(_numbered(first), second_paras(second, language), strict=True):
        twin = bool(q.text.strip() and q.text.strip() != p.text.strip())
        # A line and its translation share a slide.
        out.append(replace(p, keep=True) if twin else p)
        if twin:
            out.append(q)
    return out


def second_paras(paras: list[Para] | None, language: str, *, alone: bool = False) -> list[Para]:
    """Return paragraphs as the second language is drawn: smaller, tagged; under a twin, without a bullet."""
    return [replace(p, spans=[replace(s, lang=language) for s in p.spans], scale=SECOND_SCALE,
                    continued=p.continued or not alone) for p in paras or []]


def _numbered(paras: list[Para]) -> list[Para]:
    """Give every numbered or lettered paragraph its own number, as the deck would count it alone.

    A second-language line between two choices would otherwise restart PowerPoint's count.
    """
    out: list[Para] = []
    previous: Para | None = None
    n = 1
    for p in paras:
        if p.kind in (NUMBER, LETTER):
            run_on = (previous is not None and previous.kind == p.kind and previous.level == p.level
                      and not p.continued)
            n = n + 1 if run_on else p.start
            p = replace(p, start=n)
        previous = p
        out.append(p)
    return out
