"""Decide which slides a course becomes, before any of them is laid out."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import (
    AudioBlock,
    Course,
    ExerciseBlock,
    FileBlock,
    ImageBlock,
    Item,
    Lesson,
    Module,
    Quiz,
    Survey,
    TextBlock,
    VideoBlock,
)
from ...presentation.words import Labels
from .errors import PptxExportError
from .markdown import Table, sections
from .options import PptxOptions
from .questions import markdown_paras, question_text, survey_paras
from .richtext import BULLET, HEADING, PLAIN, Para, Span, keep_translations


@dataclass
class SlideSpec:
    """One slide (or several, if its text must continue) before layout."""

    role: str  # layout role: title, section, content, two, title_only
    kind: str  # title, section, lesson, content, image, media, question, answer, survey, closing, file
    title: str = ""
    body: list[Para] = field(default_factory=list)
    right: list[Para] | None = None
    picture: ImageBlock | None = None
    media: AudioBlock | VideoBlock | None = None
    table: Table | None = None
    notes: str = ""
    #: Paragraphs of ``body`` that are a question's prompt, before choices or items that may stand
    #: in two columns and follow the prompt onto a continuation slide; -1: none.
    lead: int = -1
    #: Which lesson or assessment the slide belongs to, for tests and progress.
    item_id: str = ""
    #: The same slide in a bilingual deck's second language (its title and captions go under these).
    twin: SlideSpec | None = None


def select_items(course: Course, options: PptxOptions) -> list[tuple[int, Module, list[Item]]]:
    """Return (module number, module, items) for the modules and items the options choose."""
    if options.module is not None and not 1 <= options.module <= len(course.modules):
        raise PptxExportError(f"--module {options.module} does not exist: the course has {len(course.modules)} modules", "usage")
    wanted = set(options.lessons)
    known = [item.id for m in course.modules for item in m.items]
    unknown = [i for i in options.lessons if i not in known]
    if unknown:
        listed = ", ".join(known[:8]) + (", …" if len(known) > 8 else "")
        raise PptxExportError(f"no lesson, quiz or survey has the id {unknown[0]!r}; the ids are: {listed}", "usage")
    chosen = []
    for n, module in enumerate(course.modules, 1):
        if options.module is not None and n != options.module:
            continue
        items = [i for i in module.items if not wanted or i.id in wanted]
        if items:
            chosen.append((n, module, items))
    if not chosen:
        where = f"module {options.module}" if options.module is not None else "the course"
        raise PptxExportError(f"nothing to export: {where} has no lessons, quizzes or surveys", "usage")
    return chosen


def plan_deck(course: Course, options: PptxOptions, labels: Labels, date: str, lecturer: str) -> list[SlideSpec]:
    """Return the slides of the deck in order."""
    specs = [_title_slide(course, options, labels, date, lecturer)]
    for number, module, items in select_items(course, options):
        body = [Para([Span(labels("module", n=number), bold=True)], kind=PLAIN)] + markdown_paras(module.description)
        specs.append(SlideSpec("section", "section", module.title or labels("module", n=number), body, item_id=module.id))
        for item in items:
            if isinstance(item, Lesson):
                specs.extend(_lesson(item, course, labels))
            elif isinstance(item, Quiz):
                specs.extend(_quiz(item, labels))
            elif isinstance(item, Survey):
                specs.append(_survey(item, labels))
    specs.append(_closing(course, labels, lecturer))
    return specs


def _title_slide(course, options, labels, date, lecturer) -> SlideSpec:
    body = []
    if course.subtitle:
        body.append(Para([Span(course.subtitle, bold=True)], kind=PLAIN))
    if lecturer:
        body.append(Para([Span(labels("lecturer", name=lecturer))], kind=PLAIN))
    if options.venue:
        body.append(Para([Span(labels("venue", venue=options.venue))], kind=PLAIN))
    if date:
        body.append(Para([Span(labels("date", date=labels.date(date)))], kind=PLAIN))
    cover = ImageBlock(media=course.cover, alt=course.title) if course.cover else None
    return SlideSpec("title", "title", course.title, body, picture=cover, notes=course.description)


def _closing(course, labels, lecturer) -> SlideSpec:
    body = [Para([Span(labels("questions_welcome"))], kind=PLAIN), Para([Span(course.title, bold=True)], kind=PLAIN)]
    contacts = [f"{a.name} <{a.email}>" if a.email else a.name for a in course.authors if a.name]
    if lecturer and not contacts:
        contacts = [lecturer]
    if contacts:
        body.append(Para([Span(", ".join(contacts))], kind=PLAIN))
    if course.licence:
        body.append(Para([Span(labels("licence", licence=course.licence))], kind=PLAIN))
    return SlideSpec("title", "closing", labels("thanks"), body)


def _lesson(lesson: Lesson, course: Course, labels: Labels) -> list[SlideSpec]:
    body = []
    if lesson.objectives:
        body.append(Para([Span(labels("objectives"))], kind=HEADING))
        body.extend(Para([Span(o)], kind=BULLET) for o in lesson.objectives)
    if lesson.minutes:
        if body:
            body[-1].keep = True  # the minutes never stand alone on a slide
        body.append(Para([Span(labels("minutes", n=lesson.minutes), italic=True)], kind=PLAIN))
    specs = [SlideSpec("content", "lesson", lesson.title, body, notes=lesson.notes, item_id=lesson.id)]
    media = course.media_by_path()
    #: A heading with nothing under it before pictures: it becomes the pictures' title.
    heading: str | None = None
    for block in lesson.blocks:
        if isinstance(block, TextBlock):
            title = lesson.title
            for section in sections(block.markdown):
                _flush_heading(specs, heading, lesson)
                heading = None
                title = section.title or title
                chunks = section.chunks()
                for k, chunk in enumerate(chunks):
                    if isinstance(chunk, Table):
                        before = chunks[k - 1] if k else None
                        lead = before if isinstance(before, list) and _leads_table(before) else []
                        specs.append(SlideSpec("title_only", "table", title, lead, table=chunk, item_id=lesson.id))
                    elif not (k + 1 < len(chunks) and isinstance(chunks[k + 1], Table) and _leads_table(chunk)):
                        specs.append(SlideSpec("content", "content", title, keep_translations(chunk), item_id=lesson.id))
                if not section.parts and section.title:
                    heading = section.title
            continue
        if isinstance(block, ImageBlock):
            notes = "\n".join(x for x in (labels("alt", alt=block.alt) if block.alt else "", labels("credit", credit=block.credit) if block.credit else "") if x)
            specs.append(SlideSpec("title_only", "image", heading or lesson.title, picture=block, notes=notes, item_id=lesson.id))
            continue
        _flush_heading(specs, heading, lesson)
        heading = None
        if isinstance(block, (AudioBlock, VideoBlock)):
            item = media.get(block.media)
            name = (item.original_name if item and item.original_name else block.media.rsplit("/", 1)[-1])
            key = "audio" if isinstance(block, AudioBlock) else "video"
            notes = (labels("transcript") + "\n" + block.transcript) if block.transcript else ""
            specs.append(SlideSpec("title_only", "media", block.title or lesson.title, [Para([Span(labels(key, name=name), bold=True)])], media=block, notes=notes, item_id=lesson.id))
        elif isinstance(block, FileBlock):
            item = media.get(block.media)
            name = (item.original_name if item and item.original_name else block.media.rsplit("/", 1)[-1])
            body = [Para([Span(labels("file", name=name), bold=True)], kind=PLAIN)] + markdown_paras(block.description)
            specs.append(SlideSpec("content", "file", block.title or lesson.title, body, item_id=lesson.id))
        elif isinstance(block, ExerciseBlock):
            title = block.title or labels("exercise")
            if block.instructions:
                specs.append(SlideSpec("content", "content", title, markdown_paras(block.instructions), item_id=lesson.id))
            specs.extend(_questions(block.questions, title, labels, lesson.id))
    _flush_heading(specs, heading, lesson)
    return _fold_bare_title(specs, lesson)


def _leads_table(chunk) -> bool:
    """Return whether paragraphs before a table are short enough to stand above it on its slide."""
    return isinstance(chunk, list) and len(chunk) <= 2 and sum(len(p.text) for p in chunk) <= 160


def _flush_heading(specs: list[SlideSpec], heading: str | None, lesson: Lesson) -> None:
    """Give a heading that no picture took as its title a slide of its own."""
    if heading is not None and not any(s.kind == "image" and s.title == heading for s in specs[-1:]):
        specs.append(SlideSpec("title_only", "content", heading, [], item_id=lesson.id))


def _fold_bare_title(specs: list[SlideSpec], lesson: Lesson) -> list[SlideSpec]:
    """Fold a lesson title slide with neither objectives nor minutes into the lesson's next slide."""
    first = specs[0]
    if first.body or len(specs) < 2 or specs[1].kind not in ("content", "image", "table", "media", "file"):
        return specs
    nxt = specs[1]
    if nxt.title != lesson.title:
        if nxt.kind == "content" and nxt.body:
            # The lesson's name stands above the first section's text, as a line in the accent colour.
            nxt.body = [Para([Span(lesson.title)], kind=HEADING)] + nxt.body
        elif nxt.kind == "image":
            nxt.title = lesson.title
        else:
            return specs
    nxt.notes = "\n\n".join(n for n in (first.notes, nxt.notes) if n.strip())
    return specs[1:]


