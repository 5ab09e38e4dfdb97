"""Translating in the editor: side by side, one undo step per field, badges, notes, languages, the translator's file."""

from __future__ import annotations

import csv
import io

from PySide6.QtWidgets import QLineEdit

from coursebuilder.gui.document import Document
from coursebuilder.model.languages import set_languages, text_refs, translation_state
from coursebuilder.model.operations import SetField

from ..factories import make_bundle
from .helpers import type_into, wait_job


def _open(window, *languages):
    bundle = make_bundle()
    course = bundle.course
    if languages:
        set_languages(course, [course.language, *languages]).apply()
    window.set_document(Document(bundle, window))
    return course


def _row(window, key):
    return window.translate.panel.rows[key]


def test_typing_a_translation_is_one_undo_step_and_updates_badges_and_notes(window, qtbot):
    course = _open(window, "km")
    lesson = course.modules[0].items[0]
    window.outline.select(lesson)
    window.translate.choose("km")
    assert window.translate.dock.isVisible()
    source, field, state, _keep = _row(window, f"{lesson.id}/title")
    assert source.text() == lesson.title and isinstance(field, QLineEdit)
    assert not state.isHidden()  # "not translated yet"
    node = window.outline.node_of(lesson)
    before = node.text(1)
    assert before.startswith("✎")
    window.problems.refresh()
    notes = [p for p in window.problems.problems if p.code == "translation.missing"]
    assert any(p.place.startswith("modules[0].items[0].") for p in notes)

    type_into(field, "ការថតវីដេអូ")
    assert course.translations["km"][f"{lesson.id}/title"].text == "ការថតវីដេអូ"
    assert window.document.undo_stack.count() == 1  # every letter merged into one edit
    assert node.text(1) != before and state.isHidden()

    window.document.undo_stack.undo()
    assert "km" not in course.translations or f"{lesson.id}/title" not in course.translations["km"]
    assert field.text() == "" and node.text(1) == before
    window.document.undo_stack.redo()
    assert field.text() == "ការថតវីដេអូ"


def test_a_translation_goes_stale_when_its_source_changes_and_can_be_kept(window, qtbot):
    course = _open(window, "lo")
    lesson = course.modules[0].items[0]
    window.outline.select(lesson)
    window.translate.choose("lo")
    key = f"{lesson.id}/title"
    type_into(_row(window, key)[1], "ການຖ່າຍຮູບ")
    window.document.do(SetField(lesson, "title", "Filming at the market"), "Change lesson title")
    source, field, state, keep = _row(window, key)
    assert source.text() == "Filming at the market"  # the source as it is now
    assert field.text() == "ການຖ່າຍຮູບ" and not keep.isHidden()
    ref = next(r for r in text_refs(course) if r.key == key)
    assert translation_state(course, "lo", ref) == "stale"
    assert "↻1" in window.outline.node_of(lesson).text(1)
    keep.click()
    assert translation_state(course, "lo", ref) == "done" and keep.isHidden()
    window.document.undo_stack.undo()
    assert translation_state(course, "lo", ref) == "stale"


def test_a_problem_click_puts_the_cursor_in_the_missing_translation(window, qtbot):
    course = _open(window, "km")
    window.translate.choose("km")
    window.problems.refresh()
    note = next(p for p in window.problems.problems if p.code == "translation.missing" and p.place.startswith("modules[0].items[0]"))
    window.jump_to(note.place)
    window.problems.sig_jump.emit(note.place)
    assert window.editor.shows is course.modules[0].items[0]
    panel = window.translate.panel
    assert window.translate.dock.isVisible()
    assert any(r.place == note.place for r in panel._refs())  # the missing text's row is on show
    assert panel.focus_place(note.place)
    assert not panel.focus_place("modules[9].title")


def test_course_languages_dialog_is_one_undoable_edit(window, qtbot, monkeypatch):
    from coursebuilder.gui.translate_languages import LanguagesDialog

    course = _open(window)
    shown = []

    def run(dialog):
        shown.append(dialog)
        dialog.tag.setCurrentText("km")
        assert dialog.add_language()
        dialog.tag.setCurrentText("lo")
        assert dialog.add_language()
        dialog.tag.setCurrentText("not a tag!")
        assert not dialog.add_language() and dialog.error.isVisibleTo(dialog)
        dialog.list.setCurrentRow(2)
        dialog.move_selected(-1)
        return 1

    monkeypatch.setattr(LanguagesDialog, "exec", run)
    window.translate.edit_languages()
    assert course.languages == [course.language, "lo", "km"]
    assert window.document.undo_stack.count() == 1
    assert [window.translate.choice.itemData(i) for i in range(window.translate.choice.count())] == ["", "lo", "km"]
    window.document.undo_stack.undo()
    assert course.languages == [] and window.translate.choice.count() == 1 and window.translate.lang == ""


def test_the_translators_file_goes_out_and_comes_back_as_one_edit_with_a_report(window, qtbot, tmp_path):
    course = _open(window, "km")
    files = window.translate.files
    out = tmp_path / "for-translator.csv"
    wait_job(qtbot, files.export("km", "csv", out))
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    header = rows[0]
    for row in rows[1:]:
        if row and row[0] == "m1/title":
            row[header.index("translation")] = "ថ្ងៃទី ១"
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    back = tmp_path / "filled.csv"
    back.write_text(buffer.getvalue(), "utf-8")
    wait_job(qtbot, files.import_file(back))
    assert course.translations["km"]["m1/title"].text == "ថ្ងៃទី ១"
    assert window.document.undo_stack.count() == 1
    report = files.report_dialog
    assert report is not None and "1" in report.summary.text()
    assert window.translate.lang == "km"  # the imported language is shown for checking
    window.document.undo_stack.undo()
    assert "m1/title" not in course.translations.get("km", {})


def test_a_file_for_another_course_is_refused_in_one_line(window, qtbot, tmp_path, answers):
    _open(window, "km")
    bad = tmp_path / "other.csv"
    bad.write_text("key,place,source,translation,state\n#course,someone-else,zh-Hans,km,Other\n", "utf-8")
    answers.warnings.append(None)
    wait_job(qtbot, window.translate.files.import_file(bad))
    assert window.document.undo_stack.count() == 0
    assert any("Could not import" in a for a in answers.asked)


def test_badges_never_rename_an_untitled_entry(window, qtbot):
    course = _open(window, "km")
    module = course.modules[0]
    window.document.do(SetField(module, "title", ""), "Rename")
    window.translate.choose("km")
    window.translate.refresh_badges()
    assert module.title == "" and window.document.undo_stack.count() == 1
    assert window.outline.node_of(module).text(1).startswith("✎")


def test_a_spreadsheet_sent_back_unfilled_changes_nothing_and_reports_what_is_missing(window, qtbot, tmp_path):
    course = _open(window, "km")
    files = window.translate.files
    out = tmp_path / "km.xlsx"
    wait_job(qtbot, files.export("km", "xlsx", out))
    assert out.read_bytes()[:2] == b"PK"
    wait_job(qtbot, files.import_file(out))
    assert window.document.undo_stack.count() == 0 and "km" not in course.translations
    report = files.report_dialog
    assert report is not None and report.details.count() > 0  # every text listed as still missing
