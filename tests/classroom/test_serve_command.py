"""`coursebuilder serve` as a process: Ctrl+C frees the port; a kill mid-burst keeps every acknowledged result."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from classroom.classroom_support import get_path, post_json, quiz_submission
from factories import make_bundle

from coursebuilder.bundle import save_bundle
from coursebuilder.classroom.network import can_bind, pick_port
from coursebuilder.classroom.store import database_path

pytestmark = pytest.mark.slow


def _start(tmp_path: Path, home: Path, extra=()):
    bundle = make_bundle()
    path = tmp_path / "course.coursebundle"
    save_bundle(bundle, path)
    port = pick_port("127.0.0.1", first=18080)
    env = dict(os.environ, COURSEBUILDER_HOME=str(home))
    proc = subprocess.Popen([sys.executable, "-m", "coursebuilder", "serve", str(path), "--host", "127.0.0.1",
                             "--port", str(port), *extra], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    line = proc.stdout.readline()
    assert line.startswith("Serving"), line + proc.stderr.read()
    return bundle, proc, port


def test_ctrl_c_stops_cleanly_and_frees_the_port(tmp_path, _app_home):
    _, proc, port = _start(tmp_path, _app_home)
    assert get_path(port, "/") == 200
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "stopped; the port is free" in out
    assert can_bind("127.0.0.1", port)
    assert list((_app_home / "cache" / "classroom").glob("snapshot-*")) == []


def test_killed_during_a_burst_keeps_every_acknowledged_submission(tmp_path, _app_home):
    bundle, proc, port = _start(tmp_path, _app_home)
    acknowledged: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def phone(n: int):
        k = 0
        while not stop.is_set():
            sub = quiz_submission(bundle.course, (n * 7 + k) % 101)
            k += 1
            try:
                status, _ = post_json(port, sub, source=f"127.0.2.{n + 1}")
            except (OSError, ValueError):
                return
            if status in (200, 201):
                with lock:
                    acknowledged.append(sub["id"])

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(20)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 20
    while len(acknowledged) < 150 and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.kill()
    proc.wait(timeout=10)
    stop.set()
    for t in threads:
        t.join(timeout=15)
    assert len(acknowledged) >= 150
    con = sqlite3.connect(database_path(bundle.course.id, _app_home / "data" / "results"))
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {r[0] for r in con.execute("SELECT id FROM submissions")}
    assert set(acknowledged) <= stored
    con.close()
