"""The inputs page's steps (course 01-04): an image is numbers. Every pixel a number (grey) or
three (colour); 256 × 256 × 3 = 196,608 numbers for the course's image and 64 × 64 × 3 = 12,288
for the built-in network, at the network's fixed size; grey against colour, channel by channel;
one long vector or three 2-D arrays.

app_pages/inputs.py is only run("inputs", [...]) with these steps; they live here so the page
script the server re-executes stays tiny. The image is the course image, chosen with the shared
picker (ui/image_picker.py); every later step reads it back with picked(), so lecture mode can
show any step on its own. What a step shows is cached per (image, size, ..., language)
(steps/inputs_cache.py, ui/shared_cache.py): a rerun that changed nothing only sends it again.
The catalog is fixed while the app runs, so the language code stands for every text.
"""

from __future__ import annotations

from html import escape

import streamlit as st
from PIL import Image

from explainer import pixels
from explainer.images import number_count
from explainer.models import INPUT_SIZE
from steps import inputs_cache as img
from ui import t, urlstate
from ui.i18n import lang
from ui.image_picker import gallery, image_picker_ui, picked
from ui.page import page_wide
from ui.pictures import image_key
from ui.urlparams import ChoiceParam, IntParam

PAGE = "inputs"
SIZES = ("28", "64", "224", "256")  # input sizes of real networks: MNIST, small CNNs, MobileNet, the course
SPECS = {
    "size": ChoiceParam("256", SIZES),  # the network's fixed input size (square)
    "mode": ChoiceParam("grey", ("grey", "rgb")),  # how the pixel grid shows the image
    "row": IntParam(178, 0, 255),  # top of the zoomed crop (default: on sample 1's eye)
    "col": IntParam(132, 0, 255),  # left of the zoomed crop
    "zoom": IntParam(8, 4, 12),  # the crop is zoom x zoom pixels
}
SHOW = img.SHOW
COURSE_SIZE = 256  # the course's example: a 256 x 256 colour image
CH = img.CH


def state() -> dict:
    return urlstate.bind(PAGE, SPECS)


def current_image() -> tuple[str, Image.Image]:
    """The chosen image and its key (upload or camera chosen but nothing there yet: the first sample)."""
    image, _ = picked(PAGE)
    if image is None:
        image = gallery()[0][0]
    return image_key(image), image


# ---- the steps (their names key the lecture-mode notes: "inputs.<step>.notes") ------------


def choose_image():
    st.subheader(t("inputs.choose.head"))
    st.markdown(t("inputs.choose.intro"))
    image = image_picker_ui(PAGE)
    if image is None:
        st.caption(t("inputs.choose.using_sample"))
    else:
        w, h = image.size
        st.caption(t("inputs.choose.size", w=w, h=h))


def _size_ui() -> int:
    st.radio(
        t("inputs.size.label"),
        SIZES,
        format_func=lambda s: f"{s} × {s}",
        horizontal=True,
        key=urlstate.key(PAGE, "size"),
        disabled=urlstate.locked("size"),
        on_change=page_wide(),  # every other step shows the image at this size
    )
    return int(st.session_state[urlstate.key(PAGE, "size")])


def _count_ui(size: int, key: str, image: Image.Image, head: str) -> None:
    """The image at size x size, and how many numbers that is: size x size x 3."""
    shape = (size, size, 3)
    st.markdown(f"**{head}**")
    st.image(img.colour_jpegs(key=key, size=size, _image=image)["rgb"], width=img.HALF_SHOW)
    st.metric(t("inputs.size.count"), f"{number_count(shape):,}")
    st.markdown(t("inputs.size.expr", expr=pixels.count_expression(shape)))


def fixed_input_size():
    st.subheader(t("inputs.size.head"))
    st.markdown(t("inputs.size.intro"))
    state()
    key, image = current_image()
    left, right = st.columns(2, gap="large")
    with left:
        _count_ui(COURSE_SIZE, key, image, t("inputs.size.course", s=COURSE_SIZE))
    with right:
        _count_ui(INPUT_SIZE, key, image, t("inputs.size.builtin", s=INPUT_SIZE))
    st.markdown(t("inputs.size.fixed"))
    size = _size_ui()
    left, right = st.columns([1, 5], vertical_alignment="center")
    left.image(img.colour_jpegs(key=key, size=size, _image=image)["rgb"], width=128)
    right.markdown(t("inputs.size.note", s=size, n=f"{number_count((size, size, 3)):,}"))


def _clamp_crop(size: int, zoom: int) -> None:
    """Keep the crop inside the image before its sliders are drawn (the size may have shrunk)."""
    for name in ("row", "col"):
        k = urlstate.key(PAGE, name)
        st.session_state[k] = min(st.session_state[k], size - zoom)


