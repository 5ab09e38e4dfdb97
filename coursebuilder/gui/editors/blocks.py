"""Editors for lesson blocks: Markdown text with live preview, media blocks, exercises."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...model import AudioBlock, ExerciseBlock, FileBlock, ImageBlock, MediaBlock, TextBlock, VideoBlock
from ...model.edits import show_in_block
from ...model.operations import STRUCTURE
from ..browser_preview import play_button
from ..preview import markdown_html
from .common import AdaptiveSplitter, EditorContext, form, text_box
from .fields import Binder
from .markdown_toolbar import MarkdownToolbar, add_picture_after
from .picture_framing import FramingButtons, framed
from ..signals import listen
from .questions import QuestionList


def local_folders(mime) -> list[Path]:
    """Return the local folders in drag-and-drop data (a folder of photos from the file manager)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_dir()]


def local_files(mime) -> list[Path]:
    """Return the local files in drag-and-drop data (from the file manager)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


class TextBlockEditor(QWidget):
    """Markdown on the left, the rendered text on the right, updated as the lecturer types."""

    def __init__(self, ctx: EditorContext, block: TextBlock, parent=None):
        super().__init__(parent)
        self.block = block
        b = Binder(ctx.document, block, self)
        self.source = b.text("markdown", text_box(8), self.tr("Edit text"))
        self.source.setTabChangesFocus(False)
        self.source.setMaximumHeight(16777215)
        self.source.setPlaceholderText(self.tr("Write here. **bold**, *italic*, - lists, # headings"))
        self.preview = QTextBrowser()
        self.preview.setObjectName("markdownPreview")
        self.preview.setOpenLinks(False)  # a link in a lesson must not replace the preview
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.show_preview)
        self.source.textChanged.connect(self._timer.start)
        # Debounced like typing: rendering on every key (parse plus setHtml) stalled typing for
        # hundreds of milliseconds on a long text.
        b.on("markdown", self._timer.start)
        # Beside the block list: side by side only on a wide screen.
        split = AdaptiveSplitter(1150, (1, 1))
        split.addWidget(self.source)
        split.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Text (Markdown) and how trainees will see it:")))
        self.toolbar = MarkdownToolbar(self.source, lambda: add_picture_after(ctx, block, self))
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)
        self.show_preview()

    # Not "render": that would hide QWidget.render, which paints a widget into an image.
    def show_preview(self) -> None:
        """Show the current Markdown rendered."""
        self.preview.setHtml(markdown_html(self.block.markdown))


class MediaBlockEditor(QWidget):
    """Pick a file from the media library (or drop one in) and describe it."""

    sig_files_dropped = Signal(list)
    """Files from the file manager were dropped on the editor."""

    def __init__(self, ctx: EditorContext, block: MediaBlock, parent=None):
        super().__init__(parent)
        self.ctx, self.block = ctx, block
        self.setAcceptDrops(True)
        b = self.binder = Binder(ctx.document, block, self)
        f = form(self)
        row = QHBoxLayout()
        self.media = QComboBox()
        self.media.setObjectName("mediaChoice")
        self._fill_media()
        b.combo_data("media", self.media, self.tr("Choose file"))
        choose = QPushButton(self.tr("Add from disk…"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.media, 1)
        row.addWidget(choose)
        f.addRow(self.tr("File:"), row)
        self.picture = QLabel(self.tr("Drop a file here"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumHeight(140)
        self.picture.setFrameShape(QLabel.Shape.StyledPanel)
        f.addRow("", self.picture)
        if isinstance(block, (AudioBlock, VideoBlock)):
            self.play = play_button(ctx.document, block, self)
            f.addRow("", self.play)
        if isinstance(block, ImageBlock):
            self.alt = b.line("alt", QLineEdit(), self.tr("Change alt text"))
            self.alt.setPlaceholderText(self.tr("Describe the picture for trainees who cannot see it"))
            f.addRow(self.tr("&Alt text:"), self.alt)
            self.framing = FramingButtons(ctx.document, block)
            f.addRow(self.tr("Picture:"), self.framing)
            for attr in ("rotate", "crop", "media"):
                b.on(attr, self.framing.refresh)
        if isinstance(block, (AudioBlock, VideoBlock, FileBlock)):
            self.title = b.line("title", QLineEdit(), self.tr("Change title"))
            f.addRow(self.tr("&Title:"), self.title)
        if isinstance(block, (AudioBlock, VideoBlock)):
            self.transcript = b.text("transcript", text_box(3), self.tr("Change transcript"))
            f.addRow(self.tr("T&ranscript:"), self.transcript)
        if isinstance(block, FileBlock):
            self.description = b.text("description", text_box(2), self.tr("Change description"))
            f.addRow(self.tr("&Description:"), self.description)
        self.caption = b.line("caption", QLineEdit(), self.tr("Change caption"))
        f.addRow(self.tr("&Caption:"), self.caption)
        self.credit = b.line("credit", QLineEdit(), self.tr("Change credit"))
        self.credit.setPlaceholderText(self.tr("Who made it, and the licence"))
        f.addRow(self.tr("C&redit:"), self.credit)
        b.on("media", self._show)
        b.on("rotate", self._show)
        b.on("crop", self._show)
        listen(ctx.document.sig_course_changed, self, self._on_changed)
        listen(ctx.thumbnails.sig_ready, self, self._thumb_ready)
        self._show()

    def _fits(self, item) -> bool:
        kind = self.block.media_kind
        return kind == "any" or item.kind == kind

    def _fill_media(self) -> None:
        with QSignalBlocker(self.media):
            self.media.clear()
            self.media.addItem(self.tr("(choose a file)"), "")
            for item in self.ctx.document.course.media:
                if self._fits(item):
                    self.media.addItem(item.original_name or item.path, item.path)
            self.media.setCurrentIndex(max(self.media.findData(self.block.media), 0))

    def _on_changed(self, changes) -> None:
        if any(c.kind == STRUCTURE and c.attr == "media" for c in changes):
            self._fill_media()

    def _thumb_ready(self, sha: str) -> None:
        item = self.ctx.document.course.media_by_path().get(self.block.media)
        if item is not None and item.sha256 == sha:
            self._show()

    def _show(self) -> None:
        item = self.ctx.document.course.media_by_path().get(self.block.media)
        if item is None:
            self.picture.setText(self.tr("Drop a file here, or choose one above"))
            return
        pixmap = self.ctx.thumbnails.get(item, self.ctx.document.bundle.media)
        if pixmap is not None and isinstance(self.block, ImageBlock):
            pixmap = framed(pixmap, self.block.rotate, self.block.crop)
        if pixmap is not None:
            self.picture.setPixmap(pixmap.scaledToHeight(min(200, pixmap.height()), Qt.TransformationMode.SmoothTransformation))
        else:
            size = f"{item.size / 1e6:.1f} MB"
            self.picture.setText(f"{item.original_name or item.path}\n{item.mime}, {size}")

    def _choose(self) -> None:
        files = self.ctx.choose_files(self, self.block.media_kind)
        if files:
            self.use_files(files[:1])

    def use_files(self, files: list[Path]):
        """Import a file and make this block show it; return the import job."""
        job = self.ctx.document.start_import(files)

        def done(added):
            files = [i for i in self.ctx.document.files(added) if self._fits(i)]
            edit = show_in_block(self.ctx.document.course, self.block, files[0]) if files else None
            if edit is not None:
                self.ctx.document.do(edit, self.tr("Choose file"))

        job.sig_done.connect(done)
        return job

    def dragEnterEvent(self, event) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.use_files(files[:1])


class ExerciseBlockEditor(QWidget):
    """An exercise inside a lesson: title, instructions and practice questions."""

    def __init__(self, ctx: EditorContext, block: ExerciseBlock, parent=None):
        super().__init__(parent)
        self.block = block
        b = Binder(ctx.document, block, self)
        f = form(self)
        self.title = b.line("title", QLineEdit(), self.tr("Change exercise title"))
        f.addRow(self.tr("&Title:"), self.title)
        self.instructions = b.text("instructions", text_box(2), self.tr("Change instructions"))
        f.addRow(self.tr("&Instructions:"), self.instructions)
        self.questions = QuestionList(ctx.document, block, graded=True, side_by_side=False)
        f.addRow(self.questions)


def block_editor(ctx: EditorContext, block) -> QWidget:
    """Return the editor for a block of any kind."""
    if isinstance(block, TextBlock):
        return TextBlockEditor(ctx, block)
    if isinstance(block, MediaBlock):
        return MediaBlockEditor(ctx, block)
    if isinstance(block, ExerciseBlock):
        return ExerciseBlockEditor(ctx, block)
    return QLabel(QCoreApplication.translate("blocks", "This kind of block cannot be edited here yet."))
