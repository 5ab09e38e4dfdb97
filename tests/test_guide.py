"""The user guide that ships with the app, rendered to local pages."""

from __future__ import annotations

import re

from coursebuilder import guide
from coursebuilder.resources import guide_dir


def test_both_languages_render_with_every_picture_present(tmp_path):
    for language in guide.LANGUAGES:
        index = guide.render_guide(language, tmp_path)
        page = index.read_text(encoding="utf-8")
        assert f'lang="{language}"' in page
        pictures = re.findall(r'<img src="([^"]+)"', page)
        assert len(pictures) >= 5, language
        for src in pictures:
            assert (index.parent / src).resolve().is_file(), src


def test_the_guides_cover_the_same_sections():
    headings = {lang: re.findall(r"^## ", (guide_dir(lang) / "index.md").read_text(encoding="utf-8"), re.M)
                for lang in guide.LANGUAGES}
    assert len(headings["en"]) == len(headings["zh"]) >= 6


def test_the_interface_language_picks_the_guide():
    assert guide.guide_language("zh_CN") == "zh"
    assert guide.guide_language("en_GB") == "en"
    assert guide.guide_language("km_KH") == "en"
