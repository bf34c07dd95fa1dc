"""Strings shared by every page: app chrome, language switch, generic messages."""

TEXT = {
    "app.title": {"zh": "神经网络是怎样学习的", "en": "How a neural network learns"},
    "app.section.start": {"zh": "开始", "en": "Start"},
    "app.section.ch1": {"zh": "第 1 章 · 神经网络入门", "en": "Chapter 1 · Getting started"},
    "app.section.ch2": {"zh": "第 2 章 · 训练的基础", "en": "Chapter 2 · Training fundamentals"},
    "app.language": {"zh": "语言 / Language", "en": "Language / 语言"},
    "app.language.self": {"zh": "中文", "en": "English"},  # each language named in itself
    "app.coming": {
        "zh": "这一页正在制作中：{what}",
        "en": "This page is being built: {what}",
    },
    "app.bad_lang": {
        "zh": "链接里的语言参数无效，已使用中文。",
        "en": "The language in the link was not valid, so English is used.",
    },
    "app.url_reset": {
        "zh": "链接中的这些设置无效，已恢复默认值：{names}",
        "en": "These settings in the link were not valid and were reset to defaults: {names}",
    },
    "app.error": {
        "zh": "这里出了点问题，页面的其余部分仍可使用。细节已记录。",
        "en": "Something went wrong here; the rest of the page still works. The details were logged.",
    },
    "app.action_error": {
        "zh": "刚才的操作没能完成，页面没有改变，仍可继续使用。细节已记录。",
        "en": "Your last action could not be done; the page is unchanged and still works. The details were logged.",
    },
    "app.deeper": {"zh": "深入一步（选学）", "en": "Go deeper (optional)"},
    "app.deeper.note": {
        "zh": "这一步超出课程内容，跳过也不影响后面的学习。",
        "en": "This step goes beyond the course; skipping it leaves nothing missing later.",
    },
    "app.recap.title": {"zh": "这一页学到了什么", "en": "What you just learned"},
    "app.recap.next": {"zh": "下一页：{title}", "en": "Next: {title}"},
    "app.recap.map": {"zh": "回到课程地图", "en": "Back to the course map"},
    "app.share": {
        "zh": "复制链接，打开的就是这个视图（含你的设置）：",
        "en": "Copy the link to this view (with your settings):",
    },
    "app.share_button": {"zh": "分享这个视图", "en": "Share this view"},
    "app.steps.next": {"zh": "继续：第 {k} / {n} 步", "en": "Continue: step {k} of {n}"},
    "app.steps.all": {"zh": "显示全部 {n} 步", "en": "Show all {n} steps"},
    "app.course_section": {"zh": "课程 {section}", "en": "Course {section}"},
    "app.open": {"zh": "打开", "en": "Open"},
    "app.busy": {"zh": "正在计算…", "en": "Working…"},  # the working sign (ui/busy.py)
    "app.tf_loading": {
        "zh": "正在加载 TensorFlow（第一次大约需要 5–10 秒）…",
        "en": "Loading TensorFlow (about 5–10 seconds the first time)…",
    },
}
