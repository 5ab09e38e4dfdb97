"""The translator round trip: export, fill in as a translator would, import exactly what changed."""

from __future__ import annotations

import copy
import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xmlschema
from factories import make_bundle
from lxml import etree

from coursebuilder.model.languages import (
    fingerprint,
    localize,
    set_languages,
    set_translation,
    text_refs,
    translation_state,
)
from coursebuilder.translation import (
    TranslationFileError,
    export_translations,
    format_of,
    plan_import,
    read_translations,
)
from coursebuilder.translation.sheets import write_csv
from coursebuilder.translation.xliff import NS

SCHEMA = xmlschema.XMLSchema(Path(__file__).parent / "xliff20" / "xliff_core_2.0.xsd")
FORMATS = ["xliff", "csv", "xlsx"]
Q = f"{{{NS}}}"


def _course():
    course = make_bundle().course
    set_languages(course, ["zh-Hans", "en", "km"]).apply()
    set_translation(course, "km", "course/title", "វគ្គសាកល្បង").apply()
    set_translation(course, "km", "m1/title", "ថ្ងៃទី១").apply()
    set_translation(course, "km", "b1/markdown", "# ពន្លឺ\n\nបែរមុខទៅ **បង្អួច**។\n\n- មួយ\n  - ក្នុង\n- ពីរ").apply()
    return course


# --- what a translator does to each format, written with tools other than ours ------------------


def _fill(data: bytes, fmt: str, edits: dict[str, str], sources: dict[str, str] | None = None) -> bytes:
    """Return the file with the translations of ``edits`` typed in (and sources changed), as a translator's tool would."""
    sources = sources or {}
    if fmt == "xliff":
        root = etree.fromstring(data)
        for unit in root.iter(f"{Q}unit"):
            key = unit.get("name")
            segment = unit.find(f"{Q}segment")
            if key in sources:
                segment.find(f"{Q}source").text = sources[key]
            if key in edits:
                target = segment.find(f"{Q}target")
                if target is None:
                    target = etree.SubElement(segment, f"{Q}target")
                target.text = edits[key]
                segment.set("state", "translated")
                segment.attrib.pop("subState", None)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        for row in rows[2:]:
            row[2] = sources.get(row[0], row[2])
            if row[0] in edits:
                row[3], row[4] = edits[row[0]], "done"
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(rows)
        return ("\ufeff" + out.getvalue()).encode("utf-8")
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.worksheets[0]
    for row in sheet.iter_rows(min_row=3):
        key = row[0].value
        if key in sources:
            row[2].value = sources[key]
        if key in edits:
            row[3].value = edits[key]
    out_bytes = io.BytesIO()
    book.save(out_bytes)
    return out_bytes.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_edit_import_changes_exactly_the_edited_texts(fmt):
    course = _course()
    exported = export_translations(course, "km", fmt)
    edits = {"l1/title": "ការថត", "q1a/text": "ព្រឹក Morning", "e5/pairs/0/right": "រូបភាពនឹង",
             "m1/title": "ថ្ងៃទីមួយ", "b8/markdown": "តម្លៃ = ដើមទុន + កម្លាំង។"}
    filled = _fill(exported, fmt, edits)
    before = copy.deepcopy(course)
    report = plan_import(course, read_translations(filled, f"km.{fmt}"))
    assert {e.key for e in report.changed} == set(edits)
    assert {e.key for e in report.unchanged} == {"course/title", "b1/markdown"}
    assert not report.stale and not report.unknown
    texts = [r for r in text_refs(course) if r.kind != "media"]
    assert {e.key for e in report.missing} == {r.key for r in texts} - set(edits) - {"course/title", "b1/markdown"}
    assert course == before  # planning changes nothing
    report.operation.apply()
    after = localize(course, "km")
    assert after.modules[0].items[0].title == "ការថត"
    assert after.modules[0].items[0].blocks[0].markdown == course.translations["km"]["b1/markdown"].text
    changed = {k for k, t in course.translations["km"].items() if before.translations["km"].get(k) != t}
    assert changed == set(edits)
    report.operation.revert()
    assert course == before  # one reversible edit


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_text_changed_since_the_export_is_reported_stale_applied_and_marked(fmt):
    course = _course()
    exported = export_translations(course, "km", fmt)
    course.modules[0].items[0].title = "拍摄视频 Filming video"  # the lecturer edits after sending the file
    course.title = "新标题"  # and the title, whose Khmer translation is up to date in the file
    filled = _fill(exported, fmt, {"l1/title": "ការថត", "course/title": "ចំណងជើងចាស់"})
    report = plan_import(course, read_translations(filled, "f"))
    assert {e.key for e in report.stale} == {"l1/title", "course/title"}
    report.operation.apply()
    ref = {r.key: r for r in text_refs(course)}
    assert translation_state(course, "km", ref["l1/title"]) == "stale"
    assert course.translations["km"]["l1/title"].text == "ការថត"
    assert course.translations["km"]["course/title"].source == fingerprint("Test course 测试")


