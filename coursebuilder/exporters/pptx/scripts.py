"""Which writing system each character belongs to, and the fonts that show it.

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

# (first, last, script) ranges; the East Asian ranges are what PowerPoint puts in the ea slot.
_RANGES = (
    (0x0600, 0x06FF, "ar"), (0x0750, 0x077F, "ar"), (0x08A0, 0x08FF, "ar"),
    (0x0E00, 0x0E7F, "th"), (0x0E80, 0x0EFF, "lo"), (0x1780, 0x17FF, "km"), (0x19E0, 0x19FF, "km"),
    (0x1100, 0x11FF, "ko"), (0x3130, 0x318F, "ko"), (0xAC00, 0xD7AF, "ko"),
    (0x3040, 0x30FF, "ja"), (0x31F0, 0x31FF, "ja"),
    (0x2E80, 0x2FDF, "han"), (0x3000, 0x303F, "han"), (0x3100, 0x312F, "han"), (0x3190, 0x31EF, "han"),
    (0x3200, 0x33FF, "han"), (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"), (0xF900, 0xFAFF, "han"),
    (0xFE30, 0xFE4F, "han"), (0xFF00, 0xFFEF, "han"), (0x20000, 0x3134F, "han"),
    (0xFB50, 0xFDFF, "ar"), (0xFE70, 0xFEFF, "ar"),
)


def script_of(ch: str) -> str:
    """Return ``han``, ``ja``, ``ko``, ``th``, ``lo``, ``km``, ``ar`` or ``latin`` for a character."""
    cp = ord(ch)
    if cp < 0x0600:
        return "latin"
    for first, last, script in _RANGES:
        if first <= cp <= last:
            return script
    return "latin"


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


def scripts_in(text: str) -> set[str]:
    """Return the scripts used by the characters of a text."""
    return {script_of(ch) for ch in text if not ch.isspace()}
