"""Build an import on a copy of the course, recording what it adds, so a failure leaves the course untouched."""

from __future__ import annotations

import copy
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from ..bundle import CourseBundle, MediaStore
from ..model import Course, Module
from ..model.edits import ImportEdit
from .report import ImportReport


@dataclass
class Work:
    """An import in progress: a copy of the course to build on, and the edit it records."""

    course: Course
    media: MediaStore
    path: Path | None
    edit: ImportEdit = field(default_factory=ImportEdit)


def working_copy(bundle: CourseBundle) -> Work:
    """Return a copy of the course whose media store reads the same bytes."""
    store = MediaStore(bundle.media.limits)
    for path in bundle.media.paths():
        store.set_origin(path, bundle.media.origin(path))
    return Work(copy.deepcopy(bundle.course), store, bundle.path)


def commit(bundle: CourseBundle, work: Work, report: ImportReport) -> None:
    """Apply the recorded edit to the course itself and hand it to the caller in the report."""
    work.edit.set(work.course, "modified", now_text())
    work.edit.operation(bundle.course).apply()
    for path in work.media.paths() - bundle.media.paths():
        bundle.media.set_origin(path, work.media.origin(path))
    report.edit = work.edit


@contextmanager
def staged(bundle: CourseBundle, report: ImportReport) -> Iterator[Work]:
    """Yield a working copy; apply its edit to the course only if the block finishes without an error."""
    work = working_copy(bundle)
    yield work
    commit(bundle, work, report)


def now_text() -> str:
    """Return the current time as ISO 8601 text in UTC, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def new_course_bundle(title: str = "", language: str = "en") -> CourseBundle:
    """Return an empty course to import into."""
    now = now_text()
    return CourseBundle(course=Course(title=title, language=language, created=now, modified=now))


def target_module(work: Work, title: str) -> Module:
    """Return the last module, adding one titled ``title`` if the course has none."""
    if not work.course.modules:
        work.edit.append(work.course, "modules", Module(title=title))
    return work.course.modules[-1]
