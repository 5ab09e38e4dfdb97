"""Build the pages of the package from the Jinja2 templates in ``resources/site``."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.bccache import Bucket
from markupsafe import Markup, escape

from ... import __version__
from ...model import Assessment, Course, ExerciseBlock, ImageBlock, Item, Lesson, MediaBlock, MediaItem, Module, Quiz, Survey
from .assets import Assets
from ...presentation.lang_tags import text_language
from ...presentation.markdown import inline_html, to_html
from .questions import question_key, question_view
from .sealed import package_salt, seal_key
from ...presentation.words import counted, phone_words
from ...resources import resource_dir

SITE_DIR = resource_dir("site")


class _CompiledTemplates(BytecodeCache):
    """Compiled templates kept for the life of the process, keyed by name and source checksum.

    Every renderer has its own environment (its globals are its own), and compiling the templates
    took most of the time of rendering one page for the editor's preview.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if (code := self._code.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()


@dataclass
class Page:
    """One page of the package: the home page, a lesson, a quiz or a survey."""

    slug: str
    kind: str
    title: str
    item: Item | None = None
    module: Module | None = None
    number: int = 0
    prev: "Page | None" = None
    next: "Page | None" = None
    questions: list[dict] = field(default_factory=list)
    #: A lesson's blocks, each with the question views of an exercise block (empty for others).
    blocks: list[tuple[Any, list[dict]]] = field(default_factory=list)
    #: The link to this page from any page of the package.
    href: str = ""
    #: What the page shows of each media block (by block id; "cover" for the home page's cover):
    #: a picture's HTML, or the ``src``/``href`` attribute of a sound, video or file.
    shown: dict[str, Markup | str] = field(default_factory=dict)
    #: The answer key of each question on the page, by its key.
    keys: dict[str, dict] = field(default_factory=dict)


def plan_pages(course: Course) -> list[Page]:
    """Return the home page followed by one page per lesson, quiz and survey, in course order."""
    pages = [Page("index", "home", course.title)]
    n = 0
    for module in course.modules:
        for item in module.items:
            n += 1
            pages.append(Page(f"{item.type}-{n:02d}", item.type, item.title, item, module, n))
    items = pages[1:]
    for a, b in zip(items, items[1:], strict=False):
        a.next, b.prev = b, a
    return pages


