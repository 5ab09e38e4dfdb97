"""Starting the editor."""

from __future__ import annotations

from coursebuilder.gui.app import run


def test_a_missing_bundle_fails_in_one_line_without_a_window(tmp_path, capsys):
    assert run(str(tmp_path / "nowhere.coursebundle")) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nowhere.coursebundle does not exist" in err


def test_constants_copied_to_keep_start_up_light_match_their_source():
    from coursebuilder.bundle.limits import BUNDLE_SUFFIX
    from coursebuilder.gui import main_window, thumbs
    from coursebuilder.media.thumbnails import THUMBNAIL_EDGE

    assert main_window.BUNDLE_SUFFIX == BUNDLE_SUFFIX
    assert thumbs.THUMBNAIL_EDGE == THUMBNAIL_EDGE
