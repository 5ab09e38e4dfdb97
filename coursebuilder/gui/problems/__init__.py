"""The problems panel."""

from .panel import ProblemsPanel

__all__ = ["ProblemsPanel"]
