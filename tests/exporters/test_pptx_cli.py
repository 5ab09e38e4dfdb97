"""``coursebuilder export pptx``: what a lecturer types, what they read back, and the exit codes."""

from __future__ import annotations

from pptx import Presentation

from coursebuilder.bundle import save_bundle
from coursebuilder.cli import main
from factories import make_bundle


def _bundle(tmp_path):
    path = tmp_path / "course.coursebundle"
    save_bundle(make_bundle(), path)
    return path


def test_export_writes_a_deck_and_says_what_it_holds(tmp_path, capsys):
    src = _bundle(tmp_path)
    out = tmp_path / "deck.pptx"
    code = main(["export", "pptx", str(src), "-o", str(out), "--venue", "Yan'an", "--date", "2026-05-01",
                 "--lecturer", "Ms Li", "--theme", "high-contrast", "--image-size", "1280"])
    assert code == 0
    said = capsys.readouterr().out
    prs = Presentation(str(out))
    assert f"{len(prs.slides)} slides" in said and "2 pictures" in said
    first = "\n".join(s.text_frame.text for s in prs.slides[0].shapes if s.has_text_frame)
    assert "Ms Li" in first and "Yan'an" in first and "2026年5月1日" in first


def test_module_and_lessons_choose_part_of_the_course(tmp_path):
    src = _bundle(tmp_path)
    out = tmp_path / "deck.pptx"
    assert main(["export", "pptx", str(src), "-o", str(out), "--module", "2"]) == 0
    module_only = len(Presentation(str(out)).slides)
    assert main(["export", "pptx", str(src), "-o", str(out), "--force", "--lessons", "l2"]) == 0
    lesson_only = len(Presentation(str(out)).slides)
    assert main(["export", "pptx", str(src), "-o", str(out), "--force"]) == 0
    assert lesson_only < module_only < len(Presentation(str(out)).slides)


def test_mistakes_get_one_line_and_the_right_exit_code(tmp_path, capsys):
    src = _bundle(tmp_path)
    out = tmp_path / "deck.pptx"
    cases = [
        (["--module", "9"], 2, "--module 9 does not exist"),
        (["--lessons", "nope"], 2, "'nope'"),
        (["--date", "15/3/2026"], 2, "is not a date"),
        (["--template", str(tmp_path / "missing.pptx")], 3, "does not exist"),
    ]
    for extra, code, words in cases:
        assert main(["export", "pptx", str(src), "-o", str(out), *extra]) == code
        err = capsys.readouterr().err.strip()
        assert words in err and len(err.splitlines()) == 1 and "Traceback" not in err
    assert main(["export", "pptx", str(tmp_path / "none.coursebundle"), "-o", str(out)]) == 3
    assert main(["export", "pptx", str(src), "-o", str(tmp_path / "no" / "deck.pptx")]) == 4
    assert main(["export", "pptx", str(src), "-o", str(tmp_path / "deck.ppt")]) == 2
    out.write_bytes(b"lecturer's edited deck")
    assert main(["export", "pptx", str(src), "-o", str(out)]) == 4
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == b"lecturer's edited deck"
