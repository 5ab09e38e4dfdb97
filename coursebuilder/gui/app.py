"""Start the editor application."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from ..resources import resource_dir
from . import collector

#: Where translations of the interface live (coursebuilder_<locale>.qm).
TRANSLATIONS = Path(__file__).resolve().parent / "translations"


def interface_locale() -> QLocale:
    """Return the language to show: COURSEBUILDER_LANG, else the one chosen in the editor, else the system's."""
    from . import settings

    chosen = os.environ.get("COURSEBUILDER_LANG") or settings.load().get("language", "")
    return QLocale(chosen) if chosen else QLocale.system()


def install_translators(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Load Qt's and CourseBuilder's translations for ``locale``; return those installed."""
    installed = []
    # English plural forms ("1 file", "2 files") under every language: the source says "file(s)".
    # Installed first, so the lecturer's own language, installed after, is asked first.
    english = QTranslator(app)
    if english.load(str(TRANSLATIONS / "coursebuilder_en.qm")):
        app.installTranslator(english)
        installed.append(english)
    # Qt ships no Khmer or Lao strings of its own, and its Chinese lacks a few it shows: ours
    # (translations/qtbase_*.ts) are installed after Qt's, so they are asked first.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("qtbase", str(TRANSLATIONS)), ("coursebuilder", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def make_app(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, made once, with names and translations set."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else CourseBuilderApp(argv if argv is not None else sys.argv)
    # Worker threads (opening, saving, imports) must not starve the GUI thread of the
    # interpreter lock: hand it over after 1 ms instead of the default 5.
    sys.setswitchinterval(0.001)
    collector.install(app)
    app.setApplicationName("CourseBuilder")
    app.setOrganizationName("CourseBuilder")
    app.setWindowIcon(QIcon(str(resource_dir("icons", "coursebuilder.png"))))
    # Qt's own dialogs (buttons like Save, Cancel) in the lecturer's language too.
    if not getattr(app, "_coursebuilder_translated", False):
        install_translators(app, interface_locale())
        app._coursebuilder_translated = True  # type: ignore[attr-defined]  # a mark on the one app object
    launcher_for(app)
    return app


class CourseBuilderApp(QApplication):
    """The application object: it hands Finder's open requests (macOS) to the launcher."""

    def event(self, event: QEvent) -> bool:
        # Only events sent to the application itself pass here, unlike an application-wide
        # event filter, which would cost a Python call on every event of every widget.
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            launcher_for(self).file_opened(event)
            return True
        return super().event(event)


class Launcher(QObject):
    """Own the editor windows and route every request to open a bundle to one of them.

    Requests come from the command line, from later starts of CourseBuilder (handed over
    through the instance server) and, on macOS, from Finder as QFileOpenEvent, which can
    arrive before any window exists: those wait until the first window is shown.
    """

    def __init__(self, app: QApplication, *, filter_events: bool = False):
        super().__init__(app)
        self.windows: list = []
        self._pending: list[str] = []
        self._ready = False
        if filter_events:
            # For an application object made elsewhere (tests): see its open events through a filter.
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is QApplication.instance() and event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.file_opened(event)
            return True
        return super().eventFilter(watched, event)

    def file_opened(self, event: QFileOpenEvent) -> None:
        """Open the file Finder asked for (now, or once the first window exists)."""
        path = event.file() or event.url().toLocalFile()
        if path:
            self.request([path])

    def request(self, paths: list[str]) -> None:
        """Open ``paths`` now if a window is up, else as soon as one is."""
        if not self._ready:
            self._pending.extend(paths)
            return
        if not paths and self.windows:
            self._bring_forward(self.windows[-1])
        for path in paths:
            self.open(path)

    def start(self, path: str | None) -> None:
        """Show the first window, offer recovery, then open what was asked for."""
        window = self.new_window()
        self._ready = True
        # After a crash the unsaved work comes first, even when a bundle was double-clicked.
        restored = window.offer_recovery()
        wanted = ([path] if path else []) + self._pending
        self._pending = []
        for index, item in enumerate(wanted):
            self.open(item, reuse=not restored or index > 0)

    def new_window(self):
        """Return a new, shown editor window."""
        from .main_window import MainWindow

        window = MainWindow()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_a, w=window: self._forget(w))
        self.windows.append(window)
        window.show()
        return window

    def open(self, path: str, *, reuse: bool = True) -> None:
        """Open a bundle: come forward if it is open already, else in an empty window or a new one."""
        target_path = Path(path).resolve()
        for window in self.windows:
            document = window.document
            if document is not None and document.path is not None and Path(document.path).resolve() == target_path:
                self._bring_forward(window)
                return
        empty = [w for w in self.windows if w.document is None] if reuse else []
        window = empty[0] if empty else self.new_window()
        self._bring_forward(window)
        window.open_path(target_path)

    def _bring_forward(self, window) -> None:
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()

    def _forget(self, window) -> None:
        if window in self.windows:
            self.windows.remove(window)


def run(path: str | None = None) -> int:
    """Show the editor, opening ``path`` if given, and run until its last window closes."""
    if path and not Path(path).exists():
        print(f"coursebuilder: {path} does not exist", file=sys.stderr)
        return 3
    app = make_app()
    import logging

    from ..diagnostics import setup_logging
    from .single_instance import InstanceServer, hand_over

    setup_logging()
    logging.getLogger("coursebuilder").info("editor started%s", f" with {path}" if path else "")

    server = InstanceServer(app)
    if not server.listen():
        # One editor per machine: a double-clicked bundle goes to the editor already running.
        if hand_over([str(Path(path).resolve())] if path else []):
            print("coursebuilder: opened in the CourseBuilder that is already running")
            return 0
        # It did not answer in time (busy or stuck): better a second editor than none.
    launcher = launcher_for(app)
    server.sig_open_requested.connect(launcher.request)
    QTimer.singleShot(0, lambda: launcher.start(path))  # once the event loop runs
    code = app.exec()
    server.close()
    from .thumbs import shutdown

    shutdown()
    return code


def launcher_for(app: QApplication) -> Launcher:
    """Return the application's launcher, made on first use (it must exist before Finder's events)."""
    launcher = getattr(app, "_coursebuilder_launcher", None)
    if launcher is None:
        launcher = Launcher(app)
        app._coursebuilder_launcher = launcher  # type: ignore[attr-defined]
    return launcher


def self_test(language: str = "") -> list[str]:
    """Open the main window in ``language``, describe what it shows, close it; return report lines."""
    if language:
        os.environ["COURSEBUILDER_LANG"] = language
    app = make_app([sys.argv[0] if sys.argv else "coursebuilder"])
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    app.processEvents()
    menus = [action.text() for action in window.menuBar().actions()]
    loaded = sorted({t.filePath().rsplit("/", 1)[-1] for t in app.findChildren(QTranslator) if not t.isEmpty()})
    lines = [
        f"ok: the editor window opened on the {app.platformName()} platform",
        f"menus: {' '.join(menus)}",
        f"translations loaded: {', '.join(loaded) or 'none'}",
    ]
    if language and not language.startswith("en") and not loaded:
        lines.append(f"FAILED: no translation was loaded for {language}")
    window.close()
    window.deleteLater()
    app.processEvents()
    return lines
