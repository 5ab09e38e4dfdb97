"""The slide export's error: the exporters' one error family, with whose fault it is."""

from __future__ import annotations

from ..errors import ExportError


class PptxExportError(ExportError):
    """The deck cannot be made; ``kind`` is ``usage``, ``input`` or ``output``."""

    def __init__(self, message: str, kind: str = "input"):
        super().__init__(message, kind)
