"""Every editor kind fits small laptop screens, in English, Chinese, Khmer and Lao.

At 1280x720 nothing scrolls sideways; at 1024x600 every control can still be reached
(by scrolling up and down at most). Set CB_SCREENSHOTS=<folder> to keep a PNG of each
view (take them under ``xvfb-run -a`` to see real fonts).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from coursebuilder.bundle import CourseBundle
from coursebuilder.gui.app import install_translators
from coursebuilder.gui.document import Document
from coursebuilder.gui.main_window import MainWindow

from .helpers import each_view, every_kind_course

SIZES = [(1280, 720), (1024, 600)]
CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractScrollArea)


def _settle():
    for _ in range(3):
        QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QCoreApplication.processEvents()


def _sideways(editor: QWidget, area: QScrollArea) -> list[str]:
    found = []
    for scroll in [area, *editor.findChildren(QAbstractScrollArea)]:
        bar = scroll.horizontalScrollBar()
        if scroll.isVisibleTo(area.window()) and bar.isVisible() and bar.maximum() > 0:
            found.append(f"{type(scroll).__name__} {scroll.objectName()!r} scrolls sideways by {bar.maximum()} px")
    return found


def _inside_item_view(widget: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractItemView):
            return True  # a table's header, corner button or cell editor: part of the table
        w = w.parentWidget()
    return False


def _unreachable(window, editor: QWidget, area: QScrollArea) -> list[str]:
    """Return the controls that cannot be brought into view by scrolling up and down."""
    found = []
    viewport = area.viewport()
    for control in editor.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or isinstance(control, (QScrollArea, QHeaderView)):
            continue
        if not control.isVisibleTo(window) or _inside_item_view(control):
            continue
        text = control.text() if isinstance(control, (QAbstractButton, QLineEdit)) else ""
        if control.width() < 12 or control.height() < 8:
            found.append(f"{type(control).__name__} {text!r} is squeezed to {control.width()}x{control.height()}")
            continue
        area.ensureWidgetVisible(control, 0, 0)
        _settle()
        # What the lecturer can see of it, after every pane and the scroll area have clipped it.
        seen = control.visibleRegion().boundingRect()
        if seen.width() < min(control.width(), viewport.width()) - 2 or seen.height() < min(control.height(), 16):
            found.append(f"{type(control).__name__} {text!r} ({control.width()}x{control.height()}) shows only {seen.width()}x{seen.height()}")
    return found


@pytest.fixture(params=["en", "zh_CN", "km", "lo"])
def language(request, qapp):
    installed = install_translators(qapp, QLocale(request.param)) if request.param != "en" else []
    yield request.param
    for t in installed:
        qapp.removeTranslator(t)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_editor_fits(language, size, answers):
    shots = os.environ.get("CB_SCREENSHOTS")
    window = MainWindow()
    window.resize(*size)
    window.show()
    try:
        course = every_kind_course()
        window.set_document(Document(CourseBundle(course=course), window))
        problems = []
        for name in each_view(window, course):
            _settle()
            editor, area = window.editor, window.editor_area
            assert window.width() <= size[0] and window.height() <= size[1]
            if shots:
                Path(shots).mkdir(parents=True, exist_ok=True)
                window.grab().save(str(Path(shots) / f"{language}-{size[0]}x{size[1]}-{name}.png"))
            problems += [f"{name}: {p}" for p in _sideways(editor, area)]
            problems += [f"{name}: {p}" for p in _unreachable(window, editor, area)]
        assert problems == [], "\n".join(problems)
    finally:
        window.document.undo_stack.setClean()
        window.set_document(None)
        window.close()
        window.deleteLater()
