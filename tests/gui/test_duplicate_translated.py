"""Duplicating a lesson of a translated course copies its translations, as one undo step."""

from __future__ import annotations

from coursebuilder.bundle import save_bundle
from coursebuilder.model.languages import set_languages, set_translation

from ..factories import make_bundle
from .helpers import wait_job


def test_duplicate_copies_the_translations_and_undo_removes_them(window, qtbot, tmp_path):
    bundle = make_bundle()
    set_languages(bundle.course, ["zh-Hans", "km"]).apply()
    set_translation(bundle.course, "km", "l1/notes", "សួរថាអ្នកណាធ្លាប់ថត").apply()
    folder = tmp_path / "course"
    save_bundle(bundle, folder, folder=True)
    wait_job(qtbot, window.open_path(folder))
    doc = window.document
    day1 = doc.course.modules[0]
    window.outline.select(day1.items[0])
    window.outline.act_duplicate.trigger()
    twin = day1.items[1]
    assert twin.id != "l1" and doc.course.translations["km"][f"{twin.id}/notes"].text == "សួរថាអ្នកណាធ្លាប់ថត"
    doc.undo_stack.undo()
    assert len(day1.items) == 2 and set(doc.course.translations["km"]) == {"l1/notes"}