class SiteRenderer:
    """Render pages for one package form: separate pages, or one page holding them all."""

    def __init__(self, course: Course, assets: Assets, *, single_page: bool, inline: bool, scorm: bool,
                 languages: tuple[str, ...] = (), extra_css: str = "", prefix: str = "",
                 switch: tuple[tuple[str, str, str], ...] = ()):
        self.course = course
        #: Where this language's pages are: "" at the package's root, else a folder ("km/") or, in a
        #: one-page package, the start of its sections' ids ("km-").
        self.prefix = prefix
        #: The address of the package's root from these pages.
        self.base = "../" if prefix.endswith("/") else ""
        #: Each language of the package as (tag, name, prefix), for the switch on every page (empty: one language).
        self.switch = switch
        #: In a package of pages, the script every page of this language loads with its words and items
        #: (the same on every page: written once, not into each page).
        self.shared_js = "" if single_page else f"assets/course-{course.language}.js"
        #: Every language of the course (the page's own first): what a text in another script is tagged as.
        self.languages = languages or (course.language,)
        self.assets = assets
        self.single_page = single_page
        self.inline = inline
        self.scorm = scorm
        self.strings = phone_words(course.language)
        self.pages = plan_pages(course)
        self.env = Environment(
            loader=FileSystemLoader(SITE_DIR),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            bytecode_cache=_COMPILED,
        )
        self.env.filters["md"] = to_html
        self.env.filters["mdi"] = inline_html
        self.env.filters["num"] = lambda x: f"{x:g}"
        self.env.filters["counted"] = lambda n, key: counted(course.language, key, n)
        self.env.globals.update(lang=self.lang, key=self.key, switch_links=self.switch_links)
        # The package's style sheet: the shipped one, then the @font-face rules of its fonts.
        self.css = (SITE_DIR / "site.css").read_text("utf-8") + extra_css
        self.js = (SITE_DIR / "site.js").read_text("utf-8")
        self._dom = 0
        self.salt = package_salt(course)
        # The page model is complete before any template runs: templates only read it, so what a page
        # shows (and which files it uses, for the size report) never depends on rendering.
        media = course.media_by_path()
        for page in self.pages:
            page.href = f"#{self.key(page)}" if single_page else f"{page.slug}.html"
            assets.page, assets.base = self.key(page), self.base
            if page.kind == "home" and course.cover and course.cover in media:
                page.shown["cover"] = assets.picture(media[course.cover], "", "cover-img")
            if isinstance(page.item, Assessment):
                page.questions = [self._question(page, page.item, q) for q in page.item.questions]
            elif isinstance(page.item, Lesson):
                page.blocks = [(b, [self._question(page, b, q) for q in b.questions] if isinstance(b, ExerciseBlock) else [])
                               for b in page.item.blocks]
                for block in page.item.blocks:
                    shown = _shown(block, media, assets)
                    if shown is not None:
                        page.shown[block.id] = shown
        assets.page, assets.base = "", ""

    def key(self, page: Page) -> str:
        """Return the name a page goes by in the size report and, in a one-page package, its section id."""
        return f"{self.prefix}{page.slug}"

    def switch_links(self, page: Page) -> list[tuple[str, str, str]]:
        """Return (tag, name, link) to the same page in each language of the package."""
        if self.single_page:
            return [(tag, name, f"#{prefix}{page.slug}") for tag, name, prefix in self.switch]
        return [(tag, name, f"{self.base}{prefix}{page.slug}.html") for tag, name, prefix in self.switch]

    def lang(self, *texts: str) -> Markup:
        """Return ``lang="…"`` for an element showing these texts when their language is not the page's."""
        tag = text_language(" ".join(t for t in texts if t), self.course.language, self.languages)
        return Markup("") if tag == self.course.language else Markup(f' lang="{escape(tag)}"')

    def _question(self, page: Page, owner, q) -> dict:
        self._dom += 1
        key = f"{owner.id}/{q.id}"
        plain = question_key(q, self.strings)
        # A quiz's key holds hashes, not answers (an exercise shows its answer at once anyway).
        page.keys[key] = seal_key(q, key, plain, self.salt) if isinstance(owner, Quiz) else plain
        view = question_view(q, key, f"q{self._dom}", self.strings)
        # The question is tagged as a whole (its feedback is written in by the script); the page's own
        # words inside it (Check, points) are tagged back with the page's language.
        view["lang"] = self.lang(*_texts(q))
        view["ui"] = Markup(f' lang="{escape(self.course.language)}"') if view["lang"] else Markup("")
        return view

    def _items_data(self) -> list[dict[str, Any]]:
        out = []
        for page in self.pages[1:]:
            assert page.item is not None, "every page after the start page shows an item"
            entry: dict[str, Any] = {"id": page.item.id, "kind": page.kind, "href": page.href, "slug": page.slug,
                     "title": page.title}
            if isinstance(page.item, Quiz):
                entry.update(pass_mark=page.item.pass_mark, attempts=page.item.attempts,
                             shuffle=page.item.shuffle,
                             total=sum(q.points for q in page.item.questions if q.gradable))
            out.append(entry)
        return out

    def _variant(self, keys: dict[str, dict]) -> dict[str, Any]:
        """Return what the page script needs in this language: title, words, items and answer keys."""
        return {"title": self.course.title, "strings": self.strings, "items": self._items_data(), "questions": keys}

    def _data(self, keys: dict[str, dict], variants: dict[str, dict] | None = None) -> Markup:
        data: dict[str, Any] = {
            "course": {"id": self.course.id, "version": self.course.version, "title": self.course.title},
            "lang": self.course.language,
            "single": self.single_page,
            "scorm": self.scorm,
            "salt": self.salt,
            "questions": keys,
        }
        if not self.shared_js:
            data.update(strings=self.strings, items=self._items_data())
        if variants:
            # A one-page package in several languages: the script switches to a section's language.
            data["variants"] = variants
        return Markup(_json(data))

    def shared_script(self) -> str:
        """Return the script with this language's words and items that every page of a package of pages loads."""
        return f"window.CB_COURSE = {_json({'strings': self.strings, 'items': self._items_data()})};\n"

    def _csp(self) -> str:
        if self.inline:
            scripts = f"'{_hash(self.js)}'"
            styles = f"'{_hash(self.css)}'"
            local = "data: blob:"
        else:
            # 'self' covers a web server; "file:" is spelled out for browsers that give files no origin.
            scripts = styles = "'self' file:"
            local = "'self' file: data: blob:"
        return (f"default-src 'none'; script-src {scripts}; style-src {styles}; img-src {local}; "
                f"media-src {local}; font-src {local}; connect-src 'none'; frame-src 'none'; "
                f"object-src 'none'; base-uri 'none'; form-action 'none'")

    def _context(self, **extra) -> dict[str, Any]:
        return {
            "course": self.course,
            "s": self.strings,
            "pages": self.pages,
            "home": self.pages[0],
            "base": self.base,
            "shared_js": self.shared_js,
            "switch": bool(self.switch),
            "inline": self.inline,
            "single": self.single_page,
            # Only quotes in it, no markup: written as it is (escaping them cost 100 bytes a page).
            "csp": Markup(self._csp()),
            "css": Markup(self.css),
            "js": Markup(self.js),
            "generator": f"CourseBuilder {__version__}",
            "media": self.course.media_by_path(),
            "Lesson": Lesson,
            "Quiz": Quiz,
            "Survey": Survey,
            **extra,
        }

    def render_page(self, page: Page) -> str:
        """Return the HTML of one page of a multi-page package."""
        body = self.env.get_template(f"{page.kind if page.kind == 'home' else 'item'}.html")
        html = _compact(body.render(self._context(page=page)))
        return html.replace("<!--cb-data-->", str(self._data(page.keys)), 1)

    def render_section(self, page: Page) -> str:
        """Return one page as a section of a one-page package (the editor's preview shows one alone)."""
        return self.env.get_template("section.html").render(self._context(page=page))

    def render_single(self, others: tuple["SiteRenderer", ...] = ()) -> str:
        """Return the HTML of a one-page package holding every page, and those of ``others`` (other languages)."""
        sections = [Markup(r.render_section(page)) for r in (self, *others) for page in r.pages]
        keys = {key: value for page in self.pages for key, value in page.keys.items()}
        variants = {r.course.language: r._variant({k: v for page in r.pages for k, v in page.keys.items()})
                    for r in others}
        template = self.env.get_template("single.html")
        html = _compact(template.render(self._context(page=self.pages[0], sections=sections)))
        return html.replace("<!--cb-data-->", str(self._data(keys, variants)), 1)


