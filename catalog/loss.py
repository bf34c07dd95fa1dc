"""Strings of the loss page (course 02-03)."""

TEXT = {
    "loss.class.0": {"zh": "猫", "en": "Cat"},
    "loss.class.1": {"zh": "狗", "en": "Dog"},
    "loss.class.2": {"zh": "其他", "en": "Other"},
    # warnings about impossible network outputs
    "loss.warn.negative": {
        "zh": "有概率是负数。网络最后一步的 [[softmax]] 只会给出 0 到 1 之间的数，所以真实的网络输出不会这样。损失照样计算。",
        "en": "A probability is negative. A network's last step, [[softmax]], only gives numbers from 0 to 1, "
        "so a real network never outputs this. The loss is still computed.",
    },
    "loss.warn.above_one": {
        "zh": "有概率大于 1。概率最多是 1（完全确定），真实的网络输出不会超过它。损失照样计算。",
        "en": "A probability is above 1. A probability is at most 1 (complete certainty); a real network "
        "never goes beyond it. The loss is still computed.",
    },
    "loss.warn.sum": {
        "zh": "这些概率加起来是 {total}，不是 1。真实网络的三个输出总是加起来等于 1（打开“保持总和为 1”就会这样）。损失照样计算。",
        "en": "These probabilities add up to {total}, not 1. A real network's three outputs always add up to 1 "
        "(switch on “Keep the sum at 1” to get that). The loss is still computed.",
    },
    "loss.warn.rows": {
        "zh": "第 {rows}{more} 行不像真实网络的输出：概率应在 0 到 1 之间，并且每行加起来等于 1。这些行照样参与计算。",
        "en": "Rows {rows}{more} do not look like a real network's output: probabilities lie between 0 and 1 "
        "and each row adds up to 1. These rows are still included.",
    },
    # step 1
    "loss.single.title": {"zh": "1. 一个样本的损失：SSE", "en": "1. The loss of one sample: SSE"},
    "loss.single.intro": {
        "zh": "[[loss_function]]把“预测离正确答案有多远”变成一个数。它比较两样东西：正确答案 y，也就是[[label]]的独热向量；"
        "和网络的输出 y′。两者都是[[vector]]，每个类别一个数，所以长度都等于类别数：这里是 3（猫、狗、其他）；"
        "一个有 1000 个类别的网络，y 和 y′ 就各有 1000 个数。"
        "课程的第一种损失就是误差平方和 SSE：每个类别算 y − y′，平方，再把各项加起来。",
        "en": "A [[loss_function]] turns “how far the prediction is from the right answer” into one number. "
        "It compares two things: y, the right answer, which is the one-hot vector of the [[label]]; and y′, the "
        "network's output. Each is a [[vector]] with one number per class, so both are as long as the number of "
        "classes: 3 here (cat, dog, other); for a network with 1,000 classes, y and y′ hold 1,000 numbers each. "
        "The course's first loss is the sum of squared errors, SSE: for each class take y − y′, square it, and add "
        "the squares up.",
    },
    "loss.single.course": {"zh": "课程的例子", "en": "The course's example"},
    "loss.single.yours": {"zh": "你的图片", "en": "Your image"},
    "loss.single.true": {"zh": "正确答案（标签）", "en": "The right answer (label)"},
    "loss.single.p": {"zh": "网络给“{name}”的概率 y′", "en": "The network's probability y′ for “{name}”"},
    "loss.single.norm": {"zh": "保持总和为 1", "en": "Keep the sum at 1"},
    "loss.single.norm_help": {
        "zh": "打开时，三个概率马上按比例调整到加起来等于 1；之后拖动一个滑块，另外两个会跟着调整，就像真实网络的输出一样。",
        "en": "When switched on, the three probabilities are rescaled at once to add up to 1; after that, "
        "moving one slider rescales the other two, just as a real network's outputs behave.",
    },
    "loss.single.sum": {"zh": "三个 y′ 现在加起来是 {total}。", "en": "The three y′ now add up to {total}."},
    "loss.single.reset": {"zh": "回到课程的例子", "en": "Back to the course's example"},
    "loss.single.vectors": {"zh": "y = {y}，y′ = {yp}", "en": "y = {y}, y′ = {yp}"},
    "loss.single.sse": {"zh": "SSE（误差平方和）", "en": "SSE (sum of squared errors)"},
    "loss.single.caption": {
        "zh": "每根柱子是一项 (y − y′)²；同一种颜色的三根柱子加起来，就是那个样本的 SSE。",
        "en": "Each bar is one term (y − y′)²; the three bars of one colour add up to that sample's SSE.",
    },
    # your image (the course image, ui/course_image.py)
    "loss.image.truth": {"zh": "它其实是什么？", "en": "What is it really?"},
    "loss.image.choose": {"zh": "请选择", "en": "Choose"},
    "loss.image.say": {
        "zh": "先说出你的图片其实是什么：它的正确答案 y 由此而来，然后才能算损失。",
        "en": "First say what your picture really is: its right answer y comes from that, and only then can "
        "its loss be worked out.",
    },
    "loss.image.label": {"zh": "标签：**{name}**，所以 y = {y}", "en": "Label: **{name}**, so y = {y}"},
    "loss.image.output": {
        "zh": "内置网络对它的输出：y′ = {yp}",
        "en": "The built-in network's output for it: y′ = {yp}",
    },
    "loss.image.tiny": {
        "zh": "网络对这张图几乎完全确定，而且答对了，所以损失几乎是 0。",
        "en": "The network is almost completely sure about this picture, and right, so its loss is practically 0.",
    },
    "loss.image.rounded": {
        "zh": "这里的 y′ 是四舍五入后的数；损失用的是网络的精确输出。",
        "en": "The y′ shown here is rounded; the loss uses the network's exact outputs.",
    },
    "loss.axis.class": {"zh": "类别", "en": "Class"},
    "loss.axis.term": {"zh": "(y − y′)²", "en": "(y − y′)²"},
    "loss.axis.sample": {"zh": "批次中的样本编号", "en": "Sample in the batch"},
    "loss.axis.sse": {"zh": "每个样本的 SSE", "en": "SSE of each sample"},
    "loss.axis.p_true": {"zh": "给正确类别的概率", "en": "Probability given to the right class"},
    "loss.axis.loss": {"zh": "损失", "en": "Loss"},
    "loss.batch_alt": {
        "zh": "柱状图：批次中 {n} 个样本各自的 SSE；一条虚线画出它们的平均值 MSE = {mse}",
        "en": "Bars: the SSE of each of the batch's {n} samples; a dashed line at their mean, MSE = {mse}",
    },
    "loss.curves_alt": {
        "zh": "两条曲线：SSE 和交叉熵随给正确类别的概率 p 变化；p 越接近 0，交叉熵涨得越陡。课程的例子标在 p = {p}",
        "en": "Two curves: SSE and cross-entropy against the probability p given to the right class; near p = 0 "
        "cross-entropy rises far more steeply. The course's example is marked at p = {p}",
    },
    "loss.col.y": {"zh": "正确答案 y", "en": "Answer y"},
    "loss.col.p": {"zh": "预测 y′", "en": "Prediction y′"},
    "loss.col.diff": {"zh": "误差 y − y′", "en": "Error y − y′"},
    "loss.col.term": {"zh": "平方 (y − y′)²", "en": "Squared (y − y′)²"},
    "loss.col.true": {"zh": "正确类别", "en": "True class"},
    "loss.col.p_of": {"zh": "y′（{name}）", "en": "y′ ({name})"},
    # step 2
    "loss.batch.title": {"zh": "2. 一批样本的损失：MSE", "en": "2. The loss of a batch: MSE"},
    "loss.batch.intro": {
        "zh": "训练时不会每看一张图片就调整一次权重，而是先算完一组图片的损失。[[mse]]就是这一组里每个样本 SSE 的平均值。"
        "下面的表格是随机生成的一组预测。打开“编辑这批数据”就能改任何一格、增删行；也可以换一个批量大小。",
        "en": "Training does not adjust the weights after every single picture; it first works out the loss "
        "of a whole group. The [[mse]] is the average of every sample's SSE in that group. The table below "
        "is a randomly generated group of predictions. Switch on “Edit this batch” to change any cell or add "
        "and delete rows, or change the batch size.",
    },
    "loss.batch.n": {"zh": "批量大小 n", "en": "Batch size n"},
    "loss.batch.seed": {"zh": "随机种子", "en": "Random seed"},
    "loss.batch.new": {"zh": "换一批", "en": "New batch"},
    "loss.batch.edit": {"zh": "编辑这批数据", "en": "Edit this batch"},
    "loss.batch.edit.help": {
        "zh": "打开后表格可以编辑：改任何一格，或增删行。关掉后保留你的修改；换一批或改批量大小会重新生成。",
        "en": "Switch on to edit the table: change any cell, add or delete rows. Your edits stay when you "
        "switch it off; a new batch or a new size starts from a freshly generated one.",
    },
    "loss.batch.mse": {"zh": "MSE（SSE 的平均值）", "en": "MSE (mean of the SSEs)"},
    "loss.batch.terms": {
        "zh": "这张表就是一个[[batch]]，它的[[batch_size]]是 {n}（课程说 32 通常是个好的默认值）。"
        "算出一批的损失、再更新一次权重，叫做一次[[iteration]]。"
        "把训练集里的每张图片都用过一遍，叫做一个[[epoch]]，课程里叫“训练时期”。",
        "en": "This table is one [[batch]]; its [[batch_size]] is {n} (the course says 32 is usually a good "
        "default). Working out the loss of one batch and then updating the weights once is one [[iteration]]. "
        "Using every picture of the training set once is one [[epoch]]; the course calls it a training epoch.",
    },
    "loss.batch.rest": {
        "zh": "{full} 个满的批次，每批 {b} 张，用掉 {used} 张；剩下的 {left} 张组成第 {its} 个、更小的批次。",
        "en": "{full} full batches of {b} pictures use {used} of them; the {left} left over make batch "
        "number {its}, a smaller one.",
    },
    "loss.batch.even": {
        "zh": "这次正好除尽：{its} 个满的批次，每批 {b} 张，不剩。",
        "en": "This time it comes out even: {its} full batches of {b} pictures, none left over.",
    },
    "loss.batch.image": {
        "zh": "**把你的图片加进这一批。** 它的 SSE 是 {sse}。表里 {n} 个 SSE 加起来是 {total}；"
        "加上你的图片就是 {n1} 个，它们的平均值是：",
        "en": "**Your image as one more sample.** Its SSE is {sse}. The {n} SSEs of the table add up to "
        "{total}; with yours there are {n1}, and their average is:",
    },
    "loss.err.empty": {
        "zh": "表格是空的，没有样本就没有平均值。请添加一行，或点“换一批”。",
        "en": "The table is empty, and there is no average of nothing. Add a row, or click “New batch”.",
    },
    "loss.err.too_many_rows": {
        "zh": "行数太多了：最多 {row} 行。",
        "en": "Too many rows: at most {row}.",
    },
    "loss.err.missing_class": {
        "zh": "第 {row} 行没有选正确类别。每个样本都需要一个标签才能算损失。",
        "en": "Row {row} has no true class. Every sample needs a label before its loss can be worked out.",
    },
    "loss.err.unknown_class": {
        "zh": "第 {row} 行的类别不在清单里。请从下拉框里选一个。",
        "en": "The class in row {row} is not on the list. Please pick one from the drop-down.",
    },
    "loss.err.missing_value": {
        "zh": "第 {row} 行有空格子。每个样本需要三个概率都填上，才能和其他行对齐计算。",
        "en": "Row {row} has an empty cell. Every sample needs all three probabilities filled in to be computed like the others.",
    },
    "loss.err.not_a_number": {
        "zh": "第 {row} 行有一格不是数。",
        "en": "Row {row} has a cell that is not a number.",
    },
    # step 3
    "loss.ce.title": {
        "zh": "4. 交叉熵：分类网络真正用的损失",
        "en": "4. Cross-entropy: the loss classifiers really use",
    },
    "loss.ce.intro": {
        "zh": "课程没有讲交叉熵，但用 Keras 训练分类网络时，通常用的就是它。"
        "它只看网络给正确类别的概率 y′：CE = −ln y′。下面用的是第 1 步的同样两个样本。",
        "en": "The course does not cover cross-entropy, but it is the loss Keras classifiers are usually "
        "trained with. It looks only at the probability y′ the network gives the right class: CE = −ln y′. "
        "Below are the same two samples as in step 1.",
    },
    "loss.ce.course": {
        "zh": "正确类别是“{name}”，网络给它的概率是 {p}。",
        "en": "The right class is “{name}”, and the network gives it {p}.",
    },
    "loss.ce.yours": {
        "zh": "正确类别是“{name}”，网络给它的概率是 {p}。",
        "en": "The right class is “{name}”, and the network gives it {p}.",
    },
    "loss.ce.metric": {"zh": "交叉熵 CE", "en": "Cross-entropy CE"},
    "loss.curve.sse": {"zh": "SSE（其余概率平分）", "en": "SSE (rest split evenly)"},
    "loss.curve.ce": {"zh": "交叉熵 −ln p", "en": "Cross-entropy −ln p"},
    "loss.ce.why": {
        "zh": "两条曲线都在 p = 1 时降到 0，但越往左差别越大。SSE 最多也就 1.5 左右，而且在 p 很小时也很平缓；"
        "交叉熵却会一直往上冲。在 p = {p} 处，把 p 提高一点，SSE 下降的速度是 {s_sse}，交叉熵是 {s_ce}；"
        "在 p = 0.01（自信地错了）时，分别是 {low_sse} 和 {low_ce}。"
        "所以交叉熵对“自信的错误”推得最猛，训练不会停滞。这就是 Keras 训练分类器时通常用 "
        "`categorical_crossentropy` 的原因。",
        "en": "Both curves reach 0 at p = 1, but they part ways to the left. SSE never gets above about 1.5 and "
        "stays fairly flat even when p is tiny, while cross-entropy keeps climbing. At p = {p}, raising p a little "
        "lowers SSE at a rate of {s_sse} and cross-entropy at {s_ce}; at p = 0.01 (confidently wrong) the rates "
        "are {low_sse} and {low_ce}. So cross-entropy pushes hardest on confident mistakes, and training does not "
        "stall. That is why Keras classifiers are usually trained with `categorical_crossentropy`.",
    },
    # step 4
    "loss.keras.title": {
        "zh": "3. 课程的 MSE 与 Keras 的 MeanSquaredError",
        "en": "3. The course's MSE and Keras's MeanSquaredError",
    },
    "loss.keras.intro": {
        "zh": "名字一样，数却不同。课程的 MSE 是每个样本 SSE 的平均（只除以样本数 n）；"
        "Keras 的 `MeanSquaredError` 对所有样本和所有类别一起求平均，所以还要再除以类别数 k = {k}。"
        "两者只差一个固定的倍数，训练时向同一个方向调整权重。",
        "en": "Same name, different number. The course's MSE averages each sample's SSE (it divides by the "
        "number of samples n only). Keras's `MeanSquaredError` averages over all samples and all classes, so it "
        "also divides by the number of classes, k = {k}. They differ by a fixed factor and push the weights in the "
        "same direction.",
    },
    "loss.keras.course": {"zh": "课程的 MSE（SSE 的平均）", "en": "Course MSE (mean of SSE)"},
    "loss.keras.keras": {"zh": "Keras 的 MeanSquaredError", "en": "Keras MeanSquaredError"},
    "loss.keras.caption": {
        "zh": "两个数都是对第 2 步那一批（{n} 个样本）算的。",
        "en": "Both numbers are for the batch of step 2 ({n} samples).",
    },
    # the end of the page
    "loss.recap": {
        "zh": "- 损失函数用一个数说明网络错了多少。SSE 把每个类别的 (y − y′)² 加起来：课程里那只猫是 0.6638。\n"
        "- y 和 y′ 都是向量，每个类别一个数。\n"
        "- 训练一次用一批图片：MSE 是这一批 SSE 的平均；一批加一次权重更新是一次迭代，"
        "一个训练周期要 ⌈图片数 ÷ 批量大小⌉ 次迭代。",
        "en": "- A loss function says in one number how wrong the network is. SSE adds up (y − y′)² over the "
        "classes: 0.6638 for the course's cat.\n"
        "- y and y′ are vectors with one number per class.\n"
        "- Training uses a batch at a time: the MSE is the average SSE of the batch; one batch and one weight "
        "update is one iteration, and an epoch takes ⌈pictures ÷ batch size⌉ iterations.",
    },
    # lecture mode
    "loss.single_sample.notes": {
        "zh": "课程例子：(1−0.37)² + (0−0.50)² + (0−0.13)² = 0.6638。把猫的概率拖高，SSE 变小。"
        "右边是学生自己的图片：同样的算法，用的是内置网络的真实输出。",
        "en": "The course example: (1−0.37)² + (0−0.50)² + (0−0.13)² = 0.6638. Drag the cat probability up and the "
        "SSE shrinks. On the right, the students' own image: the same sum, on the built-in network's real output.",
    },
    "loss.batch.notes": {
        "zh": "MSE 是一批样本 SSE 的平均；一批处理完更新一次权重，就是一次迭代。先让大家算迭代次数：要向上取整。",
        "en": "MSE is the average SSE over a batch; processing one batch and updating once is one iteration. "
        "Let the class work out the iterations per epoch first: it rounds up.",
    },
    "loss.cross_entropy_step.notes": {
        "zh": "把猫的概率拖到接近 0：SSE 停在 1.5 左右，交叉熵一路上升。",
        "en": "Drag the cat probability close to 0: SSE levels off near 1.5 while cross-entropy keeps rising.",
    },
    "loss.keras_mse_step.notes": {
        "zh": "看到 Keras 的数比课程的小三倍，不要惊讶：它还除以了类别数。",
        "en": "Do not be surprised that Keras's number is three times smaller: it also divides by the number of classes.",
    },
}
