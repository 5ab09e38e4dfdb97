"""The results view: per quiz the score histogram, pass rate and correct rates; per survey the answer
shares, rating means and open answers; by session; CSV and a one-page PNG report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...classroom import ResultsStore, StoreError
from ...classroom.results import BANDS, ItemSummary, summarise, write_csv
from ...classroom.store import database_path
from ...model import Course, Quiz
from .charts import GOOD, BarList, Histogram


def _heading(text: str, size: int = 13) -> QLabel:
    label = QLabel(text)
    font = QFont()
    font.setPointSize(size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class ResultsWindow(QWidget):
    """Show what the phones sent for one course."""

    def __init__(self, course: Course, parent: QWidget | None = None, store: ResultsStore | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.course = course
        self._store = store
        self.setWindowTitle(self.tr("Results: %1").replace("%1", course.title))
        self.resize(900, 820)
        self.session = QComboBox()
        self.session.setMinimumWidth(320)
        self.total = QLabel()
        self.live = QLabel()
        self.live.setStyleSheet("color: #1d5a1a; font-weight: bold;")
        self.live.hide()
        refresh = QPushButton(self.tr("Refresh"))
        csv_button = QPushButton(self.tr("Export CSV…"))
        png_button = QPushButton(self.tr("Save report as PNG…"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Session")))
        bar.addWidget(self.session, 1)
        bar.addWidget(refresh)
        bar.addWidget(csv_button)
        bar.addWidget(png_button)
        # Not "scroll": that would hide QWidget.scroll.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.total)
        layout.addWidget(self.live)
        layout.addWidget(self.scroll_area, 1)
        refresh.clicked.connect(self.reload)
        csv_button.clicked.connect(self.export_csv)
        png_button.clicked.connect(self.save_png)
        self.session.currentIndexChanged.connect(lambda _: self.show_results())
        self._sessions_shown: list[str] = []
        self._open_limit = 30
        self.frames: dict[str, QFrame] = {}
        self._last_count = -1

    def show_live(self, phones: int, results: int) -> None:
        """Show the running classroom's counts above the summary."""
        self.live.setText(self.tr("Classroom running: %1 phones in the last 2 minutes, %2 results this session")
                          .replace("%1", str(phones)).replace("%2", str(results)))
        self.live.show()

    def hide_live(self) -> None:
        """The classroom stopped: no live counts."""
        self.live.hide()

    def store(self) -> ResultsStore | None:
        """Return the course's results database, or None when no classroom has run yet."""
        if self._store is None:
            path = database_path(self.course.id)
            if not path.exists():
                return None
            try:
                self._store = ResultsStore(path)
            except StoreError as exc:
                QMessageBox.warning(self, self.tr("Results"), str(exc))
                return None
        return self._store

    def reload(self) -> None:
        """Read the sessions again and redraw if anything arrived."""
        store = self.store()
        sessions = store.sessions() if store is not None else []
        ids = [s.id for s in sessions]
        if ids != self._sessions_shown:
            current = self.session.currentData()
            self.session.blockSignals(True)
            self.session.clear()
            self.session.addItem(self.tr("All sessions"), None)
            for s in sessions:
                self.session.addItem(s.title(), s.id)
            i = self.session.findData(current)
            self.session.setCurrentIndex(max(0, i))
            self.session.blockSignals(False)
            self._sessions_shown = ids
        count = store.count() if store is not None else 0
        if count != self._last_count or self.page is None:
            self._last_count = count
            self.show_results()

    def submissions(self):
        """Return the submissions of the chosen session (or all)."""
        store = self.store()
        return store.submissions(self.session.currentData()) if store is not None else []

    def show_results(self) -> None:
        """Draw the summary of the chosen session."""
        subs = self.submissions()
        self.total.setText(self.tr("%1 results").replace("%1", str(len(subs))))
        self.page = self._build_page(subs)
        self.scroll_area.setWidget(self.page)

    def scroll_to(self, item_id: str) -> None:
        """Bring one quiz's or survey's summary to the top of the view."""
        frame = self.frames.get(item_id)
        if frame is not None:
            self.scroll_area.verticalScrollBar().setValue(frame.y())

    def _build_page(self, subs, open_limit: int = 30) -> QWidget:
        page = QWidget()
        page.setAutoFillBackground(True)
        self._open_limit = open_limit
        self.frames = {}
        col = QVBoxLayout(page)
        col.addWidget(_heading(self.course.title, 16))
        for item in summarise(self.course, subs):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            if item.kind == "quiz":
                self._quiz(box, item)
            else:
                self._survey(box, item)
            col.addWidget(frame)
            self.frames[item.id] = frame
        col.addStretch(1)
        return page

    def _quiz(self, box: QVBoxLayout, item: ItemSummary) -> None:
        rate = "–" if item.pass_rate is None else f"{item.pass_rate:.0%}"
        box.addWidget(_heading(self.tr("Quiz: %1").replace("%1", item.title)))
        box.addWidget(QLabel(self.tr("%1 results · passed: %2").replace("%1", str(item.submissions)).replace("%2", rate)))
        box.addWidget(QLabel(self.tr("Scores (%)")))
        labels = [f"{i * 100 // BANDS}" for i in range(BANDS)]
        mark = next((i.pass_mark for m in self.course.modules for i in m.items if i.id == item.id and isinstance(i, Quiz)), None)
        box.addWidget(Histogram(item.histogram, labels, pass_band=None if mark is None else int(mark // (100 / BANDS))))
        box.addWidget(QLabel(self.tr("Right answers per question")))
        rows = [(q.prompt, q.correct_rate or 0.0,
                 "–" if q.correct_rate is None else f"{q.correct_rate:.0%}") for q in item.questions]
        box.addWidget(BarList(rows, colour=GOOD))

    def _survey(self, box: QVBoxLayout, item: ItemSummary) -> None:
        box.addWidget(_heading(self.tr("Survey: %1").replace("%1", item.title)))
        box.addWidget(QLabel(self.tr("%1 results").replace("%1", str(item.submissions))))
        n = max(item.submissions, 1)
        for q in item.questions:
            title = QLabel(q.prompt)
            title.setWordWrap(True)
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            box.addWidget(title)
            if q.shares:
                box.addWidget(BarList([(label, c / n, f"{c / n:.0%} ({c})") for label, c in q.shares]))
            elif q.ratings:
                mean = "–" if q.mean is None else f"{q.mean:.2f}"
                box.addWidget(QLabel(self.tr("Mean: %1").replace("%1", mean)))
                box.addWidget(BarList([(str(v), c / n, f"{c / n:.0%} ({c})") for v, c in q.ratings], label_share=0.15))
            elif q.texts:
                limit = self._open_limit
                answers = QLabel("\n".join(f"• {t}" for t in q.texts[:limit]) +
                                 ("" if len(q.texts) <= limit else "\n" + self.tr("… and %1 more (see the CSV)").replace("%1", str(len(q.texts) - limit))))
                answers.setWordWrap(True)
                answers.setTextFormat(Qt.TextFormat.PlainText)
                box.addWidget(answers)
            else:
                box.addWidget(QLabel(self.tr("No answers yet")))

    def export_csv(self) -> None:
        """Write the chosen session's submissions as CSV (UTF-8 with BOM, for Excel)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export results"), "results.csv", self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            write_csv(self.course, self.submissions(), Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Results"), self.tr("Cannot write %1: %2").replace("%1", path).replace("%2", exc.strerror or str(exc)))

    def report_image(self, width: int = 1240) -> QImage:
        """Return the summary of the chosen session as one page image, as wide as A4 at 150 dpi."""
        # A page a programme can attach: the open answers shortened, the rest in the CSV.
        page = self._build_page(self.submissions(), open_limit=8)
        palette = page.palette()
        palette.setColor(page.backgroundRole(), Qt.GlobalColor.white)
        page.setPalette(palette)
        page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        page.resize(width, 100)
        page.show()
        laid = page.layout()
        assert laid is not None, "the report page has a layout"
        height = laid.heightForWidth(width) if laid.hasHeightForWidth() else -1
        page.resize(width, max(height, laid.sizeHint().height()))
        img = QImage(page.size(), QImage.Format.Format_RGB32)
        img.fill(Qt.GlobalColor.white)
        page.render(img)
        page.deleteLater()
        self.frames = {}
        self.show_results()  # the frames of the view, not of the report
        return img

    def save_png(self) -> None:
        """Save the summary as a one-page PNG report."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "results.png", self.tr("PNG image (*.png)"))
        if path and not self.report_image().save(path, b"PNG"):
            QMessageBox.warning(self, self.tr("Results"), self.tr("Cannot write %1").replace("%1", path))

    def closeEvent(self, event) -> None:
        if self._store is not None:
            self._store.close()
        event.accept()
