"""A window showing a lesson, quiz or survey as trainees will see it."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QPixmap, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ..exporters.offline.preview import page_preview, preview_css
from ..model import Assessment, ImageBlock, Lesson, MediaItem
from .browser_preview import add_browser_button
from .document import Document
from .thumbs import Thumbnails


def item_html(document: Document, thumbnails: Thumbnails, item, resources: dict | None = None) -> str:
    """Return a lesson, quiz or survey as the phone package renders it, pictures from the thumbnail cache.

    Turned or cropped pictures are framed here, as exports frame them; their images are put
    in ``resources`` (URL -> QImage) for the text browser, when given.
    """

    def address(media: MediaItem, block: ImageBlock | None) -> tuple[str, int] | None:
        thumbnails.get(media, document.bundle.media)
        file = thumbnails.path(media)
        if file is None:
            return None
        if block is not None and block.framed() and resources is not None:
            from .editors.picture_framing import framed

            pixmap = framed(QPixmap(str(file)), block.rotate, block.crop)
            key = f"framed-{block.id}"
            resources[key] = pixmap.toImage()
            return key, min(256, pixmap.width() or 256)
        return QUrl.fromLocalFile(str(file)).toString(), min(256, media.width or 256)

    if not isinstance(item, (Lesson, Assessment)):
        return ""
    return page_preview(document.course, item, address)


class PreviewDialog(QDialog):
    """Show one item in a phone-sized reading pane."""

    def __init__(self, document: Document, thumbnails: Thumbnails, item, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", item.title))
        self.browser = QTextBrowser()
        self.browser.setObjectName("previewBrowser")
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(preview_css())
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
