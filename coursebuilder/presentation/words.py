"""Every word CourseBuilder adds for trainees, in the course's language, with one fallback rule.

Slides and phone pages have their own phrasing (a slide says "Exercise", a phone page "Practice"),
but both come from here and are looked up the same way: by the course language's primary subtag
(``zh-Hans``, ``zh-CN`` and ``zh`` are Chinese), and a word missing in that language is the English
one. New objects the editor makes (a module, an exercise, a rating scale) get their default
texts from here too, in the course's language rather than the editor's.
"""

from __future__ import annotations

from typing import Mapping

_SLIDES_EN = {
    "objectives": "Objectives",
    "minutes": "About {n} minutes",
    "continued": "{title} (continued)",
    "module": "Module {n}",
    "exercise": "Exercise",
    "quiz": "Quiz",
    "survey": "Survey",
    "question_of": "{title}: question {i} of {n}",
    "answer_of": "{title}: answer {i} of {n}",
    "true": "True",
    "false": "False",
    "accepted": "Accepted answers: ",
    "also": " (also: {alts})",
    "correct": "Correct answer",
    "correct_order": "The right order",
    "tolerance": "{answer} (±{tol})",
    "no_single_answer": "There is no single right answer: discuss what you wrote.",
    "pass_mark": "Pass mark: {n}%",
    "questions": "{n} questions",
    "attempts": "{n} attempts allowed",
    "attempts_any": "As many attempts as you like",
    "anonymous": "Anonymous: no names are kept.",
    "answer_on_phone": "Answer on your phone or on paper.",
    "scale": "{lo} … {hi}",
    "open_answer": "Your own words",
    "thanks": "Thank you",
    "questions_welcome": "Questions and comments are welcome.",
    "lecturer": "Lecturer: {name}",
    "venue": "Venue: {venue}",
    "date": "Date: {date}",
    "licence": "Licence: {licence}",
    "audio": "Audio: {name}",
    "video": "Video: {name}",
    "file": "File: {name}",
    "credit": "Credit: {credit}",
    "hint": "Hint: {hint}",
    "feedback": "Feedback: {text}",
    "transcript": "Transcript:",
    "alt": "Picture: {alt}",
    "play": "Click the picture to play it in the slide show.",
    "not_embedded": "Play it from the course package: this slide names the file only.",
}

_SLIDES_ZH = {
    "objectives": "学习目标",
    "minutes": "约 {n} 分钟",
    "continued": "{title}（续）",
    "module": "第 {n} 单元",
    "exercise": "练习",
    "quiz": "测验",
    "survey": "问卷调查",
    "question_of": "{title}：第 {i} 题，共 {n} 题",
    "answer_of": "{title}：第 {i} 题答案",
    "true": "对",
    "false": "错",
    "accepted": "可接受的答案：",
    "also": "（也可以：{alts}）",
    "correct": "正确答案",
    "correct_order": "正确的顺序",
    "tolerance": "{answer}（±{tol}）",
    "no_single_answer": "没有唯一的正确答案：请讨论你写的内容。",
    "pass_mark": "及格线：{n}%",
    "questions": "共 {n} 题",
    "attempts": "可以作答 {n} 次",
    "attempts_any": "作答次数不限",
    "anonymous": "匿名问卷：不记录姓名。",
    "answer_on_phone": "请在手机上或纸上作答。",
    "scale": "{lo} … {hi}",
    "open_answer": "自由回答",
    "thanks": "谢谢！",
    "questions_welcome": "欢迎提问和交流。",
    "lecturer": "讲师：{name}",
    "venue": "地点：{venue}",
    "date": "日期：{date}",
    "licence": "许可协议：{licence}",
    "audio": "音频：{name}",
    "video": "视频：{name}",
    "file": "文件：{name}",
    "credit": "来源：{credit}",
    "hint": "提示：{hint}",
    "feedback": "反馈：{text}",
    "transcript": "文字稿：",
    "alt": "图片说明：{alt}",
    "play": "放映时点击画面即可播放。",
    "not_embedded": "请从课程包中播放：本页只列出文件名。",
}

