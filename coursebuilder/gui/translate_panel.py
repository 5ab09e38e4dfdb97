"""Translating in the editor: the texts of the shown object in the default language beside the chosen one's.

The panel lists every translatable text of what the editor shows (a lesson with its blocks and
questions, a quiz with its questions, a module's or the course's own fields): the default
language's words, read-only and always as they are now, beside an editable field for the
language chosen under "Translating into". Each edit is one ``set_translation`` operation
(typing into one field merges into one undo step); a translation made before its source
changed is marked stale until it is edited or confirmed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..model.languages import TextRef, course_languages, set_translation, text_refs, translation_state
from .document import Document
from .find_replace import field_names
from .signals import listen
from .translate_status import place_of, refs_of

_STEP = re.compile(r"(blocks|questions|choices|pairs)\[(\d+)\]")


#: The programme's languages by their own names (Qt would say "American English" for en).
_NAMES = {"en": "English", "zh-Hans": "简体中文", "zh-Hant": "繁體中文", "km": "ខ្មែរ", "lo": "ລາວ"}


def language_name(tag: str) -> str:
    """Return a language's name in itself with its tag, such as ``ខ្មែរ (km)``; the tag alone if Qt has no name."""
    locale = QLocale(tag.replace("-", "_"))
    name = _NAMES.get(tag) or (locale.nativeLanguageName() if locale.language() != QLocale.Language.C else "")
    return f"{name} ({tag})" if name else tag


