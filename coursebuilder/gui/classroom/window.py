"""The classroom window: the address, the QR code and URL to join, live counts, and the join slide."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...classroom.network import list_addresses
from .. import settings
from .controller import ClassroomController
from .join_slide import JoinSlide, save_slide_svg, slide_image

if TYPE_CHECKING:
    from .results_view import ResultsWindow

#: After this long with no phone, the window explains what usually blocks them.
FIREWALL_HINT_SECONDS = 60
_ADDRESS_KEY = "classroom_address"


class ClassroomWindow(QWidget):
    """Run the classroom for the open course."""

    def __init__(self, main_window, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.main_window = main_window
        self.controller = ClassroomController(self)
        self.started_at = 0.0
        self.setWindowTitle(self.tr("Classroom"))
        self.resize(1100, 760)

        self.address = QComboBox()
        self.address.setMinimumWidth(260)
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("automatic"))
        self.pin = QLineEdit()
        self.pin.setPlaceholderText(self.tr("none"))
        self.pin.setMaxLength(12)
        self.pin.setInputMask("")
        self.venue = QLineEdit()
        self.label = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Network address"), self.address)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("PIN for results (optional)"), self.pin)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Session label"), self.label)
        self.start_button = QPushButton(self.tr("Start classroom"))
        self.start_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.progress = QProgressBar()
        self.progress.hide()

        self.slide = JoinSlide()
        self.url_label = QLabel()
        big = QFont()
        big.setPointSize(28)
        big.setBold(True)
        self.url_label.setFont(big)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QLabel()
        counts_font = QFont()
        counts_font.setPointSize(14)
        self.counts.setFont(counts_font)
        self.note = QLabel(self.tr("A laptop's own hotspot holds only about 8 phones (Windows' mobile hotspot "
                                   "allows 8). For a full room use Wi-Fi access points, on 5 GHz where phones "
                                   "support it; phones must be on the same network as this computer."))
        self.note.setWordWrap(True)
        self.firewall = QLabel(self.tr("No phone has connected after a minute. Check that the phones are on the "
                                       "same Wi-Fi as this computer with mobile data off, that the firewall allows "
                                       "CourseBuilder (on Windows: a Private network, not Public), and that the "
                                       "Wi-Fi does not keep devices apart (guest or client isolation)."))
        self.firewall.setWordWrap(True)
        self.firewall.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.firewall.hide()
        self.fullscreen_button = QPushButton(self.tr("Show join slide full screen"))
        self.png_button = QPushButton(self.tr("Save join slide as PNG…"))
        self.svg_button = QPushButton(self.tr("Save join slide as SVG…"))
        self.results_button = QPushButton(self.tr("Results…"))

        left = QVBoxLayout()
        left.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        left.addLayout(row)
        left.addWidget(self.progress)
        left.addWidget(self.counts)
        left.addWidget(self.firewall)
        left.addStretch(1)
        left.addWidget(self.note)
        for b in (self.fullscreen_button, self.png_button, self.svg_button, self.results_button):
            left.addWidget(b)
        right = QVBoxLayout()
        right.addWidget(self.url_label)
        right.addWidget(self.slide, 1)
        top = QHBoxLayout(self)
        side = QWidget()
        side.setLayout(left)
        side.setMaximumWidth(380)
        top.addWidget(side)
        top.addLayout(right, 1)

        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.fullscreen_button.clicked.connect(self.show_fullscreen)
        self.png_button.clicked.connect(self.save_png)
        self.svg_button.clicked.connect(self.save_svg)
        self.results_button.clicked.connect(self.show_results)
        self.controller.sig_started.connect(self._started)
        self.controller.sig_failed.connect(self._failed)
        self.controller.sig_stopped.connect(self._stopped)
        self.controller.sig_progress.connect(self._progress)
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self.refresh_counts)
        self._fullscreen: JoinSlide | None = None
        self.results_window: ResultsWindow | None = None
        self.fill_addresses()
        self._update_buttons()

    # ---------- addresses ----------
    def fill_addresses(self) -> None:
        """List this computer's addresses, the remembered one (or the default route's) selected."""
        self.address.clear()
        for a in list_addresses():
            self.address.addItem(a.label(), a.ip)
        self.address.addItem(self.tr("127.0.0.1 (this computer only)"), "127.0.0.1")
        remembered = settings.load().get(_ADDRESS_KEY)
        i = self.address.findData(remembered)
        self.address.setCurrentIndex(i if i >= 0 else 0)

    # ---------- running ----------
    def course(self):
        """Return the open course, or None."""
        doc = self.main_window.document
        return doc.course if doc is not None else None

    def start(self) -> None:
        """Build the phone copy of the open course and serve it."""
        doc = self.main_window.document
        if doc is None:
            return
        host = self.address.currentData()
        data = settings.load()
        data[_ADDRESS_KEY] = host
        settings.save(data)
        pin = self.pin.text().strip()
        if pin and not (pin.isdigit() and 3 <= len(pin) <= 12):
            QMessageBox.warning(self, self.tr("Classroom"), self.tr("The PIN must be 3 to 12 digits."))
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self.counts.setText(self.tr("Preparing the phone copy of the course…"))
        self.controller.start(doc.snapshot(), host, self.port.value() or None, pin, self.venue.text(),
                              self.label.text())
        self._update_buttons()

    def stop(self) -> None:
        """Stop serving; phones keep what they loaded, the results stay in the database."""
        self.controller.stop()
        self._update_buttons()

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _started(self, url: str) -> None:
        self.progress.hide()
        self.started_at = time.monotonic()
        course = self.course()
        self.url_label.setText(url.removeprefix("http://").rstrip("/"))
        self.slide.set_slide(url, course.language if course else "en", course.title if course else "")
        self.timer.start()
        self.refresh_counts()
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.counts.setText("")
        self._update_buttons()
        QMessageBox.warning(self, self.tr("Classroom"), self.tr("The classroom could not start: %1").replace("%1", message))

    def _stopped(self) -> None:
        self.timer.stop()
        if self.results_window is not None:
            self.results_window.hide_live()
        self.firewall.hide()
        self.counts.setText(self.tr("Stopped. The results are kept; open Results… to see them."))
        self._update_buttons()

    def refresh_counts(self) -> None:
        """Show phones seen in the last two minutes and submissions this session."""
        server = self.controller.server
        if server is None:
            return
        phones = server.stats.phones()
        self.counts.setText(self.tr("Phones in the last 2 minutes: %1\nResults this session: %2")
                            .replace("%1", str(phones)).replace("%2", str(server.stats.submissions)))
        no_phone = not server.stats.seen and time.monotonic() - self.started_at > FIREWALL_HINT_SECONDS
        self.firewall.setVisible(no_phone)
        if self.results_window is not None and self.results_window.isVisible():
            self.results_window.show_live(phones, server.stats.submissions)
            self.results_window.reload()

    def _update_buttons(self) -> None:
        running, busy = self.controller.running, self.controller.busy
        for w in (self.address, self.port, self.pin, self.venue, self.label):
            w.setEnabled(not running and not busy)
        self.start_button.setEnabled(not running and not busy and self.main_window.document is not None)
        self.stop_button.setEnabled(running or busy)
        for b in (self.fullscreen_button, self.png_button, self.svg_button):
            b.setEnabled(running)

    # ---------- the join slide ----------
    def show_fullscreen(self) -> None:
        """Show the join slide alone, full screen (Esc or a double click closes it)."""
        self._fullscreen = JoinSlide()
        self._fullscreen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._fullscreen.set_slide(self.slide.url, self.slide.language, self.slide.title)
        # Closed with Esc it deletes itself: forget it then, so closing this window does not touch it.
        self._fullscreen.destroyed.connect(self._forget_fullscreen)
        self._fullscreen.showFullScreen()

    def _forget_fullscreen(self) -> None:
        self._fullscreen = None

    def save_png(self) -> None:
        """Save the join slide as a 1920×1080 PNG."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save join slide"), "join-slide.png", self.tr("PNG image (*.png)"))
        if path and not slide_image(self.slide.url, self.slide.language, self.slide.title).save(path, b"PNG"):
            QMessageBox.warning(self, self.tr("Classroom"), self.tr("Cannot write %1").replace("%1", path))

    def save_svg(self) -> None:
        """Save the join slide as SVG."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save join slide"), "join-slide.svg", self.tr("SVG image (*.svg)"))
        if path:
            save_slide_svg(path, self.slide.url, self.slide.language, self.slide.title)

    def show_results(self) -> None:
        """Open the results view of the open course."""
        from .results_view import ResultsWindow

        course = self.course()
        if course is None:
            return
        if self.results_window is None:
            self.results_window = ResultsWindow(course, self)
        self.results_window.reload()
        self.results_window.show()
        self.results_window.raise_()
        self.refresh_counts()

    def sizeHint(self) -> QSize:
        return QSize(1100, 760)

    def closeEvent(self, event) -> None:
        # Closing the window ends the classroom: nothing keeps serving unseen.
        self.controller.stop()
        if self._fullscreen is not None:
            self._fullscreen.close()
        event.accept()
