"""The one error family every exporter ends with: a one-line message and whose fault it is.

``kind`` is ``usage`` (an option the exporter cannot honour), ``input`` (the course or its media),
``output`` (where the result should go) or ``cancelled``. The CLI turns the kind into an exit
code (a ``Refused`` export exits as "problems found") and the editor shows the message; neither
needs to know which exporter ran.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

from ..jobs import Cancelled

F = TypeVar("F", bound=Callable[..., Any])

KINDS = ("usage", "input", "output", "cancelled")


class ExportError(Exception):
    """An export cannot be made; the message says why in one line."""

    kind = "input"

    def __init__(self, message: str = "", kind: str | None = None):
        super().__init__(message)
        if kind is not None:
            if kind not in KINDS:
                raise ValueError(f"unknown export error kind {kind!r}")
            self.kind = kind


class UsageError(ExportError):
    """The options ask for something the exporter cannot do."""

    kind = "usage"


class OutputError(ExportError):
    """The result cannot be written where asked."""

    kind = "output"


class Refused(ExportError):
    """The course breaks a rule the lecturer set (a size budget), or holds nothing this export can write."""


class ExportCancelled(ExportError, Cancelled):
    """The lecturer stopped the export; nothing was written."""

    kind = "cancelled"


def reports_cancel(fn: F) -> F:
    """Make an exporter end a cancelled export with ExportCancelled (still a ``jobs.Cancelled``)."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ExportCancelled:
            raise
        except Cancelled:
            raise ExportCancelled("the export was cancelled; nothing was written") from None

    return run  # type: ignore[return-value]  # functools.wraps keeps the signature
