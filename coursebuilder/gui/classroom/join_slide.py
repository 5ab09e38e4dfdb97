"""The join slide: the QR code, the URL in large type and the three join instructions, drawn once for
the screen, a PNG and an SVG."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from ...classroom.strings import PHONE_STRINGS, join_lines

#: The slide's shape: 16:9, as projectors show it.
SLIDE = QSize(1920, 1080)


def qr_matrix(url: str) -> list[list[bool]]:
    """Return the QR code of ``url`` as rows of dark (True) modules, with its quiet zone."""
    # Error level M keeps the modules large enough to read from the back of a room off a projector.
    qr = segno.make_qr(url, error="m", boost_error=False)
    return [[bool(v) for v in row] for row in qr.matrix_iter(scale=1, border=4)]


def paint_slide(p: QPainter, rect: QRectF, url: str, language: str, title: str) -> None:
    """Paint the join slide into ``rect``."""
    p.save()
    p.fillRect(rect, QColor("white"))
    h = rect.height()
    margin = h * 0.06
    # The QR code takes the left: as tall as the slide allows.
    side = h - 2 * margin
    matrix = qr_matrix(url)
    n = len(matrix)
    cell = side / n
    x0, y0 = rect.x() + margin, rect.y() + margin
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("black"))
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                p.drawRect(QRectF(x0 + c * cell, y0 + r * cell, cell + 0.3, cell + 0.3))
    tx = x0 + side + margin
    tw = rect.right() - margin - tx
    y = y0
    p.setPen(QColor("#222222"))
    font = QFont()
    font.setPixelSize(int(h * 0.045))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(tx, y, tw, h * 0.07), int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), title)
    y += h * 0.09
    big = QFont("monospace")
    big.setStyleHint(QFont.StyleHint.Monospace)
    big.setBold(True)
    big.setPixelSize(int(h * 0.075))
    # Shrink the URL until it fits on one line.
    from PySide6.QtGui import QFontMetricsF
    shown = url.removeprefix("http://").rstrip("/")
    while QFontMetricsF(big).horizontalAdvance(shown) > tw and big.pixelSize() > 10:
        big.setPixelSize(big.pixelSize() - 2)
    p.setFont(big)
    p.setPen(QColor("#0b4f85"))
    p.drawText(QRectF(tx, y, tw, h * 0.1), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
    y += h * 0.13
    body = QFont()
    body.setPixelSize(int(h * 0.032))
    p.setPen(QColor("#222222"))
    for lang, lines in join_lines(language):
        head = QFont(body)
        head.setBold(True)
        p.setFont(head)
        p.drawText(QRectF(tx, y, tw, h * 0.05), int(Qt.AlignmentFlag.AlignLeft), PHONE_STRINGS[lang]["join_title"])
        y += h * 0.05
        p.setFont(body)
        for i, line in enumerate(lines, 1):
            box = QRectF(tx, y, tw, h * 0.09)
            used = p.boundingRect(box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), f"{i}. {line}")
            p.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), f"{i}. {line}")
            y += used.height() + h * 0.012
        y += h * 0.03
    p.restore()


def slide_image(url: str, language: str, title: str, size: QSize = SLIDE) -> QImage:
    """Return the join slide as an image."""
    img = QImage(size, QImage.Format.Format_RGB32)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_slide(p, QRectF(0, 0, size.width(), size.height()), url, language, title)
    p.end()
    return img


def save_slide_svg(path: str, url: str, language: str, title: str) -> None:
    """Write the join slide as SVG, to print or to put in a deck."""
    gen = QSvgGenerator()
    gen.setFileName(path)
    gen.setSize(SLIDE)
    gen.setViewBox(QRectF(0, 0, SLIDE.width(), SLIDE.height()))
    gen.setTitle(title)
    p = QPainter(gen)
    paint_slide(p, QRectF(0, 0, SLIDE.width(), SLIDE.height()), url, language, title)
    p.end()


class JoinSlide(QWidget):
    """The join slide on screen, scaled to the widget, 16:9."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.url = ""
        self.language = "en"
        self.title = ""
        self.setMinimumSize(480, 270)

    def set_slide(self, url: str, language: str, title: str) -> None:
        """Show the slide for ``url``."""
        self.url, self.language, self.title = url, language, title
        self.update()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.close()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if self.isFullScreen():
            self.close()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        if not self.url:
            p.end()
            return
        w, h = self.width(), self.height()
        sw = min(w, h * 16 / 9)
        sh = sw * 9 / 16
        paint_slide(p, QRectF((w - sw) / 2, (h - sh) / 2, sw, sh), self.url, self.language, self.title)
        p.end()
