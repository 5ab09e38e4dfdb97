"""Choosing the interface language: remembered at once, shown from the next start, and said so clearly.

Every window builds its words when it is made, so a switch mid-session would leave half the
interface in the old language; a clear message is more honest than a half-translated window.
The message is written in both the current and the chosen language, so whoever chose it can read it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QMessageBox

from . import settings

NEXT_START = str(QT_TRANSLATE_NOOP("language", "The interface will be in the language you chose the next time CourseBuilder starts. Close CourseBuilder and open it again to see it now; your work is kept."))


def next_start_message() -> str:
    """Return the sentence telling that the language changes at the next start (in the current language)."""
    return QCoreApplication.translate("language", NEXT_START)


def message_in(code: str) -> str:
    """Return the next-start sentence in the language ``code`` ("" for the system's), or "" if the same as now."""
    from .app import TRANSLATIONS

    locale = QLocale(code) if code else QLocale.system()
    translator = QTranslator()
    if translator.load(locale, "coursebuilder", "_", str(TRANSLATIONS)):
        return translator.translate("language", NEXT_START) or NEXT_START
    return NEXT_START


def choose(parent, code: str) -> str:
    """Remember ``code`` as the interface language and tell the lecturer when it applies; return the message."""
    data = settings.load()
    if data.get("language", "") == code:
        return ""
    data["language"] = code
    settings.save(data)
    now = next_start_message()
    there = message_in(code)
    text = now if there == now else f"{now}\n\n{there}"
    QMessageBox.information(parent, QCoreApplication.translate("language", "Interface language"), text)
    return text
