"""The questions of chapter 2's pages (one_hot, loss, gradient_descent, summary), each answer computed.

Every right option and number comes from the explainer's own functions; explainer/questions.py
keeps them all by id (see its docstring for the two kinds of question).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from explainer import descent, descent_path, losses, optimizers2d, training
from explainer.curves import CURVES
from explainer.encoding import decode, integer_encode
from explainer.quiz import DEFAULT_CLASSES, Question, course_number
from explainer.why_one_hot import midpoint


def _one_hot_average() -> Question:
    names = ("Cat", "Dog", "Other")
    m = midpoint(names, 0, 2)
    correct = DEFAULT_CLASSES[names.index(m.code_class)]
    return Question("one_hot.why_one_hot", DEFAULT_CLASSES, correct, fields={"mid": course_number(m.code)})


def _one_hot_sequence() -> Question:
    """The class list Cat, Dog, Other: the integer codes of the labels Dog, Cat, Other, Cat.

    Right: integer_encode's codes; the other options count from 1, or use another order."""
    names, labels = ("Cat", "Dog", "Other"), ["Dog", "Cat", "Other", "Cat"]
    codes = integer_encode(labels, names)
    literals = {
        "from_0": ", ".join(str(c) for c in codes),
        "from_1": ", ".join(str(c + 1) for c in codes),
        "other_order": ", ".join(str(c) for c in integer_encode(labels, ("Dog", "Cat", "Other"))),
    }
    fields = {"codes": literals["from_0"]}
    return Question(
        "one_hot.encode", ("from_1", "from_0", "other_order"), "from_0", literals=literals, fields=fields
    )


def _one_hot_order() -> Question:
    used = ("dog", "cat", "other")  # the order at use; training used cat, dog, other
    return Question("one_hot.fixed_order", DEFAULT_CLASSES, decode([[0.9, 0.05, 0.05]], list(used))[0])


ITERATION_IMAGES = 2000  # the loss page's training set; with its default batch size 32: 62.5 -> 63


def iterations_question(n_samples: int, batch_size: int) -> Question:
    """Iterations in one epoch for the loss page's current batch size: ceil(N / B), as Keras counts.

    The page builds it from its settings and asks it inside its batch step (ui.predict.check_ui);
    its id names no step, so it is never asked before a whole step. BUILDERS holds it with the
    page's default batch size (its words in lecture mode, the catalog checks)."""
    its = training.iterations_per_epoch(n_samples, batch_size)
    ratio = n_samples / batch_size
    exact = abs(ratio - round(ratio, 2)) < 1e-9
    fields = {
        "n": course_number(n_samples),
        "b": course_number(batch_size),
        "ratio": course_number(ratio, 2) + ("" if exact else "…"),
        "its": course_number(its),
    }
    return Question("loss.epoch_iterations", number=its, fields=fields)


def _cross_entropy_question() -> Question:
    """p(true class) drops from 0.1 to 0.01 (the rest shared equally): which loss grows more?"""
    y = np.array([1.0, 0.0, 0.0])
    before, after = np.array([0.1, 0.45, 0.45]), np.array([0.01, 0.495, 0.495])
    ce = (losses.cross_entropy(y, before), losses.cross_entropy(y, after))
    sse = (losses.sse(y, before), losses.sse(y, after))
    correct = "cross_entropy" if ce[1] - ce[0] > sse[1] - sse[0] else "sse"
    fields = {
        "ce0": course_number(ce[0], 2),
        "ce1": course_number(ce[1], 2),
        "sse0": course_number(sse[0], 2),
        "sse1": course_number(sse[1], 2),
    }
    return Question("loss.cross_entropy_step", ("sse", "cross_entropy", "same"), correct, fields=fields)


def _course_sse() -> Question:
    """The course's sample: y = (1, 0, 0), y' = (0.37, 0.50, 0.13); SSE to four decimals."""
    value = losses.sse([1.0, 0.0, 0.0], [0.37, 0.50, 0.13])
    return Question(
        "loss.single_sample", number=round(value, 4), tolerance=0.0001, fields={"sse": f"{value:.4f}"}
    )


def _slope_sign() -> Question:
    w, slope, lr = 1.0, 3.0, 0.1
    w_new = descent.update(w, slope, lr)
    correct = "down" if w_new < w else "up"
    return Question(
        "gradient_descent.slope_sign", ("up", "down"), correct, fields={"slope": course_number(slope)}
    )


def _walk_step() -> Question:
    """The walk's first press of Step, at the page's defaults: the bowl from W = -1, lr 0.1."""
    bowl, w, lr = CURVES["bowl"], -1.0, 0.1
    slope = float(bowl.slope(w))
    w_new = descent.update(w, slope, lr)
    fields = {
        "w": course_number(w),
        "lr": course_number(lr),
        "slope": course_number(slope),
        "w_new": course_number(w_new),
    }
    return Question("gradient_descent.walk", number=w_new, tolerance=0.001, fields=fields)


BEHAVIOUR_OPTIONS = {"creeping": "creep", "converged": "settle", "oscillating": "bounce", "diverged": "fly"}


