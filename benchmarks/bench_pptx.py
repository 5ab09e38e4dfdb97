"""Slide-deck benchmark: the first export of the large course against the least image work at 1920 px.

Run: .venv/bin/python -m benchmarks.bench_pptx [--rounds 3]   (the same as bench_exports --only pptx)
See benchmarks/bench_exports.py for the figures and their floors.
"""

from __future__ import annotations

import sys

from benchmarks.bench_exports import main

if __name__ == "__main__":
    main(["--only", "pptx", *sys.argv[1:]])
