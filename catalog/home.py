"""Home page strings."""

TEXT = {
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
