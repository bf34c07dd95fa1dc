"""Summary page (course 02-09): the takeaways, each with the page that shows it, and the glossary."""

TEXT = {
    "summary.takeaways.header": {"zh": "这门课的要点", "en": "What to remember"},
    "summary.takeaways.intro": {
        "zh": "训练一个图像分类网络，归根结底就是下面几件事。每一条都链接到你亲手试过它的那一页。",
        "en": "Training an image classifier comes down to the points below. Each one links to the page where you tried it yourself.",
    },
    "summary.point.labels": {
        "zh": "[[supervised_learning]]（比如图像分类）离不开带[[label]]的训练数据：每张图片都要配上正确答案。",
        "en": "[[supervised_learning]], such as image classification, needs labelled training data: every image comes with its right answer.",
    },
    "summary.point.one_hot": {
        "zh": "类别之间没有大小顺序时，标签最好用[[one_hot]]：猫 = [1, 0, 0]，狗 = [0, 1, 0]，其他 = [0, 0, 1]。",
        "en": "When classes have no natural order, [[one_hot]] is the usual way to write labels: cat = [1, 0, 0], dog = [0, 1, 0], other = [0, 0, 1].",
    },
    "summary.point.loss": {
        "zh": "[[loss_function]]把“网络的输出和正确答案差多远”变成一个数，训练就是想办法让它变小。",
        "en": "A [[loss_function]] turns “how far the output is from the right answer” into one number; training is the search for a smaller one.",
    },
    "summary.point.backprop": {
        "zh": "损失对每个权重的[[gradient]]由[[backpropagation]]算出；TensorFlow、PyTorch 这些框架已经内置，不用自己写。",
        "en": "The [[gradient]] of the loss for every weight comes from [[backpropagation]], which frameworks such as TensorFlow and PyTorch already include.",
    },
    "summary.point.descent": {
        "zh": "[[gradient_descent]]一次又一次地更新权重：新权重 = 旧权重 − 学习率 × 梯度。",
        "en": "[[gradient_descent]] updates the weights again and again: new weight = old weight − learning rate × gradient.",
    },
    "summary.point.batch": {
        "zh": "每次更新用一小批图片（[[batch_size]]，常用 32）；处理一批叫做一次[[iteration]]。",
        "en": "Each update uses a small group of images (the [[batch_size]], often 32); processing one batch is one [[iteration]].",
    },
    "summary.point.epoch": {
        "zh": "整个训练集过一遍网络是一个[[epoch]]，所以每个周期的迭代次数 = 训练图片数 ÷ 批量大小（向上取整）。",
        "en": "One pass of the whole training set is an [[epoch]], so iterations per epoch = training images ÷ batch size (rounded up).",
    },
    "summary.point.curves": {
        "zh": "要训练很多个周期，直到损失不再下降；判断模型好坏还要看[[validation]]上的损失和准确率，而不只是训练损失。",
        "en": "Training runs for many epochs, until the loss levels off; to judge the model, look at the loss and accuracy on the [[validation]] too, not only the training loss.",
    },
    "summary.point.inference": {
        "zh": "训练好之后，网络就能对从没见过的图片做[[inference]]。",
        "en": "Once trained, the network can perform [[inference]] on images it has never seen.",
    },
    "summary.see": {"zh": "在这里看到：{page}", "en": "Seen on: {page}"},
    "summary.takeaways.notes": {
        "zh": "可以让学生先闭上眼说出三条，再一起对照。",
        "en": "Let students name three points from memory before showing the list.",
    },
    "summary.glossary.header": {"zh": "中英术语表", "en": "Chinese–English glossary"},
    "summary.glossary.search": {
        "zh": "搜索术语（中文或英文）",
        "en": "Search the terms (Chinese or English)",
    },
    "summary.glossary.placeholder": {"zh": "例如：梯度、epoch", "en": "for example: gradient, epoch"},
    "summary.glossary.count": {"zh": "{n} / {total} 个术语", "en": "{n} of {total} terms"},
    "summary.glossary.none": {
        "zh": "没有找到“{q}”。试试更短的词，或换一种语言。",
        "en": "Nothing matches “{q}”. Try a shorter word, or the other language.",
    },
    "summary.glossary.col.zh": {"zh": "中文", "en": "Chinese"},
    "summary.glossary.col.en": {"zh": "英文", "en": "English"},
    "summary.glossary.col.def": {"zh": "意思", "en": "Meaning"},
    "summary.glossary.col.page": {"zh": "在哪一页", "en": "Page"},
    "summary.recap": {
        "zh": "- 训练就是一个闭环：带标签的图片 → 网络的输出 y′ → 和 one-hot 标签 y 比出损失 → 反向传播算出梯度 → "
        "梯度下降更新每个权重，一批一批地重复。\n"
        "- 一个训练周期把每张训练图片用一次，所以每个周期的迭代次数 = ⌈训练图片数 ÷ 批量大小⌉。\n"
        "- 训练好的网络用来推理：给它从没见过的图片，它说出类别。每个术语的中英文都在上面的术语表里。",
        "en": "- Training is a loop: labelled images → the network's output y′ → a loss against the one-hot label "
        "y → gradients by backpropagation → gradient descent moves every weight, batch after batch.\n"
        "- One epoch uses every training image once, so iterations per epoch = ⌈training images ÷ batch size⌉.\n"
        "- A trained network is used for inference: it names the class of pictures it has never seen. Every "
        "term is in the glossary above, in both languages.",
    },
    "summary.glossary.notes": {
        "zh": "术语表也适合课后复习：搜索一个词，再打开它所在的那一页。",
        "en": "The glossary suits revision after class: search a word, then open its page.",
    },
}
