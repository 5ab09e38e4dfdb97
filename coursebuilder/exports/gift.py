"""Export the course's questions as a Moodle GIFT file, under the one exporter contract."""

from __future__ import annotations

from dataclasses import dataclass

from ..atomic import atomic_replace, remove_stale_temps
from ..bundle import CourseBundle
from ..exporters.contract import ExportOptions, ExportResult, check_output
from ..exporters.errors import OutputError, Refused, UsageError, reports_cancel
from ..importers import course_to_gift
from ..jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ..model.languages import localize


@dataclass(frozen=True, kw_only=True)
class GiftOptions(ExportOptions):
    """Where the GIFT file goes and how its questions are grouped."""

    #: Put questions without a category into "Module/Quiz" categories.
    outline_categories: bool = False
    #: The questions in this one of the course's languages; "" for the course's default.
    language: str = ""


@dataclass(frozen=True)
class GiftReport:
    """How many questions the file holds."""

    questions: int

    def summary(self) -> str:
        """Return the number of questions written."""
        return f"{self.questions} questions"

    def lines(self, top: int = 0) -> list[str]:
        """Return nothing more than the summary says."""
        return []


#: What a GIFT export returns.
GiftResult = ExportResult[GiftReport]


@reports_cancel
def export_gift(
    bundle: CourseBundle,
    options: GiftOptions,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> GiftResult:
    """Write every quiz and exercise question GIFT can hold at ``options.output``; list the rest as warnings."""
    out = options.output
    parent = check_output(options)
    course = bundle.course
    if options.language:
        try:
            course = localize(course, options.language)
        except ValueError as exc:  # not one of the course's languages: the message names them
            raise UsageError(str(exc)) from None
    gift = course_to_gift(course, outline_categories=options.outline_categories)
    if not gift.count:
        raise Refused("the course has no questions that GIFT can hold; nothing written")
    data = gift.text.encode("utf-8")
    cancel.check()
    remove_stale_temps(parent, out.name)
    try:
        with atomic_replace(out) as tmp:
            tmp.write_bytes(data)
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from None
    progress(1, 1, "done")
    return GiftResult(out, len(data), GiftReport(gift.count), [str(n) for n in gift.notices])
