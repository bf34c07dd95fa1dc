"""One image for the whole course: the learner's picture, followed from pixels to a weight update.

The learner picks or uploads it once (the black box's picker, or the sidebar's gallery on any
page); every page then uses it by default beside its own examples. It lives in this session
(st.session_state[KEY]) as one small copy (explainer.images.load_image keeps at most 1024 px a
side), shared by the pages. A gallery sample also goes in the link (?img=3), so a shared link
opens the same picture; a learner's own picture never does.

    ci = course_image()          # CourseImage: .image .key .source .sample .truth
    ci.truth                     # class index (cat, dog, other) when known, else None
    answer(ci)                   # the built-in network on it, in numpy (explainer/network.py)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import streamlit as st
from PIL import Image

import catalog
from explainer import doodles, network
from explainer.images import to_network_input
from explainer.models import INPUT_SIZE
from ui.guard import callback
from ui.i18n import lang, t
from ui.pictures import image_key, jpeg_uri
from ui.shared_cache import cached

KEY = "course_image"  # session: the CourseImage
URL = "img"  # ?img=3: gallery sample 3 (1-based)
PER_CLASS = 3  # the gallery: 3 cats, 3 dogs, 3 others
N_SAMPLES = PER_CLASS * len(doodles.CLASSES)
THUMB = 96  # sidebar thumbnail width in pixels


@dataclass(frozen=True)
class CourseImage:
    image: Image.Image  # RGB, at most 1024 px a side
    key: str  # a digest of its pixels (ui.pictures.image_key): names it in the shared caches
    source: str  # "gallery" | "upload" | "camera"
    sample: int | None  # the gallery's number (1-based), None for the learner's own picture
    truth: int | None  # what it really is, an index into doodles.CLASSES, when known

    @property
    def own(self) -> bool:
        return self.sample is None


@st.cache_resource(show_spinner=False)
def gallery() -> list[tuple[Image.Image, int]]:
    """The gallery's doodles, drawn once per process (read-only, shared by all sessions)."""
    return doodles.sample_images(per_class=PER_CLASS, size=128)


def from_sample(n: int) -> CourseImage:
    image, truth = gallery()[n - 1]
    return CourseImage(image, image_key(image), "gallery", n, truth)


def _sample_from_url() -> int | None:
    raw = st.query_params.get(URL)
    if raw is not None and raw.isdigit() and 1 <= int(raw) <= N_SAMPLES:
        return int(raw)
    return None


def init_course_image() -> None:
    """Settle the course image for this run. A link's ?img= opens that gallery sample when the
    session has no course image yet (a link opened in a new tab); afterwards the session leads
    and the URL follows it. A value that is not a sample number is dropped."""
    n = _sample_from_url()
    if KEY not in st.session_state and n is not None:
        st.session_state[KEY] = from_sample(n)
    _write_url()


def _write_url() -> None:
    """?img=<sample> while the course image is a gallery sample; no ?img= for one's own picture."""
    ci = course_image()
    want = None if ci.own else str(ci.sample)
    if st.query_params.get(URL) != want:
        if want is None:
            st.query_params.pop(URL, None)
        else:
            st.query_params[URL] = want


def course_image() -> CourseImage:
    """The course image; gallery sample 1 until the learner chooses."""
    ci = st.session_state.get(KEY)
    if ci is None:
        ci = st.session_state[KEY] = from_sample(1)
    return ci


def choose_sample(n: int) -> None:
    st.session_state[KEY] = from_sample(int(n))
    _write_url()


def choose_own(image: Image.Image, source: str) -> None:
    """The learner's own picture (decoded by load_image) becomes the course image; what it
    really is stays unknown until the learner says (set_truth)."""
    ci = st.session_state.get(KEY)
    key = image_key(image)
    if ci is not None and ci.key == key:
        return
    st.session_state[KEY] = CourseImage(image, key, source, None, None)
    _write_url()


def set_truth(i: int | None) -> None:
    """The learner says what the picture really is (the one-hot page asks)."""
    ci = course_image()
    st.session_state[KEY] = CourseImage(ci.image, ci.key, ci.source, ci.sample, i)


@cached(64)
def _trace(key: str, _image: Image.Image) -> network.Trace:
    x = to_network_input(_image, INPUT_SIZE)  # (64, 64, 3) in [0, 1]
    return network.trace(_weights(), x)


@cached(1)
def _weights() -> network.Weights:
    return network.load_weights()


def answer(ci: CourseImage) -> network.Trace:
    """The built-in network on the course image, in numpy: scores z, probabilities p and every
    layer's output (shared by every session that has the same picture)."""
    return _trace(ci.key, _image=ci.image)


def probabilities(ci: CourseImage) -> np.ndarray:
    return answer(ci).p  # (3,)


def class_name(i: int) -> str:
    return t(f"doodles.class.{doodles.CLASSES[i]}")


@cached(4)
def _sample_labels(lg: str) -> dict[int, str]:
    """The gallery's option texts in one language ("Sample 3 (dog)"), built once per language."""
    return {
        n: catalog.text(
            "course_image.sample", lg, n=n, name=catalog.text(f"doodles.class.{doodles.CLASSES[c]}", lg)
        )
        for n, (_, c) in enumerate(gallery(), start=1)
    }


def caption(ci: CourseImage) -> str:
    if ci.own:
        return t("course_image.own")
    return t("course_image.sample", n=ci.sample, name=class_name(ci.truth))


@callback
def _pick_from_sidebar() -> None:
    n = st.session_state.get("_course_image_pick")
    if n:
        choose_sample(n)


def sidebar_ui() -> None:
    """The course image in the sidebar on every page: a thumbnail, what it is, and the gallery."""
    ci = course_image()
    box = st.sidebar.container(border=True, key="course-image")
    box.markdown(f"**{t('course_image.title')}**")
    box.image(thumbnail(ci.key, _image=ci.image), width=THUMB, caption=caption(ci))
    st.session_state["_course_image_pick"] = ci.sample  # None for the learner's own picture
    box.selectbox(
        t("course_image.pick"),
        list(range(1, N_SAMPLES + 1)),
        format_func=_sample_labels(lang()).get,  # bound now, in this run's language
        placeholder=t("course_image.own"),
        key="_course_image_pick",
        on_change=_pick_from_sidebar,
        help=t("course_image.help"),
    )


@cached(64)
def thumbnail(key: str, _image: Image.Image) -> str:
    """The course image, THUMB pixels wide, as a data URI for st.image (key names the picture)."""
    return jpeg_uri(_image.convert("RGB"), THUMB)
