"""Try a lesson, quiz or survey in the web browser, as the phone package runs it, and play media.

The editor's own preview cannot run the package's script (answering questions, checking
them); the browser can. The item is exported on its own, with the offline exporter, to a
temporary folder, and opened in a frame the width of a phone. Sound and video open in the
system's player: PySide6-Essentials has no Qt Multimedia.
"""

from __future__ import annotations

import html
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from ..bundle import BundleError, CourseBundle, FromFile, MediaStore
from ..model import Course, Module
from .workers import Job

#: Width and height of the frame, in CSS pixels: a common phone held upright.
PHONE_SIZE = (390, 844)



def one_item_bundle(document, item) -> CourseBundle:
    """Return a bundle holding a copy of only ``item`` (in its module) and the media it uses."""
    import copy

    course = document.course
    module = next((m for m in course.modules if any(i is item for i in m.items)), None)
    if module is None:
        raise BundleError("this item is no longer in the course")
    alone = Course(title=course.title, language=course.language, licence=course.licence, id=course.id,
                   modules=[Module(id=module.id, title=module.title, items=[copy.deepcopy(item)])])
    paths = {p for _place, p in alone.media_references()}
    alone.media = [copy.deepcopy(m) for m in course.media if m.path in paths]
    store = MediaStore(document.bundle.media.limits)
    for m in alone.media:
        store.set_origin(m.path, document.bundle.media.origin(m.path))
    return CourseBundle(course=alone, media=store)


def phone_frame(page: str, title: str) -> str:
    """Return a page that shows ``page`` in a frame the size of a phone."""
    w, h = PHONE_SIZE
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title>"
        "<style>body{margin:0;background:#555;display:flex;justify-content:center;align-items:flex-start}"
        f"iframe{{width:{w}px;height:{h}px;border:0;margin:16px;background:#fff;box-shadow:0 0 16px #000}}</style>"
        f"</head><body><iframe src='{html.escape(page)}' title='{html.escape(title)}'></iframe></body></html>"
    )


def start_browser_preview(document, item) -> Job:
    """Return a started job exporting ``item`` alone to a temporary folder; its result is the frame page's path."""
    from ..exporters.offline.export import export_offline
    from ..exporters.offline.options import ExportError, OfflineOptions

    bundle = one_item_bundle(document, item)

    def work(progress, cancel):
        folder = Path(tempfile.mkdtemp(prefix="coursebuilder-preview-"))
        try:
            out = folder / "package"
            export_offline(bundle, OfflineOptions(output=out, form="folder", image_sizes=(480,)), progress, cancel)
            pages = sorted(p.name for p in out.glob("*.html") if p.name != "index.html")
            page = f"package/{pages[0]}" if len(pages) == 1 else "package/index.html"
            frame = folder / "phone.html"
            frame.write_text(phone_frame(page, item.title), "utf-8")
            return frame
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise

    return Job(QCoreApplication.translate("browser_preview", "Preparing the browser preview"), work, expected=(ExportError,)).start()


def open_in_browser(path: Path) -> bool:
    """Open a local file with the system's program for it; return whether one was found."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def start_media_file(document, path: str) -> Job:
    """Return a started job giving a file on disk with a media file's bytes (copied out of the bundle if needed)."""
    store = document.bundle.media
    origin = store.origin(path)
    item = document.course.media_by_path().get(path)
    name = Path(item.original_name).name if item is not None and item.original_name else Path(path).name
    # Keep the bundle's suffix: the system picks the player by it.
    if Path(name).suffix.lower() != Path(path).suffix.lower():
        name += Path(path).suffix

    def work(progress, cancel):
        if isinstance(origin, FromFile):
            return origin.path
        target = Path(tempfile.mkdtemp(prefix="coursebuilder-play-")) / name
        with store.open(path) as src, open(target, "wb") as dst:
            while chunk := src.read(1024 * 1024):
                cancel.check()
                dst.write(chunk)
        return target

    return Job(QCoreApplication.translate("browser_preview", "Opening the player"), work).start()


def _opened(parent, path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    if not open_in_browser(path):
        QMessageBox.warning(parent, QCoreApplication.translate("browser_preview", "No program found"),
                            QCoreApplication.translate("browser_preview", "No program on this computer opens this kind of file. It is here: %1").replace("%1", str(path)))


def add_browser_button(dialog, buttons, document, item):
    """Add "Preview in browser" to a preview dialog's buttons; return the button."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    button = buttons.addButton(QCoreApplication.translate("browser_preview", "Preview in &browser"), QDialogButtonBox.ButtonRole.ActionRole)
    button.setToolTip(QCoreApplication.translate("browser_preview", "Open this page in the web browser at phone width, where its questions can be tried"))

    def clicked():
        button.setEnabled(False)
        try:
            job = start_browser_preview(document, item)
        except BundleError as exc:
            button.setEnabled(True)
            QMessageBox.critical(dialog, QCoreApplication.translate("browser_preview", "Cannot preview"), str(exc))
            return
        dialog.browser_job = job
        job.sig_done.connect(lambda frame: _opened(dialog, frame))
        job.sig_failed.connect(lambda msg: QMessageBox.critical(dialog, QCoreApplication.translate("browser_preview", "Cannot preview"), msg))
        job.sig_finished.connect(lambda: button.setEnabled(True))

    button.clicked.connect(clicked)
    return button


def play_button(document, block, parent):
    """Return a "Play" button that opens an audio or video block's file in the system's player."""
    from PySide6.QtWidgets import QMessageBox, QPushButton, QSizePolicy

    button = QPushButton(QCoreApplication.translate("browser_preview", "▶ Play"), parent)
    # As wide as its words, not the whole form row.
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    button.setToolTip(QCoreApplication.translate("browser_preview", "Play in the computer's own player"))

    def clicked():
        if not block.media:
            return
        try:
            job = start_media_file(document, block.media)
        except BundleError as exc:
            QMessageBox.critical(parent, QCoreApplication.translate("browser_preview", "Cannot play"), str(exc))
            return
        button.play_job = job
        job.sig_done.connect(lambda path: _opened(parent, path))
        job.sig_failed.connect(lambda msg: QMessageBox.critical(parent, QCoreApplication.translate("browser_preview", "Cannot play"), msg))

    button.clicked.connect(clicked)
    return button
