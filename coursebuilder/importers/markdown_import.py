"""Import a folder of Markdown notes: one lesson per file, subfolders as modules, GIFT as quizzes."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from ..bundle import CourseBundle
from ..jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ..model import Block, Lesson, Module, TextBlock
from ..model.messages import say
from ..presentation import markdown
from .front_matter import parse_front_matter, split_front_matter
from .gift_import import quiz_from_bank, read_gift_file
from .local_media import add_media_file, block_for, is_remote, resolve_inside
from .naming import guess_language, natural_key, title_from_name
from .report import ImportFailure, ImportReport
from .staging import Work, staged

MAX_MARKDOWN_BYTES = 10 * 1024 * 1024
MAX_FILES = 20_000
_IMAGE_SYNTAX = re.compile(r"!\[((?:[^\]\\]|\\.)*)\](\((?:[^()\s]|\([^()]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)|\[[^\]]*\])?")
_H1 = re.compile(r"^#\s+(.+?)\s*#*\s*$")


@dataclass
class _Source:
    """One file that becomes a course item, with its path inside the folder."""

    path: Path
    rel: str
    kind: str  # "md" or "gift"


def import_markdown_folder(
    bundle: CourseBundle,
    folder: Path,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> ImportReport:
    """Add the folder's lessons, modules and quizzes to the course, all of them or none."""
    root = Path(folder)
    if not root.is_dir() or root.is_symlink():
        raise ImportFailure(say("refuse.not_folder"), str(root))
    report = ImportReport()
    groups = _collect(root, report)
    total = sum(len(files) for _, files in groups)
    if not total:
        raise ImportFailure(say("refuse.no_markdown"), str(root))
    texts: list[str] = []
    with staged(bundle, report) as work:
        done = 0
        for title, files in groups:
            module = Module(title=title)
            for source in files:
                cancel.check()
                progress(done, total, source.rel)
                if source.kind == "gift":
                    bank = read_gift_file(source.path, source.rel)
                    report.extend(bank.notices)
                    if not bank.questions:
                        report.note(source.rel, say("note.no_questions"))
                        done += 1
                        continue
                    module.items.append(quiz_from_bank(bank, title_from_name(source.path.name)))
                    report.quizzes += 1
                    report.questions += len(bank.questions)
                else:
                    module.items.append(_lesson(work, root, source, report, texts))
                    report.lessons += 1
                done += 1
            work.edit.append(work.course, "modules", module)
            report.modules += 1
        if not work.course.title:
            work.edit.set(work.course, "title", title_from_name(root.resolve().name))
            work.edit.set(work.course, "language", guess_language(texts, work.course.language))
    progress(total, total, "")
    return report


def _collect(root: Path, report: ImportReport) -> list[tuple[str, list[_Source]]]:
    """Return (module title, files) in name order: the root's own files first, then each subfolder."""
    groups: list[tuple[str, list[_Source]]] = []
    own, folders = _scan(root, "", report)
    if own:
        groups.append((title_from_name(root.resolve().name), own))
    count = len(own)
    for sub in folders:
        files = _walk(sub, sub.name, report)
        count += len(files)
        if count > MAX_FILES:
            raise ImportFailure(say("refuse.too_many_files", limit=MAX_FILES), str(root))
        if files:
            groups.append((title_from_name(sub.name), files))
    return groups


def _walk(folder: Path, rel: str, report: ImportReport) -> list[_Source]:
    files, folders = _scan(folder, rel, report)
    for sub in folders:
        deeper = _walk(sub, f"{rel}/{sub.name}", report)
        if deeper:
            report.note(f"{rel}/{sub.name}", say("note.nested_folder"))
        files.extend(deeper)
    return files


def _scan(folder: Path, rel: str, report: ImportReport) -> tuple[list[_Source], list[Path]]:
    files: list[_Source] = []
    folders: list[Path] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: natural_key(e.name))
    except OSError as exc:
        raise ImportFailure(say("refuse.cannot_read", reason=exc.strerror), str(folder)) from None
    for entry in entries:
        name = entry.name
        here = f"{rel}/{name}" if rel else name
        if name.startswith("."):
            continue  # hidden files and the litter of macOS and editors
        st = entry.stat(follow_symlinks=False)
        if stat.S_ISLNK(st.st_mode):
            report.note(here, say("note.symlink"))
        elif stat.S_ISDIR(st.st_mode):
            folders.append(Path(entry.path))
        elif stat.S_ISREG(st.st_mode):
            suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
            if suffix in ("md", "markdown"):
                files.append(_Source(Path(entry.path), here, "md"))
            elif suffix == "gift":
                files.append(_Source(Path(entry.path), here, "gift"))
    return files, folders


