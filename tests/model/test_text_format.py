"""The Markdown formatting buttons' text edits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coursebuilder.model.text_format import link, prefix_lines, wrap


def run(edit, text):
    new = edit.apply(text)
    return new, new[edit.select[0]:edit.select[1]]


def test_bold_wraps_the_selection_and_selects_the_words():
    assert run(wrap("Face the window.", 9, 15, "**", "bold"), "Face the window.") == ("Face the **window**.", "window")


def test_bold_again_takes_the_stars_away_whether_or_not_they_are_selected():
    text = "Face the **window**."
    assert run(wrap(text, 11, 17, "**", "b"), text) == ("Face the window.", "window")
    assert run(wrap(text, 9, 19, "**", "b"), text) == ("Face the window.", "window")


def test_outer_spaces_stay_outside_the_markers():
    assert wrap("a word here", 1, 7, "*", "i").apply("a word here") == "a *word* here"


def test_italic_inside_bold_is_not_mistaken_for_removing_italic():
    text = "**bold**"
    assert wrap(text, 2, 6, "*", "i").apply(text) == "***bold***"


def test_nothing_selected_inserts_a_selected_placeholder():
    assert run(wrap("Hi ", 3, 3, "**", "bold text"), "Hi ") == ("Hi **bold text**", "bold text")


def test_lists_number_and_unnumber_the_selected_lines():
    text = "Intro\nBuy\nClean\n\nSell\nEnd"
    new, _ = run(prefix_lines(text, 7, 20, "numbers"), text)
    assert new == "Intro\n1. Buy\n2. Clean\n\n3. Sell\nEnd"
    back = prefix_lines(new, 8, 25, "numbers").apply(new)
    assert back == text
    # A bullet list turned numbered loses its bullets.
    assert prefix_lines("- a\n- b", 0, 7, "numbers").apply("- a\n- b") == "1. a\n2. b"


def test_heading_on_the_cursor_line_and_off_again():
    text = "Light\nmore"
    once = prefix_lines(text, 2, 2, "heading").apply(text)
    assert once == "## Light\nmore"
    assert prefix_lines(once, 3, 3, "heading").apply(once) == text


def test_link_selects_the_address_for_typing():
    assert run(link("see the guide", 8, 13, "link"), "see the guide") == ("see the [guide](https://)", "https://")
    assert link("https://example.org", 0, 19, "link").apply("https://example.org") == "[link](https://example.org)"


@given(st.text(alphabet="ab *#-\n1.", max_size=30), st.integers(0, 30), st.integers(0, 30),
       st.sampled_from(["**", "*"]))
def test_wrap_twice_on_a_word_restores_the_text(text, a, b, marker):
    word = "word"
    a = min(a, len(text))
    text = text[:a] + word + text[a:]
    first = wrap(text, a, a + len(word), marker, "x")
    new = first.apply(text)
    again = wrap(new, *first.select, marker, "x").apply(new)
    assert again == text or "*" in text  # stars already around the word legitimately merge


@given(st.lists(st.text(alphabet="ab c", min_size=1, max_size=8), min_size=1, max_size=6), st.sampled_from(["bullets", "numbers", "heading"]))
def test_prefix_twice_restores_plain_lines(lines, kind):
    text = "\n".join(lines)
    first = prefix_lines(text, 0, len(text), kind)
    new = first.apply(text)
    assert prefix_lines(new, 0, len(new), kind).apply(new) == "\n".join(line.lstrip() if line.strip() else line for line in lines)
