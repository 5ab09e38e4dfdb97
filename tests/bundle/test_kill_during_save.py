"""Killing a real saving process at random points never leaves an unreadable bundle."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import make_bundle

from coursebuilder.bundle import check_bundle, has_errors, open_bundle, save_bundle

SCRIPT = Path(__file__).with_name("save_loop.py")


def _bundle_with_big_media(target: Path, folder: bool) -> None:
    bundle = make_bundle()
    rng = random.Random(7)
    for i in range(3):
        # Incompressible bytes, so each save takes long enough to be killed midway.
        bundle.media.add_bytes(bundle.course, b"\0\1" + rng.randbytes(3 * 1024 * 1024), f"data{i}.bin")
    save_bundle(bundle, target, folder=folder)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("folder", "hardlinks"), [(False, True), (False, False), (True, True)], ids=["zip", "zip-no-hardlinks", "folder"]
)
def test_kill_at_random_points(tmp_path, folder, hardlinks):
    target = tmp_path / ("course" if folder else "course.coursebundle")
    _bundle_with_big_media(target, folder)
    env = dict(os.environ)
    if not hardlinks:
        env["CB_NO_HARDLINKS"] = "1"
    rng = random.Random(2026)
    titles = set()
    cut_midway = 0
    for _ in range(12):
        proc = subprocess.Popen([sys.executable, str(SCRIPT), str(target), "folder" if folder else "zip"],
                                stdout=subprocess.PIPE, env=env)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        cut_midway += any(".saving-" in p.name for p in target.parent.rglob("*"))
        bundle = open_bundle(target)  # restores from the backup if cut between renames
        problems = check_bundle(target)
        assert not has_errors(problems), [str(p) for p in problems]
        titles.add(bundle.course.title)
    # The kills landed at different moments: several versions were seen complete.
    assert len(titles) > 1
    assert cut_midway > 0, "no kill landed while a file was half written"
    save_bundle(open_bundle(target), target, folder=folder)
    assert not [p for p in tmp_path.rglob("*") if ".saving-" in p.name]
