"""Small Khmer and Lao courses for slide tests: long sentences without spaces, choices, a picture caption."""

from __future__ import annotations

from coursebuilder.bundle import CourseBundle
from coursebuilder.model import (
    Choice, Course, ImageBlock, Lesson, Module, Person, Quiz, SingleChoiceQuestion, TextBlock,
)
from factories import jpeg_bytes

TEXTS = {
    "km": {
        "title": "ការលក់បន្លែតាមអនឡាញ",
        "module": "ថ្ងៃទីមួយ",
        "lesson": "ការថតរូបផលិតផលឲ្យស្អាតនិងច្បាស់លាស់សម្រាប់អតិថិជន",
        "objectives": ["ថតរូបនៅពេលព្រឹក", "សរសេរតម្លៃឲ្យច្បាស់"],
        "paragraphs": [
            "ថតរូបផលិតផលនៅពេលព្រឹក ព្រោះពន្លឺធម្មជាតិល្អបំផុតហើយពណ៌បន្លែមើលទៅស្រស់ស្អាត។",
            "សរសេរតម្លៃ ទម្ងន់ និងប្រភពរបស់ផលិតផលឲ្យបានច្បាស់លាស់ ដើម្បីឲ្យអតិថិជនទុកចិត្ត។",
            "ឆ្លើយសំណួររបស់អតិថិជនឲ្យបានឆាប់រហ័សនិងគួរសម ទោះបីជាពួកគេមិនទាន់ទិញក៏ដោយ។",
        ],
        "bullets": ["ប្រើទូរស័ព្ទដៃដែលមានកាមេរ៉ាល្អ", "សម្អាតកញ្ចក់កាមេរ៉ាមុនពេលថត", "ដាក់ផលិតផលនៅលើតុស្អាត"],
        "caption": "បន្លែស្រស់នៅផ្សារពេលព្រឹក",
        "alt": "តុលក់បន្លែ",
        "quiz": "សំណួរពិនិត្យ",
        "prompt": "តើពេលណាដែលពន្លឺល្អបំផុតសម្រាប់ថតរូបផលិតផល?",
        "choices": ["ពេលព្រឹក", "ពេលកណ្ដាលអធ្រាត្រ"],
    },
    "lo": {
        "title": "ການຂາຍຜັກທາງອອນລາຍ",
        "module": "ມື້ທີໜຶ່ງ",
        "lesson": "ການຖ່າຍຮູບສິນຄ້າໃຫ້ງາມແລະຊັດເຈນສຳລັບລູກຄ້າ",
        "objectives": ["ຖ່າຍຮູບໃນຕອນເຊົ້າ", "ຂຽນລາຄາໃຫ້ຊັດເຈນ"],
        "paragraphs": [
            "ຖ່າຍຮູບສິນຄ້າໃນຕອນເຊົ້າ ເພາະແສງທຳມະຊາດດີທີ່ສຸດແລະສີຂອງຜັກເບິ່ງສົດໃສງາມ.",
            "ຂຽນລາຄາ ນ້ຳໜັກ ແລະແຫຼ່ງທີ່ມາຂອງສິນຄ້າໃຫ້ຊັດເຈນ ເພື່ອໃຫ້ລູກຄ້າໄວ້ວາງໃຈ.",
            "ຕອບຄຳຖາມຂອງລູກຄ້າໃຫ້ໄວແລະສຸພາບ ເຖິງແມ່ນວ່າເຂົາເຈົ້າຍັງບໍ່ທັນຊື້ກໍຕາມ.",
        ],
        "bullets": ["ໃຊ້ໂທລະສັບມືຖືທີ່ມີກ້ອງຖ່າຍຮູບດີ", "ເຊັດເລນກ້ອງກ່ອນຖ່າຍຮູບ", "ວາງສິນຄ້າໄວ້ເທິງໂຕະທີ່ສະອາດ"],
        "caption": "ຜັກສົດຢູ່ຕະຫຼາດຕອນເຊົ້າ",
        "alt": "ໂຕະຂາຍຜັກ",
        "quiz": "ຄຳຖາມກວດສອບ",
        "prompt": "ເວລາໃດທີ່ແສງດີທີ່ສຸດສຳລັບການຖ່າຍຮູບສິນຄ້າ?",
        "choices": ["ຕອນເຊົ້າ", "ທ່ຽງຄືນ"],
    },
}


def spaceless_bundle(language: str) -> CourseBundle:
    """Return a course written entirely in Khmer (``km``) or Lao (``lo``)."""
    t = TEXTS[language]
    course = Course(id=f"course-{language}", title=t["title"], language=language, authors=[Person(name="Sok")],
                    created="2026-01-01T00:00:00+00:00", modified="2026-01-01T00:00:00+00:00")
    bundle = CourseBundle(course=course)
    photo = bundle.media.add_bytes(course, jpeg_bytes(size=(320, 240)), "market.jpg")
    text = "\n\n".join(t["paragraphs"] * 2) + "\n\n" + "\n".join(f"- {b}" for b in t["bullets"])
    lesson = Lesson(id="l1", title=t["lesson"], objectives=list(t["objectives"]), blocks=[
        TextBlock(id="b1", markdown=text),
        ImageBlock(id="b2", media=photo.path, alt=t["alt"], caption=t["caption"]),
    ])
    quiz = Quiz(id="q", title=t["quiz"], questions=[SingleChoiceQuestion(
        id="q1", prompt=t["prompt"], choices=[Choice(id="q1a", text=t["choices"][0], correct=True),
                                             Choice(id="q1b", text=t["choices"][1])])])
    course.modules = [Module(id="m1", title=t["module"], items=[lesson, quiz])]
    return bundle
