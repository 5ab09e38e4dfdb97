"""The classroom server, started for real on 127.0.0.1: pages, pictures, submissions and hostile requests."""

from __future__ import annotations

import gzip
import re
import socket
import threading
import time
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest
from factories import make_bundle
from classroom.classroom_support import get_path, post_json, quiz_submission, raw_request, request, served, survey_submission

from coursebuilder.classroom import Limits
from coursebuilder.model import FileBlock
from coursebuilder.classroom.network import can_bind


def _bundle_with_a_chinese_file_name():
    bundle = make_bundle()
    course = bundle.course
    sheet = bundle.media.add_bytes(course, "价格\n".encode(), "价格 表#1.txt")
    next(course.lessons()).blocks.append(FileBlock(id="price-sheet", media=sheet.path, title="价格表"))
    return bundle


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    with served(tmp_path_factory.mktemp("room"), Limits(header_seconds=1.5, keepalive_seconds=1.0),
                bundle=_bundle_with_a_chinese_file_name()) as s:
        yield s


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key):
                self.links.add(a[key])
        for part in (a.get("srcset") or "").split(","):
            if part.strip():
                self.links.add(part.split()[0])


def test_every_page_and_picture_is_served(room):
    server, _, snap = room
    pages = [u for u in snap.files if u.endswith(".html") and u != "/course.html"]
    assert "/index.html" in pages and len(pages) >= 5
    fetched = set()
    for page in pages:
        status, headers, body = request(server.port, "GET", page)
        assert status == 200, page
        assert "connect-src 'self'" in headers["Content-Security-Policy"]
        assert headers["ETag"] and headers["X-Content-Type-Options"] == "nosniff"
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        for link in parser.links:
            if re.match(r"^(https?:|mailto:|data:|#)", link):
                continue
            target = "/" + link.split("#")[0]
            if target in fetched or target == "/":
                continue
            st, h, data = request(server.port, "GET", target)
            assert st == 200, f"{page} links to {link}: {st}"
            assert len(data) == snap.files[unquote(target)].size
            fetched.add(unquote(target))
    assert any(u.startswith("/images/") for u in fetched), "no picture was linked"
    assert "/assets/classroom.js" in fetched and "/course.html" in fetched
    assert any("价格" in u for u in fetched), "the file with a Chinese name was not linked"


def test_home_page_is_the_root_and_carries_the_join_box(room):
    server, _, _ = room
    status, headers, body = request(server.port, "GET", "/")
    text = body.decode("utf-8")
    assert status == 200 and headers["Cache-Control"] == "no-cache"
    assert "关闭手机的移动数据" in text and "Turn mobile data off." in text
    assert 'href="course.html" download' in text