def pixel_grid():
    st.subheader(t("inputs.grid.head"))
    st.markdown(t("inputs.grid.intro"))
    v = state()
    size = int(v["size"])
    zoom_key = urlstate.key(PAGE, "zoom")
    st.session_state[zoom_key] = min(st.session_state[zoom_key], size)
    c1, c2, c3, c4 = st.columns(4)
    modes = {
        m: t(f"inputs.grid.mode.{m}") for m in ("grey", "rgb")
    }  # a dict, so AppTest can format outside a run
    c1.radio(
        t("inputs.grid.mode"),
        list(modes),
        format_func=modes.get,
        key=urlstate.key(PAGE, "mode"),
        disabled=urlstate.locked("mode"),
    )
    c4.slider(t("inputs.grid.zoom"), 4, min(12, size), key=zoom_key, disabled=urlstate.locked("zoom"))
    zoom = st.session_state[zoom_key]
    _clamp_crop(size, zoom)
    c2.slider(
        t("inputs.grid.row"), 0, size - zoom, key=urlstate.key(PAGE, "row"), disabled=urlstate.locked("row")
    )
    c3.slider(
        t("inputs.grid.col"), 0, size - zoom, key=urlstate.key(PAGE, "col"), disabled=urlstate.locked("col")
    )
    row, col = st.session_state[urlstate.key(PAGE, "row")], st.session_state[urlstate.key(PAGE, "col")]
    key, image = current_image()
    overview, crop = img.grid_view(
        key=key, size=size, mode=v["mode"], row=row, col=col, zoom=zoom, lg=lang(), _image=image
    )
    left, right = st.columns([2, 3])
    with left:
        last = zoom - 1
        where = {"s": size, "r0": row, "r1": row + last, "c0": col, "c1": col + last}
        # an image that shrinks with a narrow column (st.image at a fixed width would spill over the crop)
        square = t("inputs.grid.square", **where)
        st.html(
            f'<img src="{overview}" alt="{escape(square)}" style="width:100%;max-width:{img.OVERVIEW}px;height:auto">'
        )
        st.caption(square)
    with right:
        st.container(key="inputs.crop").html(crop)
    st.caption(t(f"inputs.grid.caption.{v['mode']}"))


def grey_and_colour():
    st.subheader(t("inputs.colour.head"))
    st.markdown(t("inputs.colour.intro"))
    size = int(state()["size"])
    key, image = current_image()
    jpegs = img.colour_jpegs(key=key, size=size, _image=image)
    left, right = st.columns(2)
    with left:
        st.image(jpegs["grey"], width=SHOW)
        shape = (size, size)
        st.markdown(t("inputs.colour.grey", shape=shape, expr=pixels.count_expression(shape)))
    with right:
        st.image(jpegs["rgb"], width=SHOW)
        shape = (size, size, 3)
        st.markdown(t("inputs.colour.rgb", shape=shape, expr=pixels.count_expression(shape)))
    st.markdown(t("inputs.colour.planes"))
    for col, ch, picture in zip(st.columns(3), range(3), jpegs["planes"], strict=True):
        with col:
            st.image(picture, width=img.PLANE_SHOW)
            st.markdown(t(f"inputs.colour.plane.{CH[ch]}", shape=(size, size)))


def vector_or_planes():
    st.subheader(t("inputs.shape.head"))
    st.markdown(t("inputs.shape.intro"))
    size = int(state()["size"])
    key, image = current_image()
    n = f"{size * size * 3:,}"
    st.markdown(t("inputs.shape.vector", shape=(size * size * 3,), n=n))
    strip, planes = img.vector_view(key=key, size=size, lg=lang(), _image=image)
    st.container(key="inputs.vector").html(strip)
    st.caption(t("inputs.shape.vector_caption", n=n))
    st.markdown(t("inputs.shape.planes", shape=(size, size)))
    for col, ch, table in zip(st.columns(3), range(3), planes, strict=True):
        with col:
            st.markdown(t(f"inputs.colour.plane.{CH[ch]}", shape=(size, size)))
            st.html(table)
    st.caption(t("inputs.shape.planes_caption"))
    first = img.network_pixels(key=key, size=INPUT_SIZE, _image=image)[0, 0]  # the top-left pixel's R, G, B
    st.markdown(
        t(
            "inputs.shape.builtin",
            s=INPUT_SIZE,
            n=f"{number_count((INPUT_SIZE, INPUT_SIZE, 3)):,}",
            r=int(first[0]),
            g=int(first[1]),
            b=int(first[2]),
            x=", ".join(f"{v / 255:.3f}" for v in first),
        )
    )


STEPS = [choose_image, pixel_grid, fixed_input_size, grey_and_colour, vector_or_planes]
