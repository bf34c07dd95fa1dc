"""The bilingual glossary: every course term, with a one-line definition in each language.

`page` names the page where a learner sees the term at work (see explainer/course.py).
Catalog strings refer to a term as [[term_id]]; see catalog/__init__.py.
"""


def _t(zh, en, def_zh, def_en, page):
    return {"zh": zh, "en": en, "def_zh": def_zh, "def_en": def_en, "page": page}


TERMS = {
    "neural_network": _t("神经网络", "neural network", "由许多可调的数（权重）组成的函数，把输入变成输出。", "A function built from many adjustable numbers (weights) that turns an input into an output.", "black_box"),
    "black_box": _t("黑匣子", "black box", "只看输入和输出、暂不关心内部结构的看法。", "A way of looking at a system by its inputs and outputs only, ignoring what is inside.", "black_box"),
    "image_classification": _t("图像分类", "image classification", "给一张图片从固定的类别中选出一个标签的任务。", "The task of giving an image one label from a fixed set of classes.", "black_box"),
    "class": _t("类别", "class", "网络可以回答的一种可能答案，例如猫、狗、其他。", "One of the possible answers a classifier can give, such as cat, dog or other.", "outputs"),
    "label": _t("标签", "label", "一张图片的类别名称；训练时它是正确答案。", "The class name attached to an image; in training it is the right answer.", "one_hot"),
    "probability": _t("概率", "probability", "0 到 1 之间的数，表示有多大可能；所有类别的概率加起来等于 1。", "A number from 0 to 1 saying how likely something is; over all classes they add up to 1.", "outputs"),
    "score": _t("得分", "score", "网络在 softmax 之前给每个类别的原始数值，可以是任意实数。", "The raw number a network gives each class before softmax; any real number.", "outputs"),
    "softmax": _t("softmax 函数", "softmax", "把一组得分变成加起来为 1 的概率：p = exp(s) / Σexp(s)。", "Turns scores into probabilities that add up to 1: p = exp(s) / Σexp(s).", "outputs"),
    "argmax": _t("最大值位置", "argmax", "概率最大的那一项的位置；它决定预测的标签。", "The position of the largest probability; it decides the predicted label.", "outputs"),
    "confidence": _t("置信度", "confidence", "被选中类别的概率；与第二名差距小说明网络不太确定。", "The probability of the chosen class; a small lead over the runner-up means the network is unsure.", "outputs"),
    "pixel": _t("像素", "pixel", "图片上的一个小格子，用 0–255 的数表示亮度或颜色。", "One small square of an image, stored as numbers from 0 to 255.", "inputs"),
    "grayscale": _t("灰度图", "grayscale image", "每个像素只有一个数（从黑到白）的图片。", "An image with one number per pixel, from black to white.", "inputs"),
    "rgb": _t("RGB 彩色图", "RGB image", "每个像素有红、绿、蓝三个数的图片。", "An image with three numbers per pixel: red, green and blue.", "inputs"),
    "channel": _t("通道", "channel", "彩色图中只含一种颜色强度的那一层二维数组。", "One 2-D layer of a colour image holding a single colour's intensity.", "inputs"),
    "input_shape": _t("输入形状", "input shape", "网络规定的输入尺寸，例如 256×256×3；每张图都要先调整成这个形状。", "The fixed size a network expects, e.g. 256×256×3; every image is resized to it first.", "inputs"),
    "vector": _t("向量", "vector", "一列有顺序的数，例如展平后的图片或网络的输出。", "An ordered list of numbers, such as a flattened image or a network's output.", "inputs"),
    "flatten": _t("展平", "flatten", "把多维数组按顺序排成一条一维向量。", "Laying a multi-dimensional array out as one long 1-D vector.", "inputs"),
    "preprocessing": _t("预处理", "preprocessing", "在送入网络前调整图片的大小、形状和数值范围。", "Adjusting an image's size, shape and value range before it enters the network.", "inputs"),
    "weight": _t("权重", "weight", "网络里可调的数，好比黑匣子上的旋钮；训练就是找它们的好取值。", "An adjustable number inside the network, like a knob on the box; training finds good settings.", "knobs"),
    "trainable_parameter": _t("可训练参数", "trainable parameter", "由训练自动调整的数，主要是权重。", "A number that training adjusts by itself, mainly the weights.", "knobs"),
    "hyperparameter": _t("超参数", "hyperparameter", "训练前由人设定、网络自己不学的设置，例如学习率和批量大小。", "A setting chosen by a person before training and not learned, such as learning rate or batch size.", "gradient_descent"),
    "supervised_learning": _t("监督学习", "supervised learning", "用带正确标签的样本来训练：每张图都告诉网络答案。", "Learning from examples that come with the right answer (a label).", "knobs"),
    "unsupervised_learning": _t("无监督学习", "unsupervised learning", "没有标签，只从数据本身找结构，例如把相似的点分成组。", "Learning without labels, finding structure such as groups of similar points.", "knobs"),
    "training": _t("训练", "training", "反复比较预测和答案、并调整权重以减小误差的过程。", "Repeatedly comparing predictions with answers and adjusting weights to shrink the error.", "training"),
    "training_data": _t("训练数据", "training data", "用来调整权重的带标签样本。", "The labelled examples used to adjust the weights.", "training"),
    "integer_encoding": _t("整数编码", "integer encoding", "用 0、1、2… 这样的整数代表每个类别。", "Representing each class by a whole number 0, 1, 2, …", "one_hot"),
    "class_map": _t("类映射文件", "class map file", "列出每个整数代表哪个类别名称的表。", "A table saying which class name each integer stands for.", "one_hot"),
    "one_hot": _t("独热编码", "one-hot encoding", "用只有一个 1、其余为 0 的向量表示类别，如 猫 = [1,0,0]。", "A vector with a single 1 and zeros elsewhere stands for a class, e.g. cat = [1,0,0].", "one_hot"),
    "loss_function": _t("损失函数", "loss function", "把预测和正确答案之间的差距变成一个数；越小越好。", "Turns the gap between prediction and right answer into one number; smaller is better.", "loss"),
    "error": _t("误差", "error", "预测值与真实值之间的差。", "The difference between a predicted value and the true value.", "loss"),
    "sse": _t("误差平方和", "sum of squared errors (SSE)", "一个样本各项误差平方后相加：Σ(y − y′)²。", "For one sample, the squared errors added up: Σ(y − y′)².", "loss"),
    "mse": _t("均方误差", "mean squared error (MSE)", "一批样本的 SSE 的平均值。", "The average SSE over a batch of samples.", "loss"),
    "cross_entropy": _t("交叉熵", "cross-entropy", "−Σ y·log(y′)；对自信的错误惩罚极重，是分类的常用损失。", "−Σ y·log(y′); punishes confident mistakes hard and is the usual loss for classifiers.", "loss"),
    "batch": _t("批次", "batch", "一次一起算损失并更新权重的一组样本。", "A group of samples whose loss is computed together for one weight update.", "loss"),
    "batch_size": _t("批量大小", "batch size", "一个批次里的样本数；32 是常见的默认值。", "The number of samples in one batch; 32 is a common default.", "loss"),
    "iteration": _t("迭代", "iteration", "处理一个批次并更新一次权重。", "Processing one batch and updating the weights once.", "training"),
    "epoch": _t("训练周期", "epoch", "整个训练集完整地过一遍网络；一个周期有 ⌈N / 批量大小⌉ 次迭代。", "One full pass of the training set; it has ⌈N / batch size⌉ iterations.", "training"),
    "gradient": _t("梯度", "gradient", "损失对每个权重的斜率组成的向量，指向损失上升最快的方向。", "The vector of the loss's slopes for every weight; it points uphill.", "gradient_descent"),
    "slope": _t("斜率", "slope", "只有一个权重时的梯度：曲线在该点的倾斜程度（一个数）。", "The gradient when there is only one weight: how steep the curve is (a single number).", "gradient_descent"),
    "gradient_descent": _t("梯度下降", "gradient descent", "沿梯度的反方向小步移动权重：W ← W − 学习率 × 斜率。", "Moving weights in small steps against the gradient: W ← W − lr × slope.", "gradient_descent"),
    "learning_rate": _t("学习率", "learning rate", "每一步沿梯度反方向走多远的倍数，通常小于 1。", "How far each step moves against the gradient; usually below 1.", "gradient_descent"),
    "convex": _t("凸函数", "convex function", "像碗一样只有一个最低点的曲线（高数教材里叫“凹函数”）。", "A bowl-shaped curve with a single lowest point (some Chinese textbooks call it concave).", "gradient_descent"),
    "local_minimum": _t("局部极小值", "local minimum", "比附近都低、但不一定是全局最低的谷底。", "A valley lower than its surroundings but not necessarily the lowest of all.", "gradient_descent"),
    "optimizer": _t("优化器", "optimizer", "决定怎样用梯度更新权重的方法，例如 SGD、动量、Adam。", "The rule that turns gradients into weight updates, e.g. SGD, momentum, Adam.", "gradient_descent"),
    "backpropagation": _t("反向传播", "backpropagation", "高效算出损失对所有权重梯度的算法，框架会自动完成。", "The algorithm that computes the loss's gradient for all weights; frameworks do it for you.", "training"),
    "keras": _t("Keras", "Keras", "用 Python 写的高级神经网络接口，运行在 TensorFlow 之上。", "A high-level neural-network API in Python that runs on TensorFlow.", "training"),
    "training_loop": _t("训练闭环", "training loop", "输入 → 预测 y′ → 损失 → 梯度 → 更新权重，然后重复。", "Input → prediction y′ → loss → gradient → weight update, repeated.", "training"),
    "learning_curve": _t("训练曲线", "training curve", "损失或准确率随迭代、周期变化的图。", "A plot of loss or accuracy as iterations and epochs go by.", "training"),
    "accuracy": _t("准确率", "accuracy", "预测正确的样本所占的比例。", "The fraction of samples predicted correctly.", "training"),
    "validation": _t("验证集", "validation set", "不参与训练、用来检查模型质量的数据。", "Data held out of training to check how good the model really is.", "training"),
    "inference": _t("推理", "inference", "用训练好的网络给从未见过的图片做预测。", "Using a trained network to predict on images it has never seen.", "inference"),
    "confusion_matrix": _t("混淆矩阵", "confusion matrix", "行是真实类别、列是预测类别的计数表，能看出哪两类容易混淆。", "A table of counts, true class by predicted class, showing which classes get mixed up.", "inference"),
    "model": _t("模型", "model", "一个具体的网络结构加上它的权重取值。", "A particular network architecture together with its weight values.", "black_box"),
    "dataset": _t("数据集", "dataset", "一组样本（图片和标签）的集合。", "A collection of samples (images and their labels).", "training"),
}

TEXT = {
    "glossary.term": {"zh": "术语", "en": "Term"},
    "glossary.meaning": {"zh": "含义", "en": "Meaning"},
    "glossary.search": {"zh": "搜索术语", "en": "Search terms"},
}