def test_static_files_have_etags_and_compression(room):
    server, _, _ = room
    status, headers, body = request(server.port, "GET", "/assets/site.js", headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers.get("Content-Encoding") == "gzip"
    assert b"coursebuilder:result" in gzip.decompress(body)
    status, h2, body = request(server.port, "GET", "/assets/site.js", headers={"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""
    status, h3, body = request(server.port, "GET", "/course.html")
    assert status == 200 and h3["Content-Disposition"].startswith("attachment;")
    # The one-file package keeps its own policy (inline code allowed by hash), or it would not run.
    assert "'sha256-" in h3["Content-Security-Policy"] and b"<script>" in body
    status, h4, body = request(server.port, "HEAD", "/index.html")
    assert status == 200 and body == b""


def test_unknown_paths_listings_and_other_methods_are_refused(room):
    server, _, _ = room
    assert request(server.port, "GET", "/nothing.html")[0] == 404
    assert request(server.port, "GET", "/assets/")[0] == 404
    assert request(server.port, "GET", "/images")[0] == 404
    assert request(server.port, "PUT", "/index.html", b"x")[0] == 405
    assert request(server.port, "DELETE", "/api/submissions")[0] == 405
    assert request(server.port, "GET", "/api/submissions")[0] == 405


@pytest.mark.parametrize("path", [
    "/../etc/passwd", "/assets/../../course.yaml", "/%2e%2e/etc/passwd", "/%2E%2E%2Fcourse.yaml",
    "/assets/..%2fsite.js", "/assets%5csite.js", "/assets\\site.js", "/C:/Windows/win.ini", "/c:%5cboot.ini",
    "//host/share/file.txt", "/%5c%5chost%5cshare", "/./index.html", "/index.html%00.js", "/%2F%2Fhost/share",
    "/c%3a/boot.ini", "/a%zz", "/%e6.txt", "/%2e/index.html",
])
def test_traversal_attempts_are_refused_before_any_lookup(room, path):
    server, _, _ = room
    assert get_path(server.port, path) == 400


def test_submissions_are_stored_exactly_once(room):
    server, store, snap = room
    course = snap.course
    before = store.count()
    quiz = quiz_submission(course, 90, trainee="No. 17")
    assert post_json(server.port, quiz)[0] == 201
    assert post_json(server.port, quiz) == (200, {"stored": quiz["id"], "duplicate": True})
    # The same answers with the keys in another order are the same body.
    assert post_json(server.port, dict(reversed(list(quiz.items()))))[0] == 200
    changed = dict(quiz, score=dict(quiz["score"], percent=10, passed=False))
    status, answer = post_json(server.port, changed)
    assert status == 409 and answer["id"] == quiz["id"]
    survey = survey_submission(course)
    assert post_json(server.port, survey)[0] == 201
    stored = {s.id: s for s in store.submissions(server.session.id)}
    assert store.count() == before + 2
    assert stored[quiz["id"]].body == quiz and stored[quiz["id"]].trainee == "No. 17"
    assert stored[survey["id"]].kind == "survey"


def test_bad_submissions_get_the_right_4xx_and_are_not_stored(room):
    server, store, snap = room
    before = store.count()
    good = quiz_submission(snap.course)
    port = server.port
    assert request(port, "POST", "/api/submissions", b"{not json", {"Content-Type": "application/json"})[0] == 400
    assert request(port, "POST", "/api/submissions", b"\xff\xfe", {"Content-Type": "application/json"})[0] == 400
    assert request(port, "POST", "/api/submissions", b"id=1", {"Content-Type": "text/plain"})[0] == 415
    big = b'{"id": "' + b"a" * (70 * 1024) + b'"}'
    assert request(port, "POST", "/api/submissions", big, {"Content-Type": "application/json"})[0] == 413
    # A body over the cap sent without a length (chunked) is cut off as well.
    chunked = (b"POST /api/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + b"%x\r\n" % len(big) + big + b"\r\n0\r\n\r\n")
    assert raw_request(port, chunked)[0] == 413
    for bad in ([1, 2], dict(good, id="x"), dict(good, item="nope"), dict(good, kind="survey"),
                dict(good, answers={"not-a-question": 1}), dict(good, extra=1), dict(good, trainee="n" * 200),
                dict(good, score={"points": "lots"}), dict(good, answers={next(iter(good["answers"])): {"a": 1}})):
        status, answer = post_json(port, bad)
        assert status in (400, 422) and answer["error"], bad
    assert store.count() == before


def test_oversized_headers_are_refused(room):
    server, _, _ = room
    status, _ = raw_request(server.port, b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n")
    assert status in (400, 431)
    many = b"".join(b"X-%d: 1\r\n" % n for n in range(200))
    assert raw_request(server.port, b"GET / HTTP/1.1\r\nHost: x\r\n" + many + b"\r\n")[0] in (400, 431)


def test_a_held_open_slow_connection_is_closed_and_others_are_served(room):
    server, _, _ = room
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        start = time.monotonic()
        # While it dawdles, other phones are served.
        assert request(server.port, "GET", "/index.html")[0] == 200
        for _ in range(3):
            time.sleep(0.3)
            try:
                s.sendall(b"X-Slow: 1\r\n")
            except OSError:
                break
        closed = s.recv(100)
        assert closed == b"" and time.monotonic() - start < 8


def test_a_slow_submission_body_times_out(tmp_path):
    with served(tmp_path, Limits(body_seconds=1.0, header_seconds=5)) as (server, store, _):
        status, _ = raw_request(server.port, b"POST /api/submissions HTTP/1.1\r\nHost: x\r\n"
                                b"Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"id\":")
        assert status == 408
        assert store.count() == 0


def test_rate_limit_pin_and_connection_cap(tmp_path):
    limits = Limits(api_rate=0.01, api_burst=3, connections=4, header_seconds=30)
    with served(tmp_path, limits, pin="2468") as (server, store, snap):
        sub = quiz_submission(snap.course)
        assert post_json(server.port, sub)[0] == 403
        assert post_json(server.port, sub, {"X-Classroom-PIN": "1111"})[0] == 403
        assert post_json(server.port, sub, {"X-Classroom-PIN": "2468"})[0] == 201
        status, _, _ = request(server.port, "POST", "/api/submissions", b"{}",
                               {"Content-Type": "application/json", "X-Classroom-PIN": "2468"})
        assert status == 429
        assert store.count() == 1
        held = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(4)]
        try:
            time.sleep(0.3)
            assert get_path(server.port, "/index.html") == 0  # over the cap: closed without an answer
        finally:
            for s in held:
                s.close()
        time.sleep(0.3)
        assert get_path(server.port, "/index.html") == 200


def test_many_phones_at_once_lose_nothing(room):
    server, store, snap = room
    before = store.count()
    subs = [quiz_submission(snap.course, n % 101) for n in range(60)]
    statuses = []

    def send(s, phone):
        # Each phone has its own address, as in a room; one address alone would be rate-limited.
        statuses.append(post_json(server.port, s, source=f"127.0.1.{phone}")[0])
        statuses.append(post_json(server.port, s, source=f"127.0.1.{phone}")[0])

    threads = [threading.Thread(target=send, args=(s, n + 1)) for n, s in enumerate(subs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200] * 60 + [201] * 60
    assert store.count() == before + 60


def test_stopping_frees_the_port_and_leaves_no_thread(tmp_path):
    before = set(threading.enumerate())
    with served(tmp_path) as (server, _, _):
        port = server.port
        assert get_path(port, "/") == 200
        keep = socket.create_connection(("127.0.0.1", port))  # an idle phone holding a connection
    assert not server.running
    assert can_bind("127.0.0.1", port)
    assert set(threading.enumerate()) - before == set()
    keep.close()


def test_starting_on_a_taken_port_says_so(tmp_path):
    from coursebuilder.classroom import ServeError
    with served(tmp_path) as (server, store, snap):
        from coursebuilder.classroom import ClassroomServer
        other = ClassroomServer(snap, store, server.session, "127.0.0.1", server.port)
        with pytest.raises(ServeError, match="cannot listen on 127.0.0.1"):
            other.start()
