"""Questions to the lecturer whose buttons say what they do, not Yes and No."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

B = QMessageBox.StandardButton


def ask(parent: QWidget | None, title: str, text: str, buttons: dict[B, str], default: B) -> B:
    """Ask a question with worded buttons (standard button → its words); return the one pressed.

    The standard buttons keep their roles (Escape, Enter, order on each platform); only
    the words change, so the lecturer reads "Restore my changes" rather than "Yes".
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, B.NoButton, parent)
    for button, words in buttons.items():
        box.addButton(button).setText(words)
    box.setDefaultButton(default)
    for escape in (B.Cancel, B.No):
        if escape in buttons:
            box.setEscapeButton(escape)
            break
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else B.NoButton
