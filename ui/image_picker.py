"""Choose an image: a gallery of doodle pets, an upload, or a webcam photo.

    img = image_picker_ui("black_box")     # draws the widgets, returns a PIL image or None

Every uploaded or photographed file goes through explainer.images.load_image; a bad file
gets a translated message (one per ImageError code) and the page keeps working. The source
and the gallery sample are shareable URL parameters (?src=gallery&sample=4); the camera is
behind a toggle so the browser does not ask for it on every visit. The picked image is also
kept in st.session_state so another step of the page (or a lecture slide) can reuse it:
picked(page_id) -> (image, true label or None).
"""

from __future__ import annotations

import streamlit as st
from PIL import Image

import catalog
from explainer.figures.thumbnails import strip_html
from explainer.images import ImageError, load_image
from ui import lang, t, urlstate
from ui.course_image import N_SAMPLES, choose_own, choose_sample, course_image, gallery
from ui.page import page_wide
from ui.pictures import image_key, jpeg_uri
from ui.shared_cache import cached
from ui.urlparams import ChoiceParam, IntParam

SOURCES = ("gallery", "upload", "camera")
UPLOAD_TYPES = ["png", "jpg", "jpeg", "gif", "bmp", "webp"]
MAX_MB = 10  # the largest image file the app reads, in megabytes
# The widget (and server.maxUploadSize) let files up to ACCEPT_MB through, so that a file over
# MAX_MB reaches the page and gets a message in the learner's language; a file the widget
# refused itself would only get a red icon, in English.
ACCEPT_MB = 32
THUMB = 64  # gallery thumbnail width in pixels
SHOW = 224  # width at which the chosen image is shown


def specs() -> dict:
    return {
        "src": ChoiceParam("gallery", SOURCES),
        "sample": IntParam(1, 1, N_SAMPLES),  # 1-based, as the captions count
    }


@cached(64)
def _jpeg(key: str, width: int, _image: Image.Image) -> str:
    return jpeg_uri(_image, width)


def shown(image: Image.Image, width: int) -> str | Image.Image:
    """The picture st.image(image, width=width) would show, as a data: URI made once per image
    and width (ui/pictures.py): st.image re-encodes a PIL image on every rerun, and a
    photo is large. Only RGB and grey images become JPEGs; others are left to st.image."""
    if image.mode not in ("RGB", "L") or image.format == "GIF":
        return image
    return _jpeg(key=image_key(image), width=int(width), _image=image)


@cached(1)
def _thumbnails() -> list[str]:
    return [jpeg_uri(img, THUMB) for img, _ in gallery()]


@cached(4)
def _gallery_strip(lg: str) -> str:
    """The gallery's thumbnails with their numbers, as one HTML row (explainer/figures/thumbnails.py)."""
    captions = [catalog.text("image_picker.gallery.caption", lg, n=i + 1) for i in range(N_SAMPLES)]
    return strip_html(_thumbnails(), captions, THUMB)


def picked(page_id: str) -> tuple[Image.Image | None, int | None]:
    """The course image (ui/course_image.py) and what it really is (None when unknown): what
    was last chosen on any page. None for the image while this page's picker waits for an
    upload or a photo."""
    if st.session_state.get(f"{page_id}._waiting"):
        return None, None
    ci = course_image()
    return ci.image, ci.truth


def _follow_course_image(page_id: str) -> None:
    """Start this page's picker on the course image, and follow it when it was changed elsewhere
    (the sidebar, another page) since the picker last drew. A link's own ?src= / ?sample= win
    on the picker's first drawing."""
    ci = course_image()
    seen = st.session_state.get(f"{page_id}._seen")
    if seen == ci.key:
        return
    src, sample = urlstate.key(page_id, "src"), urlstate.key(page_id, "sample")
    if seen is None and any(k in st.query_params for k in ("src", "sample")):
        return
    st.session_state[src] = ci.source
    if not ci.own:
        st.session_state[sample] = ci.sample


def _keep_a_sample(page_id: str) -> None:
    """Clicking the chosen pill again deselects it (None): select the last sample again."""
    k = urlstate.key(page_id, "sample")
    if st.session_state.get(k) is None:
        st.session_state[k] = st.session_state.get(f"{page_id}._last_sample", 1)


