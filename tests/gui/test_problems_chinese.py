"""The Chinese, Khmer and Lao interfaces show every validation problem in their language: no English left in the problems panel."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale

from coursebuilder.gui.app import install_translators
from coursebuilder.gui.document import Document
from coursebuilder.gui.problems.panel import ProblemsPanel

from ..factories import make_bundle
from ..model.test_validate_rules import RULES

#: What the lecturer types or reads as it is: language tags and the checksum's name.
_VERBATIM = re.compile(r"\b(?:en|zh-Hans|km|lo|zh_CN|SHA-256)\b")


@pytest.fixture(params=["zh_CN", "km", "lo"])
def chinese(request, qapp, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_LANG", request.param)
    installed = install_translators(qapp, QLocale(request.param))
    yield
    for t in installed:
        qapp.removeTranslator(t)


def _in_chinese(course) -> None:
    """Give every module, item and question a Chinese title, so any Latin letters left are the interface's."""
    for mi, module in enumerate(course.modules):
        module.title = f"第{mi + 1}单元"
        for ii, item in enumerate(module.items):
            item.title = f"第{ii + 1}项"
            for q in getattr(item, "questions", []):
                q.prompt = q.prompt and "题目"
            for block in getattr(item, "blocks", []):
                if getattr(block, "title", ""):
                    block.title = "块"
                for q in getattr(block, "questions", []):
                    q.prompt = q.prompt and "题目"


@pytest.mark.parametrize("code", sorted(RULES))
def test_no_english_in_the_problems_panel(chinese, qtbot, code):
    bundle = make_bundle()
    _in_chinese(bundle.course)
    breaks, _place, _severity = RULES[code]
    breaks(bundle.course)
    document = Document(bundle)
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_document(document)
    panel.refresh()
    ours = [p for p in panel.problems if p.code == code]
    assert ours, code
    verbatim = {str(v) for p in panel.problems for _, v in p.params} | {m.path for m in bundle.course.media}
    verbatim |= {m.original_name for m in bundle.course.media}
    rows = [(panel.tree.topLevelItem(i).text(0), panel.tree.topLevelItem(i).text(1))
            for i in range(panel.tree.topLevelItemCount())]
    assert len(rows) == len(panel.problems)
    for where, text in rows:
        for shown in (where, text):
            left = shown
            for value in sorted(verbatim, key=len, reverse=True):
                left = left.replace(value, "")
            left = _VERBATIM.sub("", left)
            assert not re.search(r"[A-Za-z]{2,}", left), f"{code}: {shown!r}"
    document.deleteLater()
