"""Decks written by others — python-pptx's own test decks — import with no traceback.

The 68 decks (8.7 MB) are not kept here: they are taken at test time from the python-pptx 1.0.2
source distribution on PyPI, pinned by its SHA-256, and cached in pytest's cache folder.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from coursebuilder.importers import ImportFailure, import_pptx, new_course_bundle
from coursebuilder.model import ImageBlock, TextBlock

SDIST = "python_pptx-1.0.2.tar.gz"
SHA256 = "479a8af0eaf0f0d76b6f00b0887732874ad2e3188230315290cd1f9dd9cc7095"
SUFFIXES = (".pptx", ".pptm", ".potx", ".ppsx")


@pytest.fixture(scope="module")
def corpus(request) -> list[Path]:
    cache = Path(request.config.cache.mkdir("pptx-corpus"))
    archive = cache / SDIST
    if not archive.exists() or hashlib.sha256(archive.read_bytes()).hexdigest() != SHA256:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "download", "python-pptx==1.0.2", "--no-binary", ":all:", "--no-deps",
             "-d", str(cache), "-q"], capture_output=True, text=True, timeout=300)
        if result.returncode or not archive.exists():
            pytest.skip(f"python-pptx's source distribution cannot be downloaded from PyPI here: {result.stderr[-200:]}")
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == SHA256, "the pinned sdist changed"
    decks = cache / "decks"
    if not decks.exists():
        with tarfile.open(archive) as tar:
            members = [m for m in tar.getmembers() if m.isfile() and m.name.lower().endswith(SUFFIXES)
                       and "/_scratch/" not in m.name]
            tar.extractall(decks, members=members, filter="data")
    return sorted(p for p in decks.rglob("*") if p.suffix.lower() in SUFFIXES)


@pytest.mark.slow
def test_every_deck_of_python_pptx_imports_without_a_traceback(corpus):
    assert len(corpus) >= 50
    imported = refused = 0
    texts = pictures = 0
    for deck in corpus:
        bundle = new_course_bundle()
        try:
            import_pptx(bundle, deck)
        except ImportFailure as exc:
            # A refusal is one plain line naming the file, never its full path.
            assert "\n" not in str(exc) and str(deck.parent) not in str(exc), str(exc)
            refused += 1
            continue
        imported += 1
        blocks = [b for m in bundle.course.modules for i in m.items for b in getattr(i, "blocks", [])]
        texts += sum(isinstance(b, TextBlock) for b in blocks)
        pictures += sum(isinstance(b, ImageBlock) for b in blocks)
    # Only a deck with no slides at all may be refused.
    assert refused <= 1 and imported >= len(corpus) - 1
    assert texts > 100 and pictures > 10
