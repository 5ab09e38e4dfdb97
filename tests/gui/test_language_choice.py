"""Choosing the interface language says clearly, in both languages, that it applies at the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from coursebuilder.gui import settings


def test_choosing_chinese_says_so_in_english_and_chinese_and_is_remembered(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *a, **k: shown.append((title, text))))
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    languages = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == "Interface &language")
    chinese = next(a for a in languages.actions() if a.text() == "中文（简体）")
    chinese.trigger()
    assert settings.load()["language"] == "zh_CN"
    ((title, text),) = shown
    assert title == "Interface language"
    assert "next time CourseBuilder starts" in text
    assert "下次启动 CourseBuilder 时" in text
    # Choosing the same language again asks nothing.
    chinese.trigger()
    assert len(shown) == 1
