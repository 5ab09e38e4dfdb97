"""Export a course as an offline package: a folder, a zip, one HTML file or a SCORM 1.2 zip."""

from __future__ import annotations


import hashlib
import threading
import re
import zipfile
from contextlib import ExitStack
from pathlib import Path

from ...atomic import atomic_replace, remove_stale_temps, scratch_beside
from ..contract import ExportResult, check_output
from ..errors import UsageError, reports_cancel
from ...bundle import BundleError, CourseBundle
from ...model.text_clean import clean_course_text
from ...jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ...media.location import SCRUBBED_TYPES, scrub_location
from ...model import MediaItem, Quiz
from ...model.languages import course_languages, localize
from ...presentation.lang_tags import language_name
from ...presentation.words import phone_words
from .assets import Assets, PackageFile, data_uri
from .fonts import FONT_DIR, LICENCE, FontFile, font_face_css, subset_fonts, texts_of
from .checksums import CHECKSUMS_NAME, CHUNK, checksum_text, single_file_trailer
from .images import picture_uses, start_pictures
from .options import ExportError, OfflineOptions, OutputError
from .report import FontSize, MediaSize, PageSize, SizeReport, check_budget, enforce_budget
from .scorm import write_scorm_files
from .site import SITE_DIR, SiteRenderer

#: Already-compressed files are stored in zips as they are: deflating them again only costs time.
_STORED_SUFFIXES = {".webp", ".jpg", ".jpeg", ".png", ".gif", ".mp3", ".mp4", ".m4a", ".ogg", ".webm", ".zip", ".mov"}


#: What a package export returns: its size report is the report.
OfflineResult = ExportResult[SizeReport]


