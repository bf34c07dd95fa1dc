"""Live questions in a lecture: the class panel, the students' box, and choices for the questions
that explainer/questions.py does not model.

Most slide questions are modelled in explainer/questions.py (options and the right one, or a
number); a class answers those with the same options. The few that are not (the training and
inference pages' questions, "<page>.<step>.question" in their own catalog files) get choices
here, "<page>.<step>.choice.1", ".choice.2", ...; CORRECT names the one that agrees with the
slide's ".answer" (1-based). Any other question is answered "I have an answer" / "Not sure yet".
"""


def _s(zh: str, en: str) -> dict[str, str]:
    return {"zh": zh, "en": en}


def _choices(base: str, *pairs: tuple[str, str]) -> dict[str, dict[str, str]]:
    return {f"{base}.choice.{i}": _s(zh, en) for i, (zh, en) in enumerate(pairs, start=1)}


CORRECT = {"inference.accuracy": 2, "training.loop": 2, "training.settings": 1, "training.curves": 2}

TEXT = {
    # the lecturer's class panel
    "class.open": {"zh": "开设课堂（现场提问）", "en": "Open a class (live questions)"},
    "class.close": {"zh": "关闭课堂", "en": "Close the class"},
    "class.code": {"zh": "课堂代码 {code}", "en": "Class code {code}"},
    "class.join_here": {
        "zh": "扫码或打开链接，输入代码 {code}：",
        "en": "Scan the code, or open the link and enter {code}:",
    },
    "class.qr_alt": {"zh": "加入课堂的二维码", "en": "QR code of the link to join the class"},
    "class.count": {"zh": "已有 {n} 人回答", "en": "{n} answered"},
    "class.bar": {"zh": "{letter} · {n} 人", "en": "{letter} · {n}"},
    "class.bar_right": {"zh": "{letter} · {n} 人 ✓ 正确", "en": "{letter} · {n} ✓ right"},
    "class.closed": {
        "zh": "这个课堂已关闭或已过期。",
        "en": "This class is closed or has expired.",
    },
    "class.store_down": {
        "zh": "暂时连不上课堂数据，稍后会自动重试。",
        "en": "The class data cannot be reached just now; it retries by itself.",
    },
    # the students' side
    "class.join": {"zh": "加入课堂", "en": "Join a class"},
    "class.join_code": {"zh": "课堂代码（5 个字符）", "en": "Class code (5 characters)"},
    "class.join_button": {"zh": "加入", "en": "Join"},
    "class.bad_code": {
        "zh": "没有找到这个课堂代码：请检查后再试。",
        "en": "No open class has this code: check it and try again.",
    },
    "class.joined": {"zh": "你在课堂 {code} 中", "en": "You are in class {code}"},
    "class.leave": {"zh": "离开课堂", "en": "Leave the class"},
    "class.waiting": {
        "zh": "老师现在在：{where}。有提问时会出现在这里。",
        "en": "The lecturer is on: {where}. A question will appear here.",
    },
    "class.asked": {"zh": "老师的提问", "en": "The lecturer's question"},
    "class.choose": {"zh": "你的回答", "en": "Your answer"},
    "class.send": {"zh": "提交回答", "en": "Send my answer"},
    "class.sent": {
        "zh": "已提交：{letter}。揭晓之前还可以改。",
        "en": "Sent: {letter}. You can change it until the answer is revealed.",
    },
    "class.too_late": {
        "zh": "这道题已经换掉了，你的回答没有计入。",
        "en": "The question had already changed; your answer was not counted.",
    },
    "class.answer_is": {"zh": "答案：{a}", "en": "Answer: {a}"},
    "class.follow": {"zh": "跟随老师的幻灯片", "en": "Follow the lecturer's slide"},
    "class.follow_help": {
        "zh": "打开后，你的页面会跟着老师翻到同一页、同一步。",
        "en": "When on, your page moves to the lecturer's page and step.",
    },
    "class.generic.1": {"zh": "我有答案了", "en": "I have an answer"},
    "class.generic.2": {"zh": "还不确定", "en": "Not sure yet"},
    "class.number": {"zh": "你的答案（一个数）", "en": "Your answer (a number)"},
    "class.number.right": {"zh": "答对（误差 ±{tol} 以内）", "en": "Right (within ±{tol})"},
    "class.number.other": {"zh": "其他的数", "en": "Another number"},
    "class.not_a_number": {
        "zh": "“{got}” 不是一个数。请写成 0.5、196608 这样的形式。",
        "en": "“{got}” is not a number. Write it like 0.5 or 196608.",
    },
    "class.sent_number": {
        "zh": "已提交：{got}。揭晓之前还可以改。",
        "en": "Sent: {got}. You can change it until the answer is revealed.",
    },
    # choices of the slides' questions; CORRECT above agrees with each ".answer"
    **_choices(
        "inference.accuracy",
        ("明显更高", "Clearly higher"),
        ("略低或差不多", "A little lower or about the same"),
        ("总是完全相等", "Always exactly equal"),
    ),
    **_choices(
        "training.loop",
        ("作为网络的输入", "As an input to the network"),
        ("只在计算损失时", "Only when the loss is computed"),
        ("从来不用", "Never"),
    ),
    **_choices(
        "training.settings", ("75 和 24", "75 and 24"), ("32 和 100", "32 and 100"), ("75 和 25", "75 and 25")
    ),
    **_choices(
        "training.curves",
        ("降得更快", "It falls faster"),
        ("不降反升，甚至暴涨", "It rises, or explodes"),
        ("一直不变", "It stays flat"),
    ),
}
