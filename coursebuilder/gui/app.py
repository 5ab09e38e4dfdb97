"""Start the editor application."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

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
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), ("coursebuilder", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def make_app(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, made once, with names and translations set."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv)
    # Worker threads (opening, saving, imports) must not starve the GUI thread of the
    # interpreter lock: hand it over after 1 ms instead of the default 5.
    sys.setswitchinterval(0.001)
    app.setApplicationName("CourseBuilder")
    app.setOrganizationName("CourseBuilder")
    # Qt's own dialogs (buttons like Save, Cancel) in the lecturer's language too.
    if not getattr(app, "_coursebuilder_translated", False):
        install_translators(app, interface_locale())
        app._coursebuilder_translated = True
    return app


def run(path: str | None = None) -> int:
    """Show the editor window, opening ``path`` if given, and run until it closes."""
    if path and not Path(path).exists():
        print(f"coursebuilder: {path} does not exist", file=sys.stderr)
        return 3
    app = make_app()
    from .main_window import MainWindow

    window = MainWindow()
    window.show()

    def start() -> None:
        # After a crash the unsaved work comes first, even when a bundle was double-clicked.
        if not window.offer_recovery() and path:
            window.open_path(Path(path))

    QTimer.singleShot(0, start)  # once the window is on screen
    code = app.exec()
    from .thumbs import shutdown

    shutdown()
    return code