_SLIDES_KM = {
    "objectives": "គោលបំណងនៃមេរៀន",
    "minutes": "ប្រហែល {n} នាទី",
    "continued": "{title} (បន្ត)",
    "module": "ម៉ូឌុលទី {n}",
    "exercise": "លំហាត់",
    "quiz": "តេស្តខ្លី",
    "survey": "ការស្ទង់មតិ",
    "question_of": "{title}៖ សំណួរទី {i} នៃ {n}",
    "answer_of": "{title}៖ ចម្លើយទី {i} នៃ {n}",
    "true": "ត្រូវ",
    "false": "ខុស",
    "accepted": "ចម្លើយដែលទទួលយក៖ ",
    "also": " (ក៏បាន៖ {alts})",
    "correct": "ចម្លើយត្រឹមត្រូវ",
    "correct_order": "លំដាប់ត្រឹមត្រូវ",
    "tolerance": "{answer} (±{tol})",
    "no_single_answer": "គ្មានចម្លើយត្រឹមត្រូវតែមួយទេ៖ សូមពិភាក្សាអំពីអ្វីដែលអ្នកបានសរសេរ។",
    "pass_mark": "ពិន្ទុជាប់៖ {n}%",
    "questions": "សំណួរ {n}",
    "attempts": "អាចឆ្លើយបាន {n} ដង",
    "attempts_any": "អាចឆ្លើយបានច្រើនដងតាមចិត្ត",
    "anonymous": "អនាមិក៖ មិនរក្សាទុកឈ្មោះទេ។",
    "answer_on_phone": "សូមឆ្លើយនៅលើទូរស័ព្ទ ឬលើក្រដាស។",
    "scale": "{lo} … {hi}",
    "open_answer": "ពាក្យរបស់អ្នកផ្ទាល់",
    "thanks": "សូមអរគុណ",
    "questions_welcome": "សូមស្វាគមន៍ចំពោះសំណួរ និងមតិយោបល់។",
    "lecturer": "គ្រូបង្រៀន៖ {name}",
    "venue": "ទីកន្លែង៖ {venue}",
    "date": "កាលបរិច្ឆេទ៖ {date}",
    "licence": "អាជ្ញាប័ណ្ណ៖ {licence}",
    "audio": "សំឡេង៖ {name}",
    "video": "វីដេអូ៖ {name}",
    "file": "ឯកសារ៖ {name}",
    "credit": "ប្រភព៖ {credit}",
    "hint": "គន្លឹះ៖ {hint}",
    "feedback": "មតិត្រឡប់៖ {text}",
    "transcript": "អត្ថបទ៖",
    "alt": "រូបភាព៖ {alt}",
    "play": "ចុចលើរូបភាព ដើម្បីចាក់វានៅពេលបញ្ចាំង។",
    "not_embedded": "សូមចាក់វាពីកញ្ចប់វគ្គសិក្សា៖ ស្លាយនេះបង្ហាញតែឈ្មោះឯកសារប៉ុណ្ណោះ។",
}

