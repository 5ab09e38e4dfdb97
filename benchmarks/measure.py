"""Run one export in a child process and measure it: wall time, CPU time of every process, peak memory.

The child exports with an empty picture cache (a fresh home), then changes one lesson's
text and exports again, and prints its figures as JSON. The parent samples the summed
resident memory of the child and all its workers while it runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
from coursebuilder.bundle import open_bundle

def cpu():
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + kids.ru_utime, me.ru_stime + kids.ru_stime, me.ru_minflt + kids.ru_minflt

kind, source, first_out, again_out = sys.argv[1:5]
bundle = open_bundle(source)
if kind == "pptx":
    from coursebuilder.exporters.pptx import PptxOptions, export_pptx
    run = lambda out: export_pptx(bundle, PptxOptions(output=out, date="2026-03-15", venue="Benchmark")).bytes
else:
    from coursebuilder.exporters.offline import OfflineOptions, export_offline
    run = lambda out: export_offline(bundle, OfflineOptions(output=out, overwrite=True)).bytes
before, start = cpu(), time.perf_counter()
size = run(first_out)
wall, after = time.perf_counter() - start, cpu()
lesson = next(bundle.course.lessons())
lesson.blocks[0].markdown += "\n\nOne more sentence from the lecturer."
start = time.perf_counter()
run(again_out)
again = time.perf_counter() - start
print(json.dumps({"first": wall, "user": after[0] - before[0], "system": after[1] - before[1],
                  "faults": after[2] - before[2], "again": again, "bytes": size}))
"""


def tree_rss(root: int) -> int:
    """Return the summed resident memory (bytes) of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * page
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def run_export(kind: str, bundle: Path, out: Path) -> tuple[dict, int]:
    """Export ``bundle`` (``pptx`` or ``offline``) in a child with a cold cache; return its figures and peak RSS."""
    out.mkdir(parents=True, exist_ok=True)
    suffix = ".pptx" if kind == "pptx" else ""
    env = dict(os.environ, COURSEBUILDER_HOME=str(out / "home"))  # a fresh home: a cold picture cache
    proc = subprocess.Popen([sys.executable, "-c", CHILD, kind, str(bundle), str(out / f"first{suffix}"),
                             str(out / f"again{suffix}")], stdout=subprocess.PIPE, text=True, env=env)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"the {kind} export failed with exit code {proc.returncode}")
    return json.loads(stdout.strip().splitlines()[-1]), peak


def warm(paths: list[Path]) -> None:
    """Read every file once so neither side of a comparison pays for the first disk read."""
    for p in paths:
        with open(p, "rb") as fh:
            while fh.read(1 << 22):
                pass
