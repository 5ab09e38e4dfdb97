"""A window showing a lesson, quiz or survey as trainees will see it."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ..model import Assessment, Lesson
from .browser_preview import add_browser_button
from .document import Document
from .preview import lesson_html, markdown_html, question_html, words
from .thumbs import Thumbnails


def item_html(document: Document, thumbnails: Thumbnails, item, resources: dict | None = None) -> str:
    """Return the HTML of a lesson or assessment, pictures from the thumbnail cache.

    Turned or cropped pictures are framed here, as exports frame them; their images are put
    in ``resources`` (URL -> QImage) for the text browser, when given.
    """
    media = document.course.media_by_path()
    framed_urls: dict[str, tuple[str, int]] = {}
    if isinstance(item, Lesson) and resources is not None:
        item = _framed_lesson(item, media, thumbnails, document, resources, framed_urls)

    def image_url(path: str) -> tuple[str, int] | None:
        if path in framed_urls:
            return framed_urls[path]
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


def _framed_lesson(lesson, media, thumbnails, document, resources: dict, urls: dict):
    """Return the lesson with each framed picture pointing at a framed copy of its thumbnail."""
    import dataclasses

    from PySide6.QtGui import QPixmap

    from ..model import ImageBlock
    from .editors.picture_framing import framed

    blocks = []
    for block in lesson.blocks:
        item = media.get(block.media) if isinstance(block, ImageBlock) and block.framed() else None
        file = thumbnails.path(item) if item is not None else None
        if file is None:
            blocks.append(block)
            continue
        pixmap = framed(QPixmap(str(file)), block.rotate, block.crop)
        key = f"framed-{block.id}"
        resources[key] = pixmap.toImage()
        urls[key] = (key, min(256, pixmap.width() or 256))
        blocks.append(dataclasses.replace(block, media=key))
    return dataclasses.replace(lesson, blocks=blocks)


class PreviewDialog(QDialog):
    """Show one item in a phone-sized reading pane."""

    def __init__(self, document: Document, thumbnails: Thumbnails, item, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", item.title))
        self.browser = QTextBrowser()
        self.browser.setObjectName("previewBrowser")
        self.browser.setOpenLinks(False)
        resources: dict = {}
        page = item_html(document, thumbnails, item, resources)
        for url, image in resources.items():
            self.browser.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        self.browser.setHtml(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.browser_button = add_browser_button(self, buttons, document, item)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        # About the width of a phone held upright, so line lengths look like the trainee's.
        self.resize(420, 720)
