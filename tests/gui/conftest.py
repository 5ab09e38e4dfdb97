"""GUI test set-up: a main window per test, and no real dialog may ever block a test."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coursebuilder.gui import document as document_module
from coursebuilder.gui import prompts
from coursebuilder.gui.main_window import MainWindow

from .helpers import close_without_prompts


class Answers:
    """Canned answers for the dialogs a test expects; any other dialog fails the test."""

    def __init__(self):
        self.questions: list = []
        self.warnings: list = []
        self.save_paths: list = []
        self.asked: list[str] = []
        self.errors: list[str] = []
        #: The words on the buttons of each worded question asked (prompts.ask).
        self.button_words: list[list[str]] = []

    def _pop(self, queue: list, kind: str, title: str):
        self.asked.append(f"{kind}: {title}")
        if not queue:
            raise AssertionError(f"unexpected {kind} dialog: {title}")
        return queue.pop(0)


@pytest.fixture(scope="session", autouse=True)
def _collect_on_gui_thread(qapp):
    """Collect cyclic garbage on the GUI thread only, as the editor does (see gui/collector.py)."""
    import gc

    from coursebuilder.gui import collector

    installed = collector.install(qapp)
    yield installed
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    """Collect what a test left behind here, on the GUI thread, not in the next test's worker."""
    import gc

    yield
    gc.collect()


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp):
    """Load the English plural forms ("1 file") as the editor does at start."""
    from PySide6.QtCore import QTranslator

    from coursebuilder.gui.app import TRANSLATIONS

    translator = QTranslator(qapp)
    assert translator.load(str(TRANSLATIONS / "coursebuilder_en.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def answers(monkeypatch) -> Answers:
    """Replace message boxes and file dialogs with queued answers."""
    a = Answers()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda parent, title, *args, **kw: a._pop(a.questions, "question", title)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, *args, **kw: a._pop(a.warnings, "warning", title)))

    def critical(parent, title, text, *args, **kw):
        a.errors.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))

    def ask(parent, title, text, buttons, default):
        a.button_words.append(list(buttons.values()))
        return a._pop(a.questions, "question", title)

    monkeypatch.setattr(prompts, "ask", ask)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kw: (str(a._pop(a.save_paths, "save", "")), "")))
    return a


@pytest.fixture
def fast_autosave(monkeypatch):
    """Write recovery copies 50 ms after a change instead of 30 s."""
    monkeypatch.setattr(document_module, "AUTOSAVE_MS", 50)


@pytest.fixture
def make_window(qtbot, answers):
    """Return a factory of shown main windows, closed without prompts at the end."""
    windows = []

    def make() -> MainWindow:
        # Not qtbot.addWidget: pytest-qt would close it before the unsaved changes are dropped below.
        window = MainWindow()
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        close_without_prompts(window)
        window.deleteLater()


@pytest.fixture
def window(make_window) -> MainWindow:
    """Return one shown main window."""
    return make_window()