class _Body(QWidget):
    """The rows' widget: as narrow as the dock is (long words wrap), never wider with a cut-off edge."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())


class TranslationPanel(QWidget):
    """Every translatable text of one object: the default language's, and an editable field for ``lang``."""

    sig_status = Signal(str)
    """A line for the status bar (an edit that could not be made)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("translationPanel")
        self.document: Document | None = None
        self.obj: object = None
        self.lang = ""
        #: key -> (source label, translation field, state label, "keep" button), in course order.
        self.rows: dict[str, tuple[QLabel, QWidget, QLabel, QPushButton]] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("translationHeading")
        self.body = _Body()
        self.grid = QGridLayout(self.body)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.grid.setVerticalSpacing(4)
        self.area = area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self.body)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(area, 1)

    # --- what is shown ---------------------------------------------------------------------

    def show_texts(self, document: Document | None, obj: object, lang: str) -> None:
        """Show the texts of ``obj`` for translating into ``lang`` ("" or no document: nothing)."""
        if document is not self.document:
            self.document = document
            if document is not None:
                listen(document.sig_course_changed, self, self._on_changed)
        self.obj, self.lang = obj, lang
        self._rebuild()

    def _refs(self) -> list[TextRef]:
        if self.document is None or not self.lang or self.lang not in course_languages(self.document.course):
            return []
        course = self.document.course
        place = place_of(course, self.obj)
        if place is None:
            return []
        return refs_of(course, place, list(text_refs(course)), own=place.count("[") < 2)

    def _rebuild(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = {}
        refs = self._refs()
        if self.document is None or not self.lang:
            self.heading.setText(self.tr("Choose a language under “Translating into” to translate the texts shown here."))
            return
        course = self.document.course
        self.heading.setText(self.tr("Left: %1, as the course says it now. Right: %2, yours to write.")
                             .replace("%1", language_name(course.language)).replace("%2", language_name(self.lang)))
        if not refs:
            self.heading.setText(self.heading.text() + "\n" + self.tr("Nothing to translate here."))
            return
        names = field_names()
        head = place_of(course, self.obj) or ""
        row = 0
        for ref in refs:
            label = QLabel(self._where(ref, head, names))
            label.setObjectName("translationField")
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self.grid.addWidget(label, row, 0)
            source = QLabel()
            source.setObjectName("translationSource")
            source.setWordWrap(True)
            source.setTextFormat(Qt.TextFormat.PlainText)
            source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            source.setFrameShape(QFrame.Shape.StyledPanel)
            source.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            source.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            field = self._field(ref)
            state = QLabel()
            state.setObjectName("translationState")
            state.setWordWrap(True)
            keep = QPushButton(self.tr("Keep as it is"))
            keep.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            keep.setToolTip(self.tr("The translation is still right: mark it up to date with the text on the left"))
            keep.clicked.connect(lambda _c=False, k=ref.key: self.confirm(k))
            under = QWidget()
            line = QHBoxLayout(under)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(state, 1)
            line.addWidget(keep, 0, Qt.AlignmentFlag.AlignTop)
            # Source and translation side by side when the panel is wide, one above the other when narrow.
            pair = QWidget()
            pair.setObjectName("translationPair")
            box = QBoxLayout(self._direction(), pair)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(source, 1)
            box.addWidget(field, 1)
            self.grid.addWidget(pair, row + 1, 0)
            self.grid.addWidget(under, row + 2, 0)
            self.rows[ref.key] = (source, field, state, keep)
            self._fill(ref)
            row += 3

    #: Below this width the source goes above its translation rather than beside it.
    SIDE_BY_SIDE = 520

    def _direction(self) -> QBoxLayout.Direction:
        wide = self.width() >= self.SIDE_BY_SIDE
        return QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        direction = self._direction()
        for pair in self.body.findChildren(QWidget, "translationPair"):
            layout = pair.layout()
            if isinstance(layout, QBoxLayout) and layout.direction() != direction:
                layout.setDirection(direction)

    def _where(self, ref: TextRef, head: str, names: dict[str, str]) -> str:
        """Return which text a row is, in words: ``Block 2 · caption``, ``Question 1 · choice 3 · feedback``."""
        inner = ref.place[len(head):] if head and ref.place.startswith(head) else ref.place
        words = []
        for kind, index in _STEP.findall(inner):
            number = str(int(index) + 1)
            words.append({
                "blocks": self.tr("Block %1"), "questions": self.tr("Question %1"),
                "choices": self.tr("Choice %1"), "pairs": self.tr("Pair %1"),
            }[kind].replace("%1", number))
        if ref.kind == "media":
            words.append(self.tr("file shown in this language"))
        else:
            name = names.get(ref.field, ref.field)
            words.append(f"{name} {ref.index + 1}" if ref.index is not None and ref.field != "pairs" else name)
        return " · ".join(words)

    def _field(self, ref: TextRef) -> QWidget:
        if ref.kind == "media":
            combo = QComboBox()
            combo.addItem(self.tr("the same file as in the default language"), "")
            assert self.document is not None
            for path in self.document.bundle.media.paths():
                combo.addItem(path, path)
            combo.currentIndexChanged.connect(lambda _i, k=ref.key, c=combo: self._edit(k, c.currentData() or "", c))
            return combo
        if ref.kind == "markdown" or "\n" in ref.source:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMinimumHeight(72)
            text.setMaximumHeight(140)
            text.textChanged.connect(lambda k=ref.key, t=text: self._edit(k, t.toPlainText(), t))
            return text
        line = QLineEdit()
        line.textEdited.connect(lambda value, k=ref.key, w=line: self._edit(k, value, w))
        return line

    def _fill(self, ref: TextRef, initiator: object = None) -> None:
        """Show the row's source, translation and state as the course has them now."""
        assert self.document is not None
        course = self.document.course
        source, field, state_label, keep = self.rows[ref.key]
        source.setText(ref.source)
        entry = course.translations.get(self.lang, {}).get(ref.key)
        value = entry.text if entry is not None else ""
        if field is not initiator:
            with QSignalBlocker(field):
                if isinstance(field, QLineEdit) and field.text() != value:
                    field.setText(value)
                    field.setCursorPosition(0)
                elif isinstance(field, QPlainTextEdit) and field.toPlainText() != value:
                    field.setPlainText(value)
                elif isinstance(field, QComboBox):
                    field.setCurrentIndex(max(field.findData(value), 0))
        state = translation_state(course, self.lang, ref)
        words = {
            "missing": self.tr("Not translated yet: trainees see the default language here."),
            "stale": self.tr("Stale: the text on the left changed after this was translated. Check it, then edit or confirm it."),
        }
        state_label.setText(words.get(state, ""))
        state_label.setStyleSheet("color: #a15c00;" if state == "stale" else "color: #666;")
        state_label.setVisible(state in words)
        keep.setVisible(state == "stale")
        field.setProperty("state", state)
        field.setToolTip(words.get(state, ""))

    def focus_place(self, place: str) -> bool:
        """Put the cursor in the translation of the text at ``place`` (a problem's place); return whether shown."""
        for ref in self._refs():
            if ref.place == place and ref.key in self.rows:
                field = self.rows[ref.key][1]
                self.area.ensureWidgetVisible(field)
                field.setFocus()
                return True
        return False

    def confirm(self, key: str) -> bool:
        """Mark a stale translation as checked: keep its words, record the source as it is now."""
        entry = self.document.course.translations.get(self.lang, {}).get(key) if self.document else None
        if entry is None or not entry.text:
            return False
        return self._edit(key, entry.text, None)

    def _edit(self, key: str, text: str, initiator: object) -> bool:
        if self.document is None or not self.lang:
            return False
        try:
            op = set_translation(self.document.course, self.lang, key, text)
        except ValueError as exc:
            self.sig_status.emit(str(exc))
            return False
        return self.document.do(op, self.tr("Translate into %1").replace("%1", self.lang), initiator)

    def _on_changed(self, changes, initiator: object = None) -> None:
        refs = self._refs()
        if [r.key for r in refs] != list(self.rows):
            self._rebuild()
            return
        for ref in refs:
            self._fill(ref, initiator)