_SLIDES_LO = {
    "objectives": "ຈຸດປະສົງ",
    "minutes": "ປະມານ {n} ນາທີ",
    "continued": "{title} (ຕໍ່)",
    "module": "ພາກທີ {n}",
    "exercise": "ແບບຝຶກຫັດ",
    "quiz": "ແບບທົດສອບ",
    "survey": "ແບບສອບຖາມ",
    "question_of": "{title}: ຄຳຖາມທີ {i} ຈາກ {n}",
    "answer_of": "{title}: ຄຳຕອບທີ {i} ຈາກ {n}",
    "true": "ຖືກ",
    "false": "ຜິດ",
    "accepted": "ຄຳຕອບທີ່ຍອມຮັບ: ",
    "also": " (ຫຼື: {alts})",
    "correct": "ຄຳຕອບທີ່ຖືກຕ້ອງ",
    "correct_order": "ລຳດັບທີ່ຖືກຕ້ອງ",
    "tolerance": "{answer} (±{tol})",
    "no_single_answer": "ບໍ່ມີຄຳຕອບທີ່ຖືກຕ້ອງດຽວ: ໃຫ້ສົນທະນາກ່ຽວກັບສິ່ງທີ່ທ່ານຂຽນ.",
    "pass_mark": "ຄະແນນຜ່ານ: {n}%",
    "questions": "{n} ຄຳຖາມ",
    "attempts": "ຕອບໄດ້ {n} ຄັ້ງ",
    "attempts_any": "ຕອບໄດ້ຫຼາຍຄັ້ງຕາມຕ້ອງການ",
    "anonymous": "ບໍ່ລະບຸຊື່: ບໍ່ມີການເກັບຊື່.",
    "answer_on_phone": "ຕອບໃນໂທລະສັບ ຫຼື ໃນເຈ້ຍ.",
    "scale": "{lo} … {hi}",
    "open_answer": "ຄຳເວົ້າຂອງທ່ານເອງ",
    "thanks": "ຂອບໃຈ",
    "questions_welcome": "ຍິນດີຕ້ອນຮັບຄຳຖາມ ແລະ ຄຳຄິດເຫັນ.",
    "lecturer": "ຜູ້ສອນ: {name}",
    "venue": "ສະຖານທີ່: {venue}",
    "date": "ວັນທີ: {date}",
    "licence": "ໃບອະນຸຍາດ: {licence}",
    "audio": "ສຽງ: {name}",
    "video": "ວິດີໂອ: {name}",
    "file": "ໄຟລ໌: {name}",
    "credit": "ແຫຼ່ງທີ່ມາ: {credit}",
    "hint": "ຄຳແນະນຳ: {hint}",
    "feedback": "ຄຳຕິຊົມ: {text}",
    "transcript": "ບົດຖອດຄວາມ:",
    "alt": "ຮູບພາບ: {alt}",
    "play": "ຄລິກທີ່ຮູບເພື່ອຫຼິ້ນໃນການສາຍສະໄລ.",
    "not_embedded": "ຫຼິ້ນຈາກຊຸດບົດຮຽນ: ສະໄລນີ້ບອກແຕ່ຊື່ໄຟລ໌ເທົ່ານັ້ນ.",
}

#: What a trainee is asked to do, by question kind: slides say it under every question, the phone
#: page under a multiple-choice question (its boxes alone do not say how many to tick).
_INSTRUCTIONS_EN = {
    "single_choice": "Choose one answer.",
    "multiple_choice": "Choose every answer that applies.",
    "true_false": "True or false?",
    "fill_blank": "Fill in the blanks.",
    "matching": "Match each item on the left with one on the right.",
    "ordering": "Put these in the right order.",
    "short_answer": "Write a short answer.",
    "numeric": "Give a number.",
    "numeric_unit": "Give a number in {unit}.",
    "rating_scale": "Rate from {lo} to {hi}.",
    "open_text": "Answer in your own words.",
}

_INSTRUCTIONS_ZH = {
    "single_choice": "请选择一个答案。",
    "multiple_choice": "请选出所有符合的答案。",
    "true_false": "判断对错。",
    "fill_blank": "请填空。",
    "matching": "请把左边的每一项与右边的一项配对。",
    "ordering": "请按正确的顺序排列。",
    "short_answer": "请写出简短的答案。",
    "numeric": "请填写一个数字。",
    "numeric_unit": "请填写一个数字（单位：{unit}）。",
    "rating_scale": "请打分：{lo} 到 {hi}。",
    "open_text": "请用自己的话回答。",
}

