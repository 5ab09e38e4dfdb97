"""Offline package export without a browser: files, pictures, safety, size, integrity and the CLI."""

from __future__ import annotations

import html as html_lib
import io
import re
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from coursebuilder.bundle import Cancelled, open_bundle, save_bundle
from coursebuilder.cli import main
from coursebuilder.exporters.offline import (
    BudgetExceeded,
    OfflineOptions,
    OutputError,
    export_offline,
    parse_size,
    verify_package,
)
from coursebuilder.exporters.offline.scorm import SCHEMA_DIR
from coursebuilder.jobs import CancelToken
from exporters.offline_support import offline_bundle, sample_bundles


@pytest.fixture
def bundle():
    return offline_bundle()


def _pages(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in folder.glob("*.html")}


def _csp(page: str) -> str:
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert m, "no Content-Security-Policy"
    return html_lib.unescape(m.group(1))


def test_folder_has_a_page_per_item_with_csp_and_no_remote_addresses(bundle, tmp_path):
    out = tmp_path / "pkg"
    result = export_offline(bundle, OfflineOptions(output=out))
    pages = _pages(out)
    items = [i for m in bundle.course.modules for i in m.items]
    assert len(pages) == 1 + len(items)
    for name, html in pages.items():
        csp = _csp(html)
        assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "http" not in csp
        assert f'<html lang="{bundle.course.language}">' in html
        # No script, style, picture or sound is fetched from anywhere but the package.
        assert not re.search(r'\b(src|srcset)="(https?:)?//', html), name
        assert not re.search(r'<link[^>]+href="(https?:)?//', html), name
    assert (out / "assets" / "site.css").is_file() and (out / "assets" / "site.js").is_file()
    assert result.report.total == sum(p.stat().st_size for p in out.rglob("*") if p.is_file())


def test_lecturer_markdown_cannot_inject_html_or_script_links(bundle, tmp_path):
    out = tmp_path / "pkg"
    export_offline(bundle, OfflineOptions(output=out))
    html = "".join(_pages(out).values())
    assert "<script>alert" not in html and "<b onclick" not in html
    assert "&lt;script&gt;" in html
    assert 'href="javascript:' not in html
    assert '<a href="https://example.org" rel="noopener noreferrer" target="_blank">web</a>' in html
    assert 'src="http://example.org/pixel.png"' not in html


def test_pictures_come_in_phone_and_laptop_sizes_as_webp_with_a_jpeg_fallback_and_no_gps(bundle, tmp_path):
    out = tmp_path / "pkg"
    export_offline(bundle, OfflineOptions(output=out, image_sizes=(480, 1280)))
    big = next(m for m in bundle.course.media if m.original_name == "big.jpg")
    stem = Path(big.path).stem
    files = sorted(p.name for p in (out / "images").glob(f"{stem}-*"))
    assert files == [f"{stem}-1280.webp", f"{stem}-480.jpg", f"{stem}-480.webp"]
    for name in files:
        with Image.open(out / "images" / name) as im:
            # The source is 1600x1200 turned by EXIF orientation 6: upright it is 1200 wide, 1600 tall.
            assert max(im.size) == int(name.split("-")[-1].split(".")[0])
            assert im.height > im.width
            exif = im.getexif()
            assert not exif.get_ifd(0x8825) and 0x8825 not in exif
    html = "".join(_pages(out).values())
    assert f'srcset="images/{stem}-480.webp 360w, images/{stem}-1280.webp 960w"' in html
    assert f'<img src="images/{stem}-480.jpg"' in html
    assert 'alt="A large photo of the stall"' in html
    # A drawing with transparency: lossless WebP (smaller for flat colour) and a PNG fallback, no JPEG.
    diagram = Path(next(m for m in bundle.course.media if m.original_name == "diagram.png").path).stem
    made = sorted(p.name for p in (out / "images").glob(f"{diagram}-*"))
    assert made == [f"{diagram}-40.png", f"{diagram}-40.webp"]
    assert (out / "images" / f"{diagram}-40.webp").read_bytes()[12:16] == b"VP8L"
    # A picture smaller than every size is never blown up, and made only once.
    small = next(m for m in bundle.course.media if m.original_name == "market photo.jpg")
    assert sorted(p.name for p in (out / "images").glob(f"{Path(small.path).stem}-*")) == [
        f"{Path(small.path).stem}-64.jpg", f"{Path(small.path).stem}-64.webp"]


