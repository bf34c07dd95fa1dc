"""Strings of the inputs page (course 01-04)."""

TEXT = {
    "inputs.axis.col": {"zh": "列（x）", "en": "Column (x)"},
    "inputs.axis.row": {"zh": "行（y）", "en": "Row (y)"},
    "inputs.axis.position": {"zh": "在向量中的位置", "en": "Position in the vector"},
    "inputs.axis.value": {"zh": "数值（0–255）", "en": "Value (0–255)"},
    "inputs.channel.R": {"zh": "红（R）", "en": "Red (R)"},
    "inputs.channel.G": {"zh": "绿（G）", "en": "Green (G)"},
    "inputs.channel.B": {"zh": "蓝（B）", "en": "Blue (B)"},
    # step 1
    "inputs.choose.head": {"zh": "选一张图片", "en": "Choose an image"},
    "inputs.choose.intro": {
        "zh": "网络看不到“图片”，它只收到一大堆数。选一张图，下面几步把它拆成网络真正读到的数字。",
        "en": "A network never sees a picture, only a great many numbers. Choose an image and the steps "
        "below take it apart into the numbers the network actually reads.",
    },
    "inputs.choose.size": {
        "zh": "这张图原本有 {w} × {h} 个像素。",
        "en": "This image is {w} × {h} pixels as it is.",
    },
    "inputs.choose.using_sample": {
        "zh": "还没有图片，下面先用 1 号示例图。",
        "en": "No image yet, so the steps below use sample No. 1.",
    },
    # step 2: every pixel is a number
    "inputs.grid.head": {"zh": "每个像素都是数", "en": "Every pixel is a number"},
    "inputs.grid.intro": {
        "zh": "放大图中红框里的一小块：每个小方格是一个[[pixel]]，上面写着它的数。[[grayscale]]里每个像素只有一个数，"
        "从 0（纯黑）到 255（纯白）；换成[[rgb]]，每个像素就有红、绿、蓝三个数。用滑块移动红框、改变放大的范围。",
        "en": "Zoom into the small block inside the red square: each little square is one [[pixel]], with its "
        "number written on it. In a [[grayscale]] every pixel is one number, from 0 (black) to 255 (white); in an "
        "[[rgb]] every pixel has three, red, green and blue. Move the red square and change the zoom with the "
        "sliders.",
    },
    "inputs.grid.mode": {"zh": "显示方式", "en": "Show as"},
    "inputs.grid.mode.rgb": {"zh": "彩色（每像素 3 个数）", "en": "Colour (3 numbers a pixel)"},
    "inputs.grid.mode.grey": {"zh": "灰度（每像素 1 个数）", "en": "Grey (1 number a pixel)"},
    "inputs.grid.row": {"zh": "红框的上边（行）", "en": "Top of the square (row)"},
    "inputs.grid.col": {"zh": "红框的左边（列）", "en": "Left of the square (column)"},
    "inputs.grid.zoom": {"zh": "放大范围（像素）", "en": "Zoom (pixels across)"},
    "inputs.grid.square": {
        "zh": "红框：这张 {s} × {s} 图像的第 {r0}–{r1} 行、第 {c0}–{c1} 列（从 0 数起），右边把它放大。",
        "en": "The red square: rows {r0}–{r1} and columns {c0}–{c1} of this {s} × {s} image (counting from 0), "
        "drawn large on the right.",
    },
    "inputs.grid.caption.rgb": {
        "zh": "每个方格上从上到下依次是红、绿、蓝三个数。",
        "en": "Each square shows three numbers, top to bottom: red, green, blue.",
    },
    "inputs.grid.caption.grey": {
        "zh": "灰度图每个像素只有一个数：从黑（0）到白（255）的亮度。",
        "en": "A grey image has one number a pixel: its brightness from black (0) to white (255).",
    },
    # step 3: how many numbers, at the network's fixed size
    "inputs.size.head": {
        "zh": "一共多少个数：网络固定的输入尺寸",
        "en": "How many numbers: the network's fixed input size",
    },
    "inputs.size.intro": {
        "zh": "彩色图的每个像素有 3 个数，所以数的个数是 高 × 宽 × 3。课程的例子是一张 256 × 256 的彩色图；"
        "内置模型的输入则是 64 × 64。你的图片放进去之前，先被缩放成这样的尺寸：",
        "en": "Every pixel of a colour picture has 3 numbers, so a picture is height × width × 3 numbers. The "
        "course's example is a 256 × 256 colour picture; the built-in network takes 64 × 64. Before your picture "
        "goes in, it is resized to such a size:",
    },
    "inputs.size.course": {
        "zh": "课程的例子：{s} × {s} 彩色图",
        "en": "The course's example: {s} × {s} in colour",
    },
    "inputs.size.builtin": {
        "zh": "内置模型读到的：{s} × {s}",
        "en": "What the built-in network reads: {s} × {s}",
    },
    "inputs.size.count": {"zh": "数的个数", "en": "Numbers"},
    "inputs.size.expr": {"zh": "高 × 宽 × 颜色：**{expr}**", "en": "Height × width × colours: **{expr}**"},
    "inputs.size.fixed": {
        "zh": "每个网络在设计时就定好了[[input_shape]]。为手机设计的网络常用更小的输入，因为手机的内存和算力有限。"
        "所以每张图片都要先经过[[preprocessing]]，缩放成网络要的尺寸。选一个尺寸看看（后面几步都用这个尺寸）：",
        "en": "Every network is designed for one fixed [[input_shape]]. Networks built for phones often take "
        "smaller pictures, since a phone has less memory and computing power. So every picture goes through "
        "[[preprocessing]] first: it is resized to the network's size. Choose a size (the next steps use it):",
    },
    "inputs.size.label": {"zh": "网络的输入尺寸", "en": "The network's input size"},
    "inputs.size.note": {
        "zh": "在 {s} × {s} 时，这张图是 {n} 个数。边长减半，数就只剩四分之一。送进网络前，每个数通常还会除以 255，"
        "变成 0 到 1 之间的小数。",
        "en": "At {s} × {s} the picture is {n} numbers. Halving the side leaves a quarter of the numbers. Before "
        "going in, each number is usually divided by 255 too, to lie between 0 and 1.",
    },
    # step 4: grey and colour
    "inputs.colour.head": {"zh": "灰度与彩色", "en": "Grey and colour"},
    "inputs.colour.intro": {
        "zh": "灰度图每个像素一个数；彩色图每个像素有红、绿、蓝三个数，所以数量是三倍。"
        "把三种颜色分开，就得到三个[[channel]]，每个都是一张同样大小的二维数表。",
        "en": "A grey picture has one number a pixel; a colour picture has three, red, green and blue, so three "
        "times as many. Separating the colours gives three planes, one per [[channel]], each a 2-D table of the "
        "same size.",
    },
    "inputs.colour.grey": {
        "zh": "**灰度**：形状 {shape}，{expr} 个数",
        "en": "**Grey**: shape {shape}, {expr} numbers",
    },
    "inputs.colour.rgb": {
        "zh": "**彩色**：形状 {shape}，{expr} 个数",
        "en": "**Colour**: shape {shape}, {expr} numbers",
    },
    "inputs.colour.planes": {
        "zh": "三个颜色通道，一个一个看：",
        "en": "The three colour channels, one at a time:",
    },
    "inputs.colour.plane.R": {"zh": "**红色通道 R**：{shape}", "en": "**Red channel R**: {shape}"},
    "inputs.colour.plane.G": {"zh": "**绿色通道 G**：{shape}", "en": "**Green channel G**: {shape}"},
    "inputs.colour.plane.B": {"zh": "**蓝色通道 B**：{shape}", "en": "**Blue channel B**: {shape}"},
    # step 5
    "inputs.shape.head": {"zh": "同样的数，两种形状", "en": "The same numbers, two shapes"},
    "inputs.shape.intro": {
        "zh": "这些数可以排成一条长长的一维[[vector]]（这叫[[flatten]]），也可以保持成三个二维数组。"
        "数还是那些数，只是摆法不同；但每个网络都规定了它要的那一种形状。",
        "en": "These numbers can be laid out as one long 1-D [[vector]] (the step is called "
        "[[flatten]]), or kept as three 2-D arrays. The numbers are the same, only arranged differently; but each network fixes the "
        "shape it wants.",
    },
    "inputs.shape.vector": {
        "zh": "**一维向量**：形状 {shape}，一共 {n} 个数。下面是开头的 24 个：",
        "en": "**A 1-D vector**: shape {shape}, {n} numbers in all. Here are the first 24:",
    },
    "inputs.shape.vector_caption": {
        "zh": "展平时一个像素接一个像素地排：第一个像素的红、绿、蓝，然后是第二个像素……直到第 {n} 个数。",
        "en": "Flattening goes pixel by pixel: the first pixel's red, green, blue, then the second pixel's… up to number {n}.",
    },
    "inputs.shape.planes": {
        "zh": "**三个二维数组**，每个的形状都是 {shape}。这里只列出每个数组左上角的 5 × 5：",
        "en": "**Three 2-D arrays**, each of shape {shape}. Only the top-left 5 × 5 corner of each is listed here:",
    },
    "inputs.shape.row": {"zh": "行", "en": "row"},
    "inputs.shape.planes_caption": {
        "zh": "第一列是行号，表头是列号（都从 0 数起，从左上角开始）。",
        "en": "The first column is the row number; the headings are the column numbers (both count from 0, "
        "starting at the top-left corner).",
    },
    "inputs.shape.builtin": {
        "zh": "内置模型是一个卷积网络：它要的是三个 {s} × {s} 的数组，形状 ({s}, {s}, 3)，一共 {n} 个数。"
        "你的图片的这些数从左上角像素的红、绿、蓝开始：{r}、{g}、{b}；送进去之前，每个数都除以 255：{x}。",
        "en": "The built-in network is a convolutional network: it takes the numbers as three {s} × {s} arrays, "
        "shape ({s}, {s}, 3), {n} numbers in all. For your picture they start with the top-left pixel's red, "
        "green and blue: {r}, {g}, {b}; each is divided by 255 before it goes in: {x}.",
    },
    # lecture mode
    "inputs.choose_image.notes": {
        "zh": "选一张示例图，或者请学生用摄像头拍一张；后面每一步都用这张图。",
        "en": "Pick a sample, or have a student take a photo; every later step uses this image.",
    },
    "inputs.fixed_input_size.notes": {
        "zh": "先让学生自己算 256 × 256 × 3，再从 256 切到 28：图变成马赛克，数从 196,608 降到 2,352。"
        "网络只认它设计时的尺寸。",
        "en": "Let students work out 256 × 256 × 3 first, then switch from 256 to 28: the picture turns to mosaic "
        "and the count drops from 196,608 to 2,352. A network only accepts its design size.",
    },
    "inputs.pixel_grid.notes": {
        "zh": "把红框移到动物的边缘，让学生看数字在哪里突然变化。",
        "en": "Move the red square onto the animal's outline and let students see where the numbers jump.",
    },
    "inputs.grey_and_colour.notes": {
        "zh": "灰度一个通道，彩色三个通道；黄色在红、绿两个通道里都很亮。",
        "en": "Grey has one channel, colour three; yellow is bright in both the red and the green channel.",
    },
    "inputs.vector_or_planes.notes": {
        "zh": "强调：展平不会增减任何数，只是换了摆法。",
        "en": "Stress that flattening adds and removes nothing; it only rearranges.",
    },
    "inputs.recap": {
        "zh": "- 图片就是数：灰度图每个像素一个数（0 是黑，255 是白），彩色图每个像素三个数（红、绿、蓝）。\n"
        "- 一张 256 × 256 的彩色图有 256 × 256 × 3 = 196,608 个数；内置模型读的是 64 × 64 × 3 = 12,288 个。\n"
        "- 同样的数可以排成一条长向量，也可以是三个二维数组；每个网络都规定了尺寸和形状，所以图片先要缩放。",
        "en": "- A picture is numbers: grey has one a pixel (0 black, 255 white), colour has three (red, green, "
        "blue).\n"
        "- A 256 × 256 colour picture is 256 × 256 × 3 = 196,608 numbers; the built-in network reads 64 × 64 × 3 "
        "= 12,288.\n"
        "- The same numbers can be one long vector or three 2-D arrays; every network fixes its size and shape, "
        "so a picture is resized first.",
    },
}
