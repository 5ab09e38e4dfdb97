"""One page of the phone package for the editor's preview: the package's own page model and templates.

The editor cannot run the page's script or its full style sheet (Qt's text browser reads a subset
of HTML and CSS), so ``page_preview`` renders the item exactly as the package does and then
``for_text_browser`` rewrites only what that subset lacks: form controls become the marks a phone
shows for them (○ ☐ [ ____ ]), players a line, hidden parts and scripts go. The words stay the
package's, so "what the phone shows" is what the preview shows. No Qt here: tests read it directly.
"""

from __future__ import annotations

import dataclasses
import html
import re
from html.parser import HTMLParser
from typing import Callable

from markupsafe import Markup, escape

from ...model import Assessment, Course, ImageBlock, Item, Lesson, MediaItem
from ...resources import resource_dir
from .assets import Assets
from .site import SiteRenderer

#: Where a picture is shown from in the preview: (media, the image block framing it) -> (address, width
#: in pixels), or None while there is none yet (a thumbnail still being made).
PictureAddress = Callable[[MediaItem, "ImageBlock | None"], "tuple[str, int] | None"]

#: Widest picture the preview shows, in pixels: about a phone's width.
PREVIEW_WIDTH = 320


class PreviewAssets(Assets):
    """Pictures from the editor's thumbnails; nothing read, copied or inlined."""

    def __init__(self, address: PictureAddress):
        super().__init__(pictures={}, open_media=_nothing, inline=False)
        self.address = address

    def picture(self, media: MediaItem | None, alt: str, css: str = "", block: ImageBlock | None = None) -> Markup:
        """Return the picture as an ``img`` at most a phone wide, or its words while it has no thumbnail."""
        if media is None:
            return Markup("")
        found = self.address(media, block)
        if found is None:
            return Markup(f'<p class="md-picture">[{escape(alt or media.path.rsplit("/", 1)[-1])}]</p>')
        url, width = found
        # Never blow a small picture up past its own size: it would look broken.
        return Markup(f'<img src="{escape(url)}" alt="{escape(alt or "")}" width="{min(PREVIEW_WIDTH, width or PREVIEW_WIDTH)}">')

    def media_url(self, media: MediaItem) -> str:
        """Return no address: the preview names sounds, videos and documents but never opens them."""
        return ""


def _nothing(path: str) -> bytes:
    return b""


def page_preview(course: Course, item: Item, address: PictureAddress) -> str:
    """Return the package's page of a lesson, quiz or survey, as the text browser shows it."""
    # The other items only lend their titles (the pager, the crumbs): their questions are not worked out.
    outline = dataclasses.replace(course, modules=[
        dataclasses.replace(m, items=[i if i is item else _title_only(i) for i in m.items]) for m in course.modules])
    renderer = SiteRenderer(outline, PreviewAssets(address), single_page=True, inline=True, scorm=False)
    page = next((p for p in renderer.pages if p.item is item), None)
    if page is None:
        return ""
    return for_text_browser(renderer.render_section(page))


def _title_only(item: Item) -> Item:
    if isinstance(item, Lesson):
        return dataclasses.replace(item, blocks=[])
    if isinstance(item, Assessment):
        return dataclasses.replace(item, questions=[])
    return item


def preview_css() -> str:
    """Return the style sheet of the preview: the package's look in the CSS Qt's text browser reads."""
    return (resource_dir("site") / "preview.css").read_text("utf-8")


#: Elements the text browser lays out as blocks; the package's other block elements become ``div``.
_BLOCKS = {"section", "nav", "main", "figure", "details", "header", "footer", "article", "aside", "fieldset"}
#: Elements kept as they are (Qt's rich text subset); attributes other than these go.
_KEPT = {"div", "p", "span", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "strong", "em", "b", "i",
         "s", "u", "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "br", "hr", "small",
         "sub", "sup", "img", "dl", "dt", "dd", "del", "kbd"}
