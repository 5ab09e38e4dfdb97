"""A view that made an edit is named in the change signal, so it skips redrawing its own echo."""

from __future__ import annotations

from .test_media_choice import open_lesson


def test_the_widget_typed_in_is_the_initiator_and_undo_has_none(window, qtbot, tmp_path):
    doc, lesson, editor = open_lesson(window, qtbot, tmp_path)
    seen = []
    doc.sig_course_changed.connect(lambda changes, initiator: seen.append((changes[0].attr, initiator)))
    editor.title.setFocus()
    editor.title.end(False)
    qtbot.keyClicks(editor.title, "!")
    assert lesson.title.endswith("!")
    assert seen[-1] == ("title", editor.title), "the edit names the field it came from"
    assert window.outline.node_of(lesson).text(0) == lesson.title, "other views still redraw"
    window.act_undo.trigger()
    assert seen[-1] == ("title", None), "undo is nobody's echo: every view redraws"
    assert editor.title.text() == lesson.title and not lesson.title.endswith("!")


def test_typing_mid_text_keeps_the_cursor_where_the_lecturer_types(window, qtbot, tmp_path):
    doc, lesson, editor = open_lesson(window, qtbot, tmp_path)
    box = editor.title
    box.setFocus()
    box.setCursorPosition(2)
    qtbot.keyClicks(box, "xy")
    assert lesson.title[2:4] == "xy" and box.cursorPosition() == 4
