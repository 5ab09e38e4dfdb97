"""Build an import on a copy of the course so a failure leaves the course untouched."""

from __future__ import annotations

import copy
import dataclasses
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Iterator

from ..bundle import CourseBundle, MediaStore
from ..model import Course, Module


def working_copy(bundle: CourseBundle) -> CourseBundle:
    """Return a copy of the course whose media store reads the same bytes."""
    store = MediaStore(bundle.media.limits)
    for path in bundle.media.paths():
        store.set_origin(path, bundle.media.origin(path))
    return CourseBundle(course=copy.deepcopy(bundle.course), media=store, path=bundle.path)


def commit(bundle: CourseBundle, work: CourseBundle) -> None:
    """Move the finished work into the original course object (its modules and items are the copies)."""
    for f in dataclasses.fields(Course):
        setattr(bundle.course, f.name, getattr(work.course, f.name))
    for path in work.media.paths() - bundle.media.paths():
        bundle.media.set_origin(path, work.media.origin(path))
    bundle.course.modified = now_text()


@contextmanager
def staged(bundle: CourseBundle) -> Iterator[CourseBundle]:
    """Yield a working copy; commit it only if the block finishes without an error."""
    work = working_copy(bundle)
    yield work
    commit(bundle, work)


def now_text() -> str:
    """Return the current time as ISO 8601 text in UTC, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def new_course_bundle(title: str = "", language: str = "en") -> CourseBundle:
    """Return an empty course to import into."""
    now = now_text()
    return CourseBundle(course=Course(title=title, language=language, created=now, modified=now))


def target_module(course: Course, title: str) -> Module:
    """Return the last module, adding one titled ``title`` if the course has none."""
    if not course.modules:
        course.modules.append(Module(title=title))
    return course.modules[-1]
