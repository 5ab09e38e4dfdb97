"""Write the picture exports' figures from bench_exports' JSON into the README's performance table.

Run: .venv/bin/python -m benchmarks.readme_table [benchmarks/data/bench_exports.json] [--readme README.md]

The rows between the ``bench_exports`` markers in README.md are replaced by rows made from the
JSON, so the table always says what one run measured, with its date and the machine's load.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from benchmarks.corpus import DATA

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- bench_exports:begin -->", "<!-- bench_exports:end -->"

_FLOOR = ("least image work at {edge} px (per photo: a DCT-scaled decode in the photo's own proportions "
          "(4000×3000 → 2000×1500), one LANCZOS resize, one EXIF turn, one baseline JPEG q82 encode; 2 processes)")


def _met(value: float, target: float) -> str:
    return "met" if value <= target else "NOT met"


def rows(result: dict) -> list[str]:
    """Return the README lines (a heading sentence and a table) for one bench_exports result."""
    lines = [
        f"Picture exports (`bench_exports --rounds {result.get('rounds', '?')}`, {result.get('started', '?')}, "
        f"load average {result.get('load_before', '?')} before and {result.get('load_after', '?')} after; "
        f"{result['photos']} photos, {result['originals_mb']} MB; the first-export ratio is the median round's, each export against the floor run just before it, every round listed; the other figures are the best of the rounds):",
        "",
        "| What | Measured | Floor it is compared with | Ratio | Target |",
        "|---|---|---|---|---|",
    ]
    small = result.get("small_photos")
    for kind, name, edge, target, what in (
        ("pptx", "Slide deck", 1920, 1.2, "one JPEG per photo"),
        ("offline", "Offline package", 1280, 1.6, "WebP 480 + 1280 and a JPEG 480 per photo"),
    ):
        r = result.get(kind)
        if r is None:
            continue
        rounds = ", ".join(f"{x:.2f}" for x in r["round_ratios"])
        lines += [
            f"| {name}, first export ({what}) | {r['first_s']:.1f} s | {_FLOOR.format(edge=edge)}: {r['floor_s']:.1f} s "
            f"| {r['ratio']:.2f}x (rounds {rounds}) | ≤ {target}x ({_met(r['ratio'], target)}) |",
            f"| {name}, CPU time of the first export (user + system, all processes) | {r['cpu_s']:.1f} s "
            f"(system {r['system_s']:.1f} s) | the floor's: {r['floor_cpu_s']:.1f} s (system {r['floor_system_s']:.1f} s) "
            f"| {r['cpu_ratio']:.2f}x | reported |",
            f"| {name}, re-export after one lesson's text changed | {r['again_s']:.2f} s | the first export "
            f"| {r['again_ratio']:.3f} | ≤ 0.05 ({_met(r['again_ratio'], 0.05)}) |",
            f"| {name} size | {r['output_mb']:.1f} MB | the original photos: {result['originals_mb']} MB "
            f"| {r['output_mb'] / result['originals_mb']:.3f} | {'≤ 0.2' if kind == 'pptx' else '≤ 0.10'} |",
        ]
        peak = f"{r['peak_mb']} MB with {result['photos']} photos"
        if r.get("small_peak_mb") is not None:
            peak += f", {r['small_peak_mb']} MB with {small}"
        lines.append(f"| Peak memory exporting the {name.lower()} (all processes, RSS) | {peak} | — | — "
                     f"| < 500 MB, not growing with the course |")
    return lines


def update(readme: Path, result: dict) -> None:
    """Replace the lines between the markers in ``readme`` with the rows of ``result``."""
    text = readme.read_text("utf-8")
    if BEGIN not in text or END not in text:
        raise SystemExit(f"{readme} has no {BEGIN} … {END} markers")
    block = "\n".join([BEGIN, *rows(result), END])
    readme.write_text(re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _m: block, text, flags=re.S), "utf-8")


def main(argv: list[str] | None = None) -> None:
    """Update the README from a bench_exports JSON file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json", type=Path, nargs="?", default=DATA / "bench_exports.json")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md")
    args = parser.parse_args(argv)
    update(args.readme, json.loads(args.json.read_text("utf-8")))
    print(f"updated {args.readme} from {args.json}")


if __name__ == "__main__":
    main()