_INSTRUCTIONS_KM = {
    "single_choice": "សូមជ្រើសរើសចម្លើយមួយ។",
    "multiple_choice": "សូមជ្រើសរើសចម្លើយទាំងអស់ដែលត្រឹមត្រូវ។",
    "true_false": "ត្រូវ ឬខុស?",
    "fill_blank": "សូមបំពេញចន្លោះ។",
    "matching": "សូមផ្គូផ្គងធាតុនីមួយៗនៅខាងឆ្វេងជាមួយធាតុមួយនៅខាងស្តាំ។",
    "ordering": "សូមរៀបតាមលំដាប់ត្រឹមត្រូវ។",
    "short_answer": "សូមសរសេរចម្លើយខ្លីមួយ។",
    "numeric": "សូមផ្ដល់លេខមួយ។",
    "numeric_unit": "សូមផ្ដល់លេខមួយគិតជា {unit}។",
    "rating_scale": "សូមដាក់ពិន្ទុពី {lo} ដល់ {hi}។",
    "open_text": "សូមឆ្លើយតាមពាក្យរបស់អ្នកផ្ទាល់។",
}

_INSTRUCTIONS_LO = {
    "single_choice": "ເລືອກຄຳຕອບດຽວ.",
    "multiple_choice": "ເລືອກທຸກຄຳຕອບທີ່ຖືກຕ້ອງ.",
    "true_false": "ຖືກ ຫຼື ຜິດ?",
    "fill_blank": "ຕື່ມຄຳໃສ່ບ່ອນຫວ່າງ.",
    "matching": "ຈັບຄູ່ແຕ່ລະລາຍການທາງຊ້າຍກັບລາຍການໜຶ່ງທາງຂວາ.",
    "ordering": "ລຽງລຳດັບໃຫ້ຖືກຕ້ອງ.",
    "short_answer": "ຂຽນຄຳຕອບສັ້ນໆ.",
    "numeric": "ໃສ່ຕົວເລກ.",
    "numeric_unit": "ໃສ່ຕົວເລກເປັນ {unit}.",
    "rating_scale": "ໃຫ້ຄະແນນຈາກ {lo} ຫາ {hi}.",
    "open_text": "ຕອບດ້ວຍຄຳເວົ້າຂອງທ່ານເອງ.",
}

_PHONE_EN = {
    "home": "Course home",
    "language": "Language",
    "contents": "Contents",
    "start": "Start the course",
    "continue": "Continue where you left off",
    "progress": "{done} of {total} done",
    "minutes": "{n} min",
    "objectives": "You will learn to",
    "previous": "Previous",
    "next": "Next",
    "lesson": "Lesson",
    "quiz": "Quiz",
    "survey": "Survey",
    "exercise": "Practice",
    "check": "Check answer",
    "hint": "Hint",
    "correct": "Correct",
    "incorrect": "Not quite",
    "solution": "Answer: {answer}",
    "recorded": "Answer saved",
    "finish": "Finish and see my score",
    "submit": "Send my answers",
    "retry": "Try again",
    "score": "Your score: {points} of {total} points ({percent}%)",
    "passed": "Passed: the pass mark is {mark}%",
    "failed": "Not passed yet: the pass mark is {mark}%",
    "attempts_left": "Tries left: {n}",
    "no_attempts": "No tries left",
    "thanks": "Thank you, your answers are saved.",
    "unanswered": "Not answered",
    "not_started": "Not started",
    "visited": "Done",
    "started": "Started",
    "sent": "Sent",
    "true": "True",
    "false": "False",
    "choose": "Choose…",
    "move_up": "Move up",
    "move_down": "Move down",
    "pass_mark": "Pass mark: {mark}%",
    "questions": "{n} questions",
    "download": "Download",
    "transcript": "Transcript",
    "no_storage": "This browser does not let the course save your progress; it is kept only while this page is open.",
    "by": "By {names}",
    "your_answer": "Your answer",
    "points": "{n} points",
    "of_scale": "{value} of {max}",
    "stays_here": "Your answers stay on this device.",
    "reset": "Clear my progress",
    "reset_confirm": "Clear all your answers and progress in this course?",
}

