"""Names of the built-in dataset's classes ("doodle pets"), shared by every page that shows them."""

TEXT = {
    "doodles.class.cat": {"zh": "猫", "en": "cat"},
    "doodles.class.dog": {"zh": "狗", "en": "dog"},
    "doodles.class.other": {"zh": "其他", "en": "other"},
    "doodles.name": {"zh": "涂鸦宠物", "en": "doodle pets"},
    "doodles.about": {
        "zh": "程序随手画出的卡通猫、卡通狗和其他东西（房子、汽车、树、球、鱼、花、太阳），"
        "颜色、大小、位置、角度和背景都是随机的。",
        "en": "Cartoon cats, cartoon dogs and other things (houses, cars, trees, balls, fish, "
        "flowers, suns) drawn by the program, with random colours, sizes, positions, angles and backgrounds.",
    },
}
