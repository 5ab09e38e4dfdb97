"""File › Export: slide decks and offline packages, when their exporters are installed."""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtWidgets import QMenu


def available(module: str) -> bool:
    """Return whether an exporter module can be imported."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def fill_menu(window, menu: QMenu) -> None:
    """Add an action per exporter present; say so when none is."""
    found = False
    for module, text in (
        ("coursebuilder.exporters.pptx", menu.tr("Slide deck (.pptx)…")),
        ("coursebuilder.exporters.offline", menu.tr("Offline package for phones…")),
    ):
        if available(module):
            found = True
            act = menu.addAction(text)
            act.setEnabled(False)
            act.setToolTip(menu.tr("Not connected to the editor yet; use the command line"))
    if not found:
        menu.addAction(menu.tr("(no exporters installed)")).setEnabled(False)
