"""Helpers for the offline package tests: a course using every kind, and a trainee who answers it."""

from __future__ import annotations

import re
from pathlib import Path

from factories import jpeg_bytes, make_bundle

from coursebuilder.bundle import CourseBundle, open_bundle
from coursebuilder.model import (
    Assessment,
    ExerciseBlock,
    ImageBlock,
    Lesson,
    OpenTextQuestion,
    Quiz,
    RatingScaleQuestion,
    TextBlock,
)

ROOT = Path(__file__).resolve().parents[2]
HOSTILE_MARKDOWN = (
    "Raw <script>alert('x')</script> and <b onclick=\"alert(1)\">bold</b>. "
    "[bad](javascript:alert(1)) [web](https://example.org) ![remote](http://example.org/pixel.png)"
)
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"]
CHROMIUM = Path("/usr/bin/chromium")
LOCAL_SCHEMES = ("file:", "data:", "blob:")


def offline_bundle() -> CourseBundle:
    """Return the test course with a quiz of every question kind and a large photo."""
    bundle = make_bundle()
    course = bundle.course
    quiz = next(i for m in course.modules for i in m.items if isinstance(i, Quiz))
    quiz.shuffle = True
    for q in quiz.questions:
        if hasattr(q, "shuffle"):
            q.shuffle = True
    kinds = {q.type for q in quiz.questions}
    if "rating_scale" not in kinds:
        quiz.questions.append(RatingScaleQuestion(id="q-rate", prompt="How sure are you?", min_label="Unsure",
                                                  max_label="Sure"))
    if "open_text" not in kinds:
        quiz.questions.append(OpenTextQuestion(id="q-open", prompt="What will you sell first?", multiline=False))
    big = bundle.media.add_bytes(course, jpeg_bytes((1600, 1200), (40, 160, 90), orientation=6, gps=True), "big.jpg")
    lesson = [i for i in course.lessons()][-1]
    lesson.blocks.append(ImageBlock(id="big-photo", media=big.path, alt="A large photo of the stall"))
    lesson.blocks.append(TextBlock(id="hostile", markdown=HOSTILE_MARKDOWN))
    return bundle


def sample_bundles() -> list[Path]:
    """Return the sample course folders that exist in this checkout."""
    folder = ROOT / "sample_courses"
    return sorted(p for p in folder.glob("*") if (p / "course.yaml").is_file()) if folder.is_dir() else []


def question_map(bundle: CourseBundle) -> dict[str, object]:
    """Return every question keyed as the page's ``data-q`` attribute names it."""
    out = {}
    for module in bundle.course.modules:
        for item in module.items:
            if isinstance(item, Assessment):
                out.update({f"{item.id}/{q.id}": q for q in item.questions})
            elif isinstance(item, Lesson):
                for block in item.blocks:
                    if isinstance(block, ExerciseBlock):
                        out.update({f"{block.id}/{q.id}": q for q in block.questions})
    return out


def press(locator, touch: bool) -> None:
    """Tap on a phone, click otherwise."""
    if touch:
        locator.tap()
    else:
        locator.click()


def answer_correctly(el, q, touch: bool) -> None:
    """Give the right answer to one question element, as a trainee would."""
    kind = q.type
    if kind in ("single_choice", "multiple_choice"):
        for c in q.choices:
            if c.correct:
                press(el.locator(f"label.choice:has(input[value='{c.id}'])"), touch)
    elif kind == "true_false":
        press(el.locator(f"label.choice:has(input[value='{'true' if q.answer else 'false'}'])"), touch)
    elif kind == "fill_blank":
        for i, alts in enumerate(q.blanks()):
            el.locator(".blank").nth(i).fill(alts[-1])
    elif kind == "matching":
        # By the words shown: an option's value says nothing of the pair it belongs to.
        for i, pair in enumerate(q.pairs):
            el.locator("select").nth(i).select_option(label=pair.right)
    elif kind == "ordering":
        sort_items(el, q, touch)
    elif kind == "short_answer":
        el.locator(".answer").fill(q.answers[0].upper() if not q.case_sensitive else q.answers[0])
    elif kind == "numeric":
        # Typed the way many trainees write decimals: with a comma.
        el.locator(".answer").fill(f"{q.answer:g}".replace(".", ","))
    elif kind == "rating_scale":
        press(el.locator(f"label.scale-point:has(input[value='{q.scale_max}'])"), touch)
    elif kind == "open_text":
        el.locator(".answer").fill("Noodles 手工面")


