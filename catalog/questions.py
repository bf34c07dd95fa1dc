"""Predict, then see: each step's question, its options, its answer and a hint, in both languages.

The right option and every number an answer quotes come from explainer/questions.py (as
{fields}); nothing here says which option is right.
"""


def _s(zh: str, en: str) -> dict[str, str]:
    return {"zh": zh, "en": en}


def _options(qid: str, **options: tuple[str, str]) -> dict[str, dict[str, str]]:
    return {f"{qid}.option.{k}": _s(*v) for k, v in options.items()}


TEXT = {
    # ---- the component (ui/predict.py)
    "predict.title": _s("先猜一猜", "Predict first"),
    "predict.choose": _s("你的答案", "Your answer"),
    "predict.number": _s("你的答案（一个数）", "Your answer (a number)"),
    "predict.tolerance": _s("误差在 ±{tol} 以内都算对。", "Anything within ±{tol} counts as right."),
    "predict.check": _s("核对", "Check"),
    "predict.skip": _s("我心里有答案了，直接看", "I have a guess: show me"),
    "predict.right": _s("答对了！", "Right!"),
    "predict.wrong": _s("还不对。", "Not quite."),
    "predict.wrong_number": _s("还不对：你写的是 {got}。", "Not quite: you wrote {got}."),
    "predict.not_a_number": _s(
        "“{got}” 不是一个数。请写成 0.5、196608 这样的形式。", "“{got}” is not a number. Write it like 0.5 or 196608."
    ),
    "predict.try_again": _s("可以改一下答案再核对。", "Change your answer and check again."),
    "predict.skipped": _s("你选择了直接看答案。", "You chose to see the answer."),
    "predict.answer": _s("答案：{answer}", "The answer: {answer}"),
    "predict.below": _s("下面就是这一步的内容，对照看看。", "The step below shows it; compare."),
    # ---- chapter 1
    "black_box.try_it.question": _s(
        "如果黑匣子输出 {p0}、{p1}、{p2}（猫、狗、其他），它的预测是什么？它有把握吗？",
        "If the box outputs {p0}, {p1}, {p2} (cat, dog, other), what does it predict, and is it sure?",
    ),
    **_options(
        "black_box.try_it",
        cat_sure=("猫，很有把握", "Cat, and it is sure"),
        cat_unsure=("猫，但没什么把握", "Cat, but it is not sure"),
        dog_unsure=("狗，但没什么把握", "Dog, but it is not sure"),
    ),
    "black_box.try_it.answer": _s(
        "预测是猫，因为 {p0} 最大；但它只比狗多 {margin}，所以没什么把握。",
        "Cat, since {p0} is the largest; but it beats dog by only {margin}, so it is not sure.",
    ),
    "black_box.compare.question": _s(
        "结构相同、但权重是随机的黑匣子，看到一张猫的涂鸦会怎样回答？",
        "A box with the same structure but random weights sees a cat doodle. What will it answer?",
    ),
    **_options(
        "black_box.compare",
        near_third=("三个概率都接近 1/3", "Three probabilities near 1/3"),
        sure_cat=("很有把握地说“猫”", "“Cat”, and it is sure"),
        sure_other=("很有把握地说“其他”", "“Other”, and it is sure"),
    ),
    "black_box.compare.answer": _s(
        "三个概率都接近 1/3，挑出的标签基本是碰运气：旋钮没调好，黑匣子就什么也不懂。",
        "Three probabilities near 1/3 and a label picked almost by chance: with its knobs not set, "
        "the box knows nothing.",
    ),
    "outputs.label_by_argmax.question": _s(
        "输出是 {p0}、{p1}、{p2}（猫、狗、其他）。网络预测的是什么？它有把握吗？",
        "The outputs are {p0}, {p1}, {p2} (cat, dog, other). What does the network predict, and is it sure?",
    ),
    **_options(
        "outputs.label_by_argmax",
        cat_sure=("猫，很有把握", "Cat, and it is sure"),
        cat_unsure=("猫，但没什么把握", "Cat, but it is not sure"),
        dog_unsure=("狗，但没什么把握", "Dog, but it is not sure"),
    ),
    "outputs.label_by_argmax.answer": _s(
        "预测是猫，因为 {p0} 最大；但只比狗多 {margin}，所以没什么把握。",
        "Cat, because {p0} is the largest; but it beats dog by only {margin}, so it is not sure.",
    ),
    "outputs.many_classes.question": _s(
        "有 1000 个类别时，所有概率加起来是多少？", "With 1000 classes, what do all the probabilities add up to?"
    ),
    **_options(
        "outputs.many_classes",
        one=("1", "1"),
        thousand=("1000", "1000"),
        depends=("看网络有多确定", "It depends on how sure the network is"),
    ),
    "outputs.many_classes.answer": _s(
        "仍然是 1（下面 1000 个概率之和：{total}）：softmax 总是让概率加起来等于 1。",
        "Still 1 (the 1000 probabilities below add up to {total}): softmax always makes them add up to 1.",
    ),
    "inputs.fixed_input_size.question": _s(
        "一张 256 × 256 的彩色图一共有多少个数？自己算一算。",
        "How many numbers are in a 256 × 256 colour image? Work it out.",
    ),
    "inputs.fixed_input_size.hint": _s(
        "每个像素有红、绿、蓝 3 个数：256 × 256 × 3。", "Every pixel has 3 numbers, red, green and blue: 256 × 256 × 3."
    ),
    "inputs.fixed_input_size.answer": _s("256 × 256 × 3 = {n}。", "256 × 256 × 3 = {n}."),
    "inputs.grey_and_colour.question": _s(
        "同样大小的灰度图和彩色图，哪个的数更多？多几倍？",
        "A grey and a colour image of the same size: which has more numbers, and how many times more?",
    ),
    **_options(
        "inputs.grey_and_colour",
        same=("一样多", "The same"),
        colour_2=("彩色图，2 倍", "The colour one, twice as many"),
        colour_3=("彩色图，3 倍", "The colour one, three times as many"),
    ),
    "inputs.grey_and_colour.answer": _s(
        "彩色图，正好 {ratio} 倍：每个像素有红、绿、蓝三个数，灰度图只有一个。",
        "The colour one, exactly {ratio} times: each pixel has a red, a green and a blue number; grey has one.",
    ),
    "knobs.turn_the_knobs.question": _s(
        "从 w₁ = {w1} 开始，把 w₁ 调大到 {w1_new}：分界线会变得更陡还是更平？",
        "Starting from w₁ = {w1}, raise w₁ to {w1_new}: does the boundary get steeper or flatter?",
    ),
    **_options(
        "knobs.turn_the_knobs",
        steeper=("更陡（更竖直）", "Steeper (more upright)"),
        flatter=("更平", "Flatter"),
        same=("不变", "It does not change"),
    ),
    "knobs.turn_the_knobs.answer": _s(
        "更平：分界线 w₁x₁ + w₂x₂ + b = 0 的陡度是 |w₁ / w₂|，从 {before} 变成了 {after}。"
        "试着拖一下 w₁ 的滑块看看。",
        "Flatter: the boundary w₁x₁ + w₂x₂ + b = 0 has a steepness of |w₁ / w₂|, which goes from "
        "{before} to {after}. Drag the w₁ slider and watch.",
    ),
    "knobs.training_turns_them.question": _s(
        "按下训练按钮后，误差会变大还是变小？", "After pressing the training button, will the error go up or down?"
    ),
    **_options(
        "knobs.training_turns_them",
        up=("变大", "Up"),
        down=("变小", "Down"),
        same=("不变", "It stays the same"),
    ),
    "knobs.training_turns_them.answer": _s(
        "变小（第一次按下：从 {before} 降到 {after}）：每一步都朝误差下降的方向拧旋钮。",
        "Down (the first press takes it from {before} to {after}): every step turns the knobs the way "
        "that lowers the error.",
    ),
    # ---- chapter 2
    "one_hot.why_one_hot.question": _s(
        "如果猫 = 0、狗 = 1、其他 = 2，那么猫和其他的“平均”是什么？",
        "If Cat = 0, Dog = 1 and Other = 2, what is the “average” of Cat and Other?",
    ),
    **_options("one_hot.why_one_hot", cat=("猫", "Cat"), dog=("狗", "Dog"), other=("其他", "Other")),
    "one_hot.why_one_hot.answer": _s(
        "(0 + 2) / 2 = {mid}，也就是“狗”。整数暗示了类别之间并不存在的顺序和距离。",
        "(0 + 2) / 2 = {mid}, which is “Dog”. Integers imply an order and distances the classes do not have.",
    ),
    "one_hot.fixed_order.question": _s(
        "训练时顺序是 猫、狗、其他，使用时换成了 狗、猫、其他。输出 [0.9, 0.05, 0.05] 会被读成什么？",
        "Training used Cat, Dog, Other; at use it became Dog, Cat, Other. What is an output of "
        "[0.9, 0.05, 0.05] read as?",
    ),
    **_options("one_hot.fixed_order", cat=("猫", "Cat"), dog=("狗", "Dog"), other=("其他", "Other")),
    "one_hot.fixed_order.answer": _s(
        "会被读成“狗”，而网络其实是说“猫”。所以顺序必须始终一致。",
        "As “Dog”, though the network meant “Cat”. That is why the order must never change.",
    ),
    "loss.single_sample.question": _s(
        "课程的例子：正确答案是猫，y = [1, 0, 0]；网络输出 y′ = [0.37, 0.50, 0.13]。"
        "算一算误差平方和 SSE（保留四位小数）。",
        "The course's example: the right answer is cat, y = [1, 0, 0]; the network outputs "
        "y′ = [0.37, 0.50, 0.13]. Work out the sum of squared errors, SSE (to four decimals).",
    ),
    "loss.single_sample.hint": _s(
        "每一类算 (y − y′)²，再把三项加起来：(1 − 0.37)² + (0 − 0.50)² + (0 − 0.13)²。",
        "For each class take (y − y′)², then add the three: (1 − 0.37)² + (0 − 0.50)² + (0 − 0.13)².",
    ),
    "loss.single_sample.answer": _s(
        "(1 − 0.37)² + (0 − 0.50)² + (0 − 0.13)² = {sse}。",
        "(1 − 0.37)² + (0 − 0.50)² + (0 − 0.13)² = {sse}.",
    ),
    "loss.cross_entropy_step.question": _s(
        "正确类别的概率从 0.1 降到 0.01（其余两类平分剩下的），哪种损失涨得更多？",
        "The right class's probability drops from 0.1 to 0.01 (the other two share the rest). "
        "Which loss grows more?",
    ),
    **_options(
        "loss.cross_entropy_step",
        sse=("误差平方和 SSE", "The sum of squared errors, SSE"),
        cross_entropy=("交叉熵", "Cross-entropy"),
        same=("差不多", "About the same"),
    ),
    "loss.cross_entropy_step.answer": _s(
        "交叉熵：从 {ce0} 升到 {ce1}；SSE 只从 {sse0} 升到 {sse1}。",
        "Cross-entropy: from {ce0} to {ce1}, while SSE only goes from {sse0} to {sse1}.",
    ),
    "gradient_descent.slope_sign.question": _s(
        "某一点的斜率是 +{slope}。为了让损失变小，W 应该变大还是变小？",
        "At some point the slope is +{slope}. To make the loss smaller, should W go up or down?",
    ),
    **_options("gradient_descent.slope_sign", up=("变大", "Up"), down=("变小", "Down")),
    "gradient_descent.slope_sign.answer": _s(
        "变小。斜率为正说明往右是上坡，所以往左走：W − 学习率 × {slope}。",
        "Down. A positive slope means uphill is to the right, so step left: W − lr × {slope}.",
    ),
    "gradient_descent.behaviours.question": _s(
        "碗形曲线 L = (W − 2)²，从 W = {w} 出发，学习率 {lr}。走一步之后 W 是多少？",
        "On the bowl L = (W − 2)², starting at W = {w} with learning rate {lr}: what is W after one step?",
    ),
    "gradient_descent.behaviours.hint": _s(
        "斜率是 2(W − 2)。再用 W新 = W − 学习率 × 斜率。",
        "The slope is 2(W − 2). Then W_new = W − learning rate × slope.",
    ),
    "gradient_descent.behaviours.answer": _s(
        "斜率 = {slope}，W新 = {w} − {lr} × ({slope}) = {w_new}。再走一步又回到 {w}：永远振荡。",
        "The slope is {slope}, so W_new = {w} − {lr} × ({slope}) = {w_new}. The next step goes back to "
        "{w}: it oscillates for ever.",
    ),
    "gradient_descent.worked_example.question": _s(
        "课程的例子：W_e1 = {w}，学习率 {lr}，斜率 {slope}。W_e2 是多少？",
        "The course's example: W_e1 = {w}, learning rate {lr}, slope {slope}. What is W_e2?",
    ),
    "gradient_descent.worked_example.hint": _s(
        "W新 = W − 学习率 × 斜率。减去一个负数，就是加上。",
        "W_new = W − learning rate × slope. Subtracting a negative number adds.",
    ),
    "gradient_descent.worked_example.answer": _s(
        "{w} − {lr} × ({slope}) = {w_new}", "{w} − {lr} × ({slope}) = {w_new}"
    ),
    "summary.takeaways.question": _s(
        "一个训练集有 {n} 张图片，批量大小 {b}。一个训练时期（epoch）要更新多少次权重？",
        "A training set has {n} images and the batch size is {b}. How many weight updates make one epoch?",
    ),
    "summary.takeaways.hint": _s(
        "每一批更新一次权重：图片数 ÷ 批量大小（除不尽就向上取整）。",
        "One update per batch: images ÷ batch size (rounded up when it does not divide evenly).",
    ),
    "summary.takeaways.answer": _s(
        "{n} ÷ {b} = {its}：每次迭代更新一次权重。", "{n} ÷ {b} = {its}: each iteration updates the weights once."
    ),
}
