"""Inference page (course 02-08): the trained model on new images, and what to take home."""

TEXT = {
    "inference.builtin": {
        "zh": "你还没有自己训练的模型，所以这里用的是**内置模型**：应用自带的一个小型卷积网络，"
        "用 9,000 张涂鸦宠物训练过。在“现场训练”页训练你自己的模型后，这一页会自动换成你的模型。",
        "en": "You have not trained a model of your own yet, so this page uses the **built-in model**: a small "
        "convolutional network that ships with the app, trained on 9,000 doodle pets. Train your own on the Live "
        "training page and this page switches to it.",
    },
    "inference.builtin.training": {
        "zh": "你的模型还在训练中；训练完成后这一页就会换成它。",
        "en": "Your model is still training; this page switches to it once it is done.",
    },
    "inference.go_train": {"zh": "去训练你自己的模型", "en": "Go and train your own model"},
    "inference.model_info": {
        "zh": "你的模型：{model}，在 {dataset} 上训练了 {epochs} 个周期（{outcome}）。",
        "en": "Your model: {model}, trained on {dataset} for {epochs} epochs ({outcome}).",
    },
    "inference.outcome.finished": {"zh": "训练完成", "en": "finished"},
    "inference.outcome.stopped": {"zh": "中途停止", "en": "stopped early"},
    "inference.predicting": {
        "zh": "模型正在给测试图片分类……",
        "en": "The model is classifying the test images…",
    },
    # --- step: accuracy --------------------------------------------------------------------
    "inference.accuracy.header": {"zh": "在没见过的图片上考一考", "en": "A test on images it has never seen"},
    "inference.accuracy.intro": {
        "zh": "[[inference]]就是让训练好的网络给新图片分类。这些测试图片在训练时从没出现过，"
        "所以这里的[[accuracy]]才说明模型真正学到了多少。",
        "en": "[[inference]] means letting the trained network classify new images. These test images never "
        "appeared during training, so the [[accuracy]] here shows what the model really learned.",
    },
    "inference.accuracy.metric": {"zh": "测试准确率", "en": "Test accuracy"},
    "inference.accuracy.count": {
        "zh": "{right} / {n} 张图片分类正确",
        "en": "{right} of {n} images classified correctly",
    },
    "inference.accuracy.val": {"zh": "最后的验证准确率", "en": "Last validation accuracy"},
    "inference.confusion.title": {"zh": "[[confusion_matrix]]", "en": "The [[confusion_matrix]]"},
    "inference.confusion.help": {
        "zh": "每一行是图片真正的类别，每一列是模型的回答。对角线上是答对的，其余格子是哪两类被搞混了。",
        "en": "Each row is an image's true class, each column the model's answer. The diagonal holds the "
        "right answers; every other cell shows which two classes got mixed up.",
    },
    "inference.confusion.x": {"zh": "模型预测的类别", "en": "Predicted class"},
    "inference.confusion.y": {"zh": "真实类别", "en": "True class"},
    "inference.accuracy.notes": {
        "zh": "先问学生：测试准确率会比训练准确率高还是低？然后看混淆矩阵里哪两类最容易混。",
        "en": "Ask first: will test accuracy be higher or lower than training accuracy? "
        "Then find the two classes the confusion matrix mixes up most.",
    },
    "inference.accuracy.question": {
        "zh": "模型在测试图片上的准确率，会比最后一个周期的训练准确率高、低，还是差不多？",
        "en": "Will the model's accuracy on the test images be higher than, lower than, or about the same as "
        "its training accuracy in the last epoch?",
    },
    "inference.accuracy.answer": {
        "zh": "通常略低或差不多：模型在训练图片上练习过，测试图片却是全新的。差得越多，越说明它只是记住了训练图片。",
        "en": "Usually a little lower or about the same: the model practised on the training images, while the test "
        "images are new. The bigger the gap, the more it merely memorised its training images.",
    },
    # --- step: gallery ----------------------------------------------------------------------
    "inference.gallery.header": {"zh": "逐张看看", "en": "Image by image"},
    "inference.gallery.mistakes": {"zh": "只看答错的", "en": "Only the mistakes"},
    "inference.gallery.none_wrong": {
        "zh": "一张都没错！关掉筛选可以看全部。",
        "en": "Not a single mistake! Turn the filter off to see them all.",
    },
    "inference.gallery.caption": {"zh": "{truth} → {pred} {mark}", "en": "{truth} → {pred} {mark}"},
    "inference.gallery.legend": {
        "zh": "每张图下面：真实类别 → 模型预测 （✓ 对，✗ 错），再下面是概率最高的两类。",
        "en": "Under each image: true class → predicted class (✓ right, ✗ wrong), then the two most likely classes.",
    },
    "inference.gallery.probs": {"zh": "{probs}", "en": "{probs}"},
    "inference.gallery.shown": {
        "zh": "显示 {shown} 张（共 {total} 张）。",
        "en": "Showing {shown} of {total}.",
    },
    "inference.gallery.notes": {
        "zh": "打开“只看答错的”，和学生一起猜：为什么模型会看错这几张？",
        "en": "Turn on 'only the mistakes' and guess together why the model got these wrong.",
    },
    # --- step: your own image ------------------------------------------------------------------
    "inference.own.header": {"zh": "用你自己的图片试试", "en": "Try your own image"},
    "inference.own.intro": {
        "zh": "选一张图、上传一张或用摄像头拍一张。它会被缩放到模型要求的 {size}×{size} 像素，再交给模型。",
        "en": "Pick an image, upload one, or take a photo. It is resized to the {size}×{size} pixels the model "
        "expects, then handed to the model.",
    },
    "inference.own.seen": {
        "zh": "模型看到的样子（{size}×{size}）",
        "en": "What the model sees ({size}×{size})",
    },
    "inference.own.answer": {
        "zh": "模型的回答：**{label}**（概率 {p:.0%}）",
        "en": "The model's answer: **{label}** (probability {p:.0%})",
    },
    "inference.own.x": {"zh": "类别", "en": "Class"},
    "inference.own.y": {"zh": "概率", "en": "Probability"},
    "inference.own.domain": {
        "zh": "提示：模型只认识它训练过的那种图片。用涂鸦训练的模型看真实照片，常常会猜错。",
        "en": "Note: a model only knows the kind of images it was trained on. A model trained on doodles "
        "often guesses wrong on real photos.",
    },
    "inference.own.notes": {
        "zh": "可以让学生故意找一张“难”的图片，看模型的概率如何分散。",
        "en": "Let students look for a 'hard' picture on purpose and watch how the probabilities spread out.",
    },
    # --- step: export ---------------------------------------------------------------------------
    "inference.export.header": {"zh": "带回家", "en": "Take it home"},
    "inference.export.builtin": {
        "zh": "内置模型随应用一起提供（它的权重在 models/doodles_cnn.weights.npz 里）。训练你自己的模型后，这里可以下载它、它的训练记录和重做训练的脚本。",
        "en": "The built-in model ships with the app (its weights are in models/doodles_cnn.weights.npz). Once you have "
        "trained your own, you can download it here, with its training history and a script that trains it again.",
    },
    "inference.export.intro": {
        "zh": "下载模型、训练记录，或者一个能在你电脑上重做这次训练的 Python 脚本。",
        "en": "Download the model, the training history, or a Python script that repeats this training on your computer.",
    },
    "inference.export.model": {"zh": "模型（.keras）", "en": "Model (.keras)"},
    "inference.export.model.help": {
        "zh": "用 keras.models.load_model(路径) 打开：文件里是网络的结构和权重（没有损失函数和优化器，想继续训练就再 compile 一次）。",
        "en": "Open it with keras.models.load_model(path): the file holds the network's layers and weights (no loss or optimizer; compile it again to train further).",
    },
    "inference.export.csv": {"zh": "训练记录（CSV）", "en": "Training history (CSV)"},
    "inference.export.script": {"zh": "重做训练的脚本（.py）", "en": "Script to train again (.py)"},
    "inference.export.script.help": {
        "zh": "在本应用的文件夹里运行：python train_again.py",
        "en": "Run it from this app's folder: python train_again.py",
    },
    "inference.export.safety": {
        "zh": "本应用从不加载别人上传的模型文件：模型文件里可以藏着代码。",
        "en": "This app never loads a model file that someone uploads: a model file can hide code.",
    },
    "inference.export.notes": {
        "zh": "脚本里的设置就是页面上的设置；学生可以在家改一个数再训练。",
        "en": "The script's settings are the page's settings; students can change one number at home and train again.",
    },
    # the end of the page
    "inference.recap": {
        "zh": "- 推理就是用训练好的网络给一张没见过的图片分类：图片进去，概率出来，取最大的那个类别。\n- 推理只用网络，不再需要标签、损失和梯度，权重也不再改变。\n- 在从没见过的测试图片上数一数答对几张，才知道模型学得怎么样。",
        "en": "- Inference is using the trained network on a picture it has never seen: the picture goes in, probabilities come out, and the largest one names the class.\n- Inference needs only the network: no label, no loss, no gradient, and the weights stay as they are.\n- Counting how many never-seen test pictures it gets right is how you know what the model learned.",
    },
}
