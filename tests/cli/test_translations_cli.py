"""``coursebuilder translations export`` and ``import``: files written, reports printed, bundles saved whole."""

from __future__ import annotations

import csv
import io

import pytest
from factories import make_bundle

from coursebuilder.bundle import open_bundle, save_bundle
from coursebuilder.cli import main
from coursebuilder.cli.common import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE
from coursebuilder.model.languages import set_languages


@pytest.fixture
def bundle_path(tmp_path):
    bundle = make_bundle()
    set_languages(bundle.course, ["zh-Hans", "km"]).apply()
    path = tmp_path / "c.coursebundle"
    save_bundle(bundle, path)
    return path


def _translate_csv(path, edits):
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    for row in rows[2:]:
        if row[0] in edits:
            row[3] = edits[row[0]]
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8-sig")


def test_export_then_import_saves_the_translations_and_prints_the_report(tmp_path, bundle_path, capsys):
    sheet = tmp_path / "km.csv"
    assert main(["translations", "export", str(bundle_path), "--language", "km", "-o", str(sheet)]) == EXIT_OK
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbfkey,place,source,translation,state")
    _translate_csv(sheet, {"l1/title": "ការថត", "m1/title": "ថ្ងៃទី១"})
    assert main(["translations", "import", str(bundle_path), str(sheet), "--dry-run"]) == EXIT_OK
    assert "km" not in open_bundle(bundle_path).course.translations
    capsys.readouterr()
    assert main(["translations", "import", str(bundle_path), str(sheet)]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("2 changed, 0 unchanged, ") and "0 stale, 0 unknown (km)" in out
    table = open_bundle(bundle_path).course.translations["km"]
    assert {k: t.text for k, t in table.items()} == {"l1/title": "ការថត", "m1/title": "ថ្ងៃទី១"}


@pytest.mark.parametrize("fmt, suffix", [("xliff", ".xlf"), ("xlsx", ".xlsx"), ("csv", ".txt")])
def test_export_writes_each_format(tmp_path, bundle_path, fmt, suffix, capsys):
    out = tmp_path / f"km{suffix}"
    assert main(["translations", "export", str(bundle_path), "--language", "km", "--format", fmt, "-o", str(out)]) == EXIT_OK
    assert out.stat().st_size > 100
    assert main(["translations", "import", str(bundle_path), str(out)]) == EXIT_OK
    assert "nothing to save" in capsys.readouterr().out


def test_export_refuses_without_a_format_a_wrong_language_or_over_a_file(tmp_path, bundle_path, capsys):
    assert main(["translations", "export", str(bundle_path), "--language", "km", "-o", str(tmp_path / "x")]) == EXIT_USAGE
    assert main(["translations", "export", str(bundle_path), "--language", "lo", "-o", str(tmp_path / "x.csv")]) == EXIT_USAGE
    (tmp_path / "kept.csv").write_text("precious")
    assert main(["translations", "export", str(bundle_path), "--language", "km", "-o", str(tmp_path / "kept.csv")]) == EXIT_OUTPUT
    assert (tmp_path / "kept.csv").read_text() == "precious"
    err = capsys.readouterr().err
    assert "say --format" in err and "no language 'lo'" in err and "already exists" in err


def test_import_of_a_file_for_another_course_or_a_broken_file_changes_nothing(tmp_path, bundle_path, capsys):
    other = make_bundle("Other")
    other.course.id = "course-other"
    set_languages(other.course, ["zh-Hans", "km"]).apply()
    other_path = tmp_path / "other.coursebundle"
    save_bundle(other, other_path)
    sheet = tmp_path / "other.xlf"
    assert main(["translations", "export", str(other_path), "--language", "km", "-o", str(sheet)]) == EXIT_OK
    before = bundle_path.read_bytes()
    assert main(["translations", "import", str(bundle_path), str(sheet)]) == EXIT_INPUT
    broken = tmp_path / "broken.xlf"
    broken.write_bytes(b"<?xml version='1.0'?>\n<xliff>\n<unit>\n")
    assert main(["translations", "import", str(bundle_path), str(broken)]) == EXIT_INPUT
    assert bundle_path.read_bytes() == before
    err = capsys.readouterr().err
    assert "this file is for another course “Other”" in err
    assert "broken.xlf, line 4: this is not well-formed XML" in err
    assert "Traceback" not in err


def test_info_says_how_far_each_language_is_translated(bundle_path, capsys):
    assert main(["info", str(bundle_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Language:  zh-Hans\n           km: " in out and " missing, 0 stale" in out
