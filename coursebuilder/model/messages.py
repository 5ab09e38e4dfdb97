"""The words for every problem the course checks find, in each interface language.

A problem is a code and its parameters (see ``validate.Problem``); this catalogue turns it
into a sentence for the lecturer. It is the one home of these words: the command line
shows the English, the editor the interface's language. No Qt here, so tests and the CLI
read it directly.
"""

from __future__ import annotations

from typing import Any, Mapping

from .messages_km_lo import MESSAGES_KM_LO, NAMES_KM_LO
from .questions import KIND_NAMES

#: Interface languages the catalogue speaks; any other falls back to English.
LANGUAGES = ("en", "zh", "km", "lo")

#: code -> language -> template; ``{name}`` is filled from the problem's parameters.
MESSAGES: dict[str, dict[str, str]] = {
    # the course
    "course.no_title": {"en": "the course has no title", "zh": "课程还没有标题"},
    "course.bad_language": {
        "en": "{tag!r} is not a language tag; use one like en, zh-Hans, km or lo",
        "zh": "“{tag}”不是语言代码；请用 en、zh-Hans、km、lo 这样的代码",
    },
    "course.no_modules": {"en": "the course has no modules yet", "zh": "课程还没有单元"},
    "cover.missing": {"en": "cover image {path} is not in the bundle", "zh": "封面图片 {path} 不在课程包里"},
    "cover.not_image": {"en": "cover {path} is not an image", "zh": "封面 {path} 不是图片"},
    "id.duplicate": {
        "en": "id {id!r} is used at {first} and at {second} ({count} times in all); every id must be unique",
        "zh": "编号“{id}”在 {first} 和 {second} 都用了（共 {count} 次）；每个编号只能用一次",
    },
    # languages and translations
    "language.bad_tag": {
        "en": "{tag!r} in the course's languages is not a language tag; use one like en, zh-Hans, km or lo",
        "zh": "课程语言里的“{tag}”不是语言代码；请用 en、zh-Hans、km、lo 这样的代码",
    },
    "language.listed_twice": {"en": "the language {tag} is listed twice", "zh": "语言 {tag} 列了两次"},
    "language.default_not_first": {
        "en": "the course's languages must start with its default language {tag}",
        "zh": "课程语言的第一个必须是默认语言 {tag}",
    },
    "translation.undeclared": {
        "en": "there are translations into {language}, which is not one of the course's languages; "
              "add the language or they are never used",
        "zh": "有译成 {language} 的译文，但 {language} 不是课程语言；请添加这个语言，否则这些译文不会用到",
    },
    "translation.unknown_key": {
        "en": "{count} {language} translations (first {key}) belong to no text in the course (it was deleted, "
              "or a newer CourseBuilder wrote them); they are kept but not used",
        "zh": "有 {count} 条 {language} 译文（第一条是 {key}）不属于课程里的任何文字（原文已删除，或由更新版本写入）；"
              "这些译文会保留，但不会用到",
    },
    "translation.media_missing": {
        "en": "the {language} replacement {path} is not in the bundle; the default file is shown instead",
        "zh": "{language} 的替换文件 {path} 不在课程包里；改为显示默认文件",
    },
    "translation.media_wrong_kind": {
        "en": "the {language} replacement {path} is {found}, not {wanted}",
        "zh": "{language} 的替换文件 {path} 是{found}，不是{wanted}",
    },
    "translation.missing": {
        "en": "{count} texts are not translated into {language} yet; they show the default language",
        "zh": "还有 {count} 处文字没有译成 {language}；这些地方显示默认语言",
    },
    "translation.stale": {
        "en": "{count} {language} translations were made before their text changed; check them",
        "zh": "有 {count} 条 {language} 译文是在原文修改之前翻译的；请核对",
    },
    # modules, lessons, quizzes, surveys
    "module.no_title": {"en": "the module has no title", "zh": "单元还没有标题"},
    "module.empty": {"en": "the module is empty", "zh": "单元是空的"},
    "item.no_title": {"en": "the {kind} has no title", "zh": "{kind}还没有标题"},
    "lesson.empty": {"en": "the lesson is empty", "zh": "课是空的"},
    "lesson.negative_minutes": {"en": "estimated minutes cannot be negative", "zh": "预计时长不能是负数"},
    # media
    "media.listed_twice": {"en": "{path} is listed twice", "zh": "{path} 列了两次"},
    "media.bad_checksum": {"en": "{path} has no valid SHA-256 checksum", "zh": "{path} 没有有效的 SHA-256 校验值"},
    "media.negative_size": {"en": "{path} has a negative size", "zh": "{path} 的大小是负数"},
    # blocks
    "block.text_empty": {"en": "the text block is empty", "zh": "文字块是空的"},
    "block.no_file": {"en": "the {kind} block has no file chosen", "zh": "{kind}块还没有选文件"},
    "block.file_missing": {"en": "{kind} {path} is missing", "zh": "{kind}文件 {path} 找不到"},
    "block.wrong_kind": {"en": "{path} is {found}, not {wanted}", "zh": "{path} 是{found}，不是{wanted}"},
    "image.no_alt": {
        "en": "the image has no alt text for trainees who cannot see it",
        "zh": "图片没有替代文字，看不见的学员无法了解它",
    },
    "image.bad_turn": {
        "en": "the picture is turned by {degrees} degrees; only 0, 90, 180 or 270 are possible; exports show the whole picture",
        "zh": "图片旋转了 {degrees} 度，只能是 0、90、180 或 270 度；导出时显示整张图片",
    },
    "image.bad_crop": {
        "en": "the crop does not fit the picture; exports show the whole picture",
        "zh": "裁剪范围超出了图片；导出时显示整张图片",
    },
    "exercise.no_questions": {"en": "the exercise has no questions", "zh": "练习还没有题目"},
    # quizzes and surveys
    "assessment.no_questions": {"en": "the {kind} has no questions", "zh": "{kind}还没有题目"},
    "quiz.bad_pass_mark": {"en": "the pass mark must be between 0 and 100 per cent", "zh": "及格线必须在 0% 到 100% 之间"},
    "quiz.negative_attempts": {"en": "attempts cannot be negative (0 means unlimited)", "zh": "作答次数不能是负数（0 表示不限）"},
    "quiz.nothing_to_mark": {"en": "the quiz has no question that can be marked", "zh": "测验里没有可以评分的题目"},
    "quiz.unscored_question": {"en": "{kind} questions are not scored in a quiz", "zh": "测验里的{kind}不计分"},
    # questions
    "question.no_text": {"en": "the question has no text", "zh": "题目没有文字"},
    "question.negative_points": {"en": "points cannot be negative", "zh": "分值不能是负数"},
    "choice.too_few": {"en": "a choice question needs at least two choices", "zh": "选择题至少要有两个选项"},
    "choice.empty": {"en": "a choice has no text", "zh": "有一个选项没有文字"},
    "choice.duplicate": {"en": "two choices have the same text", "zh": "有两个选项文字相同"},
    "choice.none_correct": {"en": "no choice is marked correct", "zh": "没有标出正确选项"},
    "choice.several_correct": {
        "en": "{count} choices are marked correct; a single-choice question has one (use multiple choice instead)",
        "zh": "标了 {count} 个正确选项；单选题只能有一个（请改用多选题）",
    },
    "choice.credit_range": {
        "en": "the choice “{choice}” earns {credit}%; part marks run from -100% to 100%",
        "zh": "选项“{choice}”得 {credit}%；部分得分只能在 -100% 到 100% 之间",
    },
    "choice.credit_mismatch": {
        "en": "the choice “{choice}” earns {credit}% but its “correct” mark says otherwise; "
              "with part marks, correct choices earn more than 0% (single choice: 100%)",
        "zh": "选项“{choice}”得 {credit}%，却与“正确”标记不符；有部分得分时，正确选项得分要大于 0%（单选题为 100%）",
    },
    "choice.credit_total": {
        "en": "the choices marked correct earn {total}% together, not 100%",
        "zh": "标为正确的选项加起来得 {total}%，不是 100%",
    },
    "fill.no_blank": {"en": "the sentence has no blank; mark one like [[answer]]", "zh": "句子里没有空格；请用 [[答案]] 标出一个"},
    "fill.empty_blank": {"en": "a blank has no answer inside [[ ]]", "zh": "有一个空格的 [[ ]] 里没有答案"},
    "matching.too_few": {
        "en": "a matching question needs at least two pairs, it has {count}",
        "zh": "配对题至少要有两对，现在只有 {count} 对",
    },
    "matching.half_pair": {"en": "a pair is missing one of its sides", "zh": "有一对缺了一边"},
    "matching.duplicate_left": {"en": "two pairs have the same left side", "zh": "有两对的左边相同"},
    "ordering.too_few": {"en": "an ordering question needs at least two items", "zh": "排序题至少要有两项"},
    "ordering.duplicate": {"en": "two items to order are the same", "zh": "有两个要排序的项相同"},
    "short.no_answer": {"en": "no accepted answer is given", "zh": "没有给出可接受的答案"},
    "short.credit_unknown": {
        "en": "part marks are set for “{answer}”, which is not an accepted answer",
        "zh": "“{answer}”设了部分得分，但它不是可接受的答案",
    },
    "short.credit_range": {
        "en": "the part marks for “{answer}” are {credit}%; write a percent from 1 to 99 (or remove them for full marks)",
        "zh": "“{answer}”的部分得分是 {credit}%；请写 1 到 99 之间的百分数（满分则删去）",
    },
    "numeric.negative_tolerance": {"en": "the tolerance cannot be negative", "zh": "误差范围不能是负数"},
    "rating.bad_range": {"en": "the scale's lowest value must be below its highest", "zh": "量表的最低值必须小于最高值"},
    "rating.too_many_steps": {
        "en": "a scale of more than 11 steps is hard to answer on a phone",
        "zh": "超过 11 级的量表在手机上很难作答",
    },
}

