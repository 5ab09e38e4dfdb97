"""Quiz answer keys that hold no answer: hashes to mark against, the solution only obfuscated.

A quiz question's key holds, per kind, SHA-256 hashes of ``salt|question key|right answer``
(normalised as ``site.js`` normalises what the trainee types), so the page marks an answer by
hashing it and "view source" shows no right answer. What must be shown or sent as text once
no try is left (the solution line, SCORM's ``correct_responses`` pattern) is XOR-ed with a
SHA-256 keystream of the same salt: out of view-source and casual inspection, not secret from
someone who runs the script (docs/offline-export.md says so). Exercises in lessons keep plain
keys: they show the right answer at once anyway.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
import unicodedata
from typing import Any, Callable

from ...model import (
    ChoiceQuestion,
    Course,
    FillBlankQuestion,
    MatchingQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    ShortAnswerQuestion,
    TrueFalseQuestion,
)
from ...model.kinds import KindRegistry
from ...presentation.order import mixed_order

#: Hex digits kept of each hash: 64 bits, plenty to tell a package's answers apart.
HASH_CHARS = 16
#: Most grid points a numeric answer's tolerance is hashed as.
MAX_GRID = 2001

SEALS: KindRegistry[Callable[[Any, "Sealer", dict[str, Any]], dict[str, Any]]] = KindRegistry("sealed quiz key")


def package_salt(course: Course) -> str:
    """Return the package's salt: the same for the same course and version (exports stay reproducible)."""
    return hashlib.sha256(f"coursebuilder-salt|{course.id}|{course.version}".encode()).hexdigest()[:16]


def norm(text: str, case_sensitive: bool) -> str:
    """Return a typed answer as ``site.js``'s ``norm`` makes it: NFKC, spaces folded, lower case unless told."""
    t = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(text or ""))).strip()
    return t if case_sensitive else t.lower()


def number_text(x: float) -> str:
    """Return a number as JavaScript's ``String(x)`` writes it (for the usual answers)."""
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e21 else repr(float(x))


