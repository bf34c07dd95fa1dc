"""Strings of the knobs page (course 01-05)."""

TEXT = {
    "knobs.knob.w1": {"zh": "权重 w₁", "en": "Weight w₁"},
    "knobs.knob.w2": {"zh": "权重 w₂", "en": "Weight w₂"},
    "knobs.knob.b": {"zh": "偏置 b", "en": "Bias b"},
    "knobs.axis.x1": {"zh": "x₁（第 1 个输入）", "en": "x₁ (input 1)"},
    "knobs.axis.x2": {"zh": "x₂（第 2 个输入）", "en": "x₂ (input 2)"},
    "knobs.axis.step": {"zh": "训练步数", "en": "Training step"},
    "knobs.axis.value": {"zh": "旋钮的值", "en": "Knob value"},
    "knobs.legend.blue": {"zh": "蓝点（答案 y = 0）", "en": "Blue points (answer y = 0)"},
    "knobs.legend.orange": {"zh": "橙点（答案 y = 1）", "en": "Orange points (answer y = 1)"},
    "knobs.legend.wrong": {"zh": "判错的点", "en": "Called wrong"},
    "knobs.legend.boundary": {"zh": "分界线（p = 0.5）", "en": "Boundary (p = 0.5)"},
    "knobs.legend.p": {"zh": "p（是橙点的概率）", "en": "p (chance of orange)"},
    "knobs.legend.group": {"zh": "第 {n} 组", "en": "Group {n}"},
    "knobs.legend.centre": {"zh": "组中心", "en": "Group centre"},
    "knobs.metric.error": {"zh": "误差", "en": "Error"},
    "knobs.metric.wrong": {"zh": "判错的点", "en": "Points called wrong"},
    "knobs.metric.wrong_value": {"zh": "{n} / {total}", "en": "{n} of {total}"},
    # step 1
    "knobs.turn.head": {"zh": "权重就是旋钮", "en": "Weights are knobs"},
    "knobs.turn.intro": {
        "zh": "这是一个最小的[[neural_network]]：它读入一个点的两个坐标 x₁、x₂，输出这个点是橙色的概率 p。"
        "它只有三个可调的数，也就是黑匣子上的三个旋钮：两个[[weight]] w₁、w₂，和一个[[bias]] b。"
        "旋钮没调好，这个盒子就毫无用处。",
        "en": "This is the smallest [[neural_network]]: it reads a point's two coordinates x₁, x₂ and outputs p, "
        "the chance that the point is orange. Its three adjustable numbers are the knobs on the "
        "black box: w₁ and w₂, each a [[weight]], and a [[bias]] b. With the knobs set badly, the box is useless.",
    },
    "knobs.turn.explain": {
        "zh": "转动旋钮，看虚线分界线怎样移动：线这边判为蓝，那边判为橙。"
        "打 × 的点被判错了。**误差**是每个点的 (p − y)² 的平均值，全部判对且很有把握时接近 0。",
        "en": "Turn the knobs and watch the dashed boundary move: one side is called blue, the other orange. "
        "Points with a × are called wrong. The **error** is the average of (p − y)² over the points; it "
        "is near 0 when every point is called right and surely.",
    },
    "knobs.reset": {"zh": "把旋钮调回起点", "en": "Put the knobs back"},
    # step 2
    "knobs.train.head": {"zh": "让训练来转旋钮", "en": "Let training turn the knobs"},
    "knobs.train.intro": {
        "zh": "[[training]]时不靠猜：计算机算出误差对每个旋钮的斜率，再把每个旋钮朝误差变小的方向拧一点点。"
        "按一次按钮就走 {steps} 小步，你会看到上面的滑块和分界线跟着动。",
        "en": "During [[training]] nothing is guessed: the computer works out the error's slope for each knob and turns every knob a "
        "little in the direction that lowers the error. One press takes {steps} small steps; watch the "
        "sliders and the boundary above move with it.",
    },
    "knobs.train.button": {
        "zh": "让训练转旋钮（{steps} 步）",
        "en": "Let training turn them ({steps} steps)",
    },
    "knobs.train.none_yet": {
        "zh": "按上面的按钮，看误差怎样一步步下降。",
        "en": "Press the button above and watch the error fall step by step.",
    },
    "knobs.train.error_caption": {"zh": "每一步之后的误差", "en": "The error after each step"},
    "knobs.train.path_caption": {"zh": "三个旋钮被拧到了哪里", "en": "Where the three knobs were turned"},
    # step 3
    "knobs.super.head": {"zh": "监督学习与无监督学习", "en": "Supervised and unsupervised learning"},
    "knobs.super.intro": {
        "zh": "上面的训练是[[supervised_learning]]：每个点都带着正确答案（它的颜色）。"
        "如果只有点、没有答案，就是[[unsupervised_learning]]：算法只能按远近把点分组，但说不出每组叫什么。",
        "en": "The training above is [[supervised_learning]]: every point comes with the right answer (its colour). "
        "With points but no answers it is [[unsupervised_learning]]: an algorithm can only group the points by "
        "closeness, without knowing what each group is called.",
    },
    "knobs.super.left": {"zh": "**监督：** 每个点都有标签", "en": "**Supervised:** every point has a label"},
    "knobs.super.right": {
        "zh": "**无监督：** 没有标签，按远近分成两组",
        "en": "**Unsupervised:** no labels, split into two groups by closeness",
    },
    "knobs.super.caption": {
        "zh": "右图的分组由 k-means 算法自己找出；本课程的图像分类用的是左边这种监督学习。",
        "en": "The groups on the right were found by the k-means algorithm on its own; the image classifier in "
        "this course learns the supervised way, on the left.",
    },
    # lecture mode
    "knobs.turn_the_knobs.notes": {
        "zh": "请一位学生报出旋钮值，现场转动，让全班看判错的点和误差怎样变化。",
        "en": "Ask a student to call out knob values, turn them live, and let the class watch the wrong points and the error change.",
    },
    "knobs.training_turns_them.notes": {
        "zh": "先按一次，指出三个滑块自己动了；再按几次，误差曲线越来越平——接近最好的设置了。",
        "en": "Press once and point out that the three sliders moved by themselves; press again and the error curve flattens near the best setting.",
    },
    "knobs.supervised_vs_unsupervised.notes": {
        "zh": "同一批点：左边有答案，右边没有。强调我们的分类网络需要带标签的数据。",
        "en": "The same points: with answers on the left, without on the right. Stress that our classifier needs labelled data.",
    },
}
