"""Live training page (course 02-06, 02-07): the loop, the data, the settings, the live curves."""

TEXT = {
    # --- step: the loop -------------------------------------------------------------------
    "training.loop.header": {"zh": "训练闭环", "en": "The training loop"},
    "training.loop.intro": {
        "zh": "前面几页的零件在这里拼成一个圈：图片进入网络，得到预测 y′；"
        "[[loss_function]]拿 y′ 和真实标签 y 比较；[[backpropagation]]算出损失对每个[[weight]]的[[gradient]]；"
        "[[optimizer]]把权重朝减小损失的方向挪一小步。然后换下一批图片，再转一圈。",
        "en": "The parts from the earlier pages join into one circle: an image goes into the network, "
        "which answers y′; the [[loss_function]] compares y′ with the true label y; "
        "[[backpropagation]] finds the [[gradient]] of the loss for every [[weight]]; "
        "the [[optimizer]] moves the weights a small step towards a lower loss. Then the next batch goes round.",
    },
    "training.loop.node.image": {"zh": "图片 x", "en": "image x"},
    "training.loop.node.network": {"zh": "网络（权重 W）", "en": "network (weights W)"},
    "training.loop.node.y_pred": {"zh": "预测 y′", "en": "prediction y′"},
    "training.loop.node.loss": {"zh": "损失 L(y, y′)", "en": "loss L(y, y′)"},
    "training.loop.node.y_true": {"zh": "真实标签 y", "en": "true label y"},
    "training.loop.node.gradient": {"zh": "梯度 ∂L/∂W", "en": "gradient ∂L/∂W"},
    "training.loop.node.update.sgd": {"zh": "更新 W ← W − lr·梯度", "en": "update W ← W − lr·gradient"},
    "training.loop.node.update.momentum": {
        "zh": "更新 v ← 0.9v + 梯度，W ← W − lr·v",
        "en": "update v ← 0.9v + gradient, W ← W − lr·v",
    },
    "training.loop.node.update.adam": {
        "zh": "更新 W ← W − lr·（调整过的梯度）",
        "en": "update W ← W − lr·(adjusted gradient)",
    },
    "training.loop.optimizer.sgd": {
        "zh": "图中的更新就是梯度下降页学过的那一步：W − lr × 斜率，每个[[weight]]都一样。你现在选的优化器 SGD 正是这样做的。",
        "en": "The update in the picture is the step from the gradient-descent page: W − lr × slope, for every [[weight]]. "
        "The optimizer you chose, SGD, does exactly this.",
    },
    "training.loop.optimizer.momentum": {
        "zh": "SGD + 动量用的还是同一个梯度，只是把最近几步的梯度累积成一个速度 v（每步保留 90%），"
        "再按 W − lr × v 更新：方向一致时越走越快，来回摆动时互相抵消。只保留当前梯度（v = 梯度）就是普通的 W − lr × 斜率。",
        "en": "SGD with momentum uses the same gradient, but adds up the recent gradients into a velocity v (keeping 90 % each step) "
        "and updates W − lr × v: steady directions speed up, back-and-forth swings cancel out. Keep only the current gradient "
        "(v = gradient) and it is the plain W − lr × slope.",
    },
    "training.loop.optimizer.adam": {
        "zh": "默认的优化器是 Adam。它的核心仍是梯度下降页的 W − lr × 斜率，但每个权重的步长各不相同："
        "Adam 记住每个权重最近的梯度，把梯度除以它们典型的大小（并带一点动量），所以陡的方向不会跨太大，平的方向也不会停滞。"
        "想看最原始的一步，把优化器换成 SGD，图里的更新就是 W ← W − lr·梯度。",
        "en": "The default optimizer is Adam. At heart it is still the gradient-descent page's W − lr × slope, but each weight gets "
        "its own step: Adam remembers each weight's recent gradients and divides the gradient by their typical size (with some "
        "momentum), so steep directions do not overshoot and flat ones do not stall. To see the plain step, choose SGD: "
        "the update then reads W ← W − lr·gradient.",
    },
    "training.loop.caption.idle": {
        "zh": "按下“训练”后，这张图会标出循环正在做什么。",
        "en": "Once you press Train, this picture marks what the loop is doing.",
    },
    "training.loop.caption.train": {
        "zh": "第 {epoch} 个周期，第 {i}/{m} 次迭代：每次迭代都把整个圈走一遍",
        "en": "Epoch {epoch}, iteration {i}/{m}: every iteration goes all the way round",
    },
    "training.loop.caption.validate": {
        "zh": "第 {epoch} 个周期结束：在验证集上只算预测和损失，不更新权重",
        "en": "End of epoch {epoch}: on the validation set only predictions and loss, no weight update",
    },
    "training.loop.caption.waiting": {"zh": "准备中……", "en": "Getting ready…"},
    "training.loop.notes": {
        "zh": "这是课程中最重要的一张图（02-06）。指着每个箭头讲一遍：前向得到 y′，和 y 比得到损失，"
        "反向传播得到梯度，权重更新。y 和 y′ 都是长度为 3 的向量。",
        "en": "The course calls this its most important picture (02-06). Walk along each arrow: forward to y′, "
        "compare with y to get the loss, backpropagation gives the gradient, the weights are updated. "
        "y and y′ are both vectors of length 3.",
    },
    "training.loop.question": {
        "zh": "网络的输入只有图片。那么真实标签 y 在圈里的哪一步才用到？",
        "en": "The network only takes the image as input. At which point of the loop is the true label y used?",
    },
    "training.loop.answer": {
        "zh": "只在计算损失时用到：损失函数把 y 和网络的预测 y′ 放在一起比较。",
        "en": "Only when the loss is computed: the loss function compares y with the network's prediction y′.",
    },
    # --- step: the data -------------------------------------------------------------------
    "training.data.header": {"zh": "带标签的训练数据", "en": "Labelled training data"},
    "training.data.intro": {
        "zh": "[[supervised_learning]]需要[[training_data]]：每张图片都配有它的[[label]]。选一个[[dataset]]：",
        "en": "[[supervised_learning]] needs [[training_data]]: every image comes with its [[label]]. Pick a [[dataset]]:",
    },
    "training.data.choice": {"zh": "数据集", "en": "Dataset"},
    "training.dataset.doodles": {"zh": "涂鸦宠物（内置，离线）", "en": "Doodle pets (built in, offline)"},
    "training.dataset.mnist": {"zh": "MNIST 手写数字", "en": "MNIST handwritten digits"},
    "training.dataset.fashion_mnist": {"zh": "Fashion-MNIST 服饰", "en": "Fashion-MNIST clothing"},
    "training.dataset.cifar_pets": {
        "zh": "CIFAR-10 照片：猫 / 狗 / 其他",
        "en": "CIFAR-10 photos: cat / dog / other",
    },
    "training.data.about.doodles": {
        "zh": "程序当场画出的卡通猫、狗和其他东西，64×64 彩色。不用下载，马上可用。",
        "en": "Cartoon cats, dogs and other things drawn on the spot, 64×64 in colour. Nothing to download.",
    },
    "training.data.about.mnist": {
        "zh": "28×28 的手写数字 0–9（灰度，这里复制成 3 个通道）。10 个类别。",
        "en": "28×28 handwritten digits 0–9 (grey, copied into 3 channels here). 10 classes.",
    },
    "training.data.about.fashion_mnist": {
        "zh": "28×28 的衣服、鞋和包的灰度照片。10 个类别。",
        "en": "28×28 grey photos of clothes, shoes and bags. 10 classes.",
    },
    "training.data.about.cifar_pets": {
        "zh": "32×32 的小彩色照片。CIFAR-10 的 10 类被重新分成课程里的三类：猫、狗、其他，每类张数相同。",
        "en": "Small 32×32 colour photos. CIFAR-10's 10 classes are regrouped into the course's three: "
        "cat, dog and other, with the same number of images in each.",
    },
    "training.data.loading": {"zh": "正在准备图片……", "en": "Preparing the images…"},
    "training.data.downloading": {
        "zh": "第一次使用要下载这个数据集，之后会留在本机……",
        "en": "Downloading this dataset the first time; it is kept on this computer afterwards…",
    },
    "training.data.unavailable": {
        "zh": "无法下载 {name}：真实数据集在第一次使用时需要联网下载一次，之后就能离线使用。"
        "现在改用内置的涂鸦宠物，其他一切照常。",
        "en": "{name} could not be downloaded: the real datasets need one download, the first time they are used, "
        "and work offline after that. The built-in doodle pets are used instead; everything else works as usual.",
    },
    "training.data.samples": {
        "zh": "训练集里的几张图片和它们的标签",
        "en": "A few training images and their labels",
    },
    "training.data.classmap": {
        "zh": "[[class_map]]：每个类别的整数标签和[[one_hot]]",
        "en": "The [[class_map]]: each class's integer label and its [[one_hot]]",
    },
    "training.data.col.index": {"zh": "整数标签", "en": "Integer label"},
    "training.data.col.class": {"zh": "类别", "en": "Class"},
    "training.data.col.onehot": {"zh": "独热向量", "en": "One-hot vector"},
    "training.data.col.count": {"zh": "训练图片数", "en": "Training images"},
    "training.data.counts": {
        "zh": "共 {n} 张图片用于训练和验证，另有 {n_test} 张测试图片留给推理页。",
        "en": "{n} images for training and validation, and {n_test} more test images kept for the inference page.",
    },
    "training.data.notes": {
        "zh": "强调：标签在进网络之前就被编码成数字；类别顺序一旦定下，整个数据集都要用同一个顺序。",
        "en": "Point out that labels are turned into numbers before anything reaches the network, "
        "and the class order, once chosen, is the same for the whole dataset.",
    },
    "training.class.tshirt": {"zh": "T 恤", "en": "T-shirt"},
    "training.class.trouser": {"zh": "裤子", "en": "trouser"},
    "training.class.pullover": {"zh": "套头衫", "en": "pullover"},
    "training.class.dress": {"zh": "连衣裙", "en": "dress"},
    "training.class.coat": {"zh": "外套", "en": "coat"},
    "training.class.sandal": {"zh": "凉鞋", "en": "sandal"},
    "training.class.shirt": {"zh": "衬衫", "en": "shirt"},
    "training.class.sneaker": {"zh": "运动鞋", "en": "sneaker"},
    "training.class.bag": {"zh": "包", "en": "bag"},
    "training.class.boot": {"zh": "短靴", "en": "ankle boot"},
    # --- step: the settings ---------------------------------------------------------------
    "training.settings.header": {"zh": "训练前要定下的设置", "en": "Settings to choose before training"},
    "training.settings.intro": {
        "zh": "这些都是[[hyperparameter]]：由你在训练前决定，网络自己不会学它们。",
        "en": "Each of these is a [[hyperparameter]]: you choose it before training, and the network never learns it.",
    },
    "training.settings.model": {"zh": "模型", "en": "Model"},
    "training.model.cnn": {"zh": "小型卷积网络（CNN）", "en": "Small convolutional network (CNN)"},
    "training.model.dense": {"zh": "全连接网络（一个隐藏层）", "en": "Dense network (one hidden layer)"},
    "training.settings.hidden": {"zh": "隐藏层的神经元个数", "en": "Hidden units"},
    "training.settings.hidden.help": {
        "zh": "最后一个隐藏层有多少个神经元。越多，可调的权重越多。",
        "en": "How many neurons the last hidden layer has. More means more weights to tune.",
    },
    "training.settings.optimizer": {"zh": "[[optimizer]]", "en": "[[optimizer]]"},
    "training.optimizer.sgd": {"zh": "SGD（随机梯度下降）", "en": "SGD (stochastic gradient descent)"},
    "training.optimizer.momentum": {"zh": "SGD + 动量 0.9", "en": "SGD with momentum 0.9"},
    "training.optimizer.adam": {"zh": "Adam", "en": "Adam"},
    "training.settings.lr": {"zh": "[[learning_rate]]（对数刻度）", "en": "[[learning_rate]] (log scale)"},
    "training.settings.lr.help": {
        "zh": "每次更新挪多大一步。太大会发散，太小学得很慢。Adam 常用 0.001，普通 SGD 常用 0.01–0.1。",
        "en": "How big each update step is. Too big diverges, too small crawls. Adam usually takes 0.001, plain SGD 0.01–0.1.",
    },
    "training.settings.batch": {"zh": "[[batch_size]]", "en": "[[batch_size]]"},
    "training.settings.batch.help": {
        "zh": "每次迭代用多少张图片来算一次损失并更新一次权重（1 到 512）。",
        "en": "How many images one iteration uses to compute the loss and update the weights once (1 to 512).",
    },
    "training.settings.epochs": {"zh": "[[epoch]]数", "en": "How many passes: [[epoch]] count"},
    "training.settings.val": {"zh": "留作[[validation]]的比例", "en": "Share kept for the [[validation]]"},
    "training.settings.val.help": {
        "zh": "这部分图片不参与训练，只用来检查模型在没见过的图片上表现如何。",
        "en": "These images are never trained on; they only check how the model does on images it has not seen.",
    },
    "training.settings.n": {
        "zh": "图片数量（训练 + 验证）",
        "en": "Number of images (training + validation)",
    },
    "training.settings.seed": {"zh": "随机种子", "en": "Random seed"},
    "training.settings.seed.help": {
        "zh": "决定抽到哪些图片和初始权重。换一个数，得到另一次起点。",
        "en": "Picks the images and the starting weights. Another number gives another starting point.",
    },
    "training.settings.loss": {"zh": "[[loss_function]]", "en": "[[loss_function]]"},
    "training.loss.cross_entropy": {"zh": "交叉熵", "en": "Cross-entropy"},
    "training.loss.squared_error": {
        "zh": "课程里的平方误差（MSE = SSE 的平均）",
        "en": "The course's squared error (MSE = mean of SSE)",
    },
    "training.settings.arithmetic": {
        "zh": "**每个周期的[[iteration]]次数** = ⌈训练图片数 ÷ 批量大小⌉ = ⌈{n} ÷ {b}⌉ = **{m}**",
        "en": "**[[iteration]] count per epoch** = ⌈training images ÷ batch size⌉ = ⌈{n} ÷ {b}⌉ = **{m}**",
    },
    "training.settings.split": {
        "zh": "{total} 张图片 = {n} 张训练 + {v} 张验证。",
        "en": "{total} images = {n} for training + {v} for validation.",
    },
    "training.settings.last_batch": {
        "zh": "最后一批不满：只有 {r} 张图片。",
        "en": "The last batch is not full: it holds only {r} images.",
    },
    "training.settings.total": {
        "zh": "{epochs} 个周期 × {m} 次迭代 = 共 {total} 次权重更新。",
        "en": "{epochs} epochs × {m} iterations = {total} weight updates in all.",
    },
    "training.settings.locked": {
        "zh": "训练进行中，设置已锁定。停止或等它结束后再修改。",
        "en": "Settings are locked while training runs. Stop it or let it finish to change them.",
    },
    "training.settings.notes": {
        "zh": "先让学生算一下迭代次数再开始训练；训练时页面上的计数器会给出同一个数。",
        "en": "Have the class work out the iteration count before training; the live counter will show the same number.",
    },
    "training.settings.question": {
        "zh": "2400 张训练图片，批量大小 32。一个周期有多少次迭代？批量大小改成 100 呢？",
        "en": "2400 training images, batch size 32. How many iterations in one epoch? And with batch size 100?",
    },
    "training.settings.answer": {
        "zh": "2400 ÷ 32 = 75 次。批量 100 时是 2400 ÷ 100 = 24 次。除不尽时向上取整：最后一批小一些。",
        "en": "2400 ÷ 32 = 75. With 100 it is 2400 ÷ 100 = 24. When it does not divide evenly, round up: the last batch is smaller.",
    },
    # --- step: live training --------------------------------------------------------------
    "training.live.header": {"zh": "现场训练", "en": "Train it live"},
    "training.live.intro": {
        "zh": "按下按钮，一个真正的 Keras 模型就在服务器上开始训练。曲线每秒刷新两次（看别人开始的同一次训练时每秒一次）。",
        "en": "Press the button and a real Keras model starts training on the server. The curves refresh twice a second "
        "(once a second while you watch a run another learner started).",
    },
    "training.train": {"zh": "训练", "en": "Train"},
    "training.stop": {"zh": "停止", "en": "Stop"},
    "training.status.idle": {
        "zh": "还没有训练。按下“训练”，这里就换成你自己的这次训练。",
        "en": "Nothing trained yet. Press Train and your own run replaces this one.",
    },
    "training.status.waiting": {
        "zh": "排队中：你排第 {pos} 位；你前面有 {running} 个正在训练的任务、{waiting} 个在等待。轮到你时会自动开始。已等 {secs}",
        "en": "Waiting in line. Your place: {pos}; ahead of you: {running} run(s) training, {waiting} waiting. "
        "Yours starts by itself. Waiting for {secs}",
    },
    "training.status.starting": {"zh": "准备中……已用 {secs}", "en": "Getting ready… {secs}"},
    "training.status.worker": {
        "zh": "准备中：正在启动训练进程（加载 TensorFlow）……已用 {secs}",
        "en": "Getting ready: starting the training process (loading TensorFlow)… {secs}",
    },
    "training.status.compile": {
        "zh": "准备中：正在搭建模型、编译它的训练步骤……已用 {secs}",
        "en": "Getting ready: building the model and compiling its training step… {secs}",
    },
    "training.status.train": {
        "zh": "训练中：第 {epoch} 个周期，共 {epochs} 个",
        "en": "Training: epoch {epoch} of {epochs}",
    },
    "training.status.validate": {
        "zh": "第 {epoch} 个周期（共 {epochs} 个）：在验证图片上检查",
        "en": "Epoch {epoch} of {epochs}: checking on the validation images",
    },
    "training.status.finished": {
        "zh": "训练完成：{epochs} 个周期，{iters} 次迭代，用时 {secs} 秒。去推理页试试这个模型吧。",
        "en": "Training finished: {epochs} epochs, {iters} iterations in {secs} s. Try the model on the inference page.",
    },
    "training.status.stopped": {
        "zh": "已在第 {iters} 次迭代后停止。训练到这一步的模型已保存，可以在推理页使用。",
        "en": "Stopped after iteration {iters}. The model as trained so far is kept and can be used on the inference page.",
    },
    "training.status.stopped_empty": {
        "zh": "在第一次迭代之前就停止了：什么都没有训练，所以没有模型。",
        "en": "Stopped before the first iteration: nothing was trained, so there is no model.",
    },
    "training.status.left_queue": {
        "zh": "你在轮到之前离开了队伍：什么都没有训练，所以没有模型。再按“训练”可以重新排队。",
        "en": "You left the line before your run started: nothing was trained, so there is no model. "
        "Press Train to queue again.",
    },
    "training.status.left_run": {
        "zh": "你不再观看这次训练了。它仍在为另外 {n} 位同学继续；用同样的设置再按“训练”就能重新加入。",
        "en": "You stopped watching. The run goes on for the {n} other learner(s) watching it; "
        "press Train with the same settings to rejoin it.",
    },
    "training.status.left": {
        "zh": "这次训练在第 {iters} 次迭代后停止了，因为已经没有人在看它。训练到这一步的模型已保存。",
        "en": "This run stopped after iteration {iters} because nobody was watching it any more. "
        "The model as trained so far is kept.",
    },
    "training.status.yield": {
        "zh": "这是一次长时间训练。它占用训练位置 {secs} 秒后，有同学在排队，于是把位置让了出来（第 {iters} 次迭代后）。训练到这一步的模型已保存。",
        "en": "This long run gave its training slot to a learner who was waiting, after {secs} s "
        "(at iteration {iters}). The model as trained so far is kept.",
    },
    "training.mode.join": {
        "zh": "你加入了一次别的同学 {ago} 秒前开始的训练：数据、设置和随机种子都一样，所以就是同一个计算，结果也相同。"
        "先显示它已经记录的部分，接着实时继续。正在看的人数：{n}。",
        "en": "You joined a run another learner started {ago} s before you: the same data, settings and seed, so it is "
        "the same computation with the same result. What it recorded so far is shown, then it goes on live. "
        "Watching it now: {n}.",
    },
    "training.mode.replay": {
        "zh": "重放：这是一次完全相同的训练（同样的数据、设置、随机种子和代码），{when} 在这台服务器上训练完成。"
        "这里按它当时的速度重新播放，不会再训练一遍。",
        "en": "Replay of an identical run (same data, settings, seed and code) that finished on this server at {when}, "
        "played at its recorded pace. Nothing is trained again.",
    },
    "training.mode.restore": {
        "zh": "这次训练来自链接（?run=…），从服务器的记录中恢复。",
        "en": "This run comes from the link (?run=…), restored from the server's records.",
    },
    "training.mode.missing": {
        "zh": "链接里的那次训练在这台服务器上已经找不到了（可能太旧已被清理，或来自另一台服务器）。用同样的设置再训练一次即可。",
        "en": "The run in the link is no longer on this server (it may be too old and cleared, or come from another server). "
        "Train again with the same settings.",
    },
    "training.fresh": {"zh": "换一个随机种子，重新训练一份", "en": "Train a fresh copy with another seed"},
    "training.skip": {"zh": "跳到结尾", "en": "Skip to end"},
    "training.cost": {
        "zh": "在这台服务器上大约需要 {secs} 秒：{epochs} 个周期 × {m} 次迭代，按本机测得的这种模型的速度估算{refined}。",
        "en": "On this server this takes about {secs} s: {epochs} epochs × {m} iterations, at this machine's measured "
        "speed for this model{refined}.",
    },
    "training.cost.refined": {
        "zh": "（已用本机最近 {n} 次完成的训练校准）",
        "en": " (calibrated by {n} finished run(s) on this machine)",
    },
    "training.cost.long": {
        "zh": "这是一次长时间训练：超过了有人等待时一次训练最多能占用的 {limit} 秒。它只在没有别人训练或排队时开始；"
        "如果它跑满 {limit} 秒后有人来排队，就会停下让位，已训练的模型会保留。",
        "en": "This is a long run: over the {limit} s one run may hold the training slot while others wait. It starts only "
        "when nobody else is training or waiting, and if someone arrives after it has run {limit} s it stops and gives "
        "its slot up, keeping the model trained so far.",
    },
    "training.refused": {
        "zh": "现在不能开始：这次训练大约需要 {secs} 秒，超过了有人训练或排队时一次训练最多能占用的 {limit} 秒"
        "（现在有 {running} 个在训练、{waiting} 个在排队）。",
        "en": "Not now: this run would take about {secs} s, longer than the {limit} s one run may hold the training slot "
        "while others train or wait ({running} training, {waiting} waiting right now).",
    },
    "training.refused.cheaper": {
        "zh": "更省时的设置：{change}，大约 {secs} 秒。也可以等服务器空闲时再训练原来的设置。",
        "en": "A cheaper version: {change}, about {secs} s. Or train these settings when the server is free.",
    },
    "training.refused.none": {
        "zh": "请减少周期数或图片数，或者等服务器空闲时再试。",
        "en": "Use fewer epochs or fewer images, or try again when the server is free.",
    },
    "training.refused.apply": {"zh": "使用更省时的设置", "en": "Use the cheaper settings"},
    "training.change.epochs": {"zh": "{v} 个周期", "en": "{v} epochs"},
    "training.change.n_images": {"zh": "{v} 张图片", "en": "{v} images"},
    "training.change.batch_size": {"zh": "批量大小 {v}", "en": "batch size {v}"},
    "training.metric.eta_estimate": {"zh": "约 {s} 秒", "en": "≈ {s} s"},
    "training.metric.eta.help": {
        "zh": "先按本机测得的速度估计；第一个周期开始后，就按这次训练自己测得的速度计算。",
        "en": "First an estimate from this machine's measured speed; once this run is under way, "
        "from its own measured speed.",
    },
    "training.reference": {
        "zh": "下面是一次**录制好的**训练，用的是默认设置（{when} 在 {machine} 上录制），不是现在正在进行的训练。"
        "损失下降得越来越慢，准确率逐步上升。按下“训练”，你自己的这次训练就会替换它。",
        "en": "Below is a **recorded** run of the default settings (recorded on {machine}, {when}), not one happening now. "
        "The loss falls ever more slowly while the accuracy rises. Press Train and your own run replaces it.",
    },
    "training.reference.missing": {
        "zh": "（这里本该显示一次录制好的默认训练，但录制文件不在。）",
        "en": "(A recorded run of the default settings would be shown here, but its file is missing.)",
    },
    "training.watchers": {"zh": "正在看这次训练的人数：{n}", "en": "Learners watching this run: {n}"},
    # --- step: the class board ------------------------------------------------------------
    "training.board.header": {"zh": "全班的训练榜", "en": "The class board"},
    "training.board.intro": {
        "zh": "这台服务器上每一次完成的训练（匿名）：横轴是[[learning_rate]]（对数刻度），纵轴是最后的验证准确率。"
        "颜色和形状都表示优化器；空心记号是发散的训练；带圈的是你自己的。看看哪些学习率有效，哪些发散了。",
        "en": "Every finished run on this server (anonymous): the [[learning_rate]] across (log scale), the final validation "
        "accuracy up. Colour and shape both show the optimizer; hollow marks are runs that diverged; ringed ones are yours. "
        "Which learning rates worked, and which diverged?",
    },
    "training.board.empty": {
        "zh": "还没有完成的训练。第一次训练完成后，它就会出现在这里。",
        "en": "No finished runs yet. The first one appears here as soon as it ends.",
    },
    "training.board.x": {"zh": "学习率（对数刻度）", "en": "Learning rate (log scale)"},
    "training.board.y": {"zh": "最后的验证准确率", "en": "Final validation accuracy"},
    "training.board.yours": {"zh": "你的训练", "en": "your runs"},
    "training.board.diverged": {"zh": "发散", "en": "diverged"},
    "training.board.count": {"zh": "共 {n} 次训练。", "en": "Runs on the board: {n}."},
    "training.board.legend.diverged": {"zh": "发散（空心，画在 0%）", "en": "diverged (hollow, at 0%)"},
    "training.board.alt": {
        "zh": "全班的训练榜：每次完成的训练是一个点，横轴是学习率（对数刻度），纵轴是最后的验证准确率，"
        "每种优化器一种颜色和形状。共 {n} 次训练，其中 {diverged} 次发散（空心记号，画在 0%），{own} 次是你的（带圈）。",
        "en": "The class board: every finished run is a point, its learning rate across (log scale) and its final "
        "validation accuracy up, one colour and shape per optimizer. Runs: {n}; diverged: {diverged} (hollow marks "
        "at 0%); yours: {own} (ringed).",
    },
    "training.board.alt_best": {
        "zh": "准确率最高的一次用的是 {opt}，学习率 {lr}，验证准确率 {acc}。",
        "en": " The best run reached {acc} with {opt} at learning rate {lr}.",
    },
    "training.board.optimizer.sgd": {"zh": "SGD", "en": "SGD"},
    "training.board.optimizer.momentum": {"zh": "SGD + 动量", "en": "SGD + momentum"},
    "training.board.optimizer.adam": {"zh": "Adam", "en": "Adam"},
    "training.board.model.cnn": {"zh": "卷积网络", "en": "CNN"},
    "training.board.model.dense": {"zh": "全连接", "en": "Dense"},
    "training.board.data.doodles": {"zh": "涂鸦", "en": "Doodles"},
    "training.board.data.mnist": {"zh": "MNIST", "en": "MNIST"},
    "training.board.data.fashion_mnist": {"zh": "Fashion-MNIST", "en": "Fashion-MNIST"},
    "training.board.data.cifar_pets": {"zh": "CIFAR-10", "en": "CIFAR-10"},
    "training.board.loss.cross_entropy": {"zh": "交叉熵", "en": "Cross-entropy"},
    "training.board.loss.squared_error": {"zh": "平方误差", "en": "Squared error"},
    "training.board.col.lr": {"zh": "学习率", "en": "Learning rate"},
    "training.board.col.optimizer": {"zh": "优化器", "en": "Optimizer"},
    "training.board.col.model": {"zh": "模型", "en": "Model"},
    "training.board.col.data": {"zh": "数据集", "en": "Dataset"},
    "training.board.col.images": {"zh": "图片数", "en": "Images"},
    "training.board.col.batch": {"zh": "批量", "en": "Batch"},
    "training.board.col.epochs": {"zh": "周期", "en": "Epochs"},
    "training.board.col.loss": {"zh": "损失函数", "en": "Loss"},
    "training.board.col.val": {"zh": "验证准确率", "en": "Validation accuracy"},
    "training.board.col.yours": {"zh": "你的", "en": "Yours"},
    "training.board.notes": {
        "zh": "让全班各试一个学习率（例如 0.0001 到 1），训练完再一起看这张图：太小学得慢，太大就发散。",
        "en": "Have the class each try one learning rate (say 0.0001 to 1), then look at this chart together: "
        "too small crawls, too large diverges.",
    },
    "training.status.diverged": {
        "zh": "训练发散了：损失变成了无穷大（或暴涨），于是停了下来。学习率太大，每一步都跨过了谷底。"
        "把学习率调小（例如除以 10）再试一次。",
        "en": "Training diverged: the loss became infinite (or exploded), so it was stopped. The learning rate is too large: "
        "every step jumps across the valley. Make it smaller (say, divide it by 10) and try again.",
    },
    "training.status.error": {
        "zh": "训练出错停止了，页面的其他部分仍可使用。可以换一组设置再试。",
        "en": "Training stopped with an error; the rest of the page still works. Try again, perhaps with other settings.",
    },
    "training.status.not_learning": {
        "zh": "损失几乎没有下降。可以试试更小的学习率、换用交叉熵，或多训练几个周期。",
        "en": "The loss hardly went down. Try a smaller learning rate, cross-entropy, or a few more epochs.",
    },
    "training.metric.epoch": {"zh": "周期", "en": "Epoch"},
    "training.metric.iteration": {"zh": "迭代", "en": "Iteration"},
    "training.metric.elapsed": {"zh": "已用时间", "en": "Elapsed"},
    "training.metric.eta": {"zh": "预计剩余", "en": "Time left"},
    "training.metric.speed": {"zh": "每秒图片数", "en": "Images per second"},
    "training.metric.seconds": {"zh": "{s} 秒", "en": "{s} s"},
    "training.chart.iter_title": {"zh": "每次迭代", "en": "Per iteration"},
    "training.chart.epoch_title": {"zh": "每个周期", "en": "Per epoch"},
    "training.chart.iteration": {"zh": "迭代次数", "en": "Iteration"},
    "training.chart.epoch": {"zh": "周期", "en": "Epoch"},
    "training.chart.loss": {"zh": "损失", "en": "Loss"},
    "training.chart.accuracy": {"zh": "准确率", "en": "Accuracy"},
    "training.chart.batch": {"zh": "这一批", "en": "this batch"},
    "training.chart.train": {"zh": "训练集", "en": "training"},
    "training.chart.val": {"zh": "验证集", "en": "validation"},
    "training.chart.latest": {"zh": "{name}（最新：{v}）", "en": "{name} (latest: {v})"},
    "training.chart.metric.loss": {"zh": "损失", "en": "loss"},
    "training.chart.metric.accuracy": {"zh": "准确率", "en": "accuracy"},
    "training.chart.iter_alt": {
        "zh": "一条浅色折线：每次迭代时这一批图片的{metric}（共 {total} 次迭代，已画出 {n} 次）；最新一批的{metric}是 {last}。",
        "en": "A faint line: the {metric} on each batch, iteration by iteration ({n} of {total} iterations); "
        "the latest batch's {metric} is {last}.",
    },
    "training.chart.epoch_alt": {
        "zh": "每个周期结束时在训练集上的{metric}，画成一条带圆点的实线（共 {epochs} 个周期，已完成 {n} 个）；最新的值是 {train}。",
        "en": "The {metric} on the training set after each epoch, a solid line with a dot per epoch ({n} of "
        "{epochs} epochs); the latest is {train}.",
    },
    "training.chart.epoch_alt_val": {
        "zh": "每个周期结束时的{metric}（共 {epochs} 个周期，已完成 {n} 个）：训练集是实线，最新为 {train}；"
        "验证集是虚线，最新为 {val}。",
        "en": "The {metric} after each epoch ({n} of {epochs} epochs): on the training set a solid line, "
        "latest {train}; on the validation set a dashed line, latest {val}.",
    },
    "training.chart.empty": {
        "zh": "曲线会在训练开始后出现在这里。",
        "en": "The curves appear here once training starts.",
    },
    "training.live.notes": {
        "zh": "训练时指出：每次迭代的损失上下跳动（每批图片不同），但整体在下降；每个周期的曲线更平滑。",
        "en": "While it trains, point out that the per-iteration loss jumps around (each batch is different) "
        "but trends down, and the per-epoch curve is smoother.",
    },
    # --- step: reading the curves --------------------------------------------------------
    "training.curves.header": {"zh": "读懂训练曲线", "en": "Reading the training curves"},
    "training.curves.body": {
        "zh": "- 一个[[epoch]]就是整个训练集在网络里走一遍；通常要很多个周期，直到损失不再下降。\n"
        "- 损失下降得越来越慢，说明模型快学到它能学的极限了。\n"
        "- 损失下降时，[[accuracy]]通常上升。\n"
        "- [[validation]]上的曲线才说明模型对没见过的图片好不好：训练曲线一直变好、验证曲线却变差，就是只记住了训练图片。\n"
        "- 用同样的设置分别试试交叉熵和平方误差：交叉熵在答错时给出更大的梯度，所以通常学得更快。",
        "en": "- One [[epoch]] is the whole training set passing through the network once; training usually takes many, "
        "until the loss stops falling.\n"
        "- When the loss falls more and more slowly, the model is nearing what it can learn.\n"
        "- As the loss falls, [[accuracy]] usually rises.\n"
        "- Only the [[validation]] curves tell how the model does on images it has not seen: if the training curve keeps "
        "improving while the validation curve gets worse, the model is memorising its training images.\n"
        "- Try cross-entropy and squared error with the same settings: cross-entropy gives larger gradients "
        "when the answer is wrong, so it usually learns faster.",
    },
    "training.curves.notes": {
        "zh": "让学生用同一个种子分别以交叉熵和平方误差训练，比较前两个周期的准确率。",
        "en": "Have students train with the same seed, once with cross-entropy and once with squared error, "
        "and compare the accuracy after two epochs.",
    },
    "training.curves.question": {
        "zh": "把学习率调到 1 以上并用 SGD 训练，你预计损失曲线会怎样？",
        "en": "Set the learning rate above 1 and train with SGD. What do you expect the loss curve to do?",
    },
    "training.curves.answer": {
        "zh": "它多半不降反升，甚至暴涨，训练会以“发散”停下：每一步都迈得太大，越过了谷底。",
        "en": "It most likely rises instead of falling, or explodes, and training stops as 'diverged': "
        "every step is too long and jumps past the bottom of the valley.",
    },
    # the end of the page
    "training.recap": {
        "zh": "- 训练是一个闭环：图片进网络得到 y′，和标签 y 算出损失，再用损失对权重的梯度更新权重，然后重来。\n- 整个训练集过一遍网络叫一个训练周期（epoch）；通常要很多个周期，直到损失不再下降。\n- 损失曲线往下走、准确率曲线往上走；验证集上的数字说明模型在没见过的图片上表现如何。",
        "en": "- Training is a loop: pictures go through the network to give y′, y′ and the label y give a loss, the gradient of that loss moves the weights, and round again.\n- One pass of the whole training set is one epoch; training usually takes many, until the loss stops falling.\n- The loss curve goes down and the accuracy curve up; the validation numbers tell how the model does on pictures it did not train on.",
    },
}
