"""Strings of the black-box page (course 01-02)."""

TEXT = {
    # step 1: the idea
    "black_box.intro.title": {
        "zh": "一张图进去，三个数出来",
        "en": "An image goes in, three numbers come out",
    },
    "black_box.intro.text": {
        "zh": "先把[[neural_network]]当成一个[[black_box]]：里面有什么暂时不管，只看进去什么、出来什么。"
        "这里的任务是[[image_classification]]：放进去一张图片，大小、格式、颜色都可以；"
        "出来的是三个 0 到 1 之间的数，每个数是一种[[class]]的[[probability]]：猫、狗，或者“其他”。",
        "en": "Let us first treat a [[neural_network]] as a [[black_box]]: ignore what is inside and watch only "
        "what goes in and what comes out. The task is [[image_classification]]: in goes an image of any size, "
        "format or colour; out come three numbers between 0 and 1, one [[probability]] per [[class]]: "
        "cat, dog, or “other”.",
    },
    "black_box.diagram.in": {"zh": "输入：一张图片", "en": "In: an image"},
    "black_box.diagram.in_sub": {"zh": "任意大小、格式、颜色", "en": "any size, format or colour"},
    "black_box.diagram.box": {"zh": "黑匣子", "en": "The black box"},
    "black_box.diagram.box_sub": {"zh": "里面是什么？暂时不看", "en": "what is inside? not yet"},
    "black_box.diagram.out": {"zh": "输出：三个概率", "en": "Out: three probabilities"},
    "black_box.diagram.out_sub": {
        "zh": "猫 · 狗 · 其他，加起来等于 1",
        "en": "cat · dog · other, adding up to 1",
    },
    "black_box.intro.notes": {
        "zh": "强调“黑匣子”只是暂时的视角：后面几页会逐步打开它。先让学生说出输入和输出分别是什么。",
        "en": "Stress that the black box is only a starting view; later pages open it step by step. "
        "Ask students to name the input and the output first.",
    },
    # step 2: try it
    "black_box.try_it.title": {"zh": "试一试：把图片放进黑匣子", "en": "Try it: put an image into the box"},
    "black_box.box.label": {"zh": "用哪个黑匣子？", "en": "Which box?"},
    "black_box.box.builtin": {"zh": "内置模型", "en": "Built-in"},
    "black_box.box.pretrained": {"zh": "预训练 MobileNetV2", "en": "Pretrained MobileNetV2"},
    "black_box.box.untrained": {"zh": "未训练（随机权重）", "en": "Untrained (random weights)"},
    "black_box.box.trained": {"zh": "你训练的模型", "en": "The model you trained"},
    "black_box.about.builtin": {
        "zh": "本项目在“涂鸦宠物”上训练的小型卷积网络，随应用一起提供，离线也能马上回答。"
        "它在从没见过的新涂鸦上能答对 95% 以上；真实照片它没见过，答案就不一定靠谱了。",
        "en": "A small convolutional network this project trained on “doodle pets”. It ships with the app "
        "and answers at once, even offline. On doodles it has never seen it is right more than 95% of the time; "
        "real photos are new to it, so do not trust it much there.",
    },
    "black_box.about.pretrained": {
        "zh": "MobileNetV2 在 ImageNet 的 1000 个类别上训练过。我们把 5 个家猫类别（编号 281–285）的概率"
        "加起来当作“猫”，118 个狗品种（151–268）加起来当作“狗”，其余 877 个类别都算“其他”。",
        "en": "MobileNetV2 was trained on ImageNet's 1,000 classes. We add up the probabilities of its 5 "
        "domestic-cat classes (numbers 281–285) as “cat”, its 118 dog breeds (151–268) as “dog”, and the "
        "other 877 classes as “other”.",
    },
    "black_box.about.untrained": {
        "zh": "结构和内置模型一模一样，但[[weight]]全是随机数。旋钮没有调到正确位置的黑匣子，"
        "给出的答案毫无用处——怎样调好旋钮，见“旋钮与训练”一页（01-05）。",
        "en": "Exactly the built-in architecture, but every [[weight]] is a random number. A box whose knobs "
        "are not set right gives useless answers; how the knobs get set is on the “Knobs and training” page (01-05).",
    },
    "black_box.about.trained": {
        "zh": "你在“现场训练”页训练出的模型，输入为 {size}×{size} 像素。它只属于你这次的会话。",
        "en": "The model you trained on the “Live training” page; it takes {size}×{size} pixels. "
        "It belongs to your session only.",
    },
    "black_box.downloading": {
        "zh": "正在下载 MobileNetV2 的 ImageNet 权重（约 14 MB，只需下载一次）…",
        "en": "Downloading MobileNetV2's ImageNet weights (about 14 MB, only once)…",
    },
    "black_box.offline": {
        "zh": "预训练模型的权重下载失败（这台电脑可能没有联网）。下面改由内置模型回答，它不需要联网。",
        "en": "The pretrained weights could not be downloaded (this computer may be offline). "
        "The built-in box answers below instead; it needs no internet.",
    },
    "black_box.retry": {"zh": "再试一次下载", "en": "Try the download again"},
    "black_box.trained_missing": {
        "zh": "还没有你训练的模型：先在“现场训练”页训练一个。这里先用内置模型。",
        "en": "There is no model of yours yet: train one on the “Live training” page. The built-in box is used here.",
    },
    "black_box.no_image": {
        "zh": "先在左边选一张图片，黑匣子的回答就会出现在这里。",
        "en": "Pick an image on the left and the box's answer appears here.",
    },
    "black_box.chart.x": {"zh": "类别", "en": "class"},
    "black_box.chart.y": {"zh": "概率", "en": "probability"},
    "black_box.predicted": {"zh": "预测的标签", "en": "Predicted label"},
    "black_box.predicted_help": {
        "zh": "概率最大的那个类别（[[argmax]]）。",
        "en": "The class with the largest probability (the [[argmax]]).",
    },
    "black_box.confidence": {"zh": "有多确定", "en": "How sure"},
    "black_box.confidence_help": {
        "zh": "被选中类别的概率。还要看它比第二名高出多少。",
        "en": "The chosen class's probability. Also look at how far it leads the runner-up.",
    },
    "black_box.sum": {
        "zh": "三个概率加起来：{terms} = {total}",
        "en": "The probabilities add up: {terms} = {total}",
    },
    "black_box.low_confidence": {
        "zh": "前两名非常接近（{a} 对 {b}，只差 {margin}）：这个预测的[[confidence]]很低，黑匣子其实拿不准。",
        "en": "The top two are close ({a} vs {b}, only {margin} apart): this prediction has low "
        "[[confidence]]; the box is not really sure.",
    },
    "black_box.sure": {
        "zh": "第一名比第二名高出 {margin}：黑匣子相当确定。",
        "en": "The winner leads the runner-up by {margin}: the box is fairly sure.",
    },
    "black_box.truth.right": {
        "zh": "这张涂鸦画的是“{truth}”：黑匣子答对了。",
        "en": "This doodle shows a {truth}: the box got it right.",
    },
    "black_box.truth.wrong": {
        "zh": "这张涂鸦画的是“{truth}”，黑匣子却答成了“{label}”。",
        "en": "This doodle shows a {truth}, but the box said {label}.",
    },
    "black_box.try_it.notes": {
        "zh": "先用内置模型和一张示例图，再换成未训练模型，问大家：为什么同一张图答案变了？"
        "如果有网络，可以试预训练模型和真实照片。",
        "en": "Start with the built-in box and a sample, then switch to the untrained box and ask: why did "
        "the answer change for the same image? With internet, try the pretrained box on a real photo.",
    },
    # step 3: compare boxes
    "black_box.compare.title": {"zh": "同一张图，不同的黑匣子", "en": "Same image, different boxes"},
    "black_box.compare.text": {
        "zh": "黑匣子怎么回答，取决于里面旋钮（[[weight]]）的位置。内置模型和未训练模型的结构完全一样，"
        "区别只在于权重：一个经过训练，一个是随机数。",
        "en": "What a box answers depends on where its knobs (each a [[weight]]) are set. The built-in and the "
        "untrained box have exactly the same structure; only their weights differ: one was trained, "
        "the other is random.",
    },
    "black_box.compare.accuracy": {
        "zh": "在 {n} 张新画的涂鸦上，每个黑匣子答对的比例：",
        "en": "How often each box is right on {n} freshly drawn doodles:",
    },
    "black_box.compare.no_image": {
        "zh": "上一步还没有可用的图片：选一张示例图，或者上传一张能读取的图片。",
        "en": "There is no usable image in the step above yet: pick a sample or upload an image that can be read.",
    },
    "black_box.compare.lesson": {
        "zh": "未训练的黑匣子只能答对三分之一左右，和闭着眼睛猜差不多。训练，就是把旋钮调到正确位置。",
        "en": "The untrained box is right only about a third of the time, no better than guessing. "
        "Training is what sets the knobs right.",
    },
    "black_box.compare.other_classes": {
        "zh": "你训练的模型用的类别不同（{classes}），所以这里不和它比较。",
        "en": "Your trained model uses other classes ({classes}), so it is left out of this comparison.",
    },
    "black_box.compare.notes": {
        "zh": "先让学生预测未训练模型的柱形图，再揭晓。强调：结构相同，差别全在权重上。",
        "en": "Have students predict the untrained box's bars before revealing them. "
        "Stress that the structure is the same; the whole difference is in the weights.",
    },
}