_PHONE_ZH = {
    "home": "课程首页",
    "language": "语言",
    "contents": "目录",
    "start": "开始学习",
    "continue": "继续上次的学习",
    "progress": "已完成 {done} / {total}",
    "minutes": "{n} 分钟",
    "objectives": "学习目标",
    "previous": "上一页",
    "next": "下一页",
    "lesson": "课时",
    "quiz": "测验",
    "survey": "问卷",
    "exercise": "练习",
    "check": "检查答案",
    "hint": "提示",
    "correct": "正确",
    "incorrect": "不对",
    "solution": "答案：{answer}",
    "recorded": "答案已保存",
    "finish": "完成并查看分数",
    "submit": "提交答案",
    "retry": "再试一次",
    "score": "你的得分：{points} / {total} 分（{percent}%）",
    "passed": "通过：及格线为 {mark}%",
    "failed": "还没通过：及格线为 {mark}%",
    "attempts_left": "剩余次数：{n}",
    "no_attempts": "没有剩余次数",
    "thanks": "谢谢，你的答案已保存。",
    "unanswered": "未作答",
    "not_started": "未开始",
    "visited": "已完成",
    "started": "进行中",
    "sent": "已提交",
    "true": "对",
    "false": "错",
    "choose": "请选择…",
    "move_up": "上移",
    "move_down": "下移",
    "pass_mark": "及格线：{mark}%",
    "questions": "{n} 道题",
    "download": "下载",
    "transcript": "文字稿",
    "no_storage": "此浏览器不允许保存学习进度；进度只在本页打开期间保留。",
    "by": "讲师：{names}",
    "your_answer": "你的答案",
    "points": "{n} 分",
    "of_scale": "{value} / {max}",
    "stays_here": "你的答案只保存在本设备上。",
    "reset": "清除学习进度",
    "reset_confirm": "清除本课程的所有答案和进度？",
}

_DEFAULTS_EN = {
    "new_module": "New module",
    "new_lesson": "New lesson",
    "new_quiz": "New quiz",
    "new_survey": "New survey",
    "new_question": "New question",
    "choice": "Choice {n}",
    "fill_blank_text": "Fill in: the [[answer]] goes here.",
    "exercise_title": "Practice",
    "scale_low": "Not at all",
    "scale_high": "Very much",
}

_DEFAULTS_ZH = {
    "new_module": "新模块",
    "new_lesson": "新课时",
    "new_quiz": "新测验",
    "new_survey": "新问卷",
    "new_question": "新题目",
    "choice": "选项 {n}",
    "fill_blank_text": "填空：[[答案]]放在这里。",
    "exercise_title": "练一练",
    "scale_low": "完全没有",
    "scale_high": "非常",
}

_DEFAULTS_KM = {
    "new_module": "ម៉ូឌុលថ្មី",
    "new_lesson": "មេរៀនថ្មី",
    "new_quiz": "តេស្តខ្លីថ្មី",
    "new_survey": "ការស្ទង់មតិថ្មី",
    "new_question": "សំណួរថ្មី",
    "choice": "ជម្រើសទី {n}",
    "fill_blank_text": "បំពេញ៖ [[ចម្លើយ]] នៅទីនេះ។",
    "exercise_title": "ហាត់អនុវត្ត",
    "scale_low": "មិនសោះឡើយ",
    "scale_high": "ខ្លាំងណាស់",
}

