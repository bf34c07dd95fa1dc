"""Strings of the shared image picker (ui/image_picker.py): gallery, upload, camera, bad files."""

TEXT = {
    "image_picker.source": {"zh": "图片从哪里来？", "en": "Where does the image come from?"},
    "image_picker.source.gallery": {"zh": "示例图库", "en": "Sample gallery"},
    "image_picker.source.upload": {"zh": "上传图片", "en": "Upload an image"},
    "image_picker.source.camera": {"zh": "摄像头", "en": "Camera"},
    "image_picker.gallery.label": {"zh": "选一张示例图", "en": "Pick a sample"},
    "image_picker.gallery.help": {
        "zh": "这些图是程序画的涂鸦宠物，和内置模型训练时看到的同一类图片。",
        "en": "These are doodle pets drawn by the program, the same kind of picture the built-in box learned from.",
    },
    "image_picker.gallery.caption": {"zh": "{n} 号", "en": "No. {n}"},
    "image_picker.upload.label": {
        "zh": "选择一张图片（PNG、JPEG、GIF、BMP 或 WebP，最大 {mb} MB）",
        "en": "Choose an image (PNG, JPEG, GIF, BMP or WebP, up to {mb} MB)",
    },
    "image_picker.upload.waiting": {
        "zh": "还没有图片：把一张图片拖进上面的框，或点击框里的“Upload”按钮。",
        "en": "No image yet: drop one on the box above, or click its “Upload” button.",
    },
    "image_picker.camera.toggle": {"zh": "打开摄像头", "en": "Turn on the camera"},
    "image_picker.camera.label": {
        "zh": "对准要分类的东西，然后拍照",
        "en": "Point at something and take a photo",
    },
    "image_picker.camera.hint": {
        "zh": "打开后浏览器会请求使用摄像头的权限。没有摄像头或拒绝了权限？请改用示例图库或上传图片。",
        "en": "When it is on, your browser asks for permission to use the camera. "
        "No camera, or permission refused? Use the sample gallery or upload an image instead.",
    },
    "image_picker.camera.waiting": {
        "zh": "还没有照片：拍一张就会显示在这里。",
        "en": "No photo yet: take one and it appears here.",
    },
    "image_picker.caption.gallery": {"zh": "示例 {n}", "en": "Sample {n}"},
    "image_picker.caption.yours": {
        "zh": "你之前上传的图片（还可以在上面换一张）",
        "en": "The picture you uploaded before (you can upload another above)",
    },
    "course_image.title": {"zh": "你的图片", "en": "Your image"},
    "course_image.sample": {"zh": "示例 {n}（{name}）", "en": "Sample {n} ({name})"},
    "course_image.own": {"zh": "你自己的图片", "en": "Your own picture"},
    "course_image.pick": {"zh": "换一张示例", "en": "Pick a sample"},
    "course_image.help": {
        "zh": "每一页都会用这张图。想用自己的图片，请在“黑匣子”页上传。",
        "en": "Every page uses this image. To use your own picture, upload it on the black-box page.",
    },
    "image_picker.caption.upload": {
        "zh": "你上传的图片（{w}×{h} 像素）",
        "en": "Your image ({w}×{h} pixels)",
    },
    "image_picker.caption.camera": {"zh": "你的照片（{w}×{h} 像素）", "en": "Your photo ({w}×{h} pixels)"},
    "image_picker.error.empty": {
        "zh": "这个文件是空的。请换一张 PNG、JPEG、GIF、BMP 或 WebP 图片。",
        "en": "This file is empty. Please choose a PNG, JPEG, GIF, BMP or WebP image.",
    },
    "image_picker.error.markup": {
        "zh": "这是 SVG 或网页文件，不是照片。请先把它导出为 PNG 或 JPEG。",
        "en": "This is an SVG or web page file, not a photo. Export it as PNG or JPEG first.",
    },
    "image_picker.error.not_image": {
        "zh": "无法把这个文件当作图片读取。请使用 PNG、JPEG、GIF、BMP 或 WebP 格式。",
        "en": "This file cannot be read as an image. Please use PNG, JPEG, GIF, BMP or WebP.",
    },
    "image_picker.error.too_large": {
        "zh": "这张图片有 {w}×{h} 像素（{mp} 百万像素），太大了：这种图片最多能读 {limit} 百万像素。请把它缩小后再试。",
        "en": "This image is {w}×{h} pixels ({mp} megapixels), too big: an image like this can have at most {limit} megapixels. Make it smaller and try again.",
    },
    "image_picker.error.too_large_plain": {
        "zh": "这张图片的像素太多了。请把它缩小后再试。",
        "en": "This image has too many pixels. Make it smaller and try again.",
    },
    "image_picker.error.file_too_big": {
        "zh": "这个文件超过 {mb} MB，太大了。请换一张小一些的图片。",
        "en": "This file is over {mb} MB, too big. Please choose a smaller image.",
    },
    "image_picker.error.truncated": {
        "zh": "这张图片已损坏或不完整。请重新保存，或换一张。",
        "en": "This image is damaged or cut off. Save it again or choose another one.",
    },
    "image_picker.error.retry": {
        "zh": "页面其余部分照常可用；也可以换回示例图库。",
        "en": "The rest of the page still works; you can also switch back to the sample gallery.",
    },
}