def _read_text(source: _Source) -> str:
    try:
        with open(source.path, "rb") as fh:
            raw = fh.read(MAX_MARKDOWN_BYTES + 1)
    except OSError as exc:
        raise ImportFailure(say("refuse.cannot_read", reason=exc.strerror), source.rel) from None
    if len(raw) > MAX_MARKDOWN_BYTES:
        raise ImportFailure(say("refuse.markdown_too_big", limit=MAX_MARKDOWN_BYTES >> 20), source.rel)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFailure(say("refuse.markdown_not_utf8"), say("place.line", name=source.rel, line=line)) from None


def _lesson(work: Work, root: Path, source: _Source, report: ImportReport, texts: list[str]) -> Lesson:
    text = _read_text(source)
    yaml_text, body, body_line = split_front_matter(text)
    fm = parse_front_matter(yaml_text, source.rel)
    for key in fm.unknown:
        report.note(source.rel, say("note.front_matter", key=key))
    lines = body.split("\n")
    title = fm.title
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and (m := _H1.match(lines[first])) and not title:
        # The first heading is the lesson's title, shown once by the player.
        title = m.group(1).strip()
        lines[first] = ""
    texts.append(body)
    lesson = Lesson(
        title=title or title_from_name(source.path.name),
        objectives=fm.objectives,
        minutes=fm.minutes,
        notes=fm.notes,
    )
    base = source.rel.rsplit("/", 1)[0] if "/" in source.rel else ""
    lesson.blocks = _blocks(work, root, base, source.rel, lines, body_line, report)
    return lesson


def _blocks(work, root: Path, base: str, rel: str, lines: list[str], first_line: int, report) -> list[Block]:
    """Return text blocks with image blocks wherever a paragraph shows a local picture."""
    tokens = markdown.parse("\n".join(lines), markdown.IMPORT)
    with_media: dict[int, tuple[int, list]] = {}
    top = None
    for token in tokens:
        if token.level == 0 and token.map and token.nesting >= 0:
            top = token.map
        html = [token] if token.type == "html_block" else [c for c in token.children or [] if c.type == "html_inline"]
        if any("<img" in h.content.lower() for h in html) and top:
            report.note(say("place.line", name=rel, line=first_line + top[0]), say("note.html_img"))
        if token.type == "inline" and token.children and top:
            images = [c for c in token.children if c.type == "image"]
            if images:
                start, end = top
                with_media.setdefault(start, (end, []))[1].extend(images)
    blocks: list[Block] = []
    buffer: list[str] = []

    def flush() -> None:
        text = "\n".join(buffer).strip("\n")
        if text.strip():
            blocks.append(TextBlock(markdown=text))
        buffer.clear()

    i = 0
    while i < len(lines):
        if i not in with_media:
            buffer.append(lines[i])
            i += 1
            continue
        end, images = with_media[i]
        place = f"{rel} line {first_line + i}"
        local = [img for img in images if not is_remote(str(img.attrs.get("src", "")))]
        for img in images:
            if img not in local:
                report.note(place, say("note.web_picture", src=img.attrs.get("src", "")))
        chunk = "\n".join(lines[i:end])
        buffer.append(_IMAGE_SYNTAX.sub(lambda m: "" if _is_local(m) else m.group(0), chunk) if local else chunk)
        if local:
            flush()
            for img in local:
                path = resolve_inside(root, base, str(img.attrs.get("src", "")), place)
                item = add_media_file(work, path, place, report)
                blocks.append(block_for(item, img.content.strip(), str(img.attrs.get("title") or "")))
        i = end
    flush()
    return blocks


def _is_local(match: re.Match) -> bool:
    dest = match.group(2) or ""
    if not dest.startswith("("):
        return True  # reference-style pictures are resolved by the parser, not here
    target = dest[1:-1].strip().split()[0] if dest[1:-1].strip() else ""
    return not is_remote(target.strip("<>"))
