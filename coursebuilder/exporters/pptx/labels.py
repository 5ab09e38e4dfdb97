"""The words the exporter adds to slides, in the course's language (English or Chinese)."""

from __future__ import annotations

_EN = {
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
    "choose_one": "Choose one answer.",
    "choose_all": "Choose every answer that applies.",
    "true_false": "True or false?",
    "fill_blank": "Fill in the blanks.",
    "matching": "Match each item on the left with one on the right.",
    "ordering": "Put these in the right order.",
    "short_answer": "Write a short answer.",
    "numeric": "Give a number.",
    "numeric_unit": "Give a number in {unit}.",
    "rating": "Rate from {lo} to {hi}.",
    "open_text": "Answer in your own words.",
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

_ZH = {
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
    "choose_one": "请选择一个答案。",
    "choose_all": "请选择所有正确答案。",
    "true_false": "判断对错。",
    "fill_blank": "请填空。",
    "matching": "请把左边的每一项与右边的一项配对。",
    "ordering": "请按正确的顺序排列。",
    "short_answer": "请写出简短的答案。",
    "numeric": "请填写一个数字。",
    "numeric_unit": "请填写一个数字（单位：{unit}）。",
    "rating": "请打分：{lo} 到 {hi}。",
    "open_text": "请用自己的话回答。",
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


class Labels:
    """Look up the exporter's words for a course language."""

    def __init__(self, language: str):
        self.chinese = language.lower().startswith("zh")
        self._words = _ZH if self.chinese else _EN

    def __call__(self, key: str, **values) -> str:
        """Return the words for a key with the values filled in."""
        return self._words[key].format(**values)

    def date(self, iso: str) -> str:
        """Return an ISO date (YYYY-MM-DD) written the way the course's readers write it."""
        try:
            year, month, day = (int(x) for x in iso.split("-"))
        except ValueError:
            return iso
        if self.chinese:
            return f"{year}年{month}月{day}日"
        months = ("January February March April May June July August September October November December").split()
        return f"{day} {months[month - 1]} {year}" if 1 <= month <= 12 else iso
