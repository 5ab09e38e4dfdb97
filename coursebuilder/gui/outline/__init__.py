"""The course outline: course, modules, lessons and assessments."""

from .view import OutlineView

__all__ = ["OutlineView"]
