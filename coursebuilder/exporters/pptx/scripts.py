"""The fonts that show each writing system on slides (which system a character is in: presentation/scripts.py).

PowerPoint draws each character of a run in one of three font slots: Latin,
East Asian (``a:ea``) or complex script (``a:cs``). A run whose East Asian or
complex-script slot names no font that exists shows empty boxes, so every run we
write names one for its script. The names are fonts every Windows 10/11 has; PowerPoint
for macOS and LibreOffice replace a missing font with one of the same script (helped by
the run's language and the charset hint), see docs/slide-export.md.

Khmer and Lao go to Leelawadee UI: the one font that draws both and is on every
Windows 10 and 11 (Khmer UI and Lao UI are optional "supplemental fonts" there; Firefox's
Windows fallback list has Leelawadee UI right after them). ``also`` names the fonts the
same slide is drawn with elsewhere, so text is measured against the widest of them.
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
    #: Fonts that draw this script where ``typeface`` is missing: the optional Windows font,
    #: macOS's, and the Noto font LibreOffice on Linux (and the phone package) uses.
    also: tuple[str, ...] = ()


EA_FONTS = {
    "zh-Hans": SlotFont("Microsoft YaHei", "-122", "zh-CN", "Microsoft YaHei:lang=zh-cn"),
    "zh-Hant": SlotFont("Microsoft JhengHei", "-120", "zh-TW", "Microsoft JhengHei:lang=zh-tw"),
    "ja": SlotFont("Yu Gothic", "-128", "ja-JP", "Yu Gothic:lang=ja"),
    "ko": SlotFont("Malgun Gothic", "-127", "ko-KR", "Malgun Gothic:lang=ko"),
}

CS_FONTS = {
    "km": SlotFont("Leelawadee UI", "0", "km-KH", "Leelawadee UI:lang=km",
                   also=("Khmer UI", "Khmer Sangam MN", "Noto Sans Khmer")),
    "lo": SlotFont("Leelawadee UI", "0", "lo-LA", "Leelawadee UI:lang=lo",
                   also=("Lao UI", "Lao Sangam MN", "Noto Sans Lao")),
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


def expected_fonts(scripts: set[str]) -> list[str]:
    """Return one line per complex script used: the font the deck names and where else it is drawn with what."""
    names = {"km": "Khmer", "lo": "Lao", "th": "Thai", "ar": "Arabic"}
    lines = []
    for script in ("km", "lo", "th", "ar"):
        if script in scripts:
            font = CS_FONTS[script]
            also = f" (else {', '.join(font.also)})" if font.also else ""
            lines.append(f"{names[script]} text uses {font.typeface}{also}")
    return lines
