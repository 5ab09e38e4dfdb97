"""The start screen: new course, open, a sample course to start from, recent bundles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..resources import sample_courses_dir
from . import settings
from .editors.common import heading

PATH = Qt.ItemDataRole.UserRole


def sample_courses() -> list[tuple[Path, str]]:
    """Return (folder, title) of each sample course found (folders starting with _ or . are not courses)."""
    from ..bundle import BundleError
    from ..bundle.limits import MANIFEST_NAME
    from ..bundle.manifest import parse_manifest

    found = []
    root = sample_courses_dir()
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            if folder.name.startswith(("_", ".")):
                continue
            manifest = folder / MANIFEST_NAME
            if manifest.is_file():
                try:
                    title = parse_manifest(manifest.read_bytes()).title
                except (BundleError, OSError):
                    continue
                found.append((folder, title or folder.name))
    return found


class StartScreen(QWidget):
    """What a lecturer sees before any course is open."""

    sig_new = Signal()
    """Start an empty course."""
    sig_open = Signal()
    """Ask for a bundle to open."""
    sig_open_path = Signal(object, bool)
    """Open this bundle; True when it is a sample to copy rather than edit in place."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("startScreen")
        # A column of readable width in the middle, however wide the window.
        page = QWidget()
        page.setMaximumWidth(1000)
        centre = QHBoxLayout(self)
        centre.addWidget(page)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(48, 36, 48, 36)
        outer.addWidget(heading(self.tr("CourseBuilder")))
        intro = QLabel(self.tr("Build a training course with lessons, pictures, exercises and quizzes, then save it to share by USB stick."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        buttons = QHBoxLayout()
        new = QPushButton(self.tr("New course"))
        new.clicked.connect(self.sig_new)
        open_ = QPushButton(self.tr("Open a course…"))
        open_.clicked.connect(self.sig_open)
        for b in (new, open_):
            b.setMinimumHeight(36)
            buttons.addWidget(b)
        buttons.addStretch()
        outer.addLayout(buttons)
        lists = QHBoxLayout()
        self.samples = QListWidget()
        self.samples.setObjectName("sampleList")
        self.samples.itemActivated.connect(lambda it: self.sig_open_path.emit(it.data(PATH), True))
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.itemActivated.connect(lambda it: self.sig_open_path.emit(it.data(PATH), False))
        for title, widget in ((self.tr("Start from a sample course"), self.samples), (self.tr("Recent courses"), self.recent)):
            col = QVBoxLayout()
            label = QLabel(title)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            col.addWidget(label)
            col.addWidget(widget)
            hint = QLabel(self.tr("Double-click to open."))
            hint.setEnabled(False)
            col.addWidget(hint)
            lists.addLayout(col)
        outer.addLayout(lists, 1)
        # Filled by the main window once it is up: reading the sample manifests need not delay it.

    def refresh(self) -> None:
        """List the recent bundles now and the sample courses once a worker has read their titles."""
        from .workers import Job

        self._fill_recent()
        job = self._samples_job = Job(self.tr("Reading sample courses"), lambda progress, cancel: sample_courses())
        job.sig_done.connect(self._fill_samples)
        job.start()

    def _fill_samples(self, found: list) -> None:
        self.samples.clear()
        for folder, title in found:
            item = QListWidgetItem(title)
            item.setData(PATH, folder)
            item.setToolTip(str(folder))
            self.samples.addItem(item)
        if not self.samples.count():
            self.samples.addItem(QListWidgetItem(self.tr("(no sample courses installed)")))

    def _fill_recent(self) -> None:
        self.recent.clear()
        for path in settings.recent_bundles():
            item = QListWidgetItem(path.name)
            item.setData(PATH, path)
            item.setToolTip(str(path))
            self.recent.addItem(item)
