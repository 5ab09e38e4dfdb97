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


def test_the_window_module_loads_without_the_bundle_format_pillow_or_yaml():
    import os
    import subprocess
    import sys

    code = (
        "import sys; import coursebuilder.gui.main_window, coursebuilder.gui.workers; "
        "print(sorted(m for m in ('coursebuilder.bundle', 'PIL', 'yaml', 'markdown_it') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=dict(os.environ))
    assert out.stdout.strip() == "[]"


def test_the_gui_cancel_token_honours_the_jobs_contract():
    import pytest

    from coursebuilder.bundle import Cancelled
    from coursebuilder.gui.workers import CancelToken
    from coursebuilder.jobs import CancelToken as CoreToken

    public = {n for n in dir(CoreToken) if not n.startswith("_")}
    assert public <= {n for n in dir(CancelToken) if not n.startswith("_")}
    token = CancelToken()
    token.check()
    assert not token.cancelled
    token.cancel()
    assert token.cancelled
    with pytest.raises(Cancelled):
        token.check()


def test_the_window_layout_is_remembered(qtbot):
    from coursebuilder.gui.main_window import MainWindow

    first = MainWindow()
    first.show()
    first.resize(700, 500)  # inside the offscreen screen, which geometry restoring clamps to
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