_DEFAULTS_LO = {
    "new_module": "ໂມດູນໃໝ່",
    "new_lesson": "ບົດຮຽນໃໝ່",
    "new_quiz": "ແບບທົດສອບໃໝ່",
    "new_survey": "ແບບສອບຖາມໃໝ່",
    "new_question": "ຄຳຖາມໃໝ່",
    "choice": "ຕົວເລືອກ {n}",
    "fill_blank_text": "ຕື່ມຄຳ: [[ຄຳຕອບ]] ຢູ່ບ່ອນນີ້.",
    "exercise_title": "ຝຶກປະຕິບັດ",
    "scale_low": "ບໍ່ເລີຍ",
    "scale_high": "ຫຼາຍແທ້ໆ",
}

#: Where the words of each place live, by primary language subtag; "en" is complete.
# Khmer and Lao words of the phone package (issue 15): a trainee on a Khmer page reads no English.
_PHONE_KM = {
    "home": "ទំព័រដើមវគ្គសិក្សា",
    "language": "ភាសា",
    "contents": "មាតិកា",
    "start": "ចាប់ផ្ដើមវគ្គសិក្សា",
    "continue": "បន្តពីកន្លែងដែលបានឈប់",
    "progress": "បានបញ្ចប់ {done} ក្នុងចំណោម {total}",
    "minutes": "{n} នាទី",
    "objectives": "អ្វីដែលអ្នកនឹងរៀន",
    "previous": "មុន",
    "next": "បន្ទាប់",
    "lesson": "មេរៀន",
    "quiz": "តេស្តខ្លី",
    "survey": "ការស្ទង់មតិ",
    "exercise": "លំហាត់",
    "check": "ពិនិត្យចម្លើយ",
    "hint": "តម្រុយ",
    "correct": "ត្រឹមត្រូវ",
    "incorrect": "មិនទាន់ត្រឹមត្រូវ",
    "solution": "ចម្លើយ៖ {answer}",
    "recorded": "បានរក្សាទុកចម្លើយ",
    "finish": "បញ្ចប់ ហើយមើលពិន្ទុ",
    "submit": "ផ្ញើចម្លើយ",
    "retry": "ធ្វើម្ដងទៀត",
    "score": "ពិន្ទុរបស់អ្នក៖ {points} ក្នុងចំណោម {total} ពិន្ទុ ({percent}%)",
    "passed": "ជាប់៖ ពិន្ទុជាប់គឺ {mark}%",
    "failed": "មិនទាន់ជាប់៖ ពិន្ទុជាប់គឺ {mark}%",
    "attempts_left": "នៅសល់ {n} ដង",
    "no_attempts": "អស់ឱកាសធ្វើហើយ",
    "thanks": "សូមអរគុណ ចម្លើយរបស់អ្នកត្រូវបានរក្សាទុក។",
    "unanswered": "មិនបានឆ្លើយ",
    "not_started": "មិនទាន់ចាប់ផ្ដើម",
    "visited": "បានបញ្ចប់",
    "started": "បានចាប់ផ្ដើម",
    "sent": "បានផ្ញើ",
    "true": "ត្រូវ",
    "false": "ខុស",
    "choose": "ជ្រើសរើស…",
    "move_up": "ផ្លាស់ទីឡើងលើ",
    "move_down": "ផ្លាស់ទីចុះក្រោម",
    "pass_mark": "ពិន្ទុជាប់៖ {mark}%",
    "questions": "{n} សំណួរ",
    "download": "ទាញយក",
    "transcript": "អត្ថបទនៃសំឡេង",
    "no_storage": "កម្មវិធីរុករកនេះមិនអនុញ្ញាតឱ្យវគ្គសិក្សារក្សាទុកវឌ្ឍនភាពរបស់អ្នកទេ៖ វាត្រូវបានរក្សាទុកតែនៅពេលទំព័រនេះនៅបើកប៉ុណ្ណោះ។",
    "by": "ដោយ {names}",
    "your_answer": "ចម្លើយរបស់អ្នក",
    "points": "{n} ពិន្ទុ",
    "of_scale": "{value} ក្នុងចំណោម {max}",
    "stays_here": "ចម្លើយរបស់អ្នកនៅតែលើឧបករណ៍នេះ។",
    "reset": "លុបវឌ្ឍនភាពរបស់ខ្ញុំ",
    "reset_confirm": "លុបចម្លើយ និងវឌ្ឍនភាពទាំងអស់របស់អ្នកក្នុងវគ្គសិក្សានេះឬ?",
}

