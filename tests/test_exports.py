"""Every exporter is run the same way: options naming the output, one result type, one overwrite policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from coursebuilder.exporters.contract import ExportResult
from coursebuilder.exporters.errors import ExportError, UsageError
from coursebuilder.exports import EXPORTERS, run_export
from tests.factories import make_bundle

#: One output per exporter (and offline form): the name the output gets.
CASES = [("pptx", {}, "deck.pptx"), ("offline", {"form": "folder"}, "site"), ("offline", {"form": "zip"}, "p.zip"),
         ("offline", {"form": "single"}, "p.html"), ("offline", {"form": "scorm"}, "s.zip"), ("gift", {}, "bank.gift")]


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def test_every_exporter_is_registered():
    assert {name for name, _, _ in CASES} == set(EXPORTERS)


@pytest.mark.parametrize("name, fields, target", CASES, ids=[f"{n}-{t}" for n, _, t in CASES])
def test_every_exporter_writes_its_output_and_says_what_it_wrote(tmp_path, name, fields, target):
    bundle = make_bundle()
    out = tmp_path / target
    steps: list[tuple[int, int]] = []
    result = run_export(name, bundle, {"output": out, **fields}, progress=lambda d, t, m="": steps.append((d, t)))
    assert isinstance(result, ExportResult)
    assert result.path == out and out.exists()
    assert result.bytes == _size(out) > 0
    assert result.report.summary() and "\n" not in result.report.summary()
    assert all(isinstance(w, str) and "\n" not in w for w in result.warnings)
    assert steps and steps[-1][0] == steps[-1][1], "progress ends at its total"

    # The one overwrite policy: refused without overwrite (nothing touched), replaced with it.
    before = _size(out)
    with pytest.raises(ExportError) as refused:
        run_export(name, bundle, {"output": out, **fields})
    assert refused.value.kind == "output" and "already exists" in str(refused.value)
    assert _size(out) == before
    again = run_export(name, bundle, {"output": out, "overwrite": True, **fields})
    assert again.path == out and [p.name for p in tmp_path.iterdir()] == [target]


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_options_are_checked_when_made(name):
    exporter = EXPORTERS[name]
    with pytest.raises(UsageError, match="output path"):
        exporter.options(output="")
    with pytest.raises(UsageError, match="unexpected keyword"):
        exporter.options(output="x", colour="red")
    options = exporter.options(output="x")
    assert options.output == Path("x") and options.overwrite is False
