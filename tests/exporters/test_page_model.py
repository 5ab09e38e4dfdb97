"""The phone package's pages come from a page model built before any template runs."""

from __future__ import annotations

from coursebuilder.exporters.offline.assets import Assets
from coursebuilder.exporters.offline.site import SiteRenderer
from exporters.offline_support import offline_bundle


def _renderer(bundle, single: bool = False) -> SiteRenderer:
    assets = Assets({}, lambda path: b"", inline=False)
    return SiteRenderer(bundle.course, assets, single_page=single, inline=False, scorm=False)


def test_a_page_is_the_same_whichever_order_the_pages_are_rendered_in():
    bundle = offline_bundle()
    forward = _renderer(bundle)
    first = {p.slug: forward.render_page(p) for p in forward.pages}
    backward = _renderer(bundle)
    second = {p.slug: backward.render_page(p) for p in reversed(backward.pages)}
    assert first == second
    # Rendering again changes nothing either: templates only read the model.
    assert {p.slug: forward.render_page(p) for p in forward.pages} == first


def test_exercise_questions_and_their_keys_are_in_the_model_before_rendering():
    bundle = offline_bundle()
    renderer = _renderer(bundle)
    lessons = [p for p in renderer.pages if p.kind == "lesson"]
    exercises = [(b, views) for p in lessons for b, views in p.blocks if b.type == "exercise"]
    assert exercises and all(len(views) == len(b.questions) for b, views in exercises)
    page = next(p for p in lessons if any(b.type == "exercise" for b, _ in p.blocks))
    html = renderer.render_page(page)
    for _, views in page.blocks:
        for view in views:
            assert f'data-q="{view["key"]}"' in html and f'"{view["key"]}":' in html


def test_pictures_and_files_are_in_the_model_and_rendering_touches_no_state():
    for single in (False, True):
        bundle = offline_bundle()
        renderer = _renderer(bundle, single=single)
        # Before any template runs, each page already knows what it shows and which files it uses.
        used = {slug: set(names) for slug, names in renderer.assets.used.items()}
        files = dict(renderer.assets.files)
        shown_pages = {p.slug for p in renderer.pages if p.shown}
        media_pages = {p.slug for p in renderer.pages if p.kind == "lesson"
                       and any(b.type in ("image", "audio", "video", "file") for b, _ in p.blocks)}
        assert media_pages and media_pages <= shown_pages
        assert media_pages <= {slug for slug, names in used.items() if names}
        if single:
            renderer.render_single()
        else:
            for page in renderer.pages:
                renderer.render_page(page)
        # The size report reads ``assets.used``: rendering does not change it.
        assert {slug: set(names) for slug, names in renderer.assets.used.items()} == used
        assert renderer.assets.files == files


def test_templates_get_no_object_to_call_back():
    renderer = _renderer(offline_bundle())
    context = renderer._context(page=renderer.pages[0])
    assert "assets" not in context and "r" not in context
    calls = {name for name, value in context.items() if callable(value) and not isinstance(value, type)}
    assert not calls, f"templates could call {calls}"


def test_a_one_point_question_and_a_one_question_quiz_are_counted_in_the_singular():
    import dataclasses

    bundle = offline_bundle()
    course = bundle.course
    quiz = next(i for m in course.modules for i in m.items if i.type == "quiz")
    gradable = next(q for q in quiz.questions if q.gradable)
    one = dataclasses.replace(quiz, questions=[dataclasses.replace(gradable, points=1)])
    course.modules[0].items = [one if i is quiz else i for i in course.modules[0].items]
    bundle.course = dataclasses.replace(course, language="en")
    renderer = _renderer(bundle)
    page = next(p for p in renderer.pages if p.item is one)
    html = renderer.render_page(page)
    assert ">1 point<" in html and "1 points" not in html and "· 1 question<" in html
    home = next(p for p in renderer.pages if p.kind == "home")
    assert "1 question<" in renderer.render_page(home) and "1 questions" not in renderer.render_page(home)
