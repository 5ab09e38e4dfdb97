"""Offline packages: a small static web site of the course that needs no network at all."""

from .checksums import VerifyError, VerifyResult, verify_package
from .export import OfflineResult, export_offline
from .options import (
    FORMS,
    BudgetExceeded,
    ExportError,
    OfflineOptions,
    OutputError,
    human_size,
    parse_image_sizes,
    parse_size,
    suggested_name,
)
from .report import SizeReport

__all__ = [
    "FORMS",
    "BudgetExceeded",
    "ExportError",
    "OfflineOptions",
    "OfflineResult",
    "OutputError",
    "SizeReport",
    "VerifyError",
    "VerifyResult",
    "export_offline",
    "human_size",
    "parse_image_sizes",
    "parse_size",
    "suggested_name",
    "verify_package",
]