def _questions(questions, title: str, labels: Labels, item_id: str) -> list[SlideSpec]:
    specs = []
    n = len(questions)
    for i, q in enumerate(questions, 1):
        text = question_text(q, labels)
        role = "two" if text.right_column is not None else "content"
        specs.append(SlideSpec(role, "question", labels("question_of", title=title, i=i, n=n), text.question, right=text.right_column,
                               notes=text.notes, lead=text.question_lead, item_id=item_id))
        if text.answer is not None:
            specs.append(SlideSpec("content", "answer", labels("answer_of", title=title, i=i, n=n), text.answer,
                                   notes=text.answer_notes, lead=text.answer_lead, item_id=item_id))
    return specs


def _quiz(quiz: Quiz, labels: Labels) -> list[SlideSpec]:
    title = quiz.title or labels("quiz")
    body = markdown_paras(quiz.description) + [
        Para([Span(labels.counted("questions", len(quiz.questions)))], kind=BULLET),
        Para([Span(labels("pass_mark", n=quiz.pass_mark))], kind=BULLET),
        Para([Span(labels.counted("attempts", quiz.attempts) if quiz.attempts else labels("attempts_any"))], kind=BULLET),
    ]
    return [SlideSpec("content", "quiz", title, body, item_id=quiz.id)] + _questions(quiz.questions, title, labels, quiz.id)


def _survey(survey: Survey, labels: Labels) -> SlideSpec:
    body = markdown_paras(survey.description)
    body.append(Para([Span(labels("answer_on_phone"), italic=True)], kind=PLAIN))
    if survey.anonymous:
        body.append(Para([Span(labels("anonymous"), italic=True)], kind=PLAIN))
    body.extend(survey_paras(survey.questions, labels))
    return SlideSpec("content", "survey", survey.title or labels("survey"), body, item_id=survey.id)
