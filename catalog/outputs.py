"""Strings of the outputs page (course 01-03)."""

TEXT = {
    "outputs.class.cat": {"zh": "猫", "en": "cat"},
    "outputs.class.dog": {"zh": "狗", "en": "dog"},
    "outputs.class.other": {"zh": "其他", "en": "other"},
    "outputs.axis.class": {"zh": "类别", "en": "Class"},
    "outputs.axis.prob": {"zh": "概率", "en": "Probability"},
    "outputs.sum": {
        "zh": "加起来：{expr} = **{total}**",
        "en": "Added up: {expr} = **{total}**",
    },
    # the course's examples and "your image"
    "outputs.course.example": {"zh": "课程的例子 {n}", "en": "The course's example {n}"},
    "outputs.course.cat": {
        "zh": "一张猫的图片，网络的三个输出：",
        "en": "A picture of a cat, and the network's three outputs:",
    },
    "outputs.course.outputs": {"zh": "输出 {p}（猫 / 狗 / 其他）", "en": "Outputs {p} (cat / dog / other)"},
    "outputs.yours.toggle": {
        "zh": "在课程的例子旁边显示你的图片",
        "en": "Show your image beside the course's examples",
    },
    "outputs.yours.head": {"zh": "你的图片", "en": "Your image"},
    "outputs.yours.unfamiliar": {
        "zh": "内置模型从没学过和这张图相像的东西，所以这些数没什么意义（见“黑匣子”页）。",
        "en": "The built-in network never learned anything like this picture, so these numbers mean little "
        "(see the black-box page).",
    },
    "outputs.yours.truth": {
        "zh": "它其实是“{name}”：完美答案和内置模型的实际输出：",
        "en": "It really is a {name}: the perfect answer and the built-in network's actual output:",
    },
    "outputs.yours.truth_unknown": {
        "zh": "你的图片到底是什么？在“One-Hot 编码”页告诉我们，它的完美答案就会出现在这里。",
        "en": "What does your picture really show? Say it on the one-hot page, and its perfect answer appears here.",
    },
    # step 1: three probabilities
    "outputs.three.head": {"zh": "出来的是三个概率", "en": "Out come three probabilities"},
    "outputs.three.intro": {
        "zh": "看看一张图片从黑匣子里出来的是什么。课程的例子：图片上是一只猫，网络给出三个数，每个[[class]]一个："
        "猫 {cat}，狗 {dog}，其他 {other}。每个数都是一个[[probability]]，在 0 和 1 之间，三个加起来正好是 1。"
        "每个类别都有一个名字，就是它的[[label]]；课程里也叫“类标签”。",
        "en": "Look at what comes out of the box for one picture. The course's example: the picture shows a cat, "
        "and the network gives three numbers, one per [[class]]: {cat} for cat, {dog} for dog and {other} for "
        "other. Each is a [[probability]], between 0 and 1, and the three make exactly 1 together. Every class "
        "has a name, its [[label]]; the course also calls it a “class label”.",
    },
    "outputs.three.not_a_label": {
        "zh": "网络输出的不是“猫”这个词，而是三个数。它指的是哪个类别，要从这三个数里读出来（下一步）。",
        "en": "The network does not output the word “cat”: it outputs three numbers. Which class it means is "
        "read off those numbers (next step).",
    },
    # step 2: argmax
    "outputs.argmax.head": {"zh": "用最大的概率选出标签", "en": "The largest probability picks the label"},
    "outputs.argmax.intro": {
        "zh": "要把三个数变成一个答案，就找出概率最大的那个类别：这叫[[argmax]]，也就是最大值所在的位置。"
        "它的标签就是网络的预测。最大的那个概率说明网络有多确定，叫作[[confidence]]。"
        "第一名只比第二名多一点点时，预测照样成立，但信心很低。",
        "en": "To turn three numbers into one answer, take the class with the largest probability: the [[argmax]], "
        "the position of the maximum. Its label is the network's prediction. That largest probability says how "
        "sure the network is: its [[confidence]]. When the winner is only a little ahead of the runner-up, the "
        "prediction still stands, but with low confidence.",
    },
    "outputs.metric.label": {"zh": "预测标签", "en": "Predicted label"},
    "outputs.metric.confidence": {"zh": "置信度", "en": "Confidence"},
    "outputs.metric.confidence_help": {"zh": "最大的那个概率。", "en": "The largest probability."},
    "outputs.metric.margin": {"zh": "领先第二名：{margin}", "en": "Lead over the runner-up: {margin}"},
    "outputs.low_conf": {
        "zh": "预测仍然是“{label}”，因为它的概率最大；但只领先第二名 {margin}，网络对这个预测的信心很低。",
        "en": "The prediction is still “{label}”, because its probability is the largest; but it leads the "
        "runner-up by only {margin}, so the network has low confidence in it.",
    },
    "outputs.high_conf": {
        "zh": "网络预测“{label}”，而且相当有把握（概率 {conf}）。",
        "en": "The network predicts “{label}”, and fairly surely (probability {conf}).",
    },
    # step 3: the perfect answer
    "outputs.perfect.head": {"zh": "完美的答案", "en": "The perfect answer"},
    "outputs.perfect.intro": {
        "zh": "如果网络完美无缺，正确类别的概率就是 1，其余都是 0：猫是 (1, 0, 0)，狗是 (0, 1, 0)，其他是 (0, 0, 1)。"
        "选出图片的真实类别，把完美答案和网络实际的输出放在一起比较。",
        "en": "A flawless network would give the right class probability 1 and every other class 0: "
        "cat is (1, 0, 0), dog is (0, 1, 0), other is (0, 0, 1). Choose the picture's true class and "
        "compare the perfect answer with what the network actually outputs.",
    },
    "outputs.perfect.true": {"zh": "图片的真实类别", "en": "The picture's true class"},
    "outputs.perfect.legend_perfect": {"zh": "完美答案", "en": "Perfect answer"},
    "outputs.perfect.legend_actual": {"zh": "实际输出", "en": "Actual output"},
    "outputs.perfect.vectors": {
        "zh": "完美答案 {perfect}　·　实际输出 {actual}",
        "en": "Perfect answer {perfect}  ·  actual output {actual}",
    },
    "outputs.perfect.caption": {
        "zh": "即使训练得很好的网络也几乎不会给出完全的 1 和 0；训练要做的，是让实际输出尽量靠近完美答案。",
        "en": "Even a well-trained network almost never outputs an exact 1 and 0s; training pushes the "
        "actual output as close to the perfect answer as it can.",
    },
    # step 4: many classes
    "outputs.many.head": {"zh": "几百个类别，同一条规则", "en": "Hundreds of classes, the same rule"},
    "outputs.many.intro": {
        "zh": "真实的图像分类网络常常有几百甚至上千个类别，但规则不变：所有概率加起来等于 1，标签是概率最大的那一个。"
        "下面是一个随便编出来的网络，类别数由你定，它的输出是随机的。",
        "en": "Real image classifiers often have hundreds of classes, some a thousand, but the rule does not "
        "change: the probabilities add up to 1 and the label is the largest one. Below, a made-up network gives "
        "random outputs for as many classes as you choose.",
    },
    "outputs.many.k": {"zh": "类别数", "en": "Number of classes"},
    "outputs.many.reroll": {"zh": "换一组输出", "en": "New random outputs"},
    "outputs.many.axis_class": {"zh": "类别编号", "en": "Class number"},
    "outputs.many.class_n": {"zh": "类别 {n}", "en": "class {n}"},
    "outputs.many.result": {
        "zh": "{k} 个概率之和 = **{total}**；最大的是 **{label}**（{conf}），所以预测为它。",
        "en": "The {k} probabilities add up to **{total}**; the largest is **{label}** ({conf}), so that is the "
        "prediction.",
    },
    "outputs.many.top": {"zh": "概率最高的 5 个类别", "en": "The 5 most probable classes"},
    "outputs.many.col_rank": {"zh": "名次", "en": "Rank"},
    "outputs.many.col_class": {"zh": "类别", "en": "Class"},
    "outputs.many.col_prob": {"zh": "概率", "en": "Probability"},
    # step 5 (go deeper): scores and softmax
    "outputs.scores.head": {
        "zh": "概率从哪里来：得分和 softmax",
        "en": "Where the probabilities come from: scores and softmax",
    },
    "outputs.scores.intro": {
        "zh": "网络最后一层先给每个类别算出一个[[score]]，它可以是任意数，也可以是负数。"
        "然后[[softmax]]把得分变成概率：p = e^s ÷（三个 e^s 之和）。每个 e^s 都是正数，除以它们的和，"
        "三个概率就加起来等于 1；得分越高，概率越大。拖动滑块试试。",
        "en": "The network's last layer first computes one [[score]] per class: any number, negative too. "
        "Then [[softmax]] turns the scores into probabilities: p = e^s ÷ (the sum of the three e^s). Every e^s "
        "is positive, and dividing by their sum makes the three add up to 1; a higher score gives a larger "
        "probability. Drag the sliders.",
    },
    "outputs.preset.caption": {
        "zh": "课程里的两个例子（按下后每个得分被设为 log(p)，softmax 正好还原这些概率）：",
        "en": "The course's two examples (a button sets each score to log(p), so softmax gives these "
        "probabilities back exactly):",
    },
    "outputs.preset.help": {
        "zh": "把得分设为这些概率的对数",
        "en": "Set the scores to the logarithms of these probabilities",
    },
    "outputs.preset.reset": {"zh": "恢复初始得分", "en": "Reset the scores"},
    "outputs.score_label": {"zh": "“{name}”的得分", "en": "Score for “{name}”"},
    "outputs.softmax.yours": {
        "zh": "内置模型给你的图片的得分是 z = ({z})。softmax 把它们变成下面的概率：",
        "en": "The built-in network's scores for your image are z = ({z}). Softmax turns them into these "
        "probabilities:",
    },
    "outputs.softmax.col_class": {"zh": "类别", "en": "Class"},
    "outputs.softmax.col_score": {"zh": "得分 s", "en": "Score s"},
    "outputs.softmax.col_exp": {"zh": "e^s", "en": "e^s"},
    "outputs.softmax.col_p": {"zh": "概率 p", "en": "Probability p"},
    "outputs.softmax.caption": {
        "zh": "每一行：得分 s，e^s（总是正数），以及 p = 这一行的 e^s ÷ e^s 这一列的和。这一列的和是 {total}，"
        "所以第一行是 {first} ÷ {total} = {p}。",
        "en": "Each row: the score s, e^s (always positive), and p = this row's e^s ÷ the sum of the e^s column. "
        "That sum is {total}, so the first row is {first} ÷ {total} = {p}.",
    },
    # lecture mode
    "outputs.three_probabilities.notes": {
        "zh": "先让学生说出三个数加起来是多少，再指出：网络输出的是数字，不是“猫”这个词。",
        "en": "Have students say what the three numbers add up to, then point out that the network outputs "
        "numbers, not the word “cat”.",
    },
    "outputs.label_by_argmax.notes": {
        "zh": "强调网络输出的是数字；标签是我们按最大值查出来的。0.51 对 0.48 时仍判为猫，但信心低。",
        "en": "Stress that the network outputs numbers; we look the label up at the maximum. At 0.51 vs 0.48 it "
        "is still cat, with low confidence.",
    },
    "outputs.perfect_answer.notes": {
        "zh": "完美答案就是独热向量（第 2 章会再见到它）。让学生比较实际输出离它有多远。",
        "en": "The perfect answer is a one-hot vector (it returns in chapter 2). Ask how far the actual output "
        "is from it.",
    },
    "outputs.many_classes.notes": {
        "zh": "把类别数拉到 1000：最大概率变得很小，但规则不变，总和仍是 1。",
        "en": "Pull the class count to 1000: the top probability gets small, but the rule is unchanged and the "
        "total is still 1.",
    },
    "outputs.scores_and_softmax.notes": {
        "zh": "先拖一个得分，指出所有概率都会一起变，但总和始终是 1。再按两个课程示例按钮。",
        "en": "Drag one score and point out that every probability moves, yet the total stays 1. Then press "
        "the two course examples.",
    },
    "outputs.recap": {
        "zh": "- 网络输出的是数，不是一个词：每个类别一个概率，都在 0 和 1 之间，加起来等于 1。\n"
        "- 概率最大的类别就是预测的标签（argmax），那个最大概率就是置信度；第一名领先很少时，预测不变，但信心很低。\n"
        "- 完美的网络给正确类别 1、其余 0；类别再多，这条规则也一样。",
        "en": "- A network outputs numbers, not a word: one probability per class, each between 0 and 1, adding "
        "up to 1.\n"
        "- The class with the largest probability is the predicted label (the argmax), and that probability is "
        "the confidence; a winner only just ahead is still the prediction, with low confidence.\n"
        "- A perfect network gives the right class 1 and the others 0; with a thousand classes the rule is the "
        "same.",
    },
}
