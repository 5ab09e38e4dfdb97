"""Module properties: title and description."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...model import Module
from .common import EditorContext, EditorPage, form, heading, text_box
from .fields import Binder


class ModuleEditor(EditorPage):
    """Edit a module's title and description."""

    def __init__(self, ctx: EditorContext, module: Module, parent=None):
        super().__init__(module, parent)
        b = Binder(ctx.document, module, self)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Module")))
        box = QWidget()
        f = form(box)
        outer.addWidget(box)
        self.title = b.line("title", QLineEdit(), self.tr("Change module title"))
        f.addRow(self.tr("&Title:"), self.title)
        self.description = b.text("description", text_box(4), self.tr("Change description"))
        f.addRow(self.tr("&Description:"), self.description)
        hint = QLabel(self.tr("Add lessons, quizzes and surveys with the outline's right-click menu."))
        hint.setWordWrap(True)
        outer.addWidget(hint)
        outer.addStretch()
