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


def test_the_new_editing_features_speak_chinese(qapp, tmp_path, qtbot):
    """Module-level strings need their context spelled out for lupdate; check they really translate."""
    from PySide6.QtCore import QLocale

    from coursebuilder.gui import language
    from coursebuilder.gui.app import install_translators
    from coursebuilder.gui.document import Document
    from coursebuilder.gui.main_window import MainWindow
    from coursebuilder.gui.preview_dialog import PreviewDialog

    from ..factories import make_bundle

    installed = install_translators(qapp, QLocale("zh_CN"))
    try:
        window = MainWindow()
        window.set_document(Document(make_bundle(), window))
        assert window.clipboard.act_paste.text() == "粘贴(&P)"
        assert window.find_actions.act_find.text() == "查找和替换(&F)…"
        lesson = window.document.course.modules[0].items[0]
        window.outline.select(lesson)
        window.editor.blocks.setCurrentRow(0)
        assert window.editor.block_editor.toolbar.act_heading.text() == "标题"
        window.editor.blocks.setCurrentRow(1)
        assert window.editor.block_editor.framing.crop.text() == "裁剪…"
        window.editor.blocks.setCurrentRow(3)
        assert window.editor.block_editor.play.text() == "▶ 播放"
        dialog = PreviewDialog(window.document, window.thumbnails, lesson, window)
        assert dialog.browser_button.text() == "在浏览器中预览(&B)"
        assert language.next_start_message().startswith("下次启动")
        dialog.deleteLater()
        window.document.undo_stack.setClean()
        window.set_document(None)
        window.deleteLater()
    finally:
        for t in installed:
            qapp.removeTranslator(t)