def sort_items(el, q, touch: bool) -> None:
    """Put an ordering question right with its move-up buttons only, reading the steps' words."""
    for _ in range(50):
        shown = el.locator(".order-item .order-text").all_inner_texts()
        order = [q.items.index(text.strip()) for text in shown]
        wrong = next((n for n in range(1, len(order)) if order[n] < order[n - 1]), None)
        if wrong is None:
            return
        press(el.locator(".order-item").nth(wrong).locator("[data-move='-1']"), touch)
    raise AssertionError("the ordering question could not be sorted")


def percent_from(text: str) -> int:
    """Return the percentage shown in a score line."""
    m = re.search(r"(\d+)%", text)
    assert m, text
    return int(m.group(1))


def open_bundle_or_test(path: Path | None) -> CourseBundle:
    """Return a sample course bundle, or the test course when no path is given."""
    return open_bundle(path) if path else offline_bundle()


class LocalServer:
    """Serve a folder on 127.0.0.1 in a thread, quietly (``origin`` ends with a slash)."""

    def __init__(self, folder: Path):
        import functools
        import http.server
        import threading

        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


KHMER_TEXT = "ការលក់តាមអ៊ីនធឺណិត៖ ថតរូបផលិតផលឱ្យច្បាស់ ហើយសរសេរតម្លៃ។"
LAO_TEXT = "ການຂາຍອອນລາຍ: ຖ່າຍຮູບສິນຄ້າໃຫ້ຊັດເຈນ ແລະ ຂຽນລາຄາ."


def without_khmer_lao_fonts(folder: Path) -> dict[str, str]:
    """Return an environment whose fontconfig knows no Khmer or Lao font, as on most phones.

    Chromium then can show those scripts only with the fonts a package carries.
    """
    import os

    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        # DejaVu Sans covers Lao too.
        '  <selectfont><rejectfont><glob>*Khmer*</glob><glob>*Lao*</glob><glob>*/dejavu/*</glob>'
        '</rejectfont></selectfont>\n</fontconfig>\n', "utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


def _wav(seconds: float) -> bytes:
    import io
    import wave

    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(8000)
        w.writeframes(bytes([128]) * int(8000 * seconds))
    return out.getvalue()


def variant_bundle() -> CourseBundle:
    """Return the test course in Chinese (default), English and Khmer, with a Khmer recording.

    Every text is translated: English as "EN " and Khmer as a Khmer word before the Chinese text (so
    short answers and blanks keep their shape); the greeting's recording is replaced in Khmer.
    """
    from coursebuilder.model import AudioBlock
    from coursebuilder.model.languages import Translation, fingerprint, text_refs

    bundle = offline_bundle()
    course = bundle.course
    course.languages = ["zh-Hans", "en", "km"]
    refs = [r for r in text_refs(course) if r.kind != "media"]
    course.translations = {
        "en": {r.key: Translation(text=f"EN {r.source}", source=fingerprint(r.source)) for r in refs},
        "km": {r.key: Translation(text=f"ខ្មែរ {r.source}", source=fingerprint(r.source)) for r in refs},
    }
    audio = next(b for lesson in course.lessons() for b in lesson.blocks if isinstance(b, AudioBlock))
    recording = bundle.media.add_bytes(course, _wav(0.5), "greeting-km.wav")
    course.translations["km"][f"{audio.id}/media"] = Translation(text=recording.path, source=fingerprint(audio.media))
    return bundle
