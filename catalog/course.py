"""Page titles and one-line descriptions, used by the navigation and the course map."""

TEXT = {
    "home.title": {"zh": "课程地图", "en": "Course map"},
    "home.blurb": {
        "zh": "两章课程、每页学什么，一目了然。",
        "en": "Both chapters at a glance, and what each page teaches.",
    },
    "black_box.title": {"zh": "黑匣子", "en": "The black box"},
    "black_box.blurb": {
        "zh": "把一张图放进黑匣子，看它给出猫、狗、其他三个概率。",
        "en": "Drop an image into the box and watch three probabilities come out: cat, dog, other.",
    },
    "outputs.title": {"zh": "网络的输出", "en": "The outputs"},
    "outputs.blurb": {
        "zh": "拖动得分，看 softmax 把它们变成加起来为 1 的概率，再用最大值选出标签。",
        "en": "Drag scores and watch softmax turn them into probabilities that add to 1; the largest picks the label.",
    },
    "inputs.title": {"zh": "网络的输入", "en": "The inputs"},
    "inputs.blurb": {
        "zh": "把图片拆成像素数字：灰度与 RGB、256×256×3 = 196,608 个数、调整到固定尺寸。",
        "en": "Take an image apart into pixel numbers: grey vs RGB, 256×256×3 = 196,608 numbers, resizing to a fixed shape.",
    },
    "knobs.title": {"zh": "旋钮与训练", "en": "Knobs and training"},
    "knobs.blurb": {
        "zh": "亲手转动一个小网络的权重旋钮，再让训练替你转。",
        "en": "Turn a tiny network's weight knobs by hand, then let training turn them for you.",
    },
    "one_hot.title": {"zh": "标签与独热编码", "en": "Labels and one-hot"},
    "one_hot.blurb": {
        "zh": "编辑类别表，看整数编码和独热编码，以及为什么顺序必须固定。",
        "en": "Edit the class list, see integer and one-hot encodings, and why the order must stay fixed.",
    },
    "loss.title": {"zh": "损失函数", "en": "Loss functions"},
    "loss.blurb": {
        "zh": "逐项算出误差平方和（0.6638），再算一批的均方误差，并与交叉熵比较。",
        "en": "Work out the sum of squared errors term by term (0.6638), the batch MSE, and compare cross-entropy.",
    },
    "gradient_descent.title": {"zh": "梯度下降", "en": "Gradient descent"},
    "gradient_descent.blurb": {
        "zh": "让一个权重沿着损失曲线下山：斜率的符号、学习率、0.38 → 0.3855。",
        "en": "Walk one weight down a loss curve: the slope's sign, the learning rate, 0.38 → 0.3855.",
    },
    "training.title": {"zh": "现场训练", "en": "Live training"},
    "training.blurb": {
        "zh": "用真正的 Keras 训练一个网络，实时看损失和准确率曲线。",
        "en": "Train a real Keras network and watch its loss and accuracy curves live.",
    },
    "inference.title": {"zh": "推理", "en": "Inference"},
    "inference.blurb": {
        "zh": "让训练好的模型分类它从未见过的图片，包括你自己的。",
        "en": "Let the trained model classify images it has never seen, your own included.",
    },
    "summary.title": {"zh": "总结与术语表", "en": "Summary and glossary"},
    "summary.blurb": {
        "zh": "课程要点回顾，以及可搜索的中英术语表。",
        "en": "The course's takeaways and a searchable Chinese–English glossary.",
    },
}
