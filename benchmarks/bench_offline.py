"""Offline-package benchmark: the first export of the large course against the least image work at 1280 px.

Run: .venv/bin/python -m benchmarks.bench_offline [--rounds 3]   (the same as bench_exports --only offline)
See benchmarks/bench_exports.py for the figures and their floors.
"""

from __future__ import annotations

import sys

from benchmarks.bench_exports import main

if __name__ == "__main__":
    main(["--only", "offline", *sys.argv[1:]])
