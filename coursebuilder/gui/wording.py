"""Words the core hands the editor as catalogue codes, worded in the interface language."""

from __future__ import annotations

from .app import interface_locale


def interface_language() -> str:
    """Return the interface language's name, such as ``zh_CN``, as the message catalogue takes it."""
    return interface_locale().name()


def error_text(exc: BaseException) -> str:
    """Return an error's one line in the interface language when it carries catalogue words, else as it is."""
    text = getattr(exc, "text", None)
    return text(interface_language()) if callable(text) else str(exc)
