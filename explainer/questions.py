"""The questions a learner answers before a step shows the result, each answer computed here.

A question belongs to one step of a page: its id is "<page>.<step>" and its words are in the
catalog ("<id>.question", "<id>.answer", "<id>.option.<option>", "<id>.hint"). What is right is
never typed into the catalog: every right option and every right number below comes from the
explainer's own functions (the same ones the pages draw with), and the numbers a text quotes
come in as `fields`, formatted here. Two kinds:

    choice   options in the order shown; `correct` is the right one
    number   the learner types a number; right when |typed - number| <= tolerance
             (the tolerance is said on screen)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from explainer import descent, knobs, losses, training
from explainer.curves import CURVES
from explainer.encoding import decode
from explainer.images import number_count
from explainer.outputs import predict, softmax
from explainer.scores import is_low_confidence, random_scores
from explainer.why_one_hot import midpoint

DEFAULT_CLASSES = ("cat", "dog", "other")  # option ids of the course's three classes


@dataclass(frozen=True)
class Question:
    id: str  # "<page>.<step>"
    options: tuple[str, ...] = ()  # choice ids, shown in this order
    correct: str | None = None  # the right choice
    number: float | None = None  # a typed-number question: the right value
    tolerance: float = 0.0  # accepted |typed - number| (shown to the learner)
    literals: Mapping[str, str] = field(default_factory=dict)  # choice id -> its text, when a number
    fields: Mapping[str, str] = field(default_factory=dict)  # numbers the texts quote

    @property
    def page(self) -> str:
        return self.id.split(".")[0]

    @property
    def step(self) -> str:
        return self.id.split(".", 1)[1]

    @property
    def kind(self) -> str:
        return "number" if self.number is not None else "choice"

    def is_right(self, answer) -> bool:
        """Whether `answer` (a choice id, or a number for a number question) is right."""
        if self.kind == "choice":
            return answer == self.correct
        try:
            x = float(answer)
        except (TypeError, ValueError):
            return False
        return math.isfinite(x) and abs(x - float(self.number)) <= self.tolerance + 1e-12


def _g(x: float, digits: int = 4) -> str:
    """A number as the course writes it: 0.3855, 196,608, 1.22."""
    x = float(x)
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{round(x, digits):g}"


def _argmax_question(qid: str, p=(0.51, 0.48, 0.01)) -> Question:
    """Which class, and how sure: predict() and the low-confidence rule decide."""
    pred = predict(np.array(p), DEFAULT_CLASSES)
    sure = "unsure" if is_low_confidence(pred.margin) else "sure"
    runner_up = DEFAULT_CLASSES[int(np.argsort(p)[-2])]
    options = (f"{pred.label}_sure", f"{pred.label}_unsure", f"{runner_up}_unsure")
    fields = {"p0": _g(p[0]), "p1": _g(p[1]), "p2": _g(p[2]), "margin": _g(pred.margin, 2)}
    return Question(qid, options, f"{pred.label}_{sure}", fields=fields)


def _knob_question() -> Question:
    """Raising w1 from the page's start: does the boundary w1*x1 + w2*x2 + b = 0 get steeper?

    The line's steepness is |dx2/dx1| = |w1 / w2|; raised by 0.5 from the start (-1, 0.5, 0.5)
    it goes from 2 to 1: the line turns flatter."""
    w1, w2, _ = knobs.START
    before, after = abs(w1 / w2), abs((w1 + 0.5) / w2)
    correct = "steeper" if after > before else "flatter" if after < before else "same"
    fields = {"w1": _g(w1), "w1_new": _g(w1 + 0.5), "before": _g(before), "after": _g(after)}
    return Question("knobs.turn_the_knobs", ("steeper", "flatter", "same"), correct, fields=fields)


def _training_knobs_question() -> Question:
    """One press of the training button (TRAIN_STEPS steps): the error before and after."""
    X, y = knobs.toy_points(20, seed=0)
    steps = knobs.train(X, y, *knobs.START, lr=knobs.TRAIN_LR, steps=knobs.TRAIN_STEPS)
    before, after = steps[0].error, steps[-1].error
    correct = "down" if after < before else "up" if after > before else "same"
    fields = {"before": _g(before, 3), "after": _g(after, 3)}
    return Question("knobs.training_turns_them", ("up", "down", "same"), correct, fields=fields)


def _one_hot_average() -> Question:
    names = ("Cat", "Dog", "Other")
    m = midpoint(names, 0, 2)
    correct = DEFAULT_CLASSES[names.index(m.code_class)]
    return Question("one_hot.why_one_hot", DEFAULT_CLASSES, correct, fields={"mid": _g(m.code)})


def _one_hot_order() -> Question:
    used = ("dog", "cat", "other")  # the order at use; training used cat, dog, other
    return Question("one_hot.fixed_order", DEFAULT_CLASSES, decode([[0.9, 0.05, 0.05]], list(used))[0])


def _cross_entropy_question() -> Question:
    """p(true class) drops from 0.1 to 0.01 (the rest shared equally): which loss grows more?"""
    y = np.array([1.0, 0.0, 0.0])
    before, after = np.array([0.1, 0.45, 0.45]), np.array([0.01, 0.495, 0.495])
    ce = (losses.cross_entropy(y, before), losses.cross_entropy(y, after))
    sse = (losses.sse(y, before), losses.sse(y, after))
    correct = "cross_entropy" if ce[1] - ce[0] > sse[1] - sse[0] else "sse"
    fields = {"ce0": _g(ce[0], 2), "ce1": _g(ce[1], 2), "sse0": _g(sse[0], 2), "sse1": _g(sse[1], 2)}
    return Question("loss.cross_entropy_step", ("sse", "cross_entropy", "same"), correct, fields=fields)


def _course_sse() -> Question:
    """The course's sample: y = (1, 0, 0), y' = (0.37, 0.50, 0.13); SSE to four decimals."""
    value = losses.sse([1.0, 0.0, 0.0], [0.37, 0.50, 0.13])
    return Question("loss.single_sample", number=round(value, 4), tolerance=0.0001, fields={"sse": f"{value:.4f}"})


def _slope_sign() -> Question:
    w, slope, lr = 1.0, 3.0, 0.1
    w_new = descent.update(w, slope, lr)
    correct = "down" if w_new < w else "up"
    return Question("gradient_descent.slope_sign", ("up", "down"), correct, fields={"slope": _g(slope)})


def _bowl_step() -> Question:
    """One step on the bowl L = (W - 2)^2 from W = -1 with learning rate 1."""
    bowl, w, lr = CURVES["bowl"], -1.0, 1.0
    slope = float(bowl.slope(w))
    w_new = descent.update(w, slope, lr)
    fields = {"w": _g(w), "lr": _g(lr), "slope": _g(slope), "w_new": _g(w_new)}
    return Question("gradient_descent.behaviours", number=w_new, tolerance=1e-9, fields=fields)


def _worked_example() -> Question:
    w_new = descent.update(0.38, -0.55, 0.01)
    fields = {"w": "0.38", "lr": "0.01", "slope": "-0.55", "w_new": _g(w_new)}
    return Question("gradient_descent.worked_example", number=w_new, tolerance=0.00005, fields=fields)


def _many_classes() -> Question:
    total = float(softmax(random_scores(1000, seed=0)).sum())
    correct = "one" if abs(total - 1.0) < 1e-9 else "more"
    return Question("outputs.many_classes", ("one", "thousand", "depends"), correct, fields={"total": _g(total)})


def _count_numbers() -> Question:
    n = number_count((256, 256, 3))
    return Question("inputs.fixed_input_size", number=n, fields={"n": _g(n)})


def _grey_vs_colour() -> Question:
    ratio = number_count((256, 256, 3)) / number_count((256, 256))
    correct = {1: "same", 2: "colour_2", 3: "colour_3"}.get(int(ratio), "same")
    return Question("inputs.grey_and_colour", ("same", "colour_2", "colour_3"), correct, fields={"ratio": _g(ratio)})


def _epoch_updates() -> Question:
    n, b = 5000, 50
    its = training.iterations_per_epoch(n, b)
    return Question("summary.takeaways", number=its, fields={"n": _g(n), "b": _g(b), "its": _g(its)})


def _untrained_box() -> Question:
    """A box with random weights: its three outputs are near 1/3 each (softmax of small scores)."""
    return Question("black_box.compare", ("near_third", "sure_cat", "sure_other"), "near_third")


BUILDERS: tuple[Callable[[], Question], ...] = (
    lambda: _argmax_question("black_box.try_it"),
    _untrained_box,
    lambda: _argmax_question("outputs.label_by_argmax"),
    _many_classes,
    _count_numbers,
    _grey_vs_colour,
    _knob_question,
    _training_knobs_question,
    _one_hot_average,
    _one_hot_order,
    _course_sse,
    _cross_entropy_question,
    _slope_sign,
    _bowl_step,
    _worked_example,
    _epoch_updates,
)
_cache: dict[str, Question] = {}


def questions() -> dict[str, Question]:
    """Every question, by id (built once per process: a few milliseconds)."""
    if not _cache:
        for build in BUILDERS:
            q = build()
            _cache[q.id] = q
    return _cache


def question(qid: str) -> Question | None:
    """The question of step "<page>.<step>", or None."""
    return questions().get(qid)
