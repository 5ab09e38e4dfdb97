"""A folder of Markdown notes becomes modules, lessons, pictures and quizzes, safely."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from importers.import_support import assert_valid_and_reopens, photo_bytes, picture_bytes

from coursebuilder.importers import ImportFailure, import_markdown_folder, new_course_bundle
from coursebuilder.model import ImageBlock, Lesson, Quiz, TextBlock
from coursebuilder.model.codec import to_data

BANK = Path(__file__).parent / "data" / "selling-produce.gift"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def make_notes(root: Path) -> Path:
    """Write notes as a lecturer keeps them: numbered files, a picture folder, a question bank."""
    (root / "images").mkdir(parents=True)
    (root / "images" / "market stall.jpg").write_bytes(photo_bytes(taken="2026:03:01 08:00:00", orientation=6))
    (root / "images" / "price-card.png").write_bytes(picture_bytes((200, 30, 30)))
    write(root / "1 Welcome.md", "# Welcome 欢迎\n\nTwo days, **practical** work.\n")
    write(root / "01 Filming" / "2 Sound.md", "Use a *quiet* room.\n")
    write(root / "01 Filming" / "10 Editing.md", "Cut the boring parts.\n")
    write(root / "01 Filming" / "1 Light.md", """---
title: Good light 好的光线
objectives:
  - Film in window light
  - Avoid noon sun
minutes: 25
notes: Ask who films at night.
---
Face the window.

![A market stall in the morning](../images/market%20stall.jpg "Morning market")

- Hold the phone with two hands
- Film the product first

Text before ![Price card](../images/price-card.png) and after.

![Same card again](../images/price-card.png)

```
![not a picture](in-code.png)
```

