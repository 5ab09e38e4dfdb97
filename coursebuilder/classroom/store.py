"""Classroom results in SQLite: one database per course, one writer, each submission kept exactly once."""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import queue
import re
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..appdirs import data_dir

#: What storing a submission came to: stored now, stored before with the same body, or a clash.
CREATED, DUPLICATE, CONFLICT = "created", "duplicate", "conflict"
#: Submissions written in one transaction at most; a burst is committed together, then answered.
_BATCH = 256

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    started TEXT NOT NULL,
    ended TEXT,
    venue TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS submissions (
    id TEXT PRIMARY KEY,
    session TEXT NOT NULL REFERENCES sessions(id),
    received TEXT NOT NULL,
    item TEXT NOT NULL,
    kind TEXT NOT NULL,
    trainee TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    digest TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS submissions_session ON submissions(session);
"""


class StoreError(Exception):
    """The results database cannot be opened or written (one line, for the lecturer)."""


@dataclass(frozen=True)
class Session:
    """One run of the classroom: when, where and the lecturer's label."""

    id: str
    started: str
    ended: str | None
    venue: str
    label: str

    def title(self) -> str:
        """Return the session as a lecturer recognises it in a list."""
        extra = " · ".join(x for x in (self.label, self.venue) if x)
        return f"{self.started[:16].replace('T', ' ')}" + (f" · {extra}" if extra else "")


@dataclass(frozen=True)
class Submission:
    """One stored quiz or survey submission."""

    id: str
    session: str
    received: str
    item: str
    kind: str
    trainee: str
    body: dict[str, Any]


def canonical(body: dict[str, Any]) -> str:
    """Return the body as canonical JSON, so the same answers compare equal however they were spelled."""
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime())


