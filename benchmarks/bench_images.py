"""Time and peak memory of explainer.images.load_image, one fresh process per image.

Each case is an image file made here, most of them tiny on disk however large the canvas.
A child process reads it, imports the module, decodes a tiny PNG (plugins loaded), resets
its peak-RSS mark, then times one `load_image` call (`measure_in_fresh_process`, also
used by tests/test_images.py). Columns:
- decoded in full: the header's size and mode, and the bytes Pillow would need to hold the
  whole image at full size (what a decoder that cannot reduce while decoding must hold);
- MB above: peak resident memory during the call minus the resident memory just before.
  Pillow's pixel buffers are allocated in C, so tracemalloc ("py MB", from one more run
  with tracing on; tracing slows some decoders) does not see them. The peak is read from
  /proc (VmHWM), since a child's getrusage ru_maxrss starts at its parent's peak.

    python benchmarks/bench_images.py [--repeat 3]

A benchmark measures; it asserts nothing. With --repeat, the median time and the largest
memory figures of the runs are printed.
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import statistics
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from explainer.images import MAX_PIXELS, decoded_bytes, pixel_limit  # noqa: E402

PNG_MODES = {"1": (0, 1), "L": (0, 8), "I;16": (0, 16), "RGB": (2, 8), "P": (3, 8), "RGBA": (6, 8)}


@functools.lru_cache(maxsize=8)
def png_bytes(width: int, height: int, mode: str) -> bytes:
    """A PNG of any size in a few kB, never held in memory: a gradient in row 0, and every
    later row PNG's "Up" filter with zero bytes (the same as the row above)."""
    colour_type, depth = PNG_MODES[mode]
    row_len = (width * {0: 1, 2: 3, 3: 1, 6: 4}[colour_type] * depth + 7) // 8
    z = zlib.compressobj(9)
    parts = [z.compress(b"\x00" + (np.arange(row_len) % 251).astype(np.uint8).tobytes())]
    later = b"\x02" + bytes(row_len)
    parts += [z.compress(later) for _ in range(height - 1)] + [z.flush()]
    chunks = [(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, colour_type, 0, 0, 0))]
    if colour_type == 3:  # a grey palette whose entry 0 is transparent
        chunks += [(b"PLTE", bytes(i // 3 for i in range(768))), (b"tRNS", b"\x00")]
    chunks += [(b"IDAT", b"".join(parts)), (b"IEND", b"")]
    body = [struct.pack(">I", len(d)) + k + d + struct.pack(">I", zlib.crc32(k + d)) for k, d in chunks]
    return b"\x89PNG\r\n\x1a\n" + b"".join(body)


CHILD = r"""
import json, sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])
data = open(sys.argv[2], "rb").read()
from explainer.images import ImageError, load_image
load_image(open(sys.argv[3], "rb").read())  # a tiny PNG: plugins and numpy warmed up

def status_kb(field):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field))

try:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # reset this process's peak-RSS mark (VmHWM) to its RSS now
except OSError:
    pass
base = status_kb("VmRSS:")
if sys.argv[4] == "trace":
    tracemalloc.start()  # slows code that allocates many Python objects, hence optional
t0 = time.perf_counter()
size = code = None
try:
    size = load_image(data).size
except ImageError as exc:
    code = exc.code
seconds = time.perf_counter() - t0
py_peak = tracemalloc.get_traced_memory()[1]
rss_mb = (status_kb("VmHWM:") - base) / 1024
print(json.dumps({"seconds": seconds, "rss_mb": rss_mb, "py_mb": py_peak / 2**20, "size": size, "code": code}))
"""


def measure_in_fresh_process(data: bytes, tmp: Path, trace_python: bool = True) -> dict:
    """One load_image call in a new process: seconds, peak MB above the RSS just before the
    call (rss_mb), peak MB of Python/numpy allocations (py_mb, 0 unless `trace_python`:
    tracemalloc), and the size or error code.

    Pillow's pixel buffers are allocated in C, out of tracemalloc's sight, so the resident
    set is what counts them. It is read from /proc (VmHWM, reset just before the call), not
    from getrusage: a child's ru_maxrss starts at the parent's peak, which here is larger.
    """
    (tmp / "image.bin").write_bytes(data)
    (tmp / "tiny.png").write_bytes(png_bytes(4, 4, "RGB"))
    trace = "trace" if trace_python else "-"
    args = [sys.executable, "-c", CHILD, str(ROOT), str(tmp / "image.bin"), str(tmp / "tiny.png"), trace]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def rle8_bmp(width: int, height: int) -> bytes:
    """A BMP compressed with RLE8: each row is runs of 255 pixels, so tiny for its size."""
    row = b"".join(bytes([min(255, width - x), 1]) for x in range(0, width, 255)) + b"\x00\x00"
    pixels = row * height + b"\x00\x01"
    palette = bytes(1024)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 8, 1, len(pixels), 2835, 2835, 256, 0)
    offset = 14 + len(info) + len(palette)
    return b"BM" + struct.pack("<IHHI", offset + len(pixels), 0, 0, offset) + info + palette + pixels


def photo_like(width: int, height: int, seed: int = 0) -> Image.Image:
    """Smooth colour waves with fine noise: compresses like a photograph."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    planes = [127 + 100 * np.sin(x / (97 + 31 * c) + y / (53 + 17 * c)) for c in range(3)]
    a = np.stack(planes, axis=-1)
    a += 12 * rng.standard_normal(a.shape, dtype=np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode="RGB")


def encode(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


def tiled(img: Image.Image, times: int) -> Image.Image:
    """`img` repeated times x times: a large photo-like picture without a large float array."""
    out = Image.new("RGB", (img.width * times, img.height * times))
    for i in range(times * times):
        out.paste(img, (img.width * (i % times), img.height * (i // times)))
    return out


def gradient(width: int, height: int) -> Image.Image:
    return Image.linear_gradient("L").resize((width, height)).convert("RGB")


def side(pixels: int) -> int:
    return int(pixels**0.5)


def cases() -> list[tuple[str, bytes]]:
    """(name, file) for every case: the ones asked for, then one at each other limit."""
    grey, rgba, webp = side(pixel_limit("I;16")), side(pixel_limit("RGBA")), side(pixel_limit("RGB", 4))
    bmp, big = side(pixel_limit("P", 3)), side(MAX_PIXELS)
    return [
        ("PNG 16-bit grey 7000x7000", png_bytes(7000, 7000, "I;16")),
        ("PNG RGBA 7000x7000", png_bytes(7000, 7000, "RGBA")),
        (f"PNG 16-bit grey {grey}² (limit)", png_bytes(grey, grey, "I;16")),
        (f"PNG RGBA {rgba}² (limit)", png_bytes(rgba, rgba, "RGBA")),
        ("JPEG 24 MP 6000x4000", encode(gradient(6000, 4000), "JPEG", quality=90)),
        ("JPEG 12 MP photo 4000x3000", encode(photo_like(4000, 3000), "JPEG", quality=90)),
        ("PNG 64x64", encode(Image.new("RGB", (64, 64), (200, 30, 90)), "PNG")),
        (f"PNG 1-bit {big}² (limit)", png_bytes(big, big, "1")),
        (f"PNG palette+tRNS {big}² (limit)", png_bytes(big, big, "P")),
        (f"BMP RLE8 {bmp}² (limit)", rle8_bmp(bmp, bmp)),
        (
            f"WebP {webp}² (limit)",
            encode(Image.new("RGB", (webp, webp), (9, 99, 199)), "WEBP", lossless=True),
        ),
        ("JPEG progressive 5000x4000", encode(photo_like(5000, 4000), "JPEG", quality=80, progressive=True)),
        ("JPEG 50 MP photo 8660x5772", encode(tiled(photo_like(4330, 2886), 2), "JPEG", quality=75)),
        ("JPEG CMYK 7000x7000", encode(Image.new("CMYK", (7000, 7000), (0, 200, 200, 0)), "JPEG")),
    ]


def describe(data: bytes) -> str:
    with Image.open(io.BytesIO(data)) as img:
        w, h = img.size
        return f"{w}x{h} {img.mode}, {decoded_bytes(img.mode, w, h) / 2**20:,.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs per case")
    args = parser.parse_args()
    print(
        f"{'case':<32} {'file':>9} {'decoded in full':>26} {'seconds':>8} {'MB above':>9} {'py MB':>6}  result"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in cases():
            runs = [measure_in_fresh_process(data, Path(tmp), False) for _ in range(args.repeat)]
            seconds = statistics.median(r["seconds"] for r in runs)
            rss = max(r["rss_mb"] for r in runs)
            py = measure_in_fresh_process(data, Path(tmp), True)["py_mb"]  # tracemalloc slows some decoders
            code, out = runs[0]["code"], runs[0]["size"]
            result = f"refused: {code}" if code else f"{out[0]}x{out[1]}"
            size = f"{len(data) / 1024:,.0f} KB"
            print(f"{name:<32} {size:>9} {describe(data):>26} {seconds:8.2f} {rss:9.1f} {py:6.1f}  {result}")


if __name__ == "__main__":
    main()
