"""Shared test set-up: no display, and the app's folders inside a temporary directory."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

# Shared CI machines are slow and noisy: judge properties, never the speed of one example.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")


@pytest.fixture(autouse=True)
def _app_home(tmp_path_factory, monkeypatch):
    """Keep caches, recovery files and settings out of the real user folders."""
    home = tmp_path_factory.mktemp("cbhome")
    monkeypatch.setenv("COURSEBUILDER_HOME", str(home))
    return home
