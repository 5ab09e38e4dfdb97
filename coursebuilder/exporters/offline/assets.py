"""Place the package's files and write the HTML that points at them, as links or inlined."""

from __future__ import annotations

import base64
import posixpath
import re
from urllib.parse import quote
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from markupsafe import Markup, escape

from ...media.derive import NO_FRAMING, Framing
from ...media.sniff import ACTIVE_TYPES
from ...model import ImageBlock, MediaItem
from .images import PackagePictures, Picture, Variant

#: Layout width of lesson pictures: the whole phone screen, or the text column on wider screens.
SIZES = "(min-width: 52rem) 48rem, 100vw"
#: Widest screen (CSS px) counted as a phone, whose pictures come in the phone size.
PHONE_WIDTH = 640
#: Highest device pixel ratio a phone has; its screen still gets the phone-size picture.
PHONE_DPR = 3


def picture_sizes(smallest: int) -> str:
    """Return the ``sizes`` attribute that makes a phone at any pixel ratio up to 3 fetch the phone-size picture.

    A browser multiplies the slot width by the screen's pixel ratio; a 360 px phone at ratio 3 asks
    for 1080 px and would fetch the laptop size. Saying the slot is ``smallest / 3`` px wide on phone
    screens keeps it at the phone size; the picture is still shown across the screen by the CSS.
    """
    return f"(max-width: {PHONE_WIDTH}px) {max(1, smallest // PHONE_DPR)}px, {SIZES}"


@dataclass
class PackageFile:
    """A file of the package: where its bytes come from."""

    name: str
    path: Path | None = None
    data: bytes | None = None
    #: For bundle media: opens the original, and the checksum it must match.
    media: MediaItem | None = None


@dataclass
class Assets:
    """Every file the pages use, and which page uses which (for the size report)."""

    pictures: PackagePictures | dict[tuple[str, Framing], Picture]
    open_media: Callable[[str], bytes]
    inline: bool
    files: dict[str, PackageFile] = field(default_factory=dict)
    used: dict[str, set[str]] = field(default_factory=dict)
    #: Media path of each package file, to report sizes per media item.
    origin: dict[str, str] = field(default_factory=dict)
    page: str = ""
    #: The address of the package's root from the page being written ("../" from a language's folder).
    base: str = ""
    #: Inlined files by name: the short name later uses of the same file go by (``data-file``), and
    #: the page whose HTML holds the file.
    inlined: dict[str, tuple[str, str]] = field(default_factory=dict)

    def _use(self, f: PackageFile, media_path: str) -> None:
        self.files.setdefault(f.name, f)
        self.used.setdefault(self.page, set()).add(f.name)
        self.origin[f.name] = media_path

    def _src(self, v: Variant, media_path: str) -> str:
        self._use(PackageFile(v.name, path=v.source), media_path)
        return self.base + quote(v.name)

    def _inlined(self, attr: str, name: str, mime: str, read: Callable[[], bytes]) -> Markup:
        """Return `` src="data:…"`` for the first use of a file in a one-file package, later only its ``data-file``.

        The page script gives the later uses the first one's address, so a picture shown on every
        language's page (or twice on one) is in the file once.
        """
        if name in self.inlined:
            return Markup(f' data-file="{self.inlined[name][0]}"')
        ref = f"f{len(self.inlined) + 1}"
        self.inlined[name] = (ref, self.page)
        return Markup(f' {attr}="{data_uri(mime, read())}" data-file="{ref}"')

    def picture(self, media: MediaItem | None, alt: str, css: str = "", block: ImageBlock | None = None) -> Markup:
        """Return a responsive picture (turned and cropped as ``block`` says): WebP in every size, a fallback."""
        if media is None:
            return Markup("")
        cls = f' class="{escape(css)}"' if css else ""
        alt_attr = escape(alt or "")
        pic = self.pictures.get((media.path, Framing.of(block) if block is not None else NO_FRAMING))
        if pic is None:
            # Not re-encoded (an animated GIF, for example): shown as it is.
            size = f' width="{media.width}" height="{media.height}"' if media.width else ""
            return Markup(f'<img{cls}{self.media_attr("src", media)} alt="{alt_attr}"{size} loading="lazy" '
                          f'decoding="async">')
        if self.inline:
            v = pic.smallest
            self._use(PackageFile(v.name, path=v.source), media.path)
            src = self._inlined("src", v.name, v.mime, v.source.read_bytes)
            return Markup(f'<img{cls}{src} alt="{alt_attr}" width="{v.width}" height="{v.height}" decoding="async">')
        largest = pic.webp[-1]
        srcset = ", ".join(f"{self._src(v, media.path)} {v.width}w" for v in pic.webp)
        fallback = pic.fallback or pic.webp[0]
        return Markup(
            f'<picture><source type="image/webp" srcset="{srcset}" sizes="{picture_sizes(pic.webp[0].width)}">'
            f'<img{cls} src="{self._src(fallback, media.path)}" alt="{alt_attr}" width="{largest.width}" '
            f'height="{largest.height}" loading="lazy" decoding="async"></picture>'
        )

    def media_attr(self, attr: str, media: MediaItem) -> Markup:
        """Return `` src="…"`` (or ``href``) pointing at a media file copied as it is (sound, video, documents)."""
        if self.inline:
            name = self._media_name(media)
            self._use(PackageFile(name, media=media), media.path)
            return self._inlined(attr, name, media.mime, lambda: self.open_media(media.path))
        return Markup(f' {attr}="{escape(self.media_url(media))}"')

    def _media_name(self, media: MediaItem) -> str:
        name = f"media/{posixpath.basename(media.path)}"
        if media.mime in ACTIVE_TYPES or _ACTIVE_SUFFIX.search(name):
            # Opened from the package a web page or SVG would run its scripts with the package's
            # (or the learning platform's) address: ship it as plain text, offered for download.
            name = f"{posixpath.splitext(name)[0]}.txt"
        return name

    def media_url(self, media: MediaItem) -> str:
        """Return the address of a media file copied as it is, in a package of separate files."""
        name = self._media_name(media)
        self._use(PackageFile(name, media=media), media.path)
        # "#", "%", "," and spaces are legal in a file name but not as they are in an address.
        return self.base + quote(name)


_ACTIVE_SUFFIX = re.compile(r"\.(html?|xhtml|svgz?|xml|xht|mht(ml)?|shtml?)$", re.IGNORECASE)


def data_uri(mime: str, data: bytes) -> str:
    """Return a file as a ``data:`` address (active types as plain text)."""
    if mime in ACTIVE_TYPES:
        mime = "text/plain"
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
