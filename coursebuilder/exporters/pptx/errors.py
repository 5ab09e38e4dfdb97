"""The one error the slide export raises, with what kind of failure it is."""

from __future__ import annotations


class PptxExportError(Exception):
    """The deck cannot be made; ``kind`` is ``usage``, ``input`` or ``output``."""

    def __init__(self, message: str, kind: str = "input"):
        super().__init__(message)
        self.kind = kind
