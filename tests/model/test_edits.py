"""One lecturer action is one reversible operation: picture-and-cover, file-and-block, a whole import."""

from __future__ import annotations

import copy

import pytest

from coursebuilder import importers
from coursebuilder.model import ImageBlock, Lesson, MediaItem, Module, Quiz, TextBlock
from coursebuilder.model.edits import (
    EditConflict,
    ImportEdit,
    add_file_blocks,
    add_media,
    show_in_block,
    use_as_cover,
)

from ..factories import make_bundle

GIFT = "::Price:: What do you add to the cost to get the price? {=your work ~nothing}\n"


def _new_file(n: int = 1) -> MediaItem:
    return MediaItem(path=f"media/new-{n}.png", sha256=f"{n:064x}", size=10, mime="image/png")


def test_a_new_cover_picture_is_added_and_chosen_in_one_step():
    course = make_bundle().course
    before = copy.deepcopy(course)
    op = use_as_cover(course, _new_file())
    op.apply()
    assert course.cover == "media/new-1.png" and course.media[-1].path == "media/new-1.png"
    op.revert()
    assert course == before, "one undo takes back both the file and the cover"


def test_a_cover_picture_the_course_already_holds_is_reused_not_added_again():
    course = make_bundle().course
    diagram = next(m for m in course.media if m.path.endswith(".png"))
    twin = MediaItem(path="media/other-name.png", sha256=diagram.sha256, size=diagram.size, mime=diagram.mime)
    count = len(course.media)
    use_as_cover(course, twin).apply()
    assert course.cover == diagram.path and len(course.media) == count
    assert use_as_cover(course, twin) is None, "choosing the current cover again is no edit"


def test_choosing_a_file_for_a_block_adds_it_and_shows_it_in_one_step():
    course = make_bundle().course
    block = next(b for m in course.modules for i in m.items if isinstance(i, Lesson)
                 for b in i.blocks if isinstance(b, ImageBlock))
    before = copy.deepcopy(course)
    op = show_in_block(course, block, _new_file())
    op.apply()
    assert block.media == "media/new-1.png" and course.media[-1].path == "media/new-1.png"
    op.revert()
    assert course == before


def test_dropped_files_become_library_items_and_blocks_in_one_step():
    course = make_bundle().course
    lesson = course.modules[0].items[0]
    before = copy.deepcopy(course)
    op = add_file_blocks(course, lesson, 1, [_new_file(1), _new_file(2)], lambda m: ImageBlock(media=m.path))
    op.apply()
    assert [b.media for b in lesson.blocks[1:3]] == ["media/new-1.png", "media/new-2.png"]
    op.revert()
    assert course == before
    assert add_media(course, list(course.media)) is None, "files the course holds add nothing"


def test_an_import_edit_applies_to_the_course_itself_and_keeps_its_objects():
    live = make_bundle().course
    copy_ = copy.deepcopy(live)
    edit = ImportEdit()
    edit.set(copy_, "title", "Imported title")
    edit.append(copy_.modules[0].items[0], "blocks", TextBlock(markdown="New text"))
    module = Module(title="New module")
    edit.append(copy_, "modules", module)
    edit.append(module, "items", Quiz(title="Inside the new module"))  # travels inside the module
    copy_.media.append(_new_file())
    edit.appended(copy_, "media", copy_.media[-1])
    before = copy.deepcopy(live)
    first_lesson = live.modules[0].items[0]

    op = edit.operation(live, "Import")
    assert len(op.steps) == 4
    op.apply()
    assert live == copy_
    assert live.modules[0].items[0] is first_lesson, "existing objects are edited in place, not replaced"
    op.revert()
    assert live == before


def test_an_import_edit_refuses_an_owner_removed_meanwhile():
    live = make_bundle().course
    copy_ = copy.deepcopy(live)
    edit = ImportEdit()
    edit.append(copy_.modules[0].items[0], "blocks", TextBlock(markdown="New text"))
    del live.modules[0].items[0]  # the lecturer deleted the lesson while the import ran
    with pytest.raises(EditConflict, match="removed"):
        edit.operation(live)


def test_an_import_edit_refuses_a_file_name_taken_by_another_file_meanwhile():
    live = make_bundle().course
    copy_ = copy.deepcopy(live)
    edit = ImportEdit()
    copy_.media.append(_new_file())
    edit.appended(copy_, "media", copy_.media[-1])
    live.media.append(MediaItem(path="media/new-1.png", sha256="f" * 64, size=3, mime="image/png"))
    with pytest.raises(EditConflict, match="another change"):
        edit.operation(live)


def test_an_importer_reports_the_edit_it_made(tmp_path):
    bundle = make_bundle()
    live = copy.deepcopy(bundle.course)
    source = tmp_path / "bank.gift"
    source.write_text(GIFT, encoding="utf-8")
    quiz = next(i for m in bundle.course.modules for i in m.items if isinstance(i, Quiz))
    report = importers.import_gift(bundle, source, quiz=quiz.id)
    # The editor applies the reported edit to its own course: both end up the same.
    edit_op = report.edit.operation(live)
    edit_op.apply()
    assert live == bundle.course
    assert len(live.modules) == len(bundle.course.modules)