_PHONE_LO = {
    "home": "ໜ້າຫຼັກຂອງຫຼັກສູດ",
    "language": "ພາສາ",
    "contents": "ເນື້ອໃນ",
    "start": "ເລີ່ມຫຼັກສູດ",
    "continue": "ສືບຕໍ່ຈາກບ່ອນທີ່ຄ້າງໄວ້",
    "progress": "ສຳເລັດ {done} ຈາກ {total}",
    "minutes": "{n} ນາທີ",
    "objectives": "ສິ່ງທີ່ທ່ານຈະໄດ້ຮຽນ",
    "previous": "ກ່ອນໜ້າ",
    "next": "ຕໍ່ໄປ",
    "lesson": "ບົດຮຽນ",
    "quiz": "ແບບທົດສອບ",
    "survey": "ແບບສອບຖາມ",
    "exercise": "ແບບຝຶກຫັດ",
    "check": "ກວດຄຳຕອບ",
    "hint": "ຄຳແນະນຳ",
    "correct": "ຖືກຕ້ອງ",
    "incorrect": "ຍັງບໍ່ຖືກ",
    "solution": "ຄຳຕອບ: {answer}",
    "recorded": "ບັນທຶກຄຳຕອບແລ້ວ",
    "finish": "ສຳເລັດ ແລະ ເບິ່ງຄະແນນ",
    "submit": "ສົ່ງຄຳຕອບ",
    "retry": "ລອງໃໝ່",
    "score": "ຄະແນນຂອງທ່ານ: {points} ຈາກ {total} ຄະແນນ ({percent}%)",
    "passed": "ຜ່ານ: ຄະແນນຜ່ານແມ່ນ {mark}%",
    "failed": "ຍັງບໍ່ຜ່ານ: ຄະແນນຜ່ານແມ່ນ {mark}%",
    "attempts_left": "ເຫຼືອອີກ {n} ຄັ້ງ",
    "no_attempts": "ບໍ່ມີໂອກາດເຫຼືອແລ້ວ",
    "thanks": "ຂອບໃຈ, ຄຳຕອບຂອງທ່ານຖືກບັນທຶກແລ້ວ.",
    "unanswered": "ບໍ່ໄດ້ຕອບ",
    "not_started": "ຍັງບໍ່ໄດ້ເລີ່ມ",
    "visited": "ສຳເລັດແລ້ວ",
    "started": "ເລີ່ມແລ້ວ",
    "sent": "ສົ່ງແລ້ວ",
    "true": "ຖືກ",
    "false": "ຜິດ",
    "choose": "ເລືອກ…",
    "move_up": "ຍ້າຍຂຶ້ນ",
    "move_down": "ຍ້າຍລົງ",
    "pass_mark": "ຄະແນນຜ່ານ: {mark}%",
    "questions": "{n} ຄຳຖາມ",
    "download": "ດາວໂຫຼດ",
    "transcript": "ບົດຖອດຄວາມ",
    "no_storage": "ໂປຣແກຣມທ່ອງເວັບນີ້ບໍ່ໃຫ້ຫຼັກສູດບັນທຶກຄວາມຄືບໜ້າຂອງທ່ານ; ມັນຖືກເກັບໄວ້ພຽງແຕ່ຕອນທີ່ໜ້ານີ້ຍັງເປີດຢູ່ເທົ່ານັ້ນ.",
    "by": "ໂດຍ {names}",
    "your_answer": "ຄຳຕອບຂອງທ່ານ",
    "points": "{n} ຄະແນນ",
    "of_scale": "{value} ຈາກ {max}",
    "stays_here": "ຄຳຕອບຂອງທ່ານຢູ່ໃນອຸປະກອນນີ້ເທົ່ານັ້ນ.",
    "reset": "ລຶບຄວາມຄືບໜ້າຂອງຂ້ອຍ",
    "reset_confirm": "ລຶບຄຳຕອບ ແລະ ຄວາມຄືບໜ້າທັງໝົດຂອງທ່ານໃນຫຼັກສູດນີ້ບໍ?",
}

