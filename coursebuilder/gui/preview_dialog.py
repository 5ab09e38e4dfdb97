"""A window showing a lesson, quiz or survey as trainees will see it."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ..model import Assessment, Lesson
from .browser_preview import add_browser_button
from .document import Document
from .preview import lesson_html, markdown_html, question_html, words
from .thumbs import Thumbnails


def item_html(document: Document, thumbnails: Thumbnails, item) -> str:
    """Return the HTML of a lesson or assessment, pictures from the thumbnail cache."""
    media = document.course.media_by_path()

    def image_url(path: str) -> tuple[str, int] | None:
        item_ = media.get(path)
        if item_ is None:
            return None
        thumbnails.get(item_, document.bundle.media)
        file = thumbnails.path(item_)
        return (QUrl.fromLocalFile(str(file)).toString(), min(256, item_.width or 256)) if file else None

    language = document.course.language
    if isinstance(item, Lesson):
        return lesson_html(item, image_url, language)
    if isinstance(item, Assessment):
        head = f"<h1>{html.escape(item.title)}</h1>" + markdown_html(item.description)
        w = words(language)
        return head + "\n".join(question_html(i + 1, q, w) for i, q in enumerate(item.questions))
    return ""


class PreviewDialog(QDialog):
    """Show one item in a phone-sized reading pane."""

    def __init__(self, document: Document, thumbnails: Thumbnails, item, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", item.title))
        self.browser = QTextBrowser()
        self.browser.setObjectName("previewBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(item_html(document, thumbnails, item))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.browser_button = add_browser_button(self, buttons, document, item)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        # About the width of a phone held upright, so line lengths look like the trainee's.
        self.resize(420, 720)
