"""The media library panel."""

from .panel import MediaLibrary

__all__ = ["MediaLibrary"]