#: Words a problem names as a parameter (``kind``, ``found``, ``wanted``): what a thing is.
NAMES: dict[str, dict[str, str]] = {
    "lesson": {"en": "lesson", "zh": "课"},
    "quiz": {"en": "quiz", "zh": "测验"},
    "survey": {"en": "survey", "zh": "问卷"},
    "image": {"en": "image", "zh": "图片"},
    "audio": {"en": "audio", "zh": "音频"},
    "video": {"en": "video", "zh": "视频"},
    "file": {"en": "file", "zh": "文件"},
    "any": {"en": "file", "zh": "文件"},
    # Question kinds by their one name, in lower case as a sentence says it ("rating scale questions ...").
    **{kind: {lang: name.lower() for lang, name in names.items()} for kind, names in KIND_NAMES.items()},
}

for _table, _more in ((MESSAGES, MESSAGES_KM_LO), (NAMES, NAMES_KM_LO)):
    for _code, _words in _more.items():
        if _code in _table:
            _table[_code].update(_words)

#: Parameters whose value is a key of NAMES rather than text to show as it is.
WORD_PARAMETERS = frozenset({"kind", "found", "wanted"})


def catalogue_language(language: str) -> str:
    """Return the catalogue language for an interface or course language (``zh_CN``, ``zh-Hans`` -> ``zh``)."""
    base = language.replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else "en"


def render(code: str, params: Mapping[str, Any], language: str = "en") -> str:
    """Return the problem ``code`` with its parameters as a sentence in ``language`` (English if unknown)."""
    lang = catalogue_language(language)
    templates = MESSAGES[code]
    values = {
        key: (NAMES.get(str(value), {}).get(lang) or str(value)) if key in WORD_PARAMETERS else value
        for key, value in params.items()
    }
    return (templates.get(lang) or templates["en"]).format(**values)