def _bowl_lr_one() -> Question:
    """The bowl L = (W - 2)^2 from W = -1 with learning rate 1: what kind of run (classify)?"""
    bowl, w, lr = CURVES["bowl"], -1.0, 1.0
    path = descent_path.run(bowl, w, lr, 30)
    fields = {"w": course_number(w), "lr": course_number(lr), "slope": course_number(path.slope[0]),
              "w1": course_number(path.w[1]), "slope1": course_number(path.slope[1]),
              "w2": course_number(path.w[2])}  # fmt: skip
    correct = BEHAVIOUR_OPTIONS.get(path.status, "fly")
    return Question("gradient_descent.behaviours", tuple(BEHAVIOUR_OPTIONS.values()), correct, fields=fields)


def _valley_question() -> Question:
    """A start nearer one valley's bottom that descends into another (explainer.descent_path):
    which bottom does it end at? Options: the nearest, the downhill one, the deepest."""
    curve = CURVES["valleys"]
    starts, lr = descent_path.VALLEY_STARTS, descent_path.VALLEY_LR
    finals, valley, bottoms = descent_path.endings(curve, starts, lr, descent_path.VALLEY_STEPS)
    ex = descent_path.near_but_not(curve, starts, valley, bottoms)
    deepest = int(np.argmin(curve.loss(bottoms)))
    downhill = int(descent_path.downhill_valley(descent_path.peaks(curve), bottoms, [ex.start])[0])
    ends = int(valley[list(starts).index(ex.start)])
    ids = {"near": ex.near, "downhill": downhill, "deepest": deepest}
    correct = next(o for o, v in ids.items() if v == ends)
    literals = {o: f"W ≈ {course_number(bottoms[v], 2)}" for o, v in ids.items()}
    fields = {"w0": course_number(ex.start), "lr": course_number(lr), "slope": f"{ex.slope:+.2f}",
              "b_near": course_number(bottoms[ex.near], 2), "d_near": course_number(ex.d_near, 2),
              "b_far": course_number(bottoms[downhill], 2), "d_far": course_number(ex.d_reached, 2),
              "b_deep": course_number(bottoms[deepest], 2),
              "b_end": course_number(finals[list(starts).index(ex.start)], 2)}  # fmt: skip
    options = tuple(sorted(ids, key=lambda o: bottoms[ids[o]]))  # left to right along W
    return Question("gradient_descent.valleys", options, correct, literals=literals, fields=fields)


def _two_weight_step() -> Question:
    """One step on the ravine from its suggested start with lr 0.3 (the step's defaults): w1 after it."""
    surface, lr = optimizers2d.SURFACES["ravine"], 0.3
    w = surface.start
    g = optimizers2d.gradient(surface, w)
    w1_new = w[0] - lr * float(g[0])  # w1_new = w1 - lr * dL/dw1
    fields = {
        "w1": course_number(w[0]),
        "w2": course_number(w[1]),
        "g1": course_number(g[0]),
        "g2": course_number(g[1]),
        "lr": course_number(lr),
        "w1_new": course_number(w1_new),
    }
    return Question("gradient_descent.two_weights", number=round(w1_new, 4), tolerance=0.0005, fields=fields)


def _race_question() -> Question:
    """The race at its defaults (ravine, lr 0.1, 60 steps, beta 0.9): which ends with the lowest loss?"""
    surface = optimizers2d.SURFACES["ravine"]
    runs = optimizers2d.run_all(surface, surface.start, 0.1, 60, 0.9)
    final = {name: float(path.loss[-1]) for name, path in runs.items()}
    fields = {f"l_{n}": course_number(v, 4) for n, v in final.items()} | {"lr": "0.1", "n": "60"}
    return Question(
        "gradient_descent.optimizers", optimizers2d.OPTIMIZERS, min(final, key=final.get), fields=fields
    )


def real_weight_question(u, j: int, cls: str) -> Question:
    """After one update of the weight into class j (an explainer.real_weight.Update u): does the
    probability of class j go up, down or stay? Decided by the numbers themselves."""
    before, after = float(u.p[j]), float(u.p_new[j])
    correct = "up" if after > before else "down" if after < before else "same"
    fields = {"cls": cls, "p": descent_path.fmt(before), "p_new": descent_path.fmt(after),
              "slope": descent_path.fmt(u.slope, 4), "move": descent_path.fmt(u.w_new - u.w, 4)}  # fmt: skip
    return Question("gradient_descent.your_image", ("up", "down", "same"), correct, fields=fields)


def _worked_example() -> Question:
    w_new = descent.update(0.38, -0.55, 0.01)
    fields = {"w": "0.38", "lr": "0.01", "slope": "-0.55", "w_new": course_number(w_new)}
    return Question("gradient_descent.worked_example", number=w_new, tolerance=0.0001, fields=fields)


def _epoch_updates() -> Question:
    n, b = 5000, 50
    its = training.iterations_per_epoch(n, b)
    return Question(
        "summary.takeaways",
        number=its,
        fields={"n": course_number(n), "b": course_number(b), "its": course_number(its)},
    )


BUILDERS: tuple[Callable[[], Question], ...] = (
    _one_hot_sequence,
    _one_hot_average,
    _one_hot_order,
    _course_sse,
    lambda: iterations_question(ITERATION_IMAGES, 32),
    _cross_entropy_question,
    _slope_sign,
    _worked_example,
    _walk_step,
    _bowl_lr_one,
    _valley_question,
    _two_weight_step,
    _race_question,
    _epoch_updates,
)
