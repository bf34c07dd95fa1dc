"""Lecture-mode strings: the slide header, the share dialog and the speaker view."""

TEXT = {
    "present.toggle": {"zh": "演示模式", "en": "Lecture mode"},
    "present.help": {
        "zh": "把课程变成幻灯片：大字号，用 ← → 键（或翻页笔）翻页。",
        "en": "Turn the course into slides: big type, ← and → (or a clicker) to move.",
    },
    "present.prev": {"zh": "上一步", "en": "Previous"},
    "present.next": {"zh": "下一步", "en": "Next"},
    "present.exit": {"zh": "退出", "en": "Exit"},
    "present.position": {"zh": "{page} · 第 {k} / {n} 步", "en": "{page} · step {k} of {n}"},
    "present.step": {"zh": "第 {k} / {n} 步", "en": "step {k} of {n}"},
    "present.reveal": {"zh": "揭晓答案", "en": "Reveal the answer"},
    "present.notes": {"zh": "讲者备注", "en": "Speaker notes"},
    "present.menu": {"zh": "课堂与链接", "en": "Class and links"},
    "present.share": {
        "zh": "这张幻灯片的链接（打开的就是这一页，含当前设置）：",
        "en": "The link to this slide (it opens this slide with its current settings):",
    },
    "present.speaker_link": {"zh": "打开讲者视图", "en": "Open the speaker view"},
    "present.speaker_help": {
        "zh": "在另一个窗口打开：当前幻灯片的备注、下一张、计时器，并跟随投影的幻灯片。",
        "en": "Opens in another window: this slide's notes, the next slide and a timer; it follows the projected slide.",
    },
    "present.speaker_needs_class": {
        "zh": "讲者视图通过课堂代码跟随幻灯片：先开设一个课堂。",
        "en": "The speaker view follows the slides through a class code: open a class first.",
    },
    # speaker view
    "speaker.title": {"zh": "讲者视图", "en": "Speaker view"},
    "speaker.now": {"zh": "现在：{where}", "en": "Now: {where}"},
    "speaker.next": {"zh": "下一张：{where}", "en": "Next: {where}"},
    "speaker.end": {"zh": "这是最后一张幻灯片。", "en": "This is the last slide."},
    "speaker.no_notes": {"zh": "这张幻灯片没有备注。", "en": "No notes for this slide."},
    "speaker.asks": {"zh": "提问：{q}", "en": "Question: {q}"},
    "speaker.answer_is": {"zh": "答案：{a}", "en": "Answer: {a}"},
    "speaker.timer": {"zh": "已用时间", "en": "Time so far"},
    "speaker.reset": {"zh": "重新计时", "en": "Restart the timer"},
    "speaker.waiting": {
        "zh": "等待投影的幻灯片……（课堂 {code}）",
        "en": "Waiting for the projected slide… (class {code})",
    },
    "speaker.closed": {
        "zh": "课堂 {code} 已关闭或已过期。请在投影窗口重新开设课堂并再次打开讲者视图。",
        "en": "Class {code} is closed or has expired. Open a class again in the projected window and reopen the speaker view.",
    },
    "speaker.answers": {"zh": "已收到 {n} 个回答", "en": "{n} answers so far"},
    "home.welcome.notes": {
        "zh": "先问学生：你觉得计算机“看”到的图片是什么样子？引出“图片就是数字”。",
        "en": "Ask the room: what does a computer 'see' when it looks at a picture? Lead to 'an image is numbers'.",
    },
    "home.chapter_1.notes": {
        "zh": "第 1 章把网络当作黑匣子：先看输出，再看输入，最后看训练怎样转动旋钮。",
        "en": "Chapter 1 treats the network as a black box: outputs first, then inputs, then how training turns the knobs.",
    },
    "home.chapter_2.notes": {
        "zh": "第 2 章打开训练过程：标签编码、损失、梯度下降，最后现场训练一个真正的 Keras 模型。",
        "en": "Chapter 2 opens up training: label encoding, loss, gradient descent, and finally a real Keras model trained live.",
    },
}
