"""A course in Chinese with English and Khmer translations, built through the model's own operations."""

from __future__ import annotations

from coursebuilder.bundle import CourseBundle
from coursebuilder.model import (
    Choice, Course, ImageBlock, Lesson, Module, Person, Quiz, SingleChoiceQuestion, TextBlock,
)
from coursebuilder.model.languages import set_languages, set_translation, text_refs
from factories import jpeg_bytes

#: Default text -> (English, Khmer).
TEXTS = {
    "网上卖菜": ("Selling vegetables online", "ការលក់បន្លែតាមអនឡាញ"),
    "第一天": ("Day one", "ថ្ងៃទីមួយ"),
    "拍好产品照片": ("Taking good product photos", "ការថតរូបផលិតផលឲ្យស្អាត"),
    "早上拍照": ("Take photos in the morning", "ថតរូបនៅពេលព្រឹក"),
    "写清楚价格": ("Write the price clearly", "សរសេរតម្លៃឲ្យច្បាស់"),
    "- 早上光线最好。\n- 写清楚价格和重量。\n- 快速回答顾客的问题。": (
        "- Morning light is best.\n- Write the price and weight clearly.\n- Answer customers' questions quickly.",
        "- ពន្លឺពេលព្រឹកល្អបំផុត។\n- សរសេរតម្លៃ និងទម្ងន់ឲ្យច្បាស់លាស់។\n- ឆ្លើយសំណួររបស់អតិថិជនឲ្យបានឆាប់រហ័ស។"),
    "早市的新鲜蔬菜": ("Fresh vegetables at the morning market", "បន្លែស្រស់នៅផ្សារពេលព្រឹក"),
    "菜摊": ("A vegetable stall", "តុលក់បន្លែ"),
    "问一问谁拍过照片。": ("Ask who has taken photos before.", "សួរថាអ្នកណាធ្លាប់ថតរូប។"),
    "小测验": ("Check", "សំណួរពិនិត្យ"),
    "什么时候光线最好？": ("When is the light best?", "តើពេលណាដែលពន្លឺល្អបំផុត?"),
    "早上": ("Morning", "ពេលព្រឹក"),
    "半夜": ("Midnight", "ពេលកណ្ដាលអធ្រាត្រ"),
}


def variant_bundle(languages: tuple[str, ...] = ("zh-Hans", "en", "km")) -> CourseBundle:
    """Return a Chinese course translated into English and Khmer (every text, through set_translation)."""
    course = Course(id="course-variants", title="网上卖菜", language="zh-Hans", authors=[Person(name="李老师")],
                    created="2026-01-01T00:00:00+00:00", modified="2026-01-01T00:00:00+00:00")
    bundle = CourseBundle(course=course)
    photo = bundle.media.add_bytes(course, jpeg_bytes(size=(320, 240)), "market.jpg")
    lesson = Lesson(id="l1", title="拍好产品照片", objectives=["早上拍照", "写清楚价格"], notes="问一问谁拍过照片。", blocks=[
        TextBlock(id="b1", markdown="- 早上光线最好。\n- 写清楚价格和重量。\n- 快速回答顾客的问题。"),
        ImageBlock(id="b2", media=photo.path, alt="菜摊", caption="早市的新鲜蔬菜"),
    ])
    quiz = Quiz(id="q", title="小测验", questions=[SingleChoiceQuestion(
        id="q1", prompt="什么时候光线最好？", choices=[Choice(id="q1a", text="早上", correct=True),
                                                  Choice(id="q1b", text="半夜")])])
    course.modules = [Module(id="m1", title="第一天", items=[lesson, quiz])]
    set_languages(course, list(languages)).apply()
    column = {"en": 0, "km": 1}
    for lang in languages[1:]:
        for ref in text_refs(course):
            if ref.kind != "media" and ref.source in TEXTS:
                set_translation(course, lang, ref.key, TEXTS[ref.source][column[lang]]).apply()
    return bundle