def _gallery_ui(page_id: str) -> tuple[Image.Image | None, int | None]:
    samples = gallery()
    st.html(_gallery_strip(lang()))
    n = st.pills(
        t("image_picker.gallery.label"),
        options=list(range(1, N_SAMPLES + 1)),
        key=urlstate.key(page_id, "sample"),
        disabled=urlstate.locked("sample"),
        help=t("image_picker.gallery.help"),
        on_change=page_wide(_keep_a_sample),
        args=(page_id,),
        wrap=True,  # in a narrow column the nine samples take two rows rather than scroll out of sight
    )
    n = n or 1
    st.session_state[f"{page_id}._last_sample"] = n
    if course_image().sample != n:
        choose_sample(n)
    image, truth = samples[n - 1]
    st.image(shown(image, SHOW), caption=t("image_picker.caption.gallery", n=n), width=SHOW)
    return image, truth


def _decode(page_id: str, file, what: str) -> Image.Image | None:
    """Uploaded bytes -> image via load_image, remembered per file; a translated error if bad."""
    cache_key = f"{page_id}._decoded.{what}"
    cached = st.session_state.get(cache_key)
    if cached is not None and cached[0] == file.file_id:
        image = cached[1]
    else:
        data = file.getvalue()
        try:
            if len(data) > MAX_MB * 1024 * 1024:  # over the app's limit: said in the page
                raise ImageError("file_too_big", "file too big")
            image = load_image(data)
        except ImageError as exc:
            code = "too_large_plain" if exc.code == "too_large" and not exc.detail else exc.code
            st.error(t(f"image_picker.error.{code}", mb=MAX_MB, **exc.detail), icon=":material/broken_image:")
            st.caption(t("image_picker.error.retry"))
            st.session_state.pop(cache_key, None)
            return None
        st.session_state[cache_key] = (file.file_id, image)
    choose_own(image, what)
    w, h = image.info.get("original_size", image.size)  # as uploaded; load_image keeps a smaller copy
    st.image(shown(image, SHOW), caption=t(f"image_picker.caption.{what}", w=w, h=h), width=SHOW)
    return image


def _upload_ui(page_id: str) -> Image.Image | None:
    file = st.file_uploader(
        t("image_picker.upload.label", mb=MAX_MB),
        type=UPLOAD_TYPES,
        max_upload_size=ACCEPT_MB,
        key=f"{page_id}.upload",
        on_change=page_wide(),
    )
    if file is None:
        ci = course_image()
        if ci.source == "upload":  # uploaded on another page: it is still the course image
            st.image(shown(ci.image, SHOW), caption=t("image_picker.caption.yours"), width=SHOW)
            return ci.image
        st.info(t("image_picker.upload.waiting"), icon=":material/upload:")
        return None
    return _decode(page_id, file, "upload")


def _camera_ui(page_id: str) -> Image.Image | None:
    on = st.toggle(t("image_picker.camera.toggle"), key=f"{page_id}.camera_on", on_change=page_wide())
    st.caption(t("image_picker.camera.hint"))
    if not on:
        return None
    photo = st.camera_input(t("image_picker.camera.label"), key=f"{page_id}.camera", on_change=page_wide())
    if photo is None:
        st.info(t("image_picker.camera.waiting"), icon=":material/photo_camera:")
        return None
    return _decode(page_id, photo, "camera")


def image_picker_ui(page_id: str) -> Image.Image | None:
    """Draw the source choice and its widgets; return the chosen RGB image, or None if none yet.

    The page's later steps read the choice back with picked(), so every widget here reruns
    the whole page when it changes (ui.page.page_wide), not only the step it is drawn in.
    """
    _follow_course_image(page_id)
    urlstate.bind(page_id, specs())
    src = st.radio(
        t("image_picker.source"),
        SOURCES,
        format_func={s: t(f"image_picker.source.{s}") for s in SOURCES}.get,  # bound now, in this language
        horizontal=True,
        key=urlstate.key(page_id, "src"),
        disabled=urlstate.locked("src"),
        on_change=page_wide(),
    )
    truth = None
    if src == "upload":
        image = _upload_ui(page_id)
    elif src == "camera":
        image = _camera_ui(page_id)
    else:
        image, truth = _gallery_ui(page_id)
    st.session_state[f"{page_id}._waiting"] = image is None
    st.session_state[f"{page_id}._seen"] = course_image().key
    return image
