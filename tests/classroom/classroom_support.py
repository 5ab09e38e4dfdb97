"""Helpers for the classroom tests: a served test course, raw HTTP, and submissions as a phone makes them."""

from __future__ import annotations

import http.client
import json
import os
import socket
import uuid
from contextlib import contextmanager
from pathlib import Path

from factories import make_bundle

from coursebuilder.classroom import ClassroomServer, Limits, ResultsStore, build_snapshot
from coursebuilder.classroom.store import database_path
from coursebuilder.model import Quiz, Survey


@contextmanager
def served(home: Path, limits: Limits = Limits(), pin: str | None = None, bundle=None):
    """Serve the test course on 127.0.0.1 at a free port; yield (server, store, snapshot)."""
    old = os.environ.get("COURSEBUILDER_HOME")
    os.environ["COURSEBUILDER_HOME"] = str(home)
    try:
        bundle = bundle or make_bundle()
        snap = build_snapshot(bundle)
        store = ResultsStore(database_path(bundle.course.id))
        session = store.start_session("Test hall", "Group A")
        server = ClassroomServer(snap, store, session, "127.0.0.1", 0, pin=pin, limits=limits)
        server.start()
        try:
            yield server, store, snap
        finally:
            server.stop()
            store.close()
            snap.remove()
    finally:
        if old is None:
            os.environ.pop("COURSEBUILDER_HOME", None)
        else:
            os.environ["COURSEBUILDER_HOME"] = old


def raw_request(port: int, data: bytes, timeout: float = 5.0) -> tuple[int, bytes]:
    """Send raw bytes as a request and return (status, whole answer); status 0 when closed without one."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        chunks = []
        try:
            while True:
                part = s.recv(65536)
                if not part:
                    break
                chunks.append(part)
                if b"\r\n\r\n" in b"".join(chunks) and b"Connection: close" not in data:
                    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
                    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                                   if line.lower().startswith(b"content-length:")), None)
                    if length is not None and len(body) >= length:
                        break
        except (socket.timeout, ConnectionResetError):
            pass
    answer = b"".join(chunks)
    if not answer.startswith(b"HTTP/"):
        return 0, answer
    return int(answer.split(b" ", 2)[1]), answer


def get_path(port: int, path: str) -> int:
    """Return the status of a GET sent with the path exactly as written."""
    return raw_request(port, f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())[0]


def request(port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
            source: str | None = None):
    """Return (status, headers, body) of one request, sent from ``source`` (another 127.x address) if given."""
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(source, 0) if source else None)
    try:
        con.request(method, path, body=body, headers=headers or {})
        r = con.getresponse()
        return r.status, dict(r.getheaders()), r.read()
    finally:
        con.close()


def post_json(port: int, data, headers: dict | None = None, source: str | None = None) -> tuple[int, dict]:
    """POST a submission as a phone does; return (status, answer)."""
    status, _, body = request(port, "POST", "/api/submissions", json.dumps(data).encode("utf-8"),
                              {"Content-Type": "application/json", **(headers or {})}, source)
    return status, json.loads(body or b"{}")


def quiz_submission(course, percent: int = 80, sub_id: str | None = None, trainee: str = "") -> dict:
    """Return a quiz submission as classroom.js builds it."""
    quiz = next(i for m in course.modules for i in m.items if isinstance(i, Quiz))
    marks = {q.id: n % 2 == 0 for n, q in enumerate(quiz.questions)}
    body = {"id": sub_id or uuid.uuid4().hex, "item": quiz.id, "kind": "quiz", "attempt": 1,
            "answers": {q.id: "x" for q in quiz.questions}, "marks": marks,
            "score": {"points": percent / 10, "total": 10, "percent": percent, "passed": percent >= quiz.pass_mark},
            "made": "2026-12-01T10:00:00Z", "device": "abcd1234"}
    if trainee:
        body["trainee"] = trainee
    return body


def survey_submission(course, choice: int = 0, rating: int = 4, text: str = "Sell noodles", sub_id=None) -> dict:
    """Return a survey submission as classroom.js builds it."""
    survey = next(i for m in course.modules for i in m.items if isinstance(i, Survey))
    answers = {}
    for q in survey.questions:
        if q.type == "single_choice":
            answers[q.id] = q.choices[choice % len(q.choices)].id
        elif q.type == "rating_scale":
            answers[q.id] = str(rating)
        else:
            answers[q.id] = text
    return {"id": sub_id or uuid.uuid4().hex, "item": survey.id, "kind": "survey", "answers": answers}
