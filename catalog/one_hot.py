"""Strings of the one-hot page (course 02-02)."""

TEXT = {
    "one_hot.default_classes": {"zh": "猫,狗,其他", "en": "Cat,Dog,Other"},
    # class list
    "one_hot.classes.title": {"zh": "1. 类别清单", "en": "1. The list of classes"},
    "one_hot.classes.intro": {
        "zh": "网络只能从一份固定的清单里选答案。这份清单就是每个[[class]]的名字和它们的顺序。"
        "点名字旁的 × 删掉一个类别；输入新名字后按回车添加一个（也可以从下拉建议里选）；用右边的按钮调整顺序。"
        "下面所有的表都会跟着变。",
        "en": "A network can only answer from a fixed list. That list is the name of every [[class]], in order. "
        "Remove a class with the × beside its name; add one by typing its name and pressing Enter (or pick a "
        "suggestion from the list); reorder with the buttons on the right. Every table below follows along.",
    },
    "one_hot.classes.box": {"zh": "类别（按顺序）", "en": "Classes, in order"},
    "one_hot.classes.placeholder": {"zh": "输入类别名称，按回车", "en": "Type a class name, press Enter"},
    "one_hot.suggestions": {"zh": "鸟,马,鱼", "en": "Bird,Horse,Fish"},
    "one_hot.classes.still": {
        "zh": "在修正之前，下面的表格仍使用上一份有效的清单：{names}",
        "en": "Until this is fixed, the tables below keep using the last valid list: {names}",
    },
    "one_hot.col.label": {"zh": "标签（Label）", "en": "Label"},
    "one_hot.col.description": {"zh": "描述（Description）", "en": "Description"},
    "one_hot.col.code": {"zh": "整数编码", "en": "Integer code"},
    "one_hot.col.label_name": {"zh": "标签", "en": "Label"},
    "one_hot.move.pick": {"zh": "要移动的类别", "en": "Class to move"},
    "one_hot.move.up": {"zh": "上移", "en": "Move up"},
    "one_hot.move.down": {"zh": "下移", "en": "Move down"},
    "one_hot.move.reset": {"zh": "恢复默认", "en": "Reset"},
    "one_hot.move.help": {
        "zh": "改变顺序后，注意看下面每个向量怎样跟着变。",
        "en": "After changing the order, watch how every vector below changes with it.",
    },
    # errors
    "one_hot.err.no_classes": {
        "zh": "清单是空的。至少需要一个类别，网络才有答案可选。",
        "en": "The list is empty. A network needs at least one class to answer with.",
    },
    "one_hot.err.empty_name": {
        "zh": "有一个类别的名字是空的。每个类别都需要一个名字，请删掉这个空的类别。",
        "en": "One class has no name. Every class needs a name: remove the empty one.",
    },
    "one_hot.err.too_many": {
        "zh": "类别太多了：这里最多 {detail} 个。",
        "en": "Too many classes: this page allows at most {detail}.",
    },
    "one_hot.err.too_long": {
        "zh": "名字太长了：“{detail}”。请用 40 个字符以内的名字。",
        "en": "A name is too long: “{detail}”. Please keep names within 40 characters.",
    },
    "one_hot.err.bad_char": {
        "zh": "名字“{detail}”里有逗号或控制字符。逗号用来分隔标签，所以名字里不能有。",
        "en": "The name “{detail}” contains a comma or a control character. Commas separate labels, "
        "so a name cannot contain one.",
    },
    "one_hot.err.duplicate": {
        "zh": "“{detail}”出现了两次。两个类别同名，就分不清一个标签指的是哪一个，请删掉其中一个。",
        "en": "“{detail}” appears twice. With two classes of the same name a label could mean either; "
        "remove one of them.",
    },
    "one_hot.err.too_many_items": {
        "zh": "一次最多输入 {detail} 项。",
        "en": "Please enter at most {detail} items at a time.",
    },
    "one_hot.err.empty_vector": {
        "zh": "请输入一组数，用逗号或空格分开，例如 0.1, 0.7, 0.2。",
        "en": "Please enter some numbers separated by commas or spaces, e.g. 0.1, 0.7, 0.2.",
    },
    "one_hot.err.not_a_number": {
        "zh": "“{detail}”不是一个数。只能输入像 0、1、0.25 这样的数。",
        "en": "“{detail}” is not a number. Only numbers such as 0, 1 or 0.25 can be used.",
    },
    "one_hot.err.unknown": {
        "zh": "不认识的标签：{labels}。标签必须是清单里的名字之一（{classes}），所以这些被跳过了。",
        "en": "Unknown labels: {labels}. A label must be one of the class names ({classes}), so these were skipped.",
    },
    "one_hot.err.length": {
        "zh": "这个向量有 {got} 个数，但清单里有 {k} 个类别（{classes}）。每个类别正好对应一个位置。",
        "en": "This vector has {got} numbers but there are {k} classes ({classes}). Each class has exactly one position.",
    },
    "one_hot.err.tie": {
        "zh": "没有唯一的最大值：{classes} 并列第一。无法判断它指的是哪个类别，所以不解码。",
        "en": "There is no single largest value: {classes} tie for first place. It is unclear which class "
        "this means, so it is not decoded.",
    },
    # encodings
    "one_hot.enc.title": {"zh": "2. 标签文件和两种编码", "en": "2. The label file and two encodings"},
    "one_hot.enc.intro": {
        "zh": "网络只能处理数字，所以每个[[label]]都要变成数；课程里标签也叫“类标签”。"
        "[[class_map]]把每个整数对应到一个类别名称，这就是[[integer_encoding]]。"
        "[[one_hot]]则给每个类别一个长度为 {n} 的[[vector]]，只有它自己的位置是 1；课程里写作“One-Hot 编码”。",
        "en": "A network only works with numbers, so every [[label]] has to become one; the course also calls "
        "a label a class label. The [[class_map]] pairs each whole number with a class name: that is "
        "[[integer_encoding]]. With [[one_hot]], each class instead gets a [[vector]] of length {n} with a 1 "
        "in its own position only.",
    },
    "one_hot.enc.file": {"zh": "标签文件", "en": "Label file"},
    "one_hot.enc.download": {"zh": "下载标签文件", "en": "Download the label file"},
    "one_hot.enc.table": {"zh": "整数编码与独热向量", "en": "Integer codes and one-hot vectors"},
    "one_hot.enc.caption": {
        "zh": "每一行是一个类别：整数编码就是它在清单中的位置，独热向量在这个位置上是 1。",
        "en": "Each row is one class: its integer code is its position in the list, and its one-hot "
        "vector has its 1 at that position.",
    },
    # encode a sequence
    "one_hot.seq.title": {"zh": "3. 编码一串标签", "en": "3. Encode a sequence of labels"},
    "one_hot.seq.example": {"zh": "示例标签", "en": "Example labels"},
    "one_hot.seq.input": {"zh": "训练样本的标签", "en": "Labels of some training samples"},
    "one_hot.seq.data": {
        "zh": "这些标签是数据：改变类别清单的顺序，只会改变它们的编码，不会改变每个样本是什么动物。",
        "en": "These labels are data: reordering the class list changes their codes, never which animal each "
        "sample is.",
    },
    "one_hot.seq.help": {
        "zh": "用逗号（, 或 ，）、顿号或换行分隔；也可以点下面的按钮添加。",
        "en": "Separate them with commas or new lines, or add them with the buttons below.",
    },
    "one_hot.seq.clear": {"zh": "清空", "en": "Clear"},
    "one_hot.seq.empty": {
        "zh": "还没有可编码的标签。输入一些，或点上面的按钮添加。",
        "en": "No labels to encode yet. Type some, or add them with the buttons above.",
    },
    "one_hot.seq.as_int": {"zh": "整数编码", "en": "Integer encoding"},
    "one_hot.seq.as_one_hot": {"zh": "独热编码", "en": "One-hot encoding"},
    "one_hot.seq.arrays": {
        "zh": "整数编码是一个长度为 {n} 的列表 {codes}；独热编码是一个 {n} × {k} 的表，每行只有一个 1。",
        "en": "The integer encoding is a list of {n} numbers, {codes}; the one-hot encoding is a table "
        "of {n} rows and {k} columns with a single 1 in each row.",
    },
    # your image (the course image, ui/course_image.py)
    "one_hot.image.title": {"zh": "你的图片", "en": "Your image"},
    "one_hot.image.truth": {"zh": "它其实是什么？", "en": "What is it really?"},
    "one_hot.image.choose": {"zh": "请选择", "en": "Choose"},
    "one_hot.image.say": {
        "zh": "说出你的图片其实是什么，这里就会显示它的标签。",
        "en": "Say what your picture really is, and its label shows here.",
    },
    "one_hot.image.label": {
        "zh": "它是 **{name}**：按上面的清单，整数编码是 **{code}**，独热向量是 **{vector}**。",
        "en": "It is **{name}**: under the list above, its integer code is **{code}** and its one-hot "
        "vector **{vector}**.",
    },
    "one_hot.image.missing": {
        "zh": "清单（{classes}）里没有“{name}”，所以这张图片在这份清单下没有标签。请恢复默认清单，或把“{name}”加回去。",
        "en": "The list ({classes}) has no class “{name}”, so this picture has no label under it. Reset the "
        "list, or add “{name}” back.",
    },
    # decode
    "one_hot.dec.title": {"zh": "4. 把向量解码成名字", "en": "4. Decode a vector back to a name"},
    "one_hot.dec.input": {
        "zh": "一个独热向量或一组概率（{k} 个数）",
        "en": "A one-hot vector or a set of probabilities ({k} numbers)",
    },
    "one_hot.dec.help": {
        "zh": "最大的数在哪个位置，就是哪个类别。网络的输出也是这样读出来的。",
        "en": "The position of the largest number names the class. A network's output is read the same way.",
    },
    "one_hot.dec.result": {
        "zh": "最大值在位置 {i}，所以这是 **{label}**。",
        "en": "The largest value is at position {i}, so this is **{label}**.",
    },
    "one_hot.dec.not_probs": {
        "zh": "这组数不是真正的概率（有负数、大于 1，或加起来不等于 1）。仍然按最大值解码，但网络的输出不会是这样。",
        "en": "These numbers are not real probabilities (some are negative or above 1, or they do not add up "
        "to 1). They are still decoded by the largest value, but a network would never output them.",
    },
    # why one-hot
    "one_hot.why.title": {"zh": "5. 为什么不直接用整数？", "en": "5. Why not just use the integers?"},
    "one_hot.why.need3": {
        "zh": "这个例子需要至少 3 个类别。请在上面的清单里再加一个。",
        "en": "This example needs at least 3 classes. Add one more to the list above.",
    },
    "one_hot.why.int": {
        "zh": "整数把类别排在一条数轴上，好像它们有先后和远近。可是“{a}”和“{b}”的平均值 (0 + 2) / 2 = 1，"
        "正好是“{mid}”——这显然没有意义。",
        "en": "Integers put the classes on a number line, as if they had an order and distances. Yet the "
        "average of “{a}” and “{b}” is (0 + 2) / 2 = 1, which is “{mid}”: clearly meaningless.",
    },
    "one_hot.why.axis": {"zh": "整数编码", "en": "Integer code"},
    "one_hot.why.average": {"zh": "平均值", "en": "average"},
    "one_hot.why.vec": {
        "zh": "用独热向量，{a} = {ea}，{b} = {eb}，平均值是 {avg}：一半像{a}、一半像{b}，一点也不像“{mid}”。",
        "en": "With one-hot vectors, {a} = {ea} and {b} = {eb}; their average is {avg}: half {a}, half {b}, "
        "and nothing at all of “{mid}”.",
    },
    "one_hot.why.dist_int": {"zh": "整数编码的距离 |i − j|", "en": "Integer distance |i − j|"},
    "one_hot.why.dist_one_hot": {"zh": "独热向量之间的距离", "en": "Distance between one-hot vectors"},
    "one_hot.why.dist_caption": {
        "zh": "用整数时，有的类别“离得远”，有的“离得近”；用独热向量，任意两个不同类别的距离都是 √2 ≈ 1.414。",
        "en": "With integers some classes look far apart and others close; with one-hot vectors any two "
        "different classes are the same distance apart, √2 ≈ 1.414.",
    },
    # fixed order
    "one_hot.order.title": {
        "zh": "6. 顺序可以任选，但必须固定",
        "en": "6. Any order works, but it must stay fixed",
    },
    "one_hot.order.intro": {
        "zh": "哪个类别排第一并不重要。但顺序一变，每个类别的向量都会变。比如把第一个移到最后，排成 {order}：",
        "en": "Which class comes first does not matter. But change the order and every class gets a "
        "different vector. For instance, with the first class moved to the end, {order}:",
    },
    "one_hot.order.now": {"zh": "现在的向量", "en": "Vector now"},
    "one_hot.order.rotated": {"zh": "换了顺序后的向量", "en": "Vector in the new order"},
    "one_hot.order.apply": {"zh": "换成这个顺序", "en": "Switch to this order"},
    "one_hot.order.warning": {
        "zh": "整个数据集和训练好的网络必须用同一个顺序。否则一张猫的图片可能被当成“其他”来训练或解读。",
        "en": "The whole dataset and the trained network must use one and the same order. Otherwise a cat "
        "picture could be trained, or read, as “other”.",
    },
    # the end of the page
    "one_hot.recap": {
        "zh": "- 网络只认识数字，所以每个标签都要编码：整数编码是它在类别清单里的位置（记在标签文件里），"
        "独热编码是在这个位置上为 1、其余为 0 的向量。\n"
        "- 独热向量两两之间的距离都一样；整数却凭空给类别加上了顺序和远近。\n"
        "- 类别的顺序可以随便定，但一旦定下，整个数据集和训练好的网络都必须用同一个顺序。",
        "en": "- A network only knows numbers, so every label is encoded: its integer code is its place in the "
        "class list (kept in the label file), its one-hot vector has a 1 in that place and 0 elsewhere.\n"
        "- One-hot vectors are all equally far apart; integers invent an order and distances the classes "
        "do not have.\n"
        "- Any order of the classes works, but once chosen, the whole dataset and the trained network must "
        "keep it.",
    },
    # lecture mode
    "one_hot.class_list.notes": {
        "zh": "先确定类别清单：网络的每个输出对应清单里的一个位置。可以现场删掉一个类别，或输入名字加一个。",
        "en": "Start with the class list: each network output belongs to one position in it. Remove a class or type a new one live.",
    },
    "one_hot.encodings.notes": {
        "zh": "标签文件就是整数编码的说明书；独热表每行只有一个 1。",
        "en": "The label file documents the integer encoding; each one-hot row has exactly one 1.",
    },
    "one_hot.encode.notes": {
        "zh": "让学生报几个标签，现场点按钮添加，对照两种编码。右边：说出学生自己的图片是什么，看它的编码。",
        "en": "Ask the audience for a few labels, add them with the buttons, and compare the two encodings. "
        "On the right: say what the students' own image is, and see its codes.",
    },
    "one_hot.decode_vector.notes": {
        "zh": "解码就是找最大值的位置；出现并列时要提醒：没有唯一答案。",
        "en": "Decoding is finding the position of the maximum; point out that a tie has no single answer.",
    },
    "one_hot.why_one_hot.notes": {
        "zh": "关键例子：猫 = 0 和其他 = 2 的平均是 1 = 狗。独热向量之间距离都相同。",
        "en": "The key example: the average of Cat = 0 and Other = 2 is 1 = Dog. One-hot vectors are all equally far apart.",
    },
    "one_hot.fixed_order.notes": {
        "zh": "点“换成这个顺序”，所有向量都变了：顺序一旦定下就不能再改。",
        "en": "Click “Switch to this order” and every vector changes: once chosen, the order must not change.",
    },
}
