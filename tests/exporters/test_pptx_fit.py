"""Measuring and splitting text: every page fits, nothing is lost or reordered, lines break where readers expect."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coursebuilder.exporters.pptx.fit import HEIGHT_SAFETY, FrameStyle, LevelStyle, paginate, para_height, text_height, wrap
from coursebuilder.exporters.pptx.fonts import Measurer
from coursebuilder.exporters.pptx.richtext import BULLET, PLAIN, Para, Span

MEASURER = Measurer("Arial", "Microsoft YaHei:lang=zh-cn")
STYLE = FrameStyle(width=600.0, height=300.0, measurer=MEASURER, levels=[
    LevelStyle(26, 36, 10), LevelStyle(22, 72, 8), LevelStyle(20, 108, 8)])

words = st.sampled_from(["market", "price", "livestream", "直播", "带货", "价格，", "（重量）", "weight.", "产品的来源和特点。", "a"])
paragraphs = st.builds(
    lambda ws, level, bold, kind: Para([Span(" ".join(ws), bold=bold)], level=level, kind=kind),
    st.lists(words, min_size=1, max_size=60), st.integers(0, 2), st.booleans(), st.sampled_from([BULLET, PLAIN]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(paragraphs, min_size=1, max_size=12))
def test_pages_fit_and_keep_all_text_in_order(paras):
    pages = paginate(paras, STYLE)
    for page in pages:
        assert text_height(page, STYLE) <= STYLE.height * HEIGHT_SAFETY + 0.01
    squash = lambda ps: "".join("".join(p.text.split()) for p in ps)  # noqa: E731
    assert "".join(squash(page) for page in pages) == squash(paras)
    # A paragraph cut between slides goes on without a bullet of its own.
    firsts = [page[0] for page in pages[1:]]
    assert all(p.continued for p in firsts if p.text and not any(p.text == q.text for q in paras))


def test_short_text_stays_on_one_page():
    paras = [Para([Span("Face the window.")], kind=BULLET), Para([Span("面向窗户拍摄。")], kind=BULLET)]
    assert paginate(paras, STYLE) == [paras]


def test_lines_never_start_with_closing_punctuation():
    text = "直播的时候，先介绍产品，再展示过程，最后说明价格。" * 8
    para = Para([Span(text)])
    lines = wrap(para, STYLE)
    assert len(lines) > 2
    assert all(text[line.start] not in "，。、）" for line in lines)


def test_bold_and_bigger_text_needs_more_room():
    plain = Para([Span("When you sell live, say the price clearly and often. " * 4)])
    bold = Para([Span(plain.text, bold=True)])
    assert para_height(bold, STYLE) >= para_height(plain, STYLE)
    assert MEASURER.width("price", 28) > MEASURER.width("price", 20)
    # Chinese characters are a full em wide in every font that draws them.
    assert abs(MEASURER.width("价格", 20) - 40) < 1
