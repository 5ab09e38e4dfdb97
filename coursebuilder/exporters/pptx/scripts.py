"""The fonts that show each writing system on slides (which system a character is in: presentation/scripts.py).

PowerPoint draws each character of a run in one of three font slots: Latin,
East Asian (``a:ea``) or complex script (``a:cs``). A run whose East Asian or
complex-script slot names no font that exists shows empty boxes, so every run we
write names one for its script. The names are fonts Windows ships; PowerPoint for
macOS and LibreOffice replace a missing font with one of the same script (helped by
the charset and panose hints), see docs/slide-export.md.
"""

from __future__ import annotations

from dataclasses import dataclass

LATIN, EAST_ASIAN, COMPLEX = "latin", "ea", "cs"


@dataclass(frozen=True)
class SlotFont:
    """A font for one slot: its name, charset hint and language tag for runs."""

    typeface: str
    charset: str
    lang: str
    #: What to ask fontconfig for when measuring on this machine.
    match: str


EA_FONTS = {
    "zh-Hans": SlotFont("Microsoft YaHei", "-122", "zh-CN", "Microsoft YaHei:lang=zh-cn"),
    "zh-Hant": SlotFont("Microsoft JhengHei", "-120", "zh-TW", "Microsoft JhengHei:lang=zh-tw"),
    "ja": SlotFont("Yu Gothic", "-128", "ja-JP", "Yu Gothic:lang=ja"),
    "ko": SlotFont("Malgun Gothic", "-127", "ko-KR", "Malgun Gothic:lang=ko"),
}

CS_FONTS = {
    "km": SlotFont("Khmer UI", "0", "km-KH", "Khmer UI:lang=km"),
    "lo": SlotFont("Lao UI", "0", "lo-LA", "Lao UI:lang=lo"),
    "th": SlotFont("Tahoma", "-34", "th-TH", "Tahoma:lang=th"),
    "ar": SlotFont("Arial", "-78", "ar-SA", "Arial:lang=ar"),
}

def slot_of(script: str) -> str:
    """Return the font slot PowerPoint uses for a script."""
    if script in ("han", "ja", "ko"):
        return EAST_ASIAN
    if script in ("th", "lo", "km", "ar"):
        return COMPLEX
    return LATIN


def ea_font(language: str, scripts: set[str] | None = None) -> SlotFont:
    """Return the East Asian font for a course language (Chinese unless it says otherwise)."""
    scripts = scripts or set()
    lang = language.lower()
    if "ko" in scripts or lang.startswith("ko"):
        return EA_FONTS["ko"]
    if "ja" in scripts or lang.startswith("ja"):
        return EA_FONTS["ja"]
    if lang.startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo")):
        return EA_FONTS["zh-Hant"]
    return EA_FONTS["zh-Hans"]


def cs_font(language: str, scripts: set[str]) -> SlotFont | None:
    """Return the complex-script font for the scripts in a run, or the course language's."""
    for script in ("km", "lo", "th", "ar"):
        if script in scripts:
            return CS_FONTS[script]
    lang = language.lower().split("-")[0]
    return CS_FONTS.get(lang)
