"""Every string a lecturer reads goes through Qt's translation functions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

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


def test_the_chinese_interface_loads(qapp, monkeypatch):
    from PySide6.QtCore import QLocale

    from coursebuilder.gui.app import install_translators
    from coursebuilder.gui.main_window import MainWindow

    installed = install_translators(qapp, QLocale("zh_CN"))
    try:
        assert any(t.language().startswith("zh") for t in installed)
        window = MainWindow()
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:4] == ["文件(&F)", "编辑(&E)", "课程(&C)", "查看(&V)"]
        window.new_course()
        window.outline.select(window.document.course.modules[0].items[0])
        assert window.editor.tabs.tabText(0) == "内容"
        assert window.editor.add_buttons["image"].text() == "图片"
        window.document.undo_stack.setClean()
        window.set_document(None)
        window.deleteLater()
    finally:
        for t in installed:
            qapp.removeTranslator(t)


@pytest.mark.parametrize("code", ["zh_CN", "km", "lo"])
def test_every_string_has_a_translation(tmp_path, code):
    import shutil
    import subprocess
    import xml.etree.ElementTree as ET

    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys_prefix_bin()) / "pyside6-lupdate")
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    root = Path(gui.__file__).parent
    committed = root / "translations" / f"coursebuilder_{code}.ts"
    fresh = tmp_path / "fresh.ts"
    shutil.copy(committed, fresh)
    sources = sorted(str(p) for p in root.rglob("*.py") if p.name not in ("screenshot.py", "thumb_worker.py"))
    subprocess.run([lupdate, *sources, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
    missing = [
        m.findtext("source")
        for m in ET.parse(fresh).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished" or not "".join(m.find("translation").itertext()).strip()
    ]
    assert missing == [], "run the steps in coursebuilder/gui/translations/README.md"
    # The .qm the editor loads is built from this very .ts: a stale one would show English.
    lrelease = str(Path(lupdate).with_name(Path(lupdate).name.replace("lupdate", "lrelease")))
    # Ours for Qt's own strings too: all of them for Khmer and Lao, those Qt's Chinese lacks for Chinese.
    for name in (f"coursebuilder_{code}", f"qtbase_{code}"):
        built = tmp_path / f"{name}.qm"
        subprocess.run([lrelease, str(root / "translations" / f"{name}.ts"), "-qm", str(built)], check=True, capture_output=True)
        assert built.read_bytes() == (root / "translations" / f"{name}.qm").read_bytes(), f"rebuild {name}.qm with pyside6-lrelease"


def sys_prefix_bin() -> str:
    import sys

    return str(Path(sys.executable).parent)


@pytest.mark.parametrize("code", ["km", "lo"])
def test_khmer_and_lao_sentences_can_wrap(code):
    """Qt wraps only at spaces and U+200B: a long run of Khmer or Lao letters would run off a label's edge."""
    import re
    import xml.etree.ElementTree as ET

    letters = {"km": "\u1780-\u17ff", "lo": "\u0e80-\u0eff"}[code]
    ts = Path(gui.__file__).parent / "translations" / f"coursebuilder_{code}.ts"
    unbroken = re.compile(f"[{letters}]{{25,}}")
    long_runs = [t.text for t in ET.parse(ts).getroot().iter() if t.tag in ("translation", "numerusform")
                 and t.text and unbroken.search(t.text)]
    assert long_runs == [], "run: python scripts/fill_translations.py breaks " + str(ts)
