"""The editor's own settings (recent bundles), kept as JSON in the data folder."""

from __future__ import annotations

import json
from pathlib import Path

from .. import appdirs

MAX_RECENT = 10


def _file() -> Path:
    return appdirs.data_dir() / "editor-settings.json"


def load() -> dict:
    """Return the settings, or defaults if the file is missing or damaged."""
    try:
        data = json.loads(_file().read_text("utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def save(data: dict) -> None:
    """Write the settings; a read-only data folder only loses the recent list."""
    try:
        _file().parent.mkdir(parents=True, exist_ok=True)
        _file().write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    except OSError:
        pass


def recent_bundles() -> list[Path]:
    """Return recently opened bundles that still exist, newest first."""
    return [Path(p) for p in load().get("recent", []) if isinstance(p, str) and Path(p).exists()]


def add_recent(path: Path) -> None:
    """Put ``path`` at the top of the recent list."""
    data = load()
    path_s = str(Path(path).resolve())
    recent = [p for p in data.get("recent", []) if p != path_s]
    data["recent"] = [path_s, *recent][:MAX_RECENT]
    save(data)