![Web picture](https://example.com/x.png)

<img src="../images/price-card.png">
""")
    write(root / "02 Selling" / "Live show.md", "# Live show\n\nGreet every viewer.\n")
    shutil.copy(BANK, root / "02 Selling" / "Quiz.gift")
    write(root / "02 Selling" / "extra" / "Tips.md", "Smile.\n")
    return root


def test_folder_becomes_modules_lessons_and_quizzes(tmp_path):
    root = make_notes(tmp_path / "Selling produce")
    bundle = new_course_bundle()
    report = import_markdown_folder(bundle, root)
    course = bundle.course
    assert course.title == "Selling produce"
    assert [m.title for m in course.modules] == ["Selling produce", "Filming", "Selling"]
    intro, filming, selling = course.modules
    assert [i.title for i in intro.items] == ["Welcome 欢迎"]
    assert intro.items[0].blocks[0].markdown == "Two days, **practical** work."
    # Name order as people count: 1, 2, 10.
    assert [i.title for i in filming.items] == ["Good light 好的光线", "Sound", "Editing"]
    assert [(type(i).__name__, i.title) for i in selling.items] == [
        ("Lesson", "Live show"), ("Quiz", "Quiz"), ("Lesson", "Tips")]

    light = filming.items[0]
    assert isinstance(light, Lesson)
    assert light.objectives == ["Film in window light", "Avoid noon sun"]
    assert (light.minutes, light.notes) == (25, "Ask who films at night.")
    kinds = [type(b).__name__ for b in light.blocks]
    assert kinds == ["TextBlock", "ImageBlock", "TextBlock", "ImageBlock", "ImageBlock", "TextBlock"]
    stall, card, same = (b for b in light.blocks if isinstance(b, ImageBlock))
    assert (stall.alt, stall.caption) == ("A market stall in the morning", "Morning market")
    assert card.alt == "Price card" and same.alt == "Same card again"
    assert card.media == same.media
    assert light.blocks[2].markdown.endswith("Text before  and after.")
    last = light.blocks[-1].markdown
    assert "![not a picture](in-code.png)" in last and "https://example.com/x.png" in last
    # The photo is stored byte for byte; the phone's rotation is read from EXIF (80×60 shown as 60×80).
    item = course.media_by_path()[stall.media]
    assert item.sha256 == hashlib.sha256((root / "images" / "market stall.jpg").read_bytes()).hexdigest()
    assert (item.width, item.height) == (60, 80)

    quiz = selling.items[1]
    assert isinstance(quiz, Quiz) and len(quiz.questions) == 15
    assert (report.lessons, report.quizzes, report.pictures, report.duplicates) == (6, 1, 2, 1)
    notes = [str(n) for n in report.notices]
    assert any("web picture" in n and "1 Light.md line" in n for n in notes)
    assert any(n.startswith("02 Selling/extra") for n in notes)
    assert "01 Filming/1 Light.md line 26: an HTML <img> picture is not imported; write ![alt](path)" in notes
    assert_valid_and_reopens(bundle, tmp_path)


def test_into_existing_course_adds_modules(tmp_path):
    root = make_notes(tmp_path / "notes")
    bundle = new_course_bundle("Mine")
    import_markdown_folder(bundle, root)
    before = to_data(bundle.course)
    # Alone, the Filming folder links to pictures outside it: refused, and nothing changes.
    with pytest.raises(ImportFailure, match="points outside the imported folder"):
        import_markdown_folder(bundle, root / "01 Filming")
    assert to_data(bundle.course) == before
    import_markdown_folder(bundle, root / "02 Selling")
    assert bundle.course.title == "Mine"
    assert [m.title for m in bundle.course.modules] == ["Notes", "Filming", "Selling", "Selling", "Extra"]
    assert len(bundle.course.media) == 2
    assert_valid_and_reopens(bundle, tmp_path)


@pytest.mark.parametrize(("link", "message"), [
    ("../../outside.png", "points outside the imported folder"),
    ("/etc/passwd", "is an absolute path"),
    ("missing.png", "does not exist"),
    ("sub", "is not a file"),
])
def test_links_that_leave_the_folder_or_miss_are_refused(tmp_path, link, message):
    (tmp_path / "outside.png").write_bytes(picture_bytes((1, 2, 3)))
    root = tmp_path / "notes"
    (root / "sub").mkdir(parents=True)
    write(root / "lesson.md", f"Intro\n\nMore\n\n![x]({link})\n")
    bundle = new_course_bundle("Keep")
    with pytest.raises(ImportFailure) as info:
        import_markdown_folder(bundle, root)
    assert info.value.place == "lesson.md line 5"
    assert message in info.value.message
    assert bundle.course.modules == [] and bundle.course.media == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_symbolic_links_are_never_followed(tmp_path):
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "key.png").write_bytes(picture_bytes((9, 9, 9)))
    write(secret / "private.md", "Private notes\n")
    root = tmp_path / "notes"
    write(root / "lesson.md", "![key](linked/key.png)\n")
    os.symlink(secret, root / "linked")
    os.symlink(secret / "private.md", root / "also.md")
    with pytest.raises(ImportFailure, match="goes through a symbolic link"):
        import_markdown_folder(new_course_bundle(), root)
    write(root / "lesson.md", "Safe\n")
    bundle = new_course_bundle()
    report = import_markdown_folder(bundle, root)
    assert [i.title for m in bundle.course.modules for i in m.items] == ["Lesson"]
    assert {n.place for n in report.notices} == {"also.md", "linked"}


def test_damaged_picture_and_bad_front_matter_name_the_place(tmp_path):
    root = tmp_path / "notes"
    write(root / "a.md", "Fine\n")
    (root / "broken.jpg").write_bytes(photo_bytes()[:200])
    write(root / "b.md", "Text\n\n![Broken](broken.jpg)\n")
    bundle = new_course_bundle("Keep")
    before = to_data(bundle.course)
    with pytest.raises(ImportFailure) as info:
        import_markdown_folder(bundle, root)
    assert str(info.value).startswith("b.md line 3: broken.jpg: the picture")
    assert to_data(bundle.course) == before

    write(root / "b.md", "---\ntitle: Fine\nminutes: [1, 2]\n---\nText\n")
    with pytest.raises(ImportFailure, match="'minutes' must be a whole number"):
        import_markdown_folder(bundle, root)
    write(root / "b.md", "---\ntitle: Fine\nbad: &a [1]\nworse: *a\n---\nText\n")
    with pytest.raises(ImportFailure) as info:
        import_markdown_folder(bundle, root)
    assert info.value.place == "b.md line 4" and "aliases" in info.value.message
    (root / "b.md").write_bytes(b"ok\n\xff\xfe\n")
    with pytest.raises(ImportFailure) as info:
        import_markdown_folder(bundle, root)
    assert str(info.value) == "b.md line 2: the text is not UTF-8; save it as UTF-8"
    assert to_data(bundle.course) == before


def test_chinese_notes_make_a_chinese_course(tmp_path):
    root = tmp_path / "网上卖货"
    write(root / "拍摄.md", "# 拍摄技巧\n\n早上光线最好，面向窗户拍摄。双手拿稳手机。\n")
    bundle = new_course_bundle()
    import_markdown_folder(bundle, root)
    assert bundle.course.language == "zh-Hans"
    assert bundle.course.title == "网上卖货"
    lesson = bundle.course.modules[0].items[0]
    assert lesson.title == "拍摄技巧" and isinstance(lesson.blocks[0], TextBlock)


def test_a_bank_without_questions_is_listed_not_made_a_quiz(tmp_path):
    root = tmp_path / "notes"
    write(root / "a.md", "Text\n")
    write(root / "empty.gift", "// only a comment\n\nA description and nothing else.\n")
    bundle = new_course_bundle()
    report = import_markdown_folder(bundle, root)
    assert [type(i).__name__ for i in bundle.course.modules[0].items] == ["Lesson"]
    assert "empty.gift: holds no questions; no quiz is made from it" in [str(n) for n in report.notices]
