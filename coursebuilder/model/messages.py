"""The words for every problem, bundle error and importer note, in each interface language.

A problem is a code and its parameters (see ``validate.Problem``), and so is a ``Message``
(what a ``BundleError`` or an importer's ``Notice`` says, and its place); this catalogue
turns it into a sentence for the lecturer. It is the one home of these words: the command line
shows the English, the editor the interface's language. No Qt here, so tests and the CLI
read it directly.
"""

from __future__ import annotations

from dataclasses import dataclass
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

#: code -> language -> template for what is not a validation problem: bundle errors, importer notes, their places.
REPORTS: dict[str, dict[str, str]] = {
    # places named in bundle errors and importer notes
    "place.line": {"en": "{name} line {line}", "zh": "{name} 第 {line} 行"},
    "place.slide": {"en": "slide {number}", "zh": "第 {number} 张幻灯片"},
    "place.section": {"en": "section “{title}”", "zh": "节“{title}”"},
    # opening a bundle: the container
    "bundle.not_found": {"en": "{path} does not exist", "zh": "{path} 不存在"},
    "bundle.cannot_read": {"en": "cannot read {path}: {reason}", "zh": "无法读取 {path}：{reason}"},
    "bundle.not_zip": {"en": "{name} is not a course bundle (not a ZIP file or damaged)",
                       "zh": "{name} 不是课程包（不是 ZIP 文件，或已损坏）"},
    "bundle.zip64": {"en": "{name} needs ZIP64 support", "zh": "{name} 需要 ZIP64 支持"},
    "bundle.no_manifest": {"en": "this is not a course bundle: it has no {manifest}",
                           "zh": "这不是课程包：里面没有 {manifest}"},
    "bundle.manifest_backup": {
        "en": "a save was cut off and {manifest} could not be put back; rename {backup} to {manifest} to get the last saved course",
        "zh": "上次保存被中断，{manifest} 没能恢复；把 {backup} 改名为 {manifest} 即可找回最后保存的课程",
    },
    "bundle.too_many": {"en": "the bundle holds {count} files, over the limit of {limit}",
                        "zh": "课程包里有 {count} 个文件，超过上限 {limit}"},
    "bundle.too_many_entries": {"en": "the bundle holds {count} entries, over the limit of {limit}",
                                "zh": "课程包里有 {count} 个条目，超过上限 {limit}"},
    "bundle.too_big": {"en": "the bundle unpacks to {size} GiB, over the {limit} GiB limit",
                       "zh": "课程包解开后有 {size} GiB，超过上限 {limit} GiB"},
    "bundle.damaged_while_open": {"en": "{name} is damaged or was changed while open ({reason})",
                                  "zh": "{name} 已损坏，或在打开期间被改动（{reason}）"},
    "entry.too_large": {"en": "{name} is larger than the {limit} KiB allowed", "zh": "{name} 超过允许的 {limit} KiB"},
    "entry.twice": {"en": "entry {name!r} appears twice", "zh": "条目“{name}”出现了两次"},
    "entry.case_only": {"en": "entries {first!r} and {second!r} differ only in case",
                        "zh": "条目“{first}”和“{second}”只有大小写不同"},
    "entry.huge": {"en": "entry {name!r} is {size} MiB, over the limit", "zh": "条目“{name}”有 {size} MiB，超过上限"},
    "entry.symlink": {"en": "entry {name!r} is a symbolic link", "zh": "条目“{name}”是符号链接"},
    "entry.not_file": {"en": "entry {name!r} is not a regular file", "zh": "条目“{name}”不是普通文件"},
    "entry.encrypted": {"en": "entry {name!r} is encrypted", "zh": "条目“{name}”是加密的"},
    "entry.compression": {"en": "entry {name!r} uses an unsupported compression method",
                          "zh": "条目“{name}”用了不支持的压缩方式"},
    "entry.bomb": {"en": "entry {name!r} expands {ratio} times; this looks like a zip bomb",
                   "zh": "条目“{name}”解压后放大 {ratio} 倍，像是“压缩炸弹”"},
    "entry.damaged": {"en": "{name} is damaged in the bundle ({reason})", "zh": "课程包里的 {name} 已损坏（{reason}）"},
    "entry.overlong_data": {"en": "{name} holds more data than its recorded size", "zh": "{name} 的数据比记录的大小还多"},
    "entry.cannot_read": {"en": "cannot read {name}: {reason}", "zh": "无法读取 {name}：{reason}"},
    # entry names
    "name.empty": {"en": "an entry has an empty name", "zh": "有一个条目没有名字"},
    "name.backslash": {"en": "entry {name!r} uses a backslash in its path", "zh": "条目“{name}”的路径里有反斜杠"},
    "name.absolute": {"en": "entry {name!r} has an absolute path", "zh": "条目“{name}”用的是绝对路径"},
    "name.control": {"en": "entry {name!r} has control characters in its name", "zh": "条目“{name}”的名字里有控制字符"},
    "name.disguise": {"en": "entry {name!r} has invisible direction or format characters that can disguise its type",
                      "zh": "条目“{name}”的名字里有看不见的方向或格式字符，可能掩盖文件类型"},
    "name.escape": {"en": "entry {name!r} tries to leave the bundle with {part!r}", "zh": "条目“{name}”想用“{part}”跳出课程包"},
    "name.empty_segment": {"en": "entry {name!r} has an empty path segment", "zh": "条目“{name}”的路径里有空的一段"},
    "name.windows_chars": {"en": "entry {name!r} has a name Windows cannot store", "zh": "条目“{name}”的名字 Windows 无法保存"},
    "name.windows_reserved": {"en": "entry {name!r} uses a name reserved by Windows", "zh": "条目“{name}”用了 Windows 保留的名字"},
    "name.part_long": {"en": "entry {name!r}... has a name longer than {limit} bytes", "zh": "条目“{name}…”的名字超过 {limit} 字节"},
    "name.path_long": {"en": "entry {name!r}... has a path longer than {limit} characters",
                       "zh": "条目“{name}…”的路径超过 {limit} 个字符"},
    # the manifest
    "manifest.not_mapping": {"en": "the manifest is not a YAML mapping", "zh": "清单不是 YAML 映射"},
    "manifest.bad_format": {"en": "the manifest does not start with 'format: {format}' (found {found!r})",
                            "zh": "清单开头不是“format: {format}”（而是“{found}”）"},
    "manifest.bad_version": {"en": "schema_version must be a whole number, found {found!r}",
                             "zh": "schema_version 必须是整数，现在是“{found}”"},
    "manifest.newer": {
        "en": "this bundle was made by a newer CourseBuilder (format version {version}); this version reads up to {supported}. Update CourseBuilder to open it.",
        "zh": "这个课程包是较新版本的 CourseBuilder 做的（格式版本 {version}）；本版本最多能读 {supported}。请更新 CourseBuilder 再打开。",
    },
    "manifest.duplicate_key": {"en": "the key {key!r} appears twice", "zh": "键“{key}”出现了两次"},
    "manifest.too_deep": {"en": "the manifest is nested more than {limit} levels deep", "zh": "清单嵌套超过 {limit} 层"},
    "manifest.alias": {"en": "YAML aliases (*name) are not allowed in a course manifest",
                       "zh": "课程清单里不允许用 YAML 别名（*name）"},
    "manifest.too_large": {"en": "the manifest is {size} KiB, over the {limit} KiB limit", "zh": "清单有 {size} KiB，超过上限 {limit} KiB"},
    "manifest.not_utf8": {"en": "the text is not UTF-8 (byte {byte})", "zh": "文字不是 UTF-8 编码（第 {byte} 个字节）"},
    "manifest.unreadable": {"en": "the manifest cannot be read: {reason}", "zh": "无法读取清单：{reason}"},
    # media listed in the manifest
    "media.missing_in_bundle": {"en": "{path} is listed but missing from the bundle", "zh": "{path} 列在清单里，但课程包里没有"},
    "media.size_differs": {"en": "{path} is {size} bytes but the manifest says {listed}",
                           "zh": "{path} 有 {size} 字节，但清单写的是 {listed}"},
    "media.too_many_pixels": {"en": "{path} claims {width}×{height} pixels, over the safe limit",
                              "zh": "{path} 自称有 {width}×{height} 像素，超过安全上限"},
    "media.not_in_media": {"en": "{path} must be a file directly inside {folder}/", "zh": "{path} 必须是直接放在 {folder}/ 里的文件"},
    "media.not_in_bundle": {"en": "{path} is not in the bundle", "zh": "{path} 不在课程包里"},
    "media.checksum": {"en": "{path} does not match its checksum (damaged or changed)",
                       "zh": "{path} 与校验值不符（已损坏或被改动）"},
    # importer notes: PowerPoint decks
    "note.empty_section": {"en": "the section has no slides and is not imported", "zh": "这一节没有幻灯片，不导入"},
    "note.hidden_slide": {"en": "the slide is hidden in the deck; it is imported anyway", "zh": "这张幻灯片在演示文稿里是隐藏的；仍然导入"},
    "note.animations": {"en": "animations are not carried over", "zh": "动画不会带过来"},
    "note.embedded_media": {"en": "embedded {kind} {name} is not carried over; add it as a media block",
                            "zh": "嵌入的{kind} {name} 不会带过来；请把它加成媒体块"},
    "note.chart_table": {"en": "chart {name}{chart} is not carried over; its numbers are kept as a table",
                         "zh": "图表 {name}{chart} 不会带过来；它的数字保留为表格"},
    "note.chart": {"en": "chart {name}{chart} is not carried over; add it as a picture", "zh": "图表 {name}{chart} 不会带过来；请把它加成图片"},
    "note.smartart_list": {"en": "SmartArt graphic {name} is not carried over; its text is kept as a list",
                           "zh": "SmartArt 图形 {name} 不会带过来；其中的文字保留为列表"},
    "note.smartart": {"en": "SmartArt graphic {name} is not carried over", "zh": "SmartArt 图形 {name} 不会带过来"},
    "note.embedded_object": {"en": "embedded {program} {name} is not carried over", "zh": "嵌入的 {program} {name} 不会带过来"},
    "note.graphic": {"en": "graphic {name} is not carried over", "zh": "图形 {name} 不会带过来"},
    "note.ink": {"en": "an ink drawing is not carried over", "zh": "墨迹绘图不会带过来"},
    "note.picture_linked": {
        "en": "picture {name} is linked to a file outside the deck ({target}); not imported: add the picture itself",
        "zh": "图片 {name} 链接到演示文稿外的文件（{target}）；不导入：请直接加入图片本身"},
    "note.picture_missing": {"en": "picture {name} is missing from the deck or cannot be read; not imported",
                             "zh": "图片 {name} 在演示文稿里缺失或无法读取；不导入"},
    "note.picture_drawing": {"en": "picture {name} is a {kind} drawing that phones cannot show; not imported",
                             "zh": "图片 {name} 是手机无法显示的 {kind} 绘图；不导入"},
    "note.picture_cropped": {"en": "picture {name} is cropped on the slide; the whole picture is imported",
                             "zh": "图片 {name} 在幻灯片上被裁剪过；导入的是整张图片"},
    "note.picture_unusable": {"en": "picture {name} cannot be used ({reason}); not imported", "zh": "图片 {name} 无法使用（{reason}）；不导入"},
    "note.picture_no_alt": {"en": "picture {name} has no alt text; add one for trainees who cannot see it",
                            "zh": "图片 {name} 没有替代文字；请为看不见图片的学员补上"},
    # importer notes: photo folders and Markdown notes
    "note.symlink": {"en": "symbolic link not followed", "zh": "没有跟随符号链接"},
    "note.subfolder_photos": {"en": "folders inside the photo folder are not imported", "zh": "照片文件夹里的子文件夹不导入"},
    "note.heic": {"en": "HEIC/HEIF photos cannot be read; set the phone camera to JPEG (“most compatible”)",
                  "zh": "无法读取 HEIC/HEIF 照片；请把手机相机设为 JPEG（“兼容性最佳”）"},
    "note.not_picture": {"en": "not a picture; skipped", "zh": "不是图片；已跳过"},
    "note.alt_needed": {"en": "{count} new pictures need alt text describing them for trainees who cannot see",
                        "zh": "有 {count} 张新图片需要替代文字，为看不见图片的学员描述图片"},
    "note.no_questions": {"en": "holds no questions; no quiz is made from it", "zh": "里面没有题目；不会据此生成测验"},
    "note.nested_folder": {"en": "folders inside a module folder are added to that module", "zh": "单元文件夹里的子文件夹并入该单元"},
    "note.front_matter": {"en": "front matter '{key}' is not a lesson field and is not kept", "zh": "前置信息“{key}”不是课的字段，不保留"},
    "note.html_img": {"en": "an HTML <img> picture is not imported; write ![alt](path)", "zh": "HTML 的 <img> 图片不导入；请写成 ![alt](path)"},
    "note.web_picture": {"en": "the web picture {src} stays a link: trainees may be offline", "zh": "网络图片 {src} 保留为链接：学员可能没有网络"},
    # importer notes: GIFT question banks
    "note.gift_description": {"en": "a description (text without an answer block) becomes part of the quiz description",
                              "zh": "说明文字（没有答案块的文字）并入测验说明"},
    "note.gift_empty_answer": {"en": "an answer with no text (only the feedback “{feedback}”) is left out, as Moodle does",
                               "zh": "没有文字的答案（只有反馈“{feedback}”）被略去，与 Moodle 的做法相同"},
    "note.gift_no_marks": {"en": "the answer “{answer}” earns nothing and is not kept with its feedback “{feedback}”",
                           "zh": "答案“{answer}”不得分，不与其反馈“{feedback}”一起保留"},
    "note.gift_one_feedback": {"en": "different feedback for each accepted answer is not kept; the first one is used",
                               "zh": "每个可接受答案各自的反馈不保留；只用第一条"},
    "note.gift_blank_chars": {"en": "the answer “{answer}” holds | or brackets, which a blank cannot keep",
                              "zh": "答案“{answer}”含有 | 或方括号，填空无法保留"},
    "note.gift_tf_feedback": {"en": "a true/false question has at most two feedback texts; the rest is not kept",
                              "zh": "判断题最多有两条反馈；其余的不保留"},
    "note.gift_pair_feedback": {"en": "feedback on a matching pair is not kept", "zh": "配对项上的反馈不保留"},
    "note.gift_distractor": {"en": "the extra right-hand answer “{answer}” (a distractor) is not kept",
                             "zh": "右侧多出的答案“{answer}”（干扰项）不保留"},
    "note.gift_further_number": {
        "en": "the further answer {answer} (worth {weight}%) is not kept; "
              "only one right number with a tolerance is, so it earns nothing here",
        "zh": "另一个答案 {answer}（占 {weight}%）不保留；只保留一个带容差的正确数字，所以它在这里不得分"},
    "note.html_tag": {"en": "{tag} in the HTML is left out", "zh": "HTML 里的 {tag} 被略去"},
    "note.html_link": {"en": "the link {href} in the HTML is left out", "zh": "HTML 里的链接 {href} 被略去"},
    "note.html_picture": {"en": "the picture {src} in the HTML is left out", "zh": "HTML 里的图片 {src} 被略去"},
    # refusals of an import (ImportFailure): the file
    "refuse.not_regular": {"en": "is not a regular file", "zh": "不是普通文件"},
    "refuse.gift_over_20": {"en": "is over 20 MiB; a question bank is much smaller", "zh": "超过 20 MiB；题库要小得多"},
    "refuse.cannot_read": {"en": "cannot be read: {reason}", "zh": "无法读取：{reason}"},
    "refuse.no_questions": {"en": "holds no questions", "zh": "里面没有题目"},
    "refuse.gift_too_big": {"en": "the file is {size} MiB, over the {limit} MiB limit", "zh": "文件有 {size} MiB，超过上限 {limit} MiB"},
    "refuse.not_utf8": {"en": "the text is not UTF-8; save the file as UTF-8", "zh": "文字不是 UTF-8 编码；请把文件另存为 UTF-8"},
    "refuse.binary": {"en": "the file holds binary data, not GIFT text", "zh": "文件里是二进制数据，不是 GIFT 文字"},
    "refuse.private_use": {"en": "the line holds a private-use character GIFT files never contain",
                           "zh": "这一行有 GIFT 文件从不包含的私用区字符"},
    # refusals of a GIFT import: the question written wrongly
    "gift.stray_close": {"en": "'}}' has no '{{' before it (write \\}} for a brace in text)",
                         "zh": "“}}”前面没有“{{”（文字里的花括号请写成 \\}}）"},
    "gift.unclosed": {"en": "the answer block '{{' is never closed with '}}' (write \\{{ for a brace in text)",
                      "zh": "答案块的“{{”没有用“}}”闭合（文字里的花括号请写成 \\{{）"},
    "gift.second_brace": {"en": "a second '{brace}' inside the answer block: a question has one answer block "
                                "(write \\{brace} for a brace in text)",
                          "zh": "答案块里又有一个“{brace}”：一道题只有一个答案块（文字里的花括号请写成 \\{brace}）"},
    "gift.empty_answer": {"en": "an answer after '{marker}' is empty", "zh": "“{marker}”后面的答案是空的"},
    "gift.no_answer_text": {"en": "the answer block has no answer with text", "zh": "答案块里没有带文字的答案"},
    "gift.weight_range": {"en": "the weight {weight}% is outside -100% to 100%", "zh": "权重 {weight}% 不在 -100% 到 100% 之间"},
    "gift.weight_form": {"en": "a weight must be written like %50%", "zh": "权重要写成 %50% 这样"},
    "gift.two_choices": {"en": "a choice question needs at least two answers with text", "zh": "选择题至少需要两个带文字的答案"},
    "gift.no_full_marks": {"en": "no answer of this one-answer question earns full marks", "zh": "这道单选题没有得满分的答案"},
    "gift.no_marks": {"en": "no answer earns marks (mark the right one with = or a positive %weight%)",
                      "zh": "没有得分的答案（用 = 或正的 %权重% 标出正确答案）"},
    "gift.weights_sum": {"en": "the answers' weights add up to {total}%, not 100% (Moodle refuses this too)",
                         "zh": "答案的权重加起来是 {total}%，不是 100%（Moodle 也不接受）"},
    "gift.twice_marks": {"en": "the answer “{answer}” is given twice with different marks", "zh": "答案“{answer}”出现两次，分数不同"},
    "gift.short_no_marks": {"en": "no answer of this short-answer question earns marks", "zh": "这道简答题没有得分的答案"},
    "gift.pair_form": {"en": "every pair of a matching question is written = left -> right", "zh": "配对题的每一对都要写成 = 左 -> 右"},
    "gift.pair_empty": {"en": "the pair “{left}” has nothing after ->", "zh": "配对“{left}”的 -> 后面什么也没有"},
    "gift.number_needed": {"en": "a numerical question needs a number (write {{#3.5}}, {{#3.5:0.1}} or {{#3..4}})",
                           "zh": "数值题需要一个数字（写成 {{#3.5}}、{{#3.5:0.1}} 或 {{#3..4}}）"},
    "gift.number_right": {"en": "a numerical question needs a fully right answer", "zh": "数值题需要一个完全正确的答案"},
    "gift.range_backwards": {"en": "the range {range} runs backwards", "zh": "范围 {range} 前后颠倒了"},
    "gift.not_number": {"en": "{text!r} is not a number (write {{#3.5}}, {{#3.5:0.1}} or {{#3..4}})",
                        "zh": "“{text}”不是数字（写成 {{#3.5}}、{{#3.5:0.1}} 或 {{#3..4}}）"},
    "gift.not_finite": {"en": "{text!r} is not a finite number", "zh": "“{text}”不是有限的数"},
    # refusals of an import: folders, decks and Markdown files
    "refuse.not_folder": {"en": "is not a folder", "zh": "不是文件夹"},
    "refuse.no_photos": {"en": "holds no photos (JPEG, PNG, GIF, WebP)", "zh": "里面没有照片（JPEG、PNG、GIF、WebP）"},
    "refuse.no_markdown": {"en": "holds no .md or .gift files", "zh": "里面没有 .md 或 .gift 文件"},
    "refuse.too_many_files": {"en": "holds more than {limit} files", "zh": "里面的文件超过 {limit} 个"},
    "refuse.markdown_too_big": {"en": "is over {limit} MiB; split it into several lessons", "zh": "超过 {limit} MiB；请拆成几课"},
    "refuse.markdown_not_utf8": {"en": "the text is not UTF-8; save it as UTF-8", "zh": "文字不是 UTF-8 编码；请另存为 UTF-8"},
    "refuse.old_ppt": {"en": "is an old .ppt deck; open it in PowerPoint or LibreOffice and save it as .pptx",
                       "zh": "是旧的 .ppt 演示文稿；请用 PowerPoint 或 LibreOffice 打开，另存为 .pptx"},
    "refuse.not_pptx": {"en": "is not a PowerPoint .pptx file, or it is damaged (cut short?)",
                        "zh": "不是 PowerPoint 的 .pptx 文件，或已损坏（不完整？）"},
    "refuse.pptx_parts": {"en": "holds {count} parts, far more than any deck", "zh": "里面有 {count} 个部件，远超任何演示文稿"},
    "refuse.pptx_bomb": {"en": "part {name} expands too much to be safe (zip bomb?)", "zh": "部件 {name} 解压后过大，不安全（压缩炸弹？）"},
    "refuse.pptx_too_big": {"en": "unpacks to more than 4 GiB, too large to be a deck", "zh": "解开后超过 4 GiB，不可能是演示文稿"},
    "refuse.zip_not_pptx": {"en": "is a ZIP file but not a PowerPoint deck (no ppt/presentation.xml)",
                            "zh": "是 ZIP 文件，但不是 PowerPoint 演示文稿（没有 ppt/presentation.xml）"},
    "refuse.not_a_file": {"en": "does not exist or is not a file", "zh": "不存在，或不是文件"},
    "refuse.pptx_no_parts": {"en": "is not a PowerPoint deck (its list of parts is missing or damaged)",
                             "zh": "不是 PowerPoint 演示文稿（部件清单缺失或已损坏）"},
    # pictures that cannot be used (MediaError)
    "picture.too_many_pixels": {"en": "the picture is {width}×{height} pixels, over the safe limit of {limit} megapixels",
                                "zh": "图片有 {width}×{height} 像素，超过安全上限 {limit} 百万像素"},
    "picture.bomb": {"en": "the picture is too large to open safely (decompression bomb)",
                     "zh": "图片太大，无法安全打开（解压炸弹）"},
    "picture.unreadable": {"en": "the picture is damaged or in a format that cannot be read",
                           "zh": "图片已损坏，或是无法读取的格式"},
    "picture.cannot_read": {"en": "the picture cannot be read: {reason}", "zh": "无法读取图片：{reason}"},
    "picture.damaged": {"en": "the picture is damaged ({detail}); export it again from the camera or editor",
                        "zh": "图片已损坏（{detail}）；请从相机或编辑软件重新导出"},
    # refusals of a Markdown import: a picture or file link
    "link.no_file": {"en": "the link “{link}” names no file", "zh": "链接“{link}”没有指明文件"},
    "link.absolute": {"en": "“{link}” is an absolute path; use a path relative to the Markdown file",
                      "zh": "“{link}”是绝对路径；请用相对于 Markdown 文件的路径"},
    "link.outside": {"en": "“{link}” points outside the imported folder", "zh": "“{link}”指向导入文件夹之外"},
    "link.missing": {"en": "“{link}” does not exist", "zh": "“{link}”不存在"},
    "link.cannot_read": {"en": "“{link}” cannot be read: {reason}", "zh": "无法读取“{link}”：{reason}"},
    "link.symlink": {"en": "“{link}” goes through a symbolic link, which is not followed", "zh": "“{link}”经过符号链接，不会跟随"},
    "link.not_file": {"en": "“{link}” is not a file", "zh": "“{link}”不是文件"},
}

#: Every code the catalogue words: validation problems and reports.
CATALOGUE: dict[str, dict[str, str]] = {**MESSAGES, **REPORTS}

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
    templates = CATALOGUE[code]
    values = {
        key: (NAMES.get(str(value), {}).get(lang) or str(value)) if key in WORD_PARAMETERS else value
        for key, value in params.items()
    }
    return (templates.get(lang) or templates["en"]).format(**values)


@dataclass(frozen=True)
class Message:
    """Words for the lecturer kept as a code and its parameters, worded in any language when shown."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, language: str = "en") -> str:
        """Return the message in ``language`` (an interface language such as ``zh_CN``; English if unknown)."""
        return render(self.code, dict(self.params), language)

    def __str__(self) -> str:
        return self.text()


def say(code: str, **params: Any) -> Message:
    """Return the message ``code`` with its parameters (a KeyError now if the catalogue lacks it)."""
    CATALOGUE[code]
    return Message(code, tuple(params.items()))


def worded(value: "str | Message", language: str) -> str:
    """Return a message in ``language``, or a plain string as it is (words not yet in the catalogue)."""
    return value.text(language) if isinstance(value, Message) else value
