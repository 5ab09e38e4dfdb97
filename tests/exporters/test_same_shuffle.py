"""A matching question's answers and an ordering question's steps come in one order on slides and phones."""

from __future__ import annotations

import re
from html import unescape

from pptx import Presentation

from coursebuilder.bundle import CourseBundle
from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.exporters.pptx import PptxOptions, export_pptx
from coursebuilder.model import Course, MatchingQuestion, Module, OrderingQuestion, Pair, Quiz

RIGHTS = ["Steady shots", "Even light", "Clear sound", "Spare power", "Close-ups"]
STEPS = ["Greet", "Show the product", "Say the price", "Answer questions", "Thank the viewers"]


def _bundle(seed_id: str) -> CourseBundle:
    course = Course(title="Shuffle", language="en")
    quiz = Quiz(id="quiz", title="Quiz", questions=[
        MatchingQuestion(id=f"m-{seed_id}", prompt="Match the tool to its use.",
                         pairs=[Pair(left=f"Tool {n}", right=r) for n, r in enumerate(RIGHTS)]),
        OrderingQuestion(id=f"o-{seed_id}", prompt="Order the live show.", items=list(STEPS)),
    ])
    course.modules.append(Module(title="M", items=[quiz]))
    return CourseBundle(course=course)


def _slide_orders(bundle, tmp_path) -> tuple[list[str], list[str]]:
    out = tmp_path / "deck.pptx"
    export_pptx(bundle, PptxOptions(output=out, overwrite=True))
    texts = []
    for slide in Presentation(out).slides:
        paras = [p.text for sh in slide.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
        texts.append(paras)
    rights = next([t for t in paras if t in RIGHTS] for paras in texts if any(t in RIGHTS for t in paras))
    steps = next([t for t in paras if t in STEPS] for paras in texts if sum(t in STEPS for t in paras) == len(STEPS))
    return rights, steps


def _phone_orders(bundle, tmp_path) -> tuple[list[str], list[str]]:
    out = tmp_path / "p.html"
    export_offline(bundle, OfflineOptions(output=out, form="single", overwrite=True))
    html = out.read_text("utf-8")
    select = re.search(r'<select class="pair-right".*?</select>', html, re.S).group(0)
    rights = [unescape(t) for t in re.findall(r'<option value="\d+">(.*?)</option>', select)]
    steps = [unescape(t) for t in re.findall(r'<span class="order-text">(.*?)</span>', html)]
    return rights, steps


def test_slides_and_phone_offer_the_same_mixed_order(tmp_path):
    for seed in ("a", "b", "c"):
        bundle = _bundle(seed)
        slide_rights, slide_steps = _slide_orders(bundle, tmp_path)
        phone_rights, phone_steps = _phone_orders(bundle, tmp_path)
        assert sorted(slide_rights) == sorted(RIGHTS) and sorted(slide_steps) == sorted(STEPS)
        assert phone_rights == slide_rights
        assert phone_steps == slide_steps
        # Mixed, never as written (the answer would simply be the same row).
        assert slide_rights != RIGHTS and slide_steps != STEPS


def test_the_order_is_the_same_on_every_export(tmp_path):
    first = _phone_orders(_bundle("x"), tmp_path)
    assert _phone_orders(_bundle("x"), tmp_path) == first
    assert _slide_orders(_bundle("x"), tmp_path) == first