class Sealer:
    """Hash and obfuscate the answers of one question of one package."""

    def __init__(self, salt: str, key: str):
        self.salt = salt
        self.key = key

    def hash(self, value: str) -> str:
        """Return the hash ``site.js`` computes for ``value`` of this question."""
        return hashlib.sha256(f"{self.salt}|{self.key}|{value}".encode()).hexdigest()[:HASH_CHARS]

    def hide(self, text: str, label: str) -> str:
        """Return ``text`` XOR-ed with this question's SHA-256 keystream for ``label``, as base64 (``site.js`` unseal)."""
        data = text.encode("utf-8")
        stream = b"".join(hashlib.sha256(f"{self.salt}|{self.key}|{label}|{n}".encode()).digest()
                          for n in range(len(data) // 32 + 1))
        return base64.b64encode(bytes(a ^ b for a, b in zip(data, stream, strict=False))).decode("ascii")


def seal_key(q: Question, key: str, plain: dict[str, Any], salt: str) -> dict[str, Any]:
    """Return a quiz question's key without its answers: hashes to mark with, the solution hidden."""
    sealer = Sealer(salt, key)
    sealed: dict[str, Any] = {k: plain[k] for k in ("type", "points", "gradable") if k in plain}
    sealed["sealed"] = True
    # Feedback for a right or wrong answer may name the answer: hidden like the solution.
    for field, label, text in (("fc", "fc", plain.get("fc")), ("fi", "fi", plain.get("fi")),
                               ("sol", "solution", plain.get("solution")), ("pat", "pattern", scorm_pattern(q))):
        if text:
            sealed[field] = sealer.hide(text, label)
    sealed.update(SEALS[q](q, sealer, plain))
    return sealed


def scorm_pattern(q: Question) -> str:
    """Return SCORM 1.2's ``correct_responses`` pattern of a question ("" where SCORM has none for it)."""
    if isinstance(q, ChoiceQuestion):
        return ",".join(c.id for c in q.choices if c.correct)
    if isinstance(q, TrueFalseQuestion):
        return "t" if q.answer else "f"
    if isinstance(q, ShortAnswerQuestion):
        return (q.answers or [""])[0][:255]
    if isinstance(q, NumericQuestion):
        return number_text(q.answer)
    return ""


@SEALS.register("single_choice", "multiple_choice")
def _choices(q: ChoiceQuestion, s: Sealer, plain: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"right": [s.hash(c.id) for c in q.choices if c.correct],
                           "feedback": {s.hash(c.id): s.hide(c.feedback, f"cf|{c.id}") for c in q.choices if c.feedback}}
    if "credit" in plain:
        out["credit"] = {s.hash(cid): credit for cid, credit in plain["credit"].items()}
    return out


@SEALS.register("true_false")
def _true_false(q: TrueFalseQuestion, s: Sealer, plain: dict[str, Any]) -> dict[str, Any]:
    return {"right": s.hash("true" if q.answer else "false")}


@SEALS.register("fill_blank")
def _blanks(q: FillBlankQuestion, s: Sealer, plain: dict[str, Any]) -> dict[str, Any]:
    return {"cs": q.case_sensitive,
            "blanks": [sorted({s.hash(f"{n}:{norm(a, q.case_sensitive)}") for a in alts}) for n, alts in enumerate(q.blanks())]}


@SEALS.register("matching")
def _matching(q: MatchingQuestion, s: Sealer, plain: dict[str, Any]) -> dict[str, Any]:
    # The page offers the right-hand sides in the mixed order; an option's value is its place there.
    offered = [q.pairs[i].right for i in mixed_order(len(q.pairs), q.id)]
    return {"match": [[s.hash(f"{n}:{p}") for p, text in enumerate(offered) if text == pair.right]
                      for n, pair in enumerate(q.pairs)]}


@SEALS.register("ordering")
def _ordering(q: OrderingQuestion, s: Sealer, plain: dict[str, Any]) -> dict[str, Any]:
    offered = [q.items[i] for i in mixed_order(len(q.items), q.id)]
    return {"order": [[s.hash(f"{n}:{p}") for p, text in enumerate(offered) if text == item]
                      for n, item in enumerate(q.items)]}


@SEALS.register("short_answer")
def _short(q: ShortAnswerQuestion, s: Sealer, plain: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"cs": q.case_sensitive,
                           "answers": sorted({s.hash(norm(a, q.case_sensitive)) for a in q.answers})}
    if "credit" in plain:
        out["credit"] = {s.hash(norm(a, q.case_sensitive)): credit for a, credit in plain["credit"].items()}
    return out


@SEALS.register("numeric")
def _numeric(q: NumericQuestion, s: Sealer, plain: dict[str, Any]) -> dict[str, Any]:
    # A range cannot be hashed: every point of a fine grid inside it is (the grid is a tenth of the
    # tolerance's first digit, or the answer's own last decimal when there is no tolerance).
    if q.tolerance > 0:
        grid = 10.0 ** (math.floor(math.log10(q.tolerance)) - 1)
    else:
        decimals = len(number_text(q.answer).partition(".")[2]) if "e" not in number_text(q.answer) else 6
        grid = 10.0 ** -min(decimals, 6)
    low = math.ceil((q.answer - q.tolerance) / grid - 1e-9)
    high = math.floor((q.answer + q.tolerance) / grid + 1e-9)
    if high - low + 1 > MAX_GRID:
        grid = (2 * q.tolerance) / (MAX_GRID - 1)
        low = math.ceil((q.answer - q.tolerance) / grid - 1e-9)
        high = math.floor((q.answer + q.tolerance) / grid + 1e-9)
    return {"grid": grid, "near": sorted({s.hash(str(k)) for k in range(low, high + 1)})}


@SEALS.register("rating_scale", "open_text")
def _ungraded(q: Question, s: Sealer, plain: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in plain.items() if k == "max"}
