"""The lesson editor: details, the ordered block list, and the editor of the selected block."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...model import AudioBlock, ExerciseBlock, FileBlock, ImageBlock, Lesson, MediaBlock, MediaItem, TextBlock, VideoBlock
from ...model.edits import add_file_blocks
from ...model.operations import FIELD, STRUCTURE, Insert, Move, Remove
from ...presentation.words import default_text
from ..media_library.panel import MEDIA_MIME
from .blocks import block_editor, local_files, local_folders
from .common import AdaptiveSplitter, EditorContext, EditorPage, form, heading, select_question, text_box
from .fields import Binder
from ..signals import listen

#: What a list view puts in the drag data when one of its own rows is dragged.
ROW_MIME = "application/x-qabstractitemmodeldatalist"

BLOCK_FOR_KIND = {"image": ImageBlock, "audio": AudioBlock, "video": VideoBlock}


class BlockList(QListWidget):
    """The lesson's blocks in order; files dropped from the file manager become blocks."""

    sig_files_dropped = Signal(list, int)
    """Local files were dropped at a row."""
    sig_dragged = Signal(int, int)
    """A block was dragged from one row to another."""
    sig_media_dropped = Signal(str, int)
    """A file was dragged here from the media library (its media path), to a row."""
    sig_folder_dropped = Signal(object)
    """A local folder (of photos) was dropped."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("blockList")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setWordWrap(True)

    def dragEnterEvent(self, event) -> None:
        if local_files(event.mimeData()) or local_folders(event.mimeData()) or event.source() is self or event.mimeData().hasFormat(MEDIA_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if local_files(event.mimeData()) or local_folders(event.mimeData()) or event.mimeData().hasFormat(MEDIA_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        point = event.position().toPoint()
        index = self.indexAt(point)
        files = local_files(event.mimeData())
        folders = local_folders(event.mimeData())
        if files or folders:
            event.acceptProposedAction()
            if files:
                self.sig_files_dropped.emit(files, self.count() if index.row() < 0 else index.row())
            for folder in folders:
                self.sig_folder_dropped.emit(folder)
            return
        if event.mimeData().hasFormat(MEDIA_MIME):
            event.acceptProposedAction()
            path = bytes(event.mimeData().data(MEDIA_MIME)).decode("utf-8")
            self.sig_media_dropped.emit(path, self.count() if index.row() < 0 else index.row())
            return
        if event.source() in (self, None) and event.mimeData().hasFormat(ROW_MIME):
            # The model moves; the list is redrawn from it. Qt must not move its own copy.
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
            start = self.currentRow()
            if index.row() < 0:
                row = self.count()
            else:
                below = point.y() > self.visualRect(index).center().y()
                row = index.row() + below
            to = row - 1 if row > start else row
            if start >= 0 and to != start:
                QTimer.singleShot(0, lambda: self.sig_dragged.emit(start, min(to, self.count() - 1)))


class LessonEditor(EditorPage):
    """Edit one lesson."""

    def __init__(self, ctx: EditorContext, lesson: Lesson, parent=None):
        super().__init__(lesson, parent)
        self.ctx, self.lesson = ctx, lesson
        self.setAcceptDrops(True)
        b = Binder(ctx.document, lesson, self)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Lesson")))
        top.addStretch()
        self.preview_button = QPushButton(self.tr("Preview as trainee"))
        if ctx.preview is not None:
            self.preview_button.clicked.connect(ctx.preview)
        top.addWidget(self.preview_button)
        outer.addLayout(top)
        title_row = QWidget()
        tf = form(title_row)
        tf.setContentsMargins(0, 0, 0, 0)
        self.title = b.line("title", QLineEdit(), self.tr("Change lesson title"))
        tf.addRow(self.tr("&Title:"), self.title)
        outer.addWidget(title_row)

        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self.tabs.addTab(self._content_tab(), self.tr("Content"))
        details = QWidget()
        df = form(details)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        b.spin("minutes", self.minutes, self.tr("Change minutes"))
        df.addRow(self.tr("&Estimated time:"), self.minutes)
        self.objectives = b.lines("objectives", text_box(4, self.tr("One objective per line: after this lesson trainees can…")), self.tr("Change objectives"))
        df.addRow(self.tr("&Objectives:"), self.objectives)
        self.notes = b.text("notes", text_box(8, self.tr("Speaker notes: what to say and do in class (not shown to trainees)")), self.tr("Change speaker notes"))
        df.addRow(self.tr("Speaker &notes:"), self.notes)
        self.tabs.addTab(details, self.tr("Objectives and notes"))
        self.fill()
        if lesson.blocks:
            self.blocks.setCurrentRow(0)
        listen(ctx.document.sig_course_changed, self, self._on_changed)

    def _content_tab(self) -> QWidget:
        tab = QWidget()
        split = AdaptiveSplitter(820, (2, 5), tab)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.blocks = BlockList()
        # Stacked above the block on a small screen: still a few blocks tall.
        self.blocks.setMinimumHeight(self.blocks.fontMetrics().lineSpacing() * 5 + 8)
        self.blocks.currentRowChanged.connect(self._show_block)
        self.blocks.sig_files_dropped.connect(self.drop_files)
        self.blocks.sig_dragged.connect(self.move_block)
        self.blocks.sig_media_dropped.connect(self.add_media_block)
        self.blocks.sig_folder_dropped.connect(self.drop_folder)
        lv.addWidget(self.blocks, 1)
        # Two rows of three: six buttons in one row would force the list too wide.
        add = QGridLayout()
        self.add_buttons: dict[str, QPushButton] = {}
        for kind, text in (
            ("text", self.tr("Text")),
            ("image", self.tr("Picture")),
            ("audio", self.tr("Audio")),
            ("video", self.tr("Video")),
            ("file", self.tr("File")),
            ("exercise", self.tr("Exercise")),
        ):
            button = QPushButton(text)
            button.setToolTip(self.tr("Add a block of this kind after the selected one"))
            button.clicked.connect(lambda _=False, k=kind: self.add_block(k))
            add.addWidget(button, len(self.add_buttons) // 3, len(self.add_buttons) % 3)
            self.add_buttons[kind] = button
        lv.addLayout(add)
        order = QHBoxLayout()
        for text, slot, key, icon in (
            (self.tr("Remove"), self.remove_block, QKeySequence.StandardKey.Delete, QStyle.StandardPixmap.SP_TrashIcon),
            (self.tr("Up"), lambda: self.move_selected(-1), "Ctrl+Up", QStyle.StandardPixmap.SP_ArrowUp),
            (self.tr("Down"), lambda: self.move_selected(1), "Ctrl+Down", QStyle.StandardPixmap.SP_ArrowDown),
        ):
            button = QPushButton(self.style().standardIcon(icon), text)
            button.clicked.connect(slot)
            order.addWidget(button)
            act = QAction(text, self.blocks)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(slot)
            self.blocks.addAction(act)
        order.addStretch()
        lv.addLayout(order)
        self.block_host = QWidget()
        self.block_layout = QVBoxLayout(self.block_host)
        self.block_layout.setContentsMargins(0, 0, 0, 0)
        self.block_editor: QWidget | None = None
        split.addWidget(left)
        split.addWidget(self.block_host)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([240, 760])
        layout = QVBoxLayout(tab)
        layout.addWidget(split)
        return tab

    # --- the block list --------------------------------------------------------------

    def _summary(self, block) -> str:
        names = {
            "text": self.tr("Text"),
            "image": self.tr("Picture"),
            "audio": self.tr("Audio"),
            "video": self.tr("Video"),
            "file": self.tr("File"),
            "exercise": self.tr("Exercise"),
        }
        if isinstance(block, TextBlock):
            detail = block.markdown.strip().splitlines()[0] if block.markdown.strip() else ""
        elif isinstance(block, ImageBlock):
            detail = block.alt or block.caption or self._file_name(block.media)
        elif isinstance(block, MediaBlock):
            detail = getattr(block, "title", "") or block.caption or self._file_name(block.media)
        elif isinstance(block, ExerciseBlock):
            detail = block.title or self.tr("%n question(s)", "", len(block.questions))
        else:
            detail = ""
        detail = detail.lstrip("# ")
        if len(detail) > 60:
            detail = detail[:59].rstrip() + "…"
        return f"{names.get(block.type, block.type)}: {detail}"

    def _file_name(self, media: str) -> str:
        # The name the lecturer gave the file, not the hashed one it has inside the bundle.
        item = self.ctx.document.course.media_by_path().get(media)
        return (item.original_name if item is not None and item.original_name else media.rsplit("/", 1)[-1])

    def fill(self) -> None:
        """Redraw the block list from the lesson."""
        with QSignalBlocker(self.blocks):
            current = self.blocks.currentRow()
            self.blocks.clear()
            for block in self.lesson.blocks:
                self.blocks.addItem(QListWidgetItem(self._summary(block)))
            if 0 <= current < self.blocks.count():
                self.blocks.setCurrentRow(current)

    def _on_changed(self, changes) -> None:
        for c in changes:
            if c.kind == STRUCTURE and c.target is self.lesson and c.attr == "blocks":
                current = self.current_block()
                added = [o for o in c.objects if any(o is b for b in self.lesson.blocks)]
                self.fill()
                keep = added[-1] if added else current
                row = next((i for i, b in enumerate(self.lesson.blocks) if b is keep), min(self.blocks.currentRow(), len(self.lesson.blocks) - 1))
                self.blocks.setCurrentRow(row)
                self._show_block(row)
                return
        if any(c.kind == FIELD and any(c.target is b for b in self.lesson.blocks) for c in changes):
            for i, block in enumerate(self.lesson.blocks):
                self.blocks.item(i).setText(self._summary(block))

    def select(self, chain: list) -> None:
        """Select the block a place points at, and the question inside an exercise block."""
        row = next((i for i, b in enumerate(self.lesson.blocks) if any(b is o for o in chain)), None)
        if row is None:
            return
        self.blocks.setCurrentRow(row)
        questions = getattr(self.block_editor, "questions", None)
        if questions is not None:
            select_question(questions, chain)

    def current_block(self):
        """Return the selected block."""
        row = self.blocks.currentRow()
        return self.lesson.blocks[row] if 0 <= row < len(self.lesson.blocks) else None

    def _show_block(self, row: int) -> None:
        block = self.lesson.blocks[row] if 0 <= row < len(self.lesson.blocks) else None
        if self.block_editor is not None and getattr(self.block_editor, "block", None) is block and block is not None:
            return
        if self.block_editor is not None:
            self.block_editor.setParent(None)
            self.block_editor.deleteLater()
            self.block_editor = None
        if block is not None:
            self.block_editor = block_editor(self.ctx, block)
            self.block_layout.addWidget(self.block_editor)

    # --- edits ---------------------------------------------------------------------------

    def _insert_at(self) -> int:
        row = self.blocks.currentRow()
        return row + 1 if row >= 0 else len(self.lesson.blocks)

    def add_block(self, kind: str):
        """Add an empty block of ``kind`` after the selected one and select it."""
        cls = {"text": TextBlock, "image": ImageBlock, "audio": AudioBlock, "video": VideoBlock, "file": FileBlock, "exercise": ExerciseBlock}[kind]
        block = cls()
        if isinstance(block, ExerciseBlock):
            block.title = default_text("exercise_title", self.ctx.document.course.language)
        self.ctx.document.do(Insert(self.lesson, "blocks", self._insert_at(), block), self.tr("Add block"))
        return block

    def remove_block(self) -> None:
        """Remove the selected block."""
        row = self.blocks.currentRow()
        if 0 <= row < len(self.lesson.blocks):
            self.ctx.document.do(Remove(self.lesson, "blocks", row), self.tr("Remove block"))

    def move_selected(self, step: int) -> None:
        """Move the selected block up or down."""
        row = self.blocks.currentRow()
        self.move_block(row, row + step)

    def move_block(self, start: int, to: int) -> None:
        """Move a block from one position to another."""
        n = len(self.lesson.blocks)
        if 0 <= start < n and 0 <= to < n and start != to:
            block = self.lesson.blocks[start]
            self.ctx.document.do(Move(self.lesson, "blocks", start, self.lesson, to), self.tr("Move block"))
            self.blocks.setCurrentRow(next(i for i, b in enumerate(self.lesson.blocks) if b is block))

    def drop_files(self, files: list[Path], row: int = -1):
        """Add dropped files to the media library and as blocks at ``row``; return the import job."""
        job = self.ctx.document.start_import(files)
        at = len(self.lesson.blocks) if row < 0 else min(row, len(self.lesson.blocks))

        def done(added):
            document = self.ctx.document
            files = document.files(added)
            edit = add_file_blocks(document.course, self.lesson, at, files, self.block_for)
            if edit is not None:
                document.do(edit, self.tr("Add %n dropped file(s)", "", len(files)))

        job.sig_done.connect(done)
        return job

    def drop_folder(self, folder: Path):
        """Add a dropped folder's photos to the end of the lesson, in the order taken; return the job."""
        if self.ctx.import_photos is None:
            return None
        return self.ctx.import_photos(self.lesson, Path(folder))

    def add_media_block(self, path: str, row: int = -1):
        """Insert a block showing a file already in the media library; return it."""
        item = self.ctx.document.course.media_by_path().get(path)
        if item is None:
            return None
        block = self.block_for(item)
        at = len(self.lesson.blocks) if row < 0 else min(row, len(self.lesson.blocks))
        self.ctx.document.do(Insert(self.lesson, "blocks", at, block), self.tr("Add block"))
        return block

    def block_for(self, item: MediaItem):
        """Return a new block showing a media item."""
        cls = BLOCK_FOR_KIND.get(item.kind, FileBlock)
        block = cls(media=item.path)
        if isinstance(block, (AudioBlock, VideoBlock, FileBlock)):
            block.title = Path(item.original_name).stem if item.original_name else ""
        return block

    def dragEnterEvent(self, event) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.drop_files(files)