def _shown(block: Any, media: dict[str, MediaItem], assets: Assets) -> Markup | str | None:
    """Return what a media block shows: a picture's HTML or a file's address (None for other blocks)."""
    if isinstance(block, ImageBlock):
        return assets.picture(media.get(block.media), block.alt, block=block)
    if isinstance(block, MediaBlock) and block.media in media:
        return assets.media_attr("href" if block.type == "file" else "src", media[block.media])
    return None


_INDENT = re.compile(r"\n[ \t]+(?=<)|(?<=>)[ \t]{2,}(?=<)")


def _compact(html: str) -> str:
    """Return a page without the templates' indentation between tags (the same page, smaller).

    Only runs of spaces before a tag go: in running text a newline stays a space, and text inside
    ``pre`` never starts a line with a tag (markdown-it escapes code).
    """
    return _INDENT.sub(lambda m: "\n" if m.group(0).startswith("\n") else " ", html)


def _json(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # "</script>" inside a string must not end the script element.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _texts(obj) -> list[str]:
    """Return every text of a question (prompt, choices, pairs, feedback, hints), not its ids."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, (list, tuple)):
        return [t for x in obj for t in _texts(x)]
    if is_dataclass(obj):
        return [t for f in fields(obj) if f.name not in ("id", "type", "media", "extra")
                for t in _texts(getattr(obj, f.name))]
    return []


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
