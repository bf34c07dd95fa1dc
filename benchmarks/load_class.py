"""A class answers a live question: 100 simulated students, one lecturer, one server.

    python -m benchmarks.load_class [--students 100] [--window 8]

What happens, on Streamlit's own websocket protocol (benchmarks/stclient.py):
1. A lecturer opens the loss page's third slide in lecture mode (?present=1&step=3, a slide
   with a question of three choices) and presses "Open a class"; the slide now shows the class
   code and, every second (its st.fragment(run_every=1)), the answers counted so far.
2. The students open the join link (/?class=CODE) at once; each sees the question box.
3. Each student picks a choice at a random moment within --window seconds (an answer is the
   rerun of the question box's fragment with the radio's new value).
4. The lecturer's slide is watched until it shows every answer.

Printed (JSON): join times (first screen, p50/p95/max), answer reruns (p50/p95/max), when the
last answer was done after the first was sent, how long after the last answer the lecturer's
slide showed the full count, the store's own count, errors. Budget (issue 20): every student
answers within 10 s, the full count on the slide within 2 s of the last answer, no error.
The exit status is 0 when the budget holds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import sys
import tempfile
import time

from benchmarks import servers
from benchmarks.load_students import error_texts
from benchmarks.stclient import Student, WidgetState

COUNT = re.compile(r"\*\*(\d+) answered\*\*")
QUESTION_STEP = "cross_entropy_step"  # the loss page's step whose slide asks a three-choice question


def question_slide() -> tuple[str, str]:
    """The slide the lecturer opens: (page, query). Its step number is looked up by the step's
    name, so a step added before it does not send the class to a slide without a question (it
    did: step 3 became the Keras step, and every student found "no question box")."""
    from steps import loss

    step = [s.__name__ for s in loss.STEPS].index(QUESTION_STEP) + 1
    return "loss", f"lang=en&present=1&step={step}"


SLIDE = question_slide()


class Lecturer(Student):
    """A simulated lecturer tab that also reads the slide's texts (the class code, the count)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.texts: list[str] = []
        self.count_seen: dict[int, float] = {}  # answers shown on the slide -> first time seen

    def _delta(self, msg) -> None:
        super()._delta(msg)
        if msg.delta.WhichOneof("type") != "new_element":
            return
        el = msg.delta.new_element
        if el.WhichOneof("type") == "markdown":
            self.texts.append(el.markdown.body)
            m = COUNT.search(el.markdown.body)
            if m:
                self.count_seen.setdefault(int(m.group(1)), time.perf_counter())

    def class_code(self) -> str | None:
        for text in reversed(self.texts):
            m = re.search(r"Class code ([A-Z0-9]{5})", text)
            if m:
                return m.group(1)
        return None


def button(st: Student, key: str):
    return next((w for wid, w in st.widgets.items() if w.kind == "button" and wid.endswith(key)), None)


def answer_radio(st: Student):
    return next((w for wid, w in st.widgets.items() if w.kind == "radio" and "_class_pick." in wid), None)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))], 3)


async def student(host, port, code, rng, window, texts, answers: list, joins: list) -> Student:
    """Join with the link, wait a moment, pick a choice; record the answer's rerun."""
    st = Student(host, port, "en", texts)
    st.query_string = f"lang=en&class={code}"
    await st.open("")
    if st.stats.start is not None:
        joins.append(st.stats.start)
    await asyncio.sleep(rng.uniform(0, window))
    radio = answer_radio(st)
    if radio is None:
        st.stats.errors.append("no question box")
        return st
    state = WidgetState(id=radio.proto.id)
    state.string_value = rng.choice(list(radio.proto.options))
    t0 = time.perf_counter()
    if await st.set_widget(state, kind="answer"):
        answers.append((t0, time.perf_counter()))
    return st


async def run(args) -> dict:
    data = tempfile.mkdtemp(prefix="load-class-")
    url = f"sqlite:///{data}/store.sqlite3"
    server = servers.start_app(env={"EXPLAINER_STORE": url})
    host, port, texts = "127.0.0.1", server.port, error_texts()
    everyone: list[Student] = []
    try:
        lecturer = Lecturer(host, port, "en", texts)
        lecturer.query_string = SLIDE[1]
        await lecturer.open(SLIDE[0])
        everyone.append(lecturer)
        open_button = button(lecturer, "deck_class_open")
        if open_button is None:
            return {"error": "no 'Open a class' button on the slide"}
        await lecturer.set_widget(WidgetState(id=open_button.proto.id, trigger_value=True), kind="open")
        code = lecturer.class_code()
        if code is None:
            return {"error": "the slide shows no class code"}
        rng = random.Random(args.seed)
        answers: list[tuple[float, float]] = []
        joins: list[float] = []
        t_start = time.perf_counter()
        tasks = [
            student(host, port, code, random.Random(rng.random()), args.window, texts, answers, joins)
            for _ in range(args.students)
        ]
        everyone.extend(await asyncio.gather(*tasks))
        last_done = max((done for _, done in answers), default=float("nan"))
        first_sent = min((sent for sent, _ in answers), default=float("nan"))
        deadline = time.perf_counter() + 15
        while len(answers) not in lecturer.count_seen and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
        shown = lecturer.count_seen.get(len(answers))
        from store import open_store

        with open_store(url) as s:
            q = s.current_question(code)
            stored = sum(s.answer_counts(code, q.question_id)) if q else 0
        errors = [e for st in everyone for e in st.stats.errors]
        latencies = [done - sent for sent, done in answers]
        return {
            "students": args.students,
            "answered": len(answers),
            "stored_answers": stored,
            "join_first_screen_s": {"p50": pct(joins, 0.5), "p95": pct(joins, 0.95), "max": pct(joins, 1.0)},
            "answer_rerun_s": {
                "p50": pct(latencies, 0.5),
                "p95": pct(latencies, 0.95),
                "max": pct(latencies, 1.0),
            },
            "window_s": args.window,
            "first_to_last_answer_s": round(last_done - first_sent, 2),
            "all_answered_after_start_s": round(last_done - t_start, 2),
            "slide_full_count_after_last_answer_s": None if shown is None else round(shown - last_done, 2),
            "errors": len(errors),
            "error_samples": errors[:5],
            "server_rss_mb": servers.rss_mb(server.pid),
        }
    finally:
        await asyncio.gather(*(st.close() for st in everyone), return_exceptions=True)
        server.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--students", type=int, default=100)
    ap.add_argument("--window", type=float, default=8.0, help="students answer within this many seconds")
    ap.add_argument("--seed", type=int, default=0)
    result = asyncio.run(run(ap.parse_args(argv)))
    print(json.dumps(result, indent=2))
    ok = (
        result.get("errors") == 0
        and result.get("answered") == result.get("students") == result.get("stored_answers")
        and result.get("first_to_last_answer_s", 99) <= 10.0
        and (result.get("slide_full_count_after_last_answer_s") or 99) <= 2.0
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
