"""Help › About and Help › User guide."""

from __future__ import annotations

from PySide6.QtCore import qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication

from coursebuilder import __version__
from coursebuilder.gui.about import AboutDialog


def test_about_lists_versions_and_copies_diagnostics(qtbot, window):
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.topLevelItem(i).text(0): dialog.table.topLevelItem(i).text(1)
            for i in range(dialog.table.topLevelItemCount())}
    assert rows["CourseBuilder"] == __version__
    assert rows["Qt"] == qVersion()
    assert "Pillow" in rows and "python-pptx" in rows and "Screen 1" in rows
    text = dialog.copy_diagnostics()
    assert QGuiApplication.clipboard().text() == text
    for needle in (f"CourseBuilder: {__version__}", "Qt platform: offscreen", "Data folder:", "Log file:", "Last "):
        assert needle in text


def test_user_guide_opens_the_local_copy_in_the_interface_language(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    monkeypatch.setenv("COURSEBUILDER_LANG", "zh_CN")
    page = window.open_guide()
    assert page is not None and page.is_file() and page.parent.name == "zh"
    assert opened and opened[0].toLocalFile() == str(page)
    assert 'lang="zh"' in page.read_text(encoding="utf-8")
