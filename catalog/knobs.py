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
    "knobs.decision_alt": {
        "zh": "两个输入构成的平面：蓝点和橙点，底色是网络给出的 p（蓝色接近 0，橙色接近 1），虚线是 p = 0.5 的分界线",
        "en": "The plane of the two inputs: blue and orange points over the shading of the network's p (blue near 0, "
        "orange near 1); the dashed line is the boundary p = 0.5",
    },
    "knobs.legend.p": {"zh": "p（是橙点的概率）", "en": "p (chance of orange)"},
    "knobs.error_alt": {
        "zh": "误差随训练步数变化的折线：{n} 步里从 {start} 降到 {end}",
        "en": "A line of the error after each training step: from {start} to {end} in {n} steps",
    },
    "knobs.path_alt": {
        "zh": "三个旋钮的值随训练步数变化的三条线：{moved}",
        "en": "Three lines, the value of each knob after each training step: {moved}",
    },
    "knobs.supervised_alt": {
        "zh": "{n} 个点画在 x₁、x₂ 平面上，每个点按答案涂成蓝色或橙色",
        "en": "{n} points in the plane of x₁ and x₂, each coloured blue or orange by its answer",
    },
    "knobs.unsupervised_alt": {
        "zh": "同样的 {n} 个点没有颜色，按远近分成 {k} 组，每组用一种空心符号，组中心是星形",
        "en": "The same {n} points without colours, split by closeness into {k} groups, each group in its own "
        "open mark, the group centres as stars",
    },
    "knobs.legend.group": {"zh": "第 {n} 组", "en": "Group {n}"},
    "knobs.legend.centre": {"zh": "组中心", "en": "Group centre"},
    "knobs.metric.error": {"zh": "误差", "en": "Error"},
    "knobs.metric.wrong": {"zh": "判错的点", "en": "Points called wrong"},
    "knobs.metric.wrong_value": {"zh": "{n} / {total}", "en": "{n} of {total}"},
    # step 1
    "knobs.box.head": {"zh": "权重就是旋钮", "en": "Weights are knobs"},
    "knobs.box.intro": {
        "zh": "这是一个最小的[[neural_network]]：它读入一个点的两个坐标 x₁、x₂，输出这个点是橙色的概率 p。"
        "它只有三个可调的数，也就是黑匣子上的三个旋钮：两个[[weight]] w₁、w₂，和一个[[bias]] b。",
        "en": "This is the smallest [[neural_network]]: it reads a point's two coordinates x₁, x₂ and outputs p, "
        "the chance that the point is orange. It has three adjustable numbers, the knobs on the black box: "
        "w₁ and w₂, each a [[weight]], and a [[bias]] b.",
    },
    "knobs.box.sigma": {
        "zh": "它先算 z = w₁x₁ + w₂x₂ + b，这可以是任何数；再用 [[sigmoid]] σ 把 z 压到 0 和 1 之间："
        "z 越大，p 越接近 1；z 越小，p 越接近 0。",
        "en": "First it works out z = w₁x₁ + w₂x₂ + b, which can be any number; then the [[sigmoid]] σ squeezes "
        "z into a number between 0 and 1: the larger z, the closer p is to 1; the smaller z, the closer to 0.",
    },
    "knobs.box.start": {
        "zh": "图中是旋钮的起点：w₁ = {w1}，w₂ = {w2}，b = {b}。底色是 p：橙色一侧判为橙，蓝色一侧判为蓝，"
        "虚线是 p = 0.5 的分界线。打 × 的点被判错了。",
        "en": "The chart shows the knobs at their start: w₁ = {w1}, w₂ = {w2}, b = {b}. The shading is p: the "
        "orange side is called orange, the blue side blue, and the dashed line, where p = 0.5, is the boundary. "
        "Points with a × are called wrong.",
    },
    "knobs.box.useless": {
        "zh": "旋钮没调好，盒子就毫无用处：它读得到每个点，却大多答错。[[error]]用一个数说明它错了多少："
        "每个点的 (p − y)² 的平均值，y 是这个点的正确答案（橙点为 1，蓝点为 0）；只有全部判对且很有把握时才接近 0。",
        "en": "With the knobs set badly the box is useless: it reads every point, and gets most of them wrong. The "
        "[[error]] says how wrong in one number: the average of (p − y)² over the points, where y is a point's "
        "right answer (1 for orange, 0 for blue); it is near 0 only when every point is called right and surely.",
    },
    # step 2
    "knobs.turn.head": {"zh": "转动旋钮", "en": "Turn the knobs"},
    "knobs.turn.explain": {
        "zh": "转动旋钮，看虚线分界线怎样移动、× 怎样出现和消失，误差又怎样跟着变。试着让误差尽量小。",
        "en": "Turn the knobs and watch the dashed boundary move, the × marks come and go, and the error change. "
        "Try to make the error as small as you can.",
    },
    "knobs.reset": {"zh": "把旋钮调回起点", "en": "Put the knobs back"},
    # step 3
    "knobs.train.head": {"zh": "让训练来转旋钮", "en": "Let training turn the knobs"},
    "knobs.train.intro": {
        "zh": "[[training]]时不靠猜：计算机算出每个旋钮稍微一拧、误差会怎样变，再把每个旋钮朝误差变小的方向拧一点点。"
        "按一次按钮就走 {steps} 小步，你会看到上面的滑块和分界线跟着动。",
        "en": "During [[training]] nothing is guessed: the computer works out how the error changes when each knob is "
        "turned a little, and turns every knob a little in the direction that lowers the error. One press takes {steps} small steps; watch the "
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
    # step 4
    "knobs.super.head": {"zh": "监督学习与无监督学习", "en": "Supervised and unsupervised learning"},
    "knobs.super.intro": {
        "zh": "上面的训练是[[supervised_learning]]：每个点都带着正确答案（它的颜色），误差就是拿网络的回答和它比。"
        "图像分类网络也这样学，只是需要多得多的例子：每个类别都要成千上万张带标签的图片，"
        "比如几千张标着“猫”的猫、几千张狗、几千张其他东西。"
        "如果只有点、没有答案，就是[[unsupervised_learning]]：算法只能按远近把点分组，但说不出每组叫什么。",
        "en": "The training above is [[supervised_learning]]: every point comes with the right answer (its colour), "
        "and the error compares the box's answer with it. An image classifier learns the same way, only from "
        "far more examples: thousands of labelled pictures of every class, such as thousands of cats labelled "
        "“cat”, thousands of dogs and thousands of other things. With points but no answers it is "
        "[[unsupervised_learning]]: an algorithm can only group the points by closeness, without knowing what "
        "each group is called.",
    },
    "knobs.super.left": {"zh": "**监督：** 每个点都有标签", "en": "**Supervised:** every point has a label"},
    "knobs.super.right": {
        "zh": "**无监督：** 没有标签，按远近分成两组",
        "en": "**Unsupervised:** no labels, split into two groups by closeness",
    },
    "knobs.super.caption": {
        "zh": "右图的分组由 k-means 算法自己找出：它放下 k 个组中心（这里 k = 2），让每个点归到最近的中心，"
        "再把每个中心移到它那组点的中间，如此重复，直到分组不再变化。本课程的图像分类用的是左边这种监督学习。",
        "en": "The groups on the right were found by k-means on its own: it places k group centres (here k = 2), "
        "puts each point with its nearest centre, moves each centre to the middle of its points, and repeats "
        "until the groups stop changing. The image classifier in this course learns the supervised way, on the left.",
    },
    # the end of the page
    "knobs.recap": {
        "zh": "- 权重（和偏置）就是黑匣子上的旋钮：同一个盒子，旋钮调得好就答得对，调不好就毫无用处。\n"
        "- 训练替你拧旋钮：算出误差，把每个旋钮朝误差变小的方向拧一点，一步接一步。\n"
        "- 这是监督学习：每个例子都带着正确答案。图像分类需要每个类别成千上万张带标签的图片。",
        "en": "- Weights (and the bias) are the knobs of the box: the same box answers well with good settings "
        "and is useless with bad ones.\n"
        "- Training turns the knobs for you: it measures the error and turns every knob a little the way that "
        "lowers it, step after step.\n"
        "- This is supervised learning: every example comes with its right answer. An image classifier needs "
        "thousands of labelled pictures of every class.",
    },
    # lecture mode
    "knobs.weights_are_knobs.notes": {
        "zh": "先看起点：旋钮调得不好，大多数点都判错了。σ 只是把任何数压到 0 和 1 之间。",
        "en": "Begin at the start: with bad knobs most points are called wrong. σ just squeezes any number "
        "into 0..1.",
    },
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
