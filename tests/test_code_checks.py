"""The code stays clean: ruff finds nothing, mypy finds no type errors (settings in pyproject.toml)."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name) or name


def test_ruff_finds_nothing():
    result = subprocess.run([_tool("ruff"), "check", "--no-cache", "--output-format", "concise",
                             "coursebuilder", "tests", "benchmarks", "dev.py"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, "ruff check found problems:\n" + result.stdout + result.stderr


def test_mypy_finds_no_type_errors():
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, "mypy found type errors:\n" + result.stdout + result.stderr
