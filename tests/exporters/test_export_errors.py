"""Every exporter ends with the one error family: a one-line message and whose fault it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from coursebuilder.exporters.errors import ExportCancelled, ExportError
from coursebuilder.exporters.offline import BudgetExceeded, OfflineOptions, export_offline
from coursebuilder.exporters.pptx import PptxExportError, PptxOptions, export_pptx
from coursebuilder.jobs import CancelToken, Cancelled
from tests.factories import make_bundle


def _cancelled() -> CancelToken:
    token = CancelToken()
    token.cancel()
    return token


@pytest.mark.parametrize("run", [
    lambda out: export_pptx(make_bundle(), PptxOptions(output=out / "d.pptx"), cancel=_cancelled()),
    lambda out: export_offline(make_bundle(), OfflineOptions(output=out / "p.zip", form="zip"), cancel=_cancelled()),
], ids=["pptx", "offline"])
def test_a_cancelled_export_says_so_and_writes_nothing(tmp_path, run):
    with pytest.raises(ExportCancelled) as caught:
        run(tmp_path)
    assert caught.value.kind == "cancelled" and isinstance(caught.value, Cancelled)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("make, kind", [
    (lambda tmp: OfflineOptions(output=tmp / "p", form="poster"), "usage"),
    (lambda tmp: export_offline(make_bundle(), OfflineOptions(output=tmp / "missing" / "p.zip", form="zip")), "output"),
    (lambda tmp: export_pptx(make_bundle(), PptxOptions(output=tmp / "d.pptx", image_size=10)), "usage"),
    (lambda tmp: export_pptx(make_bundle(), PptxOptions(output=tmp / "missing" / "d.pptx")), "output"),
], ids=["offline-options", "offline-output", "pptx-options", "pptx-output"])
def test_both_exporters_fail_with_one_error_family(tmp_path, make, kind):
    with pytest.raises(ExportError) as caught:
        make(tmp_path)
    assert caught.value.kind == kind
    assert "\n" not in str(caught.value) and str(caught.value)


def test_exporter_errors_are_export_errors():
    assert issubclass(PptxExportError, ExportError) and issubclass(BudgetExceeded, ExportError)
    with pytest.raises(ValueError):
        ExportError("x", "mystery")


def test_slide_options_are_frozen_and_checked_when_made():
    import dataclasses

    options = PptxOptions(output=Path("deck.pptx"), lessons=["a", "b"])
    assert options.lessons == ("a", "b")
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.venue = "elsewhere"  # type: ignore[misc]
    with pytest.raises(PptxExportError) as caught:
        PptxOptions(output=Path("deck.pptx"), image_size=100000)
    assert caught.value.kind == "usage" and "out of range" in str(caught.value)
