"""The one table of writing systems shared by slides and phone pages."""

from coursebuilder.presentation.scripts import ISO_15924, script_of, script_runs, scripts_in


def test_each_script_is_told_apart():
    assert script_of("ក") == "km" and script_of("ល") == "km"
    assert script_of("ກ") == "lo" and script_of("ທ") == "lo"
    assert script_of("汉") == "han" and script_of("a") == "latin" and script_of("ไ") == "th"
    assert scripts_in("焊接 welding ការផ្សារ ການເຊື່ອມ") == {"han", "latin", "km", "lo"}
    assert ISO_15924["km"] == "Khmr" and ISO_15924["lo"] == "Laoo"


def test_runs_keep_spaces_and_digits_with_their_text():
    text = "ការផ្សារ 2 welding, ການເຊື່ອມ"
    runs = list(script_runs(text))
    assert "".join(piece for _, piece in runs) == text
    assert [s for s, _ in runs] == ["km", "latin", "lo"]
    assert list(script_runs("")) == [] and list(script_runs("12 ")) == [("latin", "12 ")]
