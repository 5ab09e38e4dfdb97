"""Turn a picture by quarter turns and crop it, without changing the file: buttons, a crop dialog, the framed thumbnail."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model import ImageBlock
from ...model.blocks import MIN_CROP, turn_framing
from ...model.operations import SetFraming


def turned(pixmap: QPixmap, rotate: int) -> QPixmap:
    """Return the pixmap turned ``rotate`` degrees clockwise."""
    if not rotate:
        return pixmap
    return pixmap.transformed(QTransform().rotate(rotate), Qt.TransformationMode.SmoothTransformation)


def framed(pixmap: QPixmap, rotate: int, crop: list[float]) -> QPixmap:
    """Return the part of the turned pixmap the crop keeps, as exports will show it."""
    pic = turned(pixmap, rotate)
    if len(crop) == 4:
        x, y, w, h = crop
        rect = QRectF(x * pic.width(), y * pic.height(), w * pic.width(), h * pic.height()).toAlignedRect()
        pic = pic.copy(rect.intersected(pic.rect()))
    return pic


def load_picture(document, path: str, max_edge: int = 1200) -> QPixmap | None:
    """Return a media picture upright (camera orientation applied) and at most ``max_edge`` pixels, or None."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QImageReader

    from ...bundle import BundleError

    try:
        with document.bundle.media.open(path) as fh:
            data = fh.read()
    except (BundleError, OSError):
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_edge:
        reader.setScaledSize(size.scaled(QSize(max_edge, max_edge), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return QPixmap.fromImage(image)


class FramingButtons(QWidget):
    """Turn left, turn right, crop and undo the framing of one picture block; each press is one undo step."""

    def __init__(self, document, block: ImageBlock, parent=None):
        super().__init__(parent)
        self.document, self.block = document, block
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        # Symbols with tooltips: four worded buttons would widen the editor past a 1280-pixel screen.
        self.left = QToolButton()
        self.left.setText("⟲")
        self.left.setToolTip(self.tr("Turn left"))
        self.left.setAccessibleName(self.tr("Turn left"))
        self.left.clicked.connect(lambda: self.turn(-90))
        self.right = QToolButton()
        self.right.setText("⟳")
        self.right.setToolTip(self.tr("Turn right"))
        self.right.setAccessibleName(self.tr("Turn right"))
        self.right.clicked.connect(lambda: self.turn(90))
        self.crop = QToolButton()
        self.crop.setText(self.tr("Crop…"))
        self.crop.clicked.connect(self.open_crop)
        self.reset = QToolButton()
        self.reset.setText(self.tr("As taken"))
        self.reset.setToolTip(self.tr("Show the whole picture, not turned"))
        self.reset.clicked.connect(self.clear)
        for w in (self.left, self.right, self.crop, self.reset):
            row.addWidget(w)
        row.addStretch()
        self.refresh()

    def refresh(self) -> None:
        """Enable what makes sense for the block now."""
        self.reset.setEnabled(self.block.framed())
        self.setEnabled(bool(self.block.media))

    def turn(self, degrees: int) -> None:
        """Turn the picture a quarter turn more, keeping what the crop shows."""
        rotate, crop = turn_framing(self.block.rotate, self.block.crop, degrees)
        self.document.do(SetFraming(self.block, rotate, crop, "Rotate picture"), self.tr("Turn picture"))

    def clear(self) -> None:
        """Show the picture whole and as taken again."""
        if self.block.framed():
            self.document.do(SetFraming(self.block, 0, [], "Reset picture"), self.tr("Show the whole picture"))

    def open_crop(self) -> CropDialog | None:
        """Open the crop dialog on the turned picture; OK makes the crop one undo step."""
        pixmap = load_picture(self.document, self.block.media)
        if pixmap is None:
            return None
        dialog = CropDialog(turned(pixmap, self.block.rotate), self.block.crop, self)
        dialog.accepted.connect(lambda: self.set_crop(dialog.crop()))
        dialog.open()
        return dialog

    def set_crop(self, crop: list[float]) -> None:
        """Keep only ``crop`` of the turned picture ([] keeps it all)."""
        if crop != self.block.crop:
            self.document.do(SetFraming(self.block, self.block.rotate, crop, "Crop picture"), self.tr("Crop picture"))


class CropArea(QWidget):
    """The turned picture with a frame the lecturer drags out to choose what to keep."""

    sig_changed = Signal()

    def __init__(self, pixmap: QPixmap, crop: list[float], parent=None):
        super().__init__(parent)
        self.pixmap = pixmap
        self.box = QRectF(*crop) if len(crop) == 4 else QRectF(0, 0, 1, 1)
        self._anchor: QPointF | None = None
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _picture_rect(self) -> QRectF:
        size = self.pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2, size.width(), size.height())

    def to_fraction(self, point: QPointF) -> QPointF:
        """Return where a widget point falls on the picture, as fractions clamped to its edges."""
        r = self._picture_rect()
        x = min(max((point.x() - r.x()) / max(r.width(), 1), 0.0), 1.0)
        y = min(max((point.y() - r.y()) / max(r.height(), 1), 0.0), 1.0)
        return QPointF(x, y)

    def to_widget(self, fraction: QPointF) -> QPointF:
        """Return the widget point of a fraction of the picture."""
        r = self._picture_rect()
        return QPointF(r.x() + fraction.x() * r.width(), r.y() + fraction.y() * r.height())

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        r = self._picture_rect()
        p.drawPixmap(r.toRect(), self.pixmap)
        keep = QRectF(self.to_widget(self.box.topLeft()), self.to_widget(self.box.bottomRight()))
        # Darken what the crop leaves out, so the kept part stands out.
        shade = QColor(0, 0, 0, 140)
        for part in (
            QRectF(r.left(), r.top(), r.width(), keep.top() - r.top()),
            QRectF(r.left(), keep.bottom(), r.width(), r.bottom() - keep.bottom()),
            QRectF(r.left(), keep.top(), keep.left() - r.left(), keep.height()),
            QRectF(keep.right(), keep.top(), r.right() - keep.right(), keep.height()),
        ):
            if part.width() > 0 and part.height() > 0:
                p.fillRect(part, shade)
        p.setPen(QPen(QColor("#ffcc00"), 2, Qt.PenStyle.DashLine))
        p.drawRect(keep)
        p.end()

    def mousePressEvent(self, event) -> None:
        self._anchor = self.to_fraction(event.position())

    def mouseMoveEvent(self, event) -> None:
        if self._anchor is not None:
            self.box = QRectF(self._anchor, self.to_fraction(event.position())).normalized()
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._anchor is None:
            return
        box = QRectF(self._anchor, self.to_fraction(event.position())).normalized()
        self._anchor = None
        # A click without a drag keeps the frame as it was rather than a sliver.
        if box.width() >= MIN_CROP and box.height() >= MIN_CROP:
            self.box = box
        self.update()
        self.sig_changed.emit()


class CropDialog(QDialog):
    """Choose what part of a picture to keep by dragging a frame over it."""

    def __init__(self, pixmap: QPixmap, crop: list[float], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop picture"))
        self.area = CropArea(pixmap, crop)
        hint = QLabel(self.tr("Drag over the picture to choose the part to keep. The file itself is not changed."))
        hint.setWordWrap(True)
        whole = QPushButton(self.tr("Whole picture"))
        whole.clicked.connect(self.keep_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(whole)
        bottom.addStretch()
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.area, 1)
        layout.addLayout(bottom)
        self.resize(640, 520)

    def keep_all(self) -> None:
        """Frame the whole picture."""
        self.area.box = QRectF(0, 0, 1, 1)
        self.area.update()

    def crop(self) -> list[float]:
        """Return the chosen crop as fractions ([] for the whole picture)."""
        b = self.area.box
        values = [round(v, 4) for v in (b.x(), b.y(), b.width(), b.height())]
        if values[2] >= 0.999 and values[3] >= 0.999:
            return []
        # Rounding must never push the frame past the edge.
        values[2] = min(values[2], 1 - values[0])
        values[3] = min(values[3], 1 - values[1])
        return values
