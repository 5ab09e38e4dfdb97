"""Turn the user guide that ships with the app into local web pages to open in a browser."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

from markdown_it import MarkdownIt

from .appdirs import cache_dir
from .resources import guide_dir

#: Guide languages shipped, by the interface locale's language part.
LANGUAGES = ("en", "zh")

_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 16px/1.55 system-ui, "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
       max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; color: #1d2433; }}
img {{ max-width: 100%; border: 1px solid #ccd; border-radius: 4px; }}
code, kbd {{ background: #f0f2f6; padding: 0 .25em; border-radius: 3px; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #ccd; padding: .25em .5em; }}
h1, h2 {{ line-height: 1.25; }}
</style></head><body>
{body}
</body></html>
"""


def guide_language(interface_language: str) -> str:
    """Return the guide language for an interface locale name such as ``zh_CN``."""
    code = interface_language.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def render_guide(language: str, target: Path | None = None) -> Path:
    """Write the guide in ``language`` as HTML under ``target`` (the cache); return its first page."""
    language = language if language in LANGUAGES else "en"
    source = guide_dir(language)
    if not source.is_dir():
        raise FileNotFoundError(f"the user guide is not installed ({source} is missing)")
    out = (target or cache_dir() / "guide") / language
    out.mkdir(parents=True, exist_ok=True)
    # No raw HTML from the Markdown even though we wrote it: one rule for every page we render.
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    for page in sorted(source.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        first = next((line for line in text.splitlines() if line.startswith("# ")), "# CourseBuilder")
        body = md.render(text).replace('href="./', 'href="').replace(".md\"", ".html\"")
        (out / f"{page.stem}.html").write_text(
            _PAGE.format(lang=language, title=html.escape(first[2:].strip()), body=body), encoding="utf-8"
        )
    images = guide_dir("images")
    if images.is_dir():
        shutil.copytree(images, out.parent / "images", dirs_exist_ok=True)
    return out / "index.html"
