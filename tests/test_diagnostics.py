"""Versions, the rotating log and the diagnostics report."""

from __future__ import annotations

import logging

from coursebuilder import __version__, diagnostics


def test_versions_name_coursebuilder_python_and_the_libraries():
    found = diagnostics.versions()
    assert found["CourseBuilder"] == __version__
    for name in ("Python", "PySide6-Essentials", "Pillow", "python-pptx", "PyYAML"):
        assert found[name][0].isdigit(), name


def test_the_log_rotates_and_the_report_carries_its_last_lines(_app_home, monkeypatch):
    monkeypatch.setattr(diagnostics, "LOG_BYTES", 4096)
    path = diagnostics.setup_logging()
    assert path.parent.parent == _app_home / "data"
    log = logging.getLogger("coursebuilder.test")
    for n in range(400):
        log.info("line %d of the session", n)
    files = sorted(path.parent.glob("coursebuilder.log*"))
    assert 2 <= len(files) <= 1 + diagnostics.LOG_BACKUPS
    text = diagnostics.report({"Screen": "1024x600"}, log_lines=5)
    assert "line 399 of the session" in text and "line 394 of the session" not in text
    assert f"CourseBuilder: {__version__}" in text and "Screen: 1024x600" in text
    assert str(_app_home / "data") in text


def test_a_data_folder_that_cannot_be_written_does_not_stop_logging(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("COURSEBUILDER_HOME", str(blocker))
    diagnostics.setup_logging()
    logging.getLogger("coursebuilder.test").warning("still fine")
    assert diagnostics.log_tail() == []
