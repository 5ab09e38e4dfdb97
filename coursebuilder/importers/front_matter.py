"""Read the YAML front matter of a Markdown lesson with the bundle's safe loader."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..bundle import BundleError
from ..bundle.yamlio import load_yaml
from .report import ImportFailure

KNOWN = ("title", "objectives", "minutes", "notes")


@dataclass
class FrontMatter:
    """Lesson fields given at the top of a Markdown file."""

    title: str = ""
    objectives: list[str] = field(default_factory=list)
    minutes: int = 0
    notes: str = ""
    unknown: list[str] = field(default_factory=list)


def split_front_matter(text: str) -> tuple[str, str, int]:
    """Return (YAML text, body, line the body starts on); YAML is empty if there is none."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return "", text, 1
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 2
    return "", text, 1


def parse_front_matter(yaml_text: str, name: str) -> FrontMatter:
    """Return the lesson fields, or raise ImportFailure naming the file and line."""
    if not yaml_text.strip():
        return FrontMatter()
    try:
        # The leading newline stands for the opening '---', so line numbers match the file.
        data = load_yaml(("\n" + yaml_text).encode("utf-8"), name=name)
    except BundleError as exc:
        raise ImportFailure(f"front matter: {exc.message}", exc.place or name) from None
    if data is None:
        return FrontMatter()
    if not isinstance(data, dict):
        raise ImportFailure("the front matter must be 'key: value' lines", name)
    fm = FrontMatter(unknown=[str(k) for k in data if k not in KNOWN])
    fm.title = _text(data.get("title"), "title", name)
    fm.notes = _text(data.get("notes"), "notes", name)
    objectives = data.get("objectives")
    if isinstance(objectives, list):
        fm.objectives = [_text(o, "objectives", name) for o in objectives if o is not None]
    elif objectives is not None:
        fm.objectives = [_text(objectives, "objectives", name)]
    minutes = data.get("minutes")
    if minutes is not None:
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0:
            raise ImportFailure(f"front matter 'minutes' must be a whole number of minutes, not {minutes!r}", name)
        fm.minutes = minutes
    return fm


def _text(value, key: str, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip()
    raise ImportFailure(f"front matter '{key}' must be text", name)
