"""The import and export gift commands as a lecturer runs them: one-line errors, atomic saves."""

from __future__ import annotations

import shutil
from pathlib import Path

from factories import make_bundle
from importers.import_support import make_deck, photo_bytes

from coursebuilder.bundle import check_bundle, has_errors, open_bundle, save_bundle
from coursebuilder.cli import main
from coursebuilder.importers import parse_gift

BANK = Path(__file__).parent / "data" / "selling-produce.gift"


def _one_line_error(capsys, expected_start: str) -> None:
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"coursebuilder: error: {expected_start}"), err
    assert "\n" not in err and "Traceback" not in err


def test_import_deck_into_new_bundle_then_add_a_bank(tmp_path, capsys):
    deck = make_deck(tmp_path / "deck.pptx")
    out = tmp_path / "course.coursebundle"
    assert main(["import", "pptx", str(deck), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert f"imported 2 modules, 2 lessons, 2 pictures (1 duplicate pictures reused) into {out}" in captured.out
    assert "note: slide 6: chart" in captured.err
    assert not has_errors(check_bundle(out))

    assert main(["import", "pptx", str(deck), "-o", str(out)]) == 4
    _one_line_error(capsys, f"{out} already exists; use --force")

    assert main(["import", "gift", str(BANK), "--into", str(out), "--module", "Day 1: Pricing"]) == 0
    course = open_bundle(out).course
    assert [i.title for i in course.modules[1].items] == ["Pricing", "Selling produce"]
    assert not has_errors(check_bundle(out))


def test_broken_inputs_give_one_line_and_leave_the_bundle_alone(tmp_path, capsys):
    target = tmp_path / "course.coursebundle"
    save_bundle(make_bundle(), target)
    before = target.read_bytes()
    bank = tmp_path / "bank.gift"
    bank.write_text("Good {T}\n\nBad {=a ~b\n", encoding="utf-8")
    assert main(["import", "gift", str(bank), "--into", str(target)]) == 3
    _one_line_error(capsys, "bank.gift line 3: the answer block '{' is never closed")
    deck = tmp_path / "cut.pptx"
    deck.write_bytes(make_deck(tmp_path / "whole.pptx").read_bytes()[:5000])
    assert main(["import", "pptx", str(deck), "--into", str(target)]) == 3
    _one_line_error(capsys, "cut.pptx: is not a PowerPoint .pptx file, or it is damaged")
    assert main(["import", "markdown", str(tmp_path / "nowhere"), "--into", str(target)]) == 3
    _one_line_error(capsys, f"{tmp_path / 'nowhere'} does not exist")
    assert target.read_bytes() == before


def test_markdown_and_photos_into_a_folder_bundle(tmp_path, capsys):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "1 Intro.md").write_text("# Intro\n\n![Stall](stall.jpg)\n", encoding="utf-8")
    (notes / "stall.jpg").write_bytes(photo_bytes(taken="2026:01:01 08:00:00"))
    shutil.copy(BANK, notes / "2 Check.gift")
    out = tmp_path / "course"
    assert main(["import", "markdown", str(notes), "-o", str(out), "--folder", "--language", "zh-Hans"]) == 0
    course = open_bundle(out).course
    assert course.language == "zh-Hans"
    assert [i.title for i in course.modules[0].items] == ["Intro", "Check"]

    photos = tmp_path / "DCIM"
    photos.mkdir()
    (photos / "b.jpg").write_bytes(photo_bytes(taken="2026:01:01 09:00:00", colour=(1, 2, 3)))
    (photos / "a.jpg").write_bytes(photo_bytes(taken="2026:01:01 10:00:00", colour=(4, 5, 6)))
    assert main(["import", "photos", str(photos), "--into", str(out), "--lesson", "Intro"]) == 0
    assert "imported 2 pictures" in capsys.readouterr().out
    course = open_bundle(out).course
    names = [course.media_by_path()[b.media].original_name for b in course.modules[0].items[0].blocks]
    assert names == ["stall.jpg", "b.jpg", "a.jpg"]
    assert not has_errors(check_bundle(out))


def test_export_gift_writes_what_gift_can_hold_and_lists_the_rest(tmp_path, capsys):
    source = tmp_path / "course.coursebundle"
    save_bundle(make_bundle(), source)
    out = tmp_path / "bank.gift"
    assert main(["export", "gift", str(source), "-o", str(out), "--categories"]) == 0
    captured = capsys.readouterr()
    assert f"wrote {out}: 14 questions" in captured.out
    assert "warning: " in captured.out and "GIFT has no ordering questions" in captured.out
    bank = parse_gift(out.read_bytes(), out.name)
    assert len(bank.questions) == 14
    assert {q.extra["category"] for q in bank.questions} == {"Day 1/Check", "Day 1/拍摄 Filming"}
    assert main(["export", "gift", str(source), "-o", str(out)]) == 4
    _one_line_error(capsys, f"{out} already exists")
