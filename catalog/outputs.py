"""Strings of the outputs page (course 01-03)."""

TEXT = {
    "outputs.class.cat": {"zh": "猫", "en": "cat"},
    "outputs.class.dog": {"zh": "狗", "en": "dog"},
    "outputs.class.other": {"zh": "其他", "en": "other"},
    "outputs.axis.class": {"zh": "类别", "en": "Class"},
    "outputs.axis.prob": {"zh": "概率", "en": "Probability"},
    # step 1: scores -> probabilities
    "outputs.scores.head": {"zh": "从得分到概率", "en": "From scores to probabilities"},
    "outputs.scores.intro": {
        "zh": "网络最后给每个[[class]]算出一个[[score]]，它可以是任意实数。"
        "[[softmax]]把这三个得分变成三个[[probability]]：每个都在 0 和 1 之间，而且加起来恰好是 1。"
        "拖动下面的滑块试试：得分越高，概率越大。",
        "en": "At the end, the network computes a [[score]] for every [[class]]; it can be any real number. "
        "[[softmax]] turns the three scores into three [[probability]] values, each between 0 and 1, "
        "adding up to exactly 1. Drag the sliders below: a higher score means a larger probability.",
    },
    "outputs.preset.caption": {
        "zh": "课程里的两个例子（按下后得分被设为 log(p)，softmax 正好还原这些概率）：",
        "en": "The course's two examples (a button sets each score to log(p), so softmax gives these probabilities back exactly):",
    },
    "outputs.preset.help": {
        "zh": "把得分设为这些概率的对数",
        "en": "Set the scores to the logarithms of these probabilities",
    },
    "outputs.preset.reset": {"zh": "恢复初始得分", "en": "Reset the scores"},
    "outputs.score_label": {"zh": "“{name}”的得分", "en": "Score for “{name}”"},
    "outputs.sum": {
        "zh": "概率之和：{expr} = **{total}**（无论得分是多少，总和都是 1）",
        "en": "Sum of the probabilities: {expr} = **{total}** (whatever the scores, the total is 1)",
    },
    # step 2: argmax
    "outputs.argmax.head": {"zh": "用最大的概率选出标签", "en": "The largest probability picks the label"},
    "outputs.argmax.intro": {
        "zh": "网络输出的是三个数，不是一个词。要得到[[label]]，我们找出最大概率所在的位置——[[argmax]]，"
        "再查它对应的类别。最大的那个概率就是网络的[[confidence]]。",
        "en": "The network outputs three numbers, not a word. To get a [[label]] we find where the largest "
        "probability sits — the [[argmax]] — and look up its class. That largest probability is the "
        "network's [[confidence]].",
    },
    "outputs.metric.label": {"zh": "预测标签", "en": "Predicted label"},
    "outputs.metric.confidence": {"zh": "置信度（最大概率）", "en": "Confidence (top probability)"},
    "outputs.metric.margin": {"zh": "领先第二名", "en": "Lead over the runner-up"},
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
        "cat is (1, 0, 0), dog is (0, 1, 0), other is (0, 0, 1). Choose the image's true class and "
        "compare the perfect answer with what the network actually outputs.",
    },
    "outputs.perfect.true": {"zh": "图片的真实类别", "en": "The image's true class"},
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
        "zh": "真实的图像分类网络常常有几百甚至上千个类别。把类别数调大：softmax 依然让所有概率加起来为 1，"
        "标签依然是概率最大的那一个。",
        "en": "Real image classifiers often have hundreds or even a thousand classes. Raise the number of "
        "classes: softmax still makes all the probabilities add up to 1, and the label is still the largest one.",
    },
    "outputs.many.k": {"zh": "类别数", "en": "Number of classes"},
    "outputs.many.reroll": {"zh": "换一组得分", "en": "New random scores"},
    "outputs.many.axis_class": {"zh": "类别编号", "en": "Class number"},
    "outputs.many.class_n": {"zh": "类别 {n}", "en": "class {n}"},
    "outputs.many.result": {
        "zh": "{k} 个概率之和 = **{total}**；最大的是 **{label}**（{conf}），所以预测为它。",
        "en": "The {k} probabilities add up to **{total}**; the largest is **{label}** ({conf}), so that is the prediction.",
    },
    "outputs.many.top": {"zh": "概率最高的 5 个类别", "en": "The 5 most probable classes"},
    "outputs.many.col_rank": {"zh": "名次", "en": "Rank"},
    "outputs.many.col_class": {"zh": "类别", "en": "Class"},
    "outputs.many.col_prob": {"zh": "概率", "en": "Probability"},
    # lecture mode
    "outputs.scores_to_probabilities.notes": {
        "zh": "先拖一个得分，指出所有概率都会一起变，但总和始终是 1。再按两个课程示例按钮。",
        "en": "Drag one score and point out that every probability moves, yet the total stays 1. Then press the two course examples.",
    },
    "outputs.label_by_argmax.notes": {
        "zh": "强调网络输出的是数字；标签是我们按最大值查出来的。0.51 对 0.48 时仍判为猫，但信心低。",
        "en": "Stress that the network outputs numbers; we look the label up at the maximum. At 0.51 vs 0.48 it is still cat, with low confidence.",
    },
    "outputs.perfect_answer.notes": {
        "zh": "完美答案就是独热向量（第 2 章会再见到它）。让学生比较实际输出离它有多远。",
        "en": "The perfect answer is a one-hot vector (it returns in chapter 2). Ask how far the actual output is from it.",
    },
    "outputs.many_classes.notes": {
        "zh": "把类别数拉到 1000：最大概率变得很小，但规则不变，总和仍是 1。",
        "en": "Pull the class count to 1000: the top probability gets small, but the rule is unchanged and the total is still 1.",
    },
}