def test_a_stale_row_never_replaces_an_up_to_date_translation():
    course = _course()
    exported = export_translations(course, "km", "csv")
    course.title = "新标题"
    set_translation(course, "km", "course/title", "ចំណងជើងថ្មី").apply()
    report = plan_import(course, read_translations(_fill(exported, "csv", {"course/title": "ចាស់"}), "f"))
    assert [e.key for e in report.kept] == ["course/title"]
    assert report.operation is None or "course/title" not in report.operation.entries


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_stale_translation_exported_and_returned_untouched_stays_stale(fmt):
    course = _course()
    course.modules[0].title = "第一天"  # the Khmer "day one" is now stale
    exported = export_translations(course, "km", fmt)
    report = plan_import(course, read_translations(exported, "f"))
    assert "m1/title" in {e.key for e in report.unchanged} and report.operation is None
    ref = next(r for r in text_refs(course) if r.key == "m1/title")
    assert translation_state(course, "km", ref) == "stale"


def test_the_xliff_is_valid_xliff_2_and_says_where_each_text_is():
    course = _course()
    data = export_translations(course, "km", "xliff")
    SCHEMA.validate(data)
    root = etree.fromstring(data)
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "zh-Hans", "km")
    unit = next(u for u in root.iter(f"{Q}unit") if u.get("name") == "q5/pairs/0/left")
    assert unit.find(f"{Q}notes/{Q}note[@category='location']").text == "modules[0].items[1].questions[4].pairs[0].left"
    assert unit.find(f"{Q}segment/{Q}source").text == "Tripod"
    ids = [u.get("id") for u in root.iter(f"{Q}unit")]
    assert len(ids) == len(set(ids))


def test_xliff_from_a_tool_that_splits_sentences_into_segments_reads_whole():
    course = _course()
    root = etree.fromstring(export_translations(course, "km", "xliff"))
    unit = next(u for u in root.iter(f"{Q}unit") if u.get("name") == "e3/feedback_incorrect")
    unit.remove(unit.find(f"{Q}segment"))
    for tag, source, target in (("segment", "Face the window", "បែរមុខ"), ("ignorable", " ", None),
                                ("segment", "instead.", "ទៅបង្អួចវិញ។")):
        part = etree.SubElement(unit, f"{Q}{tag}")
        etree.SubElement(part, f"{Q}source").text = source
        if target:
            etree.SubElement(part, f"{Q}target").text = target
    data = etree.tostring(root)
    SCHEMA.validate(data)
    row = next(r for r in read_translations(data, "f").rows if r.key == "e3/feedback_incorrect")
    assert (row.source, row.translation) == ("Face the window instead.", "បែរមុខ ទៅបង្អួចវិញ។")


def test_csv_is_utf8_with_a_byte_order_mark_and_formulas_stay_text():
    course = _course()
    set_translation(course, "km", "b8/markdown", "=SUM(A1)").apply()
    data = export_translations(course, "km", "csv")
    assert data.startswith(b"\xef\xbb\xbfkey,place,source,translation,state\r\n#course,course-test,zh-Hans,km,")
    assert b"'=SUM(A1)" in data
    row = next(r for r in read_translations(data, "f").rows if r.key == "b8/markdown")
    assert row.translation == "=SUM(A1)"


def test_excel_unicode_text_and_semicolons_are_read():
    course = _course()
    rows = list(csv.reader(io.StringIO(export_translations(course, "km", "csv").decode("utf-8-sig"), newline="")))
    for delimiter, encoding in (("\t", "utf-16"), (";", "utf-8-sig")):
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter).writerows(rows)
        back = read_translations(out.getvalue().encode(encoding), "f")
        assert back.target_language == "km" and len(back.rows) == len(rows) - 2


def test_xlsx_keeps_texts_that_look_like_formulas_and_numbers_typed_as_numbers():
    course = _course()
    set_translation(course, "km", "b8/markdown", "=1+1").apply()
    data = export_translations(course, "km", "xlsx")
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == ["key", "place", "source", "translation", "state"]
    cell = next(r[3] for r in sheet.iter_rows(min_row=3) if r[0].value == "b8/markdown")
    assert cell.value == "=1+1" and cell.data_type == "s"
    next(r for r in sheet.iter_rows(min_row=3) if r[0].value == "e8/unit")[3].value = 2024
    out = io.BytesIO()
    book.save(out)
    row = next(r for r in read_translations(out.getvalue(), "f").rows if r.key == "e8/unit")
    assert row.translation == "2024"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_for_another_course_or_language_is_refused_in_plain_words(fmt):
    course = _course()
    data = export_translations(course, "km", fmt)
    other = make_bundle("Another").course
    other.id = "course-other"
    set_languages(other, ["zh-Hans", "km"]).apply()
    with pytest.raises(TranslationFileError, match="for another course “Test course 测试”"):
        plan_import(other, read_translations(data, "f"))
    english = export_translations(course, "en", fmt)
    set_languages(course, ["zh-Hans", "km"]).apply()
    with pytest.raises(TranslationFileError, match="translation into en, which is not one of the course's languages"):
        plan_import(course, read_translations(english, "f"))
    course.language = "en"
    with pytest.raises(TranslationFileError, match="translates from zh-Hans"):
        plan_import(course, read_translations(data, "f"))


