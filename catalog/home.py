"""Home page strings."""

TEXT = {
    "home.progress": {
        "zh": "你已经学完 {done} / {total} 页。",
        "en": "You have finished {done} of {total} pages.",
    },
    "home.continue": {"zh": "继续学习：{title}（第 {k} 步）", "en": "Continue: {title} (step {k})"},
    "home.seen_some": {"zh": "已看到第 {k} / {n} 步", "en": "seen {k} of {n} steps"},
    "home.seen_all": {"zh": "✓ 已学完", "en": "✓ finished"},
    "home.intro": {
        "zh": "这是一门给零基础学习者的互动课程：你会看到一张图片怎样变成数字、"
        "[[neural_network]]怎样给出猫、狗、其他三个概率，"
        "以及它怎样通过[[loss_function]]和[[gradient_descent]]一步步学会。"
        "每一页都可以动手操作，背后是真正的 numpy 和 TensorFlow/Keras。",
        "en": "An interactive course for complete beginners. See how an image becomes numbers, "
        "how a [[neural_network]] answers with three probabilities for cat, dog and other, "
        "and how it learns, step by step, through a [[loss_function]] and [[gradient_descent]]. "
        "Every page is hands-on, with real numpy and TensorFlow/Keras underneath.",
    },
}
