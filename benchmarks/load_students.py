"""What one simulated student does during a wave of the load test (benchmarks/loadtest.py).

A browsing student walks the numpy pages in course order, changing a few widgets on each; a
trainer opens the training page and presses Train again and again: on the defaults (every such
trainer then shares one run: joined while it trains, replayed once it is done), or with a seed
of its own each time (a distinct run each press, which queues). Split from loadtest.py, which
runs the waves and measures the server.
"""

from __future__ import annotations

import asyncio
import random
import time

from benchmarks.stclient import Stats, Student, Widget, WidgetState, widget_change
from explainer.course import PAGES

NUMPY_PAGES = [p.url_path for p in PAGES if not p.uses_tensorflow]
TRAIN_PAGE = next(p.url_path for p in PAGES if p.id == "training")
TRAINERS = 3


def error_texts() -> frozenset[str]:
    """The app's friendly 'this step failed' message in every language (counts as an error)."""
    import catalog

    return frozenset(catalog.text("app.error", lang) for lang in catalog.LANGS)


def train_labels() -> frozenset[str]:
    """The Train button's label in every language, when the catalog has it."""
    import catalog

    return frozenset(catalog.text("training.train", lang) for lang in catalog.LANGS) - {"⟨training.train⟩"}


def find_train_button(st: Student):
    """The Train button (a Widget), found by its label or its key; never the Stop button."""
    buttons = [w for w in st.widgets.values() if w.kind == "button"]
    labels = train_labels()
    for w in buttons:
        if w.proto.label in labels:
            return w
    for w in buttons:
        text = (w.proto.id.rsplit("-", 1)[-1] + " " + w.proto.label).lower()
        if ("train" in text or "训练" in text) and not any(x in text for x in ("stop", "停止", "reset")):
            return w
    return None


async def browse(st: Student, rng: random.Random, deadline: float, think: float, changes: int) -> None:
    """Walk the numpy pages in course order from a random start, changing a few widgets on each."""
    i = rng.randrange(len(NUMPY_PAGES))
    for _ in range(1000):  # bounded; the deadline ends it first
        await asyncio.sleep(rng.uniform(0.5, 1.5) * think)  # read, then click the next page
        if time.monotonic() >= deadline or st.stats.errors:
            return
        await st.goto(NUMPY_PAGES[i % len(NUMPY_PAGES)])
        i += 1
        for _ in range(changes):
            await asyncio.sleep(rng.uniform(0.5, 1.5) * think)
            choices = [w for w in st.widgets.values() if w.kind not in ("button", "file_uploader")]
            state = widget_change(rng.choice(choices), rng) if choices else None
            if state is None or time.monotonic() >= deadline:
                break
            await st.set_widget(state)


def find_widget(st: Student, key: str) -> Widget | None:
    """The widget drawn with this user key (Streamlit's widget ids end with "-<key>")."""
    return next((w for w in st.widgets.values() if w.proto.id.endswith(f"-{key}")), None)


async def set_seed(st: Student, seed: int, notes: list[str]) -> None:
    """Type a seed into the training page's seed box (a number input: ints travel as doubles)."""
    w = find_widget(st, "training.seed")
    if w is None:
        notes.append("no seed box found on the training page")
        return
    await st.set_widget(WidgetState(id=w.proto.id, double_value=float(seed)), kind="widget", timeout=120)


async def train(
    st: Student,
    rng: random.Random,
    deadline: float,
    notes: list[str],
    once: bool = False,
    seeds: list[int] | None = None,
) -> None:
    """Open the training page, press Train, wait until the training ends, and again (unless once).

    seeds: the seed to type before each press (None: the defaults, seed 0, every time)."""
    await st.goto(TRAIN_PAGE, timeout=180)
    for press in range(100):
        if time.monotonic() >= deadline or st.stats.errors:
            return
        if seeds:
            await set_seed(st, seeds[press % len(seeds)], notes)
        button = find_train_button(st)
        if button is None:
            notes.append("no Train button found on the training page")
            return
        t0 = time.perf_counter()
        if not button.proto.disabled:
            await st.set_widget(
                WidgetState(id=button.proto.id, trigger_value=True), kind="train_click", timeout=300
            )
        # The page trains in the background and reruns itself when done: the button is enabled again.
        for _ in range(1200):  # bounded; a student leaves at the deadline even mid-training
            await asyncio.sleep(0.5)
            b = find_train_button(st)
            if (b is not None and not b.proto.disabled) or st.stats.errors:
                st.stats.runs.append(("train", time.perf_counter() - t0, st.page))
                if once:
                    return
                break
            if time.monotonic() >= deadline:
                return
        await asyncio.sleep(rng.uniform(1.0, 3.0))


def trainer_seeds(wave: int, student: int, presses: int = 9) -> list[int]:
    """The seeds one trainer types before each press in one wave: distinct for every wave,
    trainer and press, and within the seed box's 0-9999 (with values outside it the trainers
    ended up on the same settings and shared one run; a run an earlier wave trained is replayed)."""
    return [1 + (wave - 1) % 10 * 1000 + student % 99 * 10 + k for k in range(min(presses, 9))]


async def one_student(
    i: int, args, host: str, port: int, texts, notes: list[str], delay: float, wave: int = 1
) -> Stats:
    rng = random.Random(args.seed * 100_000 + i)
    await asyncio.sleep(delay)
    st = Student(host, port, "zh" if i % 2 else "en", texts)
    role = "trainer" if args.scenario in ("train", "class-train") and i < args.trainers else "browser"
    st.stats.role = role
    try:
        await st.open(args.join_page, timeout=60)
        deadline = time.monotonic() + args.duration
        if role == "trainer":
            # the first --default-trainers use the defaults (one shared run); the others a
            # distinct seed on every press (a distinct run each time)
            seeds = None if i < args.default_trainers else trainer_seeds(wave, i)
            await train(st, rng, deadline, notes, once=args.scenario == "class-train", seeds=seeds)
        else:
            await browse(st, rng, deadline, args.think, args.changes)
        if args.upload and st.session_id and not st.stats.errors:
            await st.upload(tiny_png())
    except Exception as exc:  # a client-side failure is an error too, never a crash
        st.stats.errors.append(f"client: {type(exc).__name__}: {exc}")
    finally:
        await st.close()
    return st.stats


def tiny_png() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (28, 28), 255).save(buf, format="PNG")
    return buf.getvalue()
