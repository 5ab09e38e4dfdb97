"""Every string a lecturer reads goes through Qt's translation functions."""

from __future__ import annotations

import ast
from pathlib import Path

import coursebuilder.gui as gui

#: Widgets and methods whose string arguments are shown to the lecturer.
SHOWN = {
    "QLabel", "QPushButton", "QCheckBox", "QAction", "QToolButton", "QRadioButton", "QGroupBox",
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "addRow", "addTab", "addAction",
    "addMenu", "setSpecialValueText", "setSuffix", "showMessage", "setHeaderLabels", "setHorizontalHeaderLabels",
    "critical", "warning", "question", "information", "about",
}


def untranslated(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in SHOWN:
            continue
        for arg in node.args:
            items = arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]
            for item in items:
                if isinstance(item, ast.Constant) and isinstance(item.value, str) and any(c.isalpha() for c in item.value):
                    found.append((node.lineno, item.value))
                if isinstance(item, ast.JoinedStr) and any(
                    isinstance(v, ast.Constant) and any(c.isalpha() for c in v.value) for v in item.values
                ):
                    found.append((node.lineno, ast.unparse(item)))
    return found


def test_no_literal_text_reaches_a_widget():
    root = Path(gui.__file__).parent
    problems = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "screenshot.py":
            continue  # a developer tool, not part of the lecturer's interface
        for line, text in untranslated(ast.parse(path.read_text("utf-8"))):
            problems.append(f"{path.relative_to(root)}:{line}: {text!r}")
    assert problems == []


def test_the_checker_catches_a_literal():
    tree = ast.parse('QLabel("Hello")\nw.setToolTip(self.tr("ok"))\nb.addRow(f"Name {x}:", w)')
    assert [t for _, t in untranslated(tree)] == ["Hello", "f'Name {x}:'"]