def test_unknown_keys_are_reported_not_applied():
    course = _course()
    data = export_translations(course, "km", "csv").replace(b"\r\nm1/title,", b"\r\ngone/title,", 1)
    report = plan_import(course, read_translations(data, "f"))
    assert [e.key for e in report.unknown] == ["gone/title"]
    assert report.operation is None


@pytest.mark.parametrize("data, words", [
    (b"<?xml version='1.0'?>\n<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0'>\n<file>\n</xliff>",
     "f.xlf, line 4: this is not well-formed XML"),
    (b"<?xml version='1.0'?>\n<!DOCTYPE x [<!ENTITY a 'aaaa'>]>\n<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' "
     b"version='2.0'><file id='f'><unit id='u'><segment><source>&a;</source></segment></unit></file></xliff>",
     "has no DOCTYPE"),
    (b"<xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' version='1.2'/>", "not an XLIFF 2 file"),
    (b"<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='zh-Hans' trgLang='km'>\n"
     b"<file id='f'>\n<unit id='u'>\n<segment><target>x</target></segment></unit></file></xliff>",
     "f.xlf, line 3: a <segment> has no <source>"),
])
def test_malformed_xliff_gets_a_message_with_its_line(data, words):
    with pytest.raises(TranslationFileError, match=words):
        read_translations(data, "f.xlf")


def _csv(*lines: str) -> bytes:
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


@pytest.mark.parametrize("data, words", [
    (_csv("key,place,source,translation,state", "#course,c,zh-Hans,km,T", 'a/title,p,"open quote,x,,'),
     "f.csv, line 3: the CSV cannot be read"),
    (_csv("name,text", "#course,c,zh-Hans,km,T"), "f.csv, line 1: the first row must name the columns"),
    (_csv("key,place,source,translation,state", "a/title,p,s,t,done"), "f.csv, line 2: the second row must be the #course row"),
    (_csv("key,place,source,translation,state", "#course,c,zh-Hans,km,T", "a/title,p,s,t,done", "a/title,p,s,u,done"),
     "f.csv, line 4: the text a/title is listed twice \\(first at f.csv, line 3\\)"),
    (_csv("key,place,source,translation,state", "#course,c,zh-Hans,km,T", ",p,s,t,done"), "f.csv, line 3: .*no key"),
    ("key,place\r\n#course,c\r\nx,\u4e2d\r\n".encode("gb18030"), "f.csv, line 3: the text is not UTF-8"),
    (b"", "the file is empty"),
])
def test_malformed_csv_gets_a_message_with_its_line(data, words):
    with pytest.raises(TranslationFileError, match=words):
        plan_import(_course_with_id("c"), read_translations(data, "f.csv"))


def _course_with_id(ident: str):
    course = _course()
    course.id = ident
    return course


def test_malformed_xlsx_gets_a_message_with_its_row():
    course = _course()
    book = openpyxl.load_workbook(io.BytesIO(export_translations(course, "km", "xlsx")))
    book.worksheets[0]["A2"] = "not the course row"
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(TranslationFileError, match="f.xlsx, row 2: the second row must be the #course row"):
        read_translations(out.getvalue(), "f.xlsx")
    with pytest.raises(TranslationFileError, match="f.xlsx: this is not an .xlsx workbook"):
        read_translations(b"PK\x03\x04" + b"\0" * 100, "f.xlsx")
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not xml")
    with pytest.raises(TranslationFileError, match="f.xlsx: this is not a workbook"):
        read_translations(broken.getvalue(), "f.xlsx")


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"\0" * (300 * 1024 * 1024))
    with pytest.raises(TranslationFileError, match="unpacks to far more"):
        read_translations(bomb.getvalue(), "f.xlsx")


def test_formats_are_told_apart_by_content_not_name():
    course = _course()
    for fmt in FORMATS:
        assert format_of(export_translations(course, "km", fmt)) == fmt


def test_exporting_the_default_or_an_undeclared_language_is_refused():
    course = _course()
    with pytest.raises(ValueError, match="course's own language"):
        export_translations(course, "zh-Hans", "csv")
    with pytest.raises(ValueError, match="no language 'lo'"):
        export_translations(course, "lo", "csv")


def test_a_translation_with_control_characters_is_cleaned_on_the_way_in():
    course = _course()
    data = write_csv(read_translations(export_translations(course, "km", "csv"), "f"))
    data = data.replace(b"\r\nl1/title,modules[0].items[0].title,\xe6\x8b\x8d\xe6\x91\x84 Filming,,",
                        b"\r\nl1/title,modules[0].items[0].title,\xe6\x8b\x8d\xe6\x91\x84 Filming,\xe1\x9e\x80\x07x,")
    report = plan_import(course, read_translations(data, "f"))
    assert report.operation.entries["l1/title"].text == "កx"
