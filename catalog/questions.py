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
        "“{got}” 不是一个数。请写成 0.5、196608 这样的形式。",
        "“{got}” is not a number. Write it like 0.5 or 196608.",
    ),
    "predict.try_again": _s("可以改一下答案再核对。", "Change your answer and check again."),
    "predict.skipped": _s("你选择了直接看答案。", "You chose to see the answer."),
    "predict.answer": _s("答案：{answer}", "The answer: {answer}"),
    "predict.below": _s("下面就是这一步的内容，对照看看。", "The step below shows it; compare."),
    # ---- chapter 1
    "black_box.try_it.question": _s(
        "黑匣子对一张图片给出三个数（猫、狗、其他）。下面哪一组可能是它的回答？",
        "For one picture the box gives three numbers (cat, dog, other). Which of these could be its answer?",
    ),
    "black_box.try_it.answer": _s(
        "{p}：三个数都在 0 和 1 之间，加起来等于 1（这正是内置模型对 1 号示例——一只涂鸦猫——的回答）。"
        "0.9 + 0.8 + 0.7 = {sum}，比 1 多；{low} 比 0 小、{high} 比 1 大，都不可能是概率。",
        "{p}: three numbers between 0 and 1 that add up to 1 (it is the built-in box's answer for sample 1, "
        "a cat doodle). 0.9 + 0.8 + 0.7 = {sum} is more than 1, and {low} is below 0 and {high} above 1: "
        "none of those can be probabilities.",
    ),
    "black_box.compare.question": _s(
        "结构相同、但权重是随机数的黑匣子，看到 1 号示例（一只涂鸦猫）会怎样回答？",
        "A box with the same structure but random weights sees sample 1, a cat doodle. What will it answer?",
    ),
    **_options(
        "black_box.compare",
        near_third=("三个概率都接近 1/3", "Three probabilities near 1/3"),
        sure_cat=("很有把握地说“猫”", "“Cat”, and it is sure"),
        sure_other=("很有把握地说“其他”", "“Other”, and it is sure"),
    ),
    "black_box.compare.answer": _s(
        "三个概率都接近 1/3（{p0}、{p1}、{p2}），挑出的标签基本是碰运气：旋钮没调好，黑匣子就什么也不懂。",
        "Three probabilities near 1/3 ({p0}, {p1}, {p2}), so its label is picked almost by chance: with its "
        "knobs not set, the box knows nothing.",
    ),
    "black_box.what_it_can_judge.question": _s(
        "一块纯橙色的方块（RGB {rgb}），上面什么也没画。内置模型会怎样回答？",
        "A plain orange square (RGB {rgb}) with nothing drawn on it. What will the built-in box answer?",
    ),
    **_options(
        "black_box.what_it_can_judge",
        sure=("某一个类别，而且非常有把握", "One class, and very sure"),
        near_third=("每个类别都接近 1/3", "About 1/3 for each class"),
        refuses=("什么也不答：它说“我不知道”", "Nothing: it says it does not know"),
    ),
    "black_box.what_it_can_judge.answer": _s(
        "某一个类别几乎拿走了全部：{conf}。三个输出必须加起来等于 1，它没法说“我不知道”；"
        "它只学过涂鸦，而一块纯色不是涂鸦，所以这个“把握”毫无意义。",
        "One class takes nearly all of it: {conf}. Its three outputs must add up to 1, so it cannot say "
        "“I don't know”; it has only learned doodles, and a plain square is not one, so that sureness "
        "means nothing.",
    ),
    "outputs.three_probabilities.question": _s(
        "课程的例子：网络给“猫” {cat}，给“狗” {dog}。它必须给“其他”多少？",
        "The course's example: the network gives cat {cat} and dog {dog}. What must it give “other”?",
    ),
    "outputs.three_probabilities.hint": _s(
        "三个概率加起来等于 1：从 1 里减去另外两个。",
        "The three probabilities add up to 1: take the other two away from 1.",
    ),
    "outputs.three_probabilities.answer": _s(
        "1 − {cat} − {dog} = {other}：三个概率加起来总是 1。",
        "1 − {cat} − {dog} = {other}: the three always add up to 1.",
    ),
    "outputs.label_by_argmax.question": _s(
        "课程的第二个例子：输出是 {p0}、{p1}、{p2}（猫、狗、其他）。网络预测的是什么？它有把握吗？",
        "The course's second example: the outputs are {p0}, {p1}, {p2} (cat, dog, other). What does the "
        "network predict, and is it sure?",
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
    "outputs.perfect_answer.question": _s(
        "一个完美的网络看到一张狗的图片。它会输出什么（猫、狗、其他）？",
        "A perfect network sees a picture of a dog. What does it output (cat, dog, other)?",
    ),
    "outputs.perfect_answer.answer": _s(
        "(0, 1, 0)：正确的类别得到 1，其余都是 0。",
        "(0, 1, 0): the right class gets 1 and every other class 0.",
    ),
    "outputs.many_classes.question": _s(
        "有 1000 个类别时，所有概率加起来是多少？",
        "With 1000 classes, what do all the probabilities add up to?",
    ),
    **_options(
        "outputs.many_classes",
        one=("1", "1"),
        thousand=("1000", "1000"),
        depends=("看网络有多确定", "It depends on how sure the network is"),
    ),
    "outputs.many_classes.answer": _s(
        "仍然是 1（下面 1000 个概率之和：{total}）：不管有多少个类别，所有概率加起来总是 1。",
        "Still 1 (the 1000 probabilities below add up to {total}): however many classes there are, "
        "the probabilities always add up to 1.",
    ),
    "outputs.scores_and_softmax.question": _s(
        "三个类别的得分一样大。softmax 之后，每个类别的概率是多少？（保留三位小数）",
        "The three classes have equal scores. After softmax, what is each class's probability? (three decimals)",
    ),
    "outputs.scores_and_softmax.hint": _s(
        "三个 e^s 一样大，所以每个都占总和的三分之一。",
        "The three e^s are equal, so each is a third of their sum.",
    ),
    "outputs.scores_and_softmax.answer": _s(
        "e^s ÷ (3 × e^s) = 1/3 ≈ {p}：得分一样，概率就一样。",
        "e^s ÷ (3 × e^s) = 1/3 ≈ {p}: equal scores give equal probabilities.",
    ),
    "inputs.pixel_grid.question": _s(
        "灰度图里，纯黑的像素是 {black}。纯白的像素是多少？",
        "In a grey image a pure black pixel is {black}. What number is a pure white pixel?",
    ),
    "inputs.pixel_grid.hint": _s(
        "每个数存在一个字节里：从 0 到 2⁸ − 1。", "Each number is stored in one byte: from 0 up to 2⁸ − 1."
    ),
    "inputs.pixel_grid.answer": _s(
        "{white}：从纯黑 {black} 到纯白 {white}，数越大越亮。",
        "{white}: from pure black at {black} to pure white at {white}, the larger the brighter.",
    ),
    "inputs.fixed_input_size.question": _s(
        "一张 256 × 256 的彩色图一共有多少个数？自己算一算。",
        "How many numbers are in a 256 × 256 colour image? Work it out.",
    ),
    "inputs.fixed_input_size.hint": _s(
        "每个像素有红、绿、蓝 3 个数：256 × 256 × 3。",
        "Every pixel has 3 numbers, red, green and blue: 256 × 256 × 3.",
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
    "inputs.vector_or_planes.question": _s(
        "把一张 256 × 256 的彩色图展平成一条向量，这条向量有多长？",
        "A 256 × 256 colour image is flattened into one vector. How many numbers long is it?",
    ),
    "inputs.vector_or_planes.answer": _s(
        "{n} 个：展平只是换一种摆法，一个数也不多、一个数也不少。",
        "{n}: flattening only lays the numbers out differently; not one is added or lost.",
    ),
    "knobs.turn_the_knobs.question": _s(
        "盒子的起点是 w₁ = {w1}。把 w₁ 调大到 {w1_new}，分界线（虚线）会变得更陡还是更平？",
        "The box starts with w₁ = {w1}. Raise w₁ to {w1_new}: does its boundary (the dashed line) get steeper "
        "or flatter?",
    ),
    **_options(
        "knobs.turn_the_knobs",
        steeper=("更陡（更竖直）", "Steeper (more upright)"),
        flatter=("更平", "Flatter"),
        same=("不变", "It does not change"),
    ),
    "knobs.turn_the_knobs.answer": _s(
        "分界线 w₁x₁ + w₂x₂ + b = 0 的陡度是 |w₁ / w₂|：w₁ 从 {w1} 变成 {w1_new}，陡度就从 {before} 变成 {after}。"
        "这个数越小，线越平；越大，线越陡。拖一下 w₁ 的滑块看看。",
        "The boundary w₁x₁ + w₂x₂ + b = 0 has a steepness of |w₁ / w₂|: with w₁ going from {w1} to {w1_new} "
        "it goes from {before} to {after}. The smaller this number, the flatter the line. Drag the w₁ slider "
        "and watch.",
    ),
    "knobs.training_turns_them.question": _s(
        "按下训练按钮后，误差会变大还是变小？",
        "After pressing the training button, will the error go up or down?",
    ),
    **_options(
        "knobs.training_turns_them",
        up=("变大", "Up"),
        down=("变小", "Down"),
        same=("不变", "It stays the same"),
    ),
    "knobs.training_turns_them.answer": _s(
        "第一次按下，误差从 {before} 变成 {after}：每一步都朝误差下降的方向拧旋钮。",
        "The first press takes the error from {before} to {after}: every step turns the knobs the way "
        "that lowers the error.",
    ),
    # ---- chapter 2
    "one_hot.encode.question": _s(
        "类别清单是 猫、狗、其他。标签 狗、猫、其他、猫 的整数编码是什么？",
        "The class list is Cat, Dog, Other. What integer codes do the labels Dog, Cat, Other, Cat get?",
    ),
    "one_hot.encode.answer": _s(
        "{codes}：每个标签的编码就是它在清单中的位置，从 0 开始数。",
        "{codes}: each label's code is its class's position in the list, counting from 0.",
    ),
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
        "课程的例子：一张猫的图片，正确答案 y = [1, 0, 0]，网络输出 y′ = [0.37, 0.50, 0.13]。"
        "课程的第一种损失[[sse]]把每个类别的 y − y′ 平方后加起来。它是多少（保留四位小数）？",
        "The course's example: a cat picture, so the right answer is y = [1, 0, 0]; the network outputs "
        "y′ = [0.37, 0.50, 0.13]. The course's first loss, the [[sse]], squares each difference y − y′ and adds "
        "the squares up. What is it, to four decimals?",
    ),
    "loss.single_sample.hint": _s(
        "每一类算 (y − y′)²，再把三项加起来：(1 − 0.37)² + (0 − 0.50)² + (0 − 0.13)²。",
        "For each class take (y − y′)², then add the three: (1 − 0.37)² + (0 − 0.50)² + (0 − 0.13)².",
    ),
    "loss.single_sample.answer": _s(
        "(1 − 0.37)² + (0 − 0.50)² + (0 − 0.13)² = {sse}。",
        "(1 − 0.37)² + (0 − 0.50)² + (0 − 0.13)² = {sse}.",
    ),
    "loss.epoch_iterations.question": _s(
        "训练集有 {n} 张图片，批量大小是 {b}。把每张图片都用一遍（一个训练周期），需要多少次迭代？",
        "The training set has {n} pictures and the batch size is {b}. How many iterations does one epoch "
        "(every picture used once) take?",
    ),
    "loss.epoch_iterations.hint": _s(
        "用图片数除以批量大小；除不尽时向上取整，因为剩下的图片也要单独算一批。",
        "Divide the number of pictures by the batch size; if it does not come out even, round up, since the "
        "pictures left over still make a batch of their own.",
    ),
    "loss.epoch_iterations.answer": _s(
        "⌈{n} ÷ {b}⌉ = ⌈{ratio}⌉ = {its}。⌈ ⌉ 表示向上取整：最后一批可能不满，但也要一次迭代。",
        "⌈{n} ÷ {b}⌉ = ⌈{ratio}⌉ = {its}. The ⌈ ⌉ means rounding up: the last batch may be smaller, but it "
        "still takes an iteration.",
    ),
    "loss.cross_entropy_step.question": _s(
        "[[cross_entropy]]是另一种损失：它只看网络给正确类别的概率 p，等于 −ln p。"
        "如果 p 从 0.1 降到 0.01（其余两类平分剩下的），SSE 和交叉熵哪个涨得更多？",
        "[[cross_entropy]] is another loss: it looks only at the probability p the network gives the right "
        "class, and is −ln p. If p drops from 0.1 to 0.01 (the other two share the rest), which grows "
        "more, SSE or cross-entropy?",
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
    "gradient_descent.walk.question": _s(
        "碗形曲线 L = (W − 2)²，从 W = {w} 出发，斜率是 {slope}，学习率 {lr}。按一次「走一步」之后 W 是多少？",
        "On the bowl L = (W − 2)², starting at W = {w} where the slope is {slope}, with learning rate {lr}: "
        "what is W after one press of Step?",
    ),
    "gradient_descent.walk.hint": _s(
        "W新 = W − 学习率 × 斜率。减去一个负数，就是加上。",
        "W_new = W − learning rate × slope. Subtracting a negative number adds.",
    ),
    "gradient_descent.walk.answer": _s(
        "{w} − {lr} × ({slope}) = {w_new}", "{w} − {lr} × ({slope}) = {w_new}"
    ),
    "gradient_descent.behaviours.question": _s(
        "还是碗形曲线 L = (W − 2)²，从 W = {w} 出发，但学习率调到 {lr}。一步一步走下去，W 会怎样？",
        "Still the bowl L = (W − 2)² from W = {w}, but with learning rate {lr}. Step after step, what does W do?",
    ),
    **_options(
        "gradient_descent.behaviours",
        creep=("慢慢挪向谷底", "Creeps slowly towards the bottom"),
        settle=("很快停在谷底", "Settles at the bottom"),
        bounce=("在两点之间永远来回跳", "Bounces between two points for ever"),
        fly=("越跳越远", "Flies further away each step"),
    ),
    "gradient_descent.behaviours.answer": _s(
        "来回跳：斜率 {slope}，W = {w} − {lr} × ({slope}) = {w1}；那里斜率是 {slope1}，"
        "W = {w1} − {lr} × ({slope1}) = {w2}，又回到了起点。",
        "It bounces: the slope is {slope}, so W = {w} − {lr} × ({slope}) = {w1}; there the slope is {slope1}, "
        "so W = {w1} − {lr} × ({slope1}) = {w2}, back where it started.",
    ),
    "gradient_descent.valleys.question": _s(
        "一条有好几个谷的曲线，从 W₀ = {w0} 出发（学习率 {lr}）。离它最近的谷底在 W ≈ {b_near}（相距 {d_near}），"
        "另一个谷底在 W ≈ {b_far}（相距 {d_far}），整条曲线最深的谷底在 W ≈ {b_deep}。W₀ 处的斜率是 {slope}。"
        "梯度下降最后停在哪个谷底？",
        "A curve with several valleys; descent starts at W₀ = {w0} (learning rate {lr}). The nearest valley "
        "bottom is at W ≈ {b_near} ({d_near} away), another at W ≈ {b_far} ({d_far} away), and the deepest "
        "of the whole curve at W ≈ {b_deep}. The slope at W₀ is {slope}. Which bottom does gradient descent "
        "end at?",
    ),
    "gradient_descent.valleys.hint": _s(
        "从斜率的符号看：W₀ 处往哪边是下坡？梯度下降只看脚下，不看远处。",
        "Read the sign of the slope: which way is downhill from W₀? Gradient descent only looks at the ground "
        "under its feet.",
    ),
    "gradient_descent.valleys.answer": _s(
        "W ≈ {b_end}：它从 W₀ 顺着斜率 {slope} 指出的下坡一直滚进那个谷，虽然 W ≈ {b_near} 的谷底更近。",
        "W ≈ {b_end}: from W₀ it follows the downhill that the slope {slope} points to and rolls into that "
        "valley, although the bottom at W ≈ {b_near} is nearer.",
    ),
    "gradient_descent.two_weights.question": _s(
        "两个权重，从 (w1, w2) = ({w1}, {w2}) 出发，梯度是 ({g1}, {g2})，学习率 {lr}。走一步之后 w1 是多少？",
        "Two weights, starting at (w1, w2) = ({w1}, {w2}); the gradient there is ({g1}, {g2}) and the "
        "learning rate {lr}. What is w1 after one step?",
    ),
    "gradient_descent.two_weights.hint": _s(
        "每个权重各用自己的斜率：w1新 = w1 − 学习率 × 梯度的第一个数。",
        "Each weight uses its own slope: w1_new = w1 − learning rate × the gradient's first number.",
    ),
    "gradient_descent.two_weights.answer": _s(
        "{w1} − {lr} × ({g1}) = {w1_new}", "{w1} − {lr} × ({g1}) = {w1_new}"
    ),
    "gradient_descent.optimizers.question": _s(
        "在狭长的山谷里，三种优化器用同一个学习率 {lr}，各走 {n} 步。哪一个最后的损失最小？",
        "In the long narrow ravine, three optimizers take {n} steps each with the same learning rate {lr}. "
        "Which one ends with the lowest loss?",
    ),
    **_options(
        "gradient_descent.optimizers",
        sgd=("SGD", "SGD"),
        momentum=("动量", "Momentum"),
        adam=("Adam", "Adam"),
    ),
    "gradient_descent.optimizers.answer": _s(
        "最后的损失：SGD {l_sgd}，动量 {l_momentum}，Adam {l_adam}。",
        "Final losses: SGD {l_sgd}, momentum {l_momentum}, Adam {l_adam}.",
    ),
    "gradient_descent.your_image.question": _s(
        "按这一步更新 W 之后，网络认为这张图是“{cls}”的概率会怎样？",
        "After this update of W, what happens to the network's probability that the picture is “{cls}”?",
    ),
    **_options(
        "gradient_descent.your_image",
        up=("变大", "It goes up"),
        down=("变小", "It goes down"),
        same=("不变", "It stays the same"),
    ),
    "gradient_descent.your_image.hint": _s(
        "看斜率的符号：W 朝它的反方向走。W 乘的 h 不是负数，所以“{cls}”的得分会怎样？",
        "Look at the sign of the slope: W moves against it. W multiplies an h that is never negative: what "
        "happens to the score of “{cls}”?",
    ),
    "gradient_descent.your_image.answer": _s(
        "{p} → {p_new}。斜率 {slope}，W 变化 {move}；这个权重乘的 h 不是负数，"
        "所以“{cls}”的得分变化的方向和 W 一样，概率也跟着变。",
        "{p} → {p_new}. The slope is {slope}, so W changes by {move}; the h it multiplies is never negative, "
        "so the score of “{cls}” moves the same way as W, and its probability with it.",
    ),
    "gradient_descent.worked_example.question": _s(
        "更新规则是 W新 = W − 学习率 × 斜率。课程的例子：W_e1 = {w}，学习率 {lr}，斜率 {slope}。W_e2 是多少？",
        "The update rule is W_new = W − learning rate × slope. The course's example: W_e1 = {w}, learning "
        "rate {lr}, slope {slope}. What is W_e2?",
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
        "{n} ÷ {b} = {its}：每次迭代更新一次权重。",
        "{n} ÷ {b} = {its}: each iteration updates the weights once.",
    ),
}
