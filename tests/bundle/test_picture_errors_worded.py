"""A picture the library refuses is explained in the editor's language, and in English on the command line."""

from __future__ import annotations

import re

import pytest

from coursebuilder.bundle import BundleError

from ..factories import make_bundle
from ..importers.import_support import photo_bytes


def test_a_damaged_picture_is_refused_in_chinese_and_english():
    bundle = make_bundle()
    cut = photo_bytes()[:400]
    with pytest.raises(BundleError) as info:
        bundle.media.add_bytes(bundle.course, cut, "stall.jpg")
    english, chinese = str(info.value), info.value.text("zh_CN")
    assert english.startswith("stall.jpg: the picture cannot be read: "), english
    # Pillow's own reason stays as it is; the sentence around it is Chinese.
    assert chinese.startswith("stall.jpg: 无法读取图片："), chinese
    assert not re.findall(r"[A-Za-z]{4,}", chinese.split("：")[0].replace("stall.jpg", "")), chinese
