"""Words trainees see in classroom mode, in Chinese, Khmer, Lao and English."""

from __future__ import annotations

#: The three join instructions and the phone's outbox words, by primary language subtag.
#: Khmer and Lao were written without a native speaker: have them read before a course in those languages.
PHONE_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "join_title": "Join the class",
        "join_wifi": "Join the room's Wi-Fi.",
        "join_data": "Turn mobile data off.",
        "join_wechat": "In WeChat: tap ··· at the top right → Open in browser.",
        "download": "Download this course",
        "download_note": "One file: keep it on your phone and open it any time.",
        "sent": "Sent ✓",
        "waiting": "Waiting to send ({n})",
        "rejected": "{n} not accepted by the classroom",
        "trainee": "Your name or number (optional)",
        "pin": "Classroom PIN from your trainer",
        "pin_send": "Send",
        "wechat": "WeChat cannot show this page properly. Tap ··· at the top right, then “Open in browser”.",
    },
    "zh": {
        "join_title": "加入课堂",
        "join_wifi": "连接教室的 Wi-Fi。",
        "join_data": "关闭手机的移动数据。",
        "join_wechat": "用微信扫码的：点右上角 ··· → 在浏览器打开。",
        "download": "下载本课程",
        "download_note": "只有一个文件：存在手机里，随时打开。",
        "sent": "已发送 ✓",
        "waiting": "等待发送（{n}）",
        "rejected": "{n} 份未被课堂接收",
        "trainee": "您的姓名或编号（可不填）",
        "pin": "培训师给的课堂 PIN 码",
        "pin_send": "发送",
        "wechat": "微信无法正常显示此页面。请点右上角 ···，然后选“在浏览器打开”。",
    },
    "km": {
        "join_title": "ចូលរួមថ្នាក់",
        "join_wifi": "ភ្ជាប់ទៅ Wi-Fi របស់បន្ទប់។",
        "join_data": "បិទទិន្នន័យទូរស័ព្ទ (mobile data)។",
        "join_wechat": "ក្នុង WeChat៖ ចុច ··· នៅខាងស្តាំលើ → បើកក្នុងកម្មវិធីរុករក។",
        "download": "ទាញយកវគ្គសិក្សានេះ",
        "download_note": "ឯកសារតែមួយ៖ រក្សាទុកក្នុងទូរស័ព្ទ ហើយបើកពេលណាក៏បាន។",
        "sent": "បានផ្ញើ ✓",
        "waiting": "កំពុងរង់ចាំផ្ញើ ({n})",
        "rejected": "{n} មិនត្រូវបានទទួល",
        "trainee": "ឈ្មោះ ឬលេខរបស់អ្នក (មិនចាំបាច់)",
        "pin": "លេខ PIN ពីគ្រូបង្គោល",
        "pin_send": "ផ្ញើ",
        "wechat": "WeChat មិនអាចបង្ហាញទំព័រនេះបានល្អទេ។ ចុច ··· នៅខាងស្តាំលើ រួចជ្រើស «បើកក្នុងកម្មវិធីរុករក»។",
    },
    "lo": {
        "join_title": "ເຂົ້າຮ່ວມຫ້ອງຮຽນ",
        "join_wifi": "ເຊື່ອມຕໍ່ Wi-Fi ຂອງຫ້ອງ.",
        "join_data": "ປິດອິນເຕີເນັດມືຖື (mobile data).",
        "join_wechat": "ໃນ WeChat: ແຕະ ··· ທາງຂວາເທິງ → ເປີດໃນບຣາວເຊີ.",
        "download": "ດາວໂຫຼດຫຼັກສູດນີ້",
        "download_note": "ໄຟລ໌ດຽວ: ເກັບໄວ້ໃນມືຖື ແລະ ເປີດໄດ້ທຸກເວລາ.",
        "sent": "ສົ່ງແລ້ວ ✓",
        "waiting": "ກຳລັງລໍຖ້າສົ່ງ ({n})",
        "rejected": "{n} ບໍ່ໄດ້ຮັບການຍອມຮັບ",
        "trainee": "ຊື່ ຫຼື ເລກຂອງທ່ານ (ບໍ່ບັງຄັບ)",
        "pin": "ລະຫັດ PIN ຈາກຄູຝຶກ",
        "pin_send": "ສົ່ງ",
        "wechat": "WeChat ບໍ່ສາມາດສະແດງໜ້ານີ້ໄດ້ດີ. ແຕະ ··· ທາງຂວາເທິງ ແລ້ວເລືອກ “ເປີດໃນບຣາວເຊີ”.",
    },
}

#: The keys of the join instructions, in the order they are shown.
JOIN_STEPS = ("join_wifi", "join_data", "join_wechat")


def primary_language(language: str) -> str:
    """Return the primary subtag of a language tag: ``zh-Hans`` → ``zh``."""
    return (language or "en").split("-")[0].split("_")[0].lower()


def phone_strings(language: str) -> dict[str, str]:
    """Return the phone's words in the course's language, English where we have none."""
    return {**PHONE_STRINGS["en"], **PHONE_STRINGS.get(primary_language(language), {})}


def join_languages(language: str) -> list[str]:
    """Return the languages the join instructions are shown in: the course's, then English."""
    first = primary_language(language)
    return [first, "en"] if first in PHONE_STRINGS and first != "en" else ["en"]


def join_lines(language: str) -> list[tuple[str, list[str]]]:
    """Return (language, three instructions) for each language the join slide shows."""
    return [(lang, [PHONE_STRINGS[lang][k] for k in JOIN_STEPS]) for lang in join_languages(language)]
