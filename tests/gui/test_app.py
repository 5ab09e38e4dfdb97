"""Starting the editor."""

from __future__ import annotations

from coursebuilder.gui.app import run


def test_a_missing_bundle_fails_in_one_line_without_a_window(tmp_path, capsys):
    assert run(str(tmp_path / "nowhere.coursebundle")) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nowhere.coursebundle does not exist" in err