_ATTRIBUTES = {"class", "href", "src", "alt", "width", "height", "lang", "colspan", "rowspan", "align"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
#: Dropped with everything inside them: nothing the text browser could show of them.
_DROPPED = {"script", "style", "template", "noscript", "head", "title"}
#: Picture addresses the preview may load: local files and the editor's in-memory images, never the network.
_LOCAL = re.compile(r"^(file:|data:image/|[\w.-]+$)", re.IGNORECASE)


class _Rewriter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        #: The closing markup of each open element, innermost last.
        self.closing: list[str] = []
        #: Depth inside a dropped element (0: not dropping).
        self.dropping = 0
        #: The option texts of the select being read, or None.
        self.options: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if self.dropping:
            self.dropping += tag not in _VOID
            if tag == "option" and self.options is not None:
                self.options.append("")
            return
        classes = a.get("class", "").split()
        if "hidden" in a or tag in _DROPPED or tag in ("audio", "video", "select", "textarea"):
            if tag not in _VOID:
                self.dropping = 1
            if tag == "select":
                self.options = []
            elif tag in ("audio", "video") and "hidden" not in a:
                self.out.append(f'<p class="player">{"🔊" if tag == "audio" else "🎬"} ▶ ━━━━━━━━━━</p>')
            elif tag == "textarea" and "hidden" not in a:
                self.out.append('<p class="field">[ ______________________ ]</p>')
            return
        if tag == "input":
            kind = a.get("type", "text")
            self.out.append({"radio": "○ ", "checkbox": "☐ "}.get(kind) or
                            ('<span class="field">[ ____ ]</span>' if "blank" in classes
                             else '<span class="field">[ ______________ ]</span>'))
            return
        if tag in ("source", "picture"):
            if tag == "picture":
                self.closing.append("")
            return
        if tag == "img" and not _LOCAL.match(a.get("src", "")):
            self.out.append(f"[{html.escape(a.get('alt', ''))}]")
            return
        if tag == "button":
            self.out.append(f' <span class="{html.escape(" ".join(["button", *classes]))}">[ ')
            self.closing.append(" ]</span>")
            return
        if "pager-title" in classes:
            # Under its link on the phone (display: block).
            self.out.append('<br><span class="pager-title">')
            self.closing.append("</span>")
            return
        if tag == "summary":
            self.out.append('<p class="summary">▸ ')
            self.closing.append("</p>")
            return
        if tag == "label":
            # A choice is a row of its own on the phone; a scale point or a pair's left side sits in its line.
            name = "p" if "choice" in classes else "span"
        elif tag == "figcaption":
            name = "p"
        elif tag in _BLOCKS:
            name = "div"
        elif tag in _KEPT:
            name = tag
        else:
            name = "span"
        kept = "".join(f' {k}="{html.escape(v)}"' for k, v in a.items() if k in _ATTRIBUTES)
        if tag == "a" and "button" in classes:
            # A link drawn as a button is a row of its own on the phone.
            self.out.append(f'<p class="button-row"><a{kept}>')
            self.closing.append("</a></p>")
            return
        self.out.append(f"<{name}{kept}>")
        if tag not in _VOID:
            self.closing.append(f"</{name}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.dropping:
            if tag in _VOID:
                return
            self.dropping -= 1
            if not self.dropping and self.options is not None:
                first = self.options[0].strip() if self.options else ""
                self.out.append(f'<span class="field">[ {html.escape(first)} ▾ ]</span>')
                self.options = None
            return
        if tag in _VOID or tag in ("input", "source"):
            return
        if self.closing:
            self.out.append(self.closing.pop())

    def handle_data(self, data: str) -> None:
        if self.dropping:
            if self.options:
                self.options[-1] += data
            return
        self.out.append(html.escape(data, quote=False))


def for_text_browser(page: str) -> str:
    """Return the package's HTML in the subset Qt's text browser reads, showing what a phone shows."""
    rewriter = _Rewriter()
    rewriter.feed(page)
    rewriter.close()
    return "".join(rewriter.out + rewriter.closing[::-1])