def database_path(course_id: str, folder: Path | None = None) -> Path:
    """Return the results database of a course in the user's data folder (never in the bundle)."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", course_id)[:60] or "course"
    tag = hashlib.sha256(course_id.encode("utf-8")).hexdigest()[:8]
    return (folder or data_dir() / "results") / f"{safe}-{tag}.sqlite3"


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
    con.execute("PRAGMA journal_mode=WAL")
    # FULL: a submission the phone was told is stored survives a power cut, not only a crash.
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=ON")
    return con


class ResultsStore:
    """The results of one course; writes go through one writer thread, reads through their own connection."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = _connect(self.path)
            con.executescript(_SCHEMA)
            con.close()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a results database or is damaged: {exc}") from None
        except OSError as exc:
            raise StoreError(f"cannot open {self.path}: {exc.strerror or exc}") from None
        self._queue: queue.Queue = queue.Queue()
        self._writer: threading.Thread | None = None
        self._lock = threading.Lock()

    @classmethod
    def for_course(cls, course_id: str) -> "ResultsStore":
        """Open (creating if need be) the results database of a course."""
        return cls(database_path(course_id))

    # ---------- writing ----------
    def _ensure_writer(self) -> None:
        with self._lock:
            if self._writer is None or not self._writer.is_alive():
                self._writer = threading.Thread(target=self._write_loop, name="classroom-results-writer",
                                                daemon=True)
                self._writer.start()

    def _call(self, job) -> concurrent.futures.Future:
        fut: concurrent.futures.Future = concurrent.futures.Future()
        self._ensure_writer()
        self._queue.put((job, fut))
        return fut

    def _write_loop(self) -> None:
        con = _connect(self.path)
        try:
            while True:
                first = self._queue.get()
                if first is None:
                    return
                batch = [first]
                while len(batch) < _BATCH:
                    try:
                        nxt = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if nxt is None:
                        self._queue.put(None)
                        break
                    batch.append(nxt)
                self._run_batch(con, batch)
        finally:
            con.close()

    @staticmethod
    def _run_batch(con: sqlite3.Connection, batch: list) -> None:
        results: list[Any] = []
        try:
            con.execute("BEGIN IMMEDIATE")
            for job, _ in batch:
                try:
                    con.execute("SAVEPOINT one")
                    results.append(job(con))
                    con.execute("RELEASE one")
                except sqlite3.Error as exc:
                    con.execute("ROLLBACK TO one")
                    con.execute("RELEASE one")
                    results.append(StoreError(f"cannot store in {con}: {exc}"))
            con.execute("COMMIT")
        except sqlite3.Error as exc:
            try:
                con.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            results = [StoreError(f"the results database cannot be written: {exc}")] * len(batch)
        # Answer only after COMMIT: a phone told "stored" may delete its copy.
        for (_, fut), result in zip(batch, results, strict=True):
            if isinstance(result, Exception):
                fut.set_exception(result)
            else:
                fut.set_result(result)

    def submit_future(self, session: str, item: str, kind: str, trainee: str, sub_id: str,
                      body: dict[str, Any]) -> concurrent.futures.Future:
        """Queue a submission; the future gives CREATED, DUPLICATE or CONFLICT once committed."""
        text = canonical(body)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        received = _now()

        def job(con: sqlite3.Connection) -> str:
            cur = con.execute(
                "INSERT INTO submissions (id, session, received, item, kind, trainee, body, digest) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING",
                (sub_id, session, received, item, kind, trainee, text, digest))
            if cur.rowcount == 1:
                return CREATED
            row = con.execute("SELECT digest FROM submissions WHERE id = ?", (sub_id,)).fetchone()
            return DUPLICATE if row and row[0] == digest else CONFLICT

        return self._call(job)

    def submit(self, session: str, item: str, kind: str, trainee: str, sub_id: str, body: dict[str, Any]) -> str:
        """Store a submission and return CREATED, DUPLICATE or CONFLICT."""
        return self.submit_future(session, item, kind, trainee, sub_id, body).result()

    def start_session(self, venue: str = "", label: str = "") -> Session:
        """Record the start of a classroom run and return it."""
        s = Session(uuid.uuid4().hex[:12], _now(), None, venue.strip()[:200], label.strip()[:200])
        self._call(lambda con: con.execute("INSERT INTO sessions (id, started, venue, label) VALUES (?, ?, ?, ?)",
                                           (s.id, s.started, s.venue, s.label))).result()
        return s

    def end_session(self, session_id: str) -> None:
        """Record the end of a classroom run."""
        self._call(lambda con: con.execute("UPDATE sessions SET ended = ? WHERE id = ?",
                                           (_now(), session_id))).result()

    def close(self) -> None:
        """Finish queued writes and stop the writer thread."""
        with self._lock:
            writer = self._writer
            self._writer = None
        if writer is not None and writer.is_alive():
            self._queue.put(None)
            writer.join()

    # ---------- reading ----------
    def _read(self) -> sqlite3.Connection:
        try:
            return _connect(self.path)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read {self.path}: {exc}") from None

    def sessions(self) -> list[Session]:
        """Return every session, newest first."""
        con = self._read()
        try:
            rows = con.execute("SELECT id, started, ended, venue, label FROM sessions ORDER BY started DESC, id")
            return [Session(*r) for r in rows]
        finally:
            con.close()

    def submissions(self, session: str | None = None) -> list[Submission]:
        """Return the submissions, of one session or all, oldest first."""
        con = self._read()
        try:
            sql = "SELECT id, session, received, item, kind, trainee, body FROM submissions"
            args: tuple = ()
            if session:
                sql += " WHERE session = ?"
                args = (session,)
            rows = con.execute(sql + " ORDER BY received, rowid", args).fetchall()
        finally:
            con.close()
        return [Submission(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])) for r in rows]

    def count(self, session: str | None = None) -> int:
        """Return how many submissions are stored, of one session or all."""
        con = self._read()
        try:
            if session:
                return con.execute("SELECT COUNT(*) FROM submissions WHERE session = ?", (session,)).fetchone()[0]
            return con.execute("SELECT COUNT(*) FROM submissions").fetchone()[0]
        finally:
            con.close()
