"""Every exporter by name: what the CLI and the editor run, each in the same way.

An exporter is a function ``export(bundle, options, progress, cancel) -> ExportResult`` and its
frozen options class (a subclass of ``exporters.contract.ExportOptions``). Both are imported when
first used, so a command that exports nothing does not load the phone package's templates.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Callable, cast

from ..bundle import CourseBundle
from ..exporters.contract import ExportOptions, ExportResult
from ..exporters.errors import UsageError
from ..jobs import NEVER, CancelToken, ProgressCallback, no_progress

ExportFunction = Callable[[CourseBundle, Any, ProgressCallback, CancelToken], ExportResult[Any]]


@dataclass(frozen=True)
class Exporter:
    """One kind of export: where its function and options class live."""

    name: str
    module: str
    function: str
    options_class: str

    def options(self, **fields: Any) -> ExportOptions:
        """Return this exporter's options from plain values; an unknown field raises UsageError."""
        cls = getattr(importlib.import_module(self.module), self.options_class)
        try:
            return cast(ExportOptions, cls(**fields))
        except TypeError as exc:
            raise UsageError(f"{self.name} export: {exc}") from None

    def run(self, bundle: CourseBundle, options: ExportOptions, progress: ProgressCallback = no_progress,
            cancel: CancelToken = NEVER) -> ExportResult[Any]:
        """Export ``bundle`` as ``options`` say."""
        # Looked up at each run, so the module's function is the one that runs (tests may wrap it).
        function = cast(ExportFunction, getattr(importlib.import_module(self.module), self.function))
        return function(bundle, options, progress, cancel)


EXPORTERS: dict[str, Exporter] = {e.name: e for e in (
    Exporter("pptx", "coursebuilder.exporters.pptx", "export_pptx", "PptxOptions"),
    Exporter("offline", "coursebuilder.exporters.offline", "export_offline", "OfflineOptions"),
    Exporter("gift", "coursebuilder.exports.gift", "export_gift", "GiftOptions"),
)}


def run_export(name: str, bundle: CourseBundle, fields: dict[str, Any], progress: ProgressCallback = no_progress,
               cancel: CancelToken = NEVER) -> ExportResult[Any]:
    """Export ``bundle`` with the exporter called ``name``, its options made from ``fields`` (output included)."""
    exporter = EXPORTERS[name]
    return exporter.run(bundle, exporter.options(**fields), progress, cancel)
