"""Which BCP 47 language tag a text carries on a page: the one declared, or the one its script says.

A Khmer lesson in an English course is still Khmer: a browser picks fonts (and a screen reader its voice)
by the ``lang`` of the element, so every text is tagged with its own language, not the page's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .scripts import SCRIPT_LANGUAGE, script_of

#: The script each language is written in, by its primary subtag; every other language is Latin-script.
_LANGUAGE_SCRIPT = {"zh": "han", "yue": "han", "ja": "ja", "ko": "ko", "th": "th", "lo": "lo", "km": "km",
                    "ar": "ar", "fa": "ar", "ur": "ar", "ps": "ar"}


def language_script(tag: str) -> str:
    """Return the script a language tag is written in (``latin`` for any language not listed)."""
    return _LANGUAGE_SCRIPT.get(tag.split("-")[0].lower(), "latin")


def text_scripts(text: str) -> Counter[str]:
    """Return how many characters of each script a text has (letters only for Latin; marks count)."""
    counts: Counter[str] = Counter()
    for ch in text:
        script = script_of(ch)
        if script != "latin":
            if not ch.isspace():
                counts[script] += 1
        elif ch.isalpha():
            counts["latin"] += 1
    return counts


def text_language(text: str, declared: str, languages: Iterable[str] = ()) -> str:
    """Return the tag for a text on a page in ``declared``: that language unless the text is in another script.

    Text in the declared language's own script, or with no letters at all, keeps it. Otherwise the
    script with most characters decides, any other script before Latin (a Khmer title with an English
    word is Khmer): Han is the course's Chinese (``languages`` lists the course's tags) or ``zh-Hans``,
    Latin the first Latin-script language of the course or ``en``, the others their own language.
    """
    counts = text_scripts(text)
    if not counts:
        return declared
    own = language_script(declared)
    if counts.get(own) and (own != "latin" or len(counts) == 1):
        return declared
    if own == "ja" and set(counts) <= {"ja", "han", "latin"}:
        return declared  # Japanese is written with Chinese characters too
    others = [(n, s) for s, n in counts.items() if s != "latin"]
    script = max(others)[1] if others else "latin"
    return _language_for(script, declared, list(languages))


def _language_for(script: str, declared: str, languages: list[str]) -> str:
    course = [declared, *languages]
    for tag in course:
        if language_script(tag) == script and (script != "ja" or tag.lower().startswith("ja")):
            return tag
    if script == "han":
        return "zh-Hans"
    if script == "latin":
        return "en"
    return SCRIPT_LANGUAGE[script]


#: Each language's name in itself: what a trainee looks for in a language switch.
_NAMES = {"zh-hans": "简体中文", "zh-hant": "繁體中文", "zh": "中文", "en": "English", "km": "ខ្មែរ", "lo": "ລາວ",
          "th": "ไทย", "vi": "Tiếng Việt", "my": "မြန်မာ", "ms": "Bahasa Melayu", "id": "Bahasa Indonesia",
          "fr": "Français", "es": "Español", "pt": "Português", "ja": "日本語", "ko": "한국어", "ar": "العربية"}


def language_name(tag: str) -> str:
    """Return a language's own name for its tag (``ខ្មែរ`` for ``km``), else the tag itself."""
    low = tag.lower()
    return _NAMES.get(low) or _NAMES.get(low.split("-")[0]) or tag