@reports_cancel
def export_offline(
    bundle: CourseBundle,
    options: OfflineOptions,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> OfflineResult:
    """Write an offline package of the course at ``options.output``, atomically, and return its size report.

    Raises ExportError (BudgetExceeded when over the budget) with a one-line message,
    or ExportCancelled; either way nothing is left at the output.
    """
    out = options.output
    parent = check_output(options)
    languages = package_languages(bundle.course, options.languages)
    warnings: list[str] = []
    courses = []
    for lang in languages:
        # Each language's pages show the course as localize() makes it: every exporter's one way.
        course = localize(bundle.course, lang)
        where = f"{lang}: " if lang != languages[0] else ""
        # Control characters and non-characters pasted from other programs have no place in a page.
        warnings += [f"{where}{place}: {change}" for place, change in clean_course_text(course)]
        media = course.media_by_path()
        for place, path in course.media_references():
            if path not in media:
                warnings.append(f"{where}{place}: {path} is not in the bundle and is left out")
        courses.append(course)
    warnings = list(dict.fromkeys(warnings))
    course = courses[0]

    steps = {"total": 1, "done": 0}
    reporting = threading.Lock()

    def picture_progress(done: int, total: int, message: str = "") -> None:
        # Pictures are nearly all the work; writing and zipping the package is the last step. Pictures are
        # still being made while pages are written: one lock keeps what is reported in order.
        with reporting:
            steps["total"], steps["done"] = total + 1, max(steps["done"], done)
            progress(steps["done"], steps["total"], "making pictures")

    def step_progress(message: str) -> None:
        with reporting:
            progress(steps["done"], steps["total"], message)

    # A picture shown in several languages is made once (shared media are stored once).
    uses = list({(item.path, framing): (item, framing) for c in courses for item, framing in picture_uses(c)}.values())
    # Pages are rendered while the pictures are made; each page waits only for its own pictures.
    pictures = start_pictures(
        bundle, uses, options.image_sizes, options.quality,
        fallback=options.form != "single", progress=picture_progress, cancel=cancel)
    try:
        cancel.check()

        single = options.form == "single"
        assets = Assets(pictures, lambda path: scrub_location(_read_media(bundle, media[path]), media[path].mime),
                        inline=single)
        fonts = subset_fonts(texts_of(courses, [phone_words(lang) for lang in languages]))
        css = font_face_css(fonts, (lambda f: data_uri("font/woff2", f.data)) if single
                            else (lambda f: f.name.removeprefix("assets/")))
        one_page = options.form in ("single", "scorm")
        prefixes = [""] + [f"{lang}-" if one_page else f"{lang}/" for lang in languages[1:]]
        switch = (tuple(zip(languages, map(language_name, languages), prefixes, strict=True))
                  if len(languages) > 1 else ())
        renderers = [SiteRenderer(c, assets, single_page=one_page, inline=single, scorm=options.form == "scorm",
                                  extra_css=css, languages=tuple(languages), prefix=prefix, switch=switch)
                     for c, prefix in zip(courses, prefixes, strict=True)]
        renderer = renderers[0]
        remove_stale_temps(parent, out.name)
    except BaseException:
        pictures.close()
        raise
    try:
        with ExitStack() as stack:
            stack.enter_context(pictures)
            final = stack.enter_context(atomic_replace(out, folder=options.form == "folder"))
            step_progress("writing the package")
            html_sizes: dict[str, int] = {}
            if single:
                html = renderer.render_single(tuple(renderers[1:])).encode("utf-8")
                html += single_file_trailer(html)
                final.write_bytes(html)
                html_sizes.update(_section_sizes(html))
                site = final
            else:
                # A zip is made from a finished folder, written where the zip goes.
                site = final if options.form == "folder" else stack.enter_context(scratch_beside(out))
                _write_site(site, renderers, html_sizes, options, bundle, course, fonts, cancel)
            report = _report(course, renderers, assets, html_sizes, site, single)
            report.fonts = [FontSize(f.family, f.weight, len(f.data) if not single else (len(f.data) + 2) // 3 * 4,
                                     f.characters) for f in fonts]
            if options.form in ("zip", "scorm"):
                step_progress("zipping")
                _zip_folder(site, final, cancel)
            report.total = _size(final)
            titles = {r.key(p): p.title for r in renderers for p in r.pages}
            enforce_budget(check_budget(report, options.budget, titles), options.warn_only, warnings)
            cancel.check()
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from None
    progress(1, 1, "done")
    return OfflineResult(out, report.total, report, warnings)


def package_languages(course, chosen: tuple[str, ...]) -> list[str]:
    """Return the languages a package shows, its root's first: the chosen ones, or all the course has."""
    known = course_languages(course)
    for tag in chosen:
        if tag not in known:
            raise UsageError(f"the course has no language {tag!r}; its languages are {', '.join(known)}")
    return list(chosen) or known


def _write_site(folder: Path, renderers: list[SiteRenderer], html_sizes: dict[str, int], options: OfflineOptions,
                bundle: CourseBundle, course, fonts: list[FontFile], cancel: CancelToken) -> None:
    digests: dict[str, str] = {}

    def put(name: str, data: bytes) -> None:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        digests[name] = hashlib.sha256(data).hexdigest()

    renderer = renderers[0]
    if renderer.single_page:
        html = renderer.render_single(tuple(renderers[1:])).encode("utf-8")
        put("index.html", html)
        html_sizes.update(_section_sizes(html))
    else:
        for r in renderers:
            put(r.shared_js, r.shared_script().encode("utf-8"))
            for page in r.pages:
                cancel.check()
                html = r.render_page(page).encode("utf-8")
                put(f"{r.key(page)}.html", html)
                html_sizes[r.key(page)] = len(html)
    put("assets/site.css", renderer.css.encode("utf-8"))
    for font in fonts:
        put(font.name, font.data)
    if fonts:
        put(f"assets/fonts/{LICENCE}", (FONT_DIR / LICENCE).read_bytes())
    put("assets/site.js", (SITE_DIR / "site.js").read_bytes())
    for name, f in sorted(renderer.assets.files.items()):
        cancel.check()
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        digests[name] = _copy_file(f, target, bundle)
    if options.form == "scorm":
        quizzes = [i for m in course.modules for i in m.items if isinstance(i, Quiz)]
        marks = {q.pass_mark for q in quizzes}
        mastery = marks.pop() if len(marks) == 1 else None
        for name in write_scorm_files(folder, course, sorted(digests), mastery):
            digests[name] = hashlib.sha256((folder / name).read_bytes()).hexdigest()
    (folder / CHECKSUMS_NAME).write_text(checksum_text(digests), "utf-8")


def _copy_file(f: PackageFile, target: Path, bundle: CourseBundle) -> str:
    """Copy one package file into place and return its SHA-256."""
    h = hashlib.sha256()
    if f.path is not None:
        with open(f.path, "rb") as src, open(target, "wb") as dst:
            while chunk := src.read(CHUNK):
                h.update(chunk)
                dst.write(chunk)
        return h.hexdigest()
    item = f.media
    assert item is not None
    if item.mime in SCRUBBED_TYPES:
        # Phones write the place a video or photo was taken into the file: blank it first.
        data = scrub_location(_read_media(bundle, item), item.mime)
        with open(target, "wb") as dst:
            dst.write(data)
        return hashlib.sha256(data).hexdigest()
    try:
        with bundle.media.open(item.path) as src, open(target, "wb") as dst:
            while chunk := src.read(CHUNK):
                h.update(chunk)
                dst.write(chunk)
    except (BundleError, OSError) as exc:
        raise ExportError(f"{item.path} cannot be read: {exc}") from None
    if h.hexdigest() != item.sha256:
        raise ExportError(f"{item.path} does not match its checksum (damaged or changed)")
    return h.hexdigest()


def _read_media(bundle: CourseBundle, item: MediaItem) -> bytes:
    try:
        with bundle.media.open(item.path) as fh:
            data = fh.read()
    except (BundleError, OSError) as exc:
        raise ExportError(f"{item.path} cannot be read: {exc}") from None
    if hashlib.sha256(data).hexdigest() != item.sha256:
        raise ExportError(f"{item.path} does not match its checksum (damaged or changed)")
    return data


def _report(course, renderers: list[SiteRenderer], assets: Assets, html_sizes: dict[str, int], target: Path,
            single: bool) -> SizeReport:
    sizes: dict[str, int] = {}
    for name, f in assets.files.items():
        raw = f.path.stat().st_size if f.path is not None else f.media.size  # type: ignore[union-attr]
        # Inlined files grow by a third as base64 text.
        sizes[name] = (raw + 2) // 3 * 4 if single else raw
    report = SizeReport(original_media=sum(m.size for m in {m.path: m for m in _used_media(course, assets)}.values()))
    for page, key in ((p, r.key(p)) for r in renderers for p in r.pages):
        used = assets.used.get(key, set())
        if single:
            # A file inlined once counts towards the page holding it.
            used = {n for n in used if assets.inlined.get(n, ("", key))[1] == key}
        report.pages.append(PageSize(key, page.title, html_sizes.get(key, 0), sum(sizes[n] for n in used)))
    if single:
        # Inlined media sit inside their page's section: count them once, as media.
        report.pages = [PageSize(p.slug, p.title, max(0, p.html - p.media), p.media) for p in report.pages]
    by_media: dict[str, list[str]] = {}
    for name, path in assets.origin.items():
        by_media.setdefault(path, []).append(name)
    pages_of: dict[str, list[str]] = {}
    for slug, names in assets.used.items():
        for name in names:
            pages_of.setdefault(assets.origin[name], [])
            if slug not in pages_of[assets.origin[name]]:
                pages_of[assets.origin[name]].append(slug)
    by_path = course.media_by_path()
    for path, files in sorted(by_media.items()):
        report.media.append(MediaSize(path, by_path[path].size, sum(sizes[n] for n in files),
                                      tuple(pages_of.get(path, []))))
    counted = sum(p.total for p in report.pages)
    report.shared = max(0, _size(target) - counted)
    return report


def _section_sizes(html: bytes) -> dict[str, int]:
    """Return the bytes of each page's section in a one-page package."""
    marks = [(m.start(), m.group(1).decode("ascii")) for m in re.finditer(rb'<section class="page" id="([\w-]+)"', html)]
    end = html.rfind(b"</main>")
    bounds = [start for start, _ in marks[1:]] + [end if end > 0 else len(html)]
    return {slug: stop - start for (start, slug), stop in zip(marks, bounds, strict=True)}


def _used_media(course, assets: Assets) -> list[MediaItem]:
    by_path = course.media_by_path()
    return [by_path[p] for p in set(assets.origin.values()) if p in by_path]


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def _zip_folder(folder: Path, target: Path, cancel: CancelToken) -> None:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    with zipfile.ZipFile(target, "w") as zf:
        for p in files:
            cancel.check()
            name = p.relative_to(folder).as_posix()
            method = zipfile.ZIP_STORED if p.suffix.lower() in _STORED_SUFFIXES else zipfile.ZIP_DEFLATED
            zf.write(p, name, compress_type=method)
