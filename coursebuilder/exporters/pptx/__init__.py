"""Export a course as a PowerPoint slide deck that opens in PowerPoint and LibreOffice."""

from .errors import PptxExportError
from .export import export_pptx
from .options import DEFAULT_IMAGE_SIZE, DeckReport, PptxOptions, PptxResult
from .template import THEMES

__all__ = ["DEFAULT_IMAGE_SIZE", "THEMES", "DeckReport", "PptxExportError", "PptxOptions", "PptxResult", "export_pptx"]
