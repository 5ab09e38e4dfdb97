"""Bring existing material in: PowerPoint decks, Markdown folders, GIFT question banks, photos.

Every importer works on a copy of the course and commits only when it finished, so
a bad file leaves the course exactly as it was. Nothing here imports Qt.
"""

from .gift_import import import_gift, quiz_from_bank, read_gift_file
from .gift_parse import GiftBank, parse_gift
from .gift_write import GiftExport, course_to_gift, question_to_gift, questions_to_gift
from .markdown_import import import_markdown_folder
from .photos import capture_time, import_photos
from .pptx_import import import_pptx
from .report import ImportFailure, ImportReport, Notice
from .staging import new_course_bundle

__all__ = [
    "GiftBank",
    "GiftExport",
    "ImportFailure",
    "ImportReport",
    "Notice",
    "capture_time",
    "course_to_gift",
    "import_gift",
    "import_markdown_folder",
    "import_photos",
    "import_pptx",
    "new_course_bundle",
    "parse_gift",
    "question_to_gift",
    "questions_to_gift",
    "quiz_from_bank",
    "read_gift_file",
]
