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
        "zh": "本项目在“涂鸦宠物”上训练的一个小型[[convolutional_network]]，就在这台电脑上运行，不用下载，离线也能用。"
        "卷积网络用一个个小窗口在图片上滑过：先找出边缘和色块，再由它们拼出更大的形状。"
        "它只见过涂鸦：真实照片对它来说是全新的东西。",
        "en": "A small [[convolutional_network]] this project trained on “doodle pets”. It runs right here, "
        "with no download, even offline. A convolutional network slides small windows over the picture: it finds "
        "edges and patches of colour first, then larger shapes made of them. It has only ever seen doodles: "
        "a real photo is something new to it.",
    },
    "black_box.about.pretrained": {
        "zh": "ImageNet 是一个很大的照片集，每张照片都标着 {total} 个类别中的一个（其中有许多狗的品种和几种猫）。"
        "MobileNetV2 是一个小到能在手机上运行的网络，它就是在这些照片上训练的。"
        "我们把它 {cats} 个家猫类别（编号 {cat_range}）的概率加起来当作“猫”，{dogs} 个狗品种（{dog_range}）"
        "加起来当作“狗”，其余 {others} 个类别都算“其他”。",
        "en": "ImageNet is a big collection of photos, each labelled with one of {total} classes (many dog breeds "
        "and a few kinds of cat among them). MobileNetV2 is a network small enough to run on a phone, trained on "
        "those photos. We add up the probabilities of its {cats} domestic-cat classes (numbers {cat_range}) as "
        "“cat”, its {dogs} dog breeds ({dog_range}) as “dog”, and the other {others} classes as “other”.",
    },
    "black_box.about.untrained": {
        "zh": "结构和内置模型一模一样，但权重全是随机数（就像刚搭好、还没训练的网络）。旋钮没有调到正确位置的黑匣子，"
        "给出的答案毫无用处——怎样调好旋钮，见“旋钮与训练”一页（01-05）。",
        "en": "Exactly the built-in architecture, but every weight is a random number (like a network just built, "
        "before any training). A box whose knobs are not set right gives useless answers; how the knobs get set "
        "is on the “Knobs and training” page (01-05).",
    },
    "black_box.about.trained": {
        "zh": "你在“现场训练”页训练出的模型，输入为 {size}×{size} 像素。它只属于你这次的会话。",
        "en": "The model you trained on the “Live training” page; it takes {size}×{size} pixels. "
        "It belongs to your session only.",
    },
    "black_box.tf_loading": {
        "zh": "正在加载 TensorFlow……已经 {s} 秒。只有预训练模型需要它，而且只在第一次需要等。",
        "en": "Loading TensorFlow… {s} s so far. Only the pretrained box needs it, and only the first time.",
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
    "black_box.unfamiliar": {
        "zh": "这张图和内置模型学过的涂鸦很不一样：它离那些涂鸦的距离是 {d}，而 {share} 的新涂鸦都在 {limit} 以内。"
        "黑匣子没法说“我不知道”：三个输出必须加起来等于 1，所以它照样回答“{label}”，{conf}。"
        "在这里这个数毫无意义：它只会判断和示例图库里一样的涂鸦。",
        "en": "This picture is unlike the doodles the built-in box learned from: its distance from them is {d}, "
        "while {share} of fresh doodles are within {limit}. The box cannot say “I don't know”: its three outputs "
        "must add up to 1, so it still answers “{label}”, {conf}. Here that number means nothing; the box can "
        "only judge doodles like those in the gallery.",
    },
    "black_box.familiar": {
        "zh": "这张图和内置模型学过的涂鸦相像（距离 {d}；{share} 的新涂鸦都在 {limit} 以内），所以它的回答值得一看。"
        "距离怎么算，见本页最后一步。",
        "en": "This picture is like the doodles the built-in box learned from (distance {d}; {share} of fresh "
        "doodles are within {limit}), so its answer is worth reading. How the distance is measured: the last "
        "step of this page.",
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
        "zh": "黑匣子怎么回答，取决于里面旋钮的位置，这些旋钮叫[[weight]]。内置模型和未训练模型的结构完全一样，"
        "区别只在于权重：一个经过训练，一个是随机数。",
        "en": "What a box answers depends on where its knobs are set; each knob is a [[weight]]. The built-in and "
        "the untrained box have exactly the same structure; only their weights differ: one was trained, "
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
        "zh": "未训练的黑匣子只答对了 {untrained}，和从三个类别里随便猜一个（{chance}）差不多。"
        "训练，就是把旋钮调到正确位置。",
        "en": "The untrained box is right {untrained} of the time, about what picking one of the three classes "
        "at random gives ({chance}). Training is what sets the knobs right.",
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
    # step 4 (go deeper): what the box can judge
    "black_box.judge.title": {
        "zh": "内置模型能判断什么，不能判断什么",
        "en": "What the built-in box can judge, and what it cannot",
    },
    "black_box.judge.text": {
        "zh": "内置模型只在涂鸦宠物上学过。给它别的东西，它也必须回答：三个输出总是加起来等于 1，"
        "哪怕是一块纯色，它也要把这个 1 分给猫、狗和其他。下面是四张不是涂鸦的图、黑匣子的回答，"
        "以及一个简单检查的结论。这个检查在黑匣子看到的 {size}×{size} 图上量 {k} 个简单的量"
        "（有多少地方是平的颜色、有多少锐利的边、用了多少种颜色……），"
        "再看它们离 {n_ref} 张参考涂鸦有多远，以涂鸦们通常的差异为单位。",
        "en": "The built-in box learned from doodle pets only. Give it anything else and it still has to "
        "answer: its three outputs always add up to 1, so even for a plain colour it shares that 1 among "
        "cat, dog and other. Below: four pictures that are not doodles, what the box says, and what a simple "
        "check says. The check measures {k} simple things on the {size}×{size} picture the box sees (how much "
        "of it is flat colour, how many sharp edges, how many colours it uses …) and how far they are from "
        "those of {n_ref} reference doodles, counted in the doodles' usual spread.",
    },
    "black_box.judge.family.doodles": {"zh": "新画的涂鸦", "en": "Fresh doodles"},
    "black_box.judge.family.solid": {"zh": "一块纯色", "en": "A plain colour"},
    "black_box.judge.family.gradient": {"zh": "两种颜色渐变", "en": "Two colours blended"},
    "black_box.judge.family.noise": {"zh": "随机像素（雪花点）", "en": "Random pixels (static)"},
    "black_box.judge.family.texture": {"zh": "像照片的纹理", "en": "Photo-like texture"},
    "black_box.judge.family.blurred": {"zh": "模糊的圆斑", "en": "Blurred discs"},
    "black_box.judge.family.scene": {"zh": "像照片的场景", "en": "Photo-like scene"},
    "black_box.judge.says": {"zh": "黑匣子：**{label}**，{conf}", "en": "The box: **{label}**, {conf}"},
    "black_box.judge.like": {
        "zh": "检查：像涂鸦（距离 {d}）",
        "en": "Check: like the doodles (distance {d})",
    },
    "black_box.judge.unlike": {
        "zh": "检查：不像涂鸦（距离 {d}）",
        "en": "Check: unlike the doodles (distance {d})",
    },
    "black_box.judge.measured": {
        "zh": "这个检查和黑匣子在专门画来测试的图上的表现（距离超过 {limit} 就算“不像涂鸦”）：",
        "en": "How the check and the box did on pictures drawn for the test (a distance above {limit} counts as "
        "unlike the doodles):",
    },
    "black_box.judge.col.pictures": {"zh": "图片", "en": "Pictures"},
    "black_box.judge.col.n": {"zh": "张数", "en": "How many"},
    "black_box.judge.col.flagged": {"zh": "被判为“不像涂鸦”", "en": "Called unlike the doodles"},
    "black_box.judge.col.top": {"zh": "黑匣子最大概率的平均值", "en": "The box's average top probability"},
    "black_box.judge.can": {
        "zh": "**它能判断的**：和示例图库一样的涂鸦。在 {n} 张新涂鸦上它答对了 {acc}，检查只把其中 {flagged} 判为不像涂鸦。"
        "**它不能判断的**：照片、别的画风、不属于猫、狗、其他的东西。它照样回答，而且照样很“确定”（看表格最后一列），"
        "但这种确定毫无意义。这个检查很简单，也会漏掉一些：模糊的圆斑有 {blurred} 被它当成了涂鸦。",
        "en": "**What it can judge:** doodles like the gallery's. On {n} fresh ones it was right {acc} of the "
        "time, and the check called only {flagged} of them unlike. **What it cannot:** photos, drawings in other "
        "styles, anything that is none of cat, dog and other. It still answers, just as “sure” (see the last "
        "column), and that sureness means nothing. The check is simple and misses some: it let {blurred} of the "
        "blurred discs pass as doodles.",
    },
    "black_box.what_it_can_judge.notes": {
        "zh": "先问：一块纯橙色，黑匣子会说什么？再揭晓：它非常“确定”。强调概率只在和训练数据相像的图上才有意义。",
        "en": "Ask first: what will the box say for a plain orange square? Then reveal that it is very “sure”. "
        "Stress that the probabilities only mean something for pictures like the training data.",
    },
    "black_box.recap": {
        "zh": "- 把神经网络看成黑匣子：进去一张任意的图片，出来三个 0 到 1 之间的数，"
        "每个类别（猫、狗、其他）一个概率，加起来等于 1。\n"
        "- 结构相同、权重不同，回答就完全不同：训练过的黑匣子几乎总能认出新涂鸦，随机权重的只能碰运气。\n"
        "- 黑匣子只懂它学过的东西：给它照片或一块纯色，它照样给出很“确定”的概率，但那没有意义。",
        "en": "- Seen as a black box, a neural network takes any image in and gives three numbers out, "
        "each between 0 and 1: one probability per class (cat, dog, other), adding up to 1.\n"
        "- Same structure, different weights, completely different answers: the trained box recognises fresh "
        "doodles, the one with random weights only guesses.\n"
        "- A box only knows what it learned from: for a photo or a plain colour it still gives a “sure” "
        "probability, and that means nothing.",
    },
}
