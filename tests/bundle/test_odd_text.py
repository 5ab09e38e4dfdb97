"""Text pasted from Word and PowerPoint and course.yaml edited by hand (issue 16, items 8, 10, 12, 14)."""

from __future__ import annotations

import zipfile

import pytest
from factories import make_bundle
from pptx import Presentation

from coursebuilder.bundle import BundleError, check_bundle, has_errors, open_bundle, save_bundle
from coursebuilder.bundle.yamlio import load_yaml
from coursebuilder.cli import main
from coursebuilder.model import TextBlock
from coursebuilder.model.text_clean import clean_text, link_allowed


def _with_text(tmp_path, markdown: str, name="c"):
    bundle = make_bundle()
    next(bundle.course.lessons()).blocks.insert(0, TextBlock(markdown=markdown))
    path = tmp_path / f"{name}.coursebundle"
    save_bundle(bundle, path)
    return path


def _deck_text(path) -> str:
    prs = Presentation(str(path))
    return "\n".join(sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame)


@pytest.mark.parametrize(
    "markdown",
    ["line one  \nline two", "line one\\\nline two", "a\vb pasted from slides", "nul\x00 bell\x07 \ufffe \U0001ffff end"],
    ids=["two-spaces", "backslash", "vertical-tab", "controls"],
)
def test_decks_export_text_with_hard_breaks_and_control_characters(tmp_path, capsys, markdown):
    src = _with_text(tmp_path, markdown)
    out = tmp_path / "deck.pptx"
    assert main(["export", "pptx", str(src), "-o", str(out)]) == 0, capsys.readouterr().err
    text = _deck_text(out)
    for word in ("line", "two", "pasted", "end"):
        if word in markdown:
            assert word in text
    assert main(["export", "offline", str(src), "-o", str(tmp_path / "site")]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_angle_bracket_text_keeps_every_word_on_slides(tmp_path):
    src = _with_text(tmp_path, "Press <Enter> to go on; sell <b>under 20</b> kilos\n\n<div>kept too</div>")
    out = tmp_path / "deck.pptx"
    assert main(["export", "pptx", str(src), "-o", str(out)]) == 0
    text = _deck_text(out)
    for words in ("Press <Enter> to go on", "under 20", "kilos", "kept too"):
        assert words in text


def test_only_web_and_mail_links_become_hyperlinks_and_dropped_ones_are_listed(tmp_path, capsys):
    src = _with_text(tmp_path, "[a](smb://srv/share) [b](ms-msdt:/id PCWDiagnostic) [c](search-ms:query=x) "
                               "[d](ms-excel:ofe|u|http://x) [e](https://example.org) [f](mailto:t@example.org)")
    out = tmp_path / "deck.pptx"
    assert main(["export", "pptx", str(src), "-o", str(out)]) == 0
    said = capsys.readouterr()
    err = said.out + said.err
    assert "3 links left as plain text" in err and "smb://srv/share" in err and "search-ms:" in err
    with zipfile.ZipFile(out) as zf:
        rels = " ".join(zf.read(n).decode() for n in zf.namelist() if n.endswith(".rels"))
    assert "https://example.org" in rels and "mailto:t@example.org" in rels
    for bad in ("smb:", "ms-msdt:", "search-ms:", "ms-excel:"):
        assert bad not in rels
    assert not link_allowed("javascript:alert(1)") and not link_allowed(" FILE:///c:/x")


def test_clean_text_maps_breaks_and_drops_what_no_export_can_hold():
    text, changes = clean_text("a\vb\u2028c\x01d\ufffee\U0010ffff f")
    assert text == "a\nb\nc" + "de f"
    assert len(changes) == 3


def test_a_vertical_tab_in_course_yaml_is_read_as_text_with_a_warning(tmp_path):
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    manifest = folder / "course.yaml"
    raw = manifest.read_bytes().replace(b"title: Test course", b"title: Test\x0bcourse\x01", 1)
    assert raw != manifest.read_bytes()
    manifest.write_bytes(raw)
    course = open_bundle(folder).course
    assert "\x0b" not in course.title and "\x01" not in course.title and "Test" in course.title
    problems = check_bundle(folder)
    assert not has_errors(problems), [str(p) for p in problems]
    assert any("vertical tab" in p.message for p in problems)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"title: Prices: the basics\n", "double quotes"),
        (b"items:\n  - a\n - b\n", "indentation"),
        (b"a:\n\tb: 1\n", "tab"),
        (b"title: 'never closed\n", "never closed"),
    ],
)
def test_hand_edit_mistakes_get_plain_words(text, expected):
    with pytest.raises(BundleError) as info:
        load_yaml(text)
    assert expected in str(info.value) and "mapping values" not in str(info.value)
    assert "line" in info.value.place


def test_a_duplicated_id_names_both_places(tmp_path):
    bundle = make_bundle()
    lessons = list(bundle.course.lessons())
    lessons[1].id = lessons[0].id
    path = tmp_path / "c.coursebundle"
    save_bundle(bundle, path)
    messages = [str(p) for p in check_bundle(path) if "unique" in p.message]
    assert messages and "modules[0].items[0]" in messages[0] and "modules[1].items[0]" in messages[0]
