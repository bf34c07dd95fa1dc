"""Lecture-mode strings."""

TEXT = {
    "present.toggle": {"zh": "演示模式", "en": "Lecture mode"},
    "present.help": {
        "zh": "把课程变成幻灯片：大字号，用 ← → 键翻页。",
        "en": "Turn the course into slides: big type, ← and → to move.",
    },
    "present.prev": {"zh": "上一步", "en": "Previous"},
    "present.next": {"zh": "下一步", "en": "Next"},
    "present.exit": {"zh": "退出", "en": "Exit"},
    "present.position": {"zh": "{page} · 第 {k} / {n} 步", "en": "{page} · step {k} of {n}"},
    "present.reveal": {"zh": "揭晓答案", "en": "Reveal the answer"},
    "present.notes": {"zh": "讲者备注", "en": "Speaker notes"},
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
