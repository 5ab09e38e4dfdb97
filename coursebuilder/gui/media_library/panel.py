"""The course's media: thumbnails, sizes, where each file is used, and removal of unused ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections import defaultdict

from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...model.operations import STRUCTURE, Group, Remove
from ..problems.places import describe_place
from ..thumbs import Thumbnails

if TYPE_CHECKING:
    from ..document import Document

PATH = Qt.ItemDataRole.UserRole
#: Drag data naming one media path of the open course (dropped on a lesson's block list).
MEDIA_MIME = "application/x-coursebuilder-media"


class MediaList(QListWidget):
    """The list of media files; an item can be dragged onto a lesson to become a block."""

    def mimeData(self, items):
        mime = QMimeData()
        if items:
            mime.setData(MEDIA_MIME, QByteArray(items[0].data(PATH).encode("utf-8")))
        return mime

    def mimeTypes(self):
        return [MEDIA_MIME]


def human_size(size: float) -> str:
    """Return a size such as 3.4 MB."""
    # Unit symbols, not words: the same in every language the interface is shown in.
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return ""


class MediaLibrary(QWidget):
    """Show every media file of the course; add files and remove unused ones."""

    sig_add_requested = Signal()
    """The lecturer wants to add files from disk."""

    def __init__(self, thumbnails: Thumbnails, parent=None):
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.document: Document | None = None
        self.list = MediaList()
        self.list.setObjectName("mediaList")
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QListView.DragDropMode.DragOnly)
        # A list, not a grid of icons: whole file names, the size and the use fit beside a thumbnail.
        self.list.setViewMode(QListView.ViewMode.ListMode)
        self.list.setIconSize(QSize(64, 48))
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self.sig_add_requested)
        self.remove_unused_button = QPushButton(self.tr("Remove unused"))
        self.remove_unused_button.clicked.connect(self.remove_unused)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_unused_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._icons: dict = {}
        self._refresh_timer = QTimer(self, singleShot=True, interval=300)
        self._refresh_timer.timeout.connect(self.refresh)
        thumbnails.sig_ready.connect(self._thumb_ready)

    def set_document(self, document: Document | None) -> None:
        """Show the media of a course (or nothing)."""
        if self.document is not None:
            self.document.sig_course_changed.disconnect(self._on_changed)
        self.document = document
        if document is not None:
            document.sig_course_changed.connect(self._on_changed)
        # After the outline and editor have appeared: two hundred photos need not delay them.
        self.list.clear()
        self._refresh_timer.start(0)

    def _on_changed(self, changes) -> None:
        if any(c.kind == STRUCTURE and c.attr == "media" for c in changes):
            self.refresh()
        else:
            self._refresh_timer.start()  # usage may have changed; no hurry

    def usage(self) -> dict[str, list[str]]:
        """Return, for each media path, the places that use it in words."""
        used: dict[str, list[str]] = defaultdict(list)
        assert self.document is not None, "the library lists an open course"
        course = self.document.course
        for place, path in course.media_references():
            used[path].append(describe_place(course, place))
        return used

    def refresh(self) -> None:
        """Redraw the list from the course."""
        self.list.clear()
        if self.document is None:
            self.summary.clear()
            return
        course = self.document.course
        used = self.usage()
        if not self._icons:
            for kind, standard in (
                ("audio", QStyle.StandardPixmap.SP_MediaVolume),
                ("video", QStyle.StandardPixmap.SP_MediaPlay),
                ("file", QStyle.StandardPixmap.SP_FileIcon),
                ("image", QStyle.StandardPixmap.SP_FileDialogContentsView),
            ):
                self._icons[kind] = self.style().standardIcon(standard)
        self._refresh_timer.setInterval(300)
        self.list.setUpdatesEnabled(False)
        total = 0
        for item in course.media:
            total += item.size
            name = item.original_name or item.path.rsplit("/", 1)[-1]
            places = used.get(item.path, [])
            if not places:
                use = self.tr("not used")
            elif len(places) == 1:
                use = self.tr("used once")
            else:
                use = self.tr("used %1 times").replace("%1", str(len(places)))
            entry = QListWidgetItem(f"{name}\n{human_size(item.size)} · {use}")
            entry.setData(PATH, item.path)
            pixmap = self.thumbnails.get(item, self.document.bundle.media)
            entry.setIcon(pixmap if pixmap is not None else self._icons[item.kind])
            dims = f"{item.width}×{item.height}, " if item.width else ""
            tip = [f"{item.path}", f"{item.mime}, {dims}{human_size(item.size)}"]
            tip += [self.tr("Used in:")] + [f"• {p}" for p in places] if places else [self.tr("Not used anywhere")]
            entry.setToolTip("\n".join(tip))
            if not places:
                entry.setForeground(self.palette().placeholderText())
            self.list.addItem(entry)
        self.list.setUpdatesEnabled(True)
        unused = sum(1 for m in course.media if m.path not in used)
        self.summary.setText(
            self.tr("%n file(s), %2; %3 unused", "", len(course.media))
            .replace("%2", human_size(total))
            .replace("%3", str(unused))
        )
        self.remove_unused_button.setEnabled(unused > 0)

    def _thumb_ready(self, sha: str) -> None:
        if self.document is None:
            return
        by_path = self.document.course.media_by_path()
        for i in range(self.list.count()):
            entry = self.list.item(i)
            item = by_path.get(entry.data(PATH))
            if item is not None and item.sha256 == sha:
                pixmap = self.thumbnails.get(item, self.document.bundle.media)
                if pixmap is not None:
                    entry.setIcon(pixmap)

    def remove_unused(self) -> int:
        """Remove every media file no block or cover uses, as one undoable edit; return how many."""
        if self.document is None:
            return 0
        course = self.document.course
        used = {path for _place, path in course.media_references()}
        doomed = [i for i, m in enumerate(course.media) if m.path not in used]
        # Remove from the end so earlier indexes stay valid for each step.
        steps = [Remove(course, "media", i) for i in reversed(doomed)]
        if steps:
            self.document.do(Group(self.tr("Remove unused media"), steps), self.tr("Remove %n unused file(s)", "", len(steps)))
        return len(steps)

    def select_path(self, path: str) -> None:
        """Select a media file by its path."""
        for i in range(self.list.count()):
            if self.list.item(i).data(PATH) == path:
                self.list.setCurrentRow(i)
                return

