"""Build the package phones are served into a private folder, and index every file it may serve."""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import mimetypes
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..appdirs import cache_dir
from ..bundle import BundleError, CourseBundle, open_bundle
from ..exporters.offline import ExportError, OfflineOptions, export_offline, suggested_name
from ..exporters.offline.checksums import CHECKSUMS_NAME, checksum_text
from ..jobs import NEVER, CancelToken, ProgressCallback, no_progress
from ..model import Course
from ..resources import resource_dir
from .strings import join_lines, phone_strings

#: Files up to this size are served from memory; larger ones (videos) from the snapshot folder.
IN_MEMORY = 1024 * 1024
#: Types worth compressing once when the snapshot is built, rather than on every request.
_COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml")
#: The classroom's own files, added to the package's assets.
CLASSROOM_ASSETS = ("classroom.js", "classroom.css", "wechat-open.svg")
#: Snapshots older than this are left-overs of a crash and are removed when a new one is built.
_STALE_SECONDS = 24 * 3600

_TYPES = {".webp": "image/webp", ".js": "application/javascript", ".svg": "image/svg+xml",
          ".sha256": "text/plain", ".m4a": "audio/mp4", ".mp3": "audio/mpeg", ".mp4": "video/mp4",
          ".webm": "video/webm", ".ogg": "audio/ogg", ".html": "text/html", ".css": "text/css",
          ".json": "application/json", ".txt": "text/plain", ".pdf": "application/pdf"}


class SnapshotError(Exception):
    """The package could not be built for the classroom (one line, for the lecturer)."""


@dataclass
class ServedFile:
    """One file phones may fetch: its bytes or its place in the snapshot, its type and its ETag."""

    url: str
    path: Path
    mime: str
    size: int
    etag: str
    body: bytes | None = None
    gzipped: bytes | None = None
    download_name: str | None = None
    #: The file's own Content-Security-Policy when it differs from the site's (the one-file package).
    csp: str | None = None


@dataclass
class Snapshot:
    """A private copy of the package, built for one classroom run, with every URL it answers."""

    folder: Path
    course: Course
    csp: str
    files: dict[str, ServedFile] = field(default_factory=dict)

    def lookup(self, url_path: str) -> ServedFile | None:
        """Return the file for a checked URL path (``/`` is the home page), or None."""
        if url_path == "/":
            url_path = "/index.html"
        return self.files.get(url_path)

    def remove(self) -> None:
        """Delete the snapshot folder."""
        shutil.rmtree(self.folder, ignore_errors=True)


def snapshot_root() -> Path:
    """Return the folder under the app's cache that holds classroom snapshots."""
    return cache_dir() / "classroom"


def build_snapshot(bundle: CourseBundle | Path, *, progress: ProgressCallback = no_progress,
                   cancel: CancelToken = NEVER) -> Snapshot:
    """Export the course into a new private folder and index what phones may fetch from it.

    Raises SnapshotError with a one-line message when the course cannot be exported.
    """
    if not isinstance(bundle, CourseBundle):
        try:
            bundle = open_bundle(Path(bundle))
        except BundleError as exc:
            raise SnapshotError(str(exc)) from None
    root = snapshot_root()
    try:
        root.mkdir(parents=True, exist_ok=True)
        _remove_stale(root)
        # mkdtemp makes the folder readable by this user only.
        folder = Path(tempfile.mkdtemp(prefix="snapshot-", dir=root))
    except OSError as exc:
        raise SnapshotError(f"cannot write in {root}: {exc.strerror or exc}") from None
    course = bundle.course
    try:
        site = folder / "site"
        single = folder / "course.html"

        def half(offset: int):
            return lambda done, total, message="": progress(offset * total + done, 2 * max(total, 1), message)

        export_offline(bundle, OfflineOptions(output=site, form="folder"), half(0), cancel)
        export_offline(bundle, OfflineOptions(output=single, form="single"), half(1), cancel)
        csp = _classroom_site(site, course)
        snap = Snapshot(folder, course, csp)
        _index(snap, site, single, suggested_name(course.title, "single"))
    except ExportError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise SnapshotError(str(exc)) from None
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise SnapshotError(f"cannot build the classroom copy: {exc.strerror or exc}") from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return snap


def _remove_stale(root: Path) -> None:
    now = time.time()
    for old in root.glob("snapshot-*"):
        try:
            if now - old.stat().st_mtime > _STALE_SECONDS:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass


_CSP_META = re.compile(r'(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(">)')


def classroom_csp(package_csp: str) -> str:
    """Return the package's policy with one change: pages may send results back to where they came from."""
    return re.sub(r"connect-src [^;]*", "connect-src 'self'", package_csp)


