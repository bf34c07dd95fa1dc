"""Strings of the gradient-descent page (course 02-04, 02-05).

LaTeX templates are formatted with str.format, so their own braces are doubled: {{ }}.
A course term is written [[term]] (both languages) once on the page, at its first use, in the
order the steps show them; afterwards it is the plain word (tests/test_page_gradient_descent.py).
"""

P = "gradient_descent"


def _s(zh: str, en: str) -> dict:
    return {"zh": zh, "en": en}


TEXT = {
    # ---- figure texts (one weight)
    f"{P}.fig.w": _s("权重 W", "weight W"),
    f"{P}.fig.loss": _s("损失", "loss"),
    f"{P}.fig.curve": _s("损失曲线", "loss curve"),
    f"{P}.fig.path": _s("走过的路", "path so far"),
    f"{P}.fig.point": _s("当前的 W", "current W"),
    f"{P}.fig.tangent": _s("切线（斜率）", "tangent (slope)"),
    f"{P}.fig.next": _s("下一步落点", "where the next step lands"),
    f"{P}.fig.step": _s("第几步", "step"),
    f"{P}.fig.frame": _s(
        "第 {k} 步（共 {n} 步）：W = {w}，损失 {loss}", "Step {k} of {n}: W = {w}, loss {loss}"
    ),
    f"{P}.fig.valley": _s("滚进谷 {n}", "ends in valley {n}"),
    f"{P}.fig.valley_n": _s("谷 {n}", "valley {n}"),
    f"{P}.fig.bottom": _s("谷底", "valley bottom"),
    f"{P}.fig.unsettled": _s("没有停在谷底", "did not settle"),
    f"{P}.fig.hilltop": _s("山顶", "hilltop"),
    f"{P}.slope_is": _s("斜率 = {slope}", "slope = {slope}"),
    f"{P}.sign_alt": _s(
        "碗形损失曲线上的两个点和它们的切线：W = {left} 处斜率是 {s_left}，W = {right} 处斜率是 {s_right}；"
        "绿色箭头从每个点指向它下一步的落点，两个都是往下坡走。",
        "Two points on the bowl-shaped loss curve with their tangents: the slope is {s_left} at W = {left} "
        "and {s_right} at W = {right}; a green arrow from each point to where its next step lands, both "
        "going downhill.",
    ),
    f"{P}.walk_alt": _s(
        "损失曲线上已经走了 {k} 步：现在 W = {w}，损失 {loss}，斜率 {slope}；绿色箭头指向下一步的落点 W = {w_new}。",
        "The loss curve after {k} steps: W is now {w}, the loss {loss}, the slope {slope}; a green arrow "
        "points to where the next step lands, W = {w_new}.",
    ),
    f"{P}.anim_alt": _s(
        "动画：从 W₀ = {start} 出发，学习率 {lr}，点沿着损失曲线一步一步走，共 {n} 步，最后 W = {w}，损失 {loss}；"
        "走完停一下，再从头播放。",
        "An animation: from W₀ = {start} with learning rate {lr} the point moves along the loss curve one "
        "step at a time, {n} steps, ending at W = {w} with loss {loss}; it pauses, then plays again.",
    ),
    f"{P}.still_alt": _s(
        "梯度下降走过的路：从 W₀ = {start} 出发，学习率 {lr}，沿着损失曲线走了 {n} 步（虚线上的小点），"
        "停在最后一步 W = {w}，损失 {loss}（红点）。",
        "The path gradient descent took: from W₀ = {start} with learning rate {lr}, {n} steps along the loss "
        "curve (the small dots on the dashed line), standing on the last step, W = {w} with loss {loss} (the red "
        "point).",
    ),
    f"{P}.valleys_alt": _s(
        "有 {v} 个谷的损失曲线：{m} 个起点各按最后停下的谷上色，星号是谷底，虚线是谷与谷之间的山顶。",
        "A loss curve with {v} valleys: {m} starts, each coloured by the valley it ends in; stars mark the "
        "valley bottoms, dashed lines the hilltops between them.",
    ),
    # ---- step 1: the slope's sign
    f"{P}.slope_sign.title": _s("往哪边走才是下坡？", "Which way is downhill?"),
    f"{P}.slope_sign.body": _s(
        "先只看一个[[weight]] W。横轴是 W 的取值，纵轴是[[loss_function]]在这个 W 处的值，也就是损失。"
        "这条曲线像一只碗，叫[[convex]]；碗底的 W 最好，记作 Wo。\n\n"
        "[[gradient_descent]]每次只看脚下这一点的[[slope]]，也就是橙色切线有多陡。"
        "斜率 = 升高 ÷ 前进：沿切线向右走一段（前进），看损失升高了多少（升高）。"
        "损失往下走时“升高”是负数，斜率也就是负数。",
        "Start with a single [[weight]] W. The horizontal axis is the value of W; the vertical axis is "
        "the value of the [[loss_function]] at that W, the loss. This curve is shaped like a bowl, a "
        "[[convex]]; the best W, called Wo, sits at the bottom.\n\n"
        "[[gradient_descent]] only looks at the [[slope]] right where it stands: how steep the orange "
        "tangent is. Slope = rise ÷ run: go a little to the right along the tangent (the run) and see how "
        "much the loss goes up (the rise). When the loss goes down, the rise is negative, and so is the slope.",
    ),
    f"{P}.slope_sign.left": _s(
        "W = {w} 在碗底左边：沿切线向右前进 1，损失升高 {slope}，所以斜率 = {slope} ÷ 1 = {slope}，是负的。"
        "往右是下坡，W 要变大。",
        "W = {w} is left of the bottom: a run of 1 to the right along the tangent is a rise of {slope}, so "
        "the slope is {slope} ÷ 1 = {slope}, negative. Downhill is to the right: W must grow.",
    ),
    f"{P}.slope_sign.right": _s(
        "W = {w} 在碗底右边：沿切线向右前进 1，损失升高 {slope}，所以斜率 = {slope} ÷ 1 = {slope}，是正的。"
        "往左是下坡，W 要变小。",
        "W = {w} is right of the bottom: a run of 1 to the right along the tangent is a rise of {slope}, "
        "so the slope is {slope} ÷ 1 = {slope}, positive. Downhill is to the left: W must shrink.",
    ),
    f"{P}.slope_sign.rule": _s(
        "规则只有一条：朝斜率符号的反方向移动 W。两条切线都是从左往右画的，不要看线朝哪边，"
        "要看斜率的正负号。",
        "There is one rule: move W against the sign of the slope. Both tangents are drawn left to right; "
        "do not read the direction of the line, read the sign of the slope.",
    ),
    f"{P}.slope_sign.notes": _s(
        "先让学生指出两个点各自的下坡方向，再揭示斜率的符号。强调：正斜率 → 减小 W，负斜率 → 增大 W。"
        "“凸函数”在国内高数教材里常叫“凹函数”，这里按英文 convex 的习惯。",
        "Ask the class which way is downhill at each point before revealing the slopes. Positive slope → "
        "make W smaller; negative slope → make W larger. Chinese calculus books may call this bowl “concave”.",
    ),
    # ---- step 2: the update rule and the worked example (course | your image)
    f"{P}.example.title": _s(
        "更新规则，和课程的例子：0.38 → 0.3855", "The update rule, and the course's example: 0.38 → 0.3855"
    ),
    f"{P}.example.body": _s(
        "把上面的规则写成一个式子：**W新 = W − 学习率 × 斜率**。减去斜率，就是朝斜率符号的反方向走；"
        "乘上[[learning_rate]]，决定走多远。学习率通常是一个小于 1 的小数，由人在训练前定好，网络不会自己学它，"
        "所以叫[[hyperparameter]]，以区别于网络自己调的[[trainable_parameter]]（比如权重）。\n\n"
        "下面是课程的例子，三个数都可以改；下一步把同一条规则用在内置网络的一个真实权重上。",
        "Written as one line, the rule is **W_new = W − learning rate × slope**. Subtracting the slope moves "
        "against its sign; the [[learning_rate]] says how far. It is usually a small number below 1 that a "
        "person sets before training; the network does not learn it. That makes it a [[hyperparameter]], "
        "unlike a [[trainable_parameter]] such as a weight, which training adjusts.\n\n"
        "Below, the course's example; you may change any of its three numbers. The next step puts the same "
        "rule to work on one real weight of the built-in network.",
    ),
    f"{P}.example.w": _s("当前权重 W_e1", "Current weight W_e1"),
    f"{P}.example.lr": _s("学习率", "Learning rate"),
    f"{P}.example.slope": _s("斜率", "Slope"),
    f"{P}.example.bad_lr": _s("学习率必须大于 0。", "The learning rate must be greater than 0."),
    f"{P}.example_tex": _s(
        r"\begin{{aligned}} W_{{e2}} &= W_{{e1}} - \text{{lr}}\times\text{{slope}} \\ &= {w} - {lr}\times({slope}) "
        r"\\ &= {w} {move} \\ &= {w_new} \end{{aligned}}",
        r"\begin{{aligned}} W_{{e2}} &= W_{{e1}} - \text{{lr}}\times\text{{slope}} \\ &= {w} - {lr}\times({slope}) "
        r"\\ &= {w} {move} \\ &= {w_new} \end{{aligned}}",
    ),
    f"{P}.example.result": _s("新的权重 W_e2", "New weight W_e2"),
    f"{P}.example.back": _s("回到课程的数字", "Back to the course's numbers"),
    f"{P}.example.after.up": _s(
        "斜率是负的，减去一个负数就是加上：W 变大了 {d}。学习率越小，这一步就越小。",
        "The slope is negative, and subtracting a negative adds: W grows by {d}. The smaller the learning "
        "rate, the smaller the step.",
    ),
    f"{P}.example.after.down": _s(
        "斜率是正的，减去它：W 变小了 {d}。学习率越小，这一步就越小。",
        "The slope is positive, so subtracting it makes W smaller, by {d}. The smaller the learning rate, "
        "the smaller the step.",
    ),
    f"{P}.example.after.same": _s(
        "斜率是 0：这里是平的，W 不动。", "The slope is 0: the ground is flat here and W does not move."
    ),
    f"{P}.example.more": _s(
        "这里只有一个权重，斜率是一个数。真实网络有成千上万个权重，每个都有自己的斜率，合起来是一个向量，"
        "叫[[gradient]]；每个权重都按同一条规则更新。算出这些斜率的方法叫[[backpropagation]]，"
        "TensorFlow、Keras、PyTorch 这样的框架会自动完成。",
        "Here there is one weight and its slope is one number. A real network has thousands of weights, each "
        "with its own slope; together they form a vector, the [[gradient]], and every weight is updated by "
        "the same rule. The slopes are worked out by [[backpropagation]], which frameworks such as "
        "TensorFlow, Keras and PyTorch do for you.",
    ),
    f"{P}.worked_example.notes": _s(
        "在黑板上和学生一起算：0.01 × (−0.55) = −0.0055，减去一个负数等于加上它，0.38 + 0.0055 = 0.3855。"
        "下一张：同一条规则，换成真实网络里的一个权重。",
        "Work it on the board: 0.01 × (−0.55) = −0.0055; subtracting a negative adds it: 0.38 + 0.0055 = "
        "0.3855. The next slide: the same rule on a weight of a real network.",
    ),
    # ---- your image: one real weight of the built-in network
    f"{P}.real.title": _s(
        "你的图片：内置网络里的一个真实权重", "Your image: one real weight of the built-in network"
    ),
    f"{P}.real.body": _s(
        "同一条规则，这次不是课本上的数字，而是内置网络真正的一个权重：网络看你的图片，"
        "算出损失对这个权重的斜率，再按 W新 = W − 学习率 × 斜率 走一步。",
        "The same rule, this time not on the book's numbers but on an actual weight of the built-in network: "
        "the network looks at your image, the slope of the loss for this weight is worked out, and W takes "
        "one step, W_new = W − learning rate × slope.",
    ),
    f"{P}.one_real_weight.notes": _s(
        "先让学生猜：这一步之后，正确类别的概率会升还是降？再点“走这一步”看答案。"
        "可以换成交叉熵或调大学习率，让变化更明显。",
        "Ask first: after this step, will the right class's probability go up or down? Then press "
        "“Take this step” to see. Cross-entropy or a bigger learning rate makes the change easier to see.",
    ),
    f"{P}.real.label_known": _s(
        "它其实是：{cls}（示例自带的标签）", "It really is: {cls} (the sample's own label)"
    ),
    f"{P}.real.truth": _s("它其实是什么？", "What is it really?"),
    f"{P}.real.truth.placeholder": _s("选一个类别", "Choose a class"),
    f"{P}.real.need_label": _s(
        "先说出这张图片其实是什么：损失要拿网络的回答和正确答案比较。",
        "First say what this picture really is: the loss compares the network's answer with the right one.",
    ),
    f"{P}.real.which": _s(
        "网络的最后一层把 64 个数 h（它在图里找到的特征，每个来自一个[[hidden_unit]]）各乘一个权重，加进每个类别的得分。"
        "我们看把第 {i} 个隐藏单元（对这张图最活跃，h = {h}）送进“{cls}”得分的那个权重：W = {w}。",
        "The last layer multiplies 64 numbers h (what the network found in the picture, one per "
        "[[hidden_unit]]) each by a weight and adds them into each class score. We take the weight that "
        "carries hidden unit {i} (the most active here, h = {h}) into the score of “{cls}”: W = {w}.",
    ),
    f"{P}.real.loss": _s("损失", "Loss"),
    f"{P}.real.loss.squared_error": _s(
        "误差平方和 SSE（课程用的）", "Sum of squared errors, SSE (the course's)"
    ),
    f"{P}.real.loss.cross_entropy": _s("交叉熵", "Cross-entropy"),
    f"{P}.real_tex": _s(
        r"\begin{{aligned}} W_{{\text{{new}}}} &= W - \text{{lr}}\times\text{{slope}} \\ &= {w} - {lr}\times({slope}) "
        r"\\ &= {w_new} \end{{aligned}}",
        r"\begin{{aligned}} W_{{\text{{new}}}} &= W - \text{{lr}}\times\text{{slope}} \\ &= {w} - {lr}\times({slope}) "
        r"\\ &= {w_new} \end{{aligned}}",
    ),
    f"{P}.real.slope_from": _s(
        "斜率从哪里来：斜率 = h × “{cls}”得分每变化 1 时损失的变化 = {h} × ({dz}) = {slope}。"
        "反向传播算的就是这样的乘法。",
        "Where the slope comes from: slope = h × (how much the loss changes per unit of the “{cls}” score) "
        "= {h} × ({dz}) = {slope}. Backpropagation works out products like this one.",
    ),
    f"{P}.real.silent": _s(
        "这张图让 64 个隐藏单元全都是 0：这一层的每个斜率都是 0，W 不会动。换一张图试试。",
        "This picture leaves all 64 hidden units at 0: every slope of this layer is 0 and W does not move. "
        "Try another picture.",
    ),
    f"{P}.real.after_steps": _s(
        "已经走了 {n} 步；下面是下一步。", "Steps taken so far: {n}. This is the next one."
    ),
    f"{P}.real.before": _s("这一步前", "before"),
    f"{P}.real.after": _s("这一步后", "after"),
    f"{P}.real.verdict.up": _s(
        "“{cls}”的概率从 {p} **升到** {p_new}（+{d}）；损失从 {loss} 降到 {loss_new}。",
        "The probability of “{cls}” **went up** from {p} to {p_new} (+{d}); the loss went from {loss} to {loss_new}.",
    ),
    f"{P}.real.verdict.down": _s(
        "“{cls}”的概率从 {p} **降到** {p_new}（−{d}）；损失从 {loss} 变成 {loss_new}。",
        "The probability of “{cls}” **went down** from {p} to {p_new} (−{d}); the loss went from {loss} to {loss_new}.",
    ),
    f"{P}.real.verdict.same": _s(
        "“{cls}”的概率没有变：{p}。损失是 {loss}。",
        "The probability of “{cls}” stayed at {p}. The loss is {loss}.",
    ),
    f"{P}.real.sure": _s(
        "网络已经很确定它是{cls}（概率 {p}），所以斜率几乎是 0：一张早已答对的图片几乎教不了它什么。"
        "换成交叉熵、调大学习率，或者换一张图，变化就看得见了。",
        "The network is already sure it is a {cls} (probability {p}), so the slope is almost 0: a picture it "
        "already gets right teaches it next to nothing. Switch to cross-entropy, raise the learning rate or "
        "pick another picture to see a change.",
    ),
    f"{P}.btn.real_step": _s("走这一步", "Take this step"),
    f"{P}.real.col.k": _s("步", "step"),
    f"{P}.real.col.w": _s("W（这一步前）", "W before"),
    f"{P}.real.col.slope": _s("斜率", "slope"),
    f"{P}.real.col.lr": _s("学习率", "lr"),
    f"{P}.real.col.w_new": _s("W新", "W_new"),
    f"{P}.real.col.p": _s("之后 p({cls})", "p({cls}) after"),
    # ---- step 3: the walk
    f"{P}.walk.title": _s("一步一步走下山", "Walk down the curve, one step at a time"),
    f"{P}.walk.body": _s(
        "训练就是把这条规则一遍又一遍地用下去。每按一次「走一步」，W 就更新一次，然后在新的位置重新看斜率。"
        "选一条曲线、起点和学习率，看看每一步具体算了什么。",
        "Training applies this rule again and again. Each press of “Step” updates W once; then the slope is "
        "read again where W now stands. Pick a curve, a start and a learning rate, and watch the numbers of "
        "every step.",
    ),
    f"{P}.curve": _s("损失曲线", "Loss curve"),
    f"{P}.curve.bowl": _s("碗形（凸）", "Bowl (convex)"),
    f"{P}.curve.valleys": _s("好几个谷", "Several valleys"),
    f"{P}.curve.plateau": _s("平台", "Plateau"),
    f"{P}.curve.formula": _s("自己写公式（选学）", "Your own formula (optional)"),
    f"{P}.formula.deeper": _s(
        "课程里没有这一项：写一条自己的损失曲线，看梯度下降在上面怎么走。",
        "Not in the course: write a loss curve of your own and watch gradient descent walk on it.",
    ),
    f"{P}.formula": _s("损失公式 L(w) =", "Loss formula L(w) ="),
    f"{P}.formula.help": _s(
        "用 w 表示权重。可以用数字、`+ - * /`、`**` 或 `^`（乘方）、括号，以及 sin cos tan exp log sqrt abs tanh、"
        "pi、e。乘号不能省略：写 `2*w`，不要写 `2w`。例：`w**2/4 + sin(2*w)`",
        "Use w for the weight. Allowed: numbers, `+ - * /`, `**` or `^` (power), brackets, and sin cos tan exp log "
        "sqrt abs tanh, pi, e. Write every multiplication: `2*w`, not `2w`. Example: `w**2/4 + sin(2*w)`",
    ),
    f"{P}.start": _s("起点 W₀", "Start W₀"),
    f"{P}.lr": _s("学习率（对数刻度）", "Learning rate (log scale)"),
    f"{P}.lr.help": _s(
        "从 0.0001 到 10，每一格大约乘以 1.5～2。",
        "From 0.0001 to 10; each notch multiplies it by about 1.5–2.",
    ),
    f"{P}.steps": _s("步数", "Number of steps"),
    f"{P}.now_w": _s("当前 W（第 {k} 步后）", "W now (after {k} steps)"),
    f"{P}.now_loss": _s("损失 L(W)", "Loss L(W)"),
    f"{P}.now_slope": _s("斜率 L′(W)", "Slope L′(W)"),
    f"{P}.sign.neg": _s(
        "斜率为**负**：往右是下坡，下一步 W **变大**（绿色箭头）。",
        "The slope is **negative**: downhill is to the right, so the next step makes W **larger** (green arrow).",
    ),
    f"{P}.sign.pos": _s(
        "斜率为**正**：往左是下坡，下一步 W **变小**（绿色箭头）。",
        "The slope is **positive**: downhill is to the left, so the next step makes W **smaller** (green arrow).",
    ),
    f"{P}.sign.zero": _s(
        "斜率为**零**：这里是平的，W 不会再动。",
        "The slope is **zero**: the ground is flat here, so W will not move.",
    ),
    f"{P}.update_tex": _s(
        r"W_{{\text{{new}}}} = W - \text{{lr}}\times\text{{slope}} = {w} - {lr}\times({slope}) = {w_new}",
        r"W_{{\text{{new}}}} = W - \text{{lr}}\times\text{{slope}} = {w} - {lr}\times({slope}) = {w_new}",
    ),
    f"{P}.btn.step": _s("走一步", "Step"),
    f"{P}.btn.run": _s("连走 {n} 步", "Run {n} steps"),
    f"{P}.btn.reset": _s("回到起点", "Reset"),
    f"{P}.stop.overflow": _s(
        "第 {k} 步的数字溢出了（变成无穷大）：学习率太大，W 被越甩越远。路径在这里停下，之前的每一步都如实保留。",
        "At step {k} the numbers overflowed (became infinite): the learning rate is so big that W is flung "
        "further each time. The path stops there; every earlier step is kept exactly as it was.",
    ),
    f"{P}.stop.undefined": _s(
        "第 {k} 步走到了公式没有定义的地方（例如 log 或 sqrt 里出现负数），算不出损失。路径在这里停下。",
        "At step {k} W reached a place where the formula is not defined (e.g. log or sqrt of a negative "
        "number), so there is no loss to compute. The path stops there.",
    ),
    f"{P}.walk_full": _s(
        "已经走了 {n} 步，按「回到起点」重新开始。", "The walk has {n} steps; press Reset to start again."
    ),
    f"{P}.col.k": _s("步", "step"),
    f"{P}.col.w": _s("W（这一步前）", "W before"),
    f"{P}.col.loss": _s("损失 L(W)", "loss L(W)"),
    f"{P}.col.slope": _s("斜率", "slope"),
    f"{P}.col.move": _s("学习率 × 斜率", "lr × slope"),
    f"{P}.col.w_new": _s("W新 = W − 学习率×斜率", "W_new = W − lr × slope"),
    f"{P}.table.gap": _s("…… 中间 {n} 步未列出 ……", "… {n} steps in between not shown …"),
    f"{P}.walk.notes": _s(
        "现场按几次「走一步」，每次读出公式里的三个数。然后把学习率调到 1，再按几次，让学生预测会发生什么。",
        "Press Step a few times and read the three numbers of the formula aloud. Then set the learning rate "
        "to 1 and let the class predict what the next presses will do.",
    ),
    # ---- step 4: behaviours
    f"{P}.behave.title": _s("学习率决定走法", "What the learning rate does"),
    f"{P}.behave.body": _s(
        "同一条曲线、同一个起点，只换学习率：太小就只能慢慢挪，合适就稳稳到达谷底，太大就在两边来回跳，"
        "再大就越跳越远、彻底发散。点下面的按钮试试：图里的点会自己一步一步走完整条路径，停一下再从头开始；"
        "想细看某一步，打开图下面的表格。",
        "Same curve, same start, only the learning rate changes. Too small and W creeps; a good one settles "
        "at the bottom; too big and W jumps from wall to wall; bigger still and every jump lands further out. "
        "Try the buttons: in the picture the point walks the whole path one step at a time, pauses, and "
        "starts again; to look at one step, open the table below it.",
    ),
    f"{P}.behave.setting": _s(
        "曲线：{curve} · 起点 W₀ = {start} · 学习率 = {lr} · {n} 步",
        "Curve: {curve} · start W₀ = {start} · learning rate = {lr} · {n} steps",
    ),
    f"{P}.fix_formula": _s(
        "先在上面把公式改正，这里才能画出来。", "Fix the formula above first; then this part can draw it."
    ),
    f"{P}.preset.small": _s("太小 ({lr})", "Too small ({lr})"),
    f"{P}.preset.good": _s("合适 ({lr})", "Good ({lr})"),
    f"{P}.preset.big": _s("太大 ({lr})", "Too big ({lr})"),
    f"{P}.preset.diverge": _s("大得离谱 ({lr})", "Far too big ({lr})"),
    f"{P}.status.converged": _s("收敛（converged）", "Converged"),
    f"{P}.status.oscillating": _s("振荡（oscillating）", "Oscillating"),
    f"{P}.status.diverged": _s("发散（diverged）", "Diverged"),
    f"{P}.status.creeping": _s("还在慢慢挪（creeping）", "Still creeping"),
    f"{P}.status.stalled": _s("卡在平地上（stalled）", "Stalled on flat ground"),
    f"{P}.why.converged": _s(
        "从第 {k} 步起斜率几乎为零，W 停在谷底 {w}，损失 {loss}。",
        "From step {k} on the slope is almost zero: W rests at the bottom, {w}, with loss {loss}.",
    ),
    f"{P}.why.oscillating": _s(
        "斜率的符号一次次翻转：W 在谷的两侧来回跳，{n} 步后是 {w}。把学习率调小一点。",
        "The slope keeps flipping sign: W jumps from one side of the valley to the other and is {w} after "
        "{n} steps. Try a smaller learning rate.",
    ),
    f"{P}.why.diverged": _s(
        "每一步都比上一步跳得更远，损失越来越大：{n} 步后 W = {w}，损失 {loss}。学习率太大了。",
        "Every jump is longer than the one before and the loss keeps growing: after {n} steps W = {w}, "
        "loss {loss}. The learning rate is far too big.",
    ),
    f"{P}.why.creeping": _s(
        "一直朝同一个方向往下走，但还没到底：{n} 步后 W = {w}，损失 {loss}。多走几步，或者把学习率调大。",
        "It walks downhill in one direction but has not reached the bottom: after {n} steps W = {w}, loss "
        "{loss}. Take more steps or raise the learning rate.",
    ),
    f"{P}.why.stalled": _s(
        "这里几乎是平的，斜率接近零，所以每一步都小得看不见：W 停在 {w}，但这不是谷底。",
        "The ground here is almost flat, so the slope is nearly zero and every step is tiny: W sits at {w}, "
        "but this is not a valley bottom.",
    ),
    f"{P}.outside": _s(
        "有 {n} 个点远在画面之外，太远画不下，线画到边框为止：完整的数字在下面的表里，右边的损失图也画出了全部。",
        "{n} points lie too far outside the picture to draw; lines stop at its frame. The table below has "
        "every number and the loss chart on the right shows them all.",
    ),
    f"{P}.behave.table": _s("全部 {n} 步的表格", "Table of all {n} steps"),
    f"{P}.behave.play": _s("播放每一步", "Play the steps"),
    f"{P}.behave.play.help": _s(
        "关掉后，图停在最后一步，不再动。如果你的电脑设置了“减少动态效果”，图也会停在最后一步。",
        "Off: the picture stands still on the last step. It also stands still when your computer is set "
        "to reduce motion.",
    ),
    f"{P}.behaviours.notes": _s(
        "依次按四个按钮，每次先让学生猜标签。碗形曲线上学习率 1 会在 −1 和 5 之间永远来回跳，"
        "学习率 2 每一步放大三倍。",
        "Press the four buttons in turn and let the class guess the label each time. On the bowl, lr = 1 "
        "bounces between −1 and 5 for ever; lr = 2 triples the distance every step.",
    ),
    # ---- step 5: several valleys
    f"{P}.valleys.title": _s(
        "好几个谷：起点脚下往哪边倾斜，就滚进哪个谷",
        "Several valleys: you end in the one your start slopes into",
    ),
    f"{P}.valleys.body": _s(
        "真实网络的损失很少是一只碗，而是有很多山峰和山谷。梯度下降只会顺着脚下的坡往下走，"
        "所以它停在起点脚下的坡通向的那个谷，也就是起点两侧两座山顶之间的那个谷。"
        "这不一定是离起点最近的谷，也不一定是最深的谷：它停下的地方是一个[[local_minimum]]。"
        "下图从 41 个不同的起点同时出发，每个起点按它最后到达的谷上色，虚线是山顶，星号是谷底。",
        "A real network's loss is rarely a bowl; it has many peaks and valleys. Gradient descent only ever "
        "follows the ground under its feet downhill, so it ends in the valley that its start slopes down "
        "into: the one between the two hilltops on either side of the start. That is not always the valley "
        "nearest the start, nor the deepest one: where it stops is a [[local_minimum]]. Below, 41 starts "
        "run at once; each start is coloured by the valley it ends in, the dashed lines are the hilltops and "
        "the stars mark the valley bottoms.",
    ),
    f"{P}.valleys.caption": _s(
        "曲线：{curve} · 学习率 {lr} · 每个起点走 {n} 步。换一个学习率试试：太小，很多起点走完这些步还没到谷底；"
        "太大，它们在谷里来回跳，停不下来。",
        "Curve: {curve} · learning rate {lr} · {n} steps from each start. Try another learning rate: too small "
        "and many starts have not reached a bottom after these steps; too big and they bounce instead of "
        "settling.",
    ),
    f"{P}.valleys.line": _s(
        "谷 {n}：谷底 W ≈ {w}（损失 {loss}）。从 W = {a} 到 {b} 的地面都向它倾斜；有 {count} 个起点停在这里。",
        "Valley {n}: bottom at W ≈ {w} (loss {loss}). The ground from W = {a} to {b} slopes down into it; "
        "{count} starts ended here.",
    ),
    f"{P}.valleys.jumped": _s(
        "有 {count} 个起点停在了另一段山坡的谷里：学习率太大，一步就跳过了山顶。",
        "{count} starts ended in a valley beyond a hilltop: with this learning rate a step jumped over it.",
    ),
    f"{P}.valleys.lost": _s(
        "{count} 个起点没有停在任何谷底（卡在平地、来回振荡或者发散了）。",
        "{count} starts did not settle in any valley (stuck on flat ground, oscillating or diverging).",
    ),
    f"{P}.valleys.example": _s(
        "看起点 W₀ = {w0}：谷 {near} 的谷底离它最近（{d_near}），谷 {reached} 的谷底远一些（{d_reached}）。"
        "可是 W₀ 处的斜率是 {slope}，下坡在{side}，中间没有山顶挡着，所以它最后停在谷 {reached}，不是最近的谷 {near}。",
        "Look at the start W₀ = {w0}: the bottom of valley {near} is nearest ({d_near} away), that of valley "
        "{reached} further ({d_reached} away). But the slope at W₀ is {slope}: downhill is to the {side}, "
        "with no hilltop in between, so it ends in valley {reached}, not in the nearest, valley {near}.",
    ),
    f"{P}.valleys.side.left": _s("左边", "left"),
    f"{P}.valleys.side.right": _s("右边", "right"),
    f"{P}.valleys.notes": _s(
        "指出最深的谷不一定被找到，最近的谷也不一定。真实网络有上百万个权重，但每个权重的更新方法和这里完全一样。",
        "Point out that neither the deepest nor the nearest valley is guaranteed. Real networks have "
        "millions of weights, yet each one is updated exactly as here.",
    ),
    # ---- going deeper: two weights
    f"{P}.two.title": _s("两个权重：梯度是一个向量", "Two weights: the gradient is a vector"),
    f"{P}.two.body": _s(
        "有两个权重 w1、w2 时，损失是一张曲面。[[contour_map]]从上往下看这张曲面，颜色越深损失越低。"
        "在每一点，梯度是两个斜率组成的向量（∂L/∂w1, ∂L/∂w2），黑色箭头指向上坡最陡的方向；"
        "梯度下降沿红色箭头（负梯度）走。两个权重各自按同一条规则更新。",
        "With two weights w1 and w2 the loss is a surface. The [[contour_map]] looks at it from above; "
        "darker means lower loss. At every point the gradient is the vector of the two slopes "
        "(∂L/∂w1, ∂L/∂w2); the black arrow points straight uphill and gradient descent follows the red "
        "arrow, minus the gradient. Each weight is updated by the same rule as before.",
    ),
    f"{P}.surf": _s("损失曲面", "Loss surface"),
    f"{P}.surf.ravine": _s("狭长的山谷", "Long narrow ravine"),
    f"{P}.surf.valleys": _s("两个谷", "Two valleys"),
    f"{P}.w1_start": _s("起点 w1", "Start w1"),
    f"{P}.w2_start": _s("起点 w2", "Start w2"),
    f"{P}.at_step": _s("看第几步的梯度", "Show the gradient at step"),
    f"{P}.show3d": _s("也画出 3D 曲面", "Also draw the 3-D surface"),
    f"{P}.show3d.help": _s(
        "同一张损失曲面的立体图：颜色越深，损失越低。用下面的滑块转动它，从不同方向看路径怎样走进谷底。",
        "The same loss surface in 3-D: the darker, the lower the loss. Turn it with the slider below it to see "
        "from other sides how the path goes down into the valley.",
    ),
    f"{P}.surface_alt": _s(
        "损失曲面的立体图：路径从起点走下山谷，红线是下一步的方向",
        "The loss surface in 3-D: the path goes down into the valley from its start; the red line is the next step's direction",
    ),
    f"{P}.turn": _s("转动 3D 曲面（从哪个方向看）", "Turn the 3-D surface (the side you look from)"),
    f"{P}.loss_steps_alt": _s(
        "折线：{n} 步里每一步之后的损失",
        "A line of the loss after each of the {n} steps",
    ),
    f"{P}.losses_alt": _s(
        "三条折线：三种优化器每一步之后的损失，画在同一张图上",
        "Three lines on one chart: the loss after each step for each of the three optimizers",
    ),
    f"{P}.two.at": _s(
        "第 {k} 步：(w1, w2) = ({w1}, {w2})，损失 {loss}，梯度 = ({g1}, {g2})。箭头只表示方向，长度没有按比例画。",
        "Step {k}: (w1, w2) = ({w1}, {w2}), loss {loss}, gradient = ({g1}, {g2}). The arrows show direction "
        "only; their length is not to scale.",
    ),
    f"{P}.two_tex": _s(
        r"w_{i}^{{\text{{new}}}} = w_{i} - \text{{lr}}\times\frac{{\partial L}}{{\partial w_{i}}} = {w} - {lr}\times({g}) = {w_new}",
        r"w_{i}^{{\text{{new}}}} = w_{i} - \text{{lr}}\times\frac{{\partial L}}{{\partial w_{i}}} = {w} - {lr}\times({g}) = {w_new}",
    ),
    f"{P}.fig2.w1": _s("权重 w1", "weight w1"),
    f"{P}.fig2.w2": _s("权重 w2", "weight w2"),
    f"{P}.fig2.loss": _s("损失", "loss"),
    f"{P}.fig2.grad": _s("梯度（上坡）", "gradient (uphill)"),
    f"{P}.fig2.step_dir": _s("−梯度（下一步）", "−gradient (next step)"),
    f"{P}.fig2.point": _s("当前点", "current point"),
    f"{P}.fig2.step": _s("第几步", "step"),
    f"{P}.fig2.start": _s("起点", "start"),
    f"{P}.fig2.darker": _s("颜色越深，损失越低", "darker = lower loss"),
    f"{P}.contour_alt": _s(
        "等高线图：损失随 w1、w2 变化，颜色越深损失越低。第 {k} 步在 ({w1}, {w2})，损失 {loss}；"
        "黑色箭头是梯度（上坡），红色箭头是下一步的方向。",
        "Contour map of the loss over w1 and w2, darker is lower. At step {k} the point is ({w1}, {w2}) "
        "with loss {loss}; the black arrow is the gradient (uphill), the red one the next step's direction.",
    ),
    f"{P}.race_alt": _s(
        "等高线图：三种优化器都从 ({w1}, {w2}) 出发走下山的路径。最后的损失：SGD {sgd}，动量 {momentum}，"
        "Adam {adam}。",
        "Contour map with the paths of three optimizers, all from ({w1}, {w2}). Final loss: SGD {sgd}, "
        "momentum {momentum}, Adam {adam}.",
    ),
    f"{P}.two_weights.notes": _s(
        "拖动「看第几步的梯度」，让学生注意：红色箭头总是垂直于等高线。狭长山谷里箭头几乎横穿山谷，所以路径呈之字形。",
        "Drag the step slider: the red arrow is always at right angles to the contour lines. In the ravine it "
        "points almost across the valley, which is why the path zig-zags.",
    ),
    # ---- going deeper: optimizers
    f"{P}.opts.title": _s("三种优化器，同一个起点", "Three optimizers from the same start"),
    f"{P}.opts.body": _s(
        "把梯度变成权重更新的方法叫[[optimizer]]。课程里的规则就是最简单的一种，叫[[sgd]]。"
        "实际训练中常用它的两个改进版：[[momentum]]把前几步的方向累积起来，像滚下坡的球；"
        "[[adam]]给每个权重各自调整步长。三者用同一个学习率、从同一点出发，画在同一张等高线图上。",
        "The rule that turns gradients into weight updates is called an [[optimizer]]. The course's rule is "
        "the simplest one, [[sgd]]. Real training often uses two refinements: [[momentum]] adds up the "
        "directions of earlier steps, like a ball rolling downhill; [[adam]] scales the step of each weight "
        "separately. All three use the same learning rate and start at the same point, on one contour map.",
    ),
    f"{P}.opts.setting": _s(
        "三者都从 ({w1}, {w2}) 出发（这张曲面建议的起点）。",
        "All three start at ({w1}, {w2}), this surface's suggested start.",
    ),
    f"{P}.beta": _s("动量系数 β", "Momentum β"),
    f"{P}.beta.help": _s(
        "每一步保留多少上一步的速度。0 就是普通 SGD；0.9 是常用值。",
        "How much of the previous velocity each step keeps. 0 is plain SGD; 0.9 is the usual choice.",
    ),
    f"{P}.opt.sgd": _s("SGD（梯度下降）", "SGD (gradient descent)"),
    f"{P}.opt.momentum": _s("动量", "Momentum"),
    f"{P}.opt.adam": _s("Adam", "Adam"),
    f"{P}.opt.sgd.how": _s("w ← w − lr·g，和课程里的公式一样。", "w ← w − lr·g, the course's rule."),
    f"{P}.opt.momentum.how": _s(
        "v ← β·v − lr·g，w ← w + v：方向一致时越走越快。",
        "v ← β·v − lr·g, w ← w + v: it speeds up while the direction stays the same.",
    ),
    f"{P}.opt.adam.how": _s(
        "用梯度的平均值除以梯度大小的均方根：每个权重的步长都差不多是 lr。",
        "Divides the average gradient by its root-mean-square size: every weight steps about lr.",
    ),
    f"{P}.final_loss_of": _s("{name}：最后的损失", "{name}: final loss"),
    f"{P}.opts.overflow_note": _s(
        "有的优化器数字溢出了，它的损失曲线在那一步结束。",
        "An optimizer overflowed; its loss curve ends at that step.",
    ),
    f"{P}.optimizers.notes": _s(
        "在狭长山谷里，SGD 沿谷底爬得很慢，动量冲得快但会绕过头，Adam 每步只走约 lr 那么远。换到“两个谷”，"
        "学习率 0.01：动量能冲过小山丘，滚进更深的左边那个谷。",
        "In the ravine SGD crawls along the floor, momentum rushes but overshoots, Adam steps about lr each "
        "time. On “two valleys” with lr 0.01, momentum rolls over the hump into the deeper left valley.",
    ),
    # ---- the end of the page
    f"{P}.recap": _s(
        "- 斜率 = 升高 ÷ 前进；它的符号告诉你哪边是上坡，所以权重朝斜率符号的反方向走。\n"
        "- 更新规则：W新 = W − 学习率 × 斜率，例如 0.38 − 0.01 × (−0.55) = 0.3855。学习率是训练前定好的超参数。\n"
        "- 一遍遍重复这条规则，W 会停在起点脚下的坡通向的那个谷底，不一定是最近的，也不一定是最深的。",
        "- Slope = rise ÷ run; its sign says which way is uphill, so a weight moves against the sign of its slope.\n"
        "- The update rule: W_new = W − learning rate × slope, e.g. 0.38 − 0.01 × (−0.55) = 0.3855. The "
        "learning rate is a hyperparameter, set before training.\n"
        "- Repeating the rule, W stops at the bottom of the valley its start slopes down into: not always the "
        "nearest one, nor the deepest.",
    ),
    # ---- formula errors: {col} is the 1-based column
    f"{P}.ferr.empty": _s(
        "公式是空的：请写一个含 w 的式子，例如 w**2。",
        "The formula is empty: type an expression of w, e.g. w**2.",
    ),
    f"{P}.ferr.too_long": _s(
        "公式太长了（{length} 个字符），最多 {limit} 个。",
        "The formula is too long ({length} characters); the limit is {limit}.",
    ),
    f"{P}.ferr.char": _s(
        "第 {col} 列有一个不能用的字符（{char}）。",
        "Column {col} holds a character that cannot be used ({char}).",
    ),
    f"{P}.ferr.syntax": _s(
        "第 {col} 列附近写法不对：检查括号是否成对、运算符之间是否缺了数或 w。",
        "Something is wrong near column {col}: check that brackets pair up and that no number or w is missing "
        "between operators.",
    ),
    f"{P}.ferr.implicit_mul": _s(
        "第 {col} 列缺一个乘号：写 `2*w`，不要写 `2w`；写 `(w+1)*(w-1)`。",
        "A multiplication sign is missing at column {col}: write `2*w`, not `2w`; write `(w+1)*(w-1)`.",
    ),
    f"{P}.ferr.name": _s(
        "第 {col} 列的 “{name}” 不认识：权重只能写成 w，常数只有 pi 和 e。",
        "“{name}” at column {col} is unknown: the weight is written w, and the only constants are pi and e.",
    ),
    f"{P}.ferr.function": _s(
        "第 {col} 列的函数 “{name}” 不能用。可用的函数：sin cos tan exp log sqrt abs tanh。",
        "The function “{name}” at column {col} is not allowed. Allowed: sin cos tan exp log sqrt abs tanh.",
    ),
    f"{P}.ferr.call_form": _s(
        "第 {col} 列的 {name} 要写成 {name}(…)，括号里正好一个式子。",
        "{name} at column {col} must be written {name}(…) with exactly one expression in the brackets.",
    ),
    f"{P}.ferr.attribute": _s(
        "第 {col} 列用了点号（.{name}）：公式里不能访问属性。小数请写成 0.5 这样。",
        "Column {col} uses a dot (.{name}): attribute access is not allowed in a formula. Write decimals like 0.5.",
    ),
    f"{P}.ferr.lambda": _s(
        "第 {col} 列的 lambda 不能用：这里只要一个关于 w 的式子。",
        "lambda at column {col} is not allowed: only an expression of w is.",
    ),
    f"{P}.ferr.comprehension": _s(
        "第 {col} 列的 for 循环写法（推导式）不能用：这里只要一个关于 w 的式子。",
        "The for-loop form (a comprehension) at column {col} is not allowed: only an expression of w is.",
    ),
    f"{P}.ferr.operator": _s(
        "第 {col} 列的运算符 `{op}` 不能用：只能用 `+ - * /` 和 `**`（或 `^`）。",
        "The operator `{op}` at column {col} is not allowed: use only `+ - * /` and `**` (or `^`).",
    ),
    f"{P}.ferr.construct": _s(
        "第 {col} 列的 `{snippet}` 不能出现在公式里：只能用数字、w、pi、e、运算符和列出的函数。",
        "`{snippet}` at column {col} cannot appear in a formula: only numbers, w, pi, e, operators and the "
        "listed functions can.",
    ),
    f"{P}.ferr.exponent": _s(
        "第 {col} 列的指数太大：乘方的指数最多是 ±{limit}。",
        "The exponent at column {col} is too big: a power may be at most ±{limit}.",
    ),
    f"{P}.ferr.constant": _s(
        "第 {col} 列的数太大：每个数最多 {limit}。",
        "The number at column {col} is too big: each number may be at most {limit}.",
    ),
    f"{P}.ferr.too_deep": _s(
        "括号或函数嵌套得太深了，请写得简单一些。",
        "Brackets or functions are nested too deeply; please simplify.",
    ),
    f"{P}.ferr.no_w": _s(
        "公式里没有 w：那样曲线是一条水平线，梯度下降一步也不会动。",
        "The formula has no w in it: the curve would be flat and gradient descent would never move.",
    ),
    f"{P}.ferr.no_finite": _s(
        "在 w = {lo} 到 {hi} 之间，这个公式一个数都算不出来（例如负数取 log）。",
        "Between w = {lo} and {hi} this formula gives no number at all (e.g. log of a negative number).",
    ),
    f"{P}.ferr.undefined_start": _s(
        "这个公式在起点 w = {w} 处没有定义（比如 log 或开平方遇到了负数，或者除以 0），所以算不出损失和斜率。"
        "它在 w = {a} 到 {b} 之间有定义：请把起点移到这一段里。",
        "This formula is not defined at the start w = {w} (a log or square root of a negative number, "
        "or a division by 0), so there is no loss and no slope there. It is defined from w = {a} to {b}: "
        "move the start into that range.",
    ),
}
