"""Unsaved changes are never dropped silently: prompts, recovery after a crash, and locks."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from coursebuilder.gui import recovery
from coursebuilder.model import Lesson, course_to_data
from coursebuilder.model.operations import SetField

from .helpers import photo_file, wait_job

B = QMessageBox.StandardButton


def edit_something(window, title="Changed") -> None:
    window.document.do(SetField(window.document.course, "title", title))


def saved_course(window, answers, tmp_path, qtbot, name="c.coursebundle"):
    window.new_course()
    edit_something(window, "Saved course")
    answers.save_paths.append(tmp_path / name)
    assert window.save()
    return tmp_path / name


def test_close_asks_and_cancel_keeps_the_course(window, answers):
    window.new_course()
    edit_something(window)
    answers.questions.append(B.Cancel)
    assert not window.close_course()
    assert window.document is not None and window.document.course.title == "Changed"
    assert answers.asked == ["question: Save changes?"]


def test_close_discard_drops_changes_and_recovery(window, answers, qtbot, fast_autosave):
    window.new_course()
    doc = window.document
    with qtbot.waitSignal(doc.sig_autosaved, timeout=5000):
        edit_something(window)
    assert recovery.find_recoveries() == [] and doc.recovery.folder.is_dir()
    answers.questions.append(B.Discard)
    assert window.close_course()
    assert window.document is None
    assert not doc.recovery.folder.exists()


def test_close_save_asks_where_then_closes(window, answers, tmp_path):
    window.new_course()
    edit_something(window, "Keep me")
    answers.questions.append(B.Save)
    answers.save_paths.append(tmp_path / "keep.coursebundle")
    assert window.close_course()
    assert (tmp_path / "keep.coursebundle").is_file()


def test_cancelling_the_save_dialog_keeps_the_course_open(window, answers):
    window.new_course()
    edit_something(window)
    answers.questions.append(B.Save)
    answers.save_paths.append("")  # the lecturer closes the file dialog
    assert not window.close_course()
    assert window.document.is_modified()


def test_quit_with_changes_can_be_cancelled(window, answers):
    window.new_course()
    edit_something(window)
    answers.questions.append(B.Cancel)
    window.close()
    assert window.isVisible()


def test_new_and_open_ask_first(window, answers, tmp_path, qtbot):
    path = saved_course(window, answers, tmp_path, qtbot)
    edit_something(window, "Unsaved")
    answers.questions.append(B.Cancel)
    window.new_course()
    assert window.document.course.title == "Unsaved"
    answers.questions.append(B.Cancel)
    assert window.open_path(path) is None
    assert window.document.course.title == "Unsaved"


def test_save_unchanged_course_does_not_ask(window, answers, tmp_path, qtbot):
    saved_course(window, answers, tmp_path, qtbot)
    assert window.close_course()
    assert answers.asked == ["save: "]


def test_recovery_after_a_crash_restores_the_work(make_window, answers, qtbot, tmp_path, fast_autosave):
    first = make_window()
    path = saved_course(first, answers, tmp_path, qtbot)
    doc = first.document
    photo = photo_file(tmp_path / "market.jpg")
    job = first.document.start_import([photo])
    wait_job(qtbot, job)
    first.document.add_media(job.result)
    with qtbot.waitSignal(doc.sig_autosaved, timeout=5000):
        doc.do(SetField(doc.course.modules[0].items[0], "title", "Work not yet saved"))
    expected = course_to_data(doc.course)
    # Nothing to offer while the window that wrote it is alive.
    assert recovery.find_recoveries() == []

    # The crash: the process dies with the recovery copy and lock left behind.
    doc.recovery.release()
    doc.lock.release()
    first.document = None

    second = make_window()
    answers.questions.append(B.Yes)
    assert second.offer_recovery()
    assert answers.button_words[-1][:2] == ["Restore my changes", "Discard them"]
    restored = second.document
    assert course_to_data(restored.course) == expected
    assert restored.is_modified() and second.isWindowModified()
    assert restored.path == path
    with restored.bundle.media.open(restored.course.media[0].path) as fh:
        assert fh.read() == photo.read_bytes()
    # It saves back to where it came from.
    assert second.save()
    assert not restored.is_modified()
    assert recovery.find_recoveries() == []


def test_recovery_can_be_discarded(make_window, answers, qtbot, fast_autosave):
    first = make_window()
    first.new_course()
    doc = first.document
    with qtbot.waitSignal(doc.sig_autosaved, timeout=5000):
        edit_something(first)
    doc.recovery.release()
    first.document = None
    second = make_window()
    answers.questions.append(B.Discard)
    assert not second.offer_recovery()
    assert recovery.find_recoveries() == []
    assert second.offer_recovery() is False and answers.questions == []


def test_the_recovery_copy_is_written_two_seconds_after_the_last_change(window, qtbot):
    from coursebuilder.gui.document import AUTOSAVE_MS

    window.new_course()
    doc = window.document
    assert AUTOSAVE_MS == 2_000
    assert not doc.autosave_timer.isActive()
    edit_something(window, "A")
    assert doc.autosave_timer.isActive() and doc.autosave_timer.interval() == 2_000
    qtbot.wait(600)
    edit_something(window, "AB")  # still typing: the wait starts again
    assert doc.autosave_timer.remainingTime() > 1_500
    with qtbot.waitSignal(doc.sig_autosaved, timeout=10_000):
        pass
    assert recovery.restore(recovery.Recovery(doc.recovery.folder, "", "", 0)).course.title == "AB"


def test_typing_without_a_pause_is_still_written_now_and_then(window, qtbot, monkeypatch):
    from coursebuilder.gui import document as document_module

    monkeypatch.setattr(document_module, "AUTOSAVE_MS", 300)
    monkeypatch.setattr(document_module, "AUTOSAVE_LONGEST_MS", 800)
    window.new_course()
    doc = window.document
    written = []
    doc.sig_autosaved.connect(lambda: written.append(doc.course.title))
    for i in range(40):  # a key every 100 ms for 4 s: never a 300 ms pause
        edit_something(window, "x" * (i + 1))
        qtbot.wait(100)
        if written:
            break
    assert written, "a long burst of typing never reached the recovery copy"


def test_a_bundle_open_in_another_window_is_not_silently_overwritten(make_window, answers, qtbot, tmp_path):
    first = make_window()
    path = saved_course(first, answers, tmp_path, qtbot)
    before = path.read_bytes()

    second = make_window()
    answers.warnings.append(B.Cancel)
    assert second.open_path(path) is None
    assert second.document is None and "warning: Course already open" in answers.asked

    answers.warnings.append(B.Open)
    job = second.open_path(path)
    wait_job(qtbot, job)
    assert (job.state, job.error, answers.errors) == ("done", "", [])
    second.document.do(SetField(second.document.course, "title", "Second window's title"))
    answers.warnings.append(B.Cancel)
    assert not second.save()
    assert path.read_bytes() == before
    assert answers.asked[-1] == "warning: Course open elsewhere"

    # Choosing "save a copy" writes elsewhere and leaves the first window's file alone.
    answers.warnings.append(B.Save)
    answers.save_paths.append(tmp_path / "copy.coursebundle")
    assert second.save()
    assert path.read_bytes() == before and (tmp_path / "copy.coursebundle").is_file()


def test_a_stale_lock_from_a_dead_process_is_ignored(window, answers, tmp_path, qtbot, monkeypatch):
    path = saved_course(window, answers, tmp_path, qtbot)
    window.close_course()
    from coursebuilder.gui import lock

    stale = lock.BundleLock(path)
    stale.acquire()
    lock._HELD.discard(stale.token)  # as if its process had died
    assert lock.current_owner(path) is None
    wait_job(qtbot, window.open_path(path))
    assert window.document is not None and answers.warnings == []


def test_failed_open_says_why(window, answers, tmp_path, qtbot):
    bad = tmp_path / "broken.coursebundle"
    bad.write_bytes(b"not a zip")
    job = window.open_path(bad)
    wait_job(qtbot, job)
    assert window.document is None
    assert len(answers.errors) == 1 and "broken.coursebundle" in answers.errors[0]
    assert "Traceback" not in answers.errors[0]


def test_save_runs_in_a_worker_and_the_cancel_button_stops_it(window, answers, tmp_path, qtbot, monkeypatch):
    from coursebuilder.gui import document as document_module

    real_save = document_module.save_bundle

    def save_waiting_for_cancel(bundle, target, *, cancel, **kw):
        # Hold the worker until the lecturer presses Cancel, so the test is not a race.
        assert cancel._event.wait(20)
        return real_save(bundle, target, cancel=cancel, **kw)

    monkeypatch.setattr(document_module, "save_bundle", save_waiting_for_cancel)
    window.new_course()
    doc = window.document
    photos = [photo_file(tmp_path / f"p{i}.jpg", colour=(i * 20, 90, 90)) for i in range(3)]
    job = doc.start_import(photos)
    wait_job(qtbot, job)
    doc.add_media(job.result)
    target = tmp_path / "out.coursebundle"
    job = window.save_to(target, wait=False)
    assert window.cancel_button.isVisible() and window.progress.isVisible()
    # The window still answers while saving: an edit goes through.
    doc.do(SetField(doc.course, "subtitle", "typed during the save"))
    window.cancel_button.click()
    wait_job(qtbot, job)
    assert job.state == "cancelled"
    assert not target.exists() and doc.is_modified()
    assert not list(tmp_path.glob(".out.coursebundle.saving*"))
    assert not window.cancel_button.isVisible()
    assert isinstance(doc.course.modules[0].items[0], Lesson)


def test_edits_made_during_a_save_stay_unsaved(window, answers, tmp_path, qtbot):
    window.new_course()
    doc = window.document
    job = window.save_to(tmp_path / "a.coursebundle", wait=False)
    doc.do(SetField(doc.course, "subtitle", "typed during the save"))
    wait_job(qtbot, job)
    assert job.state == "done"
    assert doc.is_modified(), "the saved file does not hold the edit made while saving"


def test_quitting_during_a_save_lets_it_finish(window, answers, tmp_path, qtbot):
    window.new_course()
    edit_something(window, "Finish me")
    target = tmp_path / "q.coursebundle"
    window.save_to(target, wait=False)
    window.close()
    assert target.is_file() and not window.isVisible()
    assert answers.asked == []


def test_a_recovery_write_queued_before_a_save_does_not_come_back(window, qtbot, tmp_path, answers):
    window.new_course()
    doc = window.document
    edit_something(window, "Saved soon")
    job = doc.autosave_now()  # queued on a worker...
    answers.save_paths.append(tmp_path / "s.coursebundle")
    assert window.save()  # ...and the save discards the recovery copy meanwhile
    wait_job(qtbot, job)
    assert not doc.recovery.folder.exists()
    assert recovery.find_recoveries() == []