def test_re_export_reuses_cached_pictures(bundle, tmp_path, _app_home):
    export_offline(bundle, OfflineOptions(output=tmp_path / "one"))
    cache = _app_home / "cache" / "derived"
    before = {p: p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file()}
    assert before
    bundle.course.modules[0].items[0].title = "拍摄 Filming (updated)"
    export_offline(bundle, OfflineOptions(output=tmp_path / "two"))
    after = {p: p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file()}
    assert after == before
    assert "拍摄 Filming (updated)" in (tmp_path / "two" / "lesson-01.html").read_text("utf-8")


def test_verify_reports_missing_changed_and_extra_files(bundle, tmp_path):
    out = tmp_path / "pkg"
    export_offline(bundle, OfflineOptions(output=out))
    result = verify_package(out)
    assert result.ok and result.checked > 5
    (out / "lesson-01.html").write_text("tampered", "utf-8")
    next((out / "images").glob("*.webp")).unlink()
    (out / "virus.exe").write_bytes(b"MZ")
    result = verify_package(out)
    assert not result.ok
    assert result.changed == ["lesson-01.html"]
    assert len(result.missing) == 1 and result.missing[0].startswith("images/")
    assert result.extra == ["virus.exe"]


def test_zip_and_single_file_forms_verify_and_detect_damage(bundle, tmp_path):
    z = export_offline(bundle, OfflineOptions(output=tmp_path / "pkg.zip", form="zip")).path
    assert verify_package(z).ok
    with zipfile.ZipFile(z) as zf:
        assert "index.html" in zf.namelist() and "checksums.sha256" in zf.namelist()
    single = export_offline(bundle, OfflineOptions(output=tmp_path / "pkg.html", form="single")).path
    assert verify_package(single).ok
    html = single.read_text("utf-8")
    assert 'src="images/' not in html and 'href="assets/' not in html
    assert "data:image/webp;base64," in html and "<script>" in html
    # Inline style and script are allowed by their hashes only, never by 'unsafe-inline'.
    assert "unsafe-inline" not in _csp(html) and "'sha256-" in _csp(html)
    single.write_text(html.replace("拍摄", "拍照", 1), "utf-8")
    assert verify_package(single).changed == [single.name]


def test_single_file_uses_only_the_smallest_picture(bundle, tmp_path):
    single = export_offline(bundle, OfflineOptions(output=tmp_path / "one.html", form="single")).path
    html = single.read_text("utf-8")
    sizes = []
    for b64 in re.findall(r'src="data:image/webp;base64,([^"]+)"', html):
        import base64

        with Image.open(io.BytesIO(base64.b64decode(b64))) as im:
            sizes.append(max(im.size))
    assert sizes and max(sizes) <= 480


