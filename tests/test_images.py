"""explainer.images: every supported format and mode decodes to RGB; bad files are refused;
images that decode to far more than their file size are refused or decoded within bounds."""

import io

import numpy as np
import pytest
from PIL import Image

from benchmarks.bench_images import measure_in_fresh_process, png_bytes, rle8_bmp
from explainer.images import (
    MAX_DIMENSION,
    MAX_PIXELS,
    MAX_SIDE,
    ImageError,
    load_image,
    number_count,
    pixel_limit,
    resize,
    to_network_input,
)


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
        (Image.new("I;16", (4, 4), 32896), (128, 128, 128)),
    ],
    ids=["L", "1", "RGBA-clear", "RGBA-blue", "LA-clear", "I16-max", "I16-zero", "I16-mid"],
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


# --- Images that are small files but huge canvases -----------------------------------------
# png_bytes and rle8_bmp make such files; measure_in_fresh_process measures one load_image.


def side_at_limit(mode: str) -> int:
    return int(pixel_limit(mode) ** 0.5)


def big_jpeg(width: int = 6000, height: int = 4000, **kw) -> bytes:
    return encode(Image.linear_gradient("L").resize((width, height)).convert("RGB"), "JPEG", **kw)


@pytest.mark.parametrize(
    "make",
    [
        lambda: png_bytes(7000, 7000, "I;16"),
        lambda: png_bytes(7000, 7000, "RGBA"),
        lambda: png_bytes(side_at_limit("I;16"), side_at_limit("I;16"), "I;16"),
        lambda: png_bytes(side_at_limit("RGBA"), side_at_limit("RGBA"), "RGBA"),
        big_jpeg,
    ],
    ids=["grey16-7000", "rgba-7000", "grey16-at-limit", "rgba-at-limit", "jpeg-6000x4000"],
)
def test_huge_canvas_is_refused_or_decoded_small_within_bounds(make, tmp_path):
    """A small file with a huge canvas is refused ("too_large") or comes back at most
    MAX_SIDE a side, with at most 100 MB of peak memory (resident, and Python/numpy) above
    the baseline, in under 1 s (2 s allowed here for a busy machine)."""
    data = make()
    assert len(data) < 1_000_000
    r = measure_in_fresh_process(data, tmp_path)
    print(f"{r['seconds']:.2f} s, +{r['rss_mb']:.0f} MB resident, +{r['py_mb']:.0f} MB Python: {r}")
    assert r["rss_mb"] < 100 and r["py_mb"] < 100, r
    assert r["seconds"] < 2.0, r
    assert r["code"] == "too_large" or max(r["size"]) <= MAX_SIDE, r


@pytest.mark.parametrize("mode", ["I;16", "RGBA"])
def test_refusal_says_the_pixel_limit(mode):
    """A 7000x7000 PNG too costly to decode is refused from its header, naming the limit."""
    with pytest.raises(ImageError) as err:
        load_image(png_bytes(7000, 7000, mode))
    assert err.value.code == "too_large"
    assert f"{pixel_limit(mode) / 1e6:.1f} megapixels" in str(err.value)


def test_large_jpeg_is_decoded_reduced():
    """A 24 MP JPEG comes back at MAX_SIDE on its longest side, keeping its aspect."""
    out = load_image(big_jpeg())
    assert out.mode == "RGB" and out.size == (MAX_SIDE, round(MAX_SIDE * 4000 / 6000))
    assert out.info["original_size"] == (6000, 4000)


def test_exif_rotation_of_a_reduced_photo():
    """A reduced photo is still turned upright; original_size is given as shown."""
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 CW
    out = load_image(big_jpeg(4000, 3000, exif=exif.tobytes()))
    assert out.size == (768, MAX_SIDE) and out.info["original_size"] == (3000, 4000)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_small_image_pixels_unchanged(fmt):
    """A 64x64 solid (200, 30, 90) image keeps its size and exactly the colour Pillow decodes."""
    data = encode(Image.new("RGB", (64, 64), (200, 30, 90)), fmt)
    out = load_image(data)
    expected = Image.open(io.BytesIO(data)).convert("RGB")
    assert out.size == (64, 64) and out.tobytes() == expected.tobytes()
    if fmt == "PNG":
        assert out.getcolors() == [(64 * 64, (200, 30, 90))]


def test_large_16bit_grey_keeps_its_values():
    """A 3000x3000 16-bit grey image of 32896 is reduced, and every pixel is 128."""
    out = load_image(encode(Image.new("I;16", (3000, 3000), 32896), "PNG"))
    assert out.size == (MAX_SIDE, MAX_SIDE) and out.getcolors() == [(MAX_SIDE**2, (128, 128, 128))]


@pytest.mark.parametrize("mode", ["RGBA", "P"])
def test_large_transparent_image_goes_on_white(mode):
    """When a large image is reduced, transparent pixels still become white."""
    img = Image.new("RGBA", (3000, 2000), (0, 0, 255, 255))
    img.paste((0, 0, 0, 0), (0, 0, 1500, 2000))  # left half fully transparent
    if mode == "P":
        img = img.quantize(2)  # keeps the transparent entry, as PNG's tRNS
    data = encode(img, "PNG")
    assert Image.open(io.BytesIO(data)).mode == mode
    out = load_image(data)
    assert max(out.size) == MAX_SIDE
    assert out.getpixel((10, 10)) == (255, 255, 255)
    assert out.getpixel((out.width - 10, 10)) == (0, 0, 255)


@pytest.mark.parametrize(
    "make",
    [
        lambda: rle8_bmp(7000, 7000),
        lambda: encode(Image.new("RGB", (4000, 4000), (1, 2, 3)), "WEBP", lossless=True),
        lambda: big_jpeg(4000, 4000, progressive=True, subsampling=0),
        lambda: png_bytes(MAX_DIMENSION + 1, 1, "1"),
    ],
    ids=["bmp-rle", "webp", "progressive-jpeg", "too-wide"],
)
def test_other_costly_decodes_are_refused(make):
    """Formats that need several full-size buffers (RLE BMP, WebP), the coefficients of a
    progressive JPEG, or a side over MAX_DIMENSION are refused from the header."""
    data = make()
    assert len(data) < 1_000_000
    with pytest.raises(ImageError) as err:
        load_image(data)
    assert err.value.code == "too_large" and "pixels" in str(err.value)
