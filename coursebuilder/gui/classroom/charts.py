"""Bar charts and histograms drawn with QPainter (QtCharts is GPL-only and not in the Essentials wheel)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#1a6fb0")
GOOD = QColor("#3c8d37")
BAD = QColor("#c0392b")
TRACK = QColor("#e6e6e6")
TEXT = QColor("#222222")


class BarList(QWidget):
    """Horizontal bars, one row each: a label, a bar of ``share`` (0-1) and a value text."""

    def __init__(self, rows: list[tuple[str, float, str]], parent: QWidget | None = None, *,
                 colour: QColor = BAR, label_share: float = 0.45):
        super().__init__(parent)
        self.rows = rows
        self.colour = colour
        self.label_share = label_share
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def row_height(self) -> int:
        """Return the height of one row."""
        return QFontMetrics(self.font()).height() + 10

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self.rows)) * self.row_height() + 4)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        h = self.row_height()
        w = self.width()
        label_w = int(w * self.label_share)
        value_w = fm.horizontalAdvance("100% (000)") + 8
        bar_w = max(20, w - label_w - value_w - 12)
        for n, (label, share, value) in enumerate(self.rows):
            y = 2 + n * h
            p.setPen(TEXT)
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(0, y, label_w - 8, h), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), text)
            track = QRectF(label_w, y + 4, bar_w, h - 8)
            p.fillRect(track, TRACK)
            share = max(0.0, min(1.0, share))
            p.fillRect(QRectF(track.x(), track.y(), track.width() * share, track.height()), self.colour)
            p.setPen(TEXT)
            p.drawText(QRectF(label_w + bar_w + 8, y, value_w, h), int(Qt.AlignmentFlag.AlignVCenter), value)
        p.end()


class Histogram(QWidget):
    """Vertical bars of counts in equal bands, such as quiz scores 0-9 %, ..., 90-100 %."""

    def __init__(self, counts: list[int], labels: list[str], parent: QWidget | None = None, *,
                 pass_band: int | None = None):
        super().__init__(parent)
        self.counts = counts
        self.labels = labels
        self.pass_band = pass_band
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(420, 170)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        fm = QFontMetrics(self.font())
        top, bottom = fm.height() + 4, fm.height() + 6
        area_h = self.height() - top - bottom
        n = max(1, len(self.counts))
        slot = self.width() / n
        peak = max(self.counts, default=0) or 1
        for i, c in enumerate(self.counts):
            bar_h = area_h * c / peak
            x = i * slot + slot * 0.12
            rect = QRectF(x, top + area_h - bar_h, slot * 0.76, bar_h)
            colour = GOOD if self.pass_band is not None and i >= self.pass_band else BAR
            p.fillRect(rect, colour)
            p.setPen(TEXT)
            if c:
                p.drawText(QRectF(i * slot, top + area_h - bar_h - fm.height() - 2, slot, fm.height()),
                           int(Qt.AlignmentFlag.AlignCenter), str(c))
            p.drawText(QRectF(i * slot, self.height() - bottom + 2, slot, fm.height()),
                       int(Qt.AlignmentFlag.AlignCenter), self.labels[i] if i < len(self.labels) else "")
        p.setPen(QColor("#999999"))
        p.drawLine(0, top + area_h, self.width(), top + area_h)
        p.end()
