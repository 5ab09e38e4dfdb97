"""What belongs together stays on one slide: checks of a written deck, and of LibreOffice's PDF of it.

Written from what a trainee sees, not from the exporter's plan: a deck is read back with python-pptx
(titles, paragraphs, list marks) and, where LibreOffice has drawn it, from the words of its PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pptx.oxml.ns import qn

from coursebuilder.model import Course, ExerciseBlock, Lesson, Quiz, Survey
from coursebuilder.presentation.words import Labels

EMU_PER_PT = 12700
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]{2,}")
_NOT_BODY = ("title", "ctrTitle", "ftr", "sldNum", "dt")


@dataclass
class Paragraph:
    """One paragraph of a slide's body as the deck writes it."""

    text: str
    level: int
    #: "number", "letter", "none" (buNone) or "inherit" (the level's own bullet or none).
    mark: str
    start: int | None
    bold: bool
    frame: int


@dataclass
class SlideView:
    """A slide as a trainee reads it: title, body paragraphs, and what else it shows."""

    number: int
    layout: str
    title: str
    paras: list[Paragraph] = field(default_factory=list)
    pictures: int = 0
    tables: int = 0
    #: Boxes (left, top, right, bottom in points) of the title and the footer fields.
    chrome: list[tuple[float, float, float, float]] = field(default_factory=list)
    bodies: list[tuple[float, float, float, float]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Return the body text without white space."""
        return "".join("".join(p.text.split()) for p in self.paras)


def _ph_type(shape) -> str | None:
    if not shape.is_placeholder:
        return None
    ph = shape._element.xpath("./*[1]/p:nvPr/p:ph")
    return ph[0].get("type", "obj") if ph else "obj"


def _box(shape) -> tuple[float, float, float, float]:
    return (shape.left / EMU_PER_PT, shape.top / EMU_PER_PT, (shape.left + shape.width) / EMU_PER_PT,
            (shape.top + shape.height) / EMU_PER_PT)


def _mark(p_el) -> tuple[str, int | None]:
    ppr = p_el.find(qn("a:pPr"))
    if ppr is None:
        return "inherit", None
    auto = ppr.find(qn("a:buAutoNum"))
    if auto is not None:
        kind = "letter" if auto.get("type", "").startswith("alpha") else "number"
        return kind, int(auto.get("startAt", "1"))
    if ppr.find(qn("a:buNone")) is not None:
        return "none", None
    return "inherit", None


def read_slides(prs) -> list[SlideView]:
    """Return every slide of a deck as a SlideView, body frames in reading order."""
    views = []
    for n, slide in enumerate(prs.slides, 1):
        view = SlideView(n, slide.slide_layout.name, "")
        frames = []
        for shape in slide.shapes:
            kind = _ph_type(shape)
            if shape.shape_type == 13 or shape._element.tag == qn("p:pic"):
                view.pictures += 1
                continue
            if getattr(shape, "has_table", False) and shape.has_table:
                view.tables += 1
                continue
            if not shape.has_text_frame:
                continue
            if kind in ("title", "ctrTitle"):
                view.title = shape.text_frame.text
                view.chrome.append(_box(shape))
            elif kind in _NOT_BODY:
                view.chrome.append(_box(shape))
            elif shape.text_frame.text.strip():
                frames.append(shape)
        frames.sort(key=lambda s: (round(s.top / (EMU_PER_PT * 18)), s.left))
        for f, shape in enumerate(frames):
            view.bodies.append(_box(shape))
            for p_el, p in zip(shape.text_frame._txBody.findall(qn("a:p")), shape.text_frame.paragraphs, strict=True):
                if not p.text.strip():
                    continue
                mark, start = _mark(p_el)
                bold = bool(p.runs) and all(r.font.bold for r in p.runs if r.text.strip())
                view.paras.append(Paragraph(p.text, p.level, mark, start, bold, f))
        views.append(view)
    return views


class Titles:
    """Slide titles the deck's words make: continuations, questions and answers, lessons' minutes."""

    def __init__(self, language: str):
        self.labels = Labels(language)
        cont = self.labels("continued", title="\x00")
        self._cont_head, self._cont_tail = cont.split("\x00")
        self.minutes = re.compile("^" + re.escape(self.labels("minutes", n=0)).replace("0", r"\d+") + "$")

        def pattern(key: str) -> re.Pattern:
            text = re.escape(self.labels(key, title="\x01", i=1, n=2))
            return re.compile("^" + text.replace("\x01", ".+").replace("1", r"\d+").replace("2", r"\d+") + "$")

        self.question = pattern("question_of")
        self.answer = pattern("answer_of")

    def base(self, title: str) -> tuple[str, bool]:
        """Return the title without its continuation mark, and whether it had one."""
        if self._cont_tail and title.endswith(self._cont_tail) and title.startswith(self._cont_head):
            return title[len(self._cont_head):len(title) - len(self._cont_tail)], True
        return title, False


def groups(slides: list[SlideView], titles: Titles) -> list[list[SlideView]]:
    """Return runs of a slide and the slides continuing it."""
    out: list[list[SlideView]] = []
    for view in slides:
        base, continued = titles.base(view.title)
        if continued and out and titles.base(out[-1][0].title)[0] == base:
            out[-1].append(view)
        else:
            out.append([view])
    return out


def _norm(text: str) -> str:
    return "".join(text.split())


def _key(text: str) -> str:
    """Return what identifies a prompt on a page: its first characters without spaces."""
    return _norm(text)[:16]


def _questions(course: Course):
    for module in course.modules:
        for item in module.items:
            if isinstance(item, Lesson):
                for block in item.blocks:
                    if isinstance(block, ExerciseBlock):
                        yield from block.questions
            elif isinstance(item, Quiz):
                yield from item.questions


def _is_question(group: list[SlideView], titles: Titles) -> bool:
    return bool(titles.question.match(group[0].title) or titles.answer.match(group[0].title))


def structure_problems(prs, course: Course) -> list[str]:
    """Return every slide that splits what belongs together or carries only a fragment, read from the deck."""
    titles = Titles(course.language)
    slides = read_slides(prs)
    problems: list[str] = []
    for view in slides:
        if view.layout in ("Title Slide", "Section Header") or view.number == 1:
            continue
        if not view.paras and not view.pictures and not view.tables:
            problems.append(f"slide {view.number}: only a title ({view.title!r})")
        elif view.paras and all(titles.minutes.match(p.text.strip()) for p in view.paras):
            problems.append(f"slide {view.number}: only the lesson's minutes ({view.paras[0].text!r})")
        elif view.paras and not view.pictures and not view.tables and all(
                p.bold and p.mark in ("none", "inherit") and len(p.text) < 80 for p in view.paras) and len(view.paras) == 1:
            problems.append(f"slide {view.number}: only one bold line ({view.paras[0].text!r})")
    for group in groups(slides, titles):
        if _is_question(group, titles) and group[0].paras:
            key = _key(group[0].paras[0].text)
            for view in group[1:]:
                if key not in view.text:
                    problems.append(f"slide {view.number}: the question's choices without its prompt ({group[0].title!r})")
        for before, after in zip(group, group[1:], strict=False):
            if before.paras and after.paras and before.paras[-1].mark == after.paras[0].mark == "none":
                # The samples write a Chinese paragraph, then its English as the next paragraph.
                last, first = before.paras[-1].text, after.paras[0].text
                if _HAN.search(last) and not _HAN.search(first) and _LATIN.search(first):
                    problems.append(f"slide {after.number}: an English line split from its Chinese line ({first[:40]!r})")
    for q in _questions(course):
        pairs = getattr(q, "pairs", None)
        if not pairs:
            continue
        lefts, rights = {p.left.strip() for p in pairs}, {p.right.strip() for p in pairs}
        for view in slides:
            if not titles.question.match(titles.base(view.title)[0]):
                continue
            texts = {p.text.strip() for p in view.paras}
            has_left, has_right = bool(texts & lefts), bool(texts & rights)
            if has_left != has_right:
                problems.append(f"slide {view.number}: matching pairs without their other column ({q.prompt[:30]!r})")
    problems += _survey_problems(slides, course)
    return problems


_FORMS = {"single_choice", "multiple_choice", "rating_scale", "true_false", "open_text"}


def _survey_problems(slides: list[SlideView], course: Course) -> list[str]:
    problems = []
    for module in course.modules:
        for item in module.items:
            if not isinstance(item, Survey):
                continue
            for q in item.questions:
                if q.type not in _FORMS:
                    continue
                prompt = " ".join(q.prompt.split())
                for view in slides:
                    at = [i for i, p in enumerate(view.paras) if p.text.strip() == prompt and p.level == 0]
                    for i in at:
                        if i + 1 >= len(view.paras) or view.paras[i + 1].level == 0:
                            problems.append(f"slide {view.number}: a survey question without its answer form ({prompt[:30]!r})")
    return problems


# -- what LibreOffice drew -----------------------------------------------------------------

Word = tuple[float, float, float, float, str]


def _inside(word: Word, box: tuple[float, float, float, float], tol: float = 2.0) -> bool:
    x0, y0, x1, y1, _w = word
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return box[0] - tol <= cx <= box[2] + tol and box[1] - tol <= cy <= box[3] + tol


def body_words(view: SlideView, words: list[Word]) -> list[Word]:
    """Return the words of a page outside its title and footer fields."""
    return [w for w in words if not any(_inside(w, box) for box in view.chrome)]


def _lines(words: list[Word]) -> int:
    """Return how many lines the words make (tops more than half a line apart)."""
    tops = sorted(w[1] for w in words)
    count, last = 0, None
    for top in tops:
        if last is None or top - last > 6:
            count += 1
            last = top
    return count


_NUMBER = re.compile(r"^(\d+)\.$")
_LETTER = re.compile(r"^([A-Z])\.$")


def _marks(words: list[Word], pattern: re.Pattern, conv) -> list[int]:
    found = [(w[1], w[0], conv(m.group(1))) for w in words if (m := pattern.match(w[4]))]
    return [v for _y, _x, v in sorted(found)]


def pdf_problems(prs, course: Course, pages: list[list[Word]]) -> list[str]:
    """Return the problems LibreOffice's drawing of a deck shows: prompts missing, fragments, restarted numbers."""
    titles = Titles(course.language)
    slides = read_slides(prs)
    assert len(slides) == len(pages), "one PDF page per slide"
    problems = []
    for group in groups(slides, titles):
        first = group[0]
        if _is_question(group, titles) and first.paras:
            key = _key(first.paras[0].text)
            for view in group[1:]:
                drawn = _norm("".join(w[4] for w in body_words(view, pages[view.number - 1])))
                if key not in drawn:
                    problems.append(f"page {view.number}: drawn without its question's prompt ({first.title!r})")
        for before, after in zip(group, group[1:], strict=False):
            words = body_words(after, pages[after.number - 1])
            if words and _lines(words) <= 1:
                text = " ".join(w[4] for w in words)
                problems.append(f"page {after.number}: a continuation slide with one line only ({text[:40]!r})")
            problems += _numbering(before, after, pages)
    return problems


def _numbering(before: SlideView, after: SlideView, pages: list[list[Word]]) -> list[str]:
    """Return a problem if a list cut between two slides starts again instead of going on."""
    if not before.paras or not after.paras:
        return []
    last = before.paras[-1]
    lead = [p for p in after.paras[:2] if p.level == last.level]
    if last.mark not in ("number", "letter") or not lead:
        return []
    # The list goes on if the next slide opens with its next item, or with the rest of the cut one.
    nxt = lead[0] if lead[0].mark == last.mark else (lead[1] if len(lead) > 1 and lead[0].mark == "none" and lead[1].mark == last.mark else None)
    if nxt is None:
        return []
    pattern, conv = (_NUMBER, int) if last.mark == "number" else (_LETTER, lambda s: ord(s) - 64)
    drawn_before = _marks(body_words(before, pages[before.number - 1]), pattern, conv)
    drawn_after = _marks(body_words(after, pages[after.number - 1]), pattern, conv)
    if not drawn_before or not drawn_after:
        return [f"page {after.number}: list marks not found in the PDF"]
    if drawn_after[0] != drawn_before[-1] + 1:
        return [f"page {after.number}: numbering restarts at {drawn_after[0]} after {drawn_before[-1]}"]
    return []
