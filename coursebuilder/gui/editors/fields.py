"""Bind form widgets to model fields: edits become undoable operations, model changes refresh widgets."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...model.operations import FIELD, ReplaceList, SetField
from ..document import Document
from ..signals import listen


class Binder:
    """Keep a set of widgets and one model object's fields in step, both ways."""

    def __init__(self, document: Document, obj: Any, owner: QWidget):
        self.document = document
        self.obj = obj
        self._refreshers: dict[str, Callable[[], None]] = {}
        #: The widget bound to each field: its own edits come back as changes it need not redraw.
        self._widgets: dict[str, QWidget] = {}
        self._also: dict[str, list[Callable[[], None]]] = {}
        # Disconnect with the owner so a closed editor does not keep listening.
        listen(document.sig_course_changed, owner, self._on_changed)

    def _set(self, attr: str, value: Any, text: str) -> None:
        if getattr(self.obj, attr) != value:
            self.document.do(SetField(self.obj, attr, value), text, self._widgets.get(attr))

    def _on_changed(self, changes, initiator: object = None) -> None:
        for change in changes:
            if change.kind != FIELD or change.target is not self.obj:
                continue
            if change.attr in self._refreshers and (initiator is None or initiator is not self._widgets.get(change.attr)):
                self._refreshers[change.attr]()
            for also in self._also.get(change.attr, []):
                also()

    def line(self, attr: str, widget: QLineEdit, text: str) -> QLineEdit:
        """Bind a one-line text field."""
        widget.setText(getattr(self.obj, attr))
        widget.setCursorPosition(0)  # show how a long text begins, not how it ends
        widget.textEdited.connect(lambda value: self._set(attr, value, text))

        def refresh():
            if widget.text() != getattr(self.obj, attr):
                with QSignalBlocker(widget):
                    widget.setText(getattr(self.obj, attr))

        self._refreshers[attr], self._widgets[attr] = refresh, widget
        return widget

    def text(self, attr: str, widget: QPlainTextEdit, text: str) -> QPlainTextEdit:
        """Bind a multi-line text field."""
        widget.setPlainText(getattr(self.obj, attr))
        widget.textChanged.connect(lambda: self._set(attr, widget.toPlainText(), text))

        def refresh():
            if widget.toPlainText() != getattr(self.obj, attr):
                with QSignalBlocker(widget):
                    widget.setPlainText(getattr(self.obj, attr))

        self._refreshers[attr], self._widgets[attr] = refresh, widget
        return widget

    def lines(self, attr: str, widget: QPlainTextEdit, text: str) -> QPlainTextEdit:
        """Bind a list of strings edited one per line (objectives, accepted answers, items)."""

        def read() -> list[str]:
            return [s.strip() for s in widget.toPlainText().splitlines() if s.strip()]

        widget.setPlainText("\n".join(getattr(self.obj, attr)))

        def edited():
            if read() != list(getattr(self.obj, attr)):
                self.document.do(ReplaceList(self.obj, attr, read()), text, widget)

        widget.textChanged.connect(edited)

        def refresh():
            if read() != list(getattr(self.obj, attr)):
                with QSignalBlocker(widget):
                    widget.setPlainText("\n".join(getattr(self.obj, attr)))

        self._refreshers[attr], self._widgets[attr] = refresh, widget
        return widget

    def spin(self, attr: str, widget: QSpinBox | QDoubleSpinBox, text: str):
        """Bind a whole or decimal number."""
        cast: type[int] | type[float] = int if isinstance(widget, QSpinBox) else float
        widget.setValue(cast(getattr(self.obj, attr)))  # type: ignore[arg-type]  # int for a QSpinBox
        widget.valueChanged.connect(lambda value: self._set(attr, cast(value), text))

        def refresh():
            with QSignalBlocker(widget):
                widget.setValue(cast(getattr(self.obj, attr)))

        self._refreshers[attr], self._widgets[attr] = refresh, widget
        return widget

    def check(self, attr: str, widget: QCheckBox, text: str) -> QCheckBox:
        """Bind a yes/no field."""
        widget.setChecked(bool(getattr(self.obj, attr)))
        widget.toggled.connect(lambda value: self._set(attr, bool(value), text))

        def refresh():
            with QSignalBlocker(widget):
                widget.setChecked(bool(getattr(self.obj, attr)))

        self._refreshers[attr], self._widgets[attr] = refresh, widget
        return widget

    def combo_text(self, attr: str, widget: QComboBox, text: str) -> QComboBox:
        """Bind an editable combo box whose text is the value (language, licence)."""
        widget.setEditable(True)
        widget.setCurrentText(getattr(self.obj, attr))
        widget.currentTextChanged.connect(lambda value: self._set(attr, value.strip(), text))

        def refresh():
            if widget.currentText().strip() != getattr(self.obj, attr):
                with QSignalBlocker(widget):
                    widget.setCurrentText(getattr(self.obj, attr))

        self._refreshers[attr], self._widgets[attr] = refresh, widget
        return widget

    def combo_data(self, attr: str, widget: QComboBox, text: str) -> QComboBox:
        """Bind a combo box whose item data is the value (a media path)."""

        def select():
            with QSignalBlocker(widget):
                i = widget.findData(getattr(self.obj, attr))
                widget.setCurrentIndex(max(i, 0))

        select()
        widget.currentIndexChanged.connect(lambda _i: self._set(attr, widget.currentData() or "", text))
        self._refreshers[attr], self._widgets[attr] = select, widget
        return widget

    def on(self, attr: str, refresh: Callable[[], None]) -> None:
        """Call ``refresh`` when ``attr`` changes by any means (undo included)."""
        self._also.setdefault(attr, []).append(refresh)
