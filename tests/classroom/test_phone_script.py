"""The phone's scripts parse as ES2017 scripts: old Android WebViews and WeChat's engine run them."""

from __future__ import annotations

import pytest

from coursebuilder.resources import resource_dir

esprima = pytest.importorskip("esprima")


@pytest.mark.parametrize("name", ["classroom.js", "site.js"])
def test_scripts_are_es2017_scripts_without_modules(name):
    text = (resource_dir("site") / name).read_text("utf-8")
    # esprima 4 knows ECMAScript 2017 and no later: optional chaining, ?? and the like do not parse.
    esprima.parseScript(text)


def test_the_checker_refuses_what_old_engines_refuse():
    for later in ("var a = b?.c;", "var a = b ?? c;", "import x from 'y';"):
        with pytest.raises(esprima.Error):
            esprima.parseScript(later)