def test_scorm_manifest_validates_against_the_scorm_12_schema(bundle, tmp_path):
    xmlschema = pytest.importorskip("xmlschema")
    z = export_offline(bundle, OfflineOptions(output=tmp_path / "scorm.zip", form="scorm")).path
    unpacked = tmp_path / "scorm"
    with zipfile.ZipFile(z) as zf:
        zf.extractall(unpacked)
        names = set(zf.namelist())
    assert {"imsmanifest.xml", "imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd",
            "ims_xml.xsd", "index.html"} <= names
    schema = xmlschema.XMLSchema10(
        [str(unpacked / n) for n in ("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd")],
        validation="lax")
    manifest = unpacked / "imsmanifest.xml"
    assert list(schema.iter_errors(str(manifest))) == []
    text = manifest.read_text("utf-8")
    assert 'adlcp:scormtype="sco"' in text and "<schemaversion>1.2</schemaversion>" in text
    # Every file of the package is listed in the resource.
    listed = set(re.findall(r'<file href="([^"]+)"/>', text))
    assert {n for n in names if n.startswith(("images/", "media/", "assets/"))} <= listed
    # The check is real: a wrong SCO type fails it.
    broken = tmp_path / "broken.xml"
    broken.write_text(text.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="bogus"'), "utf-8")
    assert list(schema.iter_errors(str(broken)))


def test_schemas_shipped_with_the_package_are_the_shared_ones():
    assert sorted(p.name for p in SCHEMA_DIR.glob("*.xsd")) == [
        "adlcp_rootv1p2.xsd", "ims_xml.xsd", "imscp_rootv1p1p2.xsd", "imsmd_rootv1p2p1.xsd"]


def test_budget_fails_naming_what_to_shrink_or_warns_when_asked(bundle, tmp_path):
    out = tmp_path / "pkg"
    with pytest.raises(BudgetExceeded) as err:
        export_offline(bundle, OfflineOptions(output=out, budget=10_000))
    message = str(err.value)
    assert "over the budget of 10.0 KB" in message and "media/" in message and "--image-sizes" in message
    assert not out.exists()
    assert not list(tmp_path.glob(".pkg*"))
    result = export_offline(bundle, OfflineOptions(output=out, budget=10_000, warn_only=True))
    assert out.is_dir() and any("over the budget" in w for w in result.warnings)


def test_size_report_covers_each_page_and_media_item(bundle, tmp_path):
    result = export_offline(bundle, OfflineOptions(output=tmp_path / "pkg"))
    report = result.report
    titles = [p.title for p in report.pages]
    assert titles[0] == bundle.course.title and "拍摄 Filming" in titles
    lesson = next(p for p in report.pages if p.title == "拍摄 Filming")
    assert lesson.html > 0 and lesson.media > 0
    used = {path for _, path in bundle.course.media_references()}
    assert {m.path for m in report.media} == used
    text = "\n".join(report.lines())
    assert "拍摄 Filming" in text and "media/" in text


def test_existing_output_is_kept_unless_replacing_and_cancel_leaves_nothing(bundle, tmp_path):
    out = tmp_path / "pkg"
    out.mkdir()
    (out / "mine.txt").write_text("keep")
    with pytest.raises(OutputError, match="already exists"):
        export_offline(bundle, OfflineOptions(output=out))
    assert (out / "mine.txt").read_text() == "keep"
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_offline(bundle, OfflineOptions(output=tmp_path / "cancelled"), cancel=token)
    assert not (tmp_path / "cancelled").exists() and not list(tmp_path.glob(".cancelled*"))
    export_offline(bundle, OfflineOptions(output=out, overwrite=True))
    assert not (out / "mine.txt").exists() and verify_package(out).ok


def test_progress_reaches_the_end(bundle, tmp_path):
    seen = []
    export_offline(bundle, OfflineOptions(output=tmp_path / "pkg.zip", form="zip"), progress=lambda d, t, m="": seen.append((d, t, m)))
    assert seen[-1][0] == seen[-1][1]
    fractions = [d / t for d, t, _ in seen]
    assert fractions == sorted(fractions)
    assert {"making pictures", "writing the package", "zipping"} <= {m for _, _, m in seen}


def test_parse_size():
    assert parse_size("50MB") == 50_000_000
    assert parse_size("1.5 GB") == 1_500_000_000
    assert parse_size("800k") == 800_000
    with pytest.raises(ValueError, match="not a size"):
        parse_size("fifty")


def test_cli_exports_prints_the_report_and_verifies(bundle, tmp_path, capsys):
    src = tmp_path / "course.coursebundle"
    save_bundle(bundle, src)
    out = tmp_path / "pkg.zip"
    assert main(["export", "offline", str(src), "-o", str(out), "--zip", "--image-sizes", "320,800"]) == 0
    text = capsys.readouterr().out
    assert "Pages (HTML + media shown):" in text and f"wrote {out}" in text
    assert main(["verify", str(out)]) == 0
    assert "complete and unchanged" in capsys.readouterr().out
    assert main(["export", "offline", str(src), "-o", str(out), "--zip"]) == 4
    assert "already exists" in capsys.readouterr().err
    assert main(["export", "offline", str(src), "-o", str(tmp_path / "b"), "--budget", "1KB"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "over the budget" in err and "Traceback" not in err
    assert main(["export", "offline", str(src), "-o", str(tmp_path / "c"), "--budget", "lots"]) == 2
    assert main(["export", "offline", str(tmp_path / "nope"), "-o", str(tmp_path / "d")]) == 3
    assert main(["verify", str(tmp_path / "nope")]) == 3
    folder = tmp_path / "f"
    assert main(["export", "offline", str(src), "-o", str(folder)]) == 0
    (folder / "index.html").write_text("x")
    capsys.readouterr()
    assert main(["verify", str(folder)]) == 1
    assert "changed: index.html" in capsys.readouterr().out


@pytest.mark.parametrize("sample", sample_bundles(), ids=lambda p: p.name)
def test_sample_courses_export_in_every_form(sample, tmp_path):
    for form, name in (("folder", "pkg"), ("single", "pkg.html"), ("scorm", "pkg.zip")):
        result = export_offline(open_bundle(sample), OfflineOptions(output=tmp_path / name, form=form))
        assert verify_package(result.path).ok, form


def test_single_file_renamed_or_cut_short(bundle, tmp_path):
    from coursebuilder.exporters.offline import VerifyError

    single = export_offline(bundle, OfflineOptions(output=tmp_path / "pkg.html", form="single")).path
    renamed = single.rename(tmp_path / "pkg.html.download")
    assert verify_package(renamed).ok
    data = renamed.read_bytes()
    (tmp_path / "cut.html").write_bytes(data[: len(data) // 2])
    with pytest.raises(VerifyError, match="cut short"):
        verify_package(tmp_path / "cut.html")


@pytest.mark.parametrize("original_name", ["big.jpg", "checklist.txt"])
def test_a_damaged_media_file_stops_the_export_with_its_name(bundle, tmp_path, original_name):
    from coursebuilder.bundle import FromBytes
    from coursebuilder.exporters.offline import ExportError

    item = next(m for m in bundle.course.media if m.original_name == original_name)
    bundle.media.set_origin(item.path, FromBytes(b"\xff\xd8\xff damaged"))
    with pytest.raises(ExportError, match=f"{item.path} does not match its checksum"):
        export_offline(bundle, OfflineOptions(output=tmp_path / "pkg"))
    assert not (tmp_path / "pkg").exists()


def test_suggested_names_are_portable():
    from coursebuilder.exporters.offline import suggested_name

    assert suggested_name("网上销售 Selling online!", "zip") == "网上销售-selling-online-offline.zip"
    assert suggested_name("A/B: C?", "scorm") == "a-b-c-scorm.zip"
    assert suggested_name("", "single") == "course.html"
    assert suggested_name("Knitting", "folder") == "knitting-offline"


def test_cli_forms_and_warn_only(bundle, tmp_path, capsys):
    src = tmp_path / "course"
    save_bundle(bundle, src, folder=True)
    html = tmp_path / "one.html"
    assert main(["export", "offline", str(src), "-o", str(html), "--single-file"]) == 0
    assert html.read_bytes().startswith(b"<!doctype html>")
    scorm = tmp_path / "scorm.zip"
    assert main(["export", "offline", str(src), "-o", str(scorm), "--scorm"]) == 0
    with zipfile.ZipFile(scorm) as zf:
        assert "imsmanifest.xml" in zf.namelist()
    capsys.readouterr()
    assert main(["export", "offline", str(src), "-o", str(tmp_path / "w"), "--budget", "1KB", "--warn-only"]) == 0
    assert "warning: the package is" in capsys.readouterr().out
    assert main(["export", "offline", str(src), "-o", str(tmp_path / "x"), "--warn-only"]) == 2
    assert main(["export", "offline", str(src), "-o", str(tmp_path / "y"), "--image-sizes", "10"]) == 2
    with pytest.raises(SystemExit) as exit_:
        main(["export", "offline", str(src), "-o", str(tmp_path / "z"), "--zip", "--scorm"])
    assert exit_.value.code == 2


def test_a_turned_and_cropped_picture_is_exported_framed_beside_the_whole_one(bundle, tmp_path):
    from coursebuilder.model import ImageBlock

    big = next(m for m in bundle.course.media if m.original_name == "big.jpg")
    lesson = [i for i in bundle.course.lessons()][-1]
    # Upright the photo is 1200x1600; turned a quarter it is 1600x1200; the left half of that is 800x1200.
    lesson.blocks.append(ImageBlock(id="framed", media=big.path, alt="Half the stall", rotate=90, crop=[0, 0, 0.5, 1]))
    out = tmp_path / "pkg"
    export_offline(bundle, OfflineOptions(output=out, image_sizes=(480, 1280)))
    stem = Path(big.path).stem
    framed = sorted(p.name for p in (out / "images").glob(f"{stem}-r90-*"))
    assert len(framed) == 3 and all("-c0000_0000_5000_10000-" in name for name in framed)
    with Image.open(out / "images" / next(n for n in framed if n.endswith("-1280.webp"))) as im:
        assert im.size == (800, 1200)  # never enlarged
    with Image.open(out / "images" / f"{stem}-1280.webp") as im:
        assert im.size == (960, 1280)  # the unframed block still shows the whole picture
    html = "".join(_pages(out).values())
    assert f"images/{framed[0]}" in html and 'alt="Half the stall"' in html
