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


def test_each_section_of_a_one_file_package_counts_its_own_pictures():
    bundle = offline_bundle()
    renderer = _renderer(bundle, single=True)
    renderer.render_single()
    used = {slug for slug, names in renderer.assets.used.items() if names}
    photo_pages = {p.slug for p in renderer.pages if p.kind == "lesson"
                   and any(b.type == "image" for b, _ in p.blocks)}
    assert photo_pages and photo_pages <= used
