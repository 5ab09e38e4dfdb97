"""Every code of the message catalogue (problems, bundle errors, importer notes) is worded in English and
Chinese with the same parameters."""

from __future__ import annotations

import re
import string

import pytest

from coursebuilder.model.messages import CATALOGUE, Message, render, say, worded

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_has_english_and_chinese_with_the_same_parameters(code):
    words = CATALOGUE[code]
    assert {"en", "zh"} <= set(words), code
    assert all(_fields(words["en"]) == _fields(w) for w in words.values()), code
    params = {name: f"<{name}>" for name in _fields(words["en"])}
    english, chinese = render(code, params, "en"), render(code, params, "zh_CN")
    assert all(f"<{name}>" in english or f"'<{name}>'" in english for name in params), code
    # The Chinese says it in Chinese: take the parameters out and there is Chinese left, and no English word.
    rest = re.sub(r"<\w+>", "", chinese)
    assert _CJK.search(rest), (code, chinese)
    # What stays as it is in any language: file and format names, and what the lecturer types (*name, zh-Hans).
    leftover = re.findall(r"[A-Za-z]{4,}", re.sub(r"[\w./]*\.(yaml|txt|pptx|ppt|gift|md|xml)|CourseBuilder|Moodle|GIFT|PowerPoint|LibreOffice|WebP|Markdown|SmartArt|ZIP64|ZIP|HEIC|HEIF|JPEG|"
                                                 r"YAML|UTF|KiB|MiB|GiB|HTML|Windows|format|schema_version|alt|path|\*name|zh-Hans", "", rest))
    assert not leftover, (code, chinese, leftover)


def test_a_message_is_worded_when_shown_and_english_as_a_string():
    message = say("entry.twice", name="media/a.jpg")
    assert isinstance(message, Message) and str(message) == "entry 'media/a.jpg' appears twice"
    assert message.text("zh_CN") == "条目“media/a.jpg”出现了两次"
    assert worded(message, "zh-Hans") == message.text("zh_CN") and worded("plain words", "zh_CN") == "plain words"
    with pytest.raises(KeyError):
        say("no.such_code")
