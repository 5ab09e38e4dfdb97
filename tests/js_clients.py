"""Independent JavaScript clients (gift-pegjs, scorm-again) installed from tests/js/package-lock.json."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

JS = Path(__file__).parent / "js"


def node_modules() -> Path:
    """Return tests/js/node_modules, installing the pinned packages on first use; skip when Node is absent."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("Node.js (node and npm) is not installed here; the check against gift-pegjs needs it")
    modules = JS / "node_modules"
    lock = json.loads((JS / "package-lock.json").read_text())
    wanted = [name.removeprefix("node_modules/") for name in lock["packages"] if name]
    if not all((modules / name / "package.json").exists() for name in wanted):
        result = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=JS, capture_output=True, text=True)
        if result.returncode:
            pytest.fail(f"npm ci in {JS} failed: {result.stderr.strip()[-400:]}")
    return modules


def gift_pegjs(texts: list[str]) -> list[dict]:
    """Parse each GIFT text with gift-pegjs; each result is {ok, questions} or {ok: False, error}."""
    node_modules()
    result = subprocess.run(["node", str(JS / "gift_parse.js")], input=json.dumps(texts), capture_output=True,
                            text=True, cwd=JS, check=True)
    return json.loads(result.stdout)
