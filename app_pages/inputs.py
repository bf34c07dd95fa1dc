"""Inputs (course 01-04): an image is numbers. Grey vs RGB, 256 × 256 × 3 = 196,608 numbers,
one long vector or three 2-D arrays, and resizing to the network's fixed input size.

The image comes from the shared picker (ui/image_picker.py); every later step reads it back
with picked(), so lecture mode can show any step on its own.
"""

import pandas as pd
import streamlit as st

from explainer import pixel_figures as figs
from explainer import pixels
from explainer.images import number_count
from explainer.urlparams import ChoiceParam, IntParam
from ui import t, urlstate
from ui.image_picker import gallery, image_picker_ui, picked
from ui.page import run

PAGE = "inputs"
SIZES = ("28", "64", "224", "256")  # input sizes of real networks: MNIST, small CNNs, MobileNet, the course
SPECS = {
    "size": ChoiceParam("256", SIZES),  # the network's fixed input size (square)
    "mode": ChoiceParam("rgb", ("grey", "rgb")),  # how the pixel grid shows the image
    "row": IntParam(178, 0, 255),  # top of the zoomed crop (default: on sample 1's eye)
    "col": IntParam(132, 0, 255),  # left of the zoomed crop
    "zoom": IntParam(8, 4, 12),  # the crop is zoom x zoom pixels
}
SHOW = 256  # width in pixels at which images are drawn
PLOT_CONFIG = {"displayModeBar": False}
CH = ("R", "G", "B")


def state() -> dict:
    return urlstate.bind(PAGE, SPECS)


def current_pixels():
    """The chosen image at the network's input size: uint8 (size, size, 3)."""
    image, _ = picked(PAGE)
    if image is None:  # upload or camera chosen but nothing there yet: use the first sample
        image = gallery()[0][0]
    return pixels.network_pixels(image, int(state()["size"]))


def choose_image():
    st.subheader(t("inputs.choose.head"))
    st.markdown(t("inputs.choose.intro"))
    image = image_picker_ui(PAGE)
    if image is None:
        st.caption(t("inputs.choose.using_sample"))
    else:
        w, h = image.size
        st.caption(t("inputs.choose.size", w=w, h=h))


def fixed_input_size():
    st.subheader(t("inputs.size.head"))
    st.markdown(t("inputs.size.intro"))
    state()
    st.radio(
        t("inputs.size.label"),
        SIZES,
        format_func=lambda s: f"{s} × {s}",
        horizontal=True,
        key=urlstate.key(PAGE, "size"),
        disabled=urlstate.locked("size"),
    )
    a = current_pixels()  # (size, size, 3)
    left, right = st.columns([1, 1])
    with left:
        st.image(pixels.enlarge(a, SHOW), width=SHOW, caption=t("inputs.size.resized", s=a.shape[0]))
    with right:
        st.metric(t("inputs.size.count"), f"{number_count(a.shape):,}")
        st.markdown(t("inputs.size.expr", expr=pixels.count_expression(a.shape)))
        st.caption(t("inputs.size.note"))


def _clamp_crop(size: int, zoom: int) -> None:
    """Keep the crop inside the image before its sliders are drawn (the size may have shrunk)."""
    for name in ("row", "col"):
        k = urlstate.key(PAGE, name)
        st.session_state[k] = min(st.session_state[k], size - zoom)


def pixel_grid():
    st.subheader(t("inputs.grid.head"))
    st.markdown(t("inputs.grid.intro"))
    v = state()
    a = current_pixels()
    size = a.shape[0]
    zoom_key = urlstate.key(PAGE, "zoom")
    st.session_state[zoom_key] = min(st.session_state[zoom_key], size)
    c1, c2, c3, c4 = st.columns(4)
    modes = {
        m: t(f"inputs.grid.mode.{m}") for m in ("rgb", "grey")
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
    shown = pixels.grey(a) if v["mode"] == "grey" else a
    axes = dict(x_title=t("inputs.axis.col"), y_title=t("inputs.axis.row"))
    left, right = st.columns([2, 3])
    with left:
        st.plotly_chart(
            figs.image_with_box(shown, row, col, zoom, **axes), key="inputs.overview", config=PLOT_CONFIG
        )
    with right:
        fig = figs.pixel_grid(pixels.crop(shown, row, col, zoom), row, col, **axes)
        st.plotly_chart(fig, key="inputs.crop", config=PLOT_CONFIG)
    st.caption(t(f"inputs.grid.caption.{v['mode']}"))


def grey_and_colour():
    st.subheader(t("inputs.colour.head"))
    st.markdown(t("inputs.colour.intro"))
    a = current_pixels()
    g = pixels.grey(a)  # (size, size)
    left, right = st.columns(2)
    with left:
        st.image(pixels.enlarge(g, SHOW), width=SHOW)
        st.markdown(t("inputs.colour.grey", shape=g.shape, expr=pixels.count_expression(g.shape)))
    with right:
        st.image(pixels.enlarge(a, SHOW), width=SHOW)
        st.markdown(t("inputs.colour.rgb", shape=a.shape, expr=pixels.count_expression(a.shape)))
    st.markdown(t("inputs.colour.planes"))
    for col, ch, plane in zip(st.columns(3), range(3), pixels.planes(a), strict=True):
        with col:
            st.image(pixels.enlarge(pixels.tint(plane, ch), 200), width=200)
            st.markdown(t(f"inputs.colour.plane.{CH[ch]}", shape=plane.shape))


def vector_or_planes():
    st.subheader(t("inputs.shape.head"))
    st.markdown(t("inputs.shape.intro"))
    a = current_pixels()
    flat = pixels.flatten(a)  # (size*size*3,)
    st.markdown(t("inputs.shape.vector", shape=flat.shape, n=f"{flat.size:,}"))
    fig = figs.vector_strip(
        flat[:24],
        channel_names=[t(f"inputs.channel.{c}") for c in CH],
        x_title=t("inputs.axis.position"),
        y_title=t("inputs.axis.value"),
    )
    st.plotly_chart(fig, key="inputs.vector", config=PLOT_CONFIG)
    st.caption(t("inputs.shape.vector_caption", n=f"{flat.size:,}"))
    st.markdown(t("inputs.shape.planes", shape=a.shape[:2]))
    for col, ch, plane in zip(st.columns(3), range(3), pixels.planes(a), strict=True):
        with col:
            st.markdown(t(f"inputs.colour.plane.{CH[ch]}", shape=plane.shape))
            st.table(pd.DataFrame(plane[:5, :5]))
    st.caption(t("inputs.shape.planes_caption"))


run(PAGE, [choose_image, fixed_input_size, pixel_grid, grey_and_colour, vector_or_planes])