SLIDES: Mapping[str, Mapping[str, str]] = {"en": _SLIDES_EN, "zh": _SLIDES_ZH, "km": _SLIDES_KM, "lo": _SLIDES_LO}
PHONE: Mapping[str, Mapping[str, str]] = {"en": _PHONE_EN, "zh": _PHONE_ZH, "km": _PHONE_KM, "lo": _PHONE_LO}
DEFAULTS: Mapping[str, Mapping[str, str]] = {"en": _DEFAULTS_EN, "zh": _DEFAULTS_ZH, "km": _DEFAULTS_KM, "lo": _DEFAULTS_LO}
INSTRUCTIONS: Mapping[str, Mapping[str, str]] = {"en": _INSTRUCTIONS_EN, "zh": _INSTRUCTIONS_ZH, "km": _INSTRUCTIONS_KM,
                                                  "lo": _INSTRUCTIONS_LO}


def primary(language: str) -> str:
    """Return the primary subtag of a BCP 47 language tag, lower case ("" and None mean English)."""
    return (language or "en").replace("_", "-").split("-")[0].lower() or "en"


def words(language: str, table: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """Return a place's words in a language: English for any word the language lacks."""
    return {**table["en"], **table.get(primary(language), {})}


def default_text(key: str, language: str, **values) -> str:
    """Return the default text of a new object in the course's language."""
    return words(language, DEFAULTS)[key].format(**values)


_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "km": "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ".split(),
    "lo": "ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ".split(),
}


class Labels:
    """Look up the words slides add, for a course language."""

    def __init__(self, language: str):
        self.chinese = primary(language) == "zh"
        self._primary = primary(language)
        self._language = language
        # A question's instruction is looked up by its kind: labels(q.type).
        self._words = {**words(language, INSTRUCTIONS), **words(language, SLIDES)}

    def __call__(self, key: str, **values) -> str:
        """Return the words for a key with the values filled in."""
        return self._words[key].format(**values)

    def counted(self, key: str, n: float) -> str:
        """Return the words for a key counting n things ("1 question", "2 questions")."""
        return counted(self._language, key, n, SLIDES)

    def date(self, iso: str) -> str:
        """Return an ISO date (YYYY-MM-DD) written the way the course's readers write it."""
        try:
            year, month, day = (int(x) for x in iso.split("-"))
        except ValueError:
            return iso
        if self.chinese:
            return f"{year}年{month}月{day}日"
        months = _MONTHS.get(self._primary, _MONTHS["en"])
        return f"{day} {months[month - 1]} {year}" if 1 <= month <= 12 else iso


#: Words (of slides and phone pages) that change for one of a thing, by language; Chinese, Khmer and
#: Lao nouns have one form.
_ONE = {"en": {"points": "{n} point", "questions": "{n} question", "attempts": "{n} attempt allowed"}}


def counted(language: str, key: str, n: float, table: Mapping[str, Mapping[str, str]] = PHONE) -> str:
    """Return a word counting n things ("1 point", "2 points"), in the course's language."""
    lang = primary(language) if primary(language) in table else "en"
    one = _ONE.get(lang, {}) if n == 1 else {}
    return one.get(key, words(language, table)[key]).format(n=f"{n:g}")


def phone_words(language: str) -> dict[str, str]:
    """Return the words of the phone package's own interface."""
    return {**words(language, PHONE), "multiple_hint": words(language, INSTRUCTIONS)["multiple_choice"]}
