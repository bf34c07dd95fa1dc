"""explainer.images: every supported format and mode decodes to RGB; bad files are refused."""

import io

import numpy as np
import pytest
from PIL import Image

from explainer.images import MAX_PIXELS, ImageError, load_image, number_count, resize, to_network_input


def encode(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


RED = Image.new("RGB", (8, 6), (255, 0, 0))


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "BMP", "WEBP"])
def test_formats_decode_to_rgb(fmt):
    """PNG, JPEG, GIF, BMP and WebP all load as RGB with the right size and colour."""
    img = load_image(encode(RED, fmt))
    assert img.mode == "RGB" and img.size == (8, 6)
    r, g, b = img.getpixel((4, 3))
    assert r > 200 and g < 60 and b < 60


def test_first_frame_of_animation():
    """An animated GIF gives its first frame."""
    frames = [Image.new("RGB", (4, 4), c) for c in [(0, 0, 255), (0, 255, 0)]]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    assert load_image(data).getpixel((1, 1))[2] > 200


@pytest.mark.parametrize(
    "img, expected",
    [
        (Image.new("L", (4, 4), 128), (128, 128, 128)),
        (Image.new("1", (4, 4), 1), (255, 255, 255)),
        (Image.new("RGBA", (4, 4), (0, 0, 0, 0)), (255, 255, 255)),  # transparent -> white
        (Image.new("RGBA", (4, 4), (0, 0, 255, 255)), (0, 0, 255)),
        (Image.new("LA", (4, 4), (0, 0)), (255, 255, 255)),
        (Image.new("I;16", (4, 4), 65535), (255, 255, 255)),
        (Image.new("I;16", (4, 4), 0), (0, 0, 0)),
    ],
    ids=["L", "1", "RGBA-clear", "RGBA-blue", "LA-clear", "I16-max", "I16-zero"],
)
def test_modes_become_rgb(img, expected):
    """Every mode turns into RGB; transparency is composed onto white."""
    out = load_image(encode(img, "PNG"))
    assert out.mode == "RGB"
    assert out.getpixel((1, 1)) == expected


def test_palette_with_transparency_goes_on_white():
    p = Image.new("P", (4, 4), 0)
    p.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    out = load_image(encode(p, "PNG", transparency=0))
    assert out.getpixel((0, 0)) == (255, 255, 255)


def test_cmyk_jpeg():
    cmyk = Image.new("CMYK", (4, 4), (0, 255, 255, 0))  # red in CMYK
    r, g, b = load_image(encode(cmyk, "JPEG")).getpixel((1, 1))
    assert r > 200 and g < 60 and b < 60


def test_exif_orientation_is_applied():
    """A landscape photo tagged "rotate 90°" comes out portrait."""
    img = Image.new("RGB", (20, 10), (0, 128, 0))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 CW
    out = load_image(encode(img, "JPEG", exif=exif.tobytes()))
    assert out.size == (10, 20)


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "empty"),
        (b"hello, I am a text file", "not_image"),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', "markup"),
        (b"<svg width='10' height='10'></svg>", "markup"),
        (b"<!DOCTYPE html><html><body>hi</body></html>", "markup"),
        (encode(Image.new("RGB", (64, 64), (1, 2, 3)), "PNG")[:60], "truncated"),
        (encode(Image.linear_gradient("L").convert("RGB"), "JPEG")[:1000], "truncated"),
        (b"%PDF-1.4 fake", "not_image"),
    ],
    ids=["empty", "text", "svg-xml", "svg", "html", "png-cut", "jpeg-cut", "pdf"],
)
def test_bad_files_are_refused(data, code):
    """Each bad upload raises ImageError (a ValueError) with a code and a readable message."""
    with pytest.raises(ImageError) as err:
        load_image(data)
    assert err.value.code == code
    assert isinstance(err.value, ValueError)
    assert len(str(err.value)) > 20


@pytest.mark.parametrize("side", [8000, 12000])
def test_huge_images_are_refused_before_decoding(side):
    """A decompression bomb (tiny file, huge canvas) is refused from its header."""
    data = encode(Image.new("1", (side, side)), "PNG")
    assert len(data) < 200_000 and side * side > MAX_PIXELS
    with pytest.raises(ImageError) as err:
        load_image(data)
    assert err.value.code == "too_large"


def test_network_input_shape_and_range():
    """to_network_input gives float32 (H, W, 3) with values in [0, 1]."""
    x = to_network_input(Image.new("RGB", (300, 200), (255, 0, 128)), 64)
    assert x.shape == (64, 64, 3) and x.dtype == np.float32
    assert x.min() >= 0 and x.max() <= 1
    np.testing.assert_allclose(x[0, 0], [1.0, 0.0, 128 / 255], atol=1e-6)
    assert resize(RED, (28, 56)).size == (56, 28)


def test_number_count():
    """256 × 256 × 3 = 196,608 numbers."""
    assert number_count((256, 256, 3)) == 196_608
    assert number_count((28, 28)) == 784
    for bad in [(), (0, 3), (2.5, 2), "abc"]:
        with pytest.raises(ValueError):
            number_count(bad)