def _classroom_site(site: Path, course: Course) -> str:
    """Add the outbox script, its styles and the join box to the exported pages; return the served CSP."""
    csp = ""
    # A course in several languages has each other language's pages in a folder (km/lesson-01.html).
    for page in sorted(site.rglob("*.html")):
        text = page.read_text("utf-8")
        found = re.search(r'<html lang="([^"]+)"', text)
        language = found.group(1) if found else course.language
        base = "../" * (len(page.relative_to(site).parts) - 1)
        data = json.dumps({"course": course.id, "strings": phone_strings(language), "language": language},
                          ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        tail = (f'<script type="application/json" id="cb-classroom-data">{data}</script>\n'
                f'<script src="{base}assets/classroom.js"></script>\n</body>')
        head = f'<link rel="stylesheet" href="{base}assets/classroom.css">\n</head>'
        m = _CSP_META.search(text)
        if not m:
            raise SnapshotError(f"{page.name} of the package has no Content-Security-Policy")
        csp = classroom_csp(html.unescape(m.group(2)))
        # The lambda runs at once, within this iteration: the loop variable cannot have moved on.
        text = _CSP_META.sub(lambda m: m.group(1) + html.escape(csp, quote=True) + m.group(3), text, count=1)  # noqa: B023
        text = _replace_last(text, "</body>", tail)
        text = text.replace("</head>", head, 1)
        if page.name == "index.html":
            text = re.sub(r"(<main\b[^>]*>)", lambda m: m.group(1) + _join_box(course), text, count=1)
        page.write_text(text, "utf-8")
    assets = resource_dir("site")
    for name in CLASSROOM_ASSETS:
        shutil.copyfile(assets / name, site / "assets" / name)
    # The served copy differs from the exported one: keep its checksum list true.
    digests = {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
               for p in site.rglob("*") if p.is_file() and p.name != CHECKSUMS_NAME}
    (site / CHECKSUMS_NAME).write_text(checksum_text(digests), "utf-8")
    return csp


def _replace_last(text: str, old: str, new: str) -> str:
    i = text.rfind(old)
    return text if i < 0 else text[:i] + new + text[i + len(old):]


def _join_box(course: Course) -> str:
    """Return the home page's box: the join instructions, the download link and the trainee's name."""
    s = phone_strings(course.language)
    parts = ['\n<section class="cb-join" aria-labelledby="cb-join-title">',
             f'<h2 id="cb-join-title">{html.escape(s["join_title"])}</h2>']
    for lang, lines in join_lines(course.language):
        parts.append(f'<ol class="cb-join-steps" lang="{lang}">')
        parts.extend(f"<li>{html.escape(line)}</li>" for line in lines)
        parts.append("</ol>")
    parts.append(f'<p><a class="button" id="cb-download" href="course.html" download>{html.escape(s["download"])}</a> '
                 f'<span class="cb-note">{html.escape(s["download_note"])}</span></p>')
    parts.append(f'<p class="cb-trainee"><label for="cb-trainee">{html.escape(s["trainee"])}</label>'
                 '<input id="cb-trainee" type="text" maxlength="80" autocomplete="name"></p>')
    parts.append("</section>\n")
    return "\n".join(parts)


def _mime(path: Path) -> str:
    return _TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _index(snap: Snapshot, site: Path, single: Path, download_name: str) -> None:
    for p in sorted(site.rglob("*")):
        if p.is_file() and not p.is_symlink():
            url = "/" + p.relative_to(site).as_posix()
            snap.files[url] = _served(url, p)
    snap.files["/course.html"] = _served("/course.html", single, download_name)
    # The one-file package allows only its own inline script and styles, by hash: keep its policy.
    with open(single, "rb") as fh:
        m = _CSP_META.search(fh.read(65536).decode("utf-8", "replace"))
    if m is None:
        raise SnapshotError("the one-file package has no Content-Security-Policy")
    snap.files["/course.html"].csp = html.unescape(m.group(2))


def _served(url: str, path: Path, download_name: str | None = None) -> ServedFile:
    size = path.stat().st_size
    mime = _mime(path)
    h = hashlib.sha256()
    body = None
    if size <= IN_MEMORY:
        body = path.read_bytes()
        h.update(body)
    else:
        with open(path, "rb") as fh:
            while chunk := fh.read(IN_MEMORY):
                h.update(chunk)
    gz = None
    if body is not None and mime.startswith(_COMPRESSIBLE) and size > 512:
        packed = gzip.compress(body, 6, mtime=0)
        gz = packed if len(packed) < size * 0.9 else None
    return ServedFile(url, path, mime, size, f'"{h.hexdigest()[:32]}"', body, gz, download_name)
